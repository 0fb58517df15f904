"""Checks of one file's metadata lines: title, dates, status, language, keys
(and, in their own modules, addresses and templates, invisible characters).

Each check reports with the line of the metadata it is about; a check that
finds an error returns False, and the file is kept from Pelican's readers.
"""

from __future__ import annotations

import difflib
import os
import re

from pelican.readers import DUPLICATES_DEFINITIONS_ALLOWED
from pelican.utils import get_date

from sitecore.dates import date_example, date_problem
from sitecore.frontmatter import Source
from sitecore.messages import message

try:  # the event lines' own rule (plugins/events/fields.py), where the site has that plugin
    from events import fields as event_fields
except ImportError:
    event_fields = None

from .characters import check_invisible
from .layout import Layout, language_name
from .placement import REFUSED, check_placement
from .report import Findings

_LOOKS_LIKE_TITLE = re.compile(r"^\s*title\s*:", re.IGNORECASE)


def check_metadata(source: Source, kind: str, layout: Layout, findings: Findings) -> bool:
    """All metadata checks of one readable, non-empty file; False when it has an error."""
    titled = _check_title(source, findings)
    ok = _check_fields(source, layout, findings)
    ok = check_placement(source, kind, layout, findings) and ok
    ok = check_invisible(source, findings) and ok
    ok = _check_events(source, findings) and ok
    # Without a title the header was probably not read at all: a missing date would be the same mistake.
    return _check_dates(source, kind if titled else None, layout, findings) and ok and titled


def _check_title(source: Source, findings: Findings) -> bool:
    titles = source.values("title")
    if titles and titles[0][1].strip():
        return True
    if titles:
        findings.error(source.where, titles[0][0], message(
            "the Title: line is empty. Write the title after 'Title: '."))
        return False
    stray = next((n for n, line in enumerate(source.lines, start=1)
                  if n >= source.header_end and _LOOKS_LIKE_TITLE.match(line)), None)
    if stray == source.header_end:
        findings.error(source.where, stray, message(
            "this line is not read as the title. Write it exactly as 'Title: ' followed by the title, "
            "with the colon right after the word Title."))
    elif stray:
        findings.error(source.where, stray, message(
            "this Title: line is not read, because the metadata lines stop at line %(line)d. "
            "Put all the 'Key: value' lines at the very top of the file, with no empty or other line "
            "before or between them.", line=source.header_end))
    else:
        findings.error(source.where, 1, message(
            "there is no Title: line, so the page has no title. Start the file with a line such as "
            "'Title: Обука у Лесковцу', then the other 'Key: value' lines, an empty line and the text."))
    return False


