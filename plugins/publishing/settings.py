"""Settings of the publishing plugin: defaults and validation.

Every setting of the plugin starts with PUBLISH_; a misspelt one is refused by
name rather than silently ignored.
"""

from __future__ import annotations

from typing import Any

from sitecore import settings as core

DEFAULTS: dict[str, Any] = {
    # Whether a build that logged a warning (and no error) fails and leaves the
    # published output untouched. publishconf.py sets it; `make html` does not,
    # so a development build with warnings still updates output/.
    "PUBLISH_FAIL_ON_WARNINGS": False,
    # How many seconds a build waits for another build writing the same output
    # folder before it gives up (and exits with status 75).
    "PUBLISH_LOCK_TIMEOUT": 60,
}


class PublishingSettingsError(core.SettingsError):
    """A PUBLISH_ setting is unknown or malformed."""


def configure(settings: dict[str, Any]) -> None:
    """Fill in the defaults and check every PUBLISH_ setting; raise naming the bad one."""
    # PUBLISH_PREVIOUS_OUTPUT is set by the build itself (build.py), for the editions plugin.
    core.configure(settings, "PUBLISH_", DEFAULTS, "publishing plugin", PublishingSettingsError,
                   internal=("PUBLISH_PREVIOUS_OUTPUT",))
    core.require_bool(settings, "PUBLISH_FAIL_ON_WARNINGS", PublishingSettingsError)
    timeout = settings["PUBLISH_LOCK_TIMEOUT"]
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout < 0:
        raise PublishingSettingsError(
            f"PUBLISH_LOCK_TIMEOUT is {timeout!r}; expected a number of seconds (0 or more)."
        )
