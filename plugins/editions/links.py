"""Links between editions: the language switcher's targets and hreflang alternates.

A page of content leads to the view of its own translation group in the other
edition (translations have addresses in their own words, so the URLs differ).
A list (home, archives, a tag or category page) has the same URL under the
other edition's prefix, when that edition writes it.
"""

from __future__ import annotations

import re

_PAGINATED = re.compile(r"^(?P<base>.*?)page/\d+/$")


def canonical_url(view) -> str:
    """The address search engines and shared links are given for a view: a fallback copy's is its
    original's (the text is the original's), every other view's its own."""
    return view.source_url if view.is_fallback else view.url


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
            state.view_by_url[view.url] = view
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


def counterpart(url: str, state, other) -> str | None:
    """The URL of the page at `url` (of `state`'s edition) in `other`'s edition, or None."""
    view = state.view_by_url.get(url)
    if view is not None:
        target = other.views_by_group.get(id(view.group))
        return target.url if target is not None and target.written_as else None
    neutral = _neutral(url, state.edition)
    candidate = other.edition.prefix + neutral
    if candidate in other.known_urls:
        return candidate
    paginated = _PAGINATED.match(neutral)
    if paginated and other.edition.prefix + paginated["base"] in other.known_urls:
        return other.edition.prefix + paginated["base"]
    return None


def _link(url, state, other) -> dict:
    target = counterpart(url, state, other)
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
    """(hreflang, URL) pairs of the editions that really have this page, itself included, then x-default.

    Only a canonical page has them: a fallback copy names its original as canonical
    and is not a translation, so it has none and no cluster lists it. For a page of
    content the cluster is its translation group's real members, the same set seen
    from each of them. Later pages of a listing (page/2/) get none, since their
    counterparts hold other articles.
    """
    if view is not None and view.is_fallback:
        return []
    if _PAGINATED.match(_neutral(url, state.edition)):
        return []
    pairs = []
    for other in states:
        if view is not None and other.edition not in view.real_editions:
            continue
        target = counterpart(url, state, other)
        if target is not None:
            pairs.append((other.edition.code, target))
    if len(pairs) < 2:
        return []  # a page in one edition only is no cluster
    primary = next((p for p in pairs if p[0] == states[0].edition.code), pairs[0])
    pairs.append(("x-default", primary[1]))
    return pairs
