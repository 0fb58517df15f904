"""Checks that need what Pelican read: addresses (slugs) and `{filename}` links.

They run when every generator has read its files (and the editions plugin has
given each file its slug, from its own title or Slug: line), before anything is rendered.
"""

from __future__ import annotations

import difflib
import html
import os
import re
from collections import defaultdict
from urllib.parse import unquote, urlparse

from pelican.contents import Article, Page
from sitecore.messages import message, nmessage

from .report import ContentErrors, Findings

_FENCE = re.compile(r"^\s*(```|~~~)")
_CODE_SPAN = re.compile(r"(`+).*?\1")


def check(context: dict, settings: dict, findings: Findings) -> None:
    """Run the checks after reading; stop the build if any check found an error."""
    contents = [c for c in context.get("generated_content", {}).values() if isinstance(c, (Article, Page))]
    contents.sort(key=lambda c: c.get_relative_source_path() or "")
    _check_addresses(contents, settings, findings)
    _check_links(contents, context, settings, findings)
    if findings.errors:
        raise ContentErrors(nmessage("the content has %(num)d error (listed above); nothing was rendered",
                                     "the content has %(num)d errors (listed above); nothing was rendered",
                                     findings.errors))


def _group(content) -> tuple:
    # The editions plugin pairs translations by the `key` metadata; the members of one
    # group may share an address (in different editions), two groups may not.
    kind = "article" if isinstance(content, Article) else "page"
    return kind, content.metadata.get("key") or content.source_path or id(content)


def _kind_word(content) -> str:
    return message("article") if isinstance(content, Article) else message("page")


def _where(findings: Findings, settings: dict, content) -> str:
    # Pages made by plugins may have no source file (None or "").
    return findings.where(os.path.join(settings["PATH"], content.source_path or ""))


def _slug_line(findings: Findings, content) -> tuple[int, str]:
    """The line an address comes from: the Slug: line, else the Title: line."""
    source = findings.sources.get(content.get_relative_source_path())
    if source is None:
        return 1, message("its title")
    for name in ("slug", "title"):
        field = source.first(name)
        if field:
            return field.line, message("its Slug: line") if name == "slug" else message("its title")
    return 1, message("its title")


def _reserved(settings: dict) -> dict[str, str]:
    """Addresses the site writes itself (edition home pages, archives...), each with what it is."""
    editions = settings.get("EDITIONS_LIST") or []
    prefixes = [(getattr(e, "prefix", ""), getattr(e, "code", ""), getattr(e, "settings", None) or settings)
                for e in editions] or [("", "", settings)]
    reserved = {}
    for prefix, code, edition_settings in prefixes:
        reserved[prefix] = (message("the home page of the %(edition)s edition", edition=code) if code
                            else message("the home page"))
        for template in edition_settings.get("DIRECT_TEMPLATES") or []:
            url = edition_settings.get(f"{template.upper()}_URL")
            if url and template != "index":
                reserved[url if url.startswith(prefix) else prefix + url] = (
                    message("the %(template)s page of the %(edition)s edition", template=template, edition=code)
                    if code else message("the %(template)s page", template=template))
    return reserved


