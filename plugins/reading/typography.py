"""Typography by the text's language: quotes, apostrophes and non-breaking spaces.

Each Markdown file is parsed with this extension set to its own language (the content folder:
content/en/ or content/sr/; an album text by its name, album.en.md). It works on the parsed
tree, after every inline pattern (smarty's dashes and ellipses included) and before the HTML is
written, so it sees text only: never an attribute, a URL, code (`code`, `pre`, `kbd`, `samp`),
raw HTML (kept aside by Markdown as placeholders) or a character escaped with a backslash
(`\\"` stays a straight quote). The Latin edition is transliterated from the Cyrillic HTML
afterwards, which changes letters only, so its quotes and spaces are these.

The rules, kept short on purpose:
- English: "…" becomes “…”, '…' becomes ‘…’, an apostrophe becomes ’ (don’t, ’90s, ’em).
- Serbian: „…“ stays as written; straight "…" becomes „…“; ' between two letters becomes ’;
  other single quotes stay straight (Serbian nests ‚…‘, which cannot be told from a stray ').
- Both: a quote after a digit with no quote open is a prime (5'10", 20") and stays straight;
  a quote with space on both sides stays straight.
- A non-breaking space replaces a space: after a title before a name (Dr, Mr, Mrs, Ms, Prof;
  др, мр, проф.), between a day and its month (9. фебруар, 9 February, February 9), and between
  a number and its unit or % (20 %, 5 km, 100 EUR). Ranges are written without spaces in both
  languages (9–12), so no rule is needed there.
An element with a `lang` attribute (`{lang=en}` in Markdown) gets its own language's rules.
"""

from __future__ import annotations

import bisect
import os
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

NBSP = "\u00a0"
# Stand-ins, one per character, for what the rules must not touch: Markdown's placeholders
# (raw HTML, escaped characters, smarty's entities) are invisible to the quotes around them;
# URLs and code count as a word (a quote after them closes).
_HIDDEN, _WORDLIKE = "\ue000", "\ue001"
_PLACEHOLDER = re.compile("\x02[^\x03]*\x03")
_URL = re.compile(r"(?:https?://|ftp://|mailto:|www\.)[^\s\x02]+|[\w.+-]+@[\w-]+\.[\w.-]+")
_NOT_TEXT = frozenset({"code", "pre", "kbd", "samp", "script", "style", "math", "svg"})
# Elements inside a line of text: quotes may open in one and close in another.
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "del", "dfn", "em", "i", "ins", "mark", "q",
                     "s", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "br", "img"})
_OPENERS = "([{‘“„‚«‹—–-/" + _HIDDEN

_EN_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
              "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")


@dataclass(frozen=True)
class Rules:
    double: tuple[str, str]  # opening, closing
    single: tuple[str, str] | None  # None: single quotes other than apostrophes stay straight
    spaces: tuple[re.Pattern, ...]  # each has one group: the space that becomes non-breaking
    trigger: re.Pattern  # text without a match needs none of `spaces` (a quick test first)
    elisions: tuple[str, ...] = ()  # words a leading apostrophe shortens ('em, 'tis)


RULES = {
    "en": Rules(
        double=("“", "”"), single=("‘", "’"), elisions=("em", "tis", "twas", "n"),
        trigger=re.compile(r"\d|\b(?:Dr|Mr|Mrs|Ms|Prof)\b"),
        spaces=(re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof)\.?( )(?=[A-Z])"),
                re.compile(rf"\b\d{{1,2}}( )(?=(?:{_EN_MONTHS})\b)"),
                re.compile(rf"\b(?:{_EN_MONTHS})( )(?=\d{{1,2}}\b)"),
                re.compile(r"\d( )(?=(?:%|‰|°C|km|m|cm|mm|kg|ha|EUR|RSD|€)(?!\w))"))),
    "sr": Rules(
        double=("„", "“"), single=None, trigger=re.compile(r"\d|\b(?:[дД]р|[мМ]р|[пП]роф)\b"),
        spaces=(re.compile(r"\b(?:[дД]р|[мМ]р|[пП]роф\.)( )(?=[А-ЯЂЈЉЊЋЏA-Z])"),
                re.compile(r"\b\d{1,2}\.( )(?=(?:јануар|фебруар|март|април|мај|јун|јул|август|септемб|октоб"
                           r"|новемб|децемб))"),
                re.compile(r"\d( )(?=(?:%|‰|°C|км|м|см|мм|кг|ха|дин\.|EUR|RSD|€)(?!\w))"))),
}

