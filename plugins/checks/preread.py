"""Checks of the Markdown sources before Pelican reads them.

Pelican reports a broken file without a line, sometimes with a traceback, and
skips other mistakes silently (a file in the wrong folder, a misspelt key).
These checks say where and what to do. A file with an error is kept from
Pelican (it would only report the same problem less clearly); the build still
reads the rest, so one run lists every problem, and then fails.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import defaultdict

from pelican.readers import MarkdownReader

from sitecore.frontmatter import Source, encoding_problem, read_source
from sitecore.messages import message

from .characters import char_class, check_controls
from .keys import check_key_targets, translation_key
from .layout import Layout, language_name, under, walk
from .memo import Memo
from .metadata import check_metadata
from .placement import templates
from .report import Findings

MARKDOWN_EXTENSIONS = tuple(MarkdownReader.file_extensions)

# A name with an unseen character: (a folder?, what it has) -> the whole message.
_NAME_MESSAGES = {
    (True, "a line break"): lambda **v: message(
        "the folder name has a line break in it (shown here as %(codes)s), so the files in it cannot be "
        "published. Rename the folder, e.g. to %(fixed)s.", **v),
    (True, "a tab"): lambda **v: message(
        "the folder name has a tab in it (shown here as %(codes)s), so the files in it cannot be "
        "published. Rename the folder, e.g. to %(fixed)s.", **v),
    (True, "an invisible control character"): lambda **v: message(
        "the folder name has an invisible control character in it (shown here as %(codes)s), so the files "
        "in it cannot be published. Rename the folder, e.g. to %(fixed)s.", **v),
    (False, "a line break"): lambda **v: message(
        "the file name has a line break in it (shown here as %(codes)s), so it cannot be published. "
        "Rename the file, e.g. to %(fixed)s.", **v),
    (False, "a tab"): lambda **v: message(
        "the file name has a tab in it (shown here as %(codes)s), so it cannot be published. "
        "Rename the file, e.g. to %(fixed)s.", **v),
    (False, "an invisible control character"): lambda **v: message(
        "the file name has an invisible control character in it (shown here as %(codes)s), so it cannot be "
        "published. Rename the file, e.g. to %(fixed)s.", **v),
}


def scan(settings, findings: Findings) -> None:
    """Check every Markdown file under the content folder; fill `findings`."""
    layout = Layout(settings)
    output = os.path.abspath(settings.get("OUTPUT_PATH") or "output")
    memo = Memo(settings, findings, templates(layout))
    accepted: list[tuple[Source, str]] = []
    named: set[str] = set()  # folders already named for a control character
    top = findings.where(layout.content)
    for rel in walk(layout, skip=(output,)):
        if any(under(rel, p) for p in layout.others):
            continue
        if _check_name(rel, layout, findings, named):
            findings.rejected.add(rel)
            continue
        ext = os.path.splitext(rel)[1][1:]
        inner = os.path.splitext(os.path.splitext(rel)[0])[1][1:]
        if ext.lower() == "txt" and inner.lower() in MARKDOWN_EXTENSIONS:
            stem = os.path.splitext(os.path.splitext(os.path.basename(rel))[0])[0]
            findings.error(findings.where(os.path.join(layout.content, rel)), 1, message(
                "the file name ends in .%(inner)s.%(ext)s, and only .md is read, so it would not be published "
                "(Windows hides the .%(ext)s that an editor such as Notepad adds, so the name may look right "
                "there). Rename it to %(stem)s.md.", inner=inner, ext=ext, stem=stem))
            continue
        if ext.lower() not in MARKDOWN_EXTENSIONS:
            continue
        path = os.path.join(layout.content, rel)
        where = f"{top}/{rel}"  # findings.where(path), without a relpath per file
        kind = layout.kind(rel)
        if kind is None:
            note, places = layout.suggest(rel)
            content = findings.where(layout.content)
            targets = [f"{content}/{p} ({language_name(p.split('/')[0])})" for p in places]
            move = (message("Move it to %(places)s.", places=message(" or ").join(targets)) if targets
                    else message("Move it into a language folder."))
            if note:
                findings.error(where, 1, message(
                    "this Markdown file is outside the language folders, so it would not be published. "
                    "%(note)s %(move)s", note=note, move=move))
            else:
                findings.error(where, 1, message(
                    "this Markdown file is outside the language folders, so it would not be published. %(move)s",
                    move=move))
            continue
        if ext not in MARKDOWN_EXTENSIONS:
            stem = os.path.splitext(os.path.basename(rel))[0]
            findings.error(where, 1, message(
                "the file name ends in .%(ext)s, and only .md (in lowercase) is read, so it would not be "
                "published. Rename it to %(stem)s.md.", ext=ext, stem=stem))
            continue
        source, ok = memo.check(path, rel, lambda found: _read_and_check(path, rel, where, kind, layout, found))
        findings.sources[rel] = source
        if not ok:
            findings.rejected.add(rel)
        else:
            accepted.append((source, kind))
    memo.save()
    _check_keys(accepted, layout, findings)
    check_key_targets(findings.sources, layout, findings)


_LINE_BREAKS = "\n\r\u2028\u2029"


# A line break or another control character: invisible, and not usable in an address.
_UNSEEN = char_class(chr(c) for c in [*range(0x100), 0x2028, 0x2029]
                     if unicodedata.category(chr(c)) in ("Cc", "Zl", "Zp"))


def _unseen(char: str) -> bool:
    return _UNSEEN.match(char) is not None


def _shown(text: str) -> str:
    """`text` with each control character written as a code (\\n, \\t, \\x07), so a message stays on one line."""
    codes = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return "".join(codes.get(c, f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")
                   if _unseen(c) else c for c in text)


def _check_name(rel: str, layout: Layout, findings: Findings, named: set[str]) -> bool:
    """A file (or folder) name with a line break or another control character; True if it has one."""
    parts = rel.split("/")
    if not _UNSEEN.search(rel):
        return False
    index = next(i for i, part in enumerate(parts) if _UNSEEN.search(part))
    prefix = "/".join(parts[:index + 1])
    if prefix not in named:  # a folder is named once, not once per file in it
        named.add(prefix)
        bad = [c for c in parts[index] if _unseen(c)]
        what = ("a line break" if all(c in _LINE_BREAKS for c in bad) else "a tab" if set(bad) == {"\t"}
                else "an invisible control character")
        named = {"codes": ", ".join(dict.fromkeys(map(_shown, bad))),
                 "fixed": re.sub(r"-{2,}", "-", "".join("-" if _unseen(c) else c for c in parts[index]))}
        findings.error(findings.where(os.path.join(layout.content, _shown(prefix))), 1,
                       _NAME_MESSAGES[index < len(parts) - 1, what](**named))
    return True


def _read_and_check(path: str, rel: str, where: str, kind: str, layout: Layout,
                    findings: Findings) -> tuple[Source, bool]:
    """The work on one file alone, which memo.py keeps between builds."""
    source = read_source(path, rel, where)
    return source, _check_file(source, kind, layout, findings)


def _check_file(source: Source, kind: str, layout: Layout, findings: Findings) -> bool:
    """Check one file; False when it has an error (Pelican will not read it)."""
    where = source.where
    if source.text is None:
        findings.error(where, source.bad_line or 1, encoding_problem(source))
        return False
    if source.bom:
        findings.warning(where, 1, message(
            "the file starts with an invisible byte-order mark (BOM). The page is built anyway; "
            "to remove the mark, save the file as 'UTF-8' instead of 'UTF-8 with BOM'."))
    if source.empty:
        findings.warning(where, 1, message(
            "the file is empty, so nothing is published from it. Write the text "
            "(a Title: line, the other metadata, an empty line, then the text) or delete the file."))
        findings.empty.add(source.rel)
        return False
    publishable = check_controls(source, findings)
    return check_metadata(source, kind, layout, findings) and publishable


def _check_keys(accepted: list[tuple[Source, str]], layout: Layout, findings: Findings) -> None:
    """Two files of one language with one translation key: only one of them would be published."""
    groups: dict[tuple, list[Source]] = defaultdict(list)
    for source, kind in accepted:
        lang, key = translation_key(source, layout)
        if key:
            groups[(kind, lang, key)].append(source)
    for (_, _, key), members in groups.items():
        if len(members) < 2:
            continue
        # Blame the files that chose the key with a Key: line; a key from the path is the file's own.
        members.sort(key=lambda s: (s.first("key") is not None, s.rel))
        first = members[0]
        for other in members[1:]:
            if other.first("key") is None:  # e.g. x.md and x.markdown side by side
                findings.error(other.where, 1, message(
                    "this file and %(other)s have the same name apart from the extension, so they would be "
                    "one page and one of them would be left out. Rename or delete one of them.",
                    other=first.where))
            else:
                findings.error(other.where, other.first("key").line, message(
                    "the translation key '%(key)s' is also the key of %(other)s, and a language can have only "
                    "one file per key, so one of them would be left out. Change or delete the Key: line "
                    "(a translation belongs at the same path in the other language's folder).",
                    key=key, other=first.where))
            findings.rejected.add(other.rel)
