"""At the end of the build: the favicons, the app icons and one web app manifest per edition.

The pictures come from the mark's one description (identity.py), drawn by Pillow in a few
milliseconds, so every build writes them again rather than keeping a cache. Each edition's
manifest is `<prefix>manifest.webmanifest`: its name in the edition's language and script,
its home page as start_url, links relative to it (the site also works from another address).
"""

from __future__ import annotations

import json
import logging
import os
import posixpath

from sitecore.files import write_bytes

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


def write_identity(pelican) -> None:
    """`finalized`: favicon.ico, the PNG icons and each edition's manifest into the output."""
    settings = pelican.settings
    output = settings["OUTPUT_PATH"]  # the build folder while the build runs
    write_bytes(os.path.join(output, identity.FAVICON), identity.favicon_bytes())
    for icon in identity.ICONS:
        write_bytes(os.path.join(output, *icon.path.split("/")), identity.png_bytes(icon))
    editions = settings.get("EDITIONS_LIST") or []
    for edition in editions:
        data = json.dumps(manifest(edition), ensure_ascii=False, indent=1) + "\n"
        write_bytes(os.path.join(output, *posixpath.join(edition.prefix, MANIFEST).split("/")), data.encode())
    logger.info("share: favicon, %d icons and %d manifests written", len(identity.ICONS), len(editions))