_QUOTE = re.compile("[\"']")
_WORD = re.compile(r"[^\W\d]+")
_TRIGGER = re.compile("|".join([_QUOTE.pattern, *(rules.trigger.pattern for rules in RULES.values())]))


def text_language(path: str, settings: dict) -> str | None:
    """The language of a Markdown file: the language part of PATH_METADATA (its folder), else a
    name such as album.en.md; else DEFAULT_LANG, as Pelican itself decides."""
    rel = os.path.relpath(os.path.abspath(path), settings.get("PATH") or ".").replace(os.sep, "/")
    match = re.match(settings.get("PATH_METADATA") or "", rel)
    lang = match.groupdict().get("lang") if match else None
    if lang not in RULES:
        parts = rel.rsplit("/", 1)[-1].split(".")
        lang = parts[-2] if len(parts) >= 3 else None
    return lang if lang in RULES else settings.get("DEFAULT_LANG")


class _Stream:
    """The text of one block as one string, each character with its place and language."""

    def __init__(self):
        self.parts: list[tuple[etree.Element | None, str, str, str]] = []  # element, field, text, lang

    def add(self, element, field: str, text: str, lang: str | None) -> None:
        self.parts.append((element, field, text, lang))


def _collect(element: etree.Element, lang: str | None, stream: _Stream, blocks: list) -> None:
    if element.text:
        if isinstance(element.text, AtomicString):
            stream.add(None, "", _WORDLIKE, lang)
        else:
            stream.add(element, "text", element.text, lang)
    for child in element:
        child_lang = _lang_of(child, lang)
        if not isinstance(child.tag, str) or child.tag in _NOT_TEXT:
            stream.add(None, "", _WORDLIKE, lang)
        elif child.tag in _INLINE:
            _collect(child, child_lang, stream, blocks)
        else:
            blocks.append((child, child_lang))
            stream.add(None, "", " ", lang)  # a block ends the line of text around it
        if child.tail and not isinstance(child.tail, AtomicString):
            stream.add(child, "tail", child.tail, lang)


def _lang_of(element: etree.Element, inherited: str | None) -> str | None:
    lang = (element.get("lang") or "").split("-")[0].lower()
    return lang if lang in RULES else (None if lang else inherited)


def _masked(text: str) -> str:
    """`text` with every placeholder and URL replaced by stand-ins of the same length."""
    if "\x02" in text:
        text = _PLACEHOLDER.sub(lambda m: _HIDDEN * len(m.group()), text)
    if "/" in text or "@" in text or "www." in text:
        text = _URL.sub(lambda m: _WORDLIKE * len(m.group()), text)
    return text


class _Text:
    """One block's masked text, the language of each part, and the characters changed so far."""

    def __init__(self, masked: str, starts: list[int], langs: list[str | None]):
        self.masked, self.starts, self.langs = masked, starts, langs
        self.changes: dict[int, str] = {}

    def lang_at(self, i: int) -> str | None:
        return self.langs[bisect.bisect_right(self.starts, i) - 1]

    def neighbour(self, i: int, step: int) -> str:
        i += step
        while 0 <= i < len(self.masked) and self.masked[i] == _HIDDEN:
            i += step
        return self.changes.get(i, self.masked[i]) if 0 <= i < len(self.masked) else " "


