"""Structured data (plugins/share/structured.py): every page's JSON-LD parses, is one script,
and carries what Google's Article, Organization and BreadcrumbList rich results require;
translations are linked only where they are real; album pages are an ImageGallery."""

from __future__ import annotations

import datetime

import pytest
from PIL import Image

import share_site as fixture
from share_site import ALBUM, ALONE_SLUG, EDITIONS, EN_SLUG, NAMES, SITEURL, SR_SLUG, file_of, graph_of, nodes


@pytest.fixture(scope="module")
def built(share_built):
    return share_built


def _aware(value: str) -> datetime.datetime:
    parsed = datetime.datetime.fromisoformat(value)
    assert parsed.tzinfo is not None, f"{value}: no time zone"
    return parsed


def _article(built, url):
    graph = graph_of(built.html(url))
    assert graph is not None, url
    [article] = nodes(graph, "NewsArticle")
    return graph, article


def test_every_page_has_at_most_one_json_ld_that_parses(built):
    pages = fixture.html_pages(built)
    with_graph = 0
    for path in pages:
        html = built.html(fixture.url_of(built, path))
        graph = graph_of(html)  # parses, or fails
        if graph is not None:
            with_graph += 1
            assert graph and all("@type" in node for node in graph), path
    assert with_graph == 2 * 3 + 3 + 3, with_graph  # two articles, an album and the home page, in three editions


