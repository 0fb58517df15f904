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
from sitecore.messages import message, nmessage

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
    """What to do about invisible characters, as a whole sentence."""
    if count == 1:
        return message("Delete the text around it and type it again (copying it brings the character along).")
    return message("Delete the text around each and type it again (copying it brings the characters along).")


def describe(ch: str) -> str:
    """'U+200B ZERO WIDTH SPACE': the code and name an editor can look up."""
    name = unicodedata.name(ch, None) or _CONTROL_NAMES.get(ord(ch), "(a control character)")
    return f"U+{ord(ch):04X} {name}"


def _where_in(text: str, index: int, start: str | None = None) -> str:
    """Where a character is, told by the visible text just before it."""
    before = _HIDDEN.sub("", text[:index])
    before = before[-20:].lstrip()
    if before:
        return message("after '%(before)s'", before=before)
    return start or message("at the start of the line")


def check_controls(source: Source, findings: Findings) -> bool:
    """Control characters anywhere in the file (an error): False when there is one."""
    if source.text is None or not CONTROL.search(source.text):
        return True
    lines = [(number, line) for number, line in enumerate(source.lines, start=1) if CONTROL.search(line)]
    number, line = lines[0]
    index = CONTROL.search(line).start()
    more = ""
    if len(lines) > 1:
        more = " " + nmessage("%(num)d more line has one too (the next is line %(next)d).",
                              "%(num)d more lines have one too (the next is line %(next)d).",
                              len(lines) - 1, next=lines[1][0])
    findings.error(source.where, number, message(
        "this line has an invisible control character, %(character)s, %(place)s, "
        "and a web page or feed cannot contain one. %(todo)s%(more)s",
        character=describe(line[index]), place=_where_in(line, index), todo=_retype(), more=more))
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
            start = (message("right after '%(key)s:'", key=field.key) if number == field.line
                     else message("at the start of the line"))
            named = [f"{describe(ch)} ({_where_in(value, index, start)})" for ch, index in found.items()]
            what = (message("an invisible character, %(named)s", named=named[0]) if len(named) == 1 else
                    message("invisible characters, %(named)s and %(last)s",
                            named=", ".join(named[:-1]), last=named[-1]))
            line = (message("the %(key)s: line", key=field.key) if number == field.line
                    else message("this line of %(key)s:", key=field.key))
            if any(ch in BIDI_CONTROLS for ch in found):
                findings.error(source.where, number, message(
                    "%(line)s has %(what)s; a text-direction character shows the text after it in another "
                    "order than it is written, so it can disguise what the text says. %(todo)s",
                    line=line, what=what, todo=_retype(len(found))))
                ok = False
            elif len(found) == 1:
                findings.warning(source.where, number, message(
                    "%(line)s has %(what)s. The page is built anyway; to remove it, delete the text around it "
                    "and type it again (copying it brings the character along).", line=line, what=what))
            else:
                findings.warning(source.where, number, message(
                    "%(line)s has %(what)s. The page is built anyway; to remove them, delete the text around each "
                    "and type it again (copying it brings the characters along).", line=line, what=what))
    return ok
