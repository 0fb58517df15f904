"""Markup in editors' text never becomes markup on the site: the galleries and the feeds of
the hostile site (hostile.py). Album texts, captions and photo metadata stay text; feeds carry
titles as typed and no live markup.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from security.hostile import ALBUM, ALBUM_TITLE, ARTICLE_SLUG, ARTICLE_TITLE, CAPTION, EDITIONS, EN_TITLE, GALLERIES, TAGS, at, latin


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
