"""At the end of the build: the favicons, the app icons and one web app manifest per edition.

The pictures come from the mark's one description (identity.py), drawn by Pillow (about half a
second for all of them, smoothed at four times their size), so they are kept in
`cache/share/icons/<hash>/` under the hash of that description and linked into every build's
output: a rebuild draws nothing. Each edition's
manifest is `<prefix>manifest.webmanifest`: its name in the edition's language and script,
its home page as start_url, links relative to it (the site also works from another address).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import posixpath

from sitecore.files import copy_file, write_bytes

from . import identity

logger = logging.getLogger(__name__)

MANIFEST = "manifest.webmanifest"
BACKGROUND = "#ffffff"


def manifest(edition) -> dict:
    up = "../" * edition.prefix.count("/")  # from the edition's folder to the site's root
    return {
        "name": edition.sitename, "short_name": edition.sitename, "lang": edition.code, "dir": "ltr",
        "start_url": "./", "scope": "./", "display": "minimal-ui",
        "theme_color": identity.BRAND, "background_color": BACKGROUND,
        "icons": [{"src": up + icon.path, "sizes": f"{icon.size}x{icon.size}", "type": "image/png",
                   "purpose": "any"} for icon in identity.ICONS if icon.rounded],
    }


def description_hash() -> str:
    """What the pictures are made from: the mark's description, the sizes and Pillow's version."""
    import PIL

    made_of = (identity.NODES, identity.EDGES, identity.STROKE, identity.NODE_RADIUS, identity.HEART_RADIUS,
               identity.CORNER, identity.BRAND, identity.ON_BRAND, identity.FAVICON_SIZES, identity.ICONS,
               PIL.__version__)
    return hashlib.sha256(repr(made_of).encode()).hexdigest()[:16]


def _pictures(cache: str) -> dict[str, str]:
    """Output path -> the kept file; drawn into the cache first when it has none."""
    folder = os.path.join(cache, "share", "icons", description_hash())
    wanted = {identity.FAVICON: identity.favicon_bytes, **{
        icon.path: (lambda icon=icon: identity.png_bytes(icon)) for icon in identity.ICONS}}
    kept = {}
    for path, draw in wanted.items():
        target = os.path.join(folder, *path.split("/"))
        if not os.path.exists(target):
            write_bytes(target, draw())
        kept[path] = target
    return kept


def write_identity(pelican) -> None:
    """`finalized`: favicon.ico, the PNG icons and each edition's manifest into the output."""
    settings = pelican.settings
    output = settings["OUTPUT_PATH"]  # the build folder while the build runs
    for path, kept in _pictures(settings["CACHE_PATH"]).items():
        copy_file(kept, os.path.join(output, *path.split("/")), link=True)
    editions = settings.get("EDITIONS_LIST") or []
    for edition in editions:
        data = json.dumps(manifest(edition), ensure_ascii=False, indent=1) + "\n"
        write_bytes(os.path.join(output, *posixpath.join(edition.prefix, MANIFEST).split("/")), data.encode())
    logger.info("share: favicon, %d icons and %d manifests written", len(identity.ICONS), len(editions))
