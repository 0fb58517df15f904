"""The events of a small site in every edition: the events page (split on a pinned day), the
date texts, an article's event details and its calendar link."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

EDITIONS = ("", "en/", "sr-latn/")


def _entries(section):
    return [(li.select_one(".event-title").get_text(strip=True), li.time.get_text(strip=True))
            for li in section.select("li[data-last-day]")]


UPCOMING = {
    "": [("Fair & \"meeting\"", "уторак, 20. фебруар 2018."), ("Обука PCM-LFM", "2–4. март 2018."),
         ("Округли сто", "четвртак, 5. април 2018. 10:00–14:30")],
    "en/": [("Fair & \"meeting\"", "Tuesday, 20 February 2018"), ("PCM-LFM training", "2–4 March 2018"),
            ("Round table", "Thursday, 5 April 2018, 10:00–14:30")],
    "sr-latn/": [("Fair & \"meeting\"", "utorak, 20. februar 2018."), ("Obuka PCM-LFM", "2–4. mart 2018."),
                 ("Okrugli sto", "četvrtak, 5. april 2018. 10:00–14:30")],
}
PAST = {
    "": {"2018": [("Обука PCM-LFM", "9–11. фебруар 2018.")],
         "2017": [("Дани кластера <2017>", "30. децембар 2017. – 2. јануар 2018.")]},
    "en/": {"2018": [("PCM-LFM training", "9–11 February 2018")],
            "2017": [("Дани кластера <2017>", "30 December 2017\u2009–\u20092 January 2018")]},
    "sr-latn/": {"2018": [("Obuka PCM-LFM", "9–11. februar 2018.")],
                 "2017": [("Dani klastera <2017>", "30. decembar 2017. – 2. januar 2018.")]},
}


@pytest.mark.parametrize("prefix", EDITIONS)
def test_events_page_splits_on_the_pinned_day(events_site, prefix):
    page = events_site.html(prefix + "events/")
    upcoming = page.select_one("#events-upcoming")
    assert upcoming["data-today"] == "2018-02-20"
    # An event on "today" is still upcoming; soonest first; a later session of a half-past article too.
    assert _entries(upcoming) == UPCOMING[prefix]
    assert page.select_one("#events-none").has_attr("hidden")
    years = page.select("#events-past .event-year")
    assert [y.h3.get_text(strip=True) for y in years] == ["2018", "2017"]  # newest year first
    assert {y.h3.get_text(strip=True): _entries(y) for y in years} == PAST[prefix]
    # Each entry links to its article in the same edition.
    links = page.select(".event-title a")
    assert len(links) == 5
    for link in links:
        target = urljoin(f"https://site.invalid/{prefix}events/", link["href"])
        assert target.startswith(f"https://site.invalid/{prefix}news/"), target
        assert events_site.path(target[len("https://site.invalid/"):]).is_file(), target


def test_entries_carry_status_place_and_language(events_site):
    page = events_site.html("events/")
    fair = page.select("#events-upcoming li")[0]
    assert fair.article["lang"] == "en"  # an English-only article in the Serbian edition
    assert "Sofia" in fair.p.get_text() and fair.select_one(".event-status").get_text() == "Одложено"
    days = page.select("#events-2017 li")[0]
    assert days.select_one(".event-status").get_text() == "Отказано"
    assert "<2017>" in days.select_one(".event-title").get_text()  # text, never markup
    assert page.select_one("#events-upcoming li[data-last-day='2018-03-04'] time")["datetime"] == "2018-03-02"
    timed = page.select_one("#events-upcoming li[data-last-day='2018-04-05'] time")
    assert timed["datetime"] == "2018-04-05T10:00:00+02:00"  # Belgrade in summer time


def test_menu_leads_to_the_events_page_of_each_edition(events_site):
    for prefix, word in (("", "Догађаји"), ("en/", "Events"), ("sr-latn/", "Događaji")):
        home = events_site.html(prefix)
        link = next(a for a in home.select("nav.site-nav a") if a.get_text(strip=True) == word)
        assert link["href"].rstrip("/").endswith(prefix + "events")
        current = events_site.html(prefix + "events/").select_one("nav.site-nav a[aria-current]")
        assert current.get_text(strip=True) == word
    # The language switcher of the events page leads to the other edition's events page.
    switch = events_site.html("events/").select(".switcher a")
    assert any(a["href"].endswith("en/events/") for a in switch), [a["href"] for a in switch]


def test_the_script_is_a_file_of_the_site(events_site):
    page = events_site.html("en/events/")
    scripts = page.select("script")
    assert all(s.get("src") and not s.string for s in scripts)
    assert any("events" in s["src"] for s in scripts)


def test_article_shows_its_sessions_and_the_calendar_link(events_site):
    page = events_site.html("en/news/pcm-lfm-training/")
    details = page.select_one(".event-details")
    assert details.h2.get_text() == "Events"
    sessions = details.select("dl.event")
    assert [dl.time.get_text() for dl in sessions] == ["9–11 February 2018", "2–4 March 2018"]
    second = sessions[1].get_text(" ", strip=True)
    assert "Higher Business School, Leskovac" in second and "Vlade Jovanovića 8" in second
    assert "Cluster House" in second  # the organiser of the first session, not written again
    link = details.select_one("a.event-calendar")
    assert link.has_attr("download") and link["href"].endswith("news/pcm-lfm-training/event.ics")
    assert (events_site.output / "en/news/pcm-lfm-training/event.ics").is_file()


def test_article_registration_and_one_session(events_site):
    page = events_site.html("news/okrugli-sto/")
    details = page.select_one(".event-details")
    assert details.h2.get_text() == "Догађај"
    assert details.time.get_text() == "четвртак, 5. април 2018. 10:00–14:30"
    registration = details.select_one("dd a[href='https://example.org/prijava']")
    assert registration.get_text() == "Пријавите се"
    latin = events_site.html("sr-latn/news/okrugli-sto/").select_one(".event-details")
    assert latin.time.get_text() == "četvrtak, 5. april 2018. 10:00–14:30"
    assert "Niš" in latin.get_text()


def test_article_without_events_has_no_details(events_site):
    assert events_site.html("news/poseta/").select_one(".event-details") is None
