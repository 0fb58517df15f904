"""Markup in editors' text never becomes markup on the site (README, "Add an article").

One real site is built whose every metadata field carries hostile text: article and page
titles, tags, category names, the summary, album titles, captions, photo metadata, the
galleries index title, in all three editions (sr-Latn made by transliteration) and in
fallback copies. Then every HTML file of the output is walked, every feed is parsed, and
each template of the theme must have rendered a page that was checked.
"""

from __future__ import annotations

import runpy
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

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


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    s = GallerySite(tmp_path_factory.mktemp("hostile"))
    g = f"galleries/{ALBUM}/"
    s.photo(g + "IMG_0001.jpg", size=(640, 480), extra_exif={0x010E: SCRIPT, 0x013B: ATTR})
    s.photo(g + "IMG_0002.jpg", size=(640, 480))
    tags = ", ".join(TAGS)
    s.write({
        g + "album.sr.md": f"Title: {ALBUM_TITLE}\nDate: 2018-01-26 10:00\n\nОпис албума {KEEP}.\n",
        g + "captions.sr.txt": f"IMG_0001.jpg: {CAPTION}\n",
        "sr/news/2018-01-27-vest.md": (
            f"Title: {ARTICLE_TITLE}\nDate: 2018-01-27 10:00\nTags: {tags}\nSummary: {SUMMARY}\n"
            f"Gallery: {ALBUM}\n\nТекст са {KEEP} и &lt;скрипт&gt; као текст.\n\n"
            f"![]({{photo}}{ALBUM}/IMG_0001.jpg)\n"
        ),
        "en/news/2018-01-27-vest.md": (
            f"Title: {EN_TITLE}\nDate: 2018-01-27 10:00\nTags: {TAGS[0]}\nSummary: A \\\"short\\\" one.\n"
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


# --- every page ---------------------------------------------------------------------------

def test_every_page_has_only_our_scripts_and_no_injected_markup(site):
    pages = html_files(site)
    assert len(pages) > 40, [url_of(site, p) for p in pages]
    for path in pages:
        html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        where = url_of(site, path)
        for script in html.find_all("script"):  # ours: a file of the theme (or its vendor folder)
            src = urljoin(SITE + where, script.get("src", ""))
            assert script.get("src") and src.startswith(SITE + "theme/"), (where, str(script))
            assert not script.string, (where, str(script))
        for element in html.find_all(True):
            handlers = [name for name in element.attrs if name.lower().startswith("on")]
            assert not handlers, (where, str(element)[:200])
        assert not html.find_all("img", src="x"), where
        for name in ("б", "b"):
            assert not [e for e in html.find_all(name) if e.has_attr("onmouseover")], where
        assert len(html.find_all("title")) == 1 and not html.body.find("title"), where


@pytest.mark.parametrize("prefix", EDITIONS)
def test_menu_of_every_page_shows_the_page_title_as_typed(site, prefix):
    title = {"": PAGE_TITLE, "en/": f"Page {HOSTILE}", "sr-latn/": latin("sr-latn/", PAGE_TITLE)}[prefix]
    galleries = GALLERIES["en" if prefix == "en/" else "sr"]
    pages = [p for p in html_files(site) if url_of(site, p).startswith(prefix)
             and not any(url_of(site, p).startswith(o) for o in EDITIONS if o and o != prefix)]
    assert pages
    for path in pages:
        nav = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find("nav", class_="site-nav")
        texts = [a.get_text() for a in nav.find_all("a")]
        assert title in texts and latin(prefix, galleries) in texts, (url_of(site, path), texts)


# --- titles, headings and lists -----------------------------------------------------------

@pytest.mark.parametrize("prefix", EDITIONS)
def test_article_title_and_description_are_text(site, prefix):
    html = site.html(at(prefix, f"news/{ARTICLE_SLUG}/"))
    title = EN_TITLE if prefix == "en/" else latin(prefix, ARTICLE_TITLE)
    assert html.title.get_text().startswith(title + " – ")
    assert html.h1.get_text() == title
    summary = 'A "short" one.' if prefix == "en/" else latin(prefix, SUMMARY_TEXT)
    assert html.find("meta", attrs={"name": "description"})["content"] == summary
    tags = [a.get_text() for a in html.select("ul.tags a")]
    assert tags == ([TAGS[0]] if prefix == "en/" else [latin(prefix, t) for t in TAGS])
    category = html.select_one("p.meta a").get_text()
    assert category == (CATEGORY["en"] if prefix == "en/" else latin(prefix, CATEGORY["sr"]))


@pytest.mark.parametrize("prefix", ["", "sr-latn/"])
def test_description_of_an_article_without_summary_keeps_its_quotes(site, prefix):
    slug = "bez-sazetka"
    html = site.html(f"{prefix}news/{slug}/")
    assert html.find("meta", attrs={"name": "description"})["content"] == latin(prefix, FIRST_WORDS)


def listing(site, url: str) -> list[str]:
    """The link texts of a list page and of its later pages (page/2/, ...)."""
    texts, n, page = [], 1, url
    while site.path(page).exists():
        texts += [a.get_text() for a in site.html(page).select("main a")]
        n += 1
        page = f"{url}page/{n}/"
    return texts


@pytest.mark.parametrize("prefix", EDITIONS)
def test_lists_show_titles_as_typed(site, prefix):
    title = EN_TITLE if prefix == "en/" else latin(prefix, ARTICLE_TITLE)
    tag = TAGS[0] if prefix == "en/" else latin(prefix, TAGS[0])
    for url in ["", "archives/", f"tag/{TAG_SLUGS[0]}/", "category/news/"]:
        assert title in listing(site, prefix + url), prefix + url
    tag_page = site.html(f"{prefix}tag/{TAG_SLUGS[0]}/")
    assert tag in tag_page.h1.get_text() and tag in tag_page.title.get_text()
    assert tag in [a.get_text() for a in site.html(prefix + "tags/").select("ul.term-list a")]
    category = CATEGORY["en"] if prefix == "en/" else latin(prefix, CATEGORY["sr"])
    assert site.html(prefix + "category/news/").h1.get_text() == category
    assert category in [a.get_text() for a in site.html(prefix + "categories/").select("ul.term-list a")]


@pytest.mark.parametrize("prefix", EDITIONS)
def test_pages_and_fallback_copies_show_titles_as_typed(site, prefix):
    title = f"Page {HOSTILE}" if prefix == "en/" else latin(prefix, PAGE_TITLE)
    html = site.html(at(prefix, f"{PAGE_SLUG}/"))
    assert html.h1.get_text() == title and html.title.get_text().startswith(title + " – ")
    fallback = site.html(f"{prefix}news/{FALLBACK_SLUG}/")
    assert fallback.h1.get_text() == latin(prefix, FALLBACK_TITLE)
    assert fallback.title.get_text().startswith(latin(prefix, FALLBACK_TITLE) + " – ")


# --- galleries ----------------------------------------------------------------------------

@pytest.mark.parametrize("prefix", EDITIONS)
def test_album_texts_and_captions_are_text(site, prefix):
    html = site.html(f"{prefix}galleries/{ALBUM}/")
    title = latin(prefix, ALBUM_TITLE)
    assert html.h1.get_text() == title and html.title.get_text().startswith(title + " – ")
    # the description is the album's own text as text (its trusted markup stripped), else a sentence
    description = html.find("meta", attrs={"name": "description"})["content"]
    if prefix == "en/":
        assert description.startswith("This page is available only in Serbian.")
    else:
        assert description == latin(prefix, "Опис албума задржи.")
    caption = latin(prefix, CAPTION)
    link = html.select_one("ul.gallery-grid a[data-caption]")
    assert link["data-caption"] == caption and link.img["alt"] == caption
    untitled = html.select("ul.gallery-grid a")[1].img["alt"]
    assert untitled.endswith(title), untitled  # "Photo 2 of 2, <album title>"
    index = site.html(f"{prefix}galleries/")
    assert [s.get_text() for s in index.select("span.album-title")] == [title]
    assert index.h1.get_text() == latin(prefix, GALLERIES["en" if prefix == "en/" else "sr"])
    article = site.html(at(prefix, f"news/{ARTICLE_SLUG}/"))
    assert article.select_one("section.gallery-embed h2").get_text() == title
    if prefix != "en/":  # a {photo} image without alt text is described by its caption
        assert article.select_one("div.content img")["alt"] == caption


def test_photo_metadata_is_never_published(site):
    images = [p for p in (site.output / "galleries" / "images").rglob("*") if p.is_file()]
    assert images
    for path in images:
        assert b"alert(1)" not in path.read_bytes(), path


def test_viewer_data_carries_the_text(site):
    """The viewer (gallery.js) reads its texts from data-* attributes, not from inline JSON
    (no inline script passes the first test): they hold the text as typed."""
    for prefix in EDITIONS:
        grid = site.html(f"{prefix}galleries/{ALBUM}/").select_one("ul.gallery-grid")
        assert grid["data-label-position"].count("{num}") == 1, grid["data-label-position"]
        assert grid.select_one("a[data-caption]")["data-caption"] == latin(prefix, CAPTION)


# --- the trusted side ---------------------------------------------------------------------

@pytest.mark.parametrize("prefix", EDITIONS)
def test_raw_html_of_the_markdown_text_stays_markup(site, prefix):
    for url in [f"news/{ARTICLE_SLUG}/", f"{PAGE_SLUG}/", f"galleries/{ALBUM}/"]:
        html = site.html(at(prefix, url))
        assert html.select_one("div.content span.keep"), prefix + url
    article = site.html(at(prefix, f"news/{ARTICLE_SLUG}/")).select_one("div.content")
    if prefix != "en/":  # an entity in the text stays text, also once transliterated
        assert latin(prefix, "<скрипт>") in article.get_text()
        assert not article.find(latin(prefix, "скрипт"))


# --- feeds --------------------------------------------------------------------------------

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize("prefix", EDITIONS)
def test_feeds_carry_titles_as_typed_and_no_live_markup(site, prefix):
    title = EN_TITLE if prefix == "en/" else latin(prefix, ARTICLE_TITLE)
    for name in ("all.atom.xml", "all.rss.xml"):
        root = ET.parse(site.path(f"{prefix}feeds/{name}")).getroot()
        titles = [e for e in root.iter() if e.tag in ("title", ATOM + "title")]
        categories = [e for e in root.iter() if e.tag in ("category", ATOM + "category")]
        for element in titles + categories:
            assert len(element) == 0, (name, ET.tostring(element))
        assert title in [e.text for e in titles], (name, [e.text for e in titles])
        terms = [e.get("term") or e.text for e in categories]
        expected_tag = TAGS[0] if prefix == "en/" else latin(prefix, TAGS[0])
        assert expected_tag in terms, terms
        for summary in [e for e in root.iter() if e.tag in (ATOM + "summary", "description")]:
            html = BeautifulSoup(summary.text or "", "html.parser")
            assert not html.find("script") and not html.find("img", src="x"), summary.text


# --- every template was exercised -----------------------------------------------------------

# Each template of the theme, with a page of the hostile site it renders and a selector for
# its markup there. A template without an entry fails the test: add one, with hostile input.
TEMPLATES = {
    "base.html": ("", "header.site-header nav.site-nav"),
    "index.html": ("", "main > ul.article-list"),
    "archives.html": ("archives/", "ul.archive-list"),
    "article.html": (f"news/{ARTICLE_SLUG}/", "article.article"),
    "page.html": (f"{PAGE_SLUG}/", "article.page"),
    "tag.html": (f"tag/{TAG_SLUGS[0]}/", "main > ul.article-list"),
    "tags.html": ("tags/", "ul.term-list"),
    "category.html": ("category/news/", "main > ul.article-list"),
    "categories.html": ("categories/", "ul.term-list"),
    "404.html": ("404.html", "main > h1"),
    "album.html": (f"galleries/{ALBUM}/", "article.album"),
    "galleries.html": ("galleries/", "article.galleries ul.album-list"),
    "partials/article_list.html": ("", "ul.article-list div.summary"),
    "partials/assets.html": ("", "link[rel=stylesheet]"),
    "partials/description.html": (f"news/{ARTICLE_SLUG}/", "meta[name=description]"),
    "partials/gallery.html": (f"news/{ARTICLE_SLUG}/", "section.gallery-embed ul.gallery-grid"),
    "partials/head_links.html": ("", "link[rel=alternate][hreflang]"),
    "partials/notices.html": (f"en/news/{FALLBACK_SLUG}/", "p.notice"),
    "partials/pagination.html": ("page/2/", "nav.pagination"),
    "partials/switcher.html": ("", "nav.switcher"),
}


def test_every_template_rendered_a_checked_page(site):
    theme = ROOT / "theme" / "templates"
    found = sorted(p.relative_to(theme).as_posix() for p in theme.rglob("*.html"))
    assert found == sorted(TEMPLATES), "a template without a hostile page: add it to TEMPLATES"
    checked = {url_of(site, p) for p in html_files(site)}
    for template, (url, selector) in TEMPLATES.items():
        for prefix in EDITIONS:
            page = url if url.startswith("en/") else at(prefix, url)
            assert page in checked, (template, page)
            assert site.html(page).select_one(selector), (template, page, selector)

