"""Characters an editor cannot see: control characters anywhere in a file, and
zero-width and text-direction characters in its metadata lines.

A control character (NUL, form feed, escape...) cannot be published at all:
feeds refuse it and Markdown uses some of them internally. The others are
legal text, but in a title or tag they make one word look like another.
"""

from __future__ import annotations

import re
import unicodedata

from sitecore.frontmatter import Field, Source

from .report import Findings

# Unicode has no names for control characters; the ones a copy and paste brings along.
_CONTROL_NAMES = {0x00: "NULL", 0x02: "START OF TEXT", 0x03: "END OF TEXT", 0x08: "BACKSPACE",
                  0x0B: "LINE TABULATION", 0x0C: "FORM FEED", 0x1A: "SUBSTITUTE", 0x1B: "ESCAPE"}
_ALLOWED_CONTROLS = "\t\n\r"
# Invisible, and harmless to the page itself (addresses ignore them): a warning.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c")
# They reorder the text that follows them, so what a reader sees is not what is written: an error.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def char_class(chars) -> re.Pattern:
    """A pattern matching any one of `chars`: one regular-expression pass over a text
    instead of a Python step per character (every file is scanned on a cold build)."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")


# Unicode fixes the control characters (category Cc) at U+0000-U+001F and U+007F-U+009F.
_CONTROLS = frozenset(chr(c) for c in range(0x100)
                      if unicodedata.category(chr(c)) == "Cc" and chr(c) not in _ALLOWED_CONTROLS)
CONTROL = char_class(_CONTROLS)
INVISIBLE = char_class(ZERO_WIDTH | BIDI_CONTROLS)
_HIDDEN = char_class(_CONTROLS | ZERO_WIDTH | BIDI_CONTROLS)


def _retype(count: int = 1) -> str:
    it, them = ("it", "the character") if count == 1 else ("each", "the characters")
    return f"delete the text around {it} and type it again (copying it brings {them} along)."


def describe(ch: str) -> str:
    """'U+200B ZERO WIDTH SPACE': the code and name an editor can look up."""
    name = unicodedata.name(ch, None) or _CONTROL_NAMES.get(ord(ch), "(a control character)")
    return f"U+{ord(ch):04X} {name}"


def _where_in(text: str, index: int, start: str = "at the start of the line") -> str:
    """Where a character is, told by the visible text just before it."""
    before = _HIDDEN.sub("", text[:index])
    before = before[-20:].lstrip()
    return f"after '{before}'" if before else start


def check_controls(source: Source, findings: Findings) -> bool:
    """Control characters anywhere in the file (an error): False when there is one."""
    if source.text is None or not CONTROL.search(source.text):
        return True
    lines = [(number, line) for number, line in enumerate(source.lines, start=1) if CONTROL.search(line)]
    number, line = lines[0]
    index = CONTROL.search(line).start()
    more = ""
    if len(lines) > 1:
        count = len(lines) - 1
        more = (f" {count} more {'line has' if count == 1 else 'lines have'} one too "
                f"(the next is line {lines[1][0]}).")
    findings.error(source.where, number, (
        f"this line has an invisible control character, {describe(line[index])}, {_where_in(line, index)}, "
        f"and a web page or feed cannot contain one. {_retype().capitalize()}{more}"))
    return False


def _value_lines(field: Field):
    yield field.line, field.value
    yield from field.more


def check_invisible(source: Source, findings: Findings) -> bool:
    """Zero-width and text-direction characters in metadata lines: False when there is a direction one."""
    ok = True
    for field in source.fields:
        for number, value in _value_lines(field):
            found: dict[str, int] = {}
            for match in INVISIBLE.finditer(value):
                found.setdefault(match.group(), match.start())
            if not found:
                continue
            start = f"right after '{field.key}:'" if number == field.line else "at the start of the line"
            named = [f"{describe(ch)} ({_where_in(value, index, start)})" for ch, index in found.items()]
            what = (f"an invisible character, {named[0]}" if len(named) == 1 else
                    "invisible characters, " + ", ".join(named[:-1]) + " and " + named[-1])
            line = f"the {field.key}: line" if number == field.line else f"this line of {field.key}:"
            if any(ch in BIDI_CONTROLS for ch in found):
                findings.error(source.where, number, (
                    f"{line} has {what}; a text-direction character shows the text after it in another "
                    f"order than it is written, so it can disguise what the text says. {_retype(len(found)).capitalize()}"))
                ok = False
            else:
                findings.warning(source.where, number, (
                    f"{line} has {what}. The page is built anyway; to remove "
                    f"{'it' if len(found) == 1 else 'them'}, {_retype(len(found))}"))
    return ok
