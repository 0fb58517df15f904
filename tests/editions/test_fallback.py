"""Untranslated pages (fallback / link / hide), outdated translations, feeds, and the editors' report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from conftest import ROOT, build_fixture, run_pelican, write_files
from linkcheck import broken_links

BASE = "http://127.0.0.1:8000/"

BOTH = {
    "sr/news/2020-01-10-both.md": "Title: Оба језика\nDate: 2020-01-10 10:00\n\nТекст.\n",
    "en/news/2020-01-10-both.md": "Title: Both languages\nDate: 2020-01-10 10:00\n\nText.\n",
}
SR_ONLY = {"sr/news/2020-02-10-sr-only.md": "Title: Само српски\nDate: 2020-02-10 10:00\n\nСамо на српском.\n"}
EN_ONLY = {"en/news/2020-03-10-en-only.md": "Title: English only\nDate: 2020-03-10 10:00\n\nOnly in English.\n"}
# The Serbian original changed (Modified) after its translation was written.
OUTDATED = {
    "sr/news/2020-04-10-changed.md": "Title: Измењен оригинал\nDate: 2020-04-10 10:00\nModified: 2024-03-03 10:00\n\nНов текст.\n",
    "en/news/2020-04-10-changed.md": "Title: Changed original\nDate: 2020-04-10 10:00\nModified: 2020-04-11 10:00\n\nOld text.\n",
}
FOUR = {**BOTH, **SR_ONLY, **EN_ONLY, **OUTDATED}


def build(tmp_path, files, **overrides):
    return build_fixture(tmp_path, files, **overrides)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("fallback"), FOUR)


def notice(site, url):
    found = site.html(url).find_all("p", class_="notice")
    return [" ".join(p.get_text(" ", strip=True).split()) for p in found]


def test_exact_notices(site):
    assert notice(site, "en/news/samo-srpski/") == ["This article is available only in Serbian. View it on the Serbian version of the site"]
    assert notice(site, "news/english-only/") == ["Ова вест је доступна само на енглеском језику. Погледај на енглеској верзији сајта"]
    assert notice(site, "sr-latn/news/english-only/") == ["Ova vest je dostupna samo na engleskom jeziku. Pogledaj na engleskoj verziji sajta"]
    assert notice(site, "sr-latn/news/samo-srpski/") == [], "Latin readers get the Serbian text without a notice"
    assert notice(site, "en/news/both-languages/") == [] and notice(site, "news/oba-jezika/") == []
    assert notice(site, "en/news/changed-original/") == [
        "The Serbian original was updated on 3 March 2024; this translation may be out of date. Read the original"]
    assert notice(site, "news/izmenjen-original/") == []


def test_fallback_body_language_canonical_and_links(site):
    html = site.html("en/news/samo-srpski/")
    assert html.html["lang"] == "en" and html.find("article")["lang"] == "sr-Cyrl"
    assert html.find("link", rel="canonical")["href"] == BASE + "news/samo-srpski/"
    assert html.select_one(".notice a")["href"] == "../../../news/samo-srpski/"
    switcher = {a["lang"]: a["href"] for a in html.find("nav", class_="switcher").find_all("a")}
    assert switcher == {"sr-Cyrl": "../../../news/samo-srpski/"}
    # a fallback copy is not a translation: no hreflang (the original's cluster does not list it either)
    assert html.find_all("link", rel="alternate", hreflang=True) == []
    original = {l["hreflang"]: l["href"] for l in site.html("news/samo-srpski/").find_all("link", hreflang=True)}
    assert original == {"sr-Cyrl": BASE + "news/samo-srpski/", "sr-Latn": BASE + "sr-latn/news/samo-srpski/",
                        "x-default": BASE + "news/samo-srpski/"}
    english_only = site.html("news/english-only/")
    assert english_only.find("link", rel="canonical")["href"] == BASE + "en/news/english-only/"
    # a real page is its own canonical
    assert site.html("en/news/both-languages/").find("link", rel="canonical")["href"] == BASE + "en/news/both-languages/"


def test_listings_mark_fallbacks_with_their_language(site):
    items = site.html("en/").select("ul.article-list article")
    marks = {a.h2.get_text(strip=True): (a.get("lang"), a.select_one(".lang-mark")) for a in items}
    assert marks["Само српски"][0] == "sr-Cyrl" and marks["Само српски"][1].text == "in Serbian"
    assert marks["Both languages"] == (None, None)


def test_sitemap_lists_originals_only(site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = {u.find("s:loc", ns).text for u in ET.parse(site.path("sitemap.xml")).getroot().findall("s:url", ns)}
    assert BASE + "news/samo-srpski/" in locs and BASE + "sr-latn/news/samo-srpski/" in locs
    assert BASE + "en/news/samo-srpski/" not in locs
    assert BASE + "en/news/english-only/" in locs and BASE + "news/english-only/" not in locs


def test_feeds_list_only_articles_in_their_language(site):
    def titles(path):
        return {i.find("title").text for i in ET.parse(site.path(path)).getroot().findall("channel/item")}

    assert titles("en/feeds/all.rss.xml") == {"Both languages", "English only", "Changed original"}
    assert titles("feeds/all.rss.xml") == {"Оба језика", "Само српски", "Измењен оригинал"}


@pytest.mark.parametrize("mode", ["fallback", "link", "hide"])
def test_no_dead_links_in_any_mode(tmp_path, mode):
    files = {**FOUR, "en/pages/about.md": "Title: About\n\nSee [the Serbian news]({filename}../../sr/news/2020-02-10-sr-only.md).\n"}
    site = build(tmp_path, files, EDITIONS_UNTRANSLATED=mode)
    problems, checked = broken_links(site.output, BASE)
    assert checked > 100 and problems == []
    listed = site.html("en/").select("ul.article-list h2 a")
    hrefs = {a.get_text(strip=True): a["href"] for a in listed}
    about_link = site.html("en/about/").select_one("div.content a")["href"]
    if mode == "fallback":
        assert hrefs["Само српски"] == "../en/news/samo-srpski/"
        assert about_link == "../../en/news/samo-srpski/"
    elif mode == "link":
        assert hrefs["Само српски"] == "../news/samo-srpski/"
        assert not site.path("en/news/samo-srpski/").exists()
        assert about_link == "../../news/samo-srpski/"
    else:
        assert "Само српски" not in hrefs
        assert not site.path("en/news/samo-srpski/").exists()
        assert about_link == "../../news/samo-srpski/", "a link to a hidden page leads to the original"
        switcher = {a["lang"]: a["href"] for a in site.html("news/samo-srpski/").find("nav", class_="switcher").find_all("a")}
        assert switcher == {"en": "../../en/"}


def test_unknown_mode_is_refused_with_the_setting_named(tmp_path):
    write_files(tmp_path / "content", BOTH)
    (tmp_path / "settings.py").write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\nEDITIONS_UNTRANSLATED = 'hidden'\n")
    result = run_pelican(tmp_path / "content", tmp_path / "output", tmp_path / "settings.py")
    assert result.returncode != 0
    assert "EDITIONS_UNTRANSLATED is 'hidden'; expected one of 'fallback', 'link', 'hide'." in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr, "a wrong setting is not a crash"


def git(cwd, *args, date=None):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


def test_outdated_from_git_history(tmp_path):
    write_files(tmp_path / "content", {"en/news/2021-01-01-story.md": "Title: Story\nDate: 2021-01-01\n\nOriginal.\n"})
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "original", date="2023-05-01T10:00:00+00:00")
    write_files(tmp_path / "content", {"sr/news/2021-01-01-story.md": "Title: Прича\nDate: 2021-01-01\n\nПревод.\n"})
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "translation", date="2023-06-01T10:00:00+00:00")
    site = build(tmp_path, {})
    assert notice(site, "news/prica/") == [], "translation newer than its original"
    write_files(tmp_path / "content", {"en/news/2021-01-01-story.md": "Title: Story\nDate: 2021-01-01\n\nOriginal, revised.\n"})
    git(tmp_path, "commit", "-qam", "revise original", date="2024-03-03T10:00:00+00:00")
    site = build(tmp_path, {})
    assert notice(site, "news/prica/") == [
        "Енглески оригинал је измењен 3. марта 2024.; овај превод можда није ажуран. Прочитај оригинал"]
    assert notice(site, "en/news/story/") == [], "the original is never outdated"


def test_translation_report(tmp_path):
    write_files(tmp_path / "content", FOUR)
    run = subprocess.run(
        [sys.executable, "-m", "editions.report", "--settings", str(ROOT / "pelicanconf.py"),
         "--content", "content", "--json", "report.json", "--strict"],
        cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")},
    )
    assert run.returncode == 1, run.stderr
    lines = run.stdout.splitlines()
    assert "article news/2020-01-10-both: content/sr/news/2020-01-10-both.md, content/en/news/2020-01-10-both.md" in lines
    assert "article news/2020-02-10-sr-only: content/sr/news/2020-02-10-sr-only.md | missing: English" in lines
    assert "article news/2020-03-10-en-only: content/en/news/2020-03-10-en-only.md | missing: Serbian" in lines
    assert ("article news/2020-04-10-changed: content/sr/news/2020-04-10-changed.md, content/en/news/2020-04-10-changed.md"
            " | outdated: content/en/news/2020-04-10-changed.md (the Serbian original changed 2024-03-03)") in lines
    assert lines[-1] == "translations: 4 items, 2 missing a language, 1 outdated"
    report = json.loads((tmp_path / "report.json").read_text())
    assert [i["missing"] for i in report["items"]] == [[], ["en"], ["sr"], []]
    assert report["catalogs"][0]["untranslated"] == [] and report["catalogs"][0]["fuzzy"] == []