def _check_addresses(contents, settings: dict, findings: Findings) -> None:
    prefixes = [getattr(e, "prefix", "") for e in settings.get("EDITIONS_LIST") or []] or [""]
    reserved = _reserved(settings)
    by_url: dict[str, dict[tuple, list]] = defaultdict(dict)
    for content in contents:
        line, origin = _slug_line(findings, content)
        where = _where(findings, settings, content)
        if not getattr(content, "slug", None):
            findings.error(where, line, message(
                "this %(kind)s gets no address, because %(origin)s has no letters or digits. "
                "Add a line such as 'Slug: short-name' (lowercase Latin letters, digits and hyphens).",
                kind=_kind_word(content), origin=origin))
            continue
        url = content.url
        taken = next((reserved[p + url] for p in prefixes if p + url in reserved), None)
        if taken:
            findings.error(where, line, message(
                "this %(kind)s gets the address %(url)s (from %(origin)s), which is %(taken)s. "
                "Give it another address with a line such as 'Slug: %(slug)s-2'.",
                kind=_kind_word(content), url=url, origin=origin, taken=taken, slug=content.slug))
            continue
        by_url[url].setdefault(_group(content), []).append(content)
    for url, groups in by_url.items():
        if len(groups) < 2:
            continue
        members = list(groups.values())
        first = members[0]
        for other in members[1:]:
            # Name two files of one language when the groups share one; else each group's first.
            langs = {c.lang for c in first} & {c.lang for c in other}
            a = next((c for c in first if c.lang in langs), first[0])
            b = next((c for c in other if c.lang in langs), other[0])
            line, origin = _slug_line(findings, b)
            findings.error(_where(findings, settings, b), line, message(
                "this %(kind)s gets the address %(url)s (from %(origin)s), which %(other)s also gets, so one would "
                "overwrite the other. Give one of them another address with a line such as 'Slug: %(slug)s-2'.",
                kind=_kind_word(b), url=url, origin=origin, other=_where(findings, settings, a), slug=b.slug))


def _code_free_lines(lines):
    """(line number, text) with fenced code blocks and `code spans` left out: a link there is only text."""
    fenced = False
    for number, line in enumerate(lines, start=1):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            yield number, _CODE_SPAN.sub("", line)


def _check_links(contents, context: dict, settings: dict, findings: Findings) -> None:
    link = re.compile(settings.get("INTRASITE_LINK_REGEX") or r"[{|](?P<what>.*?)[|}]")
    link = re.compile(link.pattern + r"(?P<target>[^\s)\"'<>]+)")
    known = set(context.get("generated_content", {})) | set(context.get("static_content", {}))
    # A file the checks kept from Pelican has its own error; a link to it is not a second one.
    # An empty file only has a warning, but a link to it would lead nowhere.
    on_disk = (known | set(findings.sources) | findings.rejected) - findings.empty
    for content in contents:
        # Pages made by other plugins (gallery albums) have no source of ours: their plugin checks them.
        source = findings.sources.get(content.get_relative_source_path() or "")
        if source is None or source.text is None:
            continue
        folder = os.path.dirname(source.rel)
        for number, line in _code_free_lines(source.lines):
            for match in link.finditer(line):
                if match["what"] != "filename":
                    continue
                target = match["target"]
                path = urlparse(target).path
                if not path:
                    continue
                candidates = [_resolve(folder, p) for p in dict.fromkeys((path, unquote(path), html.unescape(path)))]
                if any(c in on_disk for c in candidates):
                    continue
                missing = findings.where(os.path.join(settings["PATH"], candidates[-1]))
                if any(c in findings.empty for c in candidates):
                    findings.error(source.where, number, message(
                        "the link {filename}%(target)s leads to %(missing)s, which is empty, so it is not "
                        "published. Write that page, or remove the link.", target=target, missing=missing))
                    continue
                close = difflib.get_close_matches(candidates[-1], sorted(known), n=1, cutoff=0.75)
                if close:
                    findings.error(source.where, number, message(
                        "the link {filename}%(target)s leads to %(missing)s, which does not exist. "
                        "Did you mean {filename}%(close)s? "
                        "Correct the link: the path is relative to this file's folder, or starts with / for the "
                        "content folder.", target=target, missing=missing, close=_relative(close[0], folder)))
                else:
                    findings.error(source.where, number, message(
                        "the link {filename}%(target)s leads to %(missing)s, which does not exist. "
                        "Correct the link: the path is relative to this file's folder, or starts with / for the "
                        "content folder.", target=target, missing=missing))


def _resolve(folder: str, path: str) -> str:
    if path.startswith("/"):
        return os.path.normpath(path[1:]).replace(os.sep, "/")
    return os.path.normpath(os.path.join(folder, path)).replace(os.sep, "/")


def _relative(target: str, folder: str) -> str:
    return os.path.relpath(target, folder or ".").replace(os.sep, "/")
