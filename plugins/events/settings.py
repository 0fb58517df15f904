"""Settings of the events plugin: defaults and validation (every name starts with EVENTS_)."""

from __future__ import annotations

import datetime
import re
from typing import Any

from sitecore import settings as core

DEFAULTS: dict[str, Any] = {
    # The day that splits upcoming from past events: None = the day the build runs, in
    # TIMEZONE (Europe/Belgrade); a date or "2018-02-10" pins it (tests do).
    "EVENTS_TODAY": None,
    # Each edition's calendar feed (all its events), under the edition's prefix.
    "EVENTS_CALENDAR_SAVE_AS": "events/calendar.ics",
    # The file name of an article's own calendar file, next to its page.
    "EVENTS_ICS_NAME": "event.ics",
}
# The events page's address (theme/templates/events.html), like a direct template's settings.
TEMPLATE_SETTINGS = ("EVENTS_URL", "EVENTS_SAVE_AS")


class EventsSettingsError(core.SettingsError):
    """An EVENTS_ setting is unknown or malformed."""


def configure(settings: dict[str, Any]) -> None:
    core.configure(settings, "EVENTS_", DEFAULTS, "events plugin", EventsSettingsError, TEMPLATE_SETTINGS)
    settings.setdefault("EVENTS_URL", "events/")
    settings.setdefault("EVENTS_SAVE_AS", "events/index.html")
    today = settings["EVENTS_TODAY"]
    if isinstance(today, str):
        try:
            settings["EVENTS_TODAY"] = datetime.date.fromisoformat(today)
        except ValueError:
            raise EventsSettingsError(f"EVENTS_TODAY is {today!r}; expected None or a date such as '2018-02-10'.")
    elif today is not None and not isinstance(today, datetime.date):
        raise EventsSettingsError(f"EVENTS_TODAY is {today!r}; expected None or a date such as '2018-02-10'.")
    for name in ("EVENTS_CALENDAR_SAVE_AS", "EVENTS_SAVE_AS"):
        path = settings[name]
        if not isinstance(path, str) or not path or path.startswith("/") or ".." in path.split("/"):
            raise EventsSettingsError(f"{name} is {path!r}; expected a file inside the edition, "
                                      f"such as {'events/calendar.ics' if 'CALENDAR' in name else 'events/index.html'!r}.")
    if not isinstance(settings["EVENTS_ICS_NAME"], str) or not re.fullmatch(r"[\w.-]+\.ics", settings["EVENTS_ICS_NAME"]):
        raise EventsSettingsError(f"EVENTS_ICS_NAME is {settings['EVENTS_ICS_NAME']!r}; expected a file name "
                                  "ending in .ics, such as 'event.ics'.")


def today(settings: dict[str, Any]) -> datetime.date:
    """The day of the split: EVENTS_TODAY, else today where the site is (TIMEZONE)."""
    value = settings.get("EVENTS_TODAY")
    if value is not None:
        # A string here too: the editions copy the settings before this plugin's `configure`.
        return datetime.date.fromisoformat(value) if isinstance(value, str) else value
    from zoneinfo import ZoneInfo

    return datetime.datetime.now(ZoneInfo(settings.get("TIMEZONE") or "Europe/Belgrade")).date()
