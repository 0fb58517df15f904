"""Settings of the search plugin: defaults and validation (every name starts with SEARCH_)."""

from __future__ import annotations

from typing import Any

from sitecore import settings as core

DEFAULTS: dict[str, Any] = {
    # Write each edition's search index (the Pagefind bundle) and search/fold.js.
    "SEARCH_INDEX": True,
    # Where each edition's bundle goes, under the edition's prefix.
    "SEARCH_BUNDLE_PATH": "search/pagefind/",
}
# The results page's address, a direct template's settings (its template is theme/templates/search.html).
TEMPLATE_SETTINGS = ("SEARCH_URL", "SEARCH_SAVE_AS")


class SearchSettingsError(core.SettingsError):
    """A SEARCH_ setting is unknown or malformed."""


def configure(settings: dict[str, Any]) -> None:
    core.configure(settings, "SEARCH_", DEFAULTS, "search plugin", SearchSettingsError, TEMPLATE_SETTINGS)
    core.require_bool(settings, "SEARCH_INDEX", SearchSettingsError)
    path = settings["SEARCH_BUNDLE_PATH"]
    parts = path.strip("/").split("/") if isinstance(path, str) else []
    if not parts or not all(parts) or any(p in (".", "..") or p.startswith(".") for p in parts) \
            or not path.endswith("/") or path.startswith("/"):
        raise SearchSettingsError(
            f"SEARCH_BUNDLE_PATH is {path!r}; expected a folder inside the edition, such as "
            f"{DEFAULTS['SEARCH_BUNDLE_PATH']!r} (no leading slash, a slash at the end).")
