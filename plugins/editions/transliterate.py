"""Serbian Cyrillic -> Latin transliteration (one way only; Latin is never
turned back into Cyrillic, because that mapping is ambiguous: "nj" vs "н"+"ј").

Public helpers:

* ``cyr_to_lat(text)``          plain text, letter by letter (official table).
* ``transliterate_text(text)``  the same, but URLs and e-mail addresses are kept
  byte for byte (for titles, summaries, feed entries, captions).
* ``transliterate_html(html)``  markup-aware; see below.
* ``has_cyrillic(text)``        True if the text contains any Cyrillic letter.

Capital Љ, Њ, Џ become "LJ"/"NJ"/"DŽ" inside an ALL-CAPS word (ЉУБАВ -> LJUBAV,
НАЏ -> NADŽ) and "Lj"/"Nj"/"Dž" otherwise (Љубав -> Ljubav).  A lone capital
(a one-letter word such as an initial) takes the case of an adjacent word:
"Џ. ЏАКОВИЋ" -> "DŽ. DŽAKOVIĆ", but "Џ. Џаковић" and a bare "Џ" -> "Dž".
Characters that are not Serbian Cyrillic (Latin, digits, ы, ...) pass unchanged.

``transliterate_html`` scans the document and rebuilds it from the original
slices, so everything it does not translate stays byte-identical: tag names,
entities, comments, doctype, and all attributes except the human-readable
``alt``, ``title``, ``aria-label`` and ``placeholder``.  The contents of
<code>, <pre>, <kbd>, <samp>, <script>, <style> and <textarea> are left alone
(textarea holds a form value, like the untouched ``value`` attribute).

Escape -- keep a term exactly as written (a Cyrillic name, a quotation)::

    <span class="no-translit">Ниш</span>

Any element whose class list contains ``no-translit`` is kept unchanged with
everything inside it, nested tags included; so is any element with the HTML
attribute ``translate="no"``.  In Markdown write the span as inline HTML.
Text after the element is transliterated again.
An escaped element must have an explicit end tag (an unclosed one would keep
the rest of the document unchanged).
"""

from __future__ import annotations

import re
import unicodedata

from sitecore.serbian import CYRILLIC as _CYRILLIC, LATIN as _LATIN

# Capitals default to title case ("Lj"); the regex pass below fixes ALL CAPS.
_TABLE = str.maketrans(
    {**dict(zip(_CYRILLIC, _LATIN)), **{c.upper(): lat.capitalize() for c, lat in zip(_CYRILLIC, _LATIN)}}
)
_ALL_CAPS = {"Љ": "LJ", "Њ": "NJ", "Џ": "DŽ"}
_CAP_DIGRAPH = re.compile("[ЉЊЏ]")
_SERBIAN = re.compile(f"[{_CYRILLIC}{_CYRILLIC.upper()}]")
_ANY_CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")

# A one-letter word looks past a short gap (". ", " - ") at the nearest word.
_WORD_AFTER = re.compile(r"\W{1,3}([^\W\d_]{2,})")
_WORD_BEFORE = re.compile(r"([^\W\d_]{2,})\W{1,3}\Z")

# URLs and e-mail addresses are identifiers, not prose: they must not change.
# The lookbehinds make the scan start only at word starts (keeps it linear).
_MAYBE_PROTECTED = re.compile(r"@|://|www\.", re.I)
_PROTECTED = re.compile(
    r"(?<![\w+.-])(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>\"'«»„“”‘’]+"
    r"|(?<![\w.+%-])[\w.+%-]+@[\w-]+(?:\.[\w-]+)+",
    re.I,
)


def has_cyrillic(text: str) -> bool:
    """True if ``text`` contains a Cyrillic character (any language)."""
    return _ANY_CYRILLIC.search(text) is not None


def _letter(s: str, i: int, step: int) -> str:
    """The letter at ``i`` (skipping combining accents), or '' for a non-letter."""
    while 0 <= i < len(s) and unicodedata.combining(s[i]):
        i += step
    return s[i] if 0 <= i < len(s) and s[i].isalpha() else ""


