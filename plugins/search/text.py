"""The words a search finds: a page's HTML as one line of plain text.

Block elements and line breaks separate words; every run of white space becomes one
space, so the text splits into words by spaces alone, the way Pagefind counts word
positions (the Cyrillic edition's excerpt is rebuilt from those positions). A zero-width
space would make a word of its own for Python but none for Pagefind: it is dropped.
Scripts, styles and templates are not text.
"""

from __future__ import annotations

from html.parser import HTMLParser

BLOCKS = frozenset("""
    address article aside blockquote br caption dd details div dl dt figcaption figure footer
    h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th
    thead tr ul
""".split())
HIDDEN = frozenset(("script", "style", "template"))
INVISIBLE = dict.fromkeys(map(ord, "\u200b\ufeff"))  # zero-width space, zero-width no-break space


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def plain_text(html: str) -> str:
    """The text of an HTML fragment: words separated by single spaces."""
    parser = _Text()
    parser.feed(html or "")
    parser.close()
    return words("".join(parser.parts))


def words(text: str) -> str:
    """`text` with invisible characters dropped and white space made single spaces."""
    return " ".join(text.translate(INVISIBLE).split())
