"""Shared test helpers: build a real site with the real Pelican, and read its HTML."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tests")]
# The suite reads the editors' messages in English (their source text); every build and tool it
# runs inherits this. Tests of the Serbian messages set EDITOR_LANG=sr for their own runs.
os.environ["EDITOR_LANG"] = "en"


class BuiltSite:
    """The output of one build: its folder, exit status and log."""

    def __init__(self, output: Path, result: subprocess.CompletedProcess):
        self.output = output
        self.returncode = result.returncode
        self.log = result.stdout + result.stderr

    def path(self, url: str) -> Path:
        """The file that serves `url` (relative to the site root)."""
        target = self.output / url.lstrip("/")
        return target / "index.html" if url.endswith("/") or url == "" else target

    def html(self, url: str) -> BeautifulSoup:
        return BeautifulSoup(self.path(url).read_text(encoding="utf-8"), "html.parser")

    def text(self, url: str) -> str:
        return self.path(url).read_text(encoding="utf-8")


def write_files(base: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        target = base / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def run_pelican(content: Path, output: Path, settings_file: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", str(settings_file), *extra],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "COLUMNS": "200"},
    )


@pytest.fixture
def build_site(tmp_path):
    """build_site({'sr/news/a.md': '...'}, SETTING=value) -> BuiltSite, with the real settings and theme."""

    def build(files: dict[str, str], fatal: str = "warnings", **overrides) -> BuiltSite:
        content = tmp_path / "content"
        output = tmp_path / "output"
        write_files(content, files)
        lines = [
            "import sys",
            f"sys.path.insert(0, {str(ROOT)!r})",
            "from pelicanconf import *",
            f"CACHE_PATH = {str(tmp_path / 'cache')!r}",
        ]
        lines += [f"{key} = {value!r}" for key, value in overrides.items()]
        settings_file = tmp_path / "settings.py"
        settings_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        extra = ("--fatal", fatal) if fatal else ()
        return BuiltSite(output, run_pelican(content, output, settings_file, *extra))

    return build


@pytest.fixture(scope="session")
def content_site(tmp_path_factory) -> BuiltSite:
    """The real content/ built once per test run with the development settings."""
    out = tmp_path_factory.mktemp("content") / "output"
    return BuiltSite(out, run_pelican(ROOT / "content", out, ROOT / "pelicanconf.py", "--fatal", "warnings"))


# --- Gallery sites: albums of photos made by code, built (and rebuilt) for real -------------

class GallerySite:
    """A content folder that tests fill, build, change and build again.

    Builds run with `-v` (the gallery's INFO lines) and a wide console, so long messages
    stay on one line; only the gallery and editions plugins are loaded, so these tests
    judge the gallery alone (tests/test_content.py builds the real site with every plugin).
    """

    def __init__(self, base: Path):
        self.base = base
        self.content = base / "content"
        self.output = base / "output"

    def write(self, files: dict[str, str]) -> None:
        write_files(self.content, files)

    def photo(self, rel: str, **kwargs) -> Path:
        from photos import make_photo

        return make_photo(self.content / rel, **kwargs)

    def build(self, fatal: str = "warnings", **overrides) -> BuiltSite:
        settings = {"PLUGINS": ["gallery", "editions"], "GALLERY_WORKERS": 1,
                    "CACHE_PATH": str(self.base / "cache"), **overrides}
        lines = ["import sys", f"sys.path.insert(0, {str(ROOT)!r})", "from pelicanconf import *"]
        lines += [f"{key} = {value!r}" for key, value in settings.items()]
        settings_file = self.base / "settings.py"
        settings_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        extra = ("--fatal", fatal) if fatal else ()
        result = subprocess.run(
            [sys.executable, "-m", "pelican", str(self.content), "-o", str(self.output), "-s",
             str(settings_file), "-v", *extra],
            capture_output=True, text=True, cwd=ROOT, env={**os.environ, "COLUMNS": "1000"},
        )
        return BuiltSite(self.output, result)


def gallery_summary(log: str) -> dict[str, int]:
    """The numbers of the gallery's summary line: albums, photos, written, decoded, failed."""
    import re

    found = re.findall(r"galleries: (\d+) albums, (\d+) photos, (\d+) images written, "
                       r"(\d+) decoded, (\d+) failed", log)
    assert found, log
    return dict(zip(("albums", "photos", "written", "decoded", "failed"), map(int, found[-1])))


@pytest.fixture
def gallery_site(tmp_path) -> GallerySite:
    return GallerySite(tmp_path)


# --- Helpers of the input-checks and publishing tests (tests/checks, tests/publishing) ---

def write_content(base: Path, files: dict) -> None:
    """Write files exactly as given (str as UTF-8, bytes as they are): no dedent, no stripping."""
    for name, data in files.items():
        target = base / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def write_settings(base: Path, name: str = "settings.py", **overrides) -> Path:
    """A settings file in `base`: the site's pelicanconf.py, a cache in `base`, then `overrides`."""
    lines = ["import sys", f"sys.path.insert(0, {str(ROOT)!r})", "from pelicanconf import *",
             f"CACHE_PATH = {str(base / 'cache')!r}"]
    lines += [f"{key} = {value!r}" for key, value in overrides.items()]
    target = base / name
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative path -> sha256 of its bytes): equal digests, equal trees."""
    import hashlib

    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def problem_lines(result: subprocess.CompletedProcess) -> list[str]:
    """The messages of a build run with `--log-handler plain` (they go to stderr, one per line)."""
    return [line for line in result.stderr.splitlines() if line.strip()]


# --- One headless Debian chromium for every browser test ----------------------------------

CHROMIUM = "/usr/bin/chromium"
# Flags that keep chromium quiet on a closed network (no background requests).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """Playwright drives one browser per process at a time, so all browser tests share this one."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


def build_fixture(base: Path, files: dict[str, str], **overrides) -> BuiltSite:
    """Write `files` under base/content, build them strictly (warnings fail), and insist it worked."""
    write_files(base / "content", files)
    built = BuiltSite(base / "output", run_pelican(base / "content", base / "output",
                                                   write_settings(base, **overrides), "--fatal", "warnings"))
    assert built.returncode == 0, built.log
    return built
