"""An event's dates as a reader of the edition expects them, by Babel (never the machine locale).

Ranges follow Babel's (CLDR's) interval formats of each locale, with two corrections:
CLDR 2.18 has no interval format with the full month name, so the abbreviated one
(`yMMMd`: "09.–11. феб 2018.") is written with the month in full; and a Serbian range
in one month is "9–11. фебруар 2018." (the day's dot only after the last day, no leading
zero), as Serbian orthography writes it, with plain spaces around a dash in both scripts
(CLDR gives sr_Latn thin ones, sr_Cyrl plain ones). English: "9–11 February 2018". A one-day event
gets its weekday ("петак, 9. фебруар 2018."), times are the 24-hour clock of the locale
("10:00–14:30"). The Latin edition uses Babel's sr_Latn, as every other date of it does
(editions/templating.py).
"""

from __future__ import annotations

import datetime
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_time


@lru_cache(maxsize=16)
def _locale(locale: str) -> Locale:
    return Locale.parse(locale)


def _full_months(pattern: str, serbian: bool) -> str:
    pattern = pattern.replace("MMM", "MMMM") if "MMMM" not in pattern else pattern
    if serbian:
        pattern = pattern.replace("dd", "d")
    return pattern


def date_range(start: datetime.date, end: datetime.date, locale: str) -> str:
    """The days of an event: one date with its weekday, or a range of dates."""
    parsed = _locale(locale)
    if end is None or end == start:
        return format_date(start, format="full", locale=parsed)
    if start.year != end.year:
        field = "y"
    elif start.month != end.month:
        field = "M"
    else:
        field = "d"
    serbian = parsed.language == "sr"
    first, second = (_full_months(p, serbian) for p in parsed.interval_formats["yMMMd"][field])
    if serbian and field == "d":
        first = first.replace("d.–", "d–")  # "9–11. фебруар", not "9.–11."
    if serbian:
        # sr_Latn has thin spaces around the dash where sr_Cyrl has plain ones: the two
        # Serbian editions write the same range.
        first = first.replace("\u2009", " ")
    return format_date(start, format=first, locale=parsed) + format_date(end, format=second, locale=parsed)


def _time(value: datetime.datetime, locale: Locale) -> str:
    return format_time(value.time(), format="HH:mm", locale=locale)


def session_text(start, end, locale: str) -> str:
    """A session's dates and times: "петак, 9. фебруар 2018. 10:00–14:30", "9–11 February 2018"."""
    parsed = _locale(locale)
    if not isinstance(start, datetime.datetime):
        return date_range(start, end, locale)
    # The locale's own way of joining a date and a time: "{1} {0}" in Serbian, "{1}, {0}" in English.
    joined = parsed.datetime_formats["long"].replace("'", "")
    days = date_range(start.date(), end.date() if end else None, locale)
    if end is None:
        return joined.format(_time(start, parsed), days)
    if end.date() == start.date():
        first, second = parsed.interval_formats["Hm"]["H"]
        hours = format_time(start.time(), first, locale=parsed) + format_time(end.time(), second, locale=parsed)
        return joined.format(hours, days)
    # Several days with times: each end of the range with its own date and time.
    return (joined.format(_time(start, parsed), format_date(start.date(), format="long", locale=parsed)) + " – "
            + joined.format(_time(end, parsed), format_date(end.date(), format="long", locale=parsed)))
