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
import importlib
import importlib.metadata
import os
import sys

from sitecore.files import write_bytes
from sitecore.fingerprint import settings_fingerprint

MARKER = os.path.join(".build", "inputs")
LIBRARIES = ("pelican", "markdown", "jinja2", "babel", "pillow")


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


def _stat(path: str) -> os.stat_result:
    # A link that leads nowhere (an editor's lock file) or in a loop: the link itself; the
    # checks plugin names it when the build starts.
    try:
        return os.stat(path)
    except OSError:
        return os.lstat(path)


def _git_state(settings) -> str:
    """The content's commit history is an input too (editions/history.py: which translation may be
    out of date): a commit changes no file time, yet it changes the site."""
    try:
        history = importlib.import_module("editions.history")
    except ImportError:  # the editions plugin is not loaded: nothing reads git
        return ""
    path = settings.get("PATH")
    return history.state(path) if isinstance(path, str) and os.path.isdir(path) else ""


def fingerprint(settings) -> str:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(settings_fingerprint(settings).encode())
    digest.update(sys.version.encode())
    for library in LIBRARIES:
        try:
            digest.update(importlib.metadata.version(library).encode())
        except importlib.metadata.PackageNotFoundError:
            pass
    digest.update(_git_state(settings).encode())
    for folder in _input_folders(settings):
        if os.path.isfile(folder):
            entries = [(folder, os.stat(folder))]
        else:
            entries = []
            for root, dirs, files in os.walk(folder):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
                entries += [(os.path.join(root, f), _stat(os.path.join(root, f))) for f in sorted(files)]
        for path, stat in entries:
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def is_up_to_date(output: str, current: str) -> bool:
    try:
        with open(os.path.join(output, MARKER), encoding="utf-8") as marker:
            return marker.read().strip() == current
    except OSError:
        return False


def mark(output: str, current: str) -> None:
    write_bytes(os.path.join(output, MARKER), (current + "\n").encode())
