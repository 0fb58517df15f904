"""Settings of the deploy plugin: defaults and validation.

Every setting of the plugin starts with DEPLOY_; a misspelt one is refused by
name rather than silently ignored.
"""

from __future__ import annotations

from typing import Any

from sitecore import settings as core

DEFAULTS: dict[str, Any] = {
    # Theme files (css, icon, js) get a second copy named by their content,
    # e.g. theme/css/site.1a2b3c4d5e6f.css, and pages link to that copy: a
    # browser or CDN may keep it for a year, and a changed file gets a new name.
    "DEPLOY_HASH_ASSETS": True,
    # Write a .gz and a .br copy next to every text file, for servers that send
    # them as they are (nginx gzip_static / brotli_static). publishconf.py turns
    # it on; development builds stay fast without it.
    "DEPLOY_PRECOMPRESS": False,
    # The file name endings that count as text and are precompressed.
    "DEPLOY_PRECOMPRESS_TYPES": ("html", "css", "js", "xml", "svg", "json", "txt"),
    # Write robots.txt: every robot may read every page; it names the sitemap.
    "DEPLOY_ROBOTS": True,
}


class DeploySettingsError(core.SettingsError):
    """A DEPLOY_ setting is unknown or malformed."""


def configure(settings: dict[str, Any]) -> None:
    """Fill in the defaults and check every DEPLOY_ setting; raise naming the bad one."""
    core.configure(settings, "DEPLOY_", DEFAULTS, "deploy plugin", DeploySettingsError)
    for name in ("DEPLOY_HASH_ASSETS", "DEPLOY_PRECOMPRESS", "DEPLOY_ROBOTS"):
        core.require_bool(settings, name, DeploySettingsError)
    types = settings["DEPLOY_PRECOMPRESS_TYPES"]
    ok = isinstance(types, (list, tuple)) and types and all(
        isinstance(t, str) and t.strip(". ") and "/" not in t for t in types)
    if not ok:
        raise DeploySettingsError(
            f"DEPLOY_PRECOMPRESS_TYPES is {types!r}; expected a list of file name endings "
            f"such as {DEFAULTS['DEPLOY_PRECOMPRESS_TYPES']!r}."
        )
    settings["DEPLOY_PRECOMPRESS_TYPES"] = tuple(sorted({t.strip(". ").lower() for t in types}))