@pytest.mark.parametrize("code", EDITIONS)
def test_articles_carry_googles_article_properties(built, code):
    prefix = EDITIONS[code]
    slug = EN_SLUG if code == "en" else SR_SLUG
    graph, article = _article(built, f"{prefix}news/{slug}/")
    html = built.html(f"{prefix}news/{slug}/")
    assert article["headline"] == html.h1.get_text()
    assert len(article["headline"]) <= 110
    assert article["inLanguage"] == code
    assert article["url"] == html.find("link", rel="canonical")["href"]
    assert _aware(article["datePublished"]) == datetime.datetime(
        2024, 3, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    modified = _aware(article["dateModified"])
    assert modified >= _aware(article["datePublished"])
    if code != "en":
        assert modified.date() == datetime.date(2024, 3, 4)  # its Modified: line
    author = article["author"]
    assert author["@type"] == "Organization" and author["name"] == NAMES[code]
    assert author["url"] == f"{SITEURL}/{prefix}"
    [organization] = nodes(graph, "Organization")
    assert article["publisher"] == {"@id": organization["@id"]} and author["@id"] == organization["@id"]


@pytest.mark.parametrize("code", EDITIONS)
def test_organization_has_a_name_an_address_and_a_logo_that_exists(built, code):
    prefix = EDITIONS[code]
    for url in (prefix, f"{prefix}news/{SR_SLUG if code != 'en' else EN_SLUG}/", f"{prefix}galleries/{ALBUM}/"):
        [organization] = nodes(graph_of(built.html(url)), "Organization")
        assert organization["name"] == NAMES[code]
        assert set(organization["alternateName"]) == set(NAMES.values()) - {NAMES[code]}
        assert organization["url"] == f"{SITEURL}/{prefix}"
        logo = organization["logo"]
        with Image.open(file_of(built, logo["url"])) as image:
            assert image.size == (logo["width"], logo["height"]) and logo["width"] >= 112


@pytest.mark.parametrize("code", EDITIONS)
def test_home_pages_have_the_organization_and_the_website(built, code):
    prefix = EDITIONS[code]
    graph = graph_of(built.html(prefix))
    [site] = nodes(graph, "WebSite")
    [organization] = nodes(graph, "Organization")
    assert site["url"] == f"{SITEURL}/{prefix}" and site["name"] == NAMES[code] and site["inLanguage"] == code
    assert site["publisher"] == {"@id": organization["@id"]}
    target = site["potentialAction"]["target"]["urlTemplate"]
    assert target == f"{SITEURL}/{prefix}search/?q={{q}}" and file_of(built, target.split("?")[0]).exists()
    # the second page of the news is no home page
    assert not nodes(graph_of(built.html(prefix + "archives/")) or [], "WebSite")


@pytest.mark.parametrize("code", EDITIONS)
def test_breadcrumbs_lead_home_through_the_category_to_the_article(built, code):
    prefix = EDITIONS[code]
    slug = EN_SLUG if code == "en" else SR_SLUG
    graph, article = _article(built, f"{prefix}news/{slug}/")
    [trail] = nodes(graph, "BreadcrumbList")
    items = trail["itemListElement"]
    assert [i["position"] for i in items] == [1, 2, 3]
    assert all(i["@type"] == "ListItem" and i["name"] for i in items)
    assert items[0]["item"] == f"{SITEURL}/{prefix}" and items[0]["name"] == NAMES[code]
    assert items[1]["item"] == f"{SITEURL}/{prefix}category/news/"
    assert items[1]["name"] == {"en": "News", "sr-Cyrl": "Вести", "sr-Latn": "Vesti"}[code]
    assert items[2]["item"] == article["url"] and items[2]["name"] == article["headline"]
    for item in items:
        assert file_of(built, item["item"]).exists(), item


def test_article_image_is_its_cover_or_its_card_a_file_of_the_stated_size(built):
    for url, size in ((f"news/{SR_SLUG}/", None), (f"en/news/{EN_SLUG}/", None), (f"news/{ALONE_SLUG}/", (1200, 630))):
        _, article = _article(built, url)
        [image] = article["image"]
        with Image.open(file_of(built, image["url"])) as picture:
            assert picture.size == (image["width"], image["height"]), url
        if size:  # no cover: the card the build drew for the link previews
            assert (image["width"], image["height"]) == size, url
        else:  # the cover of its album: the album's first photo, its largest copy
            assert "/galleries/images/img-1-" in image["url"] and image["width"] == 1000, image
        og = built.html(url).find("meta", property="og:image")
        assert og is None or og["content"] == image["url"], url


def test_translations_link_the_original_and_only_real_translations(built):
    _, sr = _article(built, f"news/{SR_SLUG}/")
    _, en = _article(built, f"en/news/{EN_SLUG}/")
    _, latin = _article(built, f"sr-latn/news/{SR_SLUG}/")
    # the Serbian file is the original (no git history: the site's language order decides)
    assert en["translationOfWork"] == en["isBasedOn"] == {"@id": sr["@id"]}
    assert sr["workTranslation"] == [{"@id": en["@id"]}]
    assert latin["workTranslation"] == [{"@id": en["@id"]}] and "translationOfWork" not in latin
    assert "translationOfWork" not in sr and "isBasedOn" not in sr
    for url in (f"news/{ALONE_SLUG}/", f"en/news/{ALONE_SLUG}/", f"sr-latn/news/{ALONE_SLUG}/"):
        _, alone = _article(built, url)
        assert not {"translationOfWork", "isBasedOn", "workTranslation"} & set(alone), url


def test_a_fallback_copy_describes_the_original(built):
    _, copy = _article(built, f"en/news/{ALONE_SLUG}/")
    assert copy["url"] == f"{SITEURL}/news/{ALONE_SLUG}/"  # its canonical address
    assert copy["inLanguage"] == "sr-Cyrl" and copy["headline"] == "Само на српском"


@pytest.mark.parametrize("code", EDITIONS)
def test_album_pages_are_an_image_gallery_of_files_that_exist(built, code):
    prefix = EDITIONS[code]
    graph = graph_of(built.html(f"{prefix}galleries/{ALBUM}/"))
    [gallery] = nodes(graph, "ImageGallery")
    assert gallery["name"] == {"en": "Fair in Niš", "sr-Cyrl": "Сајам у Нишу", "sr-Latn": "Sajam u Nišu"}[code]
    assert gallery["inLanguage"] == code and len(gallery["image"]) == 2
    for image in gallery["image"]:
        with Image.open(file_of(built, image["contentUrl"])) as picture:
            assert picture.size == (image["width"], image["height"])
        assert file_of(built, image["thumbnailUrl"]).exists()
    captions = [i.get("caption") for i in gallery["image"]]
    if code != "en":
        assert captions[0] == {"sr-Cyrl": "Штанд Кластер куће", "sr-Latn": "Štand Klaster kuće"}[code]


def test_lists_and_other_pages_carry_no_article_graph(built):
    for url in ("archives/", "tags/", "en/categories/", f"galleries/"):
        graph = graph_of(built.html(url)) or []
        assert not nodes(graph, "NewsArticle") and not nodes(graph, "BreadcrumbList"), url


def test_other_plugins_add_their_nodes_through_the_view(built):
    """A view's `structured_data` list (the events plugin's Event) joins the page's graph."""
    from types import SimpleNamespace

    from share import structured

    view = SimpleNamespace(structured_data=[{"@type": "Event", "name": "</script><b>"}])
    context = {"page": view, "article": None, "output_file": "x/index.html", "INDEX_SAVE_AS": "index.html"}
    assert structured.graph(context) == [{"@type": "Event", "name": "</script><b>"}]


def test_script_json_escapes_what_could_end_the_element():
    from share.structured import script_json

    text = script_json({"t": "</script><!-- a & b \u2028\u2029"})
    assert not set("<>&\u2028\u2029") & set(text)
    import json

    assert json.loads(text) == {"t": "</script><!-- a & b \u2028\u2029"}
