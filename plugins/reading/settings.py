"""Settings of the reading plugin: defaults and validation (every name starts with READING_)."""

from __future__ import annotations

from typing import Any

from sitecore import settings as core

DEFAULTS: dict[str, Any] = {
    # Processes that parse the Markdown of new and changed files before Pelican reads them;
    # 0 means one per CPU core, 1 parses in the build's own process (as Pelican alone does).
    "READING_WORKERS": 0,
}


class ReadingSettingsError(core.SettingsError):
    """A READING_ setting is unknown or malformed."""


def configure(settings: dict[str, Any]) -> None:
    core.configure(settings, "READING_", DEFAULTS, "reading plugin", ReadingSettingsError)
    workers = settings["READING_WORKERS"]
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
        raise ReadingSettingsError(
            f"READING_WORKERS is {workers!r}; expected a whole number: 0 (one per CPU core), 1 (no other "
            "processes) or more.")
