"""The cover of an article: the one photo that stands for it in news lists, feeds and previews.

In order: its `Cover:` line (`<album>/<photo>`, as a `{photo}` image names it, or the name of a
photo file beside the article), else the cover of its first album, else the first `{photo}` in
its text, else none. Covers are photos of the gallery's one pipeline: an album photo is the
copy the album already made, a file beside the article is rendered with the albums' photos in
the same call (same plan, same cache), so no photo is decoded twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from . import albums as albums_mod, inline
from .model import Photo
from sitecore.messages import message

from .problems import in_album, in_folder, inside, missing_name, nfc, unsafe_name


def cover_format() -> str:
    """How a Cover: line is written, as the messages below say it."""
    return message("Cover: <album folder>/<photo file>, or the name of a photo file in the article's folder")


@dataclass(frozen=True)
class Cover:
    """What templates show: the photo, its text for screen readers, and where it came from
    ("cover" line, "album", "text": an article does not show twice a photo of its text)."""

    photo: Photo
    alt: str
    origin: str

    @property
    def image(self):
        """The largest copy: the one a social preview or a feed names."""
        return self.photo.largest


def cover_value(content) -> str:
    value = content.metadata.get("cover") if getattr(content, "metadata", None) else None
    return nfc(str(value).strip()) if value else ""


def side_file(content, content_root: Path) -> Path | None:
    """The file a `Cover:` line without an album names, beside the article (None otherwise).
    Read before the photos are rendered, so that file goes through the same pipeline."""
    value = cover_value(content)
    if not value or "/" in value or "\\" in value or unsafe_name(value) or not content.source_path:
        return None
    path = Path(content.source_path).parent / value
    if path.is_file() and inside(path, content_root) and path.suffix.lower() not in albums_mod.TEXT_SUFFIXES:
        return path
    return None


def resolve(content, albums: dict, side_photos: dict, lang: str, problems, folder: str,
            fallback_alt, content_root: Path) -> Cover | None:
    """The article's Cover (None without one); a wrong `Cover:` line is reported with its line
    and gives no cover. `side_photos`: path of a file beside an article -> its Photo."""
    value = cover_value(content)
    if value:
        return _named(content, value, albums, side_photos, lang, problems, folder, fallback_alt,
                      Path(content_root))
    for album in getattr(content, "galleries", None) or []:
        if album.cover is not None:
            return Cover(album.cover, _alt(album, album.cover, lang, fallback_alt), "album")
        break
    return _first_in_text(content._content or "", albums, lang, fallback_alt)


def _named(content, value, albums, side_photos, lang, problems, folder, fallback_alt, content_root):
    line = albums_mod.header_line(Path(content.source_path), "cover")

    def fail(text):
        problems.error(content.source_path, line, text)

    if value.startswith(inline.MARK):  # what the text's images write: take it as meant
        value = value[len(inline.MARK):]
    album_name, slash, name = value.partition("/")
    if not slash:
        path = Path(content.source_path).parent / value
        if str(path) in side_photos:
            return Cover(side_photos[str(path)], "", "cover")
        if unsafe_name(value):
            fail(message("'%(value)s' is neither a photo of an album nor a file beside the article. Write %(format)s.",
                         value=value, format=cover_format()))
        elif path.suffix.lower() in albums_mod.TEXT_SUFFIXES:
            fail(message("'%(value)s' is a text file, not a photo. Write %(format)s.", value=value, format=cover_format()))
        elif not path.is_file():
            beside = [p.name for p in path.parent.iterdir() if p.is_file()]
            what = missing_name("file", value, message("beside the article in %(folder)s",
                                                       folder=problems.where(path.parent) + "/"), beside)
            fail(message("%(what)s. Put the photo there, or write %(format)s.", what=what, format=cover_format()))
        elif not inside(path, content_root):
            fail(message("'%(value)s' is a link to a place outside %(folder)s. Copy the photo itself beside the article.",
                         value=value, folder=content_root.name + "/"))
        return None  # a file that is there but could not be read: its own error is already given
    if unsafe_name(album_name) or unsafe_name(name):
        fail(message("'%(value)s' is not the name of a photo of an album. Write %(format)s, without '..'.",
                     value=value, format=cover_format()))
        return None
    album = albums.get(album_name)
    if album is None:
        fail(message("%(what)s. Write %(format)s, with the album folder's exact name.",
                     what=missing_name("album", album_name, in_folder(folder), albums), format=cover_format()))
        return None
    photo = album.photo(name)
    if photo is None:
        fail(message("%(what)s. Write the photo's file name exactly.",
                     what=missing_name("photo", name, in_album(album_name), [p.name for p in album.photos])))
        return None
    return Cover(photo, _alt(album, photo, lang, fallback_alt), "cover")


def _first_in_text(html: str, albums, lang, fallback_alt) -> Cover | None:
    """The first `{photo}` image of the text that names a real photo (a wrong one is reported by
    the text's own rewrite), with the alt text written there."""
    for match in inline._TAG.finditer(html):
        attrs = inline.attributes(match.group(0))
        album_name, _, name = nfc(unquote(attrs.get("src", "")[len(inline.MARK):])).partition("/")
        album = None if unsafe_name(album_name) else albums.get(album_name)
        photo = album.photo(name) if album else None
        if photo is not None:
            alt = attrs.get("alt", "").strip() or _alt(album, photo, lang, fallback_alt)
            return Cover(photo, alt, "text")
    return None


def _alt(album, photo, lang, fallback_alt) -> str:
    """The photo's caption, else "Photo 3 of 12, <album>": never the file name."""
    return photo.caption(lang) or fallback_alt(album.photos.index(photo) + 1, len(album.photos),
                                               album.title(lang))
