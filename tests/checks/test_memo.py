"""The pre-read scan keeps what it found in each file between builds (plugins/checks/memo.py).

An unchanged file is not read or checked again, yet what was found in it is reported again on
every build; a changed file is checked again, also when its change kept its size and time.
"""

from __future__ import annotations

import errno
import os

import pytest
from pelican.settings import read_settings

from checks import memo, preread, report
from checks import settings as checks_settings
from conftest import ROOT, run_pelican, write_content, write_settings

HOUR_NS = 3600 * 10**9
GOOD = "Title: Good\nDate: 2018-03-01\n\nText.\n"
ZERO_WIDTH = "Title: Wide\u200b\nDate: 2018-03-02\n\nText.\n"
WARNING = ("content/en/news/2018-03-02-wide.md:1: the Title: line has an invisible character, U+200B ZERO WIDTH "
           "SPACE (after 'Wide'). The page is built anyway; to remove it, delete the text around it and type it "
           "again (copying it brings the character along).")
NUL_ERROR = ("content/en/news/2018-03-01-good.md:5: this line has an invisible control character, U+0000 NULL, "
             "at the start of the line, and a web page or feed cannot contain one.")


@pytest.fixture
def site(tmp_path):
    write_content(tmp_path / "content", {"en/news/2018-03-01-good.md": GOOD, "en/news/2018-03-02-wide.md": ZERO_WIDTH,
                                         "en/pages/about.md": "Title: About\n\nText.\n"})
    return tmp_path


class Told(report.Findings):
    """This build's findings, with each message as the build logs it (Pelican's logger drops a
    message it logged before in the same process, so the log cannot show a second scan)."""

    def __init__(self, root: str):
        super().__init__(root=root)
        self.told: list[str] = []

    def error(self, where: str, line: int, message: str) -> None:
        self.told.append(f"{where}:{line}: {message}")
        super().error(where, line, message)

    def warning(self, where: str, line: int, message: str) -> None:
        self.told.append(f"{where}:{line}: {message}")
        super().warning(where, line, message)


def _scan(base, **override) -> tuple[report.Findings, list[str]]:
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(base / "content"), "OUTPUT_PATH": str(base / "output"), "CACHE_PATH": str(base / "cache"),
        **override})
    checks_settings.configure(settings)
    findings = Told(root=str(base))
    preread.scan(settings, findings)
    return findings, findings.told


@pytest.fixture
def checked(monkeypatch):
    """The files the scan reads and checks itself (rather than taking from the kept results)."""
    seen: list[str] = []
    work = preread._read_and_check

    def counting(path, rel, *args):
        seen.append(rel)
        return work(path, rel, *args)

    monkeypatch.setattr(preread, "_read_and_check", counting)
    return seen


def _age(path, ns: int = HOUR_NS) -> None:
    """Make a file look written long before the scan, as a file an editor saved yesterday."""
    info = os.stat(path)
    os.utime(path, ns=(info.st_atime_ns - ns, info.st_mtime_ns - ns))


def test_an_unchanged_file_is_not_checked_again_and_its_warning_comes_back(site, checked):
    for path in (site / "content").rglob("*.md"):
        _age(path)
    first, told = _scan(site)
    assert sorted(checked) == ["en/news/2018-03-01-good.md", "en/news/2018-03-02-wide.md", "en/pages/about.md"]
    assert told == [WARNING] and first.warnings == 1
    checked.clear()
    second, again = _scan(site)
    assert checked == []
    assert again == told and second.warnings == 1 and second.errors == 0
    assert sorted(second.sources) == sorted(first.sources)
    assert second.sources["en/news/2018-03-02-wide.md"].first("title").value == "Wide\u200b"


def test_an_edited_file_is_checked_again_and_its_error_appears_then_goes(site, checked):
    good = site / "content/en/news/2018-03-01-good.md"
    _scan(site)
    good.write_text(GOOD + "\x00\n", encoding="utf-8")
    checked.clear()
    findings, told = _scan(site)
    assert checked == ["en/news/2018-03-01-good.md"]
    assert any(message.startswith(NUL_ERROR) for message in told), told
    assert findings.errors == 1 and "en/news/2018-03-01-good.md" in findings.rejected
    good.write_text(GOOD, encoding="utf-8")
    findings, told = _scan(site)
    assert told == [WARNING] and findings.errors == 0 and not findings.rejected


