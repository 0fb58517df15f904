"""Symbolic links in the input folders: each must lead to a file of the repository.

Pelican follows links wherever they lead: its readers read a Markdown file that
is a link, its StaticGenerator copies theme/static/ with every link followed.
A link to /proc/self/environ would publish the build's environment, one to
/etc/passwd would publish that file. So before anything is read, every link in
every input folder (content, theme, plugins, translations, the photo viewer's
files) must lead to an existing place inside the repository that is not
hidden (.git/ holds the credentials of a CI checkout); otherwise the build
stops, naming each link. A link that leads nowhere (an editor's lock file) or
round in a loop would end in a traceback later, so it is named too.

The repository of an input folder is the folder that holds the content folder
when the input folder is inside it, else the folder that holds the input
folder itself (a theme shared by several sites is its own repository).

The checks plugin applies it to every input folder; the gallery applies it to
its photos, so they follow the same rules when the checks plugin is not used.
"""

from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass

from .messages import message

# Settings that name the folders a site is made from (besides PATH, the content).
INPUT_SETTINGS = ("THEME", "THEME_TEMPLATES_OVERRIDES", "PLUGIN_PATHS", "EDITIONS_CATALOG_PATH",
                  "GALLERY_VIEWER_DIST")
# Emacs keeps `.#name` while `name` has unsaved changes: a link to `user@host.pid` (and `:boot time`).
_EMACS_LOCK = re.compile(r"^[^@/]+@[^/]*\.\d+(:\d+)?$")


def within(path: str, folder: str) -> bool:
    """Whether `path` is `folder` or inside it (both absolute, with links already followed)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def real(path: str) -> tuple[str | None, str | None]:
    """Where `path` leads with every link followed: (real path, None), or (None, "missing" or "loop");
    a place this build may not look into counts as found, where the link points."""
    try:
        return os.path.realpath(path, strict=True), None
    except (FileNotFoundError, NotADirectoryError):
        return None, "missing"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return None, "loop"
        return os.path.realpath(path), None  # e.g. a link into another user's home folder


def inside(path, root) -> bool:
    """True if `path`, with every link followed, is inside `root` (a link leading nowhere counts
    where it points)."""
    return within(os.path.realpath(path), os.path.realpath(root))


@dataclass(frozen=True)
class InputFolder:
    path: str  # absolute, as the settings name it
    repository: str  # absolute: what links must stay inside, and what messages are relative to


def input_folders(settings) -> list[InputFolder]:
    """The content folder and every other folder the site is made from, each with its repository."""
    content = os.path.abspath(settings["PATH"])
    site = os.path.dirname(content)
    folders = [content]
    for key in INPUT_SETTINGS:
        value = settings.get(key)
        folders += [p for p in (value if isinstance(value, (list, tuple)) else [value]) if isinstance(p, str) and p]
    found: dict[str, InputFolder] = {}
    for folder in map(os.path.abspath, folders):
        if os.path.lexists(folder) and folder not in found:
            found[folder] = InputFolder(folder, site if within(folder, site) else os.path.dirname(folder))
    return list(found.values())


def problem(path: str, repository: str, walked: tuple[str, ...] = ()) -> str | None:
    """What is wrong with the link at `path` (what, for a message), or None when it may be followed.
    `walked`: the real paths of the folders a walk went through to reach it, through other links."""
    written = os.readlink(path)
    target, failure = real(path)
    if failure == "loop":
        return message("this is a link to %(written)s, and the links lead round in a loop, so they lead to no file. "
                       "Delete the link, or point it at the file you mean", written=written)
    if failure:
        name = os.path.basename(path)
        if name.startswith(".#") and _EMACS_LOCK.match(written):
            return message("this is a lock file of the Emacs editor (a link to %(written)s, which does not exist): "
                           "%(name)s has changes in Emacs that are not saved yet. Save the file "
                           "in Emacs, which removes the lock, or delete the lock file if Emacs is no longer running",
                           written=written, name=name[2:])
        return message("this is a link to %(written)s, which does not exist, so there is nothing to publish. Point "
                       "the link at an existing file, or delete the link", written=written)
    kind = "folder" if os.path.isdir(target) else "file"
    home = os.path.realpath(repository)
    if not within(target, home):
        if kind == "folder":
            return message("this is a link to the folder %(target)s, outside the repository, and files from "
                           "outside are never published. Put a copy of the folder here instead of the link, "
                           "or delete the link", target=_shown(path, written, target, home))
        return message("this is a link to %(target)s, outside the repository, and files from outside are never "
                       "published. Put a copy of the file here instead of the link, or delete the link",
                       target=_shown(path, written, target, home))
    parts = os.path.relpath(target, home).split(os.sep)
    hidden = next((i for i, part in enumerate(parts) if part.startswith(".")), None)
    if hidden is not None:  # .git/ (a CI checkout keeps its credentials there), .env, the build's .build/
        place = (message("inside the hidden folder %(name)s/", name=parts[hidden])
                 if hidden < len(parts) - 1 or kind == "folder"
                 else message("the hidden file %(name)s", name=parts[hidden]))
        if kind == "folder":
            return message("this is a link to the folder %(target)s, %(place)s of the repository, and hidden files "
                           "are never published. Put a copy of the folder here instead of the link, or delete the "
                           "link", target=_shown(path, written, target, home), place=place)
        return message("this is a link to %(target)s, %(place)s of the repository, and hidden files are never "
                       "published. Put a copy of the file here instead of the link, or delete the link",
                       target=_shown(path, written, target, home), place=place)
    if kind == "folder" and within(os.path.realpath(os.path.dirname(path)), target):
        return message("this is a link to the folder %(written)s, which holds the link itself, so the folder "
                       "would repeat inside itself without end. Delete the link", written=written)
    if kind == "folder" and any(within(folder, target) for folder in walked):
        return message("this is a link to the folder %(written)s, which holds a link back to this folder, so the "
                       "folders would repeat inside each other without end. Delete one of the two links",
                       written=written)
    return None


def _shown(path: str, written: str, target: str, home: str) -> str:
    """The link as written; and where it ends, when it goes on through another link of the repository."""
    first = os.path.normpath(os.path.join(os.path.realpath(os.path.dirname(path)), written))
    return f"{written}, which leads to {target}" if first != target and within(first, home) else written


def scan(folder: InputFolder, report) -> None:
    """Check every link under `folder`, following the good ones as Pelican will.
    `report(path, what)` for each bad one, the path from the repository, where the link really is."""
    home = os.path.realpath(folder.repository)
    if os.path.islink(folder.path):
        what = problem(folder.path, folder.repository)
        if what:
            report(os.path.relpath(folder.path, folder.repository), what)
            return
    seen: set[str] = set()

    def walk(here: str, chain: tuple[str, ...]) -> None:
        if here in seen:
            return  # reached again through a link: checked already
        seen.add(here)
        chain += (here,)
        try:
            entries = sorted(os.scandir(here), key=lambda e: e.name)
        except OSError:
            return  # unreadable: whoever reads it next reports it
        for entry in entries:
            if entry.is_symlink():
                what = problem(entry.path, folder.repository, chain)
                if what:
                    report(os.path.relpath(entry.path, home), what)
                elif os.path.isdir(entry.path):
                    walk(os.path.realpath(entry.path), chain)
            elif entry.is_dir(follow_symlinks=False) and entry.name not in (".git", "__pycache__"):
                walk(entry.path, chain)

    if os.path.isdir(folder.path):
        walk(os.path.realpath(folder.path), ())
