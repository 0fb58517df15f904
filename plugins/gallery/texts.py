"""Album texts (album.<lang>.md, captions.<lang>.txt) checked as articles are: the one reader
of sources (sitecore/frontmatter.py: encoding, with the line of the first unreadable
character) and the one rule for dates (sitecore/dates.py), so an album's `Date: 02.03.2018`
is refused in the same words as an article's instead of being read as 3 February.

Before Pelican's Markdown reader sees an album text: that reader stops with a traceback on
a file that is not UTF-8 or a date it cannot read, and reads some day-first dates wrongly.
"""

from __future__ import annotations

from pathlib import Path

from sitecore.dates import DATE_FORMATS, date_problem
from sitecore.frontmatter import encoding_problem, read_source
from sitecore.messages import message

from .problems import Problems, line_of

PHOTO_MARK = "{photo}"


def read(path: Path, problems: Problems):
    """The file as the checks plugin reads a source (sitecore/frontmatter.py); None, reported,
    if it is not UTF-8."""
    source = read_source(str(path), path.name, problems.where(path))
    if source.text is None:
        problems.error(path, source.bad_line or 1, encoding_problem(source))
        return None
    return source


def header_ok(path: Path, source, settings, problems: Problems) -> bool:
    """The album text's metadata lines: a Date: the site can read (the articles' rule)."""
    formats = settings.get("CHECKS_DATE_FORMATS") or DATE_FORMATS
    field = source.first("date")
    problem = date_problem(field, formats) if field else None
    if problem:
        problems.error(path, field.line, problem)
        return False
    return True


def description_ok(path: Path, html: str, problems: Problems) -> bool:
    """`{photo}` images work in articles and pages only: on an album page it would be a broken image."""
    if PHOTO_MARK not in html:
        return True
    problems.error(path, line_of(path, r"\{photo\}") or 1, message(
        "a {photo} image does not work in an album's description, only in articles and pages. The album "
        "page shows every photo of the folder anyway: remove the image (to show a photo first, name it "
        "in a Cover: line)."))
    return False
