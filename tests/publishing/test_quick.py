"""tools/build.py (`make html`, `make publish`): a build that changes nothing is told so before
Pelican is imported, and anything that could change the site still builds it."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import ROOT, write_content

FILES = {"sr/news/2018-01-26-visit.md": "Title: Посета\nDate: 2018-01-26 10:00\n\nТекст.\n"}


def settings(base, **extra):
    """A settings file that takes part of its values from a module beside it, as publishconf.py
    does from pelicanconf.py."""
    (base / "local_values.py").write_text(f"SITENAME = {extra.get('SITENAME', 'Кластер')!r}\n", encoding="utf-8")
    path = base / "settings.py"
    path.write_text(f"import sys\nsys.path[:0] = [{str(ROOT)!r}, {str(base)!r}]\nfrom pelicanconf import *\n"
                    f"from local_values import *\nCACHE_PATH = {str(base / 'cache')!r}\n", encoding="utf-8")
    return path


def build(base, env=None):
    """Run the command as make html does; the log and whether it imported Pelican."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build.py"), str(base / "content"),
         "-o", str(base / "output"), "-s", str(base / "settings.py")],
        capture_output=True, text=True, cwd=ROOT,
        # Every Python process lists what it imports, the pelican that the command runs too.
        env={**os.environ, "COLUMNS": "200", "PYTHONPROFILEIMPORTTIME": "1", **(env or {})})
    assert result.returncode == 0, result.stdout + result.stderr
    imported = any(re.search(r"\|\s+pelican$", line.rstrip()) for line in result.stderr.splitlines())
    return result.stdout + result.stderr, imported


def quick(log, imported):
    return "Nothing changed since the last build" in log and not imported


def page(base):
    return (base / "output" / "news" / "poseta" / "index.html").read_text(encoding="utf-8")


def test_nothing_changed_is_said_without_importing_pelican(tmp_path):
    write_content(tmp_path / "content", FILES)
    settings(tmp_path)
    log, imported = build(tmp_path)
    assert imported and "Nothing changed" not in log
    assert quick(*build(tmp_path)), "the second build stops before Pelican"
    assert quick(*build(tmp_path))


def test_an_edit_a_changed_settings_module_or_another_environment_builds_again(tmp_path):
    write_content(tmp_path / "content", FILES)
    settings(tmp_path)
    build(tmp_path)
    write_content(tmp_path / "content", {"sr/news/2018-01-26-visit.md": FILES["sr/news/2018-01-26-visit.md"] + "Још.\n"})
    log, imported = build(tmp_path)
    assert imported and "Још." in page(tmp_path)

    settings(tmp_path, SITENAME="Кластер кућа")  # the module the settings file imports, not the file itself
    log, imported = build(tmp_path)
    assert imported and "Кластер кућа" in page(tmp_path)

    log, imported = build(tmp_path, env={"SITEURL": "https://example.org"})
    assert imported, "settings may read the environment: Pelican's own check decides"
    assert quick(*build(tmp_path, env={"SITEURL": "https://example.org"})), "and records this context too"


def test_a_commit_of_the_content_builds_again(tmp_path):
    write_content(tmp_path / "content", FILES)
    settings(tmp_path)
    git = ["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    build(tmp_path)
    assert quick(*build(tmp_path))
    subprocess.run([*git, "add", "content"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "A visit"], cwd=tmp_path, check=True)
    log, imported = build(tmp_path)
    assert imported, "a commit changes no file time, but it changes which translation is out of date"
