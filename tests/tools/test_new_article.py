"""`make article` and `make album` on a copy of content/: the files they write, what they refuse,
and a new article that builds with no warning and is listed on its edition's home page."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, BuiltSite, run_pelican, write_settings

ALBUM = "2018-01-26-leskovac-city"


@pytest.fixture
def content(tmp_path):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    return tmp_path / "content"


def make(target: str, content, **variables) -> subprocess.CompletedProcess:
    """`make <target> NAME=value ...` as an editor types it (not in a terminal: nothing is asked)."""
    return subprocess.run(
        ["make", "-s", "--no-print-directory", target, f"INPUTDIR={content}",
         *(f"{k}={v}" for k, v in variables.items())],
        cwd=ROOT, capture_output=True, text=True, stdin=subprocess.DEVNULL,
        env={**os.environ, "LANG": "en_US.UTF-8", "NAME": "my-laptop"},  # must not be taken for LANG=, NAME=
    )


def tool(name: str, content, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "tools" / name), "--content", str(content), *args],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)


def error(result) -> str:
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    return result.stderr.split("error: ", 1)[1].strip().splitlines()[0]


def test_a_new_article_builds_without_warnings_and_is_listed(content, tmp_path):
    result = make("article", content, TITLE="Обука „Лидер“ у Лесковцу", ALBUM=ALBUM, DATE="2018-03-02 10:00",
                  TAGS="Лесковац, обука", SUMMARY="Кратак опис обуке.")
    assert result.returncode == 0, result.stderr
    path = content / "sr" / "news" / "2018-03-02-obuka-lider-u-leskovcu.md"
    assert path.read_text(encoding="utf-8") == (
        "Title: Обука „Лидер“ у Лесковцу\nDate: 2018-03-02 10:00\nTags: Лесковац, обука\n"
        f"Summary: Кратак опис обуке.\nGallery: {ALBUM}\n\nОвде напишите текст вести.\n")
    assert f"Wrote {path}" in result.stdout
    assert "http://127.0.0.1:8000/news/obuka-lider-u-leskovcu/" in result.stdout
    assert f"make article LANG=en FROM={path}" in result.stdout

    result = make("article", content, LANG="en", TITLE="Women's training in Leskovac",
                  FROM="content/sr/news/2018-03-02-obuka-lider-u-leskovcu.md")
    assert result.returncode == 0, result.stderr
    translation = content / "en" / "news" / "2018-03-02-obuka-lider-u-leskovcu.md"
    assert translation.read_text(encoding="utf-8") == (
        "Title: Women's training in Leskovac\nDate: 2018-03-02 10:00\nTags:\n"
        f"Gallery: {ALBUM}\n\nWrite the text of the news here.\n")
    # the translation's address is in its own words; the original's does not move
    assert "http://127.0.0.1:8000/en/news/womens-training-in-leskovac/" in result.stdout

    output = tmp_path / "output"
    site = BuiltSite(output, run_pelican(content, output, write_settings(tmp_path), "--fatal", "warnings"))
    assert site.returncode == 0, site.log
    assert "WARNING" not in site.log and "ERROR" not in site.log, site.log
    for prefix, title, slug in (("", "Обука „Лидер“ у Лесковцу", "obuka-lider-u-leskovcu"),
                                ("en/", "Women's training in Leskovac", "womens-training-in-leskovac"),
                                ("sr-latn/", "Obuka „Lider“ u Leskovcu", "obuka-lider-u-leskovcu")):
        first = site.html(prefix).select_one(".article-list h2 a")
        assert first.text == title and first["href"].endswith(f"{prefix}news/{slug}/"), prefix
    page = site.html("en/news/womens-training-in-leskovac/")
    assert page.select_one("section.gallery-embed") is not None and "This article" not in page.text


def test_without_a_date_it_is_now_in_nis_and_without_a_language_serbian(content):
    result = tool("new_article.py", content, "--title", "Вест без датума")
    assert result.returncode == 0, result.stderr
    [path] = (content / "sr" / "news").glob("*-vest-bez-datuma.md")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("Date: " + path.name[:10]) and len(lines[1]) == len("Date: 2018-03-02 10:00")
    assert lines[2] == "Tags:" and not any(line.startswith(("Summary:", "Gallery:")) for line in lines)


@pytest.mark.parametrize("variables, message", [
    ({"TITLE": "Obuka u Nišu"}, "The title 'Obuka u Nišu' is in Latin script, and Serbian is written in Cyrillic "
     "on this site (the build makes the Latin edition from the Cyrillic text). Write it in Cyrillic, e.g. "
     "'Обука у Нишу' (check the spelling: names and foreign words may differ)."),
    ({"TITLE": "Обука у Нiшу"}, "The title: 'Нiшу' mixes Latin and Cyrillic letters (a keyboard-layout slip?). "
     "Retype the word in Cyrillic."),
    ({"TITLE": "Обука", "LANG": "en"}, "The title 'Обука' is in Cyrillic, but it is for the English edition. "
     "Write it in English; for a Serbian text use LANG=sr."),
    ({"TITLE": "Обука", "ALBUM": "2018-01-26-leskovac"}, "There is no album '2018-01-26-leskovac' in content/galleries. "
     "Give the name of an album folder exactly; the albums are:"),
    ({"TITLE": "Обука", "DATE": "02.03.2018"}, "DATE '02.03.2018' is not a date this site can read. Write it as "
     "year-month-day, e.g. 2018-03-02 (or 2018-03-02 10:00 with the time)."),
    ({"TITLE": "Обука PCM-LFM у Нишу и Лесковцу"}, "content/sr/news/2018-02-09-pcm-lfm-training.md has the same "
     "title, so both would get the address news/obuka-pcm-lfm-u-nisu-i-leskovcu/. Choose another title"),
    ({"TITLE": "Обука", "LANG": "de"}, "'de' is not a language of this site. Write sr (Serbian, in Cyrillic) or en (English)."),
    ({}, "Title (in Cyrillic) is missing. Give it on the command line (TITLE=...), or run the command in a "
     "terminal to be asked."),
    ({"TITLE": "X", "LANG": "sr", "FROM": "content/sr/news/2018-02-09-pcm-lfm-training.md"},
     "The original is in Serbian (content/sr/); a translation needs another language: LANG=en."),
    ({"TITLE": "X", "LANG": "en", "FROM": "content/sr/news/2018-02-09-pcm-lfm-training.md"},
     "content/en/news/2018-02-09-pcm-lfm-training.md already exists: this article has a translation in English."),
    ({"TITLE": "X", "LANG": "en", "FROM": "README.md"}, "FROM=README.md is not a file in content."),
    ({"TITLE": "Обука", "EVENT_START": "02.03.2018"}, "'02.03.2018' is not a start this site can read."),
    ({"TITLE": "Обука", "EVENT_START": "2018-03-02", "EVENT_END": "2018-03-01"},
     "the end (2018-03-01) is before the start (2018-03-02). Correct one of the two lines."),
    ({"TITLE": "Обука", "EVENT_START": "2018-03-02", "EVENT_PLACE": "Leskovac"},
     "Event-place 'Leskovac' is in Latin script, and Serbian is written in Cyrillic on this site"),
    ({"TITLE": "Обука", "EVENT_START": "2018-03-02", "EVENT_REGISTRATION": "example.org"},
     "'example.org' is not a web address."),
])
def test_refusals_say_what_to_do_and_write_nothing(content, variables, message):
    before = sorted(p.relative_to(content) for p in content.rglob("*"))
    found = error(make("article", content, **variables)).replace(str(content.parent) + "/", "")
    assert found.startswith(message), found
    assert sorted(p.relative_to(content) for p in content.rglob("*")) == before


def test_an_existing_file_is_never_replaced(content):
    path = content / "sr" / "news" / "2018-03-02-obuka.md"
    path.write_text("Title: Моја\n\nМој текст.\n", encoding="utf-8")
    message = error(tool("new_article.py", content, "--title", "Обука", "--date", "2018-03-02"))
    assert message.startswith(f"{path} already exists; nothing was written.")
    assert path.read_text(encoding="utf-8") == "Title: Моја\n\nМој текст.\n"


def test_a_new_album_with_its_texts(content):
    result = make("album", content, NAME="Leskovac Training", TITLE="Обука у Лесковцу",
                  TITLE_EN="Training in Leskovac", DATE="2018-03-02")
    assert result.returncode == 0, result.stderr
    folder = content / "galleries" / "2018-03-02-leskovac-training"
    assert sorted(p.name for p in folder.iterdir()) == ["album.en.md", "album.sr.md", "captions.sr.txt"]
    assert (folder / "album.sr.md").read_text(encoding="utf-8") == "Title: Обука у Лесковцу\nDate: 2018-03-02\n"
    assert (folder / "album.en.md").read_text(encoding="utf-8") == "Title: Training in Leskovac\nDate: 2018-03-02\n"
    captions = (folder / "captions.sr.txt").read_text(encoding="utf-8").splitlines()
    assert captions and all(line.startswith("# ") for line in captions)
    assert "Copy the photos into" in result.stdout and "make article ALBUM=2018-03-02-leskovac-training" in result.stdout

    assert error(make("album", content, NAME="2018-03-02-leskovac-training", TITLE="Друго")).startswith(
        f"{folder} already exists; nothing was written.")
    assert error(make("album", content, NAME="x", TITLE="Obuka")).startswith("TITLE 'Obuka' is in Latin script")
    assert error(make("album", content, NAME="2018-03-04-x", DATE="2018-03-05", TITLE="Обука")).startswith(
        "NAME starts with the date 2018-03-04, and DATE is 2018-03-05.")
    assert error(make("album", content, TITLE="Обука")).startswith("Folder name: a few English words")


def test_a_new_article_with_an_event_and_its_translation(content, tmp_path):
    result = make("article", content, TITLE="Обука у Лесковцу", DATE="2018-03-01", EVENT_START="2018-03-02 10:00",
                  EVENT_END="14:00", EVENT_PLACE="Висока пословна школа, Лесковац",
                  EVENT_ORGANISER="Кластер кућа", EVENT_REGISTRATION="https://example.org/prijava")
    assert result.returncode == 0, result.stderr
    path = content / "sr" / "news" / "2018-03-01-obuka-u-leskovcu.md"
    assert path.read_text(encoding="utf-8") == (
        "Title: Обука у Лесковцу\nDate: 2018-03-01\nTags:\nEvent-start: 2018-03-02 10:00\nEvent-end: 14:00\n"
        "Event-place: Висока пословна школа, Лесковац\nEvent-organiser: Кластер кућа\n"
        "Event-registration: https://example.org/prijava\n\nОвде напишите текст вести.\n")
    result = make("article", content, LANG="en", TITLE="Training in Leskovac",
                  FROM="content/sr/news/2018-03-01-obuka-u-leskovcu.md")
    assert result.returncode == 0, result.stderr
    assert "The event lines are the original's" in result.stdout
    english = (content / "en" / "news" / "2018-03-01-obuka-u-leskovcu.md").read_text(encoding="utf-8")
    assert "Event-start: 2018-03-02 10:00\nEvent-end: 14:00\n" in english
    # Without EVENT_START nothing is asked or written about an event.
    result = make("article", content, TITLE="Без догађаја", DATE="2018-03-01", EVENT_PLACE="Ниш")
    assert result.returncode == 0, result.stderr
    assert "Event-" not in (content / "sr" / "news" / "2018-03-01-bez-dogadjaja.md").read_text(encoding="utf-8")
    out = tmp_path / "output"
    built = BuiltSite(out, run_pelican(content, out, write_settings(tmp_path), "--fatal", "errors"))
    assert built.returncode == 0, built.log
    assert built.html("news/obuka-u-leskovcu/").select_one(".event-details time").get_text() == (
        "петак, 2. март 2018. 10:00–14:00")
