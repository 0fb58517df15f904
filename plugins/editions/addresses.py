"""Permanent addresses: the record of every address the site has published, and what each
one that is no longer published becomes (README, "Addresses never break").

The record (`content/addresses.txt`, committed with the content) has one line per address,
`/<address><TAB><identity>`: `<kind>:<translation key>@<edition>` for an article or page
written in an edition (a fallback copy and the gallery pages too), `list` for everything
else (home, archives, category and tag pages, later pages of a list, feeds). Each build adds
the addresses it publishes for the first time and never removes a line. An address it no
longer publishes becomes, in this order:

1. what `content/redirects.txt` says for it (`/old/ /new/`, or `/old/ gone`); a line for one
   address of an article also answers for its other editions' addresses;
2. for an article or page: its address now (retitled, translated, a new `Slug:`), or, when
   it is gone (deleted, or moved so that its key changed), a "410 Gone" page and a warning;
3. for a list: the nearest list there is (a later page: the list's first page; a tag or
   category: the edition's tags or categories index; a feed: the edition's feed of the same
   kind; anything else: the edition's home page).

Every target is an address this build publishes, so a redirect never leads to another
redirect, nor to itself. redirects.py writes the pages and the nginx map.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field

from sitecore.files import write_bytes
from sitecore.inputs import ADDRESS_RECORD
from sitecore.messages import message

from .links import url_of_output

logger = logging.getLogger(__name__)

REDIRECTS = "redirects.txt"
GONE = "gone"
HEADER = """\
# Published addresses of this site, kept by the build: do not edit by hand.
# Every address the site has ever published, with what it shows. When a page's
# address changes (a new title, a translation, a Slug: line), the build keeps the
# old one working as a redirect to the new one. Commit this file with your changes.
# To send a removed article's address to another page, write it in redirects.txt.
#
# Објављене адресе сајта; води их градња сајта, не мењајте их ручно. Свака адреса
# коју је сајт икада објавио остаје жива: када се адреса странице промени (нов
# наслов, превод, ред Slug:), стара води на нову. Предајте (commit) ову датотеку
# заједно са својим изменама. Адресу уклоњеног чланка на другу страницу шаље redirects.txt.
#
# address<TAB>what it shows (kind:translation key@edition, or "list")
"""
# Whatever the site can publish (a `Slug:` is used as written, Cyrillic included), without
# control characters; the editor's lines are split at spaces, so they have none either.
_RECORDED = re.compile(r"^/[^\x00-\x1f\x7f]*$")
_WRITTEN = re.compile(r"^/[^\x00-\x20\x7f]*$")
_IDENTITY = re.compile(r"^(?P<kind>article|page):(?P<key>[^\x00-\x1f\x7f]+)@(?P<edition>[A-Za-z0-9-]+)$")
_FEEDS = ("FEED_ATOM", "FEED_RSS", "FEED_ALL_ATOM", "FEED_ALL_RSS")
_PAGINATED = re.compile(r"^(?P<base>/(?:.*/)?)page/\d+/$")


@dataclass
class Plan:
    """What becomes of every recorded address the build does not publish."""

    moved: dict[str, str] = field(default_factory=dict)  # old address -> published address
    gone: dict[str, str] = field(default_factory=dict)  # old address -> its identity
    confirmed: set[str] = field(default_factory=set)  # gone addresses redirects.txt calls gone
    edition_of: dict[str, object] = field(default_factory=dict)  # old address -> its edition


def inside_site(address: str, pattern=_WRITTEN) -> bool:
    """An address of this site as redirects.txt (or, with _RECORDED, the record) writes it: from
    the root, and never out of it (a page is written at every old address)."""
    return bool(pattern.match(address)) and not {".", ".."} & set(address.split("/"))


class Record(dict):
    """Address -> identity, and the line each address is on (`line`)."""

    def __init__(self):
        super().__init__()
        self.line: dict[str, int] = {}


def read_record(path: str, where: str) -> Record | None:
    """The recorded addresses (address -> identity); None, with an error per bad line, if
    the record is damaged. A missing record is an empty one."""
    try:
        with open(path, encoding="utf-8") as stream:
            lines = stream.read().splitlines()
    except FileNotFoundError:
        return Record()
    except UnicodeDecodeError:
        logger.error("%s:1: %s", where, message(
            "this file is not UTF-8 text. The build writes it by itself: take back the last "
            "change to it in git (git checkout %(path)s), then build again.", path=where))
        return None
    record, ok = Record(), True
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        address, tab, identity = line.partition("\t")
        if not tab or not inside_site(address, _RECORDED) or not (identity == "list" or _IDENTITY.match(identity)):
            logger.error("%s:%d: %s", where, number, message(
                "this line is not an address and what it shows (an address from the site's "
                "root such as /news/visit/, a tab, then \"list\" or \"article:news/<file>@<edition>\"). "
                "The build writes this file by itself: take back the change to this line in git "
                "(git checkout %(path)s), then build again.", path=where))
            ok = False
        elif address in record and record[address] != identity:
            logger.error("%s:%d: %s", where, number, message(
                "%(address)s is listed twice, here and on line %(first)d, with different pages. The build "
                "writes this file by itself: take back the change in git (git checkout %(path)s), then "
                "build again.", address=address, first=record.line[address], path=where))
            ok = False
        else:
            record[address] = identity
            record.line.setdefault(address, number)
    return record if ok else None


def read_redirects(path: str, where: str, published: dict[str, str]) -> dict[str, str] | None:
    """The editor's redirects (old address -> published address, or GONE); None, with an
    error per bad line, if any line is wrong. A missing file has none."""
    try:
        with open(path, encoding="utf-8") as stream:
            lines = stream.read().splitlines()
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError:
        logger.error("%s:1: %s", where, message("this file is not UTF-8 text. Save it as UTF-8 in your editor."))
        return None
    redirects, ok = {}, True

    def wrong(number, text):
        nonlocal ok
        ok = False
        logger.error("%s:%d: %s", where, number, text)

    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split()
        if len(fields) != 2:
            wrong(number, message("a line here holds two things, the old address and where it now leads "
                                  "(/news/old-title/ /news/new-title/), or the old address and the word gone. "
                                  "Write it so."))
            continue
        old, new = fields
        for address in (old, new) if new != GONE else (old,):
            if not inside_site(address):
                wrong(number, message("%(address)s is not an address of this site. Write it from the site's root, "
                                      "as it shows after the site's name in the browser: /news/visit/ or "
                                      "/en/news/visit/.", address=address))
                break
        else:
            if old in redirects:
                wrong(number, message("%(address)s has a line already; keep one of the two.", address=old))
            elif old in published:
                wrong(number, message("%(address)s is a page of the site, which this line would hide. Delete the "
                                      "line, or first remove or rename that page.", address=old))
            elif new != GONE and new not in published:
                if new + "/" in published:
                    wrong(number, message("%(address)s is not a page of the site, so the redirect would lead "
                                          "nowhere. Did you mean %(address)s/? Write the address of a page the "
                                          "site has, or the word gone.", address=new))
                else:
                    wrong(number, message("%(address)s is not a page of the site, so the redirect would lead "
                                          "nowhere. Write the address of a page the site has, or the word gone.",
                                          address=new))
            else:
                redirects[old] = new
    return redirects if ok else None


def update_record(path: str, record: dict[str, str], published: dict[str, str]) -> list[str]:
    """Add the addresses published for the first time; the new ones, sorted. Written only
    when there are some (a new file, renamed over the old one)."""
    new = sorted(a for a in published if a not in record)
    if new or not os.path.exists(path):
        lines = {**record, **{a: published[a] for a in new}}
        text = HEADER + "".join(f"{a}\t{lines[a]}\n" for a in sorted(lines))
        write_bytes(path, text.encode("utf-8"))
    return new


def published_addresses(states, written_files) -> dict[str, str]:
    """Address -> identity of every page and feed this build publishes (not the 404 pages,
    not drafts): what each edition writes (links.index_known_urls, its feeds) and the files
    the page writer recorded (`written_files`, relative to the output: later pages of lists)."""
    identities, hidden = {}, set()
    urls = {url_of_output(f) for f in written_files}
    for state in states:
        code, settings = state.edition.code, state.edition.settings
        hidden.add(state.edition.prefix + "404.html")
        for view in (*state.articles, *state.hidden_articles, *state.pages, *state.hidden_pages):
            if view.written_as:
                identities[url_of_output(view.written_as)] = f"{view.group.kind}:{view.group.key}@{code}"
        hidden.update(url_of_output(v.written_as) for v in (*state.drafts, *state.draft_pages) if v.written_as)
        urls |= state.known_urls
        urls.update(settings[f] for f in _FEEDS if settings.get(f) and "{" not in settings[f])
    return {"/" + url: identities.get(url, "list") for url in sorted(urls - hidden)}


def shown_elsewhere(states) -> dict[str, str]:
    """Identity -> address for the views an edition links to another edition's page instead
    of writing (EDITIONS_UNTRANSLATED 'link' or 'hide'): where its old address should lead."""
    result = {}
    for state in states:
        for view in state.views_by_group.values():
            if not view.written_as and view.status != "draft" and view.url:
                result[f"{view.group.kind}:{view.group.key}@{state.edition.code}"] = "/" + view.url
    return result


def edition_of(address: str, editions):
    """The edition an address belongs to: the longest prefix that matches."""
    matching = [e for e in editions if address[1:].startswith(e.prefix)]
    return max(matching, key=lambda e: len(e.prefix)) if matching else editions[0]


def nearest_list(address: str, published, edition, primary) -> str | None:
    """The published list closest to a list address the build no longer writes."""
    settings = edition.settings
    candidates = []
    paginated = _PAGINATED.match(address)
    if paginated:
        candidates.append(paginated["base"])
    for term, index in (("TAG", "TAGS"), ("CATEGORY", "CATEGORIES")):
        head = (settings.get(f"{term}_URL") or "").split("{")[0]
        if head and address[1:].startswith(head) and settings.get(f"{index}_SAVE_AS"):
            candidates.append("/" + settings.get(f"{index}_URL", ""))
    if address.endswith(".xml"):
        for feed in (("FEED_RSS", "FEED_ATOM") if "rss" in address.rsplit("/", 1)[-1] else ("FEED_ATOM", "FEED_RSS")):
            if settings.get(feed):
                candidates.append("/" + settings[feed])
    candidates += ["/" + edition.home_url, "/" + primary.home_url]
    return next((c for c in candidates if c in published), None)


def plan(record: dict[str, str], published: dict[str, str], explicit: dict[str, str], editions,
         elsewhere: dict[str, str] | None = None) -> Plan:
    """What each recorded (or explicitly redirected) address the build does not publish becomes.
    `elsewhere`: shown_elsewhere()."""
    result = Plan()
    by_identity = {i: a for i, a in (elsewhere or {}).items() if a in published}
    by_identity.update((identity, address) for address, identity in published.items() if identity != "list")
    # An explicit line for one address of an article answers for its other editions' addresses.
    renamed = {}
    for old, new in explicit.items():
        identity = _IDENTITY.match(record.get(old, ""))
        if identity:
            target = _IDENTITY.match(published.get(new, "")) if new != GONE else None
            renamed[identity["kind"], identity["key"]] = GONE if new == GONE else (
                (target["kind"], target["key"]) if target else None)
    for old in sorted(set(record) | set(explicit)):
        if old in published:
            continue
        edition = edition_of(old, editions)
        result.edition_of[old] = edition
        identity = record.get(old, "list")
        found = _IDENTITY.match(identity)
        target = explicit.get(old)
        if target is None and found:
            target = by_identity.get(identity)
            moved = renamed.get((found["kind"], found["key"]))
            if target is None and moved == GONE:
                target = GONE
            elif target is None and moved:
                target = by_identity.get(f"{moved[0]}:{moved[1]}@{found['edition']}")
        elif target is None:
            target = nearest_list(old, published, edition, editions[0])
        if target is None or target == GONE:
            result.gone[old] = identity
            if target == GONE:
                result.confirmed.add(old)
        else:
            result.moved[old] = target
    return result