def _is_caps_word(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _capital_digraph(m: re.Match) -> str:
    s, i = m.string, m.start()
    after = _letter(s, i + 1, 1)
    if after:  # the next letter decides: ЏЕП -> DŽEP, Џеп -> Džep
        caps = after.isupper()
    else:
        before = _letter(s, i - 1, -1)
        if before:  # end of a word: НАЏ -> NADŽ
            caps = before.isupper()
        else:  # a one-letter word: follow an adjacent ALL-CAPS word, if any
            nxt = _WORD_AFTER.match(s, i + 1)
            prv = _WORD_BEFORE.search(s, max(0, i - 64), i)
            caps = bool(nxt and _is_caps_word(nxt.group(1)) or prv and _is_caps_word(prv.group(1)))
    return _ALL_CAPS[m.group()] if caps else m.group().translate(_TABLE)


def cyr_to_lat(text: str) -> str:
    """Transliterate Serbian Cyrillic letters in ``text`` to Serbian Latin."""
    if "Љ" in text or "Њ" in text or "Џ" in text:
        text = _CAP_DIGRAPH.sub(_capital_digraph, text)
    return text.translate(_TABLE)


def transliterate_text(text: str) -> str:
    """Like ``cyr_to_lat`` but URLs and e-mail addresses stay unchanged."""
    if not _SERBIAN.search(text):
        return text
    if not _MAYBE_PROTECTED.search(text):
        return cyr_to_lat(text)
    out, pos = [], 0
    for m in _PROTECTED.finditer(text):
        out += [cyr_to_lat(text[pos : m.start()]), m.group()]
        pos = m.end()
    out.append(cyr_to_lat(text[pos:]))
    return "".join(out)


# --- HTML -------------------------------------------------------------------

_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comment (an unterminated one runs to the end)
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*>?"  # doctype, processing instruction
    r"|<(?P<end>/?)(?P<name>[A-Za-z][^\s/>]*)(?P<attrs>(?:\"[^\"]*\"|'[^']*'|[^'\">])*)>",
    re.S,
)
# One attribute, with or without a value; matching whole attributes in turn
# means a quoted value is never mistaken for attributes.
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+))?""")
_TEXT_ATTRS = frozenset({"alt", "title", "aria-label", "placeholder"})
_KEEP_ELEMENTS = frozenset({"code", "pre", "kbd", "samp", "script", "style", "textarea"})
# Raw text: everything up to the end tag is text, even "<b>" (the HTML rule).
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
_RAW_END = {name: re.compile(rf"</{name}[\s/>]", re.I) for name in _RAW_TEXT}
# "<x/>" or '<x a="b" />', but not "<a href=/news/>" (an unquoted value).
_SELF_CLOSING = re.compile(r"(?:\A|[\s\"'])/\s*\Z")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _attributes(attrs: str) -> dict[str, str]:
    return {m.group(1).lower(): (m.group(3) or "").strip("\"'") for m in _ATTR.finditer(attrs)}


def _is_escaped(attrs: str) -> bool:
    if "no-translit" not in attrs and "translate" not in attrs.lower():
        return False
    found = _attributes(attrs)
    return "no-translit" in found.get("class", "").split() or found.get("translate", "").strip().lower() == "no"


def _translate_attr(m: re.Match) -> str:
    value = m.group(3)
    if value is None or m.group(1).lower() not in _TEXT_ATTRS or not _SERBIAN.search(value):
        return m.group()
    quote = value[0] if value[0] in "\"'" else ""
    inner = value[1:-1] if quote else value
    return m.group(1) + m.group(2) + quote + transliterate_text(inner) + quote


def transliterate_html(html: str) -> str:
    """Transliterate the text and human-readable attributes of an HTML fragment
    or document; everything else is copied byte for byte (see module doc)."""
    if not _SERBIAN.search(html):
        return html
    out: list[str] = []
    keep: list = []  # [tag name, depth] while inside an element kept unchanged
    pos = 0
    while True:
        m = _TOKEN.search(html, pos)
        text = html[pos : m.start() if m else len(html)]
        out.append(text if keep else transliterate_text(text))
        if m is None:
            return "".join(out)
        pos = m.end()
        name = m.group("name")
        if name is None:  # comment, CDATA, doctype: never touched
            out.append(m.group())
            continue
        name, attrs, closing = name.lower(), m.group("attrs"), bool(m.group("end"))
        self_closing = name in _VOID or _SELF_CLOSING.search(attrs) is not None
        if keep:
            out.append(m.group())
            if name == keep[0] and not self_closing:  # count same-name nesting
                keep[1] += -1 if closing else 1
                if keep[1] == 0:
                    keep = []
        elif closing or _is_escaped(attrs):
            out.append(m.group())
            if not closing and not self_closing:
                keep = [name, 1]
        else:
            head = m.group()[: m.start("attrs") - m.start()]
            out.append(head + _ATTR.sub(_translate_attr, attrs) + ">")
            if name in _KEEP_ELEMENTS and not self_closing:
                keep = [name, 1]
        if name in _RAW_TEXT and not closing:
            # Jump to the end tag so "<b>" or "</span>" inside a script is not a tag.
            end = _RAW_END[name].search(html, pos)
            raw = html[pos : end.start() if end else len(html)]
            out.append(transliterate_text(raw) if name == "title" and not keep else raw)
            pos += len(raw)
