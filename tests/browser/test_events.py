"""The events pages in headless Debian chromium: each edition's page, the script that moves an
event whose last day has passed since the build into the past, the page without JavaScript, and
an article's "add to calendar" link, downloaded and parsed."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from conftest import build_fixture
from visitor.checks import serve

# Built on 20 February 2018 (EVENTS_TODAY): two upcoming events then. The browser's day is later
# than 2018, so the script moves the March one into the past; the 2099 one stays upcoming.
SITE = {
    "sr/news/2018-02-01-obuka.md": "Title: Обука у Лесковцу\nDate: 2018-02-01\nEvent-start: 2018-03-02\n"
                                   "Event-end: 2018-03-04\nEvent-place: Лесковац\n\nТекст.\n",
    "en/news/2018-02-01-obuka.md": "Title: Training in Leskovac\nDate: 2018-02-01\nEvent-start: 2018-03-02\n"
                                   "Event-end: 2018-03-04\nEvent-place: Leskovac\n\nText.\n",
    "sr/news/2018-02-02-sajam.md": "Title: Сајам\nDate: 2018-02-02\nEvent-start: 2099-05-05 10:00\n"
                                   "Event-place: Ниш\n\nТекст.\n",
    "en/news/2018-02-02-sajam.md": "Title: Fair\nDate: 2018-02-02\nEvent-start: 2099-05-05 10:00\n"
                                   "Event-place: Niš\n\nText.\n",
    "sr/news/2017-01-01-dani.md": "Title: Дани кластера\nDate: 2017-01-01\nEvent-start: 2017-03-20\n"
                                  "Event-place: Софија\n\nТекст.\n",
}
EDITIONS = {"": ("Обука у Лесковцу", "Сајам"), "en/": ("Training in Leskovac", "Fair"),
            "sr-latn/": ("Obuka u Leskovcu", "Sajam")}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    site = build_fixture(tmp_path_factory.mktemp("events-browser"), SITE, EVENTS_TODAY="2018-02-20")
    with serve(site.output) as base:
        yield base


def _titles(page, selector):
    return page.eval_on_selector_all(f"{selector} .event-title", "hs => hs.map(h => h.textContent.trim())")


@pytest.mark.parametrize("prefix", list(EDITIONS))
def test_the_script_moves_events_that_ended_since_the_build(browser, server, prefix):
    moved, coming = EDITIONS[prefix]
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.goto(f"{server}{prefix}events/")
    page.wait_for_function("document.querySelector('#events-2018 li') !== null")
    assert _titles(page, "#events-upcoming") == [coming]
    assert _titles(page, "#events-2018") == [moved]
    # A year section made by the script, above the older one, its entry one heading level deeper.
    years = page.eval_on_selector_all("#events-past .event-year h3", "hs => hs.map(h => h.textContent)")
    assert years == ["2018", "2017"]
    assert page.eval_on_selector("#events-2018 .event-title", "h => h.tagName") == "H4"
    assert page.is_hidden("#events-none")
    assert errors == []
    context.close()


def test_without_javascript_the_build_split_stays(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}en/events/")
    assert _titles(page, "#events-upcoming") == ["Training in Leskovac", "Fair"]
    assert page.locator("#events-2018").count() == 0
    context.close()


@pytest.mark.parametrize("prefix, article", [("", "news/obuka-u-leskovcu/"), ("en/", "news/training-in-leskovac/"),
                                             ("sr-latn/", "news/obuka-u-leskovcu/")])
def test_add_to_calendar_downloads_the_articles_ics(browser, server, prefix, article, tmp_path):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(f"{server}{prefix}{article}")
    with page.expect_download() as info:
        page.click("a.event-calendar")
    download = info.value
    assert download.suggested_filename == "event.ics"
    target = tmp_path / "event.ics"
    download.save_as(target)
    (event,) = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == EDITIONS[prefix][0]
    assert str(event["URL"]).endswith(prefix + article)
    context.close()


@pytest.mark.parametrize("prefix, article", [("", "news/obuka-u-leskovcu/"), ("en/", "news/training-in-leskovac/")])
def test_event_pages_have_no_axe_violation(browser, server, prefix, article):
    from visitor.checks import Visit, axe_violations

    visit = Visit(browser, server, server, axe=True)
    problems = []
    for url in (prefix + "events/", prefix + article):
        page = visit.open(url)
        problems += [f"/{url}: {line}" for line in axe_violations(page)]
    visit.close()
    assert problems == [], "\n".join(problems)
