"""Messages to editors, in the editors' language: every error, warning and prompt an editor
meets (the build's checks, the gallery, the editions, publishing, `make article`/`album`/
`translations`) goes through `message()` or `nmessage()` here.

English is the source text; translations/<lang>/LC_MESSAGES/editor.po holds the others
(the `editor` domain, beside the theme's `messages`). The catalog is compiled in memory the
first time a message is needed, like the UI's, so nothing compiled is committed.

The language: the EDITOR_LANG environment variable, else the EDITOR_LANG setting
(pelicanconf.py), else Serbian. LANG is not read: the Makefile passes LANG=... as an
article's language, and a server's locale says nothing about who reads the build's log.

Placeholders are named (`%(path)s`), so a translation may put them in any order, and
`pybabel compile` checks that a translation keeps them.
"""

from __future__ import annotations

import gettext
import io
import os
from typing import Any, Callable

from .settings import SettingsError

DOMAIN = "editor"
SOURCE = "en"  # the language the messages are written in
LANGUAGES = ("sr", SOURCE)  # every language with a catalog, and the source
DEFAULT = "sr"  # the editors are Serbian
ENVIRONMENT = "EDITOR_LANG"
CATALOG_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                            "translations")

_chosen: str | None = None
_loaded: dict[str, gettext.NullTranslations] = {}


class EditorLangSettingsError(SettingsError):
    """EDITOR_LANG names a language without a catalog."""


def compile_catalog(path: str, locale: str, transform: Callable[[str], str] | None = None) -> gettext.GNUTranslations:
    """A .po file compiled in memory; `transform` rewrites every translation (e.g. a script change)."""
    # Babel is imported here, not above: the quick "Nothing changed" answer (tools/build.py) says
    # its sentence through this module before anything heavy is imported.
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    with open(path, "rb") as po:
        parsed = read_po(po, locale=locale)
    if transform is not None:
        for entry in parsed:
            if not entry.id:
                continue
            if isinstance(entry.string, (list, tuple)):
                entry.string = tuple(transform(s) for s in entry.string)
            elif entry.string:
                entry.string = transform(entry.string)
    buffer = io.BytesIO()
    write_mo(buffer, parsed)
    buffer.seek(0)
    return Translations(fp=buffer)


def catalog_file(lang: str, catalog_path: str = CATALOG_PATH) -> str:
    return os.path.join(catalog_path, lang, "LC_MESSAGES", f"{DOMAIN}.po")


def resolve(setting: Any = None) -> str:
    """The editors' language: the environment's EDITOR_LANG, else the setting, else Serbian."""
    chosen = os.environ.get(ENVIRONMENT, "").strip() or setting or DEFAULT
    if chosen not in LANGUAGES:
        # Said in English: the language asked for is not there, and English always is.
        raise EditorLangSettingsError(
            f"EDITOR_LANG is {chosen!r}; expected one of {', '.join(repr(x) for x in LANGUAGES)} "
            "(the languages of translations/*/LC_MESSAGES/editor.po, and English).")
    return chosen


def choose(settings: dict | None = None) -> str:
    """Settle the language for this process from `settings` (Pelican's, or pelicanconf's names).
    The settings are left as written: the quick up-to-date check compares them with the last build's."""
    global _chosen
    _chosen = resolve((settings or {}).get("EDITOR_LANG"))
    return _chosen


def language() -> str:
    return _chosen or resolve()


def translations(lang: str | None = None) -> gettext.NullTranslations:
    """The catalog of `lang` (the current language by default), compiled once per process."""
    lang = lang or language()
    if lang not in _loaded:
        _loaded[lang] = gettext.NullTranslations() if lang == SOURCE else compile_catalog(catalog_file(lang), lang)
    return _loaded[lang]


def message(text: str, /, **values: Any) -> str:
    """`text` (English, with named placeholders) in the editors' language, filled in."""
    return translations().gettext(text) % values


def nmessage(singular: str, plural: str, num: int, /, **values: Any) -> str:
    """A message that counts: the right plural form for `num` (Serbian has three)."""
    return translations().ngettext(singular, plural, num) % {"num": num, **values}
