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
