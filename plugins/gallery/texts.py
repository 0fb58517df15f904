"""Album texts (album.<lang>.md, captions.<lang>.txt) checked as articles are: the checks
plugin's reader of sources (encoding, with the line of the first unreadable character) and
its rule for dates, so an album's `Date: 02.03.2018` is refused in the same words as an
article's instead of being read as 3 February.

Before Pelican's Markdown reader sees an album text: that reader stops with a traceback on
a file that is not UTF-8 or a date it cannot read, and reads some day-first dates wrongly.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
from pathlib import Path

from sitecore.frontmatter import read_source

from .problems import Problems, line_of

PHOTO_MARK = "{photo}"


def _checks(module: str):
    """checks.<module>. A site without the checks plugin (the gallery's own tests) has not
    imported that package; it lives next to this one, so it is imported from there."""
    if "checks" not in sys.modules:
        spec = importlib.machinery.PathFinder.find_spec("checks", [str(Path(__file__).resolve().parents[1])])
        package = importlib.util.module_from_spec(spec)
        sys.modules["checks"] = package
        spec.loader.exec_module(package)
    return importlib.import_module(f"checks.{module}")


def read(path: Path, problems: Problems):
    """The file as the checks plugin reads a source (sitecore/frontmatter.py); None, reported,
    if it is not UTF-8."""
    source = read_source(str(path), path.name, problems.where(path))
    if source.text is None:
        problems.error(path, source.bad_line or 1, _checks("preread").encoding_problem(source))
        return None
    return source


def header_ok(path: Path, source, settings, problems: Problems) -> bool:
    """The album text's metadata lines: a Date: the site can read (the articles' rule)."""
    formats = settings.get("CHECKS_DATE_FORMATS") or _checks("settings").DEFAULTS["CHECKS_DATE_FORMATS"]
    field = source.first("date")
    problem = _checks("metadata").date_problem(field, formats) if field else None
    if problem:
        problems.error(path, field.line, problem)
        return False
    return True


def description_ok(path: Path, html: str, problems: Problems) -> bool:
    """`{photo}` images work in articles and pages only: on an album page it would be a broken image."""
    if PHOTO_MARK not in html:
        return True
    problems.error(path, line_of(path, r"\{photo\}") or 1, (
        "a {photo} image does not work in an album's description, only in articles and pages. The album "
        "page shows every photo of the folder anyway: remove the image (to show a photo first, name it "
        "in a Cover: line)"))
    return False
