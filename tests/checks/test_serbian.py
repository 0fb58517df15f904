"""The editors' messages in Serbian: every message of the catalogue of bad input (cases/) has
its Serbian sentence, and a real build and `make article` speak Serbian when asked to.

The rest of the suite reads the English source (conftest.py sets EDITOR_LANG=en); these
tests choose Serbian for their own runs. Settings errors are the exception: they are for
whoever edits pelicanconf.py and stay in English (docs/input-errors.md says so).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, problem_lines, run_pelican, write_content, write_settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import BASE, CASES  # noqa: E402
from translated import _PLACEHOLDER, entries, serbian  # noqa: E402

ENGLISH_ONLY = {"Settings"}  # topics whose messages stay in English
_WHERE = re.compile(r"^(?P<where>[^\s:]+(?::\d+)?): ")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _case_lines():
    for case in CASES:
        for number, line in enumerate(case.messages):
            if case.topic not in ENGLISH_ONLY and not line.startswith("("):  # "(none: ...)" is a note
                yield pytest.param(line, id=f"{case.id}-{number}")


def _english_leftovers(text: str) -> list[str]:
    """Pieces of the English templates (four words or more) still in a Serbian text."""
    found = []
    for entry in entries():
        for piece in _PLACEHOLDER.split(entry.english)[::4]:
            piece = piece.strip(" .;:,()'")
            if len(piece.split()) >= 4 and piece in text:
                found.append(piece)
    return found


@pytest.mark.parametrize("line", list(_case_lines()))
def test_every_case_message_has_its_serbian_sentence(line):
    translated = serbian(line)
    assert translated is not None, f"no entry of translations/sr/LC_MESSAGES/editor.po makes {line!r}"
    assert translated != line and _CYRILLIC.search(translated)
    where = _WHERE.match(line)
    if where and "/" in where["where"]:
        assert translated.startswith(where[0]), "the Serbian message names the same file and line"
    assert "%(" not in translated and not _english_leftovers(translated), translated


def test_catalogue_names_every_topic_it_keeps_in_english():
    assert {c.topic for c in CASES} >= ENGLISH_ONLY
    assert len(list(_case_lines())) >= 100


# --- Real runs in Serbian -----------------------------------------------------------------

IMPOSSIBLE = {"sr/news/2018-02-03-poseta.md": "Title: Посета\nDate: 2018-02-30\n\nТекст.\n"}


def _serbian_env(**extra) -> dict:
    """The environment without EDITOR_LANG: the language comes from the settings (Serbian)."""
    env = {k: v for k, v in os.environ.items() if k != "EDITOR_LANG"}
    return {**env, **extra}


def test_a_build_with_an_impossible_date_speaks_serbian_by_default(tmp_path, monkeypatch):
    monkeypatch.delenv("EDITOR_LANG")  # pelicanconf.py's EDITOR_LANG = "sr" chooses
    write_content(tmp_path / "content", {**BASE, **IMPOSSIBLE})
    result = run_pelican(tmp_path / "content", tmp_path / "output", write_settings(tmp_path),
                         "--log-handler", "plain")
    assert result.returncode == 1, result.stderr
    assert problem_lines(result) == [
        "content/sr/news/2018-02-03-poseta.md:2: '2018-02-30' није датум који овај сајт уме да прочита. "
        "Напишите датум као '2018-01-26', '2018-01-26 12:00' или '2018-01-26 12:00:00' "
        "(година-месец-дан, па време ако желите).",
        "изградња није успела: 1 грешка; у output/ ништа није записано",
    ]


def test_the_environment_overrides_the_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR_LANG", "sr")
    write_content(tmp_path / "content", {**BASE, "en/news/2018-02-03-visit.md": "Title: Visit\nDate: soon\n\nText.\n"})
    result = run_pelican(tmp_path / "content", tmp_path / "output", write_settings(tmp_path, EDITOR_LANG="en"),
                         "--log-handler", "plain")
    assert problem_lines(result)[0].startswith(
        "content/en/news/2018-02-03-visit.md:2: 'soon' није датум који овај сајт уме да прочита."), result.stderr


def test_an_editor_language_without_a_catalog_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR_LANG", "de")
    write_content(tmp_path / "content", BASE)
    result = run_pelican(tmp_path / "content", tmp_path / "output", write_settings(tmp_path), "--log-handler", "plain")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert problem_lines(result) == [
        "EditorLangSettingsError: EDITOR_LANG is 'de'; expected one of 'sr', 'en' (the languages of "
        "translations/*/LC_MESSAGES/editor.po, and English)."]


def _make_article(content: Path, **variables) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["make", "-s", "--no-print-directory", "article", f"INPUTDIR={content}",
         *(f"{k}={v}" for k, v in variables.items())],
        cwd=ROOT, capture_output=True, text=True, stdin=subprocess.DEVNULL, env=_serbian_env())


def test_make_article_without_a_title_says_what_to_do_in_serbian(tmp_path):
    result = _make_article(tmp_path / "content")
    assert result.returncode != 0 and not (tmp_path / "content").exists()
    # make's own line about the failed target ("make:", or "make[1]:" when the tests run under make)
    assert [line for line in result.stderr.splitlines() if not re.match(r"make(\[\d+\])?: ", line)] == [(
        "грешка: Недостаје: Наслов (ћирилицом). Наведите га у командној линији (TITLE=...) или покрените "
        f"команду у терминалу, па ће вас питати. У {tmp_path}/content/sr/news/ ништа није записано.")]


def test_make_article_names_the_file_it_wrote_in_serbian(tmp_path):
    result = _make_article(tmp_path / "content", TITLE="Обука у Нишу", DATE="2018-03-02")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Записано је {tmp_path}/content/sr/news/2018-03-02-obuka-u-nisu.md:"
    assert "Даље: отворите датотеку и последњи ред замените текстом, у Markdown-у." in result.stdout
    assert f"Преведите је: make article LANG=en FROM={tmp_path}/content/sr/news/2018-03-02-obuka-u-nisu.md" in lines
