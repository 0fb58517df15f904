"""Calendar files (RFC 5545) by the `icalendar` package: one per article with events, one feed
per edition. Every value comes from the content, none from the build, so a rebuild writes
the same bytes: the UID is the translation key, the session's number and the site's host;
DTSTAMP is the article's last change (`Modified:`, else `Date:`)."""

from __future__ import annotations

import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar

# RFC 5545 knows TENTATIVE, CONFIRMED and CANCELLED; a postponed event is not confirmed.
STATUS = {"scheduled": "CONFIRMED", "online": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}
PRODID = "-//Cluster House//Events//EN"


def uid(event, site_url: str) -> str:
    key = event.view.metadata.get("key") or event.view.slug
    host = urlsplit(site_url).hostname or "localhost"
    return f"{key.replace('/', '-')}-{event.number}@{host}"


def _stamp(view) -> datetime.datetime:
    moment = getattr(view, "modified", None) or view.date
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment.astimezone(datetime.timezone.utc)


def _location(event) -> str:
    return ", ".join(part for part in (event.place, event.address, event.city) if part)


def vevent(event, url: str, site_url: str, zone: ZoneInfo) -> icalendar.Event:
    item = icalendar.Event()
    item.add("uid", uid(event, site_url))
    item.add("dtstamp", _stamp(event.view))
    item.add("summary", event.title)
    start, end = event.start, event.end
    if isinstance(start, datetime.datetime):
        item.add("dtstart", start.replace(tzinfo=zone))
        if end is not None:
            item.add("dtend", end.replace(tzinfo=zone))
    else:
        item.add("dtstart", start)
        # An all-day event ends at the start of the day after its last day.
        item.add("dtend", (end or start) + datetime.timedelta(days=1))
    item.add("url", url)
    location = _location(event)
    if location:
        item.add("location", location)
    item.add("status", STATUS[event.status])
    details = [text for text in (event.organiser, event.registration) if text]
    if details:
        item.add("description", "\n".join(details))
    return item


def calendar_bytes(events, name: str, site_url: str, zone: ZoneInfo, absolute) -> bytes:
    """A VCALENDAR of `events` (absolute(view) gives a view's full address), with the
    VTIMEZONE of every TZID it uses."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(vevent(event, absolute(event.view), site_url, zone))
    calendar.add_missing_timezones()
    return calendar.to_ical()
