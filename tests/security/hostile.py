"""The hostile site of the escaping tests (test_escaping*.py).

One real site is built whose every metadata field carries hostile text: article and page
titles, tags, category names, the summary, album titles, captions, photo metadata, the
galleries index title, in all three editions (sr-Latn made by transliteration) and in
fallback copies. Then every HTML file of the output is walked, every feed is parsed, and
each template of the theme must have rendered a page that was checked.
"""

from __future__ import annotations

import runpy
from pathlib import Path

from conftest import ROOT, GallerySite
from editions.transliterate import transliterate_text

PLUGINS = runpy.run_path(str(ROOT / "pelicanconf.py"))["PLUGINS"]  # every plugin of the site

SCRIPT = "<script>alert(1)</script>"
ATTR = '"><img src=x onerror=alert(1)>'
ENTITY = "&lt;/title&gt;&lt;script&gt;x"
# Cyrillic markup: transliterated to <b onmouseover=alert(1)> in sr-Latn, where it must stay text.
CYRILLIC = "<б onmouseover=алерт(1)>"
HOSTILE = f"{SCRIPT} {ATTR} {ENTITY}"

ARTICLE_TITLE = f"Вест {HOSTILE} {CYRILLIC}"
ARTICLE_SLUG = "vest-alert1-titlescriptx"
EN_ARTICLE_SLUG = "news-alert1-titlescriptx"  # a translation's address is made from its own title
# Quotes escaped with a backslash stay straight (the typography of reading would curl them), so a
# '"' still reaches the attribute that must escape it.
SUMMARY = f'Кратак \\"опис\\" {ENTITY}'
# The meta description is the summary as text: Markdown kept the entities, striptags decoded them.
SUMMARY_TEXT = 'Кратак "опис" </title><script>x'
PLAIN_TITLE = "Без сажетка"  # an article without Summary: its first words make the description
FIRST_WORDS = 'Он рече "здраво" и оде.'
FIRST_WORDS_SOURCE = FIRST_WORDS.replace('"', '\\"')
EN_TITLE = f"News {HOSTILE}"
# Not ENTITY: a ";" in Tags: makes Pelican split the line at semicolons instead of commas.
TAGS = [f"Ознака {SCRIPT}", f"{ATTR} ознака", "</title><script>x"]
TAG_SLUGS = ["oznaka-alert1", "oznaka", "x"]
PAGE_TITLE = f"Страна {HOSTILE}"
PAGE_SLUG = "strana-alert1-titlescriptx"
EN_PAGE_SLUG = "page-alert1-titlescriptx"
FALLBACK_TITLE = f"Само српски {SCRIPT}"  # no English translation: a fallback copy in /en/
FALLBACK_SLUG = "samo-srpski-alert1"
CATEGORY = {"sr": f"Вести {SCRIPT}", "en": f"News {ATTR}"}
GALLERIES = {"sr": f"Галерије {ATTR}", "en": f"Galleries {SCRIPT}"}
ALBUM = "2018-01-26-visit"
ALBUM_TITLE = f"Албум {HOSTILE}"
CAPTION = f"Натпис {HOSTILE}"
# Event lines (plugins/events): the name, the venue and city, the address and the organiser are text.
EVENT_NAME = f"Догађај {HOSTILE} {CYRILLIC}"
EVENT_PLACE = f"Сала {SCRIPT}, Ниш {ATTR}"
EVENT_REGISTRATION = "https://example.org/?a=1&b='2'"
KEEP = '<span class="keep">задржи</span>'  # raw HTML of the Markdown text: trusted, kept

EDITIONS = {"": "sr-Cyrl", "en/": "en", "sr-latn/": "sr-Latn"}


def at(prefix: str, url: str) -> str:
    """A page's URL in an edition: the English translations have addresses of their own."""
    if prefix == "en/":
        url = url.replace(ARTICLE_SLUG, EN_ARTICLE_SLUG).replace(PAGE_SLUG, EN_PAGE_SLUG)
    return prefix + url
SITE = "https://site.invalid/"  # a base for resolving the pages' relative links


def latin(prefix: str, text: str) -> str:
    """`text` as the edition at `prefix` shows it."""
    return transliterate_text(text) if prefix == "sr-latn/" else text


def build(folder: Path):
    """Build the hostile site in `folder` with every plugin of the site; the built site."""
    s = GallerySite(folder)
    g = f"galleries/{ALBUM}/"
    s.photo(g + "IMG_0001.jpg", size=(640, 480), extra_exif={0x010E: SCRIPT, 0x013B: ATTR})
    s.photo(g + "IMG_0002.jpg", size=(640, 480))
    tags = ", ".join(TAGS)
    s.write({
        g + "album.sr.md": f"Title: {ALBUM_TITLE}\nDate: 2018-01-26 10:00\n\nОпис албума {KEEP}.\n",
        g + "captions.sr.txt": f"IMG_0001.jpg: {CAPTION}\n",
        "sr/news/2018-01-27-vest.md": (
            f"Title: {ARTICLE_TITLE}\nDate: 2018-01-27 10:00\nTags: {tags}\nSummary: {SUMMARY}\n"
            f"Event-name: {EVENT_NAME}\nEvent-start: 2018-02-09 10:00\nEvent-end: 12:00\n"
            f"Event-place: {EVENT_PLACE}\nEvent-address: {ATTR}\nEvent-organiser: {SCRIPT}\n"
            f"Event-registration: {EVENT_REGISTRATION}\n"
            f"Gallery: {ALBUM}\n\nТекст са {KEEP} и &lt;скрипт&gt; као текст.\n\n"
            f"![]({{photo}}{ALBUM}/IMG_0001.jpg)\n"
        ),
        "en/news/2018-01-27-vest.md": (
            f"Title: {EN_TITLE}\nDate: 2018-01-27 10:00\nTags: {TAGS[0]}\nSummary: A \\\"short\\\" one.\n"
            f"Event-name: {EVENT_NAME}\nEvent-start: 2018-02-09 10:00\nEvent-end: 12:00\n"
            f"Event-place: {EVENT_PLACE}\nEvent-address: {ATTR}\nEvent-organiser: {SCRIPT}\n"
            f"Event-registration: {EVENT_REGISTRATION}\n"
            f"Gallery: {ALBUM}\n\n"
            f"The text with {KEEP}.\n"
        ),
        "sr/news/2018-01-28-bez.md": f"Title: {PLAIN_TITLE}\nDate: 2018-01-28 10:00\n\n{FIRST_WORDS_SOURCE}\n",
        "sr/news/2018-01-29-samo.md": f"Title: {FALLBACK_TITLE}\nDate: 2018-01-29 10:00\nTags: {TAGS[2]}\n\nСамо.\n",
        "sr/pages/strana.md": f"Title: {PAGE_TITLE}\nOrder: 1\n\nСтрана {KEEP}.\n",
        "en/pages/strana.md": f"Title: Page {HOSTILE}\nOrder: 1\n\nA page {KEEP}.\n",
    })
    built = s.build(
        fatal="errors", PLUGINS=PLUGINS, DEFAULT_PAGINATION=1,
        EDITIONS_CATEGORY_NAMES={"news": CATEGORY}, GALLERY_INDEX_TITLES=GALLERIES,
    )
    assert built.returncode == 0, built.log
    return built


def html_files(site) -> list[Path]:
    return sorted(p for p in site.output.rglob("*.html") if ".build" not in p.parts)


def url_of(site, path: Path) -> str:
    rel = path.relative_to(site.output).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel
