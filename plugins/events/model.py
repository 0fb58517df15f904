"""An edition's events: each session of a view as the plain entry its templates, its calendar
files and its structured data are made from."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .fields import Session
from .texts import session_text


@dataclass(frozen=True)
class Event:
    """One session of one article or page, in one edition's words."""

    view: object  # the edition's view of the article or page
    # (title: Event-name:, else the view's title; the view's own is already in the edition's script)
    session: Session
    number: int
    title: str
    text: str  # the dates as the edition writes them
    place: str  # the venue's name ("" when only the city is written)
    city: str
    address: str
    organiser: str
    registration: str
    status: str  # scheduled, cancelled, postponed, online
    text_lang: str  # the language the place and title are written in
    start_iso: str  # for machines: a date, or a date and time with Belgrade's offset
    end_iso: str  # the end, or the start when none is written

    @property
    def start(self):
        return self.session.start

    @property
    def end(self):
        return self.session.end

    @property
    def last_day(self) -> datetime.date:
        return self.session.last_day

    def plain(self) -> dict:
        """What the events page shows of it: strings only (the page's render key hashes them)."""
        return {
            "title": self.title, "url": self.view.url, "text": self.text, "place": self.place,
            "city": self.city, "status": self.status, "lang": self.text_lang,
            "start": self.start_iso, "last_day": self.last_day.isoformat(),
            "year": str(self.start.year), "fallback": "1" if self.view.is_fallback else "",
        }


def split_place(text: str) -> tuple[str, str]:
    """`Event-place: Name, City`: the last part after a comma is the city, the rest the venue."""
    if "," not in text:
        return "", text.strip()
    name, city = text.rsplit(",", 1)
    return name.strip(), city.strip()


def iso(moment, zone: ZoneInfo) -> str:
    """A start or end for machines: a date, or a date and time with the zone's offset."""
    if isinstance(moment, datetime.datetime):
        return moment.replace(tzinfo=zone).isoformat()
    return moment.isoformat()


def view_events(view, sessions: list[Session], locale: str, zone: ZoneInfo, transform=None) -> list[Event]:
    """The view's sessions as the edition shows them; a derived edition rewrites their text."""
    text = transform.text if transform is not None else (lambda value: value)
    events = []
    for session in sessions:
        values = {k: text(v) for k, v in session.values.items() if k != "status"}
        place, city = split_place(values.get("place", ""))
        events.append(Event(
            view=view, session=session, number=session.number, title=values.get("name") or view.title,
            text=session_text(session.start, session.end, locale), place=place, city=city,
            address=values.get("address", ""), organiser=values.get("organiser", ""),
            registration=session.values.get("registration", ""), status=session.status,
            text_lang=view.text_lang, start_iso=iso(session.start, zone),
            end_iso=iso(session.end or session.start, zone),
        ))
    return events


def split(events: list[Event], today: datetime.date) -> tuple[list[Event], list[Event]]:
    """Upcoming (not ended before `today`), soonest first; past, the latest first."""
    def begins(event):
        start = event.start
        return (start.date() if isinstance(start, datetime.datetime) else start, str(start), event.title)

    upcoming = sorted((e for e in events if e.last_day >= today), key=begins)
    past = sorted((e for e in events if e.last_day < today), key=begins, reverse=True)
    return upcoming, past
