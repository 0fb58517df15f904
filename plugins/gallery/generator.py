"""The gallery generator: albums from content/galleries/ become pages of every edition.

It runs before the editions generator (PLUGINS lists "gallery" first; Pelican runs plugin
generators in that order). In `generate_context` it
1. reads the album folders and their texts (albums.py),
2. renders every photo once for the whole build through the content-keyed cache
   (cache.py); the derivatives go to one shared folder used by all editions,
3. adds one Page per album and language and the galleries index to `generated_content`,
   which the editions plugin then pairs, copies into every edition and renders,
4. gives articles with a `gallery:` line their albums and replaces `{photo}` images in
   content HTML (inline.py), before the editions plugin copies the content objects.
"""

from __future__ import annotations

import difflib
import gettext
import importlib
import logging
import os
import re
from pathlib import Path

from pelican.generators import Generator
from pelican.utils import get_date, set_date_tzinfo

from sitecore.files import copy_file
from sitecore.messages import message

from . import albums as albums_mod, covers, decoding, images, inline, pages, texts, viewer
from .cache import process_album_photos, prune
from .images import PhotoError, PhotoResult
from .model import Album, AlbumText, Image, Photo, photo_from_result
from .problems import Problems, case_twin, in_folder, in_this_album, line_of, missing_name, nfc, unsafe_name
from .settings import GallerySettingsError, plan

logger = logging.getLogger(__name__)
_DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})")
ORIGINALS = "originals"  # subfolder of GALLERY_IMAGES_PATH for GALLERY_ORIGINALS


def _editions(module: str):
    # Imported when used: Pelican loads plugins by path in PLUGINS order, so "editions"
    # is importable only once it is loaded (after this plugin).
    return importlib.import_module(f"editions.{module}")


