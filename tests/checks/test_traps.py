"""Metadata traps that are not errors: the page must come out right.

A title too long for a file name gets a shortened address; a zero-width space
inside a tag (a warning) does not make a second tag page; a `Template:` line
naming a template for its kind of page keeps working. (Catalogue case
"long-title", docs/input-errors.md; the warnings and errors are cases there too.)
"""

from __future__ import annotations

import pytest

from conftest import BuiltSite, run_pelican, write_content, write_settings

LONG_TITLE = "Веома " * 60 + "дуг наслов"
FILES = {
    "sr/news/2018-03-01-long.md": f"Title: {LONG_TITLE}\nDate: 2018-03-01\nTags: Дуго\n\nТекст.\n",
    "sr/news/2018-03-02-nis.md": "Title: Ниш\nDate: 2018-03-02\nTags: Ниш\n\nТекст.\n",
    # The same tag, with an invisible zero-width space inside it (a warning, so the build is not strict).
    "sr/news/2018-03-03-nis-again.md": "Title: Опет Ниш\nDate: 2018-03-03\nTags: Ни\u200bш\n\nТекст.\n",
    "en/news/2018-03-04-templated.md": "Title: Templated\nDate: 2018-03-04\nTemplate: article\n\nText.\n",
    "en/pages/templated.md": "Title: Templated page\nTemplate: page\n\nText.\n",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    base = tmp_path_factory.mktemp("traps")
    write_content(base / "content", FILES)
    # Not strict: the zero-width space is a warning (`make publish` would fail on it).
    result = run_pelican(base / "content", base / "output", write_settings(base), "--log-handler", "plain")
    built = BuiltSite(base / "output", result)
    assert built.returncode == 0, built.log
    return built


def test_a_title_too_long_for_a_file_name_gets_an_address_cut_after_a_word(site):
    slug = "-".join(["veoma"] * 10)  # 59 characters: an 11th word would pass the 60 of an address from a title
    for prefix in ("", "en/", "sr-latn/"):
        assert site.path(f"{prefix}news/{slug}/").exists()
    assert LONG_TITLE.strip() in site.text(f"news/{slug}/"), "the title itself is not shortened"


def test_a_zero_width_space_in_a_tag_makes_no_second_tag_page(site):
    tags = sorted(p.parent.name for p in (site.output / "tag").glob("*/index.html"))
    assert tags == ["dugo", "nis"]
    listed = site.html("tag/nis/").select("ul.article-list article h2")
    assert sorted(h.get_text(strip=True) for h in listed) == ["Ниш", "Опет Ниш"]
    assert "U+200B ZERO WIDTH SPACE" in site.log and "2018-03-03-nis-again.md:3:" in site.log


def test_a_template_for_its_kind_of_page_keeps_working(site):
    assert site.html("en/news/templated/").find("h1").get_text(strip=True) == "Templated"
    assert site.html("en/templated-page/").find("h1").get_text(strip=True) == "Templated page"
    assert "Template" not in site.log
