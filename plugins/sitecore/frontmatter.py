"""The one front-matter reader: a Markdown source file as an editor sees it, with its
bytes, lines and metadata lines.

The metadata header is parsed the way Python-Markdown's `meta` extension (which
Pelican's MarkdownReader uses) parses it, so a line we call metadata is exactly
a line Pelican reads as metadata, and we know its line number, which Pelican
does not keep. The checks read every file with it; the translation report, the
album texts and `make article` read headers with it too, so no tool sees a
header differently from the build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .messages import message

# The meta extension's own patterns (markdown/extensions/meta.py).
_META = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
_META_MORE = re.compile(r"^[ ]{4,}(?P<value>.*)")
_BEGIN = re.compile(r"^-{3}(\s.*)?")
_END = re.compile(r"^(-{3}|\.{3})(\s.*)?")
_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass
class Field:
    """One `Key: value` line, with the indented lines that continue it."""

    key: str  # as written, e.g. "Galery"
    name: str  # lowercase, as Pelican stores it
    value: str  # the value on the key's own line
    line: int
    more: list[tuple[int, str]] = field(default_factory=list)  # (line, value) of continuation lines


@dataclass
class Source:
    rel: str  # path inside the content folder, with "/": "sr/news/x.md"
    where: str  # path for messages, from the repository root: "content/sr/news/x.md"
    raw: bytes
    text: str | None = None  # None when the file is not UTF-8
    bom: bool = False
    bad_line: int | None = None  # line of the first byte that is not UTF-8
    utf16: bool = False
    lines: list[str] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    header_end: int = 1  # the first line that is not metadata

    @property
    def empty(self) -> bool:
        return self.text is not None and not self.text.strip()

    def first(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def values(self, name: str) -> list[tuple[int, str]]:
        """(line, value) of every value Pelican collects for `name`, in order."""
        return [pair for f in self.fields if f.name == name for pair in [(f.line, f.value), *f.more]]


def read_source(path: str, rel: str, where: str) -> Source:
    with open(path, "rb") as handle:
        raw = handle.read()
    source = Source(rel=rel, where=where, raw=raw)
    data = raw
    if data.startswith(_BOM):
        source.bom = True
        data = data[len(_BOM):]
    if _looks_like_utf16(data):
        # UTF-16 without a byte-order mark decodes as "UTF-8" full of NUL characters.
        source.bad_line, source.utf16 = 1, True
        return source
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        source.bad_line = data[:error.start].count(b"\n") + 1
        source.utf16 = raw.startswith(_UTF16_BOMS) or (len(raw) > 1 and b"\x00" in raw[:200])
        return source
    # Line numbers as an editor's window shows them: \r\n and \r end a line too.
    source.text = text
    source.lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    source.fields, source.header_end = parse_header(source.lines)
    return source


def _looks_like_utf16(data: bytes) -> bool:
    """Every other byte NUL (and the others not): UTF-16 text of mostly Latin letters."""
    sample = data[:400]
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 4:
        return False
    return any(a.count(0) > 0.8 * len(a) and b.count(0) < 0.2 * len(b) for a, b in ((odd, even), (even, odd)))


def parse_header(lines: list[str]) -> tuple[list[Field], int]:
    """The metadata lines at the top, and the number of the first line after them."""
    fields: list[Field] = []
    index = 0
    if lines and _BEGIN.match(lines[0]):
        index = 1
    while index < len(lines):
        # Markdown expands tabs before the meta extension sees the lines.
        line = lines[index].expandtabs(4)
        if not line.strip() or _END.match(line):
            break
        match = _META.match(line)
        if match:
            key = match["key"].strip()
            fields.append(Field(key=key, name=key.lower(), value=match["value"].strip(), line=index + 1))
        else:
            more = _META_MORE.match(line)
            if not (more and fields):
                break
            fields[-1].more.append((index + 1, more["value"].strip()))
        index += 1
    return fields, index + 1


def read_header(path) -> dict[str, str]:
    """The metadata of a file as {lowercase name: value of its first line}; {} when the
    file is not UTF-8 (the build names that problem, with its line)."""
    source = read_source(str(path), str(path), str(path))
    header: dict[str, str] = {}
    for found in source.fields:
        header.setdefault(found.name, found.value)
    return header


def encoding_problem(source: Source) -> str:
    """The message for a file that is not UTF-8 (a source, an album text, captions)."""
    if source.utf16:
        return message("the file is not saved as UTF-8 (it looks like UTF-16, which Notepad calls 'Unicode'); "
                       "the first character that cannot be read is on this line. "
                       "Open the file in your editor and save it with the encoding UTF-8.")
    return message("the file is not saved as UTF-8; the first character that cannot be read is on this line. "
                   "Open the file in your editor and save it with the encoding UTF-8.")
