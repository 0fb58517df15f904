"""Social previews: the Open Graph and Twitter tags of every page of the news site, the pictures
they name (files of the stated size), the cards drawn for pages without a cover."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from news_site import (FORUM, FORUM_EN, HOSTILE, HOSTILE_TITLE, INLINE, LOCALES, LONG, LONG_TITLE, NAMES,
                       PLAIN, PREFIXES, SIDE, SITEURL, file_of, meta, news_built)  # noqa: F401

from share import cards

REQUIRED = ("og:site_name", "og:title", "og:description", "og:url", "og:locale", "og:type", "og:image",
            "og:image:width", "og:image:height", "og:image:alt", "twitter:card")


def _pages(built):
    """(edition, url, soup) of every page a visitor can reach (not redirects, not drafts)."""
    for path in sorted(built.output.rglob("*.html")):
        rel = path.relative_to(built.output).as_posix()
        if rel.startswith((".build", "drafts")):
            continue
        html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        if html.find("meta", attrs={"http-equiv": "refresh"}):
            continue
        edition = next(code for code, prefix in sorted(PREFIXES.items(), key=lambda p: -len(p[1]))
                       if rel.startswith(prefix))
        yield edition, rel[: -len("index.html")] if rel.endswith("index.html") else rel, html


@pytest.fixture(scope="module")
def pages(news_built):
    return list(_pages(news_built))


def test_every_page_has_every_tag_once_and_its_picture_is_a_file_of_that_size(news_built, pages):
    assert len(pages) > 40
    for edition, url, html in pages:
        for prop in REQUIRED:
            assert len(meta(html, prop)) == 1, (url, prop, meta(html, prop))
        assert meta(html, "og:site_name") == [NAMES[edition]], url
        assert meta(html, "og:locale") == [LOCALES[edition]], url
        assert meta(html, "twitter:card") == ["summary_large_image"]
        image = meta(html, "og:image")[0]
        with Image.open(file_of(news_built, image)) as picture:
            assert picture.size == (int(meta(html, "og:image:width")[0]), int(meta(html, "og:image:height")[0])), url
        assert meta(html, "og:image:alt")[0].strip(), url
        assert meta(html, "og:url")[0].startswith(SITEURL + "/"), url
        canonical = html.find("link", rel="canonical")
        if canonical is not None:
            assert meta(html, "og:url") == [canonical["href"]], url


def test_an_article_is_an_article_with_its_dates_and_tags(news_built):
    html = news_built.html(FORUM)
    assert meta(html, "og:type") == ["article"]
    assert meta(html, "og:title") == ["Форум кластера"]
    assert meta(html, "og:description") == ["Кластери на форуму."]
    assert meta(html, "article:published_time") == ["2024-05-01T10:00:00+02:00"]
    assert meta(html, "article:modified_time") == ["2024-05-01T10:00:00+02:00"]
    assert meta(html, "article:tag") == ["форум", "Ниш"]
    assert meta(news_built.html("sr-latn/" + FORUM), "article:tag") == ["forum", "Niš"]
    for home in PREFIXES.values():
        assert meta(news_built.html(home), "og:type") == ["website"]
        assert meta(news_built.html(home), "article:published_time") == []


def test_an_article_changed_when_its_structured_data_says(news_built, pages):
    import json

    articles = 0
    for _, url, html in pages:
        if meta(html, "og:type") != ["article"]:
            continue
        graph = json.loads(html.find("script", type="application/ld+json").string)["@graph"]
        news = next(node for node in graph if node["@type"] == "NewsArticle")
        assert meta(html, "article:modified_time") == [news["dateModified"]], url
        assert meta(html, "article:published_time") == [news["datePublished"]], url
        articles += 1
    assert articles >= 18


def test_alternate_locales_are_those_of_real_translations_only(news_built):
    assert meta(news_built.html(FORUM), "og:locale:alternate") == ["en_GB"]
    assert meta(news_built.html("sr-latn/" + FORUM), "og:locale:alternate") == ["en_GB"]
    assert meta(news_built.html(FORUM_EN), "og:locale:alternate") == ["sr_RS"]
    # Written in Serbian only: the two Serbian editions share one locale; the English copy is a
    # fallback, no translation (its canonical is the Serbian original, and it has no hreflang).
    assert meta(news_built.html(PLAIN), "og:locale:alternate") == []
    fallback = news_built.html("en/" + PLAIN)
    assert meta(fallback, "og:locale:alternate") == []
    assert meta(fallback, "og:url") == [f"{SITEURL}/{PLAIN}"]
    assert meta(fallback, "og:locale") == ["en_GB"]


def test_the_cover_is_the_preview_picture(news_built):
    cases = {FORUM: ("img-2-", (1000, 667), "Сала форума у Нишу"),  # the album's cover, its caption
             FORUM_EN: ("img-3-", (1000, 1333), "The lectern"),  # its Cover: line
             SIDE: ("naslovna-", (1000, 643), "Насловна са стране"),  # a photo beside the article
             INLINE: ("img-3-", (1000, 1333), "Говорница на форуму")}  # the text's first photo
    for url, (name, size, alt) in cases.items():
        html = news_built.html(url)
        image = meta(html, "og:image")[0]
        assert image.startswith(f"{SITEURL}/galleries/images/{name}") and image.endswith("-1000w.jpg"), url
        assert (int(meta(html, "og:image:width")[0]), int(meta(html, "og:image:height")[0])) == size, url
        assert meta(html, "og:image:alt") == [alt], url
    # The Latin edition says the caption in Latin letters.
    assert meta(news_built.html("sr-latn/" + FORUM), "og:image:alt") == ["Sala foruma u Nišu"]


def test_without_a_cover_a_card_of_the_title_in_the_edition_script(news_built):
    images = {}
    for prefix, title in (("", LONG_TITLE), ("sr-latn/", None)):
        html = news_built.html(prefix + LONG)
        image = meta(html, "og:image")[0]
        assert re.fullmatch(re.escape(SITEURL) + r"/share/cards/[0-9a-f]{20}\.png", image), image
        with Image.open(file_of(news_built, image)) as card:
            assert card.format == "PNG" and card.size == (1200, 630)
        images[prefix] = image
        shown = meta(html, "og:title")[0]
        assert meta(html, "og:image:alt") == [f"{meta(html, 'og:site_name')[0]}: {shown}"]
        # the card is the one of this title in this edition's words
        assert image.endswith(cards.Card(shown, meta(html, "og:site_name")[0], "127.0.0.1:8000").url)
    assert meta(news_built.html("sr-latn/" + LONG), "og:title")[0].startswith("Đurđevdanski susret privrednika")
    assert images[""] != images["sr-latn/"]


def test_a_fallback_copy_shows_its_original_card(news_built):
    original, copy = news_built.html(PLAIN), news_built.html("en/" + PLAIN)
    assert meta(copy, "og:image") == meta(original, "og:image")
    assert meta(copy, "og:image:alt") == ["Кластер кућа: Без фотографије"]
    assert meta(copy, "og:url") == meta(original, "og:url")


def test_markup_in_a_title_is_text_in_every_tag(news_built):
    raw = news_built.text(HOSTILE)
    head = raw[: raw.index("</head>")]
    assert "<b>" not in head and "<script>alert" not in head
    html = news_built.html(HOSTILE)
    assert meta(html, "og:title") == [HOSTILE_TITLE]
    assert meta(html, "og:image:alt") == [f"Cluster House: {HOSTILE_TITLE}"]


def test_a_card_changes_with_its_title_and_is_drawn_once(tmp_path):
    one = cards.Card("Обука у Лесковцу", "Кластер кућа", "example.org")
    other = cards.Card("Обука у Нишу", "Кластер кућа", "example.org")
    assert one.key != other.key and cards.render(one) != cards.render(other)
    with Image.open(__import__("io").BytesIO(cards.render(one))) as image:
        assert image.size == (1200, 630)
        # the title is drawn: white pixels in the middle band, not just the brand colour
        band = image.crop((80, 220, 1120, 480)).convert("L")
        assert band.getextrema()[1] > 240
    cache, out = tmp_path / "cache", tmp_path / "out"
    assert cards.publish_cards({one, other}, cache, out) == 2
    published = out / one.url
    assert published.is_file()
    assert cards.publish_cards({one, other}, cache, tmp_path / "out2") == 0  # from the cache
    assert (tmp_path / "out2" / one.url).stat().st_ino == (cache / cards.CACHE_FOLDER / f"{one.key}.png").stat().st_ino


def test_a_long_title_is_wrapped_inside_the_card():
    from PIL import ImageDraw, ImageFont

    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    font = ImageFont.truetype(cards.FONT_BOLD, 52)
    lines = cards.wrap(LONG_TITLE, font, 1040, draw)
    assert len(lines) > 2 and " ".join(lines) == LONG_TITLE
    assert all(draw.textlength(line, font=font) <= 1040 for line in lines)
    assert cards.wrap("Ж" * 80, font, 1040, draw) and all(
        draw.textlength(line, font=font) <= 1040 for line in cards.wrap("Ж" * 80, font, 1040, draw))


def test_the_card_font_has_every_serbian_letter():
    """No letter of a title becomes a box: each draws differently from the font's missing glyph."""
    from PIL import ImageFont

    font = ImageFont.truetype(cards.FONT_BOLD, 40)
    missing = bytes(font.getmask("\ue000"))  # a private-use code point: the font's .notdef box
    letters = "АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШабвгдђежзијклљмнњопрстћуфхцчџшČĆĐŠŽčćđšž–„“…"
    assert [c for c in letters if bytes(font.getmask(c)) == missing] == []


def test_without_the_font_the_build_stops_at_once_saying_what_to_install(tmp_path, monkeypatch):
    from sitecore.settings import SettingsError

    cards.check_font()  # installed here
    monkeypatch.setattr(cards, "FONT_BOLD", str(tmp_path / "DejaVuSans-Bold.ttf"))
    with pytest.raises(cards.CardFontMissing, match="apt-get install fonts-dejavu-core"):
        cards.check_font()
    # a SettingsError: Pelican prints the message and exits 1, without a traceback
    assert issubclass(cards.CardFontMissing, SettingsError)
