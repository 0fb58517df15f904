"""A small fixture site built with the real Pelican: editions, switcher, hreflang, dates, slugs, feeds."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from conftest import build_fixture

SITE = {
    # a translated pair: the same path in both language folders
    "sr/news/2018-01-26-visit.md": """
        Title: Посета амбасадора у Нишу
        Date: 2018-01-26 12:00
        Tags: Ниш, Данска

        Амбасадор је посетио [контакт]({filename}../pages/contact.md).
        """,
    "en/news/2018-01-26-visit.md": """
        Title: The ambassador visits Niš
        Date: 2018-01-26 12:00
        Tags: Niš, Denmark

        The ambassador visited [contact]({filename}../pages/contact.md).
        """,
    # only in Serbian / only in English
    "sr/news/2018-02-09-training.md": """
        Title: Обука у Лесковцу
        Date: 2018-02-09 10:00

        Текст обуке.
        """,
    "en/news/2017-02-01-kick-off.md": """
        Title: Kick-off in Berlin
        Date: 2017-02-01 10:00

        English only.
        """,
    # an explicit key pairs files with different paths
    "sr/news/2016-05-05-djurdjevdan.md": """
        Title: Ђурђевдан и џез
        Date: 2016-05-05 10:00

        Текст.
        """,
    "en/news/2016-05-05-st-george.md": """
        Title: St George's Day and jazz
        Date: 2016-05-05 10:00
        Key: news/2016-05-05-djurdjevdan

        Text.
        """,
    "sr/pages/contact.md": """
        Title: Контакт
        Order: 2

        Ниш, Србија.
        """,
    "en/pages/contact.md": """
        Title: Contact
        Order: 2

        Niš, Serbia.
        """,
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_fixture(tmp_path_factory.mktemp("site"), SITE, DEFAULT_PAGINATION=2)


def test_each_language_has_its_address_in_its_own_words(site):
    # "Посета амбасадора у Нишу": ш -> s (Pelican's default would give "nishu")
    assert site.path("news/poseta-ambasadora-u-nisu/").exists()
    assert site.path("sr-latn/news/poseta-ambasadora-u-nisu/").exists(), "the Latin edition shares the Cyrillic slug"
    assert site.path("en/news/the-ambassador-visits-nis/").exists()
    assert not site.path("en/news/poseta-ambasadora-u-nisu/").exists()
    assert site.path("news/djurdjevdan-i-dzez/").exists()
    assert site.path("en/news/st-georges-day-and-jazz/").exists(), "explicit key should pair the English file"
    assert "St George" in site.html("en/news/st-georges-day-and-jazz/").h1.text
    # an untranslated article keeps its own address in every edition (a fallback copy there)
    assert site.path("en/news/obuka-u-leskovcu/").exists() and site.path("news/kick-off-in-berlin/").exists()
    assert site.path("en/contact/").exists() and site.path("kontakt/").exists()


def test_every_edition_is_a_full_site(site):
    for prefix in ("", "en/"):
        page = "contact/" if prefix == "en/" else "kontakt/"
        for url in ("", "archives/", "tags/", "categories/", "category/news/", "tag/nis/", page):
            assert site.path(prefix + url).exists(), prefix + url
        assert site.path(prefix + "404.html").exists()
        assert site.path(prefix + "feeds/all.atom.xml").exists()
        # 4 articles in every edition (2 pairs, 2 fallbacks), 2 per page: two index pages
        assert site.path(prefix + "page/2/").exists()
        assert not site.path(prefix + "page/3/").exists()


@pytest.mark.parametrize("prefix, lang", [("", "sr-Cyrl"), ("en/", "en"), ("sr-latn/", "sr-Latn")])
def test_html_lang_on_every_page(site, prefix, lang):
    pages = [p for p in (site.output / prefix.rstrip("/")).rglob("*.html")]
    if prefix == "":
        pages = [p for p in pages if p.relative_to(site.output).parts[0] not in ("en", "sr-latn")]
    assert len(pages) > 10
    for page in pages:
        html = site.html(str(page.relative_to(site.output)))
        assert html.html["lang"] == lang, page


def test_ui_strings_come_from_the_catalog(site):
    sr, en = site.html(""), site.html("en/")
    assert sr.find("a", class_="skip-link").text == "Пређи на садржај"
    assert en.find("a", class_="skip-link").text == "Skip to content"
    assert sr.find("nav", class_="switcher")["aria-label"] == "Језик"
    assert sr.h1.text == "Вести" and en.h1.text == "News"


def test_dates_formatted_by_babel(site):
    sr = site.html("news/poseta-ambasadora-u-nisu/").find("time").text
    en = site.html("en/news/the-ambassador-visits-nis/").find("time").text
    assert sr == "26. јануар 2018."
    assert en == "26 January 2018"


def test_switcher_leads_to_the_same_page(site):
    def switcher(url):
        nav = site.html(url).find("nav", class_="switcher")
        return {a["lang"]: a["href"] for a in nav.find_all("a")}

    # translations have addresses of their own: the switcher follows the pairing, not the path
    assert switcher("news/poseta-ambasadora-u-nisu/") == {"en": "../../en/news/the-ambassador-visits-nis/"}
    assert switcher("en/news/the-ambassador-visits-nis/") == {"sr-Cyrl": "../../../news/poseta-ambasadora-u-nisu/"}
    assert switcher("en/contact/") == {"sr-Cyrl": "../../kontakt/"}
    assert switcher("news/djurdjevdan-i-dzez/") == {"en": "../../en/news/st-georges-day-and-jazz/"}
    assert switcher("category/news/") == {"en": "../../en/category/news/"}
    assert switcher("") == {"en": "./en/"}
    # a later index page leads to the other edition's first page of the same listing
    assert switcher("page/2/") == {"en": "../../en/"}


def test_hreflang_cluster_is_absolute_and_reciprocal(site):
    def alternates(url):
        html = site.html(url)
        return {link["hreflang"]: link["href"] for link in html.find_all("link", rel="alternate", hreflang=True)}

    sr = alternates("news/poseta-ambasadora-u-nisu/")
    en = alternates("en/news/the-ambassador-visits-nis/")
    expected = {
        "sr-Cyrl": "http://127.0.0.1:8000/news/poseta-ambasadora-u-nisu/",
        "en": "http://127.0.0.1:8000/en/news/the-ambassador-visits-nis/",
        "sr-Latn": "http://127.0.0.1:8000/sr-latn/news/poseta-ambasadora-u-nisu/",
        "x-default": "http://127.0.0.1:8000/news/poseta-ambasadora-u-nisu/",
    }
    assert sr == expected and en == expected


def test_untranslated_article_is_a_fallback_with_notice_and_canonical(site):
    html = site.html("en/news/obuka-u-leskovcu/")
    notice = html.find("p", class_="notice")
    assert "available only in Serbian" in notice.text
    assert notice.a["href"] == "../../../news/obuka-u-leskovcu/"
    assert html.find("article")["lang"] == "sr-Cyrl"
    assert html.find("link", rel="canonical")["href"] == "http://127.0.0.1:8000/news/obuka-u-leskovcu/"
    # not a translation: only canonical pages carry hreflang, and no cluster lists a fallback copy
    assert html.find_all("link", rel="alternate", hreflang=True) == []
    sr = site.html("news/kick-off-in-berlin/")
    assert "доступна само на енглеском" in sr.find("p", class_="notice").text


def test_intrasite_links_stay_in_the_edition(site):
    sr_link = site.html("news/poseta-ambasadora-u-nisu/").find("div", class_="content").a["href"]
    en_link = site.html("en/news/the-ambassador-visits-nis/").find("div", class_="content").a["href"]
    assert sr_link == "../../kontakt/"
    assert en_link == "../../../en/contact/"


def test_feeds_declare_their_language(site):
    atom = ET.parse(site.path("en/feeds/all.atom.xml")).getroot()
    assert atom.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    rss = ET.parse(site.path("feeds/all.rss.xml")).getroot()
    assert rss.find("channel/language").text == "sr-Cyrl"


def test_sitemap_lists_originals_with_alternates(site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.parse(site.path("sitemap.xml")).getroot()
    entries = {
        url.find("s:loc", ns).text: {l.get("hreflang"): l.get("href") for l in url.findall("x:link", ns)}
        for url in root.findall("s:url", ns)
    }
    base = "http://127.0.0.1:8000/"
    assert entries[base + "en/news/the-ambassador-visits-nis/"]["sr-Cyrl"] == base + "news/poseta-ambasadora-u-nisu/"
    assert base + "news/obuka-u-leskovcu/" in entries
    assert base + "en/news/obuka-u-leskovcu/" not in entries, "fallback copies are not listed"
    for loc in entries:
        assert (site.output / loc[len(base):]).exists() or (site.output / loc[len(base):] / "index.html").exists()


def test_category_names_per_language(site):
    assert site.html("category/news/").h1.text == "Вести"
    assert site.html("en/category/news/").h1.text == "News"
