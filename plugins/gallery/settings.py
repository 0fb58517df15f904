"""Settings of the gallery plugin: defaults, validation, and the image plan they make.

Only this module reads GALLERY_* settings from Pelican's settings; a wrong value stops the
build at start-up with a message naming the setting, before a single photo is decoded.
"""

from __future__ import annotations

import os
from typing import Any

from sitecore import messages
from sitecore import settings as core

from .images import Plan

DEFAULTS: dict[str, Any] = {
    # Folder of the albums inside the content folder; also the URL of the album pages.
    "GALLERY_PATH": "galleries",
    # Output folder (inside the site) of the derivatives, shared by every album and edition.
    "GALLERY_IMAGES_PATH": "galleries/images",
    # srcset widths. Above 1/4 of a 12 MP photo's width (1000 px) the decode needs the 1/2
    # DCT scale: 480/800/1000 cost 2.1x the 1/8-decode floor, adding 1200/1600 costs 5.5x.
    "GALLERY_WIDTHS": (480, 800, 1000),
    "GALLERY_THUMB_SIZE": (400, 300),  # the box of the grid's thumbnails
    "GALLERY_THUMB_CROP": True,        # fill the box (centre crop); False fits the photo inside
    "GALLERY_QUALITY": 82,             # JPEG quality of every derivative
    "GALLERY_WEBP": False,             # a WebP copy of each derivative, served in <picture>
    # Thumbnails loaded at once (the first grid row); the rest load when scrolled to.
    "GALLERY_EAGER": 4,
    # `sizes` of a photo in the text and of a grid thumbnail (layout: 46rem column, 1rem padding).
    "GALLERY_SIZES": "(min-width: 46rem) 44rem, calc(100vw - 2rem)",
    "GALLERY_THUMB_SIZES": "(min-width: 46rem) 10.5rem, calc(50vw - 1.5rem)",
    # The galleries index page: its title per content language and its place in the menu.
    "GALLERY_INDEX_TITLES": {"sr": "Галерије", "en": "Galleries"},
    "GALLERY_INDEX_ORDER": 3,
    # Publish the original files too (byte for byte, WITH their EXIF and GPS data).
    "GALLERY_ORIGINALS": False,
    "GALLERY_WORKERS": None,  # image processes; None = one per CPU core
    # PhotoSwipe's dist/ folder (from `npm ci`); None = no viewer, thumbnails stay plain links.
    "GALLERY_VIEWER_DIST": "node_modules/photoswipe/dist",
    # Photos above either limit are published but flagged: every clone of the
    # repository carries them. tools/shrink_photo.py makes them smaller.
    "GALLERY_LARGE_MEGAPIXELS": 50,
    "GALLERY_LARGE_MEGABYTES": 25,
}


class GallerySettingsError(core.SettingsError):
    """A GALLERY_* setting is unknown or malformed."""


def _fail(key: str, value: Any, expected: str) -> None:
    raise GallerySettingsError(f"{key} is {value!r}; expected {expected}.")


def _positive_ints(key, value, count=None) -> tuple[int, ...]:
    ok = isinstance(value, (list, tuple)) and value and all(
        isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value)
    if not ok or (count is not None and len(value) != count):
        what = f"{count} positive whole numbers" if count else "a list of positive whole numbers"
        _fail(key, value, f"{what}, e.g. {DEFAULTS[key]!r}")
    return tuple(value)


def _relative_folder(key, value) -> str:
    parts = str(value).replace("\\", "/").split("/") if isinstance(value, str) else []
    if not value or os.path.isabs(value) or ".." in parts or "" in parts:
        _fail(key, value, "a relative folder such as 'galleries', without '..'")
    return value.strip("/")


def validate(settings: dict) -> None:
    """Check every GALLERY_* setting; raise GallerySettingsError naming the first bad one."""
    _relative_folder("GALLERY_PATH", settings["GALLERY_PATH"])
    _relative_folder("GALLERY_IMAGES_PATH", settings["GALLERY_IMAGES_PATH"])
    _positive_ints("GALLERY_WIDTHS", settings["GALLERY_WIDTHS"])
    _positive_ints("GALLERY_THUMB_SIZE", settings["GALLERY_THUMB_SIZE"], 2)
    quality = settings["GALLERY_QUALITY"]
    if not isinstance(quality, int) or isinstance(quality, bool) or not 1 <= quality <= 100:
        _fail("GALLERY_QUALITY", quality, "a whole number from 1 to 100")
    for key in ("GALLERY_THUMB_CROP", "GALLERY_WEBP", "GALLERY_ORIGINALS"):
        core.require_bool(settings, key, GallerySettingsError)
    eager = settings["GALLERY_EAGER"]
    if not isinstance(eager, int) or isinstance(eager, bool) or eager < 0:
        _fail("GALLERY_EAGER", eager, "a whole number, 0 or more")
    for key in ("GALLERY_LARGE_MEGAPIXELS", "GALLERY_LARGE_MEGABYTES"):
        limit = settings[key]
        if not isinstance(limit, (int, float)) or isinstance(limit, bool) or limit <= 0:
            _fail(key, limit, "a number above 0")
    for key in ("GALLERY_SIZES", "GALLERY_THUMB_SIZES"):
        if not isinstance(settings[key], str) or not settings[key].strip():
            _fail(key, settings[key], "an HTML sizes attribute, e.g. '100vw'")
    titles = settings["GALLERY_INDEX_TITLES"]
    if not isinstance(titles, dict) or not all(isinstance(t, str) and t for t in titles.values()):
        _fail("GALLERY_INDEX_TITLES", titles, "a dict of content language -> title")
    order = settings["GALLERY_INDEX_ORDER"]
    if not isinstance(order, int) or isinstance(order, bool):
        _fail("GALLERY_INDEX_ORDER", order, "a whole number (the menu position)")
    workers = settings["GALLERY_WORKERS"]
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool) or workers < 1):
        _fail("GALLERY_WORKERS", workers, "None (one per core) or a whole number, 1 or more")
    viewer = settings["GALLERY_VIEWER_DIST"]
    if viewer is not None and not (isinstance(viewer, str) and viewer):
        _fail("GALLERY_VIEWER_DIST", viewer, "None or the folder of PhotoSwipe's dist files")


def plan(settings: dict) -> Plan:
    """The image layer's plan for these settings."""
    return Plan(widths=tuple(settings["GALLERY_WIDTHS"]), thumb_size=tuple(settings["GALLERY_THUMB_SIZE"]),
                thumb_crop=settings["GALLERY_THUMB_CROP"], quality=settings["GALLERY_QUALITY"],
                webp=settings["GALLERY_WEBP"])


def configure(pelican) -> None:
    """`initialized` signal: fill defaults, check, keep the albums' folder out of static files."""
    settings = pelican.settings
    messages.choose(settings)  # the editors' language, for the gallery's messages
    core.configure(settings, "GALLERY_", DEFAULTS, "gallery plugin", GallerySettingsError)
    validate(settings)
    # Originals are never copied by Pelican, even if someone adds the folder to STATIC_PATHS.
    excludes = list(settings.get("STATIC_EXCLUDES", []))
    if settings["GALLERY_PATH"] not in excludes:
        settings["STATIC_EXCLUDES"] = excludes + [settings["GALLERY_PATH"]]
