"""UI strings: gettext catalogs read straight from the .po files with Babel.

The build compiles each catalog in memory, so nobody has to remember to run
`make i18n-compile` before building and no compiled file is committed.
"""

from __future__ import annotations

import gettext
import io
import os
from typing import Callable

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations


def catalog_file(catalog_path: str, catalog: str) -> str:
    return os.path.join(catalog_path, catalog, "LC_MESSAGES", "messages.po")


def load_translations(
    catalog_path: str,
    catalog: str | None,
    locale: str,
    transform: Callable[[str], str] | None = None,
) -> gettext.NullTranslations:
    """Translations for one edition; `transform` rewrites every message (e.g. a script change)."""
    if catalog is None:
        return NullTranslations()
    path = catalog_file(catalog_path, catalog)
    if not os.path.exists(path):
        raise FileNotFoundError(
            f"{path}: the UI catalog of '{catalog}' is missing. "
            "Run `make i18n-update` to create it from translations/messages.pot."
        )
    with open(path, "rb") as po:
        parsed = read_po(po, locale=locale)
    if transform is not None:
        for message in parsed:
            if not message.id:
                continue
            if isinstance(message.string, (list, tuple)):
                message.string = tuple(transform(s) for s in message.string)
            elif message.string:
                message.string = transform(message.string)
    buffer = io.BytesIO()
    write_mo(buffer, parsed)
    buffer.seek(0)
    return Translations(fp=buffer)
