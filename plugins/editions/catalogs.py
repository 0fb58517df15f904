"""UI strings: gettext catalogs read straight from the .po files with Babel.

The build compiles each catalog in memory, so nobody has to remember to run
`make i18n-compile` before building and no compiled file is committed.
"""

from __future__ import annotations

import gettext
import os
from typing import Callable

from babel.support import NullTranslations

from sitecore.messages import compile_catalog


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
    return compile_catalog(path, locale, transform)
