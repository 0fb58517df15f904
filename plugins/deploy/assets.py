"""Cache busting: theme files under names made from their content.

`asset_url('css/site.css')` in a template gives `<SITEURL>/theme/css/site.<hash>.css`,
where <hash> comes from the bytes of theme/static/css/site.css; at the end of the
build `write_hashed_copies` puts that copy next to the plain file. A changed file
gets a new name, so a server may tell browsers to keep these files for a year
(deploy/nginx.conf does). A name rather than a `?v=` query: some CDNs ignore the
query when they cache, and would serve the old file under the new query.

Both sides compute the name from the theme's own file, so the page and the copy
always agree, whichever process rendered the page (editions render in forked
workers). Plain names stay too: links from elsewhere keep working.
"""

from __future__ import annotations

import hashlib
import os
import posixpath

from jinja2 import pass_context

from sitecore.files import write_bytes

HASH_LENGTH = 12  # hex digits: 48 bits, no two versions of a theme file will share one


class AssetError(ValueError):
    """A template asks for a theme file that does not exist."""


def theme_files(settings) -> dict[str, str]:
    """Every file the theme publishes: output name (inside THEME_STATIC_DIR) -> source path.

    Mirrors Pelican's copy: a folder of THEME_STATIC_PATHS gives its contents, a file its name."""
    theme = settings["THEME"]
    found = {}
    for entry in settings.get("THEME_STATIC_PATHS", ["static"]):
        source = os.path.join(theme, entry)
        if os.path.isfile(source):
            found[os.path.basename(source)] = source
            continue
        for folder, folders, names in os.walk(source):
            folders[:] = sorted(f for f in folders if not f.startswith("."))
            for name in sorted(names):
                if not name.startswith("."):
                    path = os.path.join(folder, name)
                    found[os.path.relpath(path, source).replace(os.sep, "/")] = path
    return found


def _read(source: str) -> bytes:
    with open(source, "rb") as stream:
        return stream.read()


def hashed_name(name: str, data: bytes) -> str:
    """'css/site.css' -> 'css/site.1a2b3c4d5e6f.css' (the hash of the file's bytes)."""
    digest = hashlib.sha256(data).hexdigest()[:HASH_LENGTH]
    stem, ext = posixpath.splitext(name)
    return f"{stem}.{digest}{ext}"


def asset_url_function(settings):
    """The template global `asset_url(name)`: the URL of a theme file as this page links to
    it, content-hashed when DEPLOY_HASH_ASSETS. The theme's files and their hashes are read
    once, when the build makes its generators: every page of the build links the same files."""
    files = theme_files(settings)
    hashed = settings.get("DEPLOY_HASH_ASSETS", True)
    published = {name: hashed_name(name, _read(source)) if hashed else name for name, source in files.items()}

    @pass_context
    def asset_url(context, name: str) -> str:
        name = name.lstrip("/")
        if name not in published:
            raise AssetError(
                f"asset_url({name!r}): the theme has no file {name} in its static folder "
                f"({', '.join(context.get('THEME_STATIC_PATHS', ['static']))}). Correct the name in the template."
            )
        siteurl = context.get("SITEURL") or ""
        root = siteurl.rstrip("/") + "/" if siteurl else ""
        return f"{root}{context['THEME_STATIC_DIR']}/{published[name]}"

    return asset_url


def install(generator) -> None:
    """`generator_init`: the global goes into each generator's Jinja environment, not into
    JINJA_GLOBALS, which Pelican's content cache would pickle with the settings."""
    generator.env.globals["asset_url"] = asset_url_function(generator.settings)


def write_hashed_copies(settings, output_path: str) -> int:
    """`finalized`: a content-named copy of every theme file next to the plain one."""
    target = os.path.join(output_path, settings["THEME_STATIC_DIR"])
    written = 0
    for name, source in theme_files(settings).items():
        data = _read(source)
        write_bytes(os.path.join(target, hashed_name(name, data)), data)
        written += 1
    return written
