"""Each edition speaks its own language: tags, categories, author and feed texts.

A fallback copy is the original text under a notice; that text (title, body, its
tags) is the only thing on a page of an edition that may be in another language,
and it carries its own `lang`. Everything the edition says around it is its own.
"""

from __future__ import annotations

import re
import runpy
import xml.etree.ElementTree as ET

import pytest
from bs4 import NavigableString

from conftest import ROOT, GallerySite, build_fixture
from linkcheck import broken_links

CYRILLIC = re.compile("[\u0400-\u04ff]")
ATOM = "{http://www.w3.org/2005/Atom}"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"

SITE = {
    "sr/news/2020-01-10-visit.md": """
        Title: Посета у Нишу
        Date: 2020-01-10 10:00
        Tags: Ниш, Берлин

        Текст о посети.
        """,
    "en/news/2020-01-10-visit.md": """
        Title: A visit in Niš
        Date: 2020-01-10 10:00
        Tags: Niš, Berlin

        Text about the visit.
        """,
    # Only in Serbian: a fallback copy in English, with tags of its own language.
    "sr/news/2020-02-10-denmark.md": """
        Title: Амбасада Данске
        Date: 2020-02-10 10:00
        Tags: Данска, Ниш
        Summary: Сарадња <em>Ниша</em> и Данске & нови пројекти.

        Текст о Данској.
        """,
    # Only in English, in a category the Serbian editions have no word for.
    "en/news/2020-03-10-commission.md": """
        Title: The European Commission calls
        Date: 2020-03-10 10:00
        Category: Calls for proposals
        Tags: European Commission, Niš

        Text about the call.
        """,
    # Only in English, in a category a Serbian article names too: the Serbian word is used there.
    "en/news/2020-04-10-esca-call.md": """
        Title: ESCA opens a call
        Date: 2020-04-10 10:00
        Category: ESCA

        Text about ESCA.
        """,
    "sr/news/2020-04-11-esca.md": """
        Title: ЕСЦА у Берлину
        Date: 2020-04-11 10:00
        Category: ESCA
        Author: Данка Милојковић

        Текст о ЕСЦА.
        """,
    "sr/pages/contact.md": "Title: Контакт\n\nНиш.\n",
    "en/pages/contact.md": "Title: Contact\n\nNiš.\n",
    # A page only in English: the Serbian menus name it in English, marked so.
    "en/pages/partners.md": "Title: Partners\n\nOur partners.\n",
}
EDITIONS = {"": "sr-Cyrl", "en/": "en", "sr-latn/": "sr-Latn"}
SITENAMES = {"": "Кластер кућа", "en/": "Cluster House", "sr-latn/": "Klaster kuća"}
TAGLINES = {"": "Пословна кластерска организација, Ниш, Србија",
            "en/": "Business cluster organisation, Niš, Serbia",
            "sr-latn/": "Poslovna klasterska organizacija, Niš, Srbija"}
ENGLISH_TERMS = ("European Commission", "Calls for proposals", "News")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_fixture(tmp_path_factory.mktemp("one-language"), SITE)


def edition_pages(site, prefix):
    """Every HTML page of one edition, as (url, soup)."""
    others = [p.rstrip("/") for p in EDITIONS if p and p != prefix]
    for path in sorted((site.output / prefix).rglob("*.html")):
        url = path.relative_to(site.output).as_posix()
        if url.split("/")[0] not in others and not url.startswith("theme/"):
            yield url, site.html(url)


def edition_own_text(soup, code):
    """The text of a page that the edition itself says: without anything marked as
    another language (a fallback copy's text, the switcher's names of other languages)."""
    main = soup.select_one("main > article")  # the page's own text, if any
    copy_lang = main.get("lang") if main is not None else None
    for element in list(soup.find_all(lang=True)):
        if element.name != "html" and not element.decomposed and element["lang"] != code:
            element.decompose()
    head = soup.find("head")
    title = head.title.get_text() if head.title else ""
    if copy_lang not in (None, code):
        # The document title and description cannot carry a lang: they are the copy's own words.
        head.title.decompose()
        for meta in head.find_all("meta", attrs={"name": "description"}):
            meta.decompose()
        # nor can a link preview's title, its picture's text and the copy's tags
        for name in ("og:title", "og:image:alt", "article:tag"):
            for meta in head.find_all("meta", attrs={"property": name}):
                meta.decompose()
    attributes = [v for el in soup.find_all(True) for k, v in el.attrs.items()
                  if k in ("content", "alt", "title", "aria-label") and isinstance(v, str)]
    return " ".join([soup.get_text(" "), *attributes]), title


def lang_of(element):
    """The language an element is in: its own lang, else its nearest ancestor's."""
    if isinstance(element, NavigableString):
        element = element.parent
    while element is not None and not element.get("lang"):
        element = element.parent
    return element.get("lang") if element is not None else None


