"""The one rule for the dates editors write (`Date:`, `Modified:`, album texts), and the words
a message uses to show it: year-month-day, so `02.03.2018` is refused, never read as 3 February."""

from __future__ import annotations

import datetime

from .messages import message

# What CHECKS_DATE_FORMATS defaults to (plugins/checks/settings.py validates other values).
DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")
SAMPLE = datetime.datetime(2018, 1, 26, 12, 0)  # the date every example shows


def parse_date(value: str, formats) -> datetime.datetime | None:
    for fmt in formats:
        try:
            return datetime.datetime.strptime(value, fmt)
        except ValueError:
            continue
    return None


def date_examples(formats) -> str:
    """The accepted formats as examples an editor can copy: '2018-01-26' or '2018-01-26 12:00'."""
    examples = [f"'{SAMPLE.strftime(fmt)}'" for fmt in formats]
    if len(examples) == 1:
        return examples[0]
    return message("%(examples)s or %(last)s", examples=", ".join(examples[:-1]), last=examples[-1])


def date_example(formats) -> str:
    """One date to show in a message: the format with a time if there is one."""
    return SAMPLE.strftime(next((f for f in formats if "%H" in f), formats[0]))


def date_problem(field, formats) -> str | None:
    """What is wrong with a date line (a frontmatter Field) and what to do, or None if it reads."""
    if parse_date(" ".join(field.value.split()), formats) is not None:
        return None
    if field.value:
        return message("'%(value)s' is not a date this site can read. Write the date as %(examples)s "
                       "(year-month-day, then the time if you want).",
                       value=field.value, examples=date_examples(formats))
    return message("the %(key)s: line is empty. Write the date as %(examples)s "
                   "(year-month-day, then the time if you want).", key=field.key, examples=date_examples(formats))
