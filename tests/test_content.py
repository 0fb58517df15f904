"""The real content/ builds with zero warnings, and every edition is complete and linked."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from conftest import ROOT
from linkcheck import broken_links

BASE = "http://127.0.0.1:8000/"


@pytest.fixture
def site(content_site):
    return content_site


def test_builds_with_zero_warnings(site):
    assert site.returncode == 0, site.log
    assert "WARNING" not in site.log and "ERROR" not in site.log, site.log


def articles_in(site, prefix: str) -> set[str]:
    """The slugs of the articles an edition writes (an old address of one is a redirect page, not an article)."""
    return {p.name for p in (site.output / prefix / "news").iterdir()
            if site.html(f"{prefix}news/{p.name}/").find("article") is not None}


def test_every_source_page_exists_in_every_edition(site):
    sources = sorted((ROOT / "content").glob("*/news/*.md"))
    assert len(sources) >= 8
    articles, english = articles_in(site, ""), articles_in(site, "en/")
    # every article in every edition; English translations have addresses of their own
    assert len(articles) == len(english) == 5 and articles != english
    assert articles == articles_in(site, "sr-latn/")
    for prefix in ("", "en/", "sr-latn/"):
        for url in ("", "archives/", "tags/", "categories/", "404.html"):
            assert site.path(prefix + url).exists(), prefix + url
    for url in ("o-klaster-kuci/", "kontakt/", "sr-latn/o-klaster-kuci/", "sr-latn/kontakt/", "en/contact/"):
        assert site.path(url).exists(), url


def test_ambassador_visit_is_serbian_only_with_english_notice(site):
    en = site.html("en/news/poseta-ambasadora-danske-nisavskom-okrugu-i-leskovcu/")
    assert en.html["lang"] == "en"
    assert "This article is available only in Serbian." in en.find("p", class_="notice").text
    assert en.find("link", rel="canonical")["href"] == BASE + "news/poseta-ambasadora-danske-nisavskom-okrugu-i-leskovcu/"


def test_english_only_item_is_readable_in_serbian_with_notice(site):
    # the English-only items: Serbian pages whose article is in English
    slugs = [slug for slug in sorted(articles_in(site, "")) if site.html(f"news/{slug}/").find("article").get("lang") == "en"]
    assert slugs
    slug = slugs[0]
    sr = site.html(f"news/{slug}/")
    assert sr.html["lang"] == "sr-Cyrl" and sr.find("article")["lang"] == "en"
    assert "Ова вест је доступна само на енглеском језику." in sr.find("p", class_="notice").text
    assert sr.find("link", rel="canonical")["href"] == BASE + f"en/news/{slug}/"
    latin = site.html(f"sr-latn/news/{slug}/")
    assert "Ova vest je dostupna samo na engleskom jeziku." in latin.find("p", class_="notice").text


def test_no_broken_internal_links(site):
    problems, checked = broken_links(site.output, BASE)
    assert checked > 300
    assert problems == []


def test_switcher_and_hreflang_lead_to_pages_of_the_right_language(site):
    pages = [p for p in site.output.rglob("*.html")]
    for page in pages:
        rel = page.relative_to(site.output).as_posix()
        html = site.html(rel)
        for link in html.find_all("link", rel="alternate", hreflang=True):
            if link["hreflang"] == "x-default":
                continue
            target = site.html(link["href"][len(BASE):])
            assert target.html["lang"] == link["hreflang"], (rel, link["href"])
        for a in [a for nav in html.find_all("nav", class_="switcher") for a in nav.find_all("a")]:
            url = urljoin(BASE + rel, a["href"])  # 404 pages link absolutely, others relatively
            assert url.startswith(BASE) and site.path(url[len(BASE):]).exists(), (rel, a["href"])
            assert site.html(url[len(BASE):]).html["lang"] == a["lang"]


def test_album_pages_are_in_the_sitemap_with_their_alternates(site):
    import xml.etree.ElementTree as ET

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = {
        url.find("s:loc", ns).text: {link.get("hreflang") for link in url.findall("x:link", ns)}
        for url in ET.parse(site.path("sitemap.xml")).getroot().findall("s:url", ns)
    }
    album = "galleries/2018-01-26-leskovac-city/"
    for prefix in ("", "en/", "sr-latn/"):
        assert entries[BASE + prefix + album] == {"sr-Cyrl", "sr-Latn", "en", "x-default"}