class GalleryGenerator(Generator):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.albums: dict[str, Album] = {}
        self.problems = Problems(self.path)
        self._translations = {}
        self.originals_written = 0
        self.side_photos: dict[str, Photo] = {}

    # -- context --------------------------------------------------------------------------
    def generate_context(self):
        editions = self.settings.get("EDITIONS_LIST") or []
        self.languages = list(dict.fromkeys(e.source for e in editions if not e.derive)) or [
            self.settings["DEFAULT_LANG"]]
        content = Path(self.path)
        gallery = content / self.settings["GALLERY_PATH"]
        folders = albums_mod.scan(content, gallery, self.languages, self.problems)
        albums = [a for a in (self._album(f) for f in folders) if a is not None]
        contents = [c for c in self.context["generated_content"].values() if c is not None]
        side = {str(p): p for p in (covers.side_file(c, content) for c in contents) if p is not None}
        self.side_photos = self._photos(folders, albums, list(side.values()))
        self.albums = {album.name: album for album in albums}
        self.context["gallery_albums"] = self.albums
        made = []
        for album in albums:
            made += pages.album_pages(self, album)
        if albums:
            made += pages.index_pages(self, albums, self.languages)
        for content_object in list(self.context["generated_content"].values()):
            if content_object is not None:  # Pelican keeps None for a file it could not read
                self._embed(content_object)
        for page in made:
            self.context["generated_content"][page.get_relative_source_path()] = page

    def _album(self, folder) -> Album | None:
        slug = _editions("slugs").serbian_slugify(folder.name)  # the site's own slugs: Ниш -> nis
        base = self.settings["GALLERY_PATH"]
        if not slug:
            self.problems.error(folder.path, None, message(
                "the folder's name has no letters or digits to make an address from. "
                "Rename the folder, e.g. 2018-01-26-leskovac."))
            return None
        taken = {a.slug: a for a in self.albums.values()}
        reserved = self.settings["GALLERY_IMAGES_PATH"]
        if f"{base}/{slug}" == reserved or slug in taken:
            other = taken[slug].folder if slug in taken else reserved
            self.problems.error(folder.path, None, message(
                "the album's address %(address)s is already taken by %(other)s. Rename the folder.",
                address=f"{base}/{slug}/", other=self.problems.where(other) if slug in taken else other))
            return None
        album = Album(name=folder.name, slug=slug, url=f"{base}/{slug}/", folder=folder.path)
        for lang, path in folder.texts.items():
            text = self._album_text(folder, lang, path)
            if text is not None:
                album.texts[lang] = text
        if not album.texts:
            return None
        self.albums[album.name] = album  # so the next folder sees this slug as taken
        return album

    def _album_text(self, folder, lang, path) -> AlbumText | None:
        source = texts.read(path, self.problems)
        if source is None or not texts.header_ok(path, source, self.settings, self.problems):
            return None
        body, metadata = self.readers.readers["md"].read(str(path))
        if not metadata.get("title"):
            self.problems.error(path, 1, message(
                "the album has no Title: line. Add one at the top, e.g. 'Title: Посета амбасадора'."))
            return None
        if not texts.description_ok(path, body, self.problems):
            return None
        date = metadata.get("date")
        if date is None and _DATED.match(folder.name):
            try:
                date = get_date(_DATED.match(folder.name)[1])
            except ValueError:
                self.problems.error(folder.path, None, message(
                    "the folder's name starts with '%(start)s', which is not a real "
                    "date, and an album without a Date: line takes its date from there. Correct the date in "
                    "the folder's name, or add a Date: line to the album text.", start=_DATED.match(folder.name)[1]))
                return None
        if date is None:
            self.problems.error(path, 1, message(
                "the album has no Date: line. Add one at the top, e.g. 'Date: 2018-01-26'."))
            return None
        date = set_date_tzinfo(date, self.settings.get("TIMEZONE"))  # as Pelican does for pages
        return AlbumText(lang=lang, source=path, title=metadata["title"], date=date, html=body,
                         metadata=metadata)

    # -- photos ---------------------------------------------------------------------------
    def _photos(self, folders, albums, side_files=()) -> dict[str, Photo]:
        """Render every photo once (cached), fill the albums, report failures, prune.
        `side_files`: cover photos beside articles (covers.py), rendered in the same call;
        returns their Photo by path."""
        out_dir = Path(self.output_path) / self.settings["GALLERY_IMAGES_PATH"]
        cache_dir = Path(self.settings["CACHE_PATH"]) / "gallery"
        by_name = {a.name: a for a in albums}
        folders = [f for f in folders if f.name in by_name]
        before = set(os.listdir(out_dir)) if out_dir.is_dir() else set()
        decodes, results, originals, failed = decoding.DECODES, [], set(), 0
        total = sum(len(f.photos) for f in folders)
        if folders:
            logger.info("galleries: %d photos in %d albums (unchanged ones come from the cache)",
                        total, len(folders))
        # All albums in one call: one worker pool per build, not one fork of this process per album.
        outcomes = iter(process_album_photos([str(p) for f in folders for p in f.photos]
                                             + [str(p) for p in side_files],
                                             plan(self.settings), out_dir, cache_dir,
                                             workers=self.settings["GALLERY_WORKERS"]))
        for number, folder in enumerate(folders, start=1):
            album = by_name[folder.name]
            for path, result in zip(folder.photos, outcomes):
                if isinstance(result, PhotoError):
                    failed += 1
                    self.problems.error(path, None, result.message)
                    continue
                for note in result.warnings:
                    self.problems.warning(path, None, note)
                self._flag_large(path, result)
                results.append(result)
                photo = photo_from_result(nfc(path.name), result, self.settings["GALLERY_IMAGES_PATH"])
                if self.settings["GALLERY_ORIGINALS"]:
                    originals.add(self._original(path, result, photo, out_dir))
                album.photos.append(photo)
            self._captions(folder, album)
            logger.info("galleries: [%d/%d] %s: %d of %d photos ready", number, len(folders),
                        folder.name, len(album.photos), len(folder.photos))
        side_photos = {}
        for path, result in zip(side_files, outcomes):
            if isinstance(result, PhotoError):
                self.problems.error(path, None, result.message)
                continue
            results.append(result)
            side_photos[str(path)] = photo_from_result(nfc(path.name), result,
                                                       self.settings["GALLERY_IMAGES_PATH"])
        if out_dir.is_dir():
            # Only a build with albums prunes the cache: a build of some other content folder
            # (a test, a benchmark) must not empty it.
            prune(out_dir, results, cache_dir if folders else None)
            _prune_originals(out_dir, originals)
        written = len(set(os.listdir(out_dir)) - before - {ORIGINALS}) if out_dir.is_dir() else 0
        written += self.originals_written
        if folders:
            logger.info("galleries: %d albums, %d photos, %d images written, %d decoded, %d failed",
                        len(folders), total - failed, written, decoding.DECODES - decodes, failed)
        return side_photos

    def _flag_large(self, path: Path, result: PhotoResult) -> None:
        """A photo too large to keep in git: published, but the editor is told how to shrink it."""
        megapixels = result.width * result.height / 1e6
        megabytes = path.stat().st_size / 1e6
        if (megapixels > self.settings["GALLERY_LARGE_MEGAPIXELS"]
                or megabytes > self.settings["GALLERY_LARGE_MEGABYTES"]):
            where = self.problems.where(path, None)
            self.problems.warning(path, None, message(
                "the photo is %(megapixels).0f megapixels and %(megabytes).0f MB; files this large make "
                "every copy of the site's repository slow. Shrink it before committing: "
                "make shrink-photo PHOTO='%(photo)s'", megapixels=megapixels, megabytes=megabytes, photo=where))

    def _original(self, path: Path, result: PhotoResult, photo: Photo, out_dir: Path) -> str:
        """GALLERY_ORIGINALS: the file as it is (EXIF and GPS included) under an ASCII name."""
        name = f"{images.safe_stem(path.name)}-{result.key[:8]}-original{path.suffix.lower()}"
        target = out_dir / ORIGINALS / name
        if not target.exists():
            target.parent.mkdir(exist_ok=True)
            copy_file(path, target)
            self.originals_written += 1
        photo.original = Image(f"{self.settings['GALLERY_IMAGES_PATH']}/{ORIGINALS}/{name}",
                               result.width, result.height)
        return name

    def _captions(self, folder, album) -> None:
        names = [nfc(p.name) for p in folder.photos]
        for lang, path in folder.captions.items():
            for name, caption in albums_mod.read_captions(path, names, self.problems).items():
                photo = album.photo(name)
                if photo is not None:  # a photo that failed has no page to caption
                    photo.captions[lang] = caption
        for lang, text in album.texts.items():
            cover = text.metadata.get("cover")
            if not cover or album.cover_name:
                continue
            cover = nfc(str(cover).strip())
            if cover in names:
                album.cover_name = cover
            else:
                what = missing_name("photo", cover, in_this_album(), names)
                self.problems.error(text.source, albums_mod.header_line(text.source, "cover"), message(
                    "%(what)s. Write the name of a photo of the folder in the Cover: line.", what=what))

    # -- articles -------------------------------------------------------------------------
    def _embed(self, content) -> None:
        """`gallery:` line -> content.galleries; `{photo}` images -> responsive markup."""
        value = content.metadata.get("gallery")
        if value:
            names = value if isinstance(value, list) else str(value).split(",")
            content.galleries = [a for a in (self._named_album(content, n.strip()) for n in names if n.strip())
                                 if a is not None]
        if getattr(content, "source_path", None):  # not the album pages this plugin makes
            lang = getattr(content, "lang", self.languages[0])
            folder = self.problems.where(Path(self.path) / self.settings["GALLERY_PATH"]) + "/"
            content.cover_photo = covers.resolve(content, self.albums, self.side_photos, lang, self.problems,
                                           folder, self._fallback_alt(lang), Path(self.path))
        if inline.MARK in (content._content or ""):
            self._inline(content)

    def _named_album(self, content, name) -> Album | None:
        if name in self.albums:
            return self.albums[name]
        line = line_of(content.source_path, r"^gallery\s*:", header_only=True)
        folder = self.problems.where(Path(self.path) / self.settings["GALLERY_PATH"]) + "/"
        if unsafe_name(name):
            self.problems.error(content.source_path, line, message(
                "'%(name)s' is not an album name. Write the name of a folder in %(folder)s, without '/' or '..'.",
                name=name, folder=folder))
            return None
        what = missing_name("album", name, in_folder(folder), self.albums)
        close = difflib.get_close_matches(name, self.albums, n=1)
        if close and not case_twin(name, self.albums):
            self.problems.error(content.source_path, line, message(
                "%(what)s. Write the name of a folder there (did you mean '%(close)s'?).", what=what, close=close[0]))
        else:
            self.problems.error(content.source_path, line, message(
                "%(what)s. Write the name of a folder there.", what=what))
        return None

    def _inline(self, content) -> None:
        def report(src, message):
            line = line_of(content.source_path, re.escape(src)) or line_of(content.source_path, r"\{photo\}")
            self.problems.error(content.source_path, line, message)

        lang = getattr(content, "lang", self.languages[0])
        folder = self.problems.where(Path(self.path) / self.settings["GALLERY_PATH"]) + "/"
        html, placed = inline.rewrite(content._content, lang, self.albums, self.settings,
                                      self._fallback_alt(lang), report, folder)
        content._content = html
        if placed:
            inline.resolve_photo_links(content)

    def _fallback_alt(self, lang):
        """"Photo 3 of 12, <album>" in the content's language, from the UI catalog."""
        if lang not in self._translations:
            edition = next((e for e in self.settings.get("EDITIONS_LIST", []) if e.source == lang and not e.derive), None)
            self._translations[lang] = (gettext.NullTranslations() if edition is None else
                                        _editions("catalogs").load_translations(
                                            self.settings["EDITIONS_CATALOG_PATH"], edition.catalog, edition.locale))
        translations = self._translations[lang]
        return lambda num, count, album: translations.gettext("Photo %(num)d of %(count)d, %(album)s") % {
            "num": num, "count": count, "album": album}

    # -- output ---------------------------------------------------------------------------
    def generate_output(self, writer):
        setting = self.settings["GALLERY_VIEWER_DIST"]
        if not self.albums or setting is None:
            return
        dist = viewer.dist_folder(setting, self.path)
        missing = viewer.missing_files(dist)
        if missing:
            self.problems.error(dist / missing[0], None, message(
                "the photo viewer's files are missing. Run `npm ci` in the repository (`make html` does it)."))
            return
        target = Path(self.output_path) / self.settings["THEME_STATIC_DIR"] / "vendor" / "photoswipe"
        viewer.install(dist, target)


def _prune_originals(out_dir: Path, keep: set) -> None:
    folder = out_dir / ORIGINALS
    if folder.is_dir():
        for file in folder.iterdir():
            if file.name not in keep and file.is_file():
                file.unlink()


def get_generators(pelican):
    names = list(pelican.settings.get("PLUGINS") or [])
    if "editions" in names and names.index("editions") < names.index("gallery"):
        raise GallerySettingsError("PLUGINS lists 'gallery' after 'editions'; expected 'gallery' "
                                   "first, so albums exist when the editions plugin pairs pages.")
    return GalleryGenerator
