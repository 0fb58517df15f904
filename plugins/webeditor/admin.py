"""The folder served at /admin/: our page, the generated configuration, our scripts, the
site's stylesheet for the preview, and Decap CMS's files copied from admin/node_modules
(installed by npm from admin/package-lock.json): nothing is loaded from another site.
"""

from __future__ import annotations

import html
import json
import os
import shutil

from sitecore.files import write_bytes
from sitecore.messages import message

from . import config, settings as editor_settings

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OURS = os.path.join(ROOT, "admin")  # pelican-format.js, site-editor.js, package.json
DECAP_DIST = os.path.join(OURS, "node_modules", "decap-cms", "dist")
SCRIPTS = ("pelican-format.js", "site-editor.js")
TITLE = {"sr": "Уређивање сајта", "en": "Site editor"}


class MissingCMS(RuntimeError):
    """Decap CMS is not installed (admin/node_modules): `make web-editor-tools` installs it."""


def _page(settings: dict) -> str:
    lang = "sr" if settings["WEB_EDITOR_LOCALE"].lower().startswith("sr") else "en"
    metas = "".join(f'<meta name="{name}" content="{html.escape(value)}">\n'
                    for name, value in config.page_data().items())
    scripts = "".join(f'<script src="{name}"></script>\n' for name in ("decap-cms.js", *SCRIPTS))
    return ("<!doctype html>\n"
            f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="robots" content="noindex">\n'
            '<link rel="icon" href="data:,">\n'  # no request for /favicon.ico
            f"<title>{html.escape(TITLE[lang])} · {html.escape(settings.get('SITENAME', ''))}</title>\n"
            '<link href="config.yml" type="text/yaml" rel="cms-config-url">\n'
            f"{metas}</head>\n<body>\n{scripts}</body>\n</html>\n")


def write(settings: dict, target: str) -> str:
    """Write the admin folder into `target` (made or refreshed); returns `target`.

    `settings` are Pelican's (PATH, EDITIONS, ...) with WEB_EDITOR_ROOT, the repository the
    backend commits to, and WEB_EDITOR_LOCAL (True: the devserver's local backend).
    """
    editor_settings.validate(settings)
    if not os.path.isfile(os.path.join(DECAP_DIST, "decap-cms.js")):
        raise MissingCMS(message("%(path)s is missing: run `make web-editor-tools` (npm ci in admin/).",
                                 path=os.path.relpath(DECAP_DIST, ROOT)))
    os.makedirs(target, exist_ok=True)
    for name in os.listdir(DECAP_DIST):
        # The bundle and the chunks it loads next to itself; not the source maps.
        if name.endswith("decap-cms.js"):
            source, copy = os.path.join(DECAP_DIST, name), os.path.join(target, name)
            if not os.path.exists(copy) or os.path.getmtime(copy) < os.path.getmtime(source):
                shutil.copyfile(source, copy)
    for name in SCRIPTS:
        with open(os.path.join(OURS, name), "rb") as stream:
            write_bytes(os.path.join(target, name), stream.read())
    with open(os.path.join(settings["THEME"], "static", "css", "site.css"), "rb") as stream:
        write_bytes(os.path.join(target, "site.css"), stream.read())
    # JSON is YAML: Decap reads config.yml with a YAML parser.
    text = json.dumps(config.cms_config(settings), ensure_ascii=False, indent=1)
    write_bytes(os.path.join(target, "config.yml"), (text + "\n").encode("utf-8"))
    write_bytes(os.path.join(target, "index.html"), _page(settings).encode("utf-8"))
    return target
