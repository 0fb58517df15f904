"""Rebuilds: an edition whose pages did not change is not indexed again, the bundles survive the
publishing plugin's building folders, and a rebuild's bundles equal a cold build's."""

from __future__ import annotations

import re
import shutil

import pytest

from conftest import ROOT, run_pelican, write_files
from pagefind_bundles import EDITIONS, bundle, files, records

SITE = {
    "sr/news/2018-01-26-visit.md": "Title: Посета у Нишу\nDate: 2018-01-26 12:00\n\nТекст о кући.\n",
    "en/news/2018-01-26-visit.md": "Title: Visit to Niš\nDate: 2018-01-26 12:00\n\nA meeting.\n",
    "sr/pages/contact.md": "Title: Контакт\n\nНиш.\n",
    "en/pages/contact.md": "Title: Contact\n\nNiš.\n",
}


def settings(base, name="settings", cache="cache", **overrides):
    path = base / f"{name}.py"
    lines = [f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *",
             f"CACHE_PATH = {str(base / cache)!r}", *(f"{k} = {v!r}" for k, v in overrides.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def build(base, output="output", cache="cache", **overrides):
    result = run_pelican(base / "content", base / output, settings(base, output, cache, **overrides), "-v")
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    return log


def indexed(log) -> dict[str, str]:
    """{edition: "indexed" or "unchanged"} from the search plugin's line in the log."""
    line = re.search(r"search: (.+?); sources", log)
    assert line, log
    return {m[1]: m[2] for m in re.finditer(r"(\S+) \d+ pages (indexed|unchanged)", line[1])}


def inode(base, code, name="pagefind.js"):
    return (bundle(base / "output", code) / name).stat().st_ino


@pytest.fixture
def base(tmp_path):
    write_files(tmp_path / "content", SITE)
    return tmp_path


def test_only_the_edition_whose_pages_changed_is_indexed_again(base):
    assert indexed(build(base)) == dict.fromkeys(EDITIONS, "indexed")
    before = {code: inode(base, code) for code in EDITIONS}
    (base / "content/en/news/2018-01-26-visit.md").write_text(
        "Title: Visit to Niš\nDate: 2018-01-26 12:00\n\nTwo meetings.\n", encoding="utf-8")
    assert indexed(build(base)) == {"sr-Cyrl": "unchanged", "en": "indexed", "sr-Latn": "unchanged"}
    assert inode(base, "sr-Cyrl") == before["sr-Cyrl"] and inode(base, "sr-Latn") == before["sr-Latn"], \
        "the kept bundle, not a new one"
    assert inode(base, "en") != before["en"]
    assert "Two meetings." in records(base / "output", "en")["/en/news/visit-to-nis/"]["content"]
    kept = sorted(p.name for p in (base / "cache" / "search" / "en").iterdir())
    assert len(kept) == 1, f"one bundle per edition in the cache: {kept}"


def test_a_change_outside_the_indexed_text_indexes_nothing(base):
    build(base)
    theme = base / "theme"
    shutil.copytree(ROOT / "theme", theme)
    with (theme / "templates" / "base.html").open("a", encoding="utf-8") as handle:
        handle.write("\n<!-- changed -->\n")
    log = build(base, THEME=str(theme))
    assert indexed(log) == dict.fromkeys(EDITIONS, "unchanged")
    assert "<!-- changed -->" in (base / "output" / "index.html").read_text(encoding="utf-8")


def test_the_bundles_survive_every_building_folder(base):
    """The publishing plugin builds into a fresh folder, then into the previous site (the spare)
    with only its reused pages left: each time the bundles are all there."""
    first = None
    for round_ in range(3):
        (base / "content/sr/pages/contact.md").write_text(f"Title: Контакт\n\nНиш {round_}.\n", encoding="utf-8")
        build(base)
        for code in EDITIONS:
            assert (bundle(base / "output", code) / "pagefind.js").is_file(), (round_, code)
            assert len(records(base / "output", code)) == 2, (round_, code)
        assert (base / "output" / "search" / "fold.js").is_file()
        first = first or files(bundle(base / "output", "en"))
    assert files(bundle(base / "output", "en")) == first


def test_a_rebuild_equals_a_cold_build(base):
    build(base)
    (base / "content/sr/news/2018-02-09-training.md").write_text(
        "Title: Обука\nDate: 2018-02-09 10:00\n\nОбука у Лесковцу.\n", encoding="utf-8")
    (base / "content/en/pages/contact.md").unlink()
    build(base)
    build(base, "cold", "cold-cache")
    for code in EDITIONS:
        rebuilt, cold = bundle(base / "output", code), bundle(base / "cold", code)
        assert files(rebuilt) == files(cold), code
    assert "/news/obuka/" in records(base / "output", "sr-Cyrl")
    assert "/en/contact/" not in records(base / "output", "en")
    assert (base / "output/search/fold.js").read_bytes() == (base / "cold/search/fold.js").read_bytes()


def test_search_index_off_writes_no_bundle(base):
    log = build(base, SEARCH_INDEX=False)
    assert "search:" not in log
    assert not (base / "output" / "search" / "pagefind").exists()
    assert not (base / "output" / "search" / "fold.js").exists()


@pytest.mark.parametrize("setting, value, message", [
    ("SEARCH_INDEX", "yes", "SEARCH_INDEX is 'yes'; expected True or False."),
    ("SEARCH_INDX", True, "SEARCH_INDX is not a setting of the search plugin. Did you mean SEARCH_INDEX?"),
    ("SEARCH_BUNDLE_PATH", "/search", "SEARCH_BUNDLE_PATH is '/search'; expected a folder inside the edition"),
])
def test_a_wrong_setting_stops_the_build_with_a_message(base, setting, value, message):
    result = run_pelican(base / "content", base / "output", settings(base, **{setting: value}))
    log = result.stdout + result.stderr
    assert result.returncode == 1 and message in " ".join(log.split()), log
    assert "Traceback" not in log


def test_an_edition_without_pages_of_its_own_language_has_no_bundle(base):
    build(base)
    for name in ("en/news/2018-01-26-visit.md", "en/pages/contact.md"):
        (base / "content" / name).unlink()
    log = build(base)
    assert indexed(log) == {"sr-Cyrl": "unchanged", "sr-Latn": "unchanged"}
    assert "en no pages of its language (no index)" in log
    assert not bundle(base / "output", "en").exists(), "the English pages are fallback copies now"
    assert (bundle(base / "output", "sr-Cyrl") / "pagefind.js").is_file()
    assert not (base / "cache" / "search" / "en").exists() or not list((base / "cache" / "search" / "en").iterdir())
