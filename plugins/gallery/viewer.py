"""The photo viewer's library files: PhotoSwipe 5 from npm, copied into the site at build time.

Why PhotoSwipe rather than code of our own: touch gestures (swipe with momentum, pinch zoom,
pan, drag down to close) are the hard part of a viewer and PhotoSwipe does them well; it is
MIT-licensed, has no dependencies, and its 54 kB core is loaded only when a visitor first
opens a photo. npm installs it (package.json pins the version, package-lock.json the
bytes); the repository holds no library file, and the site loads nothing from other hosts.
"""

from __future__ import annotations

import filecmp
from pathlib import Path

from sitecore.files import copy_file

# What theme/static/js/gallery.js imports, the stylesheet it adds, and the licence (MIT asks
# for its notice to travel with every copy).
FILES = ("photoswipe-lightbox.esm.min.js", "photoswipe.esm.min.js", "photoswipe.css")
LICENCE = "LICENSE"


def dist_folder(setting: str, content_path) -> Path:
    """GALLERY_VIEWER_DIST; a relative path is taken from the repository root."""
    path = Path(setting)
    return path if path.is_absolute() else Path(content_path).resolve().parent / path


def missing_files(dist: Path) -> list[str]:
    return [name for name in FILES if not (dist / name).is_file()]


def install(dist: Path, target: Path) -> int:
    """Copy the viewer's files into `target` when they differ; returns how many were copied."""
    target.mkdir(parents=True, exist_ok=True)
    copied = 0
    sources = [dist / name for name in FILES] + [dist.parent / LICENCE]
    for source in sources:
        if not source.is_file():
            continue
        destination = target / source.name
        if destination.is_file() and filecmp.cmp(source, destination, shallow=False):
            continue
        copy_file(source, destination)  # never through the old file: it may be a published one
        copied += 1
    return copied
