"""The one rule for the event lines editors write at the top of an article or page.

    Event-name: What the event is called   (optional; the article's title)
    Event-start: 2018-02-09            (or 2018-02-09 10:00, in Europe/Belgrade)
    Event-end: 2018-02-11              (optional; with a start time also just 14:30)
    Event-place: Name of the venue, City   (the last part after a comma is the city)
    Event-address: Street and number   (optional)
    Event-organiser: Who organises it  (optional)
    Event-registration: https://...    (optional)
    Event-status: scheduled | cancelled | postponed | online   (optional; scheduled)

A second session of the same article writes the same keys with its number, `Event-2-start:`,
`Event-2-place:` ...; what it does not write (place, organiser, ...) is the first session's.
The checks plugin reports every problem with its line (`problems`); the events plugin reads
the sessions from Pelican's metadata with the same function (`sessions`), so both agree.
"""

from __future__ import annotations

import datetime
import difflib
import re
from dataclasses import dataclass, field

from sitecore.messages import message

PARTS = ("name", "start", "end", "place", "address", "organiser", "registration", "status")
STATUSES = ("scheduled", "cancelled", "postponed", "online")
# What a later session takes from the first one when it does not write it.
INHERITED = ("place", "address", "organiser", "registration", "status")
MAX_SESSIONS = 20
_KEY = re.compile(r"^event-(?:(?P<number>\d+)-)?(?P<part>[a-z0-9_-]*)$")
_DATE = "%Y-%m-%d"
_DATETIME = "%Y-%m-%d %H:%M"


def is_event_key(name: str) -> bool:
    """Whether a lowercase metadata name belongs to this rule (the checks leave it to us)."""
    return name.startswith("event-")


@dataclass
class Session:
    number: int
    start: datetime.datetime | datetime.date
    end: datetime.datetime | datetime.date | None = None
    values: dict = field(default_factory=dict)  # name, place, address, organiser, registration, status

    @property
    def timed(self) -> bool:
        return isinstance(self.start, datetime.datetime)

    @property
    def status(self) -> str:
        return self.values.get("status") or "scheduled"

    @property
    def last_day(self) -> datetime.date:
        end = self.end or self.start
        return end.date() if isinstance(end, datetime.datetime) else end


def _key(number: int, part: str) -> str:
    return f"Event-{part}" if number == 1 else f"Event-{number}-{part}"


def _parse_moment(value: str):
    for fmt, kind in ((_DATETIME, datetime.datetime), (_DATE, datetime.date)):
        try:
            moment = datetime.datetime.strptime(value, fmt)
        except ValueError:
            continue
        return moment if kind is datetime.datetime else moment.date()
    return None


def _parse_end(value: str, start):
    """An end: a date, a date and time, or (after a timed start) a time of the same day."""
    if isinstance(start, datetime.datetime) and re.fullmatch(r"\d{1,2}:\d{2}", value):
        try:
            time = datetime.datetime.strptime(value, "%H:%M").time()
        except ValueError:
            return None
        return datetime.datetime.combine(start.date(), time)
    return _parse_moment(value)


def read(lines: list[tuple[str, int, str]]) -> tuple[list[Session], list[tuple[int, str]]]:
    """Sessions and problems from (key as written, line, value) of every event line."""
    problems: list[tuple[int, str]] = []
    found: dict[int, dict[str, tuple[int, str]]] = {}
    for written, line, value in lines:
        match = _KEY.match(written.lower())
        number = int(match["number"]) if match and match["number"] else 1
        part = match["part"] if match else ""
        if not match or (match["number"] and (number < 2 or number > MAX_SESSIONS)):
            problems.append((line, message(
                "'%(key)s:' is not an event key: a second session is written 'Event-2-start:', a third "
                "'Event-3-start:' (up to %(most)d). Write 'Event-' and a number from 2, or no number "
                "for the first session.", key=written, most=MAX_SESSIONS)))
            continue
        if part not in PARTS:
            close = difflib.get_close_matches(part, PARTS, n=1, cutoff=0.6)
            if close:
                problems.append((line, message(
                    "'%(key)s:' is not an event key, so the line has no effect. Did you mean '%(close)s:'?",
                    key=written, close=_key(number, close[0]))))
            else:
                problems.append((line, message(
                    "'%(key)s:' is not an event key, so the line has no effect. Event keys: %(keys)s.",
                    key=written, keys=", ".join(_key(number, p) for p in PARTS))))
            continue
        if part in found.setdefault(number, {}):
            problems.append((line, message(
                "a second %(key)s: line (the first is on line %(first)d); a session has only one. Delete "
                "the one you do not mean, or number another session ('Event-2-start:').",
                key=_key(number, part), first=found[number][part][0])))
            continue
        found[number][part] = (line, " ".join(value.split()))
    sessions = []
    for number in sorted(found):
        session = _session(number, found[number], found.get(1, {}), problems)
        if session is not None:
            sessions.append(session)
    return sessions, problems


