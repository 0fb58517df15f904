"""UI catalogs: complete, up to date with the templates, Serbian plurals right."""

from __future__ import annotations

import subprocess
import sys

from babel.messages.pofile import read_po

from conftest import ROOT
from editions.catalogs import load_translations

CATALOGS = ["sr"]


def _messages(path):
    with open(path, "rb") as handle:
        return read_po(handle)


def test_template_strings_are_all_in_the_pot(tmp_path):
    fresh = tmp_path / "messages.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "translations/babel.cfg",
         "-o", str(fresh), "--no-location", "--sort-output", "."],
        cwd=ROOT, check=True, capture_output=True,
    )
    wanted = {m.id for m in _messages(fresh) if m.id}
    committed = {m.id for m in _messages(ROOT / "translations" / "messages.pot") if m.id}
    assert wanted == committed, "run `make i18n-update` and translate the new strings"


def test_every_catalog_is_complete_and_not_fuzzy():
    pot = {m.id for m in _messages(ROOT / "translations" / "messages.pot") if m.id}
    for lang in CATALOGS:
        catalog = _messages(ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po")
        ids = {m.id for m in catalog if m.id}
        assert ids == pot, f"{lang}: catalog out of date with messages.pot"
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            assert all(strings), f"{lang}: untranslated {message.id!r}"
            assert not message.fuzzy, f"{lang}: fuzzy {message.id!r}"


def test_serbian_has_three_plural_forms():
    translations = load_translations(str(ROOT / "translations"), "sr", "sr_Cyrl")
    forms = {n: translations.ngettext("%(num)d article", "%(num)d articles", n) % {"num": n} for n in (1, 2, 5, 21, 11)}
    assert forms == {1: "1 чланак", 2: "2 чланка", 5: "5 чланака", 21: "21 чланак", 11: "11 чланака"}
