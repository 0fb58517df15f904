"""The rule of the event lines (plugins/events/fields.py): what it reads and what it refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from events import fields
from sitecore.frontmatter import Source, parse_header


def _source(text: str) -> Source:
    lines = text.split("\n")
    found, end = parse_header(lines)
    return Source(rel="sr/news/x.md", where="content/sr/news/x.md", raw=text.encode(), text=text,
                  lines=lines, fields=found, header_end=end)


def test_sessions_inherit_what_they_do_not_write():
    sessions = fields.sessions({
        "event-start": "2018-02-09", "event-end": "2018-02-11", "event-place": "Ниш",
        "event-organiser": "Кластер кућа", "event-status": "Cancelled",
        "event-2-start": "2018-03-02 10:00", "event-2-end": "12:30", "event-2-place": "Лесковац",
        "event-2-status": "scheduled", "title": "x",
    })
    first, second = sessions
    assert (first.start, first.end, first.status) == (dt.date(2018, 2, 9), dt.date(2018, 2, 11), "cancelled")
    assert second.start == dt.datetime(2018, 3, 2, 10) and second.end == dt.datetime(2018, 3, 2, 12, 30)
    assert second.values == {"place": "Лесковац", "organiser": "Кластер кућа", "status": "scheduled"}
    assert second.last_day == dt.date(2018, 3, 2)


@pytest.mark.parametrize("lines, line, start", [
    ("Event-start: 09.02.2018", 2, "'09.02.2018' is not a start this site can read."),
    ("Event-start: 2018-02-09\nEvent-end: 2018-02-08", 3, "the end (2018-02-08) is before the start"),
    ("Event-start: 2018-02-09\nEvent-end: 2018-02-10 12:00", 3, "the start and the end must both have a time"),
    ("Event-start: 2018-02-09\nEvent-end: 12:00", 3, "'12:00' is not an end this site can read."),
    ("Event-start: 2018-02-09\nEvent-status: canceled", 3, "'canceled' is not an event status. Did you mean 'cancelled'?"),
    ("Event-start: 2018-02-09\nEvent-registration: www.example.org", 3, "'www.example.org' is not a web address."),
    ("Event-start: 2018-02-09\nEvent-plase: Ниш", 3, "'Event-plase:' is not an event key, so the line has no effect. "
     "Did you mean 'Event-place:'?"),
    ("Event-place: Ниш", 2, "session 1 has no Event-start: line"),
    ("Event-start: 2018-02-09\nEvent-2-place: Лесковац", 3, "session 2 has no Event-2-start: line"),
    ("Event-start: 2018-02-09\nEvent-1-start: 2018-02-10", 3, "'Event-1-start:' is not an event key"),
    ("Event-start: 2018-02-09\nEvent-start: 2018-02-10", 3, "a second Event-start: line (the first is on line 2)"),
    ("Event-start: 2018-02-09\nEvent-place:", 3, "the Event-place: line is empty."),
    ("Event-start: 2018-02-09\nEvent-place: Ниш\n    Србија", 4, "this indented line continues the Event-place: line"),
])
def test_problems_have_their_line(lines, line, start):
    problems = fields.problems(_source(f"Title: x\n{lines}\n\nText.\n"))
    assert len(problems) == 1, problems
    assert problems[0][0] == line and problems[0][1].startswith(start), problems


def test_a_good_header_has_no_problem():
    text = ("Title: x\nEvent-start: 2018-02-09 10:00\nEvent-end: 2018-02-09 12:00\nEvent-place: Сала, Ниш\n"
            "Event-address: Обреновићева 1\nEvent-organiser: Кластер кућа\n"
            "Event-registration: https://example.org/prijava\nEvent-status: online\nEvent-name: Сто\n\nТекст.\n")
    assert fields.problems(_source(text)) == []
