"""What templates get from the editions plugin: catalogs, dates, switcher and hreflang helpers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal
from jinja2 import pass_context
from markupsafe import Markup

from . import links


@dataclass(frozen=True)
class TextTransform:
    """How a derived edition rewrites text: plain strings and HTML fragments."""

    text: Callable[[str], str]
    html: Callable[[str], str]


def edition_transform(edition) -> TextTransform | None:
    """The rewrite from the edition it derives from, or None for an edition of its own."""
    if not edition.derive:
        return None
    if edition.code == "sr-Latn":
        from .transliterate import transliterate_html, transliterate_text

        return TextTransform(text=transliterate_text, html=transliterate_html)
    raise ValueError(f"EDITIONS[{edition.code!r}]: no rule derives it from {edition.derive!r}.")


def catalog_transform(edition):
    transform = edition_transform(edition)
    return transform.text if transform else None


class EditionLinks:
    """Template helper: links from the page being written to the other editions."""

    def __init__(self, state, states):
        self.state, self.states = state, states

    def switcher(self, output_file: str):
        return links.switcher_links(links.url_of_output(output_file), self.state, self.states)

    def scripts(self, output_file: str):
        return links.script_links(links.url_of_output(output_file), self.state, self.states)

    def alternates(self, output_file: str, view=None):
        if view is not None:
            return links.alternates(view.url, view, self.state, self.states)
        return links.alternates(links.url_of_output(output_file), None, self.state, self.states)

    def absolute(self, url: str) -> str:
        return f"{self.state.context['SITEURL_ABSOLUTE'].rstrip('/')}/{url}"

    def canonical(self, view) -> str:
        return self.absolute(links.canonical_url(view))


@pass_context
def format_date(context, value, format: str = "long", in_sentence: bool = False) -> str:
    """A date in the edition's language by Babel, never the machine's locale.

    `in_sentence`: the date stands inside a sentence ("updated on 3 December 2026"), where
    Serbian puts the month in the genitive ("измењен 3. децембра 2026.").
    """
    if hasattr(value, "date"):
        value = value.date()
    return formatted_date(value, format, str(context["EDITION"].locale), in_sentence)


# Babel's (CLDR's) Serbian month names are nominative in the formatting context as well
# ("3. децембар 2026."); after a verb or preposition Serbian needs the genitive. Latin
# spellings are made from these, as the Latin edition is made from the Cyrillic one.
_GENITIVE_MONTHS = {"sr": ("јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа",
                           "септембра", "октобра", "новембра", "децембра")}


def _sentence_months(locale: Locale) -> tuple[str, ...] | None:
    months = _GENITIVE_MONTHS.get(locale.language)
    if months and locale.script == "Latn":
        from .transliterate import cyr_to_lat

        months = tuple(cyr_to_lat(month) for month in months)
    return months


@lru_cache(maxsize=4096)
def formatted_date(value, format: str, locale: str, in_sentence: bool = False) -> str:
    # A list page shows the same few hundred dates thousands of times; Babel takes ~40 µs each.
    parsed = Locale.parse(locale)
    months = _sentence_months(parsed) if in_sentence else None
    pattern = parsed.date_formats[format].pattern if format in parsed.date_formats else format
    if months and "MMMM" in pattern and "MMMMM" not in pattern:
        # The month as a quoted literal in the locale's own pattern: day, order and dots stay Babel's.
        return babel_format_date(value, format=pattern.replace("MMMM", f"'{months[value.month - 1]}'"),
                                 locale=parsed)
    return babel_format_date(value, format=format, locale=parsed)


@pass_context
def format_number(context, value) -> str:
    return format_decimal(value, locale=context["EDITION"].locale)


def prepare_environment(env, state) -> None:
    """Before an edition renders: its catalog and helpers in the template environment."""
    # newstyle: under autoescape, _() marks the catalog's text as HTML and escapes its
    # %-parameters, so a tag in "Tag: %(name)s" is text and the sentence is not escaped twice.
    env.install_gettext_translations(state.translations, newstyle=True)


@pass_context
def edition_text(context, value) -> str:
    """Text that is not part of a page's content (captions, album titles) as the edition writes it.

    In a derived edition this applies its rewrite (Cyrillic to Latin); elsewhere it returns the text as is.
    """
    transform = edition_transform(context["EDITION"])
    return transform.text(value) if transform and value else value


# A meta description: search engines show about this many characters.
DESCRIPTION_LENGTH = 160


def meta_description(html) -> str:
    """The plain text of an HTML fragment (a summary) for `<meta name="description">`: whitespace
    collapsed, and past DESCRIPTION_LENGTH characters cut after the last whole word, ending in "…"."""
    text = Markup(html or "").striptags()
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    head = text[:DESCRIPTION_LENGTH]  # the last whole word that leaves room for the "…"
    cut = head.rsplit(" ", 1)[0] if " " in head else head[:-1]
    return cut.rstrip(" ,;:.…–—-") + "…"


FILTERS = {"format_date": format_date, "format_number": format_number, "edition_text": edition_text,
           "meta_description": meta_description}
