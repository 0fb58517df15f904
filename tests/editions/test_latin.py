"""The Serbian Latin edition, derived by the build from the Cyrillic sources."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from conftest import build_fixture
from editions.lint import lint_serbian_source

CYRILLIC = re.compile("[\u0400-\u04ff]")
# URLs and e-mail addresses are identifiers: they stay as written, in any script.
IDENTIFIERS = re.compile(r"\S+@\S+|https?://\S+")

SITE = {
    "sr/news/2018-01-26-visit.md": """
        Title: ЉУБАВ и Џеп у Нишу
        Date: 2018-01-26 12:00
        Tags: Ниш, Његош
        Summary: Кратак опис посете.

        Посета [Кластер кући](https://пример.срб/путања) и пошта info@кластер.срб.

        ![Амбасадор у Нишу](https://example.org/слика.jpg "Наслов слике")

        Назив <span class="no-translit">Кластер кућа</span> остаје ћирилицом.

        ```
        код = "Ниш"
        ```
        """,
    "en/news/2018-01-26-visit.md": """
        Title: Love and a pocket in Niš
        Date: 2018-01-26 12:00

        English text.
        """,
    "en/news/2019-01-01-english-only.md": """
        Title: English only
        Date: 2019-01-01 12:00

        Only in English.
        """,
    "sr/pages/about.md": """
        Title: О нама

        Ђорђе и Џемаил из Ниша.
        """,
}
SLUG = "ljubav-i-dzep-u-nisu"
EN_SLUG = "love-and-a-pocket-in-nis"  # the English translation's address is in its own words


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_fixture(tmp_path_factory.mktemp("latin"), SITE)


def _latin_pages(site):
    return sorted((site.output / "sr-latn").rglob("*.html"))


def test_every_cyrillic_page_has_a_latin_twin_with_the_same_slug(site):
    for url in (f"news/{SLUG}/", "o-nama/", "", "archives/", "tag/nis/", "category/news/", "404.html"):
        assert site.path(url).exists(), url
        assert site.path("sr-latn/" + url).exists(), url
        assert site.html("sr-latn/" + url).html["lang"] == "sr-Latn"


def test_no_cyrillic_in_visible_text_or_attributes_of_latin_pages(site):
    checked = 0
    for page in _latin_pages(site):
        soup = site.html(str(page.relative_to(site.output)))
        for text in soup.find_all(string=True):
            # the escape, code, and the script switcher's "Ћирилица" link are Cyrillic on purpose
            if text.find_parent(["code", "pre"]) or text.find_parent(class_="no-translit"):
                continue
            if text.find_parent(attrs={"lang": "sr-Cyrl"}):
                continue
            if text.parent.name == "script" and text.parent.get("type") == "application/ld+json":
                # structured data: Latin too, but for the Organization's other names (its Cyrillic one)
                for node in json.loads(text)["@graph"]:
                    rest = json.dumps({k: v for k, v in node.items() if k != "alternateName"}, ensure_ascii=False)
                    assert not CYRILLIC.search(IDENTIFIERS.sub("", rest)), (page, rest)
                continue
            assert not CYRILLIC.search(IDENTIFIERS.sub("", text)), (page, text)
        for tag in soup.find_all(True):
            for attribute in ("alt", "title", "aria-label", "content"):
                if tag.has_attr(attribute) and not tag.find_parent(class_="no-translit"):
                    assert not CYRILLIC.search(tag[attribute]), (page, attribute, tag[attribute])
        checked += 1
    assert checked > 10


def test_transliteration_is_right_and_leaves_urls_code_and_escapes_alone(site):
    html = site.html(f"sr-latn/news/{SLUG}/")
    assert html.h1.text == "LJUBAV i Džep u Nišu"
    body = html.find("div", class_="content")
    link = body.find("a")
    assert link["href"] == "https://пример.срб/путања" and link.text == "Klaster kući"
    assert "info@кластер.срб" in body.text
    image = body.find("img")
    assert image["src"] == "https://example.org/слика.jpg"
    assert image["alt"] == "Ambasador u Nišu" and image["title"] == "Naslov slike"
    assert body.find("span", class_="no-translit").text == "Кластер кућа"
    assert 'код = "Ниш"' in body.find("code").text
    assert [a.text for a in html.select("ul.tags a")] == ["Niš", "Njegoš"]
    assert html.find("time").text == "26. januar 2018."
    assert html.find("a", class_="skip-link").text == "Pređi na sadržaj"


def test_script_switcher_and_hreflang(site):
    def navs(url):
        return {nav["aria-label"]: {a["lang"]: a["href"] for a in nav.find_all("a")}
                for nav in site.html(url).find_all("nav", class_="switcher")}

    assert navs(f"news/{SLUG}/") == {
        "Језик": {"en": f"../../en/news/{EN_SLUG}/"},
        "Писмо": {"sr-Latn": f"../../sr-latn/news/{SLUG}/"},
    }
    assert navs(f"sr-latn/news/{SLUG}/") == {
        "Jezik": {"en": f"../../../en/news/{EN_SLUG}/"},
        "Pismo": {"sr-Cyrl": f"../../../news/{SLUG}/"},
    }
    assert "Pismo" not in str(site.html(f"en/news/{EN_SLUG}/").find("header")), "no script switcher in English"
    hreflang = {l["hreflang"] for l in site.html(f"sr-latn/news/{SLUG}/").find_all("link", hreflang=True)}
    assert hreflang == {"sr-Cyrl", "sr-Latn", "en", "x-default"}


def test_latin_reader_never_sees_a_not_translated_notice_for_a_serbian_page(site):
    assert site.html("sr-latn/o-nama/").find("p", class_="notice") is None
    notice = site.html("sr-latn/news/english-only/").find("p", class_="notice")
    assert notice.text.strip().startswith("Ova vest je dostupna samo na engleskom jeziku.")


def test_latin_feed_says_sr_latn_and_is_latin(site):
    rss = ET.parse(site.path("sr-latn/feeds/all.rss.xml")).getroot()
    assert rss.find("channel/language").text == "sr-Latn"
    titles = [item.find("title").text for item in rss.findall("channel/item")]
    assert "LJUBAV i Džep u Nišu" in titles
    atom = ET.parse(site.path("sr-latn/feeds/all.atom.xml")).getroot()
    assert atom.get("{http://www.w3.org/XML/1998/namespace}lang") == "sr-Latn"


def test_lint_flags_latin_sources_and_mixed_words():
    text = "Title: Посета Нiшу\nDate: 2018-01-01\n\nПрви ред.\nOvo je red na latinici, čisto.\n`код Nиш` је у реду.\n"
    problems = lint_serbian_source(text)
    assert [line for line, _ in problems] == [1, 5]
    assert "'Нiшу' mixes Latin and Cyrillic letters" in problems[0][1]
    assert "Serbian in Latin script" in problems[1][1]
    assert lint_serbian_source("Title: Sve latinicom\n\nOvo je tekst.\n")[0][0] == 1


def test_lint_warning_names_file_and_line_and_fails_a_strict_build(build_site):
    built = build_site({"sr/news/x.md": "Title: Нiш\nDate: 2018-01-01\n\nТекст.\n"})
    assert built.returncode != 0
    assert "content/sr/news/x.md:1: 'Нiш' mixes Latin and Cyrillic letters" in built.log
