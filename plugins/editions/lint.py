"""Editors' lint for Serbian sources that a Latin edition is derived from.

Cyrillic becomes Latin by the build, never the reverse, so a Serbian source
must be in Cyrillic: a line in Latin script would reach the Cyrillic edition in
Latin, and a Latin letter inside a Cyrillic word (a keyboard-layout slip such
as "Нiš") looks right but breaks search and transliteration.
"""

from __future__ import annotations

import re
from typing import Iterator

from sitecore.frontmatter import parse_header
from sitecore.messages import message

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_SERBIAN_LATIN_ONLY = re.compile("[čćšžđČĆŠŽĐ]")
# What is not prose: code, URLs, e-mail addresses, HTML tags, escapes, link targets.
_NOT_PROSE = re.compile(
    r"`[^`]*`|<span class=\"no-translit\">.*?</span>|<[^>]+>|\]\([^)]*\)"
    r"|\b[\w.+-]+@[\w.-]+|\b(?:https?://|www\.)\S+|\{(?:filename|static|attach)\}\S+"
)
_CHECKED_METADATA = {"title", "summary", "tags"}


def _prose_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, prose) for every line an editor wrote as text."""
    lines = text.splitlines()
    # The metadata lines as Pelican reads them (continuation lines of a Tags: line included).
    fields, body = parse_header(lines)
    for found in fields:
        if found.name in _CHECKED_METADATA:
            yield found.line, found.value
            yield from found.more
    in_fence = False
    for number, line in enumerate(lines[body - 1:], start=body):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence or line.startswith(("    ", "\t")):
            continue
        yield number, _NOT_PROSE.sub(" ", line)


def lint_serbian_source(text: str) -> list[tuple[int, str]]:
    """(line, message) for each problem in a Serbian (Cyrillic) source."""
    problems = []
    any_cyrillic = False
    for number, prose in _prose_lines(text):
        cyrillic = bool(_CYRILLIC.search(prose))
        any_cyrillic = any_cyrillic or cyrillic
        for word in _WORD.findall(prose):
            if _CYRILLIC.search(word) and _LATIN.search(word):
                problems.append((number, message(
                    "'%(word)s' mixes Latin and Cyrillic letters (a keyboard-layout slip?). "
                    "Retype the word in Cyrillic.", word=word)))
        if not cyrillic and _SERBIAN_LATIN_ONLY.search(prose):
            problems.append((number, message(
                "this line is Serbian in Latin script, so the Cyrillic edition would show it in Latin. "
                "Write Serbian sources in Cyrillic; the build makes the Latin edition from them."
            )))
    if not any_cyrillic and text.strip():
        problems.insert(0, (1, message(
            "this Serbian file has no Cyrillic text. Write Serbian sources in Cyrillic "
            "(the build makes the Latin edition), or move an English text to content/en/."
        )))
    return problems