def _check_fields(source: Source, layout: Layout, findings: Findings) -> bool:
    settings = layout.settings
    known = settings["CHECKS_METADATA_KEYS"]
    formatted = {f.lower() for f in settings.get("FORMATTED_FIELDS") or []}
    where, ok = source.where, True
    for f in source.fields:
        if event_fields is not None and event_fields.is_event_key(f.name):
            continue  # _check_events
        if f.name not in known and f.name not in REFUSED:  # a refused line has its own error
            close = difflib.get_close_matches(f.name, known, n=1, cutoff=0.6)
            if close:
                findings.warning(where, f.line, message(
                    "'%(key)s:' is not a metadata key of this site, so the line has no effect. "
                    "Did you mean '%(close)s:'?", key=f.key, close=close[0].capitalize()))
            else:
                findings.warning(where, f.line, message(
                    "'%(key)s:' is not a metadata key of this site, so the line has no effect. "
                    "Known keys: %(known)s.", key=f.key, known=", ".join(k.capitalize() for k in known)))
    for name in dict.fromkeys(f.name for f in source.fields):
        values = source.values(name)
        if len(values) < 2 or name in formatted or name not in known:
            continue
        first = source.first(name)
        line, continued = values[1][0], bool(first.more)
        key = first.key
        if not DUPLICATES_DEFINITIONS_ALLOWED.get(name, True):
            # Pelican keeps the first value and warns without a line: our warning replaces it.
            findings.superseded.add(("duplicate", name, os.path.join(layout.content, source.rel)))
            if continued:
                findings.warning(where, line, message(
                    "this indented line continues the %(key)s: line above, but only the first line of %(key)s: "
                    "is used. Put the whole value on the %(key)s: line.", key=key))
            else:
                findings.warning(where, line, message(
                    "a second %(key)s: line; only the first one (line %(first)d) is used. "
                    "Delete the one you do not mean.", key=key, first=values[0][0]))
        else:
            # Pelican would turn the value into a list, which breaks the page.
            if continued:
                findings.error(where, line, message(
                    "this indented line continues the %(key)s: line above, and %(key)s: must be a single line. "
                    "Put the whole value on the %(key)s: line.", key=key))
            else:
                findings.error(where, line, message(
                    "a second %(key)s: line (the first is on line %(first)d); a page has only one. "
                    "Delete the one you do not mean.", key=key, first=values[0][0]))
            ok = False
    status = source.first("status")
    statuses = settings["CHECKS_STATUSES"]
    if status and status.value.strip() and status.value.strip().lower() not in statuses:
        close = difflib.get_close_matches(status.value.strip().lower(), statuses, n=1)
        named = {"value": status.value.strip(), "statuses": ", ".join(statuses), "default": statuses[0]}
        if close:
            findings.error(where, status.line, message(
                "'%(value)s' is not a status. Did you mean 'Status: %(close)s'? Write one of %(statuses)s "
                "(or delete the line: %(default)s is the default).", close=close[0], **named))
        else:
            findings.error(where, status.line, message(
                "'%(value)s' is not a status. Write one of %(statuses)s "
                "(or delete the line: %(default)s is the default).", **named))
        ok = False
    lang = source.first("lang")
    folder = layout.path_values(source.rel).get("lang")
    if lang and folder and lang.value.strip().lower() != folder.lower():
        other = lang.value.strip()
        if other in layout.languages and "/" in source.rel:
            moved = findings.where(os.path.join(layout.content, other, source.rel.split("/", 1)[1]))
            todo = message("Delete the Lang: line, or if the text is in %(language)s, move the file to %(moved)s.",
                           language=language_name(other), moved=moved)
        else:
            todo = message("Delete the Lang: line (this site's language folders: %(folders)s).",
                           folders=", ".join(layout.languages))
        findings.error(where, lang.line, message(
            "'Lang: %(other)s' contradicts the folder %(folder)s/ (%(language)s); the language comes from "
            "the folder. %(todo)s", other=other, folder=findings.where(os.path.join(layout.content, folder)),
            language=language_name(folder), todo=todo))
        ok = False
    order = source.first("order")
    if order and not re.fullmatch(r"-?\d+", order.value.strip()):
        findings.warning(where, order.line, message(
            "'Order: %(value)s' is not a whole number, so the page goes to the end of the menu. "
            "Write a number, e.g. 'Order: 3'.", value=order.value.strip()))
    return ok


def _check_events(source: Source, findings: Findings) -> bool:
    """The Event- lines (dates, places, sessions): every problem with its line."""
    if event_fields is None:
        return True
    found = event_fields.problems(source)
    for line, message in found:
        findings.error(source.where, line, message)
    return not found


def _check_dates(source: Source, kind: str, layout: Layout, findings: Findings) -> bool:
    settings = layout.settings
    formats = settings["CHECKS_DATE_FORMATS"]
    where, ok = source.where, True
    for name in ("date", "modified"):
        field = source.first(name)
        problem = date_problem(field, formats) if field else None
        if problem:
            findings.error(where, field.line, problem)
            ok = False
    from_path = layout.path_values(source.rel).get("date")
    if from_path:
        try:
            get_date(from_path)
        except ValueError:
            findings.error(where, 1, message(
                "the file name starts with '%(start)s', which is not a real date, and the build reads "
                "a date from the start of a file name. Correct the date in the file name.", start=from_path))
            return False
    status = (source.first("status").value.strip().lower() if source.first("status") else "")
    if (kind == "article" and not source.first("date") and not from_path
            and not settings.get("DEFAULT_DATE") and status != "draft"):
        findings.error(where, source.first("title").line if source.first("title") else 1, message(
            "there is no Date: line, and an article needs its date. Add one below the title, "
            "e.g. 'Date: %(example)s'.", example=date_example(formats)))
        ok = False
    return ok
