"""Structured data on the hostile site (hostile.py): each page's one JSON-LD block is text that
cannot end its <script> element (no <, > or & in it, not even inside strings), parses, and gives
the titles, tags, captions and album titles back exactly as the editors typed them."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from security.hostile import (
    ALBUM, ALBUM_TITLE, ARTICLE_SLUG, ARTICLE_TITLE, CAPTION, EDITIONS, EN_TITLE, TAGS, at, html_files, latin,
    url_of,
)


def _blocks(path):
    raw = path.read_text(encoding="utf-8")
    html = BeautifulSoup(raw, "html.parser")
    return raw, html.find_all("script", type="application/ld+json")


def test_every_json_ld_block_is_one_script_without_markup_characters(site):
    seen = 0
    for path in html_files(site):
        raw, blocks = _blocks(path)
        assert len(blocks) <= 1, url_of(site, path)
        if not blocks:
            continue
        seen += 1
        text = blocks[0].string
        # the parser's text is the file's text: nothing in it closed the element early
        assert f'<script type="application/ld+json">{text}</script>' in raw, url_of(site, path)
        assert not set("<>&\u2028\u2029") & set(text), (url_of(site, path), text[:300])
        json.loads(text)
    assert seen >= 9, seen  # the articles, albums and home pages of three editions at least


def _graph(site, url):
    _, [block] = _blocks(site.path(url))
    return json.loads(block.string)["@graph"]


@pytest.mark.parametrize("prefix", EDITIONS)
def test_article_title_and_tags_are_the_typed_text(site, prefix):
    graph = _graph(site, at(prefix, f"news/{ARTICLE_SLUG}/"))
    [article] = [n for n in graph if n["@type"] == "NewsArticle"]
    [trail] = [n for n in graph if n["@type"] == "BreadcrumbList"]
    title = EN_TITLE if prefix == "en/" else latin(prefix, ARTICLE_TITLE)
    assert article["headline"] == title and trail["itemListElement"][-1]["name"] == title
    tags = [TAGS[0]] if prefix == "en/" else [latin(prefix, t) for t in TAGS]
    assert article["keywords"] == tags


@pytest.mark.parametrize("prefix", EDITIONS)
def test_album_title_and_caption_are_the_typed_text(site, prefix):
    [gallery] = [n for n in _graph(site, f"{prefix}galleries/{ALBUM}/") if n["@type"] == "ImageGallery"]
    assert gallery["name"] == latin(prefix, ALBUM_TITLE)
    assert gallery["image"][0]["caption"] == latin(prefix, CAPTION)
