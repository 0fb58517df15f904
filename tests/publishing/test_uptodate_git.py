"""A change only a commit makes is a change: committing an updated translation clears its
"may be out of date" note (README), so that build must not answer "Nothing changed".
A real git repository in a temporary folder, with commit dates set one by one."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT, run_pelican, write_content, write_settings

sys.path.insert(0, str(ROOT / "tests" / "checks"))
from cases import BASE  # noqa: E402

PLAIN = ("--log-handler", "plain")
ORIGINAL, TRANSLATION = "sr/news/2018-01-26-visit.md", "en/news/2018-01-26-visit.md"
NOTE = "may be out of date"


def git(repo, *args, date: str | None = None) -> None:
    when = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date} if date else {}
    env = {**os.environ, "GIT_AUTHOR_NAME": "Editor", "GIT_AUTHOR_EMAIL": "editor@example.org",
           "GIT_COMMITTER_NAME": "Editor", "GIT_COMMITTER_EMAIL": "editor@example.org", **when}
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def note_shown(output) -> bool:
    # the English translation of the case site, at the address of its own title
    return NOTE in (output / "en" / "news" / "the-ambassadors-visit" / "index.html").read_text(encoding="utf-8")


def test_committing_a_translation_rebuilds_and_clears_its_note(tmp_path):
    """Catalogue case "commit-only"."""
    content, output, settings = tmp_path / "content", tmp_path / "output", write_settings(tmp_path)
    git(tmp_path, "init", "-q")
    write_content(content, {ORIGINAL: BASE[ORIGINAL]})
    git(tmp_path, "add", "content")
    git(tmp_path, "commit", "-q", "-m", "original", date="2024-01-01T10:00:00Z")
    write_content(content, BASE)
    git(tmp_path, "add", "content")
    git(tmp_path, "commit", "-q", "-m", "translations", date="2024-01-02T10:00:00Z")
    write_content(content, {ORIGINAL: BASE[ORIGINAL] + "\nНови пасус.\n"})
    git(tmp_path, "commit", "-q", "-am", "original updated", date="2024-03-03T10:00:00Z")

    assert run_pelican(content, output, settings, *PLAIN).returncode == 0
    assert note_shown(output), "the original changed after its translation"
    # The translator saves the updated translation: a file time changes, a build follows.
    write_content(content, {TRANSLATION: BASE[TRANSLATION] + "\nA new paragraph.\n"})
    assert run_pelican(content, output, settings, *PLAIN).returncode == 0
    assert note_shown(output), "not committed yet: its last change is still its last commit"
    unchanged = run_pelican(content, output, settings, *PLAIN)
    assert "Nothing changed" in unchanged.stdout, unchanged.stdout

    git(tmp_path, "commit", "-q", "-am", "translation updated", date="2024-03-04T10:00:00Z")
    committed = run_pelican(content, output, settings, *PLAIN)
    assert committed.returncode == 0, committed.stderr
    assert "Nothing changed" not in committed.stdout, "the commit is a change"
    assert not note_shown(output), "committing the translation clears the note"
    again = run_pelican(content, output, settings, *PLAIN)
    assert "Nothing changed" in again.stdout, again.stdout
