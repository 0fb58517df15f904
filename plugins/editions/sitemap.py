"""sitemap.xml: every canonical page of every edition with its alternates (hreflang).

Fallback copies are left out (their canonical URL is the original's), and so are
redirects of old addresses (they are not pages) and the search results page (noindex);
hidden pages are in: they are public, only not listed in menus. A page of content gives its last change
(`modified:`, else its file's last commit) as <lastmod>.
"""

from __future__ import annotations

import os
from xml.sax.saxutils import quoteattr, escape

from sitecore.files import write_bytes

from . import links
from .freshness import last_change


def _absolute(base: str, url: str) -> str:
    return f"{base.rstrip('/')}/{url}"


def sitemap_entries(states, history=None):
    """Yield (url, alternates, last change or None) for each page to list, edition by edition."""
    history = history or {}
    for state in states:
        # Hidden pages (album pages, say) are public, only left out of menus and lists.
        for view in [*state.articles, *state.pages, *state.hidden_articles, *state.hidden_pages]:
            if view.is_fallback or not view.written_as:
                continue
            changed = last_change(view.source, history) or getattr(view, "date", None)
            yield view.url, links.alternates(view.url, view, state, states), changed
        content_urls = {v.url for v in [*state.articles, *state.pages, *state.hidden_articles, *state.hidden_pages]}
        # The search results page is for visitors only (noindex): not a page to list.
        unlisted = {state.edition.settings.get("SEARCH_URL")}
        listing_urls = sorted(state.known_urls - content_urls - unlisted)
        for url in listing_urls:
            yield url, links.alternates(url, None, state, states), None


def write_sitemap(output_path: str, states, settings, history=None) -> str:
    base = settings["SITEURL"]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for url, alternates, changed in sitemap_entries(states, history):
        lines.append(f"<url><loc>{escape(_absolute(base, url))}</loc>")
        if changed is not None:
            lines.append(f"<lastmod>{changed.isoformat(timespec='seconds')}</lastmod>")
        for lang, href in alternates:
            lines.append(
                f'<xhtml:link rel="alternate" hreflang={quoteattr(lang)} href={quoteattr(_absolute(base, href))}/>'
            )
        lines.append("</url>")
    lines.append("</urlset>")
    path = os.path.join(output_path, "sitemap.xml")
    write_bytes(path, ("\n".join(lines) + "\n").encode("utf-8"))  # a new file, never through the old one
    return path
