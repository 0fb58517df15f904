"""The page-weight budget (tests/visitor/checks.py) with a cover on every story of the home page:
ten articles, each with an album of camera-like photos, loaded on a phone (390x844, 2x)."""

from __future__ import annotations

import runpy

import pytest

from conftest import ROOT, GallerySite
from visitor import checks

STORIES = 10  # the home page's whole first page (DEFAULT_PAGINATION)


@pytest.fixture(scope="module")
def covered_site(tmp_path_factory):
    site = GallerySite(tmp_path_factory.mktemp("covered"))
    files = {}
    for n in range(1, STORIES + 1):
        album = f"2024-06-{n:02d}-dogadjaj"
        site.photo(f"galleries/{album}/IMG_{n}.jpg", size=(4000, 3000))
        files[f"galleries/{album}/album.sr.md"] = f"Title: Догађај {n}\nDate: 2024-06-{n:02d} 10:00\n\nОпис.\n"
        files[f"sr/news/2024-06-{n:02d}-dogadjaj.md"] = (
            f"Title: Догађај број {n} у Нишу\nDate: 2024-06-{n:02d} 10:00\nGallery: {album}\n"
            f"Summary: Кратак опис догађаја број {n}, са неколико речи о ономе што се збило.\n\nТекст.\n")
    site.write(files)
    plugins = runpy.run_path(str(ROOT / "pelicanconf.py"))["PLUGINS"]
    built = site.build(PLUGINS=plugins, SEARCH_INDEX=False, GALLERY_WORKERS=None)
    assert built.returncode == 0, built.log
    return built


def test_a_home_page_of_covers_keeps_the_budget_on_a_phone(covered_site, browser):
    assert len(covered_site.html("").select("img.cover-thumb")) == STORIES
    lines, problems = [], []
    with checks.serve(covered_site.output) as base:
        for url in ("", "sr-latn/"):
            visit = checks.Visit(browser, base, "http://127.0.0.1:8000", **checks.PHONE)
            try:
                weights = checks.first_load_weight(visit, url)
                images = sum(1 for r in visit.finished if r.resource_type == "image" and "-thumb" in r.url)
                problems += checks.weight_problems(f"/{url}", weights) + visit.problems
            finally:
                visit.close()
            parts = ", ".join(f"{kind} {size:,}" for kind, size in sorted(weights.items()))
            lines.append(f"/{url}: {sum(weights.values()):,} bytes ({parts}); {images} cover thumbnails loaded")
    print("\nHome page with a cover on each of its 10 stories, first load at 390x844:\n" + "\n".join(lines))
    assert problems == [], "\n".join(lines + problems)
    assert images >= 2  # the eager ones at least
