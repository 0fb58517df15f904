"""The calendar files of the events fixture site, parsed back with icalendar: one per article with
events, one feed per edition; stable across builds."""

from __future__ import annotations

import datetime
import shutil
from zoneinfo import ZoneInfo

from icalendar import Calendar

from conftest import build_fixture

BELGRADE = ZoneInfo("Europe/Belgrade")


def _calendar(site, path):
    return Calendar.from_ical((site.output / path).read_bytes())


def test_an_articles_calendar_has_its_sessions(events_site):
    calendar = _calendar(events_site, "en/news/pcm-lfm-training/event.ics")
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"])
    first, second = calendar.walk("VEVENT")
    # All-day: DATE values, and the end is the day after the last day (RFC 5545).
    assert first.decoded("DTSTART") == datetime.date(2018, 2, 9)
    assert first.decoded("DTEND") == datetime.date(2018, 2, 12)
    assert second.decoded("DTSTART") == datetime.date(2018, 3, 2)
    assert str(first["UID"]) == "news-2018-02-01-training-1@www.example.org"
    assert str(second["UID"]) == "news-2018-02-01-training-2@www.example.org"
    assert str(first["URL"]) == "https://www.example.org/en/news/pcm-lfm-training/"
    assert str(first["LOCATION"]) == "Niš"
    assert str(second["LOCATION"]) == "Higher Business School, Vlade Jovanovića 8, Leskovac"
    assert str(first["STATUS"]) == "CONFIRMED" and str(first["SUMMARY"]) == "PCM-LFM training"
    # DTSTAMP is the article's date (no Modified: line), in UTC: never the time of the build.
    assert first.decoded("DTSTAMP") == datetime.datetime(2018, 2, 1, 11, 0, tzinfo=datetime.timezone.utc)


def test_a_timed_event_has_its_time_zone(events_site):
    calendar = _calendar(events_site, "en/news/round-table/event.ics")
    (event,) = calendar.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/Belgrade"
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == datetime.datetime(2018, 4, 5, 10, 0, tzinfo=BELGRADE)
    assert end - start == datetime.timedelta(hours=4, minutes=30)
    assert start.utcoffset() == datetime.timedelta(hours=2)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Belgrade"
    # Modified: is the last change of the English file.
    assert event.decoded("DTSTAMP") == datetime.datetime(2018, 2, 16, 7, 0, tzinfo=datetime.timezone.utc)
    assert b"https://example.org/prijava" in (events_site.output / "en/news/round-table/event.ics").read_bytes()


def test_status_of_cancelled_and_postponed_events(events_site):
    (days,) = _calendar(events_site, "news/dani-klastera/event.ics").walk("VEVENT")
    assert str(days["STATUS"]) == "CANCELLED" and str(days["SUMMARY"]) == "Дани кластера <2017>"
    (fair,) = _calendar(events_site, "news/fair-meeting/event.ics").walk("VEVENT")
    assert str(fair["STATUS"]) == "TENTATIVE"


def test_the_latin_edition_calendar_is_in_latin(events_site):
    (event,) = _calendar(events_site, "sr-latn/news/okrugli-sto/event.ics").walk("VEVENT")
    assert str(event["SUMMARY"]) == "Okrugli sto" and str(event["LOCATION"]) == "Niš"
    assert str(event["URL"]) == "https://www.example.org/sr-latn/news/okrugli-sto/"


def test_each_edition_has_a_feed_whose_events_round_trip(events_site):
    for prefix, summaries in (
        ("", ["Дани кластера <2017>", "Обука PCM-LFM", "Fair & \"meeting\"", "Обука PCM-LFM", "Округли сто"]),
        ("en/", ["Дани кластера <2017>", "PCM-LFM training", "Fair & \"meeting\"", "PCM-LFM training", "Round table"]),
        ("sr-latn/", ["Dani klastera <2017>", "Obuka PCM-LFM", "Fair & \"meeting\"", "Obuka PCM-LFM", "Okrugli sto"]),
    ):
        data = (events_site.output / prefix / "events/calendar.ics").read_bytes()
        calendar = Calendar.from_ical(data)
        events = calendar.walk("VEVENT")
        assert [str(e["SUMMARY"]) for e in events] == summaries
        assert len({str(e["UID"]) for e in events}) == len(events)
        assert calendar.to_ical() == data  # what a client reads is what was written
        for event in events:
            again = Calendar.from_ical(event.to_ical())
            assert again.decoded("DTSTART") == event.decoded("DTSTART") and str(again["UID"]) == str(event["UID"])
    # The events page links its edition's feed.
    link = events_site.html("en/events/").select_one("main a[href$='calendar.ics']")
    assert link["href"].endswith("en/events/calendar.ics")


def test_a_second_build_writes_the_same_bytes(events_site, tmp_path):
    """Another build of the same files, elsewhere and later: every calendar file is byte-identical."""
    shutil.copytree(events_site.output.parent / "content", tmp_path / "content")
    again = build_fixture(tmp_path, {}, EVENTS_TODAY="2018-02-20", SITEURL="https://www.example.org")
    written = sorted(p.relative_to(events_site.output) for p in events_site.output.rglob("*.ics"))
    assert len(written) == 15  # 4 articles with events in 3 editions, 3 feeds
    for path in written:
        assert (again.output / path).read_bytes() == (events_site.output / path).read_bytes(), path
