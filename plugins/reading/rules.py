"""Pelican's reader cache is used only while the rules it was made with are the same.

Pelican keeps the HTML of every parsed file in its reader cache and checks only the file's own
bytes (CHECK_MODIFIED_METHOD), so a change to how Markdown is read (the typography module,
the MARKDOWN setting) would leave every unchanged file with the HTML of the old rules. The
rules' fingerprint is kept in CACHE_PATH; when it differs, the build reads nothing from the
cache (LOAD_CONTENT_CACHE off while the generators read, as `pelican --ignore-cache` does) and
Pelican saves a new one. The setting is off only while reading: the up-to-date check and the
render keys hash the settings, and must see the same settings as in any other build. The
fingerprint is written when reading is over, after Pelican saved the new cache: a build stopped
before that simply ignores the cache again next time.
"""

from __future__ import annotations

import json
import os
from typing import Callable

from sitecore import files
from sitecore.fingerprint import digest

from . import typography

STAMP = os.path.join("reading", "rules")


def fingerprint(settings: dict) -> str:
    """The typography module's source and the Markdown settings (extensions, their options, output)."""
    with open(typography.__file__, "rb") as source:
        code = source.read().decode("utf-8")
    markdown = settings.get("MARKDOWN") or {}
    options = {"extension_configs": sorted(map(str, (markdown.get("extension_configs") or {}).items())),
               "output_format": str(markdown.get("output_format"))}
    return digest(code, json.dumps(options, sort_keys=True))


def _stamp_path(settings: dict) -> str | None:
    cache = settings.get("CACHE_PATH")
    return os.path.join(cache, STAMP) if cache and settings.get("CACHE_CONTENT") else None


def before_reading(settings: dict) -> Callable[[], None] | None:
    """`get_generators` (after the up-to-date check hashed the settings, before the readers load
    the cache): read nothing from a cache made by other rules. Returns what to do once reading is
    over (the readers saved their cache), or None when the cache is of these rules."""
    path = _stamp_path(settings)
    if path is None:
        return None
    current = fingerprint(settings)
    try:
        with open(path, encoding="utf-8") as stream:
            if stream.read().strip() == current:
                return None
    except OSError:
        pass
    loading = settings.get("LOAD_CONTENT_CACHE")
    settings["LOAD_CONTENT_CACHE"] = False

    def after_reading() -> None:
        # The setting as it was, for what hashes the settings later (the render keys).
        settings["LOAD_CONTENT_CACHE"] = loading
        files.write_bytes(path, current.encode("utf-8") + b"\n")

    return after_reading
