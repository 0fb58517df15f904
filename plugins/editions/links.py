"""Links between editions: the language switcher's targets and hreflang alternates.

Every edition uses the same URL patterns under its own prefix and all editions
of a page share one slug, so "the same page in another edition" is the same
URL with the other prefix, when that edition has it.
"""

from __future__ import annotations

import re

_PAGINATED = re.compile(r"^(?P<base>.*?)page/\d+/$")


def url_of_output(output_file: str) -> str:
    """The URL (relative to the site root) of an output file."""
    if output_file.endswith("index.html"):
        return output_file[: -len("index.html")]
    return output_file


def index_known_urls(state) -> None:
    """Remember which URLs an edition will write, for switchers in other editions."""
    settings = state.edition.settings
    urls = state.known_urls
    for view in [*state.articles, *state.hidden_articles, *state.pages, *state.hidden_pages]:
        if view.written_as:  # a view linking to another edition's page is not written here
            urls.add(view.url)
    for category, _ in state.categories:
        urls.add(category.url)
    for tag in state.tags:
        urls.add(tag.url)
    for template in settings["DIRECT_TEMPLATES"]:
        save_as = settings.get(f"{template.upper()}_SAVE_AS", f"{template}.html")
        if save_as:
            urls.add(url_of_output(save_as))


def _neutral(url: str, edition) -> str:
    return url[len(edition.prefix):] if url.startswith(edition.prefix) else url


def counterpart(url: str, current, target, target_urls: set[str]) -> str | None:
    """The URL of the page at `url` in `target`'s edition, or None if it has none."""
    neutral = _neutral(url, current)
    candidate = target.prefix + neutral
    if candidate in target_urls:
        return candidate
    paginated = _PAGINATED.match(neutral)
    if paginated and target.prefix + paginated["base"] in target_urls:
        return target.prefix + paginated["base"]
    return None


def _link(url, state, other) -> dict:
    target = counterpart(url, state.edition, other.edition, other.known_urls)
    return {
        "edition": other.edition,
        "url": target if target is not None else other.edition.home_url,
        "current": other is state,
        "same_page": target is not None,
    }


def switcher_links(url: str, state, states) -> list[dict]:
    """The language switcher: one entry per language, where its link leads.

    The visitor's own language is the current edition (whatever its script);
    another language leads to its first edition in site order.
    """
    result, seen = [], set()
    for other in states:
        source = other.edition.source
        if source in seen:
            continue
        seen.add(source)
        chosen = state if source == state.edition.source else other
        result.append(_link(url, state, chosen))
    return result


def script_links(url: str, state, states) -> list[dict]:
    """The script switcher (Ћирилица | Latinica): editions of the current language, if more than one."""
    same_language = [s for s in states if s.edition.source == state.edition.source]
    if len(same_language) < 2:
        return []
    return [_link(url, state, other) for other in same_language]


def alternates(url: str, view, state, states) -> list[tuple[str, str]]:
    """(hreflang, URL) pairs of the editions that really have this page, then x-default.

    A fallback copy is not a translation: only editions whose language the page
    is written in are listed. Later pages of a listing (page/2/) get none, since
    their counterparts hold other articles.
    """
    if _PAGINATED.match(_neutral(url, state.edition)):
        return []
    pairs = []
    for other in states:
        if view is not None and other.edition not in view.real_editions:
            continue
        target = counterpart(url, state.edition, other.edition, other.known_urls)
        if target is not None:
            pairs.append((other.edition.code, target))
    if pairs:
        primary = next((p for p in pairs if p[0] == states[0].edition.code), pairs[0])
        pairs.append(("x-default", primary[1]))
    return pairs
