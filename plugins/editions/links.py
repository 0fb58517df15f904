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


def switcher_links(url: str, state, states) -> list[dict]:
    """One entry per edition: where its link in the switcher leads."""
    result = []
    for other in states:
        target = counterpart(url, state.edition, other.edition, other.known_urls)
        result.append({
            "edition": other.edition,
            "url": target if target is not None else other.edition.home_url,
            "current": other is state,
            "same_page": target is not None,
        })
    return result


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