def test_a_change_that_keeps_the_size_and_time_is_found_by_the_bytes(site, checked):
    # Saved twice within one tick of the file system's clock: the stamp alone cannot tell.
    good = site / "content/en/news/2018-03-01-good.md"
    _scan(site)
    before = os.stat(good)
    good.write_bytes(GOOD.replace("Text", "Te\x00t").encode())
    os.utime(good, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(good).st_size == before.st_size
    findings, told = _scan(site)
    assert "en/news/2018-03-01-good.md" in checked
    assert findings.errors == 1 and any("U+0000 NULL, after 'Te'" in message for message in told), told


def test_a_deleted_file_is_forgotten(site, checked):
    _scan(site)
    (site / "content/en/news/2018-03-02-wide.md").unlink()
    findings, told = _scan(site)
    assert told == [] and findings.warnings == 0
    assert "en/news/2018-03-02-wide.md" not in findings.sources


def test_a_changed_setting_checks_every_file_again(site, checked):
    _scan(site)
    checked.clear()
    _, told = _scan(site, CHECKS_METADATA_KEYS=["title"])
    assert len(checked) == 3
    assert any("'Date:' is not a metadata key of this site" in message for message in told), told


def test_ignore_cache_checks_every_file_again(site, checked):
    _scan(site)
    checked.clear()
    _scan(site, LOAD_CONTENT_CACHE=False)
    assert len(checked) == 3


def test_a_torn_store_is_read_as_none(site, checked):
    _scan(site)
    for store in (site / "cache/checks/preread").iterdir():
        store.write_bytes(store.read_bytes()[:100])
    checked.clear()
    _, told = _scan(site)
    assert len(checked) == 3 and told == [WARNING]


def test_a_warning_about_an_unchanged_file_fails_make_publish_on_every_build(site):
    settings = write_settings(site)
    for _ in range(2):
        result = run_pelican(site / "content", site / "output", settings, "--fatal", "warnings",
                             "--log-handler", "plain")
        assert result.returncode == 1 and WARNING in result.stderr.splitlines(), result.stderr
        # Another file changes, so the build is not skipped as up to date.
        (site / "content/en/pages/about.md").write_text(f"Title: About\n\nText {_}.\n", encoding="utf-8")


def test_a_full_disk_for_the_kept_results_only_costs_time(site, checked, monkeypatch):
    from sitecore import files

    def full(path, data, mtime=None):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(files, "write_bytes", full)
    findings, told = _scan(site)
    assert told == [WARNING] and len(checked) == 3
    assert not list((site / "cache/checks").rglob("*.pickle"))


def test_a_new_template_of_the_theme_checks_every_file_again(site, checked, tmp_path):
    import shutil

    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    (site / "content/en/pages/about.md").write_text("Title: About\nTemplate: page-wide\n\nText.\n", encoding="utf-8")
    findings, told = _scan(site, THEME=str(theme))
    assert findings.errors == 1 and "'Template: page-wide' names no template of the theme" in told[-1], told
    (theme / "templates" / "page-wide.html").write_text('{% extends "page.html" %}\n', encoding="utf-8")
    checked.clear()
    findings, told = _scan(site, THEME=str(theme))
    assert len(checked) == 3 and findings.errors == 0 and told == [WARNING]


def test_other_code_of_the_checks_checks_every_file_again(site, checked, monkeypatch):
    _scan(site)
    checked.clear()
    code = memo._code_digest()
    monkeypatch.setattr(memo, "_code_digest", lambda: code + "-changed")
    _scan(site)
    assert len(checked) == 3


def test_an_edit_rewrites_only_the_stored_part_its_file_is_in(site, checked):
    for path in (site / "content").rglob("*.md"):
        _age(path)
    _scan(site)
    stored = {p.name: p.stat().st_mtime_ns for p in (site / "cache/checks/preread").iterdir()}
    assert len(stored) == len({memo._shard(rel) for rel in checked})
    good = site / "content/en/news/2018-03-01-good.md"
    good.write_text(GOOD + "More.\n", encoding="utf-8")
    _scan(site)
    now = {p.name: p.stat().st_mtime_ns for p in (site / "cache/checks/preread").iterdir()}
    assert [name for name in now if now[name] != stored[name]] == [f"{memo._shard('en/news/2018-03-01-good.md'):02d}.pickle"]