def test_tag_indexes_list_the_edition_own_tags_only(site):
    def tags(url):
        return {a.get_text() for a in site.html(url).select(".term-list a")}

    assert tags("tags/") == {"Ниш", "Берлин", "Данска"}
    assert tags("sr-latn/tags/") == {"Niš", "Berlin", "Danska"}
    assert tags("en/tags/") == {"Niš", "Berlin", "European Commission"}
    # a tag of fallback copies only has no page in that edition
    assert not site.path("en/tag/danska/").exists() and site.path("tag/danska/").exists()
    assert not site.path("tag/european-commission/").exists() and not site.path("sr-latn/tag/european-commission/").exists()
    assert site.path("en/tag/european-commission/").exists()
    # a shared tag's page lists the edition's own articles, not fallback copies
    listed = {a.get_text() for a in site.html("en/tag/nis/").select("ul.article-list h2 a")}
    assert listed == {"A visit in Niš", "The European Commission calls"}


def test_terms_named_without_a_page_leave_no_dead_link(site):
    problems, checked = broken_links(site.output, "http://127.0.0.1:8000/")
    assert checked > 100 and problems == []


def test_fallback_copy_names_its_tags_in_its_own_language_without_links(site):
    article = site.html("en/news/ambasada-danske/").find("article")
    assert article["lang"] == "sr-Cyrl"
    assert [li.get_text() for li in article.select("ul.tags li")] == ["Данска", "Ниш"]
    assert article.select("ul.tags a") == [], "their pages are in the Serbian edition only"
    assert site.html("en/news/ambasada-danske/").find("h2", class_="tags-title")["lang"] == "en"
    latin = site.html("sr-latn/news/the-european-commission-calls/").find("article")
    assert latin["lang"] == "en" and [li.get_text() for li in latin.select("ul.tags li")] == ["European Commission", "Niš"]


def test_fallback_copy_category_link_speaks_the_edition_language(site):
    for prefix, code, name in (("en/", "en", "News"), ("", "sr-Cyrl", "Вести"), ("sr-latn/", "sr-Latn", "Vesti")):
        url = prefix + ("news/ambasada-danske/" if prefix == "en/" else "news/esca-opens-a-call/")
        if prefix == "en/":
            link = site.html(url).select_one("p.meta a")
            assert (link.get_text(), lang_of(link)) == (name, code), url
        else:  # ESCA: the Serbian articles' own word for the category, not the English one
            link = site.html(url).select_one("p.meta a")
            assert lang_of(link) == code and link["href"].endswith("category/esca/"), url
    listed = {a.get_text() for a in site.html("category/esca/").select("ul.article-list h2 a")}
    assert listed == {"ЕСЦА у Берлину", "ESCA opens a call"}


def test_a_category_without_a_name_in_the_edition_language_is_the_copy_own_text(site):
    for prefix in ("", "sr-latn/"):
        html = site.html(prefix + "news/the-european-commission-calls/")
        meta = html.find("article").select_one("p.meta")
        assert "Calls for proposals" in meta.get_text() and meta.find("a") is None
        assert not site.path(prefix + "category/calls-for-proposals/").exists()
        assert "Calls for proposals" not in site.text(prefix + "categories/")
    assert site.html("en/category/calls-for-proposals/").h1.get_text() == "Calls for proposals"


@pytest.mark.parametrize("prefix", list(EDITIONS))
def test_no_page_of_an_edition_speaks_another_language(site, prefix):
    code = EDITIONS[prefix]
    pages = list(edition_pages(site, prefix))
    assert len(pages) > 15
    for url, soup in pages:
        text, title = edition_own_text(soup, code)
        if code in ("en", "sr-Latn"):
            assert not CYRILLIC.search(text), (url, CYRILLIC.findall(text)[:10], text[:300])
        else:
            for term in ENGLISH_TERMS:
                assert term not in text, (url, term)
        if code == "sr-Latn":
            assert "News" not in text and "Calls for proposals" not in text, url


def test_menus_mark_a_fallback_page_with_its_language(site):
    for prefix, code in EDITIONS.items():
        menu = {a.get_text(): a.get("lang") for a in site.html(prefix).select("nav.site-nav a")}
        assert menu["Partners"] == (None if code == "en" else "en"), prefix
        assert ("Contact" if code == "en" else "Контакт" if code == "sr-Cyrl" else "Kontakt") in menu


