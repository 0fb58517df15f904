"""schema.org `Event` objects of a view, as plain dicts for the page's one JSON-LD graph.

The page's `<script type="application/ld+json">` is written elsewhere (one per page, a
`@graph`); it takes the items of `view.structured_data`, which build.py sets to this list.
"""

from __future__ import annotations

SCHEMA = "https://schema.org/"
STATUS = {"scheduled": "EventScheduled", "cancelled": "EventCancelled",
          "postponed": "EventPostponed", "online": "EventMovedOnline"}


def event_object(event, url: str) -> dict:
    """One session as a schema.org Event; `url` is the view's absolute address."""
    data = {
        "@type": "Event",
        "name": event.title,
        "startDate": event.start_iso,
        "endDate": event.end_iso,
        "eventStatus": SCHEMA + STATUS[event.status],
        "url": url,
        "inLanguage": event.text_lang,
    }
    if event.status == "online":
        data["eventAttendanceMode"] = SCHEMA + "OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "url": event.registration or url}
    else:
        data["eventAttendanceMode"] = SCHEMA + "OfflineEventAttendanceMode"
        address = {"@type": "PostalAddress", "addressLocality": event.city}
        if event.address:
            address["streetAddress"] = event.address
        place = {"@type": "Place", "name": event.place or event.city, "address": address}
        data["location"] = place
    if event.organiser:
        data["organizer"] = {"@type": "Organization", "name": event.organiser}
    if event.registration:
        data["offers"] = {"@type": "Offer", "url": event.registration}
    return data


def structured_data(events, url: str) -> list[dict]:
    return [event_object(event, url) for event in events]
