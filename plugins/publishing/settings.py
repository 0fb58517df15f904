"""Settings of the publishing plugin: defaults and validation.

Every setting of the plugin starts with PUBLISH_; a misspelt one is refused by
name rather than silently ignored.
"""

from __future__ import annotations

import difflib
from typing import Any

DEFAULTS: dict[str, Any] = {
    # Whether a build that logged a warning (and no error) fails and leaves the
    # published output untouched. publishconf.py sets it; `make html` does not,
    # so a development build with warnings still updates output/.
    "PUBLISH_FAIL_ON_WARNINGS": False,
    # How many seconds a build waits for another build writing the same output
    # folder before it gives up (and exits with status 75).
    "PUBLISH_LOCK_TIMEOUT": 60,
}


class PublishingSettingsError(ValueError):
    """A PUBLISH_ setting is unknown or malformed."""

    exitcode = 1  # also marks a deliberate stop: printed without a traceback


def configure(settings: dict[str, Any]) -> None:
    """Fill in the defaults and check every PUBLISH_ setting; raise naming the bad one."""
    for name in settings:
        if name.startswith("PUBLISH_") and name not in DEFAULTS:
            close = difflib.get_close_matches(name, DEFAULTS, n=1)
            hint = f" Did you mean {close[0]}?" if close else ""
            raise PublishingSettingsError(
                f"{name} is not a setting of the publishing plugin.{hint} Its settings: {', '.join(DEFAULTS)}."
            )
    for name, value in DEFAULTS.items():
        settings.setdefault(name, value)
    if not isinstance(settings["PUBLISH_FAIL_ON_WARNINGS"], bool):
        raise PublishingSettingsError(
            f"PUBLISH_FAIL_ON_WARNINGS is {settings['PUBLISH_FAIL_ON_WARNINGS']!r}; expected True or False."
        )
    timeout = settings["PUBLISH_LOCK_TIMEOUT"]
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout < 0:
        raise PublishingSettingsError(
            f"PUBLISH_LOCK_TIMEOUT is {timeout!r}; expected a number of seconds (0 or more)."
        )
