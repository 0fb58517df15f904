"""Catalogs (the UI's and the editors' messages): complete, up to date with the code, Serbian plurals right."""

from __future__ import annotations

import re
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


def _forms(translations, singular, plural):
    return {n: translations.ngettext(singular, plural, n) % {"num": n} for n in (1, 2, 5, 21, 11, 22)}


def test_serbian_has_three_plural_forms():
    translations = load_translations(str(ROOT / "translations"), "sr", "sr_Cyrl")
    # Articles are "вести", as the menu calls them: "вест" for 1, 21..., "вести" otherwise.
    assert _forms(translations, "%(num)d article", "%(num)d articles") == {
        1: "1 вест", 2: "2 вести", 5: "5 вести", 21: "21 вест", 11: "11 вести", 22: "22 вести"}
    # A noun whose three forms differ shows that the plural rule itself picks the right one.
    assert _forms(translations, "Open the album (%(num)d photo)", "Open the album (%(num)d photos)") == {
        n: f"Отвори албум ({n} {word})" for n, word in ((1, "фотографија"), (2, "фотографије"), (5, "фотографија"),
                                                      (21, "фотографија"), (11, "фотографија"), (22, "фотографије"))}


def test_serbian_catalog_calls_articles_news_like_the_menu():
    """The menu says "Вести": counts, notices and page links must not call the same items "чланак"."""
    catalog = _messages(ROOT / "translations" / "sr" / "LC_MESSAGES" / "messages.po")
    texts = [s for m in catalog if m.id for s in (m.string if isinstance(m.string, tuple) else (m.string,))]
    assert not [t for t in texts if "чланак" in t or "чланк" in t or "чланц" in t]
    assert not [t for t in texts if "Довод" in t], "a feed is a канал (RSS канал, Atom канал)"


# --- The editors' messages (the `editor` domain: plugins/sitecore/messages.py) --------------

EDITOR_KEYWORDS = ["--no-default-keywords", "-k", "message", "-k", "nmessage:1,2"]
_NAMED = re.compile(r"%\((\w+)\)")


def test_editor_messages_are_all_in_the_pot(tmp_path):
    fresh = tmp_path / "editor.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "translations/editor-babel.cfg",
         *EDITOR_KEYWORDS, "-o", str(fresh), "--no-location", "--sort-output", "."],
        cwd=ROOT, check=True, capture_output=True,
    )
    wanted = {m.id for m in _messages(fresh) if m.id}
    committed = {m.id for m in _messages(ROOT / "translations" / "editor.pot") if m.id}
    assert wanted == committed, "run `make i18n-update` and translate the new messages in editor.po"
    assert len(wanted) > 200


def test_every_editor_catalog_is_complete_not_fuzzy_and_keeps_the_placeholders():
    pot = {m.id for m in _messages(ROOT / "translations" / "editor.pot") if m.id}
    for lang in CATALOGS:
        catalog = _messages(ROOT / "translations" / lang / "LC_MESSAGES" / "editor.po")
        assert {m.id for m in catalog if m.id} == pot, f"{lang}: editor.po out of date with editor.pot"
        for message in (m for m in catalog if m.id):
            english = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            assert all(strings) and not message.fuzzy, f"{lang}: untranslated or fuzzy {english[0]!r}"
            if isinstance(message.id, tuple):
                assert len(strings) == 3, f"Serbian has three plural forms: {english[0]!r}"
            names = set(_NAMED.findall(english[0]))
            for string in strings:
                # "kind" (article/page) may be left out: a Serbian sentence says "ова датотека" instead.
                assert names - {"kind", "num"} <= set(_NAMED.findall(string)) <= names | {"num"}, string
                assert re.search("[\u0400-\u04ff]", string) or not re.search("[a-z]{3}", _NAMED.sub("", string)), (
                    f"{lang}: not Cyrillic: {string!r}")


def test_editor_messages_speak_serbian_with_three_plural_forms():
    from sitecore import messages

    serbian = messages.translations("sr")
    assert {n: serbian.ngettext("%(num)d error", "%(num)d errors", n) % {"num": n} for n in (1, 2, 5, 21, 12)} == {
        1: "1 грешка", 2: "2 грешке", 5: "5 грешака", 21: "21 грешка", 12: "12 грешака"}
    assert messages.translations("en").gettext("the home page") == "the home page"
