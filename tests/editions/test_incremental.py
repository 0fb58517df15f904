"""Rebuilds reuse unchanged pages, skip unchanged builds, and always equal a cold build."""

from __future__ import annotations

import re
import shutil

import pytest

from conftest import ROOT, run_pelican, tree_digest, write_files

SITE = {
    "sr/news/2018-01-26-visit.md": "Title: Посета у Нишу\nDate: 2018-01-26 12:00\nTags: Ниш\n\nТекст.\n",
    "en/news/2018-01-26-visit.md": "Title: Visit to Niš\nDate: 2018-01-26 12:00\nTags: Niš\n\nText.\n",
    "sr/news/2018-02-09-training.md": "Title: Обука\nDate: 2018-02-09 10:00\nTags: Лесковац\n\nТекст обуке.\n",
    "en/news/2017-02-01-kick-off.md": "Title: Kick-off\nDate: 2017-02-01 10:00\n\nEnglish only.\n",
    "sr/pages/contact.md": "Title: Контакт\n\nНиш.\n",
    "en/pages/contact.md": "Title: Contact\n\nNiš.\n",
}


def settings_file(base, cache):
    path = base / f"settings-{cache.name}.py"
    path.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n"
                    f"CACHE_PATH = {str(cache)!r}\n", encoding="utf-8")
    return path


def build(base, name="output", cache="cache"):
    result = run_pelican(base / "content", base / name, settings_file(base, base / cache), "-v")
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    return log


def counts(log):
    match = re.search(r"editions: (\d+) pages rendered, (\d+) unchanged", log)
    return (int(match[1]), int(match[2])) if match else None


def site(folder):
    return {k: v for k, v in tree_digest(folder).items() if not k.startswith(".build/")}


@pytest.fixture
def base(tmp_path):
    write_files(tmp_path / "content", SITE)
    return tmp_path


def same_as_cold_build(base):
    shutil.rmtree(base / "cold", ignore_errors=True)
    build(base, "cold", "cold-cache")
    return site(base / "output") == site(base / "cold")


def test_unchanged_inputs_skip_the_build(base):
    first = build(base)
    assert counts(first)[1] == 0, "a first build renders everything"
    before = tree_digest(base / "output")
    again = build(base)
    assert "Nothing changed since the last build" in again
    assert counts(again) is None, "nothing was rendered"
    assert tree_digest(base / "output") == before


def test_one_edit_renders_only_what_shows_it_and_equals_a_cold_build(base):
    rendered, _ = counts(build(base))
    write_files(base / "content", {"sr/news/2018-02-09-training.md": "Title: Обука\nDate: 2018-02-09 10:00\n"
                                   "Tags: Лесковац\n\nНов текст обуке.\n"})
    again, reused = counts(build(base))
    assert 0 < again < rendered and reused > 0  # (the 1,000-article bench: 88 of 2,196)
    html = (base / "output" / "en" / "news" / "obuka" / "index.html").read_text(encoding="utf-8")
    assert "Нов текст обуке." in html, "the fallback copy in English shows the edit too"
    assert same_as_cold_build(base)


def test_a_new_article_a_new_tag_and_a_catalog_change_still_equal_a_cold_build(base):
    build(base)
    write_files(base / "content", {"en/news/2019-05-05-new.md": "Title: New story\nDate: 2019-05-05\nTags: Brand new\n\nNew.\n"})
    build(base)
    assert (base / "output" / "news" / "new-story" / "index.html").exists()
    assert same_as_cold_build(base)
    # The menu is on every page: renaming a page re-renders every page of that edition.
    (base / "content" / "sr" / "pages" / "contact.md").write_text("Title: Контакти\n\nНиш.\n", encoding="utf-8")
    rendered, reused = counts(build(base))
    assert rendered > reused and same_as_cold_build(base)


def kept(log):
    match = re.search(r"(\d+) unchanged pages kept", log)
    return int(match[1]) if match else None


@pytest.fixture
def paged(tmp_path):
    """Twelve Serbian articles, two to a list page: six pages of the home list per edition."""
    files = {f"sr/news/2018-01-{day:02d}-story.md": f"Title: Прича {day}\nDate: 2018-01-{day:02d} 10:00\n"
             f"Tags: Ниш\n\nТекст {day}.\n" for day in range(1, 13)}
    write_files(tmp_path / "content", files)
    return tmp_path


def paged_build(base, name="output", cache="cache"):
    settings = settings_file(base, base / cache)
    settings.write_text(settings.read_text(encoding="utf-8") + "DEFAULT_PAGINATION = 2\n", encoding="utf-8")
    result = run_pelican(base / "content", base / name, settings, "-v")
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def paged_same_as_cold(base):
    shutil.rmtree(base / "cold", ignore_errors=True)
    paged_build(base, "cold", "cold-cache")
    return site(base / "output") == site(base / "cold")


def test_editing_one_article_renders_the_one_list_page_that_shows_it(paged):
    paged_build(paged)
    # The newest first: day 6 is on page 4 of the home list (12, 11 | 10, 9 | 8, 7 | 6, 5 | ...).
    write_files(paged / "content", {"sr/news/2018-01-06-story.md":
                                    "Title: Прича 6\nDate: 2018-01-06 10:00\nTags: Ниш\n\nНов текст 6.\n"})
    log = paged_build(paged)
    # Each of the three editions keeps 5 of its 6 home pages and 5 of 6 in the category; the two
    # Serbian ones 5 of 6 in the tag too (English lists no tag of fallback copies).
    assert kept(log) == (3 * 2 + 2) * 5, log
    assert "Нов текст 6." in (paged / "output" / "page" / "4" / "index.html").read_text(encoding="utf-8")
    assert paged_same_as_cold(paged)


@pytest.mark.parametrize("change", ["retitle", "add", "delete"])
def test_a_change_that_moves_list_pages_still_equals_a_cold_build(paged, change):
    paged_build(paged)
    story = paged / "content" / "sr" / "news" / "2018-01-06-story.md"
    if change == "retitle":
        story.write_text("Title: Сасвим нова прича\nDate: 2018-01-06 10:00\nTags: Ниш\n\nТекст 6.\n", encoding="utf-8")
    elif change == "add":
        write_files(paged / "content", {"sr/news/2018-01-13-more.md": "Title: Још\nDate: 2018-01-13 10:00\n\nЈош.\n"})
    else:
        story.unlink()
    paged_build(paged)
    assert paged_same_as_cold(paged)


def test_a_tag_that_gains_its_page_is_linked_on_every_article_that_names_it(base):
    # A hidden article's own tag is named without a link; once a published article has the
    # same tag, its page exists and the hidden article, itself unchanged, links it.
    write_files(base / "content", {"sr/news/2018-03-01-quiet.md": "Title: Тихо\nDate: 2018-03-01 10:00\n"
                                   "Status: hidden\nTags: Берлин\n\nТекст.\n"})
    build(base)
    hidden = base / "output" / "news" / "tiho" / "index.html"
    assert 'tag/berlin/' not in hidden.read_text(encoding="utf-8")
    write_files(base / "content", {"sr/news/2018-03-02-berlin.md": "Title: Берлин\nDate: 2018-03-02 10:00\n"
                                   "Tags: Берлин\n\nТекст.\n"})
    build(base)
    assert 'href="../../tag/berlin/"' in hidden.read_text(encoding="utf-8")
    assert same_as_cold_build(base)
