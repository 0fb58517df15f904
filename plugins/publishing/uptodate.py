"""Skip a build whose inputs have not changed since the output was made.

The fingerprint covers every file the site is made from (content, theme,
plugins, catalogs, the viewer's files: the folders INPUT_SETTINGS name) by
path, size and modification time, plus the settings and library versions. File
times are enough here because the question is "did anything change since the
last build in this checkout": a fresh clone gives new times and simply builds
(the content and image caches are keyed by content, so that build is cheap).
The last commit of the content folder counts too: committing a file changes what the build
reads from git, though no file time changes. The fingerprint is stored in the output
(`.build/inputs`) and swapped in with it.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import sys

from sitecore import inputs
from sitecore.files import write_bytes
from sitecore.fingerprint import settings_fingerprint

MARKER = os.path.join(".build", "inputs")
LIBRARIES = ("pelican", "markdown", "jinja2", "babel", "pillow", "pagefind")


# Settings that name what the site is made from (relative paths: from the working directory).
INPUT_SETTINGS = ("PATH", "THEME", "PLUGIN_PATHS", "THEME_TEMPLATES_OVERRIDES",
                  "EDITIONS_CATALOG_PATH", "GALLERY_VIEWER_DIST")


def _input_folders(settings) -> list[str]:
    folders = set()
    for key in INPUT_SETTINGS:
        value = settings.get(key)
        for path in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(path, str) and path and os.path.exists(path):
                folders.add(os.path.abspath(path))
    # A folder inside another one is walked once.
    return sorted(f for f in folders if not any(f.startswith(o + os.sep) for o in folders))


def _git_state(settings) -> str:
    """The content's commit history is an input too (editions/history.py: which translation may be
    out of date): a commit changes no file time, yet it changes the site."""
    path = settings.get("PATH")
    return inputs.git_state(path) if isinstance(path, str) and os.path.isdir(path) else ""


def fingerprint(settings) -> str:
    return take(settings)[0]


def take(settings, shown: str | None = None) -> tuple[str, dict | None]:
    """The fingerprint, and the record tools/build.py reads before it imports Pelican
    (sitecore/inputs.py), from one walk of the inputs and one question to git, at the start
    of the build: a change during the build shows next time. The record only for a build
    run by Pelican's command line, whose arguments the next one can compare, and that says
    how it names the output (`shown`)."""
    folders = _input_folders(settings)
    content = os.path.abspath(settings["PATH"]) if isinstance(settings.get("PATH"), str) else ""
    walk, git = inputs.stamp_digest(folders, inputs.written_by_the_build(content)), _git_state(settings)
    digest = hashlib.blake2b(digest_size=16)
    digest.update(settings_fingerprint(settings).encode())
    digest.update(sys.version.encode())
    for library in LIBRARIES:
        try:
            digest.update(importlib.metadata.version(library).encode())
        except importlib.metadata.PackageNotFoundError:
            pass
    digest.update(git.encode())
    digest.update(walk.encode())
    quick = None
    if shown is not None and os.path.basename(sys.argv[0]).startswith("pelican"):
        quick = inputs.quick_record(sys.argv[1:], folders, walk, os.path.abspath(settings["PATH"]), git, shown)
    return digest.hexdigest(), quick


def is_up_to_date(output: str, current: str) -> bool:
    try:
        with open(os.path.join(output, MARKER), encoding="utf-8") as marker:
            return marker.read().strip() == current
    except OSError:
        return False


def mark(output: str, current: str, quick: dict | None = None) -> None:
    if quick is not None:
        write_bytes(os.path.join(output, inputs.QUICK), json.dumps(quick, sort_keys=True).encode())
    write_bytes(os.path.join(output, MARKER), (current + "\n").encode())
