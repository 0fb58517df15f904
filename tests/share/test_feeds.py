"""Feeds people subscribe to: every feed parses, entries carry their cover as an enclosure and
a summary, each edition has a feed per category and tag, in its own language."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from news_site import NAMES, PREFIXES, SITEURL, file_of, news_built  # noqa: F401

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _atom(built, path):
    return ET.parse(built.output / path).getroot()


def test_every_feed_parses(news_built):
    feeds = sorted(news_built.output.rglob("*.xml"))
    feeds = [f for f in feeds if "feeds" in f.parts]
    assert len(feeds) > 12
    for feed in feeds:
        ET.parse(feed)


@pytest.mark.parametrize("edition", PREFIXES)
def test_entries_carry_their_cover_and_a_summary(news_built, edition):
    prefix = PREFIXES[edition]
    atom = _atom(news_built, f"{prefix}feeds/all.atom.xml")
    entries = atom.findall(f"{ATOM}entry")
    assert entries
    with_cover = 0
    for entry in entries:
        assert (entry.findtext(f"{ATOM}summary") or "").strip(), entry.findtext(f"{ATOM}title")
        for link in entry.findall(f"{ATOM}link[@rel='enclosure']"):
            with_cover += 1
            assert link.get("type") == "image/jpeg"
            assert file_of(news_built, link.get("href")).stat().st_size == int(link.get("length"))
    rss = ET.parse(news_built.output / f"{prefix}feeds/all.rss.xml").getroot()
    items = rss.findall("channel/item")
    assert len(items) == len(entries)
    enclosures = [i.find("enclosure") for i in items if i.find("enclosure") is not None]
    assert len(enclosures) == with_cover
    for enclosure in enclosures:
        assert enclosure.get("url").startswith(SITEURL + "/galleries/images/")
        assert file_of(news_built, enclosure.get("url")).stat().st_size == int(enclosure.get("length"))
    assert all((i.findtext("description") or "").strip() for i in items)
    # Serbian editions: the forum (its album's cover), the side photo, the text's photo; English: the forum
    assert with_cover == (1 if edition == "en" else 3)


@pytest.mark.parametrize("edition", PREFIXES)
def test_a_feed_per_category_and_tag_in_the_edition_language(news_built, edition):
    prefix = PREFIXES[edition]
    tags = {"sr-Cyrl": {"nis": "Ниш", "forum": "форум"}, "sr-Latn": {"nis": "Niš", "forum": "forum"},
            "en": {"forum": "forum"}}[edition]
    home = news_built.html(prefix)
    subtitle = home.find("footer").find("strong").parent.get_text("\n").split("\n")[-1].strip()
    for path, name in [(f"{prefix}feeds/category/news.atom.xml", None)] + [
            (f"{prefix}feeds/tag/{slug}.atom.xml", word) for slug, word in tags.items()]:
        feed = _atom(news_built, path)
        assert feed.get(XML_LANG) == edition, path
        title = feed.findtext(f"{ATOM}title")
        assert title.startswith(NAMES[edition]), title
        if name:
            assert title.endswith(name), title
        assert feed.findtext(f"{ATOM}subtitle") == subtitle, path
        assert feed.findall(f"{ATOM}entry"), path
        for entry in feed.findall(f"{ATOM}entry"):
            assert entry.findtext(f"{ATOM}author/{ATOM}name") == NAMES[edition]


def test_a_tag_page_and_a_category_page_name_their_feed(news_built):
    for page, feed in (("tag/nis/", "feeds/tag/nis.atom.xml"), ("sr-latn/tag/nis/", "sr-latn/feeds/tag/nis.atom.xml"),
                       ("en/category/news/", "en/feeds/category/news.atom.xml")):
        links = [link["href"] for link in news_built.html(page).find_all("link", type="application/atom+xml")]
        assert len(links) == 2, (page, links)  # the edition's feed and this one
        assert (news_built.output / page / links[1]).resolve() == (news_built.output / feed).resolve(), page
    article = news_built.html("news/forum-klastera/")
    assert len(article.find_all("link", type="application/atom+xml")) == 1
