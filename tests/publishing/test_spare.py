"""The spare: a build updates the previously published tree in place instead of writing a
fresh one, and still equals a cold build byte for byte; the live site never changes during
a build, even where the spare's files are hard links of it (publishing/spare.py)."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, run_pelican, tree_digest, write_files, write_settings

SITE = {
    "sr/news/2018-01-26-visit.md": "Title: Посета у Нишу\nDate: 2018-01-26 12:00\nTags: Ниш\n\nТекст.\n",
    "en/news/2018-01-26-visit.md": "Title: Visit to Niš\nDate: 2018-01-26 12:00\nTags: Niš\n\nText.\n",
    "sr/news/2018-02-09-training.md": "Title: Обука\nDate: 2018-02-09 10:00\nTags: Лесковац\n\nТекст обуке.\n",
    "sr/news/2018-03-01-fair.md": "Title: Сајам\nDate: 2018-03-01 10:00\nTags: Ниш\n\nСајам у Нишу.\n",
    "en/news/2017-02-01-kick-off.md": "Title: Kick-off\nDate: 2017-02-01 10:00\n\nEnglish only.\n",
    "sr/pages/contact.md": "Title: Контакт\n\nНиш.\n",
    "en/pages/contact.md": "Title: Contact\n\nNiš.\n",
}


def settings(base: Path, name: str, cache: str, **overrides) -> Path:
    conf = {"THEME": str(base / "theme"), "EDITIONS_CATALOG_PATH": str(base / "translations"), **overrides}
    return write_settings(base, f"{name}.py", CACHE_PATH=str(base / cache), **conf)


def build(base: Path, output: str = "output", cache: str = "cache", **overrides) -> str:
    result = run_pelican(base / "content", base / output, settings(base, f"s_{output}", cache, **overrides),
                         "--log-handler", "plain")
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def tree(folder: Path) -> tuple[dict[str, str], list[str]]:
    """Every file's bytes (the records of the build left out: they name the output folder)
    and every folder, empty ones included."""
    files = {k: v for k, v in tree_digest(folder).items() if not k.startswith(".build/")}
    folders = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_dir())
    return files, folders


def equals_cold_build(base: Path, **overrides) -> None:
    shutil.rmtree(base / "cold", ignore_errors=True)
    shutil.rmtree(base / "cold-cache", ignore_errors=True)
    build(base, "cold", "cold-cache", **overrides)
    files, folders = tree(base / "output")
    cold_files, cold_folders = tree(base / "cold")
    assert sorted(files) == sorted(cold_files)
    assert files == cold_files, [k for k in files if files[k] != cold_files[k]]
    assert folders == cold_folders


def live_state(output: Path) -> dict[str, tuple[str, int]]:
    """Each published file's bytes, and the inode that holds them: a write through a hard
    link would change the bytes; a replaced file, the inode."""
    return {p.relative_to(output).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_ino)
            for p in sorted(output.rglob("*")) if p.is_file()}


@pytest.fixture
def base(tmp_path: Path) -> Path:
    write_files(tmp_path / "content", SITE)
    shutil.copytree(ROOT / "theme", tmp_path / "theme")
    shutil.copytree(ROOT / "translations", tmp_path / "translations")
    return tmp_path


def spare(base: Path) -> Path:
    return base / ".output.spare"


def edit(base: Path, name: str, old: str, new: str) -> None:
    path = base / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{name} no longer has {old!r}"
    path.write_text(text.replace(old, new), encoding="utf-8")


STEPS = {
    "text": lambda b: edit(b, "content/sr/news/2018-02-09-training.md", "Текст обуке.", "Нови текст обуке."),
    "rename": lambda b: (b / "content/sr/news/2018-03-01-fair.md").rename(b / "content/sr/news/2018-03-02-fair.md"),
    "delete": lambda b: (b / "content/sr/news/2018-02-09-training.md").unlink(),
    "translation": lambda b: write_files(b / "content", {
        "en/news/2018-03-02-fair.md": "Title: The fair\nDate: 2018-03-01 10:00\nTags: Niš\n\nThe fair in Niš.\n"}),
    "template": lambda b: edit(b, "theme/templates/base.html", "</body>", "<!-- changed --></body>"),
    "catalog": lambda b: edit(b, "translations/sr/LC_MESSAGES/messages.po", 'msgstr "Вести"', 'msgstr "Новости"'),
}


def test_every_kind_of_edit_updates_the_spare_to_equal_a_cold_build(base):
    build(base)
    build(base, SITEURL="http://example.org")  # the first swap: the first build's tree becomes the spare
    for name, step in STEPS.items():
        assert spare(base).is_dir(), f"before {name}: a spare to update"
        step(base)
        build(base, SITEURL="http://example.org")
        equals_cold_build(base, SITEURL="http://example.org")
    # A setting: every page and feed names the site's address.
    build(base, SITEURL="http://example.net")
    equals_cold_build(base, SITEURL="http://example.net")
    assert not list(base.glob("output.*")), "no building folder is left"


def test_the_spare_is_updated_in_place_rather_than_a_fresh_tree_written(base):
    build(base)
    folder = (base / "output" / "news" / "obuka").stat().st_ino
    STEPS["text"](base)
    build(base)
    assert (spare(base) / "news" / "obuka").stat().st_ino == folder, "the first build's tree is kept"
    edit(base, "content/sr/news/2018-03-01-fair.md", "Сајам у Нишу.", "Сајам у Нишу, други дан.")
    build(base)
    assert (base / "output" / "news" / "obuka").stat().st_ino == folder, "the first build's folder, brought up to date"
    unchanged = base / "output" / "en" / "news" / "kick-off" / "index.html"
    assert unchanged.samefile(spare(base) / "en" / "news" / "kick-off" / "index.html"), \
        "an unchanged page is the same file in the spare and the live site"
    equals_cold_build(base)


def test_a_failed_build_after_the_spare_was_taken_leaves_the_live_site_as_it_was(base):
    build(base)
    STEPS["text"](base)
    build(base)
    assert spare(base).is_dir()
    before = live_state(base / "output")
    shared = [name for name in before
              if (spare(base) / name).is_file() and (spare(base) / name).samefile(base / "output" / name)]
    assert shared, "the spare's pages are hard links of the live site's: the case that matters"
    # Every page is written again (the template changed), into the spare's links of the live
    # pages; then the build fails at its very end.
    STEPS["template"](base)
    plugin = base / "plugins" / "fail_at_end"
    write_files(plugin, {"__init__.py": (
        "import logging\nfrom pelican import signals\n\n\ndef receive(sender):\n"
        "    logging.getLogger('fixture').error('a problem found at the end of the build')\n\n\n"
        "def register():\n    signals.finalized.connect(receive)\n")})
    failing = settings(base, "failing", "cache", PLUGIN_PATHS=[str(ROOT / "plugins"), str(base / "plugins")])
    with failing.open("a", encoding="utf-8") as handle:
        handle.write("PLUGINS = PLUGINS + ['fail_at_end']\n")
    result = run_pelican(base / "content", base / "output", failing, "--log-handler", "plain")
    assert result.returncode == 1, result.stderr
    assert "a problem found at the end of the build" in result.stderr
    assert live_state(base / "output") == before, "bytes and inodes of the published site unchanged"
    assert not list(base.glob("output.*"))
    assert spare(base).is_dir(), "the failed build's folder is the next build's spare"
    build(base)
    assert "<!-- changed -->" in (base / "output" / "index.html").read_text(encoding="utf-8")
    equals_cold_build(base)


def test_a_spare_that_differs_from_the_live_site_loses_what_differs(base):
    """A spare is not trusted: a file changed by hand, or left by a crash, is dropped."""
    build(base)
    edit(base, "content/sr/news/2018-03-01-fair.md", "Сајам у Нишу.", "Сајам у Нишу, други дан.")
    build(base)
    page = spare(base) / "en" / "news" / "kick-off" / "index.html"
    assert page.samefile(base / "output" / "en" / "news" / "kick-off" / "index.html")
    page.unlink()
    page.write_text("changed by hand", encoding="utf-8")
    (spare(base) / "stray.html").write_text("left over", encoding="utf-8")
    (spare(base) / "news" / ".index.html.abc.tmp").write_text("half", encoding="utf-8")
    STEPS["text"](base)
    build(base)
    assert not (base / "output" / "stray.html").exists()
    equals_cold_build(base)


def test_no_spare_next_to_a_mount_point_output(base, monkeypatch):
    from publishing import output, spare as spare_module

    build(base)
    STEPS["text"](base)
    build(base)
    assert spare(base).is_dir()
    monkeypatch.setattr(output, "is_mount_point", lambda path: True)
    output.clean_leftovers(str(base / "output"))
    assert not spare(base).exists()
    building = str(base / "output.building-1")
    assert output.make_building(str(base / "output"), building) is None and os.listdir(building) == []
    assert spare_module.take(str(base / "output"), building + "x") is None


def test_gallery_images_linked_from_the_cache_stay_as_they_were_through_a_failed_build(base):
    """A gallery image in the output is a hard link of its copy in the image cache: neither
    may change through the spare, and the gallery still equals a cold build's."""
    from photos import make_photo

    for name, size in (("IMG_1.jpg", (640, 480)), ("IMG_2.jpg", (600, 400))):
        make_photo(base / "content" / "galleries" / "a" / name, size=size)
    write_files(base / "content", {"galleries/a/album.sr.md": "Title: Први\nDate: 2020-01-01\n\nТекст.\n"})
    build(base)
    STEPS["text"](base)
    build(base)
    images = sorted((base / "output" / "galleries" / "images").iterdir())
    assert images and all(p.stat().st_nlink > 1 for p in images), "the images are links of the cache's"
    linked = {p.stat().st_ino for p in images}
    cache = {k: v for k, v in live_state(base / "cache" / "gallery").items() if v[1] in linked}
    assert cache, "the output's images are the image cache's files"
    before = live_state(base / "output")
    write_files(base / "content", {"galleries/a/album.sr.md": "Date: 2020-01-01\n\nНема наслова.\n"})
    STEPS["template"](base)
    result = run_pelican(base / "content", base / "output", settings(base, "s_output", "cache"),
                         "--log-handler", "plain")
    assert result.returncode == 1, result.stderr
    assert live_state(base / "output") == before
    assert {k: live_state(base / "cache" / "gallery").get(k) for k in cache} == cache, "and the cache's too"
    write_files(base / "content", {"galleries/a/album.sr.md": "Title: Први\nDate: 2020-01-01\n\nТекст.\n"})
    build(base)
    equals_cold_build(base)


def test_retained_entries_come_from_the_live_output_not_the_spare(base):
    """OUTPUT_RETENTION (a .git folder, say) is copied from the live output; the spare's
    copy, empty folders and all, must not stand in for it."""
    build(base, OUTPUT_RETENTION=[".git"])
    write_files(base / "output" / ".git", {"HEAD": "ref: refs/heads/main\n"})
    (base / "output" / ".git" / "refs" / "tags").mkdir(parents=True)
    for step in ("text", "translation"):  # the second build's tree, with its copy, becomes the spare
        STEPS[step](base)
        build(base, OUTPUT_RETENTION=[".git"])
    assert (spare(base) / ".git" / "HEAD").is_file()
    (base / "output" / ".git" / "HEAD").unlink()
    (base / "output" / ".git" / "HEAD").write_text("ref: refs/heads/other\n", encoding="utf-8")
    edit(base, "content/sr/news/2018-03-01-fair.md", "Сајам у Нишу.", "Сајам у Нишу, други дан.")
    build(base, OUTPUT_RETENTION=[".git"])
    assert (base / "output" / ".git" / "HEAD").read_text(encoding="utf-8") == "ref: refs/heads/other\n"
    assert (base / "output" / ".git" / "refs" / "tags").is_dir()

