"""Old addresses kept working: the redirect pages, the "410 Gone" pages and the nginx map.

A redirect is a small HTML page at the old path: a canonical link and a meta refresh to
the new address, which any static host serves; `deploy/nginx.conf` answers the same
addresses with a 301 from the map this module writes (`.build/redirects.map`, in a hidden
folder: never served). An old feed address gets a copy of the feed it now is: a feed
reader follows a 301 but not an HTML page's refresh, and on a host without the map a copy
keeps every subscription alive. A gone article's address gets a page that says it was
removed, in its edition's language, with `noindex`; nginx answers it with 410.

Every file here is written anew on each build with sitecore/files.py (never through an
old one: the build folder may hold hard links of the live site) and is not a page of the
render keys, so a folder taken from the spare has none of them (publishing/spare.py) and
a rebuild writes the same bytes as a cold build. None is in the sitemap.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
from contextlib import suppress

from markupsafe import escape
from sitecore.files import write_bytes
from sitecore.inputs import ADDRESS_RECORD
from sitecore.messages import message, nmessage

from . import addresses, templating
from .catalogs import load_translations

logger = logging.getLogger(__name__)

MAP = os.path.join(".build", "redirects.map")


def keep_addresses(output_path: str, states, settings, render_keys: dict) -> None:
    """Record this build's addresses and keep every earlier one working (generate_output, last).
    `render_keys`: what the page writer wrote (editions/incremental.py), for the later pages of lists."""
    content = settings["PATH"]
    root = os.path.dirname(os.path.abspath(content))
    record_path = os.path.join(content, ADDRESS_RECORD)
    redirects_path = os.path.join(content, addresses.REDIRECTS)
    where = os.path.relpath(os.path.abspath(record_path), root).replace(os.sep, "/")
    redirects_where = os.path.relpath(os.path.abspath(redirects_path), root).replace(os.sep, "/")
    editions = [state.edition for state in states]
    written = {f for entry in render_keys.values() for f in entry["files"]}
    published = addresses.published_addresses(states, written)
    record = addresses.read_record(record_path, where)
    explicit = addresses.read_redirects(redirects_path, redirects_where, published)
    if record is None or explicit is None:
        return  # the errors are logged: the build fails and nothing is published
    try:
        new = addresses.update_record(record_path, record, published)
    except PermissionError:
        logger.error("%s:1: %s", where, message(
            "the build may not write this file, which keeps the site's addresses. Make it and "
            "its folder writable for the user who builds the site."))
        return
    plan = addresses.plan(record, published, explicit, editions, addresses.shown_elsewhere(states))
    # Warnings name the lines of the record as it is now on disk.
    _warn_gone(plan, addresses.read_record(record_path, where) if new else record, where, redirects_where)
    pages = Pages(output_path, settings)
    for old, target in plan.moved.items():
        pages.moved(old, target, plan.edition_of[old])
    for old, identity in plan.gone.items():
        pages.gone(old, identity, plan.edition_of[old])
    # nginx reads `$` and `\` in a quoted string as a variable and an escape: an address with
    # one (a `Slug:` used as written) keeps its redirect page only.
    lines = [f'"{old}" "{target}";' for old, target in plan.moved.items() if _plain(old) and _plain(target)]
    lines += [f'"{old}" 410;' for old in plan.gone if _plain(old)]
    write_bytes(os.path.join(output_path, MAP), "".join(line + "\n" for line in sorted(lines)).encode())
    logger.info("addresses: %d published (%d recorded for the first time), %d old ones redirected, %d gone",
                len(published), len(new), len(plan.moved), len(plan.gone))


def _plain(address: str) -> bool:
    return not re.search(r'[\s"$\\]', address)


def _warn_gone(plan, record, where: str, redirects_where: str) -> None:
    """One warning per removed article or page (all its editions' addresses), unless
    redirects.txt confirms it."""
    groups: dict[str, list[str]] = {}
    for old, identity in plan.gone.items():
        if old not in plan.confirmed and identity != "list":
            groups.setdefault(identity.rsplit("@", 1)[0], []).append(old)
    for name, olds in sorted(groups.items(), key=lambda item: min(record.line.get(o, 0) for o in item[1])):
        kind, key = name.split(":", 1)
        first = min(olds, key=lambda o: record.line.get(o, 0))
        logger.warning("%s:%d: %s", where, record.line.get(first, 1), nmessage(
            "the %(kind)s %(key)s is no longer on the site (its file was deleted, or moved to another name), so "
            "its address %(addresses)s now shows a page saying that it was removed. If that is meant, say so: add "
            "the line \"%(first)s gone\" to %(redirects)s. If it has a new address, add \"%(first)s <its new "
            "address>\" there instead.",
            "the %(kind)s %(key)s is no longer on the site (its file was deleted, or moved to another name), so "
            "its addresses %(addresses)s now show a page saying that it was removed. If that is meant, say so: add "
            "the line \"%(first)s gone\" to %(redirects)s. If it has a new address, add \"%(first)s <its new "
            "address>\" there instead.", len(olds),
            kind=message("article") if kind == "article" else message("page"), key=key,
            addresses=", ".join(olds), first=first, redirects=redirects_where))


class Pages:
    """Writes the redirect and 410 pages of one build, in each edition's language."""

    def __init__(self, output_path: str, settings):
        self.output, self.settings = output_path, settings
        self.site = settings["SITEURL"].rstrip("/")
        self.relative = settings.get("RELATIVE_URLS", False)
        # The published output, when the build writes into another folder (publishing/build.py).
        previous = settings.get("PUBLISH_PREVIOUS_OUTPUT")
        self.previous = previous if previous and os.path.abspath(previous) != os.path.abspath(output_path) else None
        self._catalogs = {}

    def _gettext(self, edition):
        if edition.code not in self._catalogs:
            self._catalogs[edition.code] = load_translations(
                self.settings["EDITIONS_CATALOG_PATH"], edition.catalog, edition.locale,
                templating.catalog_transform(edition)).gettext
        return self._catalogs[edition.code]

    def _href(self, old: str, address: str) -> str:
        """A link from the page at `old` to `address`, as the site's other pages link."""
        if not self.relative:
            return self.site + address
        folder = old if old.endswith("/") else posixpath.dirname(old) + "/"
        relative = posixpath.relpath(address, folder)
        return relative + "/" if address.endswith("/") and relative != "." else (
            "./" if relative == "." else relative)

    def _file(self, old: str) -> str:
        # An address this build publishes is never planned here; a file found at an old one is
        # a page left from the spare that the build did not produce again (publishing/spare.py):
        # write_bytes replaces it with a new file, which the spare's pruning then keeps.
        path = os.path.join(self.output, *old.strip("/").split("/"))
        return os.path.join(path, "index.html") if old.endswith("/") else path

    def _write(self, path: str, data: bytes) -> None:
        """Write `data` at `path`; the published file, hard-linked, when it has these very
        bytes: creating a file costs ten times more than reading one (2,000 old addresses:
        0.5 s of each build). Nothing ever writes through it (write_bytes replaces)."""
        if self.previous:
            published = os.path.join(self.previous, os.path.relpath(path, self.output))
            with suppress(OSError):
                with open(published, "rb") as stream:
                    same = stream.read(len(data) + 1) == data
                if same:
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    os.link(published, path)  # fails where a file is (a page left from the spare)
                    return
        write_bytes(path, data)

    def moved(self, old: str, target: str, edition) -> None:
        path = self._file(old)
        if old.endswith(".xml") and target.endswith(".xml"):
            with open(os.path.join(self.output, *target.strip("/").split("/")), "rb") as feed:
                self._write(path, feed.read())
            return
        gettext, href = self._gettext(edition), self._href(old, target)
        title = gettext("This page has moved")
        self._write(path, _page(edition, title, (
            f'<link rel="canonical" href="{escape(self.site + target)}">\n'
            f'<meta http-equiv="refresh" content="0; url={escape(href)}">\n'
            + self._theme_link(old, "icon", "images/icon.svg")),
            f'<p>{escape(title)}: <a href="{escape(href)}">{escape(self.site + target)}</a></p>\n'))

    def gone(self, old: str, identity: str, edition) -> None:
        path = self._file(old)
        gettext, settings = self._gettext(edition), edition.settings
        title = gettext("This article was removed") if identity.startswith("article:") else gettext(
            "This page was removed")
        links = [(self._href(old, "/" + edition.home_url), gettext("Go to the home page"))]
        if settings.get("ARCHIVES_SAVE_AS"):
            links.append((self._href(old, "/" + settings["ARCHIVES_URL"]), gettext("See all news")))
        shown = " · ".join(f'<a href="{escape(href)}">{escape(text)}</a>' for href, text in links)
        # The 404 page's look, without its menu.
        style = self._theme_link(old, "stylesheet", "css/site.css") + self._theme_link(
            old, "icon", "images/icon.svg")
        self._write(path, _page(edition, f"{title} – {settings['SITENAME']}", style,
                                f"<main>\n<h1>{escape(title)}</h1>\n<p>{shown}</p>\n</main>\n"))

    def _theme_link(self, old: str, rel: str, name: str) -> str:
        """A link to a theme file by its plain name, where the theme has it. The icon spares a
        browser its request for /favicon.ico, which no static host is sure to answer."""
        if not os.path.isfile(os.path.join(self.settings["THEME"], "static", *name.split("/"))):
            return ""
        address = f"/{self.settings.get('THEME_STATIC_DIR', 'theme')}/{name}"
        return f'<link rel="{rel}" href="{escape(self._href(old, address))}">\n'


def _page(edition, title: str, head: str, body: str) -> bytes:
    """A page with nothing inline (the Content-Security-Policy allows no script or style)."""
    return (f'<!doctype html>\n<html lang="{escape(edition.code)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{escape(title)}</title>\n<meta name="robots" content="noindex">\n{head}'
            f'</head>\n<body>\n{body}</body>\n</html>\n').encode("utf-8")
