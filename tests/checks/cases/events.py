"""The catalogue of bad input, part: event lines (plugins/events/fields.py)."""

from __future__ import annotations

from . import _case

EVENTS = "Events"
_case(
    "event-start-unreadable", EVENTS, "`Event-start: 09.02.2018` (day first)",
    ("content/sr/news/2018-02-09-obuka.md:3: '09.02.2018' is not a start this site can read. Write the date as "
     "'2018-02-09', or the date and the time as '2018-02-09 10:00' (year-month-day, 24-hour time in Serbia).",),
    "ERROR", files={"sr/news/2018-02-09-obuka.md":
        "Title: Обука\nDate: 2018-02-01\nEvent-start: 09.02.2018\nEvent-place: Ниш\n\nТекст.\n"},
)
_case(
    "event-end-before-start", EVENTS, "an `Event-end:` before the `Event-start:`",
    ("content/en/news/2018-02-09-training.md:4: the end (2018-02-01) is before the start (2018-02-09). "
     "Correct one of the two lines.",),
    "ERROR", files={"en/news/2018-02-09-training.md":
        "Title: Training\nDate: 2018-02-01\nEvent-start: 2018-02-09\nEvent-end: 2018-02-01\n\nText.\n"},
)
_case(
    "event-end-kind", EVENTS, "a start with a time and an end without one",
    ("content/en/news/2018-02-09-table.md:4: the start and the end must both have a time or both be dates only. "
     "Write 'Event-end: 2018-02-11' after a date, or '2018-02-11 14:30' after a date and time.",),
    "ERROR", files={"en/news/2018-02-09-table.md":
        "Title: Table\nDate: 2018-02-01\nEvent-start: 2018-02-09 10:00\nEvent-end: 2018-02-10\n\nText.\n"},
)
_case(
    "event-status-unknown", EVENTS, "`Event-status: canceled` (American spelling)",
    ("content/en/news/2018-02-09-fair.md:4: 'canceled' is not an event status. Did you mean 'cancelled'? Write "
     "one of scheduled, cancelled, postponed, online (or delete the line: scheduled is the default).",),
    "ERROR", files={"en/news/2018-02-09-fair.md":
        "Title: Fair\nDate: 2018-02-01\nEvent-start: 2018-02-09\nEvent-status: canceled\n\nText.\n"},
)
_case(
    "event-key-misspelt", EVENTS, "`Event-plase:` (a misspelt event key) and a session without its start",
    ("content/sr/news/2018-02-10-obuka.md:4: 'Event-plase:' is not an event key, so the line has no effect. "
     "Did you mean 'Event-place:'?",
     "content/sr/news/2018-02-10-obuka.md:5: session 2 has no Event-2-start: line, so it is no event. Add one, "
     "e.g. 'Event-2-start: 2018-02-09' or '2018-02-09 10:00'."),
    "ERROR", files={"sr/news/2018-02-10-obuka.md":
        "Title: Обука\nDate: 2018-02-01\nEvent-start: 2018-02-09\nEvent-plase: Ниш\nEvent-2-place: Лесковац\n\nТекст.\n"},
)
_case(
    "event-registration-address", EVENTS, "`Event-registration:` without `https://`",
    ("content/en/news/2018-02-11-course.md:4: 'www.example.org/register' is not a web address. Write the "
     "registration page's full address, starting with https://.",),
    "ERROR", files={"en/news/2018-02-11-course.md":
        "Title: Course\nDate: 2018-02-01\nEvent-start: 2018-02-09\nEvent-registration: www.example.org/register\n\nText.\n"},
)
