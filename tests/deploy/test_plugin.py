"""The deploy plugin in real builds of small sites: content-hashed theme files, precompressed
copies and their cache, robots.txt, and its settings refused by name when wrong."""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys

import brotli

from conftest import ROOT, problem_lines, write_content, write_settings

FILES = {
    "sr/news/2018-03-02-proba.md": "Title: Проба\nDate: 2018-03-02 10:00\nTags: проба\n\nТекст вести.\n",
    "en/news/2018-03-02-proba.md": "Title: Trial\nDate: 2018-03-02 10:00\nSummary: A trial.\n\nThe text.\n",
}
TEXT = (".html", ".css", ".js", ".xml", ".svg", ".json", ".txt")


def build(base, files=None, *options, **settings):
    """Build with -v (the plugin's INFO lines), one log line per message; options: e.g. a plain log."""
    write_content(base / "content", files or FILES)
    conf = write_settings(base, **settings)
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(base / "content"), "-o", str(base / "output"), "-s", str(conf),
         "-v", *options], capture_output=True, text=True, cwd=ROOT, env={**os.environ, "COLUMNS": "1000"})
    return result, result.stdout + result.stderr


def figures(log: str) -> dict[str, int]:
    found = re.findall(r"(\d+) text files precompressed \(\.gz, \.br\): (\d+) results made, "
                       r"(\d+) reused from the cache, (\d+) old ones deleted", log)
    assert found, log
    return dict(zip(("files", "made", "reused", "pruned"), map(int, found[-1])))


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def test_theme_files_are_linked_by_content_hashed_names(tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    result, log = build(tmp_path, THEME=str(theme))
    assert result.returncode == 0, log
    css = theme / "static" / "css" / "site.css"
    first = f"theme/css/site.{digest(css)}.css"
    page = (tmp_path / "output" / "news" / "proba" / "index.html").read_text(encoding="utf-8")
    assert f'href="../../{first}"' in page
    assert (tmp_path / "output" / first).read_bytes() == css.read_bytes()
    assert (tmp_path / "output" / "theme" / "css" / "site.css").exists()  # the plain name stays
    assert re.search(r'href="\.\./\.\./theme/images/icon\.[0-9a-f]{12}\.svg"', page)

    css.write_text(css.read_text(encoding="utf-8") + "\n/* changed */\n", encoding="utf-8")
    result, log = build(tmp_path, THEME=str(theme))
    assert result.returncode == 0, log
    second = f"theme/css/site.{digest(css)}.css"
    page = (tmp_path / "output" / "news" / "proba" / "index.html").read_text(encoding="utf-8")
    assert second != first and f'href="../../{second}"' in page
    assert not (tmp_path / "output" / first).exists()


def test_precompressed_copies_of_every_text_file_reused_from_the_cache(tmp_path):
    result, log = build(tmp_path, DEPLOY_PRECOMPRESS=True)
    assert result.returncode == 0, log
    output = tmp_path / "output"
    texts = [p for p in output.rglob("*") if p.suffix in TEXT and not any(
        part.startswith(".") for part in p.relative_to(output).parts)]
    assert len(texts) > 30
    for path in texts:
        data = path.read_bytes()
        gz, br = path.with_name(path.name + ".gz"), path.with_name(path.name + ".br")
        if len(data) < 100:  # robots.txt: compressing would not make it smaller, so no copy
            continue
        assert gzip.decompress(gz.read_bytes()) == data, path
        assert brotli.decompress(br.read_bytes()) == data, path
        assert len(br.read_bytes()) < len(data)
    assert not list(output.glob(".*/**/*.gz")), "hidden folders are not published: nothing to compress"
    first = figures(log)
    assert first["made"] + first["reused"] == 2 * first["files"] and first["made"] > 0

    # One article's text changed: only the files that show it are compressed again.
    changed = {**FILES, "en/news/2018-03-02-proba.md": FILES["en/news/2018-03-02-proba.md"] + "\nA new line.\n"}
    result, log = build(tmp_path, changed, DEPLOY_PRECOMPRESS=True)
    assert result.returncode == 0, log
    second = figures(log)
    assert second["reused"] > second["made"] > 0, second
    assert second["pruned"] > 0  # the old versions of the changed pages left the cache
    cache = tmp_path / "cache" / "deploy"
    assert len([p for p in cache.rglob("*") if p.is_file()]) == 2 * second["files"] - _duplicates(output)


def _duplicates(output) -> int:
    """Text files with the same bytes as another one share cache entries (two each)."""
    seen, duplicates = set(), 0
    for path in output.rglob("*"):
        if path.suffix in TEXT and not any(p.startswith(".") for p in path.relative_to(output).parts):
            key = hashlib.sha256(path.read_bytes()).digest()
            duplicates += 2 if key in seen else 0
            seen.add(key)
    return duplicates


def test_without_precompress_no_copies_and_robots_names_the_sitemap(tmp_path):
    result, log = build(tmp_path, SITEURL="https://www.example.org")
    assert result.returncode == 0, log
    output = tmp_path / "output"
    assert not list(output.rglob("*.gz")) and not list(output.rglob("*.br"))
    assert (output / "robots.txt").read_text() == (
        "User-agent: *\nAllow: /\n\nSitemap: https://www.example.org/sitemap.xml\n")


def test_development_build_of_content(content_site):
    output = content_site.output
    assert not list(output.rglob("*.gz")) and not (output / ".devserver").exists()
    page = (output / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="\./theme/css/site\.[0-9a-f]{12}\.css"', page) and "reload.js" not in page


def test_a_misspelt_or_wrong_setting_stops_the_build_naming_it(tmp_path):
    result, log = build(tmp_path / "a", None, "--log-handler", "plain", DEPLOY_PRECOMPRES=True)
    assert result.returncode == 1
    assert ("DeploySettingsError: DEPLOY_PRECOMPRES is not a setting of the deploy plugin. Did you mean "
            "DEPLOY_PRECOMPRESS? Its settings: DEPLOY_HASH_ASSETS, DEPLOY_PRECOMPRESS, "
            "DEPLOY_PRECOMPRESS_TYPES, DEPLOY_ROBOTS.") in problem_lines(result), log
    assert "Traceback" not in log
    result, log = build(tmp_path / "b", DEPLOY_PRECOMPRESS="yes")
    assert result.returncode == 1
    assert "DEPLOY_PRECOMPRESS is 'yes'; expected True or False." in log and "Traceback" not in log
    result, log = build(tmp_path / "c", DEPLOY_PRECOMPRESS_TYPES="html")
    assert result.returncode == 1 and "DEPLOY_PRECOMPRESS_TYPES is 'html'; expected a list" in log
