"""The Serbian of an English message the build printed, rebuilt from the editors' catalog.

A message is made from a catalog entry with its placeholders filled in; the values can be
messages themselves (a hint, a place). `serbian(line)` finds the entry the English line was
made from, takes the values back out, translates those that are messages too, and fills
the Serbian entry with them: what the same build prints with EDITOR_LANG=sr. A line no entry
makes comes back as None, which is how a test finds a message that is not in the catalog.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "translations" / "sr" / "LC_MESSAGES" / "editor.po"
_PLACEHOLDER = re.compile(r"%\((\w+)\)(\.\d+)?([sdfr])")


class Entry:
    def __init__(self, english: str, serbian: str | tuple, plural_index: int | None = None):
        self.english, self.serbian, self.plural_index = english, serbian, plural_index
        self.literal = len(_PLACEHOLDER.sub("", english))
        self.pattern = re.compile(self._regex(english), re.DOTALL)

    @staticmethod
    def _regex(text: str) -> str:
        parts, seen, end = [], set(), 0
        for match in _PLACEHOLDER.finditer(text):
            parts.append(re.escape(text[end:match.start()].replace("%%", "%")))
            name, kind = match[1], match[3]
            if name in seen:
                parts.append(f"(?P={name})")
            else:
                seen.add(name)
                body = r"-?\d+" if kind == "d" else r"-?[\d.]+" if kind == "f" else ".*?"
                if kind == "s" and re.match(r" ?%\(", text[match.end():]) and text[:match.start()].endswith(". "):
                    body = ".*?[.?!]"  # sentences side by side: the first placeholder holds whole ones
                parts.append(f"(?P<{name}>{body})")
            end = match.end()
        parts.append(re.escape(text[end:].replace("%%", "%")))
        return "".join(parts)


@lru_cache(maxsize=1)
def entries() -> list[Entry]:
    with open(CATALOG, "rb") as handle:
        catalog = read_po(handle, locale="sr")
    found = []
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            found += [Entry(message.id[0], message.string, 0), Entry(message.id[1], message.string, 1)]
        else:
            found.append(Entry(message.id, message.string))
    # The most specific entry first: the one with the most text of its own.
    return sorted(found, key=lambda e: -e.literal)


def _plural_form(n: int) -> int:
    """Serbian's plural rule (the catalog's Plural-Forms)."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


def best(text: str, minimum: int = 1):
    """(start, entry, match): the most specific entry that makes `text[start:]`, where `text`
    may begin with `<path>:<line>: `; None when none with `minimum` characters of its own does."""
    found = None
    starts = [0, *(m.end() for m in re.finditer(": ", text))]
    where = re.match(r"[^\s:]+:\d+: ", text)
    if where:  # a message that starts with a placeholder would otherwise take the path in
        starts = [start for start in starts if start >= where.end()]
    for start in starts:
        for entry in entries():
            if entry.literal < minimum or (found and entry.literal <= found[1].literal):
                break
            match = entry.pattern.fullmatch(text[start:])
            if match:
                found = (start, entry, match)
                break
    return found


def _fill(entry: Entry, match) -> str:
    values = {}
    for name, value in match.groupdict().items():
        kind = next(m[3] for m in _PLACEHOLDER.finditer(entry.english) if m[1] == name)
        if kind == "d":
            values[name] = int(value)
        elif kind == "f":
            values[name] = float(value)
        else:  # a value may be a message of its own (a hint, a place, a language's name)
            values[name] = _value(value)
    if entry.plural_index is None:
        serbian = entry.serbian
    else:  # a count the text shows picks the form; without one, the English form says one or more
        serbian = entry.serbian[_plural_form(values.get("num", 1 if entry.plural_index == 0 else 2))]
    return serbian % values


def _value(value: str) -> str:
    """A placeholder's value in Serbian when it is a message, or a few sentences that are; else as it is.
    (Two placeholders side by side split their text at an arbitrary point: each sentence is tried.)"""
    if not value or value.isspace():
        return value
    if value[0] == " ":
        return " " + _value(value[1:])
    inner = best(value, minimum=6)  # not a metadata key such as "Title", which stays as written
    if inner and inner[0] == 0:
        return _fill(inner[1], inner[2])
    sentences = re.split(r"(?<=[.?!]) ", value)
    if len(sentences) == 1:
        return value
    return " ".join(_value(sentence) for sentence in sentences)


def serbian(line: str, minimum: int = 20) -> str | None:
    """A log line, `<path>:<line>: <message>` or a message alone, with the message in Serbian;
    None when no entry with `minimum` characters of its own makes it. (The gallery ends a
    message with a full stop when it has none.)"""
    for text, end in ((line, ""), (line[:-1], ".") if line.endswith(".") else (None, None)):
        if text is None:
            continue
        found = best(text, minimum)
        if found:
            start, entry, match = found
            return line[:start] + _fill(entry, match) + end
    return None


def entry_of(line: str, minimum: int = 20) -> str | None:
    """The English entry a log line was made from, or None."""
    found = best(line, minimum) or (best(line[:-1], minimum) if line.endswith(".") else None)
    return found[1].english if found else None
