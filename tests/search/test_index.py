"""The search index of each edition, built from a small site: what is indexed, and how."""

from __future__ import annotations

import json
import re

import pytest

from pagefind_bundles import EDITIONS, bundle, records
from conftest import ROOT, run_pelican, write_files
from editions.transliterate import transliterate_text

SITE = {
    "sr/news/2018-01-26-visit.md": """\
        Title: Посета амбасадора у Нишу
        Date: 2018-01-26 12:00

        Амбасадор је посетио **Ниш** и Лесковац.

        - Кластер кућа, „Њ“ и ЉУБАВ
        - адреса www.example.org/ниш остаје
        """,
    "en/news/2018-01-26-visit.md": """\
        Title: Ambassador visits Niš
        Date: 2018-01-26 12:00

        The ambassador held meetings in **Niš** and Leskovac.
        """,
    "sr/news/2018-02-09-training.md": """\
        Title: Обука у Лесковцу
        Date: 2018-02-09 10:00

        Обука о кућама<br>и
        зградама.
        """,
    "sr/news/2018-03-01-draft.md": """\
        Title: Нацрт
        Date: 2018-03-01 10:00
        Status: draft

        Тајни нацрт.
        """,
    "en/news/2017-02-01-kick-off.md": """\
        Title: Kick-off
        Date: 2017-02-01 10:00

        English only.
        """,
    "sr/pages/contact.md": "Title: Контакт\n\nПишите нам у Ниш.\n",
    "en/pages/contact.md": "Title: Contact\n\nWrite to us in Niš.\n",
}
OWN = {
    "sr-Cyrl": {"/news/poseta-ambasadora-u-nisu/", "/news/obuka-u-leskovcu/", "/kontakt/"},
    "sr-Latn": {"/sr-latn/news/poseta-ambasadora-u-nisu/", "/sr-latn/news/obuka-u-leskovcu/", "/sr-latn/kontakt/"},
    "en": {"/en/news/ambassador-visits-nis/", "/en/news/kick-off/", "/en/contact/"},
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    base = tmp_path_factory.mktemp("search")
    write_files(base / "content", SITE)
    settings = base / "settings.py"
    settings.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n"
                        f"CACHE_PATH = {str(base / 'cache')!r}\n", encoding="utf-8")
    result = run_pelican(base / "content", base / "output", settings, "-v", "--fatal", "warnings")
    assert result.returncode == 0, result.stdout + result.stderr
    return base / "output", result.stdout + result.stderr


@pytest.mark.parametrize("code", EDITIONS)
def test_each_edition_has_its_own_bundle_without_pagefinds_ready_made_interface(site, code):
    output, _ = site
    folder = bundle(output, code)
    for name in ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json"):
        assert (folder / name).is_file(), name
    assert list(folder.glob("pagefind.*.pf_meta")) and list(folder.glob("index/*.pf_index"))
    assert not list(folder.glob("pagefind-*ui*")) and not (folder / "pagefind-highlight.js").exists()
    entry = json.loads((folder / "pagefind-entry.json").read_text())
    assert list(entry["languages"]) == [code.lower()], "one index, in the edition's language"


@pytest.mark.parametrize("code", EDITIONS)
def test_only_the_editions_own_published_pages_are_indexed(site, code):
    output, _ = site
    assert set(records(output, code)) == OWN[code], "no fallback copy, draft, list or error page"


def test_each_record_carries_the_title_and_date_as_its_edition_shows_them(site):
    output, _ = site
    cyrillic = records(output, "sr-Cyrl")["/news/poseta-ambasadora-u-nisu/"]["meta"]
    assert cyrillic["ct"] == "Посета амбасадора у Нишу"
    assert cyrillic["title"] == "Poseta ambasadora u Nišu", "indexed in Latin letters"
    assert cyrillic["date"] == "26. јануар 2018."
    latin = records(output, "sr-Latn")["/sr-latn/news/poseta-ambasadora-u-nisu/"]["meta"]
    assert (latin["ct"], latin["title"], latin["date"]) == (
        "Poseta ambasadora u Nišu", "Poseta ambasadora u Nišu", "26. januar 2018.")
    assert "ctext" not in latin
    english = records(output, "en")["/en/news/ambassador-visits-nis/"]["meta"]
    assert (english["ct"], english["date"]) == ("Ambassador visits Niš", "26 January 2018")
    assert "ctext" not in english
    assert "date" not in records(output, "en")["/en/contact/"]["meta"], "a page without a date shows none"


def test_the_cyrillic_edition_is_indexed_in_latin_with_its_own_text_word_for_word(site):
    output, _ = site
    for url, record in records(output, "sr-Cyrl").items():
        latin, cyrillic = record["content"].split(" "), record["meta"]["ctext"].split(" ")
        assert len(cyrillic) == len(latin) == record["word_count"], url
        # Pagefind ends a text that has no full stop at its end with one (on the last word).
        assert record["content"] in (transliterate_text(record["meta"]["ctext"]) + ".",
                                     transliterate_text(record["meta"]["ctext"])), url
    visit = records(output, "sr-Cyrl")["/news/poseta-ambasadora-u-nisu/"]
    assert visit["content"].startswith("Ambasador je posetio Niš i Leskovac. Klaster kuća,")
    assert "LJUBAV" in visit["content"] and "www.example.org/ниш" in visit["content"], \
        "the Latin edition's rules: capitals, addresses kept"
    training = records(output, "sr-Cyrl")["/news/obuka-u-leskovcu/"]
    assert training["meta"]["ctext"] == "Обука о кућама и зградама.", "a line break separates words"


def test_the_serbian_editions_index_the_same_latin_words(site):
    output, _ = site
    cyrillic, latin = records(output, "sr-Cyrl"), records(output, "sr-Latn")
    for url, record in cyrillic.items():
        assert record["content"] == latin["/sr-latn" + url]["content"], url


def test_the_log_says_what_was_indexed(site):
    _, log = site
    line = re.search(r"search: (.+?); sources", log)
    assert line, log
    assert line[1] == "sr-Cyrl 3 pages indexed, en 3 pages indexed, sr-Latn 3 pages indexed"


def test_fold_js_lower_cases_and_spells_cyrillic_in_latin(site, tmp_path):
    output, _ = site
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.fail("node is missing: `make test` installs it (Debian package nodejs)")
    # Browsers load it as the module it is; Node 18 (Debian 12) takes a .js file outside a package
    # for CommonJS, so the test imports a copy named .mjs.
    copy = tmp_path / "fold.mjs"
    shutil.copyfile(output / "search" / "fold.js", copy)
    module = copy.as_uri()
    script = f'import {{ fold }} from "{module}"; console.log(fold("Ниш НИШУ Љубав ЏЕП Kuća nis"));'
    result = subprocess.run([node, "--input-type=module", "-e", script], capture_output=True, text=True)
    assert result.stdout.strip() == "niš nišu ljubav džep kuća nis", result.stderr
