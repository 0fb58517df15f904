"""What templates get from the editions plugin: catalogs, dates, switcher and hreflang helpers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal
from jinja2 import pass_context

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


@pass_context
def format_date(context, value, format: str = "long") -> str:
    """A date in the edition's language by Babel, never the machine's locale."""
    if hasattr(value, "date"):
        value = value.date()
    return _formatted_date(value, format, str(context["EDITION"].locale))


@lru_cache(maxsize=4096)
def _formatted_date(value, format: str, locale: str) -> str:
    # A list page shows the same few hundred dates thousands of times; Babel takes ~40 µs each.
    return babel_format_date(value, format=format, locale=locale)


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


FILTERS = {"format_date": format_date, "format_number": format_number, "edition_text": edition_text}
