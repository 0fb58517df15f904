"""Jinja filters the gallery templates use: image URLs and album links in the current edition."""

from __future__ import annotations

from jinja2 import pass_context


def _root(context) -> str:
    siteurl = context.get("SITEURL") or ""
    return siteurl.rstrip("/") + "/" if siteurl else ""


@pass_context
def site_url(context, path: str) -> str:
    """A path inside the site as this page links to it (relative in development)."""
    return _root(context) + path


@pass_context
def srcset(context, images) -> str:
    """`srcset` of images (objects with url and width), narrowest first."""
    root = _root(context)
    return ", ".join(f"{root}{image.url} {image.width}w" for image in sorted(images, key=lambda i: i.width))


@pass_context
def album_url(context, album) -> str:
    """Where a link to `album` leads from a page of the current edition.

    The album page of the same edition; when the album is not written in the edition's
    language and untranslated pages are not shown there, the original edition's page.
    """
    edition = context["EDITION"]
    prefix = edition.prefix
    if edition.source not in album.langs and context.get("EDITIONS_UNTRANSLATED") != "fallback":
        first = album.langs[0]
        prefix = next(e.prefix for e in context["EDITIONS"] if e.source == first and not e.derive)
    return _root(context) + prefix + album.url


FILTERS = {"site_url": site_url, "srcset": srcset, "album_url": album_url}


def install(generator) -> None:
    """`generator_init`: the filters go into each generator's Jinja environment, not into
    JINJA_FILTERS: Pelican's content cache pickles objects that hold the settings, and a
    function of this plugin there would make the cache unreadable to a build without it."""
    generator.env.filters.update(FILTERS)