def _session(number, values, first, problems) -> Session | None:
    start_line = values.get("start")
    if start_line is None:
        line = min(l for l, _ in values.values())
        problems.append((line, message(
            "session %(number)d has no %(key)s: line, so it is no event. Add one, "
            "e.g. '%(key)s: 2018-02-09' or '2018-02-09 10:00'.", number=number, key=_key(number, "start"))))
        return None
    line, text = start_line
    start = _parse_moment(text)
    if start is None:
        problems.append((line, message(
            "'%(value)s' is not a start this site can read. Write the date as '2018-02-09', or the date "
            "and the time as '2018-02-09 10:00' (year-month-day, 24-hour time in Serbia).", value=text)))
        return None
    session, ok = Session(number, start), True
    if "end" in values:
        line, text = values["end"]
        end = _parse_end(text, start)
        if end is None:
            problems.append((line, message(
                "'%(value)s' is not an end this site can read. Write the date as '2018-02-11', or the date "
                "and the time as '2018-02-11 14:30' (after a start with a time, the time alone: '14:30').",
                value=text)))
            ok = False
        elif isinstance(end, datetime.datetime) != isinstance(start, datetime.datetime):
            problems.append((line, message(
                "the start and the end must both have a time or both be dates only. Write "
                "'%(key)s: 2018-02-11' after a date, or '2018-02-11 14:30' after a date and time.",
                key=_key(number, "end"))))
            ok = False
        elif end < start:
            problems.append((line, message(
                "the end (%(end)s) is before the start (%(start)s). Correct one of the two lines.",
                end=text, start=values["start"][1])))
            ok = False
        else:
            session.end = end
    for part in ("name", "place", "address", "organiser", "registration", "status"):
        if part in values:
            line, text = values[part]
        elif number > 1 and part in INHERITED and part in first:
            line, text = first[part]
        else:
            continue
        if not text:
            problems.append((line, message(
                "the %(key)s: line is empty. Write the value or delete the line.", key=_key(number, part))))
            ok = False
        elif part == "registration" and not re.fullmatch(r"https?://[^\s<>\"]+\.[^\s<>\"]+", text):
            problems.append((line, message(
                "'%(value)s' is not a web address. Write the registration page's full address, starting "
                "with https://.", value=text)))
            ok = False
        elif part == "status" and text.lower() not in STATUSES:
            close = difflib.get_close_matches(text.lower(), STATUSES, n=1)
            if close:
                problems.append((line, message(
                    "'%(value)s' is not an event status. Did you mean '%(close)s'? Write one of %(statuses)s "
                    "(or delete the line: scheduled is the default).",
                    value=text, close=close[0], statuses=", ".join(STATUSES))))
            else:
                problems.append((line, message(
                    "'%(value)s' is not an event status. Write one of %(statuses)s "
                    "(or delete the line: scheduled is the default).", value=text, statuses=", ".join(STATUSES))))
            ok = False
        else:
            session.values[part] = text.lower() if part == "status" else text
    return session if ok else None


def problems(source) -> list[tuple[int, str]]:
    """Every problem of the event lines of a frontmatter Source, with its line."""
    lines = []
    for f in source.fields:
        if is_event_key(f.name):
            lines.append((f.key, f.line, f.value))
            if f.more:
                lines.append((f.key, f.more[0][0], "\0continued"))
    result = []
    continued = {line for key, line, value in lines if value == "\0continued"}
    for key, line, value in lines:
        if value == "\0continued":
            result.append((line, message(
                "this indented line continues the %(key)s: line above, and %(key)s: must be a single line. "
                "Put the whole value on the %(key)s: line.", key=key)))
    _, found = read([entry for entry in lines if entry[1] not in continued])
    return sorted(result + found)


def sessions(metadata: dict) -> list[Session]:
    """The sessions in Pelican's metadata (lowercase names), read by the same rule; a file with
    a problem never reaches Pelican, so nothing is reported here."""
    lines = [(name, index, value) for index, (name, value) in enumerate(sorted(metadata.items()))
             if is_event_key(name) and isinstance(value, str)]
    return read(lines)[0]
