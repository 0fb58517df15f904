"""Markup in editors' text never becomes markup on the site (README, "Add an article"): the
pages of the hostile site (hostile.py). Every HTML file of the output is walked, titles,
descriptions, lists and menus show the text as typed, the Markdown body's raw HTML stays
markup, and each template of the theme must have rendered a page that was checked.
"""

from __future__ import annotations

import runpy
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT
from security.hostile import (
    ALBUM, ARTICLE_SLUG, ARTICLE_TITLE, CATEGORY, EDITIONS, EN_TITLE, FALLBACK_SLUG, FALLBACK_TITLE,
    FIRST_WORDS, GALLERIES, HOSTILE, PAGE_SLUG, PAGE_TITLE, SITE, SUMMARY_TEXT, TAG_SLUGS, TAGS, at,
    html_files, latin, url_of, EVENT_NAME, EVENT_PLACE, EVENT_REGISTRATION, ATTR, SCRIPT,
)


OWN_THEME = runpy.run_path(str(ROOT / "pelicanconf.py"))["SITEURL"].rstrip("/") + "/theme/"


# --- every page ---------------------------------------------------------------------------

def test_every_page_has_only_our_scripts_and_no_injected_markup(site):
    pages = html_files(site)
    assert len(pages) > 40, [url_of(site, p) for p in pages]
    for path in pages:
        html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        where = url_of(site, path)
        for script in html.find_all("script"):  # ours: a file of the theme (or its vendor folder)
            if script.get("type") == "application/ld+json":
                continue  # the page's structured data: a data block, checked in test_escaping_structured.py
            src = urljoin(SITE + where, script.get("src", ""))
            # (the 404 page links with the site's absolute address: it answers at any depth)
            assert script.get("src") and src.startswith((SITE + "theme/", OWN_THEME)), (where, str(script))
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
    "partials/cover.html": (f"tag/{TAG_SLUGS[0]}/", "ul.article-list img.cover-thumb"),
    "partials/description.html": (f"news/{ARTICLE_SLUG}/", "meta[name=description]"),
    "partials/gallery.html": (f"news/{ARTICLE_SLUG}/", "section.gallery-embed ul.gallery-grid"),
    "partials/head_links.html": ("", "link[rel=alternate][hreflang]"),
    "partials/identity_links.html": ("", "link[rel=manifest]"),
    "partials/notices.html": (f"en/news/{FALLBACK_SLUG}/", "p.notice"),
    "partials/pagination.html": ("page/2/", "nav.pagination"),
    "partials/search_box.html": ("", "header form.site-search"),
    "partials/social.html": (f"news/{ARTICLE_SLUG}/", 'meta[property="og:title"]'),
    "partials/structured_data.html": (f"news/{ARTICLE_SLUG}/", 'script[type="application/ld+json"]'),
    "partials/switcher.html": ("", "nav.switcher"),
    "search.html": ("search/", "main #search-page"),
    "events.html": ("events/", "main #events-upcoming"),
    "partials/events.html": (f"news/{ARTICLE_SLUG}/", "section.event-details dl.event"),
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



@pytest.mark.parametrize("prefix", EDITIONS)
def test_event_lines_are_text_on_the_article_the_events_page_and_in_the_calendar(site, prefix):
    from icalendar import Calendar

    name, venue, city = (latin(prefix, t) for t in (EVENT_NAME, *EVENT_PLACE.rsplit(", ", 1)))
    details = site.html(at(prefix, f"news/{ARTICLE_SLUG}/")).select_one("section.event-details")
    text = details.get_text(" ", strip=True)
    for typed in (venue, city, latin(prefix, ATTR), latin(prefix, SCRIPT)):
        assert typed in text, (prefix, typed, text)
    assert details.select_one("dd a")["href"] == EVENT_REGISTRATION
    entry = site.html(prefix + "events/").select_one("#events-past li[data-last-day]")
    assert entry.select_one(".event-title").get_text(strip=True) == name
    assert not entry.find("script") and not entry.find("img") and not entry.find("b")
    ics = site.output / at(prefix, f"news/{ARTICLE_SLUG}/event.ics")
    event = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == name
    assert str(event["LOCATION"]) == ", ".join((venue, latin(prefix, ATTR), city))