@pytest.mark.parametrize("prefix", list(EDITIONS))
def test_feeds_speak_the_edition_language(site, prefix):
    code = EDITIONS[prefix]
    rss = ET.parse(site.path(prefix + "feeds/all.rss.xml")).getroot().find("channel")
    atom = ET.parse(site.path(prefix + "feeds/all.atom.xml")).getroot()
    assert rss.findtext("title") == atom.findtext(ATOM + "title") == SITENAMES[prefix]
    assert rss.findtext("description") == atom.findtext(ATOM + "subtitle") == TAGLINES[prefix]
    assert atom.findtext(ATOM + "id") == "http://127.0.0.1:8000/" + prefix, "each edition's feed has its own id"
    items, entries = rss.findall("item"), atom.findall(ATOM + "entry")
    assert len(items) == len(entries) == 3
    authors = {i.findtext("title"): i.findtext(DC_CREATOR) for i in items}
    assert authors == {e.findtext(ATOM + "title"): e.findtext(f"{ATOM}author/{ATOM}name") for e in entries}
    for title, author in authors.items():
        written = {"": "Данка Милојковић", "sr-latn/": "Danka Milojković"}.get(prefix)
        assert author == (written if title in ("ЕСЦА у Берлину", "ESCA u Berlinu") else SITENAMES[prefix]), title
    for item in items:
        description = item.findtext("description")
        assert description and "<" not in description, (item.findtext("title"), description)
    if code != "sr-Cyrl":
        for path in ("feeds/all.rss.xml", "feeds/all.atom.xml"):
            feed = site.text(prefix + path)
            assert not CYRILLIC.search(feed), (path, CYRILLIC.findall(feed)[:10])


def test_rss_summary_is_text_in_the_edition_script(site):
    def description(prefix, title):
        channel = ET.parse(site.path(prefix + "feeds/all.rss.xml")).getroot().find("channel")
        return next(i.findtext("description") for i in channel.findall("item") if i.findtext("title") == title)

    # the summary's words, its markup gone, its text escaped for readers that take it for HTML
    assert description("", "Амбасада Данске") == "Сарадња Ниша и Данске &amp; нови пројекти."
    assert description("sr-latn/", "Ambasada Danske") == "Saradnja Niša i Danske &amp; novi projekti."
    assert description("en/", "ESCA opens a call") == "Text about ESCA."


@pytest.fixture(scope="module")
def gallery(tmp_path_factory):
    """An album with Serbian texts only, and a galleries index titled in Serbian only: both
    are fallback copies in English, whose dates and counts are still the edition's words."""
    s = GallerySite(tmp_path_factory.mktemp("one-language-gallery"))
    s.photo("galleries/2018-01-26-visit/IMG_0001.jpg", size=(640, 480))
    s.write({"galleries/2018-01-26-visit/album.sr.md": "Title: Посета у Нишу\nDate: 2018-01-26 10:00\n\nОпис.\n"})
    built = s.build(GALLERY_INDEX_TITLES={"sr": "Галерије"})
    assert built.returncode == 0, built.log
    return built


@pytest.mark.parametrize("url", ["en/galleries/", "en/galleries/2018-01-26-visit/"])
def test_a_fallback_gallery_page_says_its_dates_and_counts_in_the_edition_language(gallery, url):
    html = gallery.html(url)
    assert html.find("article")["lang"] == "sr-Cyrl", "the album's own texts are Serbian"
    meta = html.select_one("article p.meta")
    assert "26 January 2018" in meta.get_text() and "1 photo" in meta.get_text()
    for element in (meta.find("time"), *meta.find_all(string=re.compile("photo"))):
        assert lang_of(element) == "en", element
    text, _ = edition_own_text(html, "en")
    assert not CYRILLIC.search(text), CYRILLIC.findall(text)


def test_an_edition_may_name_its_own_author(tmp_path):
    editions = runpy.run_path(str(ROOT / "pelicanconf.py"))["EDITIONS"]
    editions["en"] = {**editions["en"], "author": "The Cluster House team"}
    files = {"sr/news/2020-01-10-a.md": "Title: Вест\nDate: 2020-01-10 10:00\n\nТекст.\n",
             "en/news/2020-01-10-a.md": "Title: News item\nDate: 2020-01-10 10:00\n\nText.\n",
             "en/news/2019-01-10-b.md": "Title: Older item\nDate: 2019-01-10 10:00\n\nText.\n"}
    site = build_fixture(tmp_path, files, EDITIONS=editions, FEED_MAX_ITEMS=1)

    def author(prefix):
        channel = ET.parse(site.path(prefix + "feeds/all.rss.xml")).getroot().find("channel")
        return [i.findtext(DC_CREATOR) for i in channel.findall("item")]

    assert author("en/") == ["The Cluster House team"], "one entry: FEED_MAX_ITEMS"
    channel = ET.parse(site.path("en/feeds/all.rss.xml")).getroot().find("channel")
    assert [(i.findtext("title"), i.findtext("description")) for i in channel.findall("item")] == [("News item", "Text.")]
    assert author("") == ["Кластер кућа"] and author("sr-latn/") == ["Klaster kuća"], "the others: their site names"
