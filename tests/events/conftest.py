"""The events fixture site: past, upcoming, multi-day, multi-session, cancelled, all-day and
timed events, in both languages, one of them only in English (a fallback in Serbian).
"Today" is pinned (EVENTS_TODAY) so the split is the same on every run; built once per session."""

import pytest

from conftest import build_fixture

TODAY = "2018-02-20"

SITE = {
    # Two sessions: the first past, the second upcoming; a place with its venue and an address.
    "sr/news/2018-02-01-training.md": """\
        Title: Обука PCM-LFM
        Date: 2018-02-01 12:00
        Event-start: 2018-02-09
        Event-end: 2018-02-11
        Event-place: Ниш
        Event-organiser: Кластер кућа
        Event-2-start: 2018-03-02
        Event-2-end: 2018-03-04
        Event-2-place: Висока пословна школа, Лесковац
        Event-2-address: Владе Јовановића 8

        Две обуке.
        """,
    "en/news/2018-02-01-training.md": """\
        Title: PCM-LFM training
        Date: 2018-02-01 12:00
        Event-start: 2018-02-09
        Event-end: 2018-02-11
        Event-place: Niš
        Event-organiser: Cluster House
        Event-2-start: 2018-03-02
        Event-2-end: 2018-03-04
        Event-2-place: Higher Business School, Leskovac
        Event-2-address: Vlade Jovanovića 8

        Two courses.
        """,
    # Timed, one day, with registration; upcoming.
    "sr/news/2018-02-15-round-table.md": """\
        Title: Округли сто
        Date: 2018-02-15 09:00
        Event-start: 2018-04-05 10:00
        Event-end: 14:30
        Event-place: Ниш
        Event-registration: https://example.org/prijava

        Сто.
        """,
    "en/news/2018-02-15-round-table.md": """\
        Title: Round table
        Date: 2018-02-15 09:00
        Modified: 2018-02-16 08:00
        Event-start: 2018-04-05 10:00
        Event-end: 14:30
        Event-place: Niš
        Event-registration: https://example.org/prijava

        A table.
        """,
    # Cancelled, all day, across two months and years; past.
    "sr/news/2017-12-01-days.md": """\
        Title: Дани кластера
        Date: 2017-12-01 12:00
        Event-name: Дани кластера <2017>
        Event-start: 2017-12-30
        Event-end: 2018-01-02
        Event-place: Софија
        Event-status: cancelled

        Отказано.
        """,
    # English only (a fallback copy in the Serbian editions); one day, all day; today.
    "en/news/2018-02-18-fair.md": """\
        Title: Fair & "meeting"
        Date: 2018-02-18 12:00
        Event-start: 2018-02-20
        Event-place: Sofia
        Event-status: postponed

        Fair.
        """,
    # An article without events.
    "sr/news/2018-01-26-visit.md": "Title: Посета\nDate: 2018-01-26 12:00\n\nТекст.\n",
    "sr/pages/contact.md": "Title: Контакт\n\nНиш.\n",
    "en/pages/contact.md": "Title: Contact\n\nNiš.\n",
}


@pytest.fixture(scope="session")
def events_site(tmp_path_factory):
    return build_fixture(tmp_path_factory.mktemp("events"), SITE, EVENTS_TODAY=TODAY,
                         SITEURL="https://www.example.org")
