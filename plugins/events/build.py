"""The events step of a build.

- `all_generators_finalized`, once the editions have made their views: every view whose
  article or page has event lines gets `events` (model.Event, for article.html),
  `structured_data` (schema.org Event dicts, structured.py) and `ics_url` (its calendar
  file); each edition's context gets the events page's address and calendar feed.
- `article_writer_finalized`, once per edition while it renders (in its own process when
  editions render in parallel): the edition's events page, through the editions' writer, so
  its render key holds what it shows, the day of the split included.
- the output step of this plugin's generator, after the editions generator's (PLUGINS order),
  in the build's own process: the calendar files (calendar.py), each written with the one
  atomic writer. The editions' states come from the shared context (`edition_states`), and
  what the events page needs is put in each edition's own context: nothing is kept here.
"""

from __future__ import annotations

import logging
import os
from zoneinfo import ZoneInfo

from pelican.generators import Generator

from sitecore.files import write_bytes

from . import calendar, fields, model, structured
from .settings import today as split_day

logger = logging.getLogger(__name__)

def _views(state):
    return [*state.articles, *state.hidden_articles, *state.drafts,
            *state.pages, *state.hidden_pages, *state.draft_pages]


def _listed(state):
    """What the events page and the calendar feed show: published articles and pages."""
    return [*state.articles, *state.pages]


def attach(generators) -> None:
    """`all_generators_finalized`: events on every view of every edition."""
    from editions.templating import edition_transform

    states = generators[0].context.get("edition_states") if generators else None
    if states is None:
        return
    settings = generators[0].settings
    zone = ZoneInfo(settings.get("TIMEZONE") or "Europe/Belgrade")
    site = settings["SITEURL"].rstrip("/")
    for state in states:
        edition, transform = state.edition, edition_transform(state.edition)
        for view in _views(state):
            sessions = fields.sessions(view.metadata)
            view.events = model.view_events(view, sessions, str(edition.locale), zone, transform) if sessions else []
            if not view.events:
                continue
            url = f"{site}/{view.url}"
            view.structured_data = [] if view.status == "draft" else structured.structured_data(view.events, url)
            written = view.written_as and view.status != "draft"
            view.ics_url = view.url + settings["EVENTS_ICS_NAME"] if written else ""
        prefix = edition.prefix
        state.context["EVENTS_PAGE_URL"] = prefix + settings["EVENTS_URL"]
        state.context["EVENTS_PAGE_SAVE_AS"] = prefix + settings["EVENTS_SAVE_AS"]
        state.context["EVENTS_CALENDAR_URL"] = prefix + settings["EVENTS_CALENDAR_SAVE_AS"]
        state.known_urls.add(prefix + settings["EVENTS_URL"])
        state.context["edition_events"] = _edition_events(state)


def _edition_events(state):
    return [event for view in _listed(state) for event in getattr(view, "events", [])]


def write_page(generator, writer) -> None:
    """`article_writer_finalized`: the edition's events page (theme/templates/events.html)."""
    context = generator.context
    if "edition_events" not in context:
        return
    settings = generator.settings
    today = split_day(settings)
    upcoming, past = model.split(context["edition_events"], today)
    years: dict[str, list] = {}
    for event in past:
        years.setdefault(str(event.start.year), []).append(event.plain())  # by the year it began
    writer.write_file(
        context["EVENTS_PAGE_SAVE_AS"], generator.get_template("events"), context,
        relative_urls=settings["RELATIVE_URLS"], template_name="events", url=context["EVENTS_PAGE_URL"],
        upcoming=[event.plain() for event in upcoming], past_years=list(years.items()),
        today=today.isoformat(),
    )


class EventsGenerator(Generator):
    """Reads nothing; writes the calendar files once every edition is written."""

    def generate_context(self):
        pass

    def generate_output(self, writer):
        states = self.context.get("edition_states")
        if states is not None:
            write_calendars(states, self.settings, self.output_path)


def get_generators(pelican):
    return EventsGenerator


def write_calendars(states, settings, output: str) -> None:
    """Each article's calendar file and each edition's calendar feed."""
    site = settings["SITEURL"].rstrip("/")
    zone = ZoneInfo(settings.get("TIMEZONE") or "Europe/Belgrade")

    def absolute(view):
        return f"{site}/{view.url}"

    files = 0
    for state in states:
        for view in _views(state):
            if getattr(view, "ics_url", ""):
                data = calendar.calendar_bytes(view.events, view.title, site, zone, absolute)
                write_bytes(os.path.join(output, view.ics_url), data)
                files += 1
        events = sorted(state.context.get("edition_events", []), key=lambda e: (str(e.start), e.title))
        name = state.edition.sitename
        data = calendar.calendar_bytes(events, name, site, zone, absolute)
        write_bytes(os.path.join(output, state.context["EVENTS_CALENDAR_URL"]), data)
    logger.info("events: %d calendar files and %d calendar feeds", files, len(states))