def _quotes(text: _Text) -> None:
    open_double = open_single = False
    for match in _QUOTE.finditer(text.masked):
        i, c = match.start(), match.group()
        rules = RULES.get(text.lang_at(i))
        if rules is None:
            continue
        before, after = text.neighbour(i, -1), text.neighbour(i, 1)
        opening = before.isspace() or before in _OPENERS
        if c == "'" and (before.isalnum() or before == _WORDLIKE) and after.isalpha():
            text.changes[i] = "’"  # an apostrophe inside a word: don't, O'Brien, 1990's
        elif after.isspace() and opening:
            continue  # a quote standing alone
        elif c == '"':
            if not opening and before.isdigit() and not open_double:
                continue  # a prime: 20" (inches)
            text.changes[i], open_double = rules.double[0 if opening else 1], opening
        elif rules.single:
            word = _WORD.match(text.masked, i + 1)
            if opening and (after.isdigit() or (word and word.group().lower() in rules.elisions)):
                text.changes[i] = "’"  # '90s, 'em
            elif not opening and before.isdigit() and not open_single:
                continue  # a prime: 5' (feet)
            else:
                text.changes[i], open_single = rules.single[0 if opening else 1], opening


def _spaces(text: _Text) -> None:
    for lang, rules in RULES.items():
        if lang not in text.langs or not rules.trigger.search(text.masked):
            continue
        for pattern in rules.spaces:
            for match in pattern.finditer(text.masked):
                if text.lang_at(match.start(1)) == lang:
                    text.changes[match.start(1)] = NBSP


def _apply(stream: _Stream) -> None:
    original = "".join(part for _, _, part, _ in stream.parts)
    if not _TRIGGER.search(original):
        return  # most paragraphs: no quote, no digit, no title
    starts, pos = [], 0
    for _, _, part, _ in stream.parts:
        starts.append(pos)
        pos += len(part)
    text = _Text("".join(_masked(part) for _, _, part, _ in stream.parts), starts,
                 [lang for _, _, _, lang in stream.parts])
    _quotes(text)
    _spaces(text)
    if not text.changes:
        return
    for (element, field, part, _), start in zip(stream.parts, starts):
        changed = [(i - start, c) for i, c in text.changes.items() if start <= i < start + len(part)]
        if element is not None and changed:
            chars = list(part)
            for i, c in changed:
                chars[i] = c
            setattr(element, field, "".join(chars))


class TypographyTreeprocessor(Treeprocessor):
    def __init__(self, md, lang: str | None):
        super().__init__(md)
        self.lang = lang

    def run(self, root: etree.Element) -> None:
        blocks = [(root, _lang_of(root, self.lang))]
        while blocks:
            element, lang = blocks.pop()
            if element.tag in _NOT_TEXT:
                continue
            stream = _Stream()
            _collect(element, lang, stream, blocks)
            _apply(stream)


class TypographyExtension(Extension):
    """The rules of one language (`lang`: "en", "sr"; another language: none)."""

    def __init__(self, **kwargs):
        self.config = {"lang": ["", "the language of the text"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:
        # After smarty (6) and the table of contents (5), which read the text as typed; before
        # the escaped characters come back (unescape, 0), so "\"" stays straight.
        md.treeprocessors.register(TypographyTreeprocessor(md, self.getConfig("lang") or None), "typography", 3)


def _typographic(cls: type) -> type:
    """A subclass of the Markdown reader `cls` that parses each file with its language's rules."""
    def read(self, path):
        settings = self.settings
        markdown = settings["MARKDOWN"]
        extension = TypographyExtension(lang=text_language(path, settings))
        self.settings = {**settings, "MARKDOWN": {**markdown, "extensions": [*markdown.get("extensions", []),
                                                                            extension]}}
        try:
            return cls.read(self, path)
        finally:
            self.settings = settings

    # The same name: Pelican's "reader" metadata is made from it.
    return type(cls.__name__, (cls,), {"read": read, "__module__": cls.__module__})


def install(readers) -> None:
    """`readers_init`: every Markdown reader applies the typography of the file's language."""
    from pelican.readers import MarkdownReader

    for fmt, cls in list(readers.reader_classes.items()):
        if isinstance(cls, type) and issubclass(cls, MarkdownReader):
            readers.reader_classes[fmt] = _typographic(cls)
