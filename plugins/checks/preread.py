"""Checks of the Markdown sources before Pelican reads them.

Pelican reports a broken file without a line, sometimes with a traceback, and
skips other mistakes silently (a file in the wrong folder, a misspelt key).
These checks say where and what to do. A file with an error is kept from
Pelican (it would only report the same problem less clearly); the build still
reads the rest, so one run lists every problem, and then fails.
"""

from __future__ import annotations

import os
from collections import defaultdict

from pelican.readers import MarkdownReader

from .layout import Layout, language_name, under, walk
from .metadata import check_metadata
from .report import Findings
from .source import Source, read_source

MARKDOWN_EXTENSIONS = tuple(MarkdownReader.file_extensions)


def scan(settings, findings: Findings) -> None:
    """Check every Markdown file under the content folder; fill `findings`."""
    layout = Layout(settings)
    output = os.path.abspath(settings.get("OUTPUT_PATH") or "output")
    accepted: list[tuple[Source, str]] = []
    for rel in walk(layout, skip=(output,)):
        ext = os.path.splitext(rel)[1][1:]
        if ext.lower() not in MARKDOWN_EXTENSIONS or any(under(rel, p) for p in layout.others):
            continue
        path = os.path.join(layout.content, rel)
        where = findings.where(path)
        kind = layout.kind(rel)
        if kind is None:
            note, places = layout.suggest(rel)
            content = findings.where(layout.content)
            targets = " or ".join(f"{content}/{p} ({language_name(p.split('/')[0])})" for p in places)
            move = f"Move it to {targets}." if targets else "Move it into a language folder."
            findings.error(where, 1, (
                f"this Markdown file is outside the language folders, so it would not be published.{note} {move}"))
            continue
        if ext not in MARKDOWN_EXTENSIONS:
            stem = os.path.splitext(os.path.basename(rel))[0]
            findings.error(where, 1, (
                f"the file name ends in .{ext}, and only .md (in lowercase) is read, so it would not be "
                f"published. Rename it to {stem}.md."))
            continue
        source = read_source(path, rel, where)
        findings.sources[rel] = source
        if not _check_file(source, kind, layout, findings):
            findings.rejected.add(rel)
        else:
            accepted.append((source, kind))
    _check_keys(accepted, layout, findings)


def _check_file(source: Source, kind: str, layout: Layout, findings: Findings) -> bool:
    """Check one file; False when it has an error (Pelican will not read it)."""
    where = source.where
    if source.text is None:
        hint = " (it looks like UTF-16, which Notepad calls 'Unicode')" if source.utf16 else ""
        findings.error(where, source.bad_line or 1, (
            f"the file is not saved as UTF-8{hint}; the first character that cannot be read is on this line. "
            "Open the file in your editor and save it with the encoding UTF-8."))
        return False
    if source.bom:
        findings.warning(where, 1, (
            "the file starts with an invisible byte-order mark (BOM). The page is built anyway; "
            "to remove the mark, save the file as 'UTF-8' instead of 'UTF-8 with BOM'."))
    if source.empty:
        findings.warning(where, 1, (
            "the file is empty, so nothing is published from it. Write the text "
            "(a Title: line, the other metadata, an empty line, then the text) or delete the file."))
        findings.empty.add(source.rel)
        return False
    return check_metadata(source, kind, layout, findings)


def _check_keys(accepted: list[tuple[Source, str]], layout: Layout, findings: Findings) -> None:
    """Two files of one language with one translation key: only one of them would be published."""
    groups: dict[tuple, list[Source]] = defaultdict(list)
    for source, kind in accepted:
        values = layout.path_values(source.rel)
        explicit = source.first("key")
        key = explicit.value.strip() if explicit and explicit.value.strip() else values.get("key")
        if key:
            groups[(kind, values.get("lang"), key)].append(source)
    for (_, _, key), members in groups.items():
        if len(members) < 2:
            continue
        # Blame the files that chose the key with a Key: line; a key from the path is the file's own.
        members.sort(key=lambda s: (s.first("key") is not None, s.rel))
        first = members[0]
        for other in members[1:]:
            if other.first("key") is None:  # e.g. x.md and x.markdown side by side
                findings.error(other.where, 1, (
                    f"this file and {first.where} have the same name apart from the extension, so they would be "
                    "one page and one of them would be left out. Rename or delete one of them."))
            else:
                findings.error(other.where, other.first("key").line, (
                    f"the translation key '{key}' is also the key of {first.where}, and a language can have only "
                    "one file per key, so one of them would be left out. Change or delete the Key: line "
                    "(a translation belongs at the same path in the other language's folder)."))
            findings.rejected.add(other.rel)
