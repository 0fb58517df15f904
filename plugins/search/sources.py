"""What Pagefind indexes for an edition: one small source page per page of its own language.

Indexed: the edition's published articles and pages written in its language (no
fallback copies, hidden pages, drafts, lists, redirects or error pages). Each source page
holds the text in its `<main data-pagefind-body>` and, as Pagefind meta, the title as
the edition shows it (`ct`) and the date as it shows it (`date`).

An edition that another one is derived from (Serbian Cyrillic, from which the build makes
the Latin edition) is indexed in the derived script: Pagefind's Serbian stemmer and its
diacritic folding then treat both Serbian editions alike, and the browser folds a query
to Latin letters (fold.py). Its own text goes along as `ctext`, word for word the indexed
text in its own script, for the excerpt it shows.
"""

from __future__ import annotations

import html

from editions.templating import formatted_date

from .text import plain_text, words


def indexed_views(state) -> list:
    """The edition's views Pagefind indexes, in a stable order."""
    views = [v for v in (*state.articles, *state.pages)
             if not v.is_fallback and v.written_as and getattr(v, "status", "published") == "published"]
    return sorted(views, key=lambda v: v.written_as)


def shown_date(view, edition) -> str:
    date = getattr(view, "date", None)
    if date is None:
        return ""
    if hasattr(date, "date"):
        date = date.date()
    return formatted_date(date, "long", str(edition.locale))


def source_page(view, edition, indexed_as=None, text_of=plain_text) -> str:
    """The source page of one view, as Pagefind reads it. `indexed_as`: the view of the same
    page in the edition derived from this one, whose text is indexed instead (this one's goes
    along as `ctext`). `text_of`: the plain text of an HTML fragment (a cache of them)."""
    title = words(str(view.title))
    text = text_of(view._content)
    meta = {"ct": title, "date": shown_date(view, edition)}
    if indexed_as is not None:
        meta["ctext"] = text
        title, text = words(str(indexed_as.title)), text_of(indexed_as._content)
    meta["title"] = title
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(edition.code)}">',
        f'<head><meta charset="utf-8"><title>{html.escape(title)}</title></head>',
        "<body>",
    ]
    lines += [f'<div data-pagefind-meta="{name}">{html.escape(value)}</div>'
              for name, value in sorted(meta.items()) if value]
    lines += [f"<main data-pagefind-body><p>{html.escape(text)}</p></main>", "</body>", "</html>", ""]
    return "\n".join(lines)


def edition_sources(state, states, text_of=plain_text) -> dict[str, bytes]:
    """{path of the page in the output: its source page} for one edition. An edition another
    is derived from is indexed in the derived edition's text: the views that edition already
    rewrote (its own rules, `no-translit` spans kept), not a second transliteration."""
    derived = next((s for s in states if s.edition.derive == state.edition.code), None)
    return {view.written_as: source_page(view, state.edition,
                                         derived.views_by_group.get(id(view.group)) if derived else None,
                                         text_of).encode("utf-8")
            for view in indexed_views(state)}
