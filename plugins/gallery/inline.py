"""Single photos in an article's text: `![alt text]({photo}<album>/<file name>)` in Markdown.

Markdown makes that `<img alt="alt text" src="{photo}album/IMG_5591.jpg">`; `rewrite` replaces
the tag with a responsive <img> (srcset, sizes, width, height), or <picture> with WebP.

Where an image URL points depends on the page it is written into (relative URLs) or on the
feed (absolute URLs), and srcset holds several URLs, which Pelican's {filename} links cannot
do. So the markup carries ROOT where the site root goes, and the content object resolves it
in `_update_content`, the hook Pelican already calls with the right site URL for every page,
summary and feed.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Callable
from urllib.parse import unquote

from sitecore.messages import message

from .problems import in_album, in_folder, missing_name, nfc, unsafe_name

MARK = "{photo}"
ROOT = "{gallery-root}/"
_TAG = re.compile(r"<img\b[^>]*\bsrc=(['\"])\{photo\}[^>]*>", re.I)


class _Attributes(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.attrs = {}

    def handle_starttag(self, tag, attrs):
        self.attrs = {k: v or "" for k, v in attrs}

    handle_startendtag = handle_starttag


def attributes(tag: str) -> dict[str, str]:
    parser = _Attributes()
    parser.feed(tag)
    parser.close()
    return parser.attrs


def _srcset(images) -> str:
    return ", ".join(f"{ROOT}{i.url} {i.width}w" for i in images)


def photo_markup(photo, alt: str, title: str, settings, eager: bool) -> str:
    """A responsive <img> (or <picture>) of `photo` with every attribute escaped."""
    largest = photo.largest
    attrs = [("class", "photo"), ("src", ROOT + largest.url), ("srcset", _srcset(photo.display)),
             ("sizes", settings["GALLERY_SIZES"]), ("width", largest.width),
             ("height", largest.height), ("alt", alt)]
    attrs += [("title", title)] if title else []
    attrs += [] if eager else [("loading", "lazy")]
    attrs += [("decoding", "async")]
    img = "<img " + " ".join(f'{k}="{html.escape(str(v))}"' for k, v in attrs) + ">"
    if not (settings["GALLERY_WEBP"] and photo.display_webp):
        return img
    sizes = html.escape(settings["GALLERY_SIZES"])
    return (f'<picture><source type="image/webp" srcset="{html.escape(_srcset(photo.display_webp))}" '
            f'sizes="{sizes}">{img}</picture>')


def rewrite(content_html: str, lang: str, albums: dict, settings,
            fallback_alt: Callable[[int, int, str], str],
            report: Callable[[str, str], None], folder: str) -> tuple[str, int]:
    """(new HTML, number of photos placed). `report(src, message)` gets each problem
    (`folder`: the albums' folder as messages name it); a tag naming no photo is replaced by
    its alt text so no broken image is published."""
    placed = 0

    def replace(match):
        nonlocal placed
        attrs = attributes(match.group(0))
        src = attrs.get("src", "")
        album_name, _, name = nfc(unquote(src[len(MARK):])).partition("/")
        alt = attrs.get("alt", "").strip()
        album = None if unsafe_name(album_name) else albums.get(album_name)
        photo = album.photo(name) if album else None
        if unsafe_name(album_name):
            report(src, message("'%(name)s' is not an album name. Write %(mark)s<album folder>/<photo file>.",
                                name=album_name, mark=MARK))
        elif album is None:
            report(src, message("%(what)s. Write %(mark)s<album folder>/<photo file>, with the folder's exact name.",
                                what=missing_name("album", album_name, in_folder(folder), albums), mark=MARK))
        elif photo is None:
            report(src, message("%(what)s. Write the photo's file name exactly.",
                                what=missing_name("photo", name, in_album(album_name), [p.name for p in album.photos])))
        if photo is None:
            return html.escape(alt)
        if not alt:  # never the file name: the caption, else "Photo 3 of 12, <album>"
            number = album.photos.index(photo) + 1
            alt = photo.caption(lang) or fallback_alt(number, len(album.photos), album.title(lang))
        placed += 1
        return photo_markup(photo, alt, attrs.get("title", ""), settings, eager=placed == 1)

    return _TAG.sub(replace, content_html), placed


class PhotoLinks:
    """Mixin for content objects holding photo markup: ROOT becomes the site URL Pelican gives."""

    def _update_content(self, content, siteurl):
        if content and ROOT in content:
            content = content.replace(ROOT, siteurl.rstrip("/") + "/" if siteurl else "")
        return super()._update_content(content, siteurl)


_CLASSES: dict[type, type] = {}


def resolve_photo_links(content) -> None:
    """Make `content` (an Article or Page) resolve ROOT. Same class name, so Pelican's
    ARTICLE_URL/PAGE_URL lookups and isinstance checks see no difference."""
    cls = type(content)
    if issubclass(cls, PhotoLinks):
        return
    if cls not in _CLASSES:
        _CLASSES[cls] = type(cls.__name__, (PhotoLinks, cls), {"__module__": cls.__module__})
    content.__class__ = _CLASSES[cls]
