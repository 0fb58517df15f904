"""`Status: draft` and `Status: hidden` (README, "Add an article"): both build in every edition.

A draft is written under drafts/ and nowhere else: no list, tag, category,
feed or sitemap names it. A hidden article is published at its address and
kept out of every list and feed. (Catalogue case "draft", docs/input-errors.md.)
"""

from __future__ import annotations

import pytest

from conftest import build_fixture

PUBLISHED = {
    "sr/news/2020-01-10-both.md": "Title: Оба језика\nDate: 2020-01-10 10:00\nTags: Ниш\n\nТекст.\n",
    "en/news/2020-01-10-both.md": "Title: Both languages\nDate: 2020-01-10 10:00\nTags: Niš\n\nText.\n",
    "sr/pages/contact.md": "Title: Контакт\nOrder: 1\n\nНиш.\n",
}
DRAFTS = {
    # A draft in both languages, one without a date (a draft may have none yet), and a draft page.
    "sr/news/2020-02-10-plan.md": "Title: План рада\nDate: 2020-02-10 10:00\nStatus: draft\nTags: Нацрт\n\nТекст.\n",
    "en/news/2020-02-10-plan.md": "Title: Work plan\nDate: 2020-02-10 10:00\nStatus: draft\nTags: Sketch\n\nText.\n",
    "en/news/undated.md": "Title: Undated idea\nStatus: draft\n\nText.\n",
    "sr/pages/team.md": "Title: Тим\nStatus: draft\n\nТекст.\n",
}
HIDDEN = {"sr/news/2020-03-10-secret.md": "Title: Тихо објављено\nDate: 2020-03-10 10:00\nStatus: hidden\n"
                                          "Tags: Тајна\n\nТекст.\n"}
EDITIONS = ("", "en/", "sr-latn/")
TITLES = {"": "План рада", "en/": "Work plan", "sr-latn/": "Plan rada"}  # each edition shows its own language
PLAN = {"": "plan-rada", "en/": "work-plan", "sr-latn/": "plan-rada"}  # and has its address in its own words
BOTH = {"": "oba-jezika", "en/": "both-languages", "sr-latn/": "oba-jezika"}
# Words that appear only in the drafts and the hidden article: their titles, slugs and tags.
DRAFT_WORDS = ("plan-rada", "work-plan", "План рада", "Plan rada", "Work plan", "undated", "Undated idea", "Нацрт", "Nacrt",
               "Sketch", "drafts/", "tim/", "Тим")
HIDDEN_WORDS = ("tiho-objavljeno", "Тихо објављено", "Tiho objavljeno", "Тајна", "Tajna", "tajna")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_fixture(tmp_path_factory.mktemp("status"), {**PUBLISHED, **DRAFTS, **HIDDEN})


def _files(site):
    return sorted(p.relative_to(site.output).as_posix() for p in site.output.rglob("*")
                  if p.is_file() and not p.relative_to(site.output).as_posix().startswith("."))


@pytest.mark.parametrize("prefix", EDITIONS)
def test_drafts_are_written_under_drafts_in_every_edition(site, prefix):
    assert f"<h1>{TITLES[prefix]}</h1>" in site.text(f"{prefix}drafts/{PLAN[prefix]}/")
    assert site.path(f"{prefix}drafts/undated-idea/").exists()
    assert site.path(f"{prefix}drafts/pages/tim.html").exists()
    assert not site.path(f"{prefix}news/{PLAN[prefix]}/").exists() and not site.path(f"{prefix}tim/").exists()


def test_hidden_article_is_published_in_every_edition(site):
    for prefix in EDITIONS:
        assert site.path(f"{prefix}news/tiho-objavljeno/").exists()
    assert "Tiho objavljeno" in site.text("sr-latn/news/tiho-objavljeno/")


def test_no_list_feed_or_sitemap_names_a_draft_or_the_hidden_article(site):
    own = {f"{p}drafts/" for p in EDITIONS} | {f"{p}news/tiho-objavljeno/" for p in EDITIONS}
    checked = []
    for name in _files(site):
        if any(name.startswith(o) for o in own) or not name.endswith((".html", ".xml")):
            continue
        text = site.output.joinpath(name).read_text(encoding="utf-8")
        words = DRAFT_WORDS if name == "sitemap.xml" else DRAFT_WORDS + HIDDEN_WORDS
        assert not [w for w in words if w in text], name
        checked.append(name)
    # The lists that would show them were really looked at.
    for listing in ("index.html", "en/index.html", "archives/index.html", "category/news/index.html",
                    "tags/index.html", "tag/nis/index.html", "feeds/all.atom.xml", "en/feeds/all.rss.xml",
                    "sr-latn/feeds/all.atom.xml", "sitemap.xml"):
        assert listing in checked
    assert "Оба језика" in site.text("")


def test_no_tag_page_for_tags_only_drafts_or_hidden_articles_have(site):
    tags = {name.split("/tag/")[-1] for name in _files(site) if "tag/" in name}
    assert not any(t.startswith(("nacrt", "sketch", "tajna")) for t in tags), tags
    assert site.path("tag/nis/").exists()


def test_the_sitemap_lists_the_hidden_article_as_public(site):
    assert "/news/tiho-objavljeno/" in site.text("sitemap.xml")


@pytest.mark.parametrize("prefix", EDITIONS)
def test_a_draft_is_not_indexed_and_links_to_no_missing_tag_page(site, prefix):
    for url in (f"{prefix}drafts/{PLAN[prefix]}/", f"{prefix}drafts/pages/tim.html"):
        page = site.html(url)
        assert page.find("meta", attrs={"name": "robots", "content": "noindex"}), url
    draft = site.html(f"{prefix}drafts/{PLAN[prefix]}/")
    assert draft.select("ul.tags li") and not draft.select("ul.tags a")
    for url in (f"{prefix}news/tiho-objavljeno/", f"{prefix}news/{BOTH[prefix]}/"):
        page = site.html(url)
        assert not page.find("meta", attrs={"name": "robots"}), url
    # the hidden article's own tag has no page (no list names it): named, not linked
    hidden = site.html(f"{prefix}news/tiho-objavljeno/")
    assert hidden.select("ul.tags li") and not hidden.select("ul.tags a")
    assert site.html(f"{prefix}news/{BOTH[prefix]}/").select("ul.tags a")
