"""schema.org Event objects (plugins/events/structured.py): the dicts the page's JSON-LD graph
takes from `view.structured_data`, tested directly and on the views of a real build."""

from __future__ import annotations

import json
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from events import fields, model, structured

BELGRADE = ZoneInfo("Europe/Belgrade")


def _events(metadata, lang="sr-Cyrl", locale="sr_Cyrl"):
    view = SimpleNamespace(title="Обука <b>", url="news/obuka/", is_fallback=False, text_lang=lang)
    return model.view_events(view, fields.sessions(metadata), locale, BELGRADE)


def test_an_event_in_a_place():
    events = _events({"event-start": "2018-02-09 10:00", "event-end": "2018-02-11 14:00",
                      "event-place": "Висока пословна школа, Лесковац", "event-address": "Владе Јовановића 8",
                      "event-organiser": "Кластер кућа", "event-registration": "https://example.org/p"})
    (data,) = structured.structured_data(events, "https://www.example.org/news/obuka/")
    assert data == {
        "@type": "Event", "name": "Обука <b>",
        "startDate": "2018-02-09T10:00:00+01:00", "endDate": "2018-02-11T14:00:00+01:00",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": "Висока пословна школа",
                     "address": {"@type": "PostalAddress", "addressLocality": "Лесковац",
                                 "streetAddress": "Владе Јовановића 8"}},
        "organizer": {"@type": "Organization", "name": "Кластер кућа"},
        "offers": {"@type": "Offer", "url": "https://example.org/p"},
        "url": "https://www.example.org/news/obuka/", "inLanguage": "sr-Cyrl",
    }
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_statuses_and_an_all_day_event():
    events = _events({"event-start": "2018-02-09", "event-end": "2018-02-11", "event-place": "Ниш",
                      "event-status": "cancelled", "event-2-start": "2018-03-02", "event-2-status": "postponed",
                      "event-3-start": "2018-04-02", "event-3-status": "online",
                      "event-3-registration": "https://example.org/online"})
    first, second, third = structured.structured_data(events, "https://www.example.org/news/obuka/")
    assert (first["startDate"], first["endDate"]) == ("2018-02-09", "2018-02-11")
    assert first["eventStatus"] == "https://schema.org/EventCancelled"
    assert first["location"] == {"@type": "Place", "name": "Ниш",
                                 "address": {"@type": "PostalAddress", "addressLocality": "Ниш"}}
    assert second["eventStatus"] == "https://schema.org/EventPostponed" and second["endDate"] == "2018-03-02"
    assert second["location"]["name"] == "Ниш"  # the first session's place, not written again
    assert third["eventStatus"] == "https://schema.org/EventMovedOnline"
    assert third["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert third["location"] == {"@type": "VirtualLocation", "url": "https://example.org/online"}
    assert "organizer" not in first
    text = json.dumps([first, second, third])
    assert json.loads(text) == [first, second, third]


def test_each_edition_view_carries_its_own_url_and_language(tmp_path):
    """A real build, in this process: `structured_data` on every view with events, per edition."""
    from pelican import Pelican, signals
    from pelican.settings import read_settings

    from conftest import write_files, write_settings

    write_files(tmp_path / "content", {
        "sr/news/2018-02-01-obuka.md": "Title: Обука\nDate: 2018-02-01\nEvent-start: 2018-02-09\n"
                                       "Event-place: Ниш\n\nТекст.\n",
        "en/news/2018-02-01-obuka.md": "Title: Training\nDate: 2018-02-01\nEvent-start: 2018-02-09\n"
                                       "Event-place: Niš\n\nText.\n",
        "sr/news/2018-02-02-plain.md": "Title: Без догађаја\nDate: 2018-02-02\n\nТекст.\n",
    })
    settings = read_settings(str(write_settings(tmp_path, EDITIONS_WORKERS=1, SITEURL="https://www.example.org")),
                             override={"PATH": str(tmp_path / "content"), "OUTPUT_PATH": str(tmp_path / "output")})
    pelican = Pelican(settings)
    seen = {}

    def capture(generators):
        editions = next(g for g in generators if hasattr(g, "states"))
        for state in editions.states:
            for view in state.articles:
                seen[(state.edition.code, view.title)] = getattr(view, "structured_data", None)

    signals.all_generators_finalized.connect(capture)
    try:
        pelican.run()
    finally:
        signals.all_generators_finalized.disconnect(capture)
    (cyrillic,) = seen[("sr-Cyrl", "Обука")]
    (english,) = seen[("en", "Training")]
    (latin,) = seen[("sr-Latn", "Obuka")]
    assert (cyrillic["url"], cyrillic["inLanguage"], cyrillic["location"]["name"]) == (
        "https://www.example.org/news/obuka/", "sr-Cyrl", "Ниш")
    assert (english["url"], english["inLanguage"], english["location"]["name"]) == (
        "https://www.example.org/en/news/training/", "en", "Niš")
    assert (latin["url"], latin["inLanguage"], latin["name"]) == (
        "https://www.example.org/sr-latn/news/obuka/", "sr-Latn", "Obuka")
    assert seen[("sr-Cyrl", "Без догађаја")] is None
    assert seen[("en", "Без догађаја")] is None  # a fallback copy without events
