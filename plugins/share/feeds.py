"""Feeds people subscribe to: each entry carries its article's cover photo as an enclosure
(RSS `<enclosure>`, Atom `<link rel="enclosure">`), which feed readers show as its picture,
and a summary (Pelican leaves Atom's out when it is the whole text of a short article; a
reader's list of entries shows the summary, not the content).

The feeds themselves, their summaries and their words in each edition's language are the
editions plugin's (editions/writer.py); the feeds per category and tag are Pelican's,
switched on per edition by CATEGORY_FEED_ATOM and TAG_FEED_ATOM (pelicanconf.py).
"""

from __future__ import annotations

import mimetypes

from feedgenerator import Enclosure


def _absolute(base: str, url: str) -> str:
    return f"{base.rstrip('/')}/{url}"


def add_covers(context, feed) -> None:
    """`feed_generated`: the cover's largest copy as the enclosure of each entry that has one
    (it states its size in bytes, which the gallery recorded when it made the copy), and every entry's summary."""
    if "EDITION" not in context:
        return
    base = context.get("SITEURL") or ""
    by_link = {_absolute(base, a.url): a for a in context.get("articles") or ()}
    for item in feed.items:
        article = by_link.get(item["link"])
        if article is not None and not item.get("description"):
            item["description"] = article.summary
        cover = getattr(article, "cover_photo", None)
        if cover is None:
            continue
        image = cover.image
        if not image.bytes:
            continue  # a size not known is no enclosure rather than a wrong one
        mime = mimetypes.guess_type(image.url)[0] or "image/jpeg"
        domain = context.get("FEED_DOMAIN") or base
        item["enclosures"] = [Enclosure(_absolute(domain, image.url), str(image.bytes), mime)]
