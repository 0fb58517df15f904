"""Plugin settings: defaults, validation and the misspelt-name check, in one place.

Every plugin names its settings with one prefix (CHECKS_, DEPLOY_, EDITIONS_, GALLERY_,
PUBLISH_, SEARCH_). Pelican passes any name it does not know through silently, so a misspelt one
would simply be ignored; `check_names` refuses it and names the closest real one.
"""

from __future__ import annotations

import difflib
from typing import Any, Iterable


class SettingsError(ValueError):
    """A plugin setting is unknown or malformed. Each plugin has its own subclass, whose
    name starts the message the build prints."""

    # Pelican's main() exits with this status; its presence also marks the exception as a
    # deliberate stop, so the publishing plugin prints it without a traceback.
    exitcode = 1


def check_names(settings: dict[str, Any], prefix: str, defaults: dict[str, Any], plugin: str,
                error: type[SettingsError], internal: Iterable[str] = ()) -> None:
    """Raise `error` for the first setting starting with `prefix` that is not in `defaults`.

    `internal` are names the plugins set themselves during a build (never by an editor);
    they are accepted but not offered as hints.
    """
    allowed = set(defaults) | set(internal)
    for name in sorted(settings):
        if name.startswith(prefix) and name not in allowed:
            close = difflib.get_close_matches(name, defaults, n=1)
            hint = f" Did you mean {close[0]}?" if close else ""
            raise error(f"{name} is not a setting of the {plugin}.{hint} Its settings: {', '.join(defaults)}.")


def fill_defaults(settings: dict[str, Any], defaults: dict[str, Any]) -> None:
    """Set every default the settings do not give; lists are copied so no build changes them."""
    for name, value in defaults.items():
        settings.setdefault(name, type(value)(value) if isinstance(value, (list, dict)) else value)


def configure(settings: dict[str, Any], prefix: str, defaults: dict[str, Any], plugin: str,
              error: type[SettingsError], internal: Iterable[str] = ()) -> None:
    """The unknown-name check, then the defaults: what every plugin does first."""
    check_names(settings, prefix, defaults, plugin, error, internal)
    fill_defaults(settings, defaults)


def require_bool(settings: dict[str, Any], name: str, error: type[SettingsError]) -> None:
    if not isinstance(settings[name], bool):
        raise error(f"{name} is {settings[name]!r}; expected True or False.")
