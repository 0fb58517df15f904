"""The album model templates see: albums, their photos and the published image files.

Plain objects, no Pelican and no Pillow: the editions plugin copies the pages holding an
album with copy.copy, so everything here is read-only once the generator has built it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from .images import PhotoResult


@dataclass(frozen=True)
class Image:
    """One published image file: URL relative to the site root, pixel size."""

    url: str
    width: int
    height: int
    bytes: int = 0  # the file's size (feeds' enclosures state it); 0 where not known


@dataclass
class Photo:
    name: str  # the file's name in the album folder (NFC)
    thumb: Image
    display: tuple[Image, ...]  # srcset widths, narrowest first
    thumb_webp: Image | None = None
    display_webp: tuple[Image, ...] = ()
    original: Image | None = None  # only with GALLERY_ORIGINALS
    captions: dict[str, str] = field(default_factory=dict)  # content language -> caption

    @property
    def largest(self) -> Image:
        return self.display[-1]

    @property
    def full(self) -> Image:
        """What a thumbnail links to without JavaScript."""
        return self.original or self.largest

    def caption(self, lang: str) -> str | None:
        """The caption in `lang`; None when the editor wrote none (templates then say
        "Photo 3 of 12, <album>" in the page's language; never the file name)."""
        return self.captions.get(lang)


def photo_from_result(name: str, result: PhotoResult, images_url: str) -> Photo:
    def image(output):
        return Image(f"{images_url}/{output.name}", output.width, output.height, output.bytes)

    def display(fmt):
        shown = [o for o in result.outputs if o.kind == "display" and o.format == fmt]
        return tuple(image(o) for o in sorted(shown, key=lambda o: o.width))

    thumb_webp = result.thumb("WEBP")
    return Photo(name=name, thumb=image(result.thumb()), display=display("JPEG"),
                 thumb_webp=image(thumb_webp) if thumb_webp else None, display_webp=display("WEBP"))


@dataclass
class AlbumText:
    """One album.<lang>.md: what the album page in that language shows."""

    lang: str
    source: Path
    title: str
    date: datetime.datetime | None
    html: str  # the description (Markdown body)
    metadata: dict


@dataclass
class Album:
    name: str  # folder name: what `gallery:` lines and `{photo}` links write
    slug: str
    url: str  # the album page, without an edition prefix: galleries/<slug>/
    folder: Path
    texts: dict[str, AlbumText] = field(default_factory=dict)  # site language order
    photos: list[Photo] = field(default_factory=list)
    cover_name: str | None = None

    @property
    def langs(self) -> list[str]:
        return list(self.texts)

    def title_lang(self, lang: str) -> str:
        """The language the album's title is shown in on a page in `lang`."""
        return lang if lang in self.texts else self.langs[0]

    def title(self, lang: str) -> str:
        return self.texts[self.title_lang(lang)].title

    @property
    def date(self) -> datetime.datetime | None:
        return next((t.date for t in self.texts.values() if t.date), None)

    @property
    def cover(self) -> Photo | None:
        named = [p for p in self.photos if p.name == self.cover_name]
        return (named or self.photos or [None])[0]

    def photo(self, name: str) -> Photo | None:
        return next((p for p in self.photos if p.name == name), None)
