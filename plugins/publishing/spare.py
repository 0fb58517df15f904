"""The spare: the previously published tree, kept so that the next build updates it in place.

A fresh tree per build costs a folder per page to create (about 3,000 on a 1,000-article
site) and as many to delete after the swap. So after a swap the tree that was published
before is kept beside the output as `.<output>.spare` (same file system), and the next
build renames it to its building folder and brings it up to date. Nobody serves the spare:
the swap stays the only moment a visitor's site changes.

What is kept, and how the build knows what it produced (one rule, no list of writers):

- Taking the spare drops every file except the pages of the page writer (those listed in
  the live output's render keys, editions/incremental.py) that are still the very file the
  live site serves: the same inode, as a page reused from one build to the next is a hard
  link. Folders stay. What is left is byte-identical to the live site, so a spare needs
  little trust: a file changed by hand or half written is dropped, and a failed build's
  folder becomes the spare (output.set_aside). A killed build's folder is still deleted by
  the next build (output.clean_leftovers): in doubt, nothing is reused.
  Every other writer (sitemap, theme and static files, gallery, deploy, the records) finds
  no file where it writes, as in a fresh tree.
- A page left from the spare is produced again in one of two ways: reused (its render key
  did not change: it stays, and the new render keys list it) or rendered anew (the page
  writer removes the old entry before it writes: a new inode). So after the build, a page
  left from the spare that the new render keys do not list and that still has its old
  inode was not produced (a deleted or renamed article): it is removed, and then every
  folder of the spare left empty.
- The pages left are hard links of the live site's: writing through one would change the
  live site during the build. The page writer never does (EditionWriter._open_w), reuse
  keeps the file as it is, and Pelican's static copies, the one other writer that copies
  onto an existing file, get their targets cleared first (clear_static_targets).

Folders: one of the spare that is empty after the build is removed, unless it was empty
when taken (a writer makes it empty, as the theme's empty folders or the gallery's root
without albums); not reproduced: a folder a fresh build would make empty that the
previous one filled.
"""

from __future__ import annotations

import json
import os
import shutil
from contextlib import suppress

from pelican.generators import StaticGenerator

# The page writer's record in an output: {name: {"key": ..., "files": [paths from the output root]}}.
PAGE_RECORDS = os.path.join(".build", "render-keys.json")


def spare_path(output: str) -> str:
    parent, name = os.path.split(output)
    return os.path.join(parent, f".{name}.spare")


class Spare:
    """The pages a building folder took over from the spare: relative path -> inode."""

    def __init__(self, pages: dict[str, int], folders: list[str]):
        self.pages = pages
        self.folders = folders  # absolute, parents before children; those that were not empty


def recorded_pages(output: str) -> set[str]:
    """The files the page writer's records in `output` list (relative paths)."""
    try:
        with open(os.path.join(output, PAGE_RECORDS), encoding="utf-8") as handle:
            records = json.load(handle)
        return {os.path.normpath(f) for entry in records.values() for f in entry["files"]}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return set()  # missing or damaged: nothing is kept, the build writes everything


def take(output: str, building: str, retained=()) -> Spare | None:
    """Rename the spare to `building` and keep only the live site's pages in it; None when
    there is no spare (the caller makes a fresh folder). The `retained` entries (Pelican's
    OUTPUT_RETENTION) go whole: they are copied from the live output after the build."""
    spare = spare_path(output)
    if not os.path.isdir(spare) or os.path.islink(spare) or not os.path.isdir(output):
        return None
    os.rename(spare, building)
    for name in retained or ():
        path = os.path.join(building, name)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        elif os.path.lexists(path):
            os.unlink(path)
    live = recorded_pages(output)
    pages, folders = {}, []
    _keep(building, output, "", live, pages, folders, os.stat(building).st_dev)
    return Spare(pages, folders)


def _keep(folder: str, live_folder: str, relative: str, live: set[str], pages: dict, folders: list,
          device: int) -> None:
    with os.scandir(folder) as entries:
        entries = list(entries)
    if entries:  # an empty one was made empty by a writer, which will make it again
        folders.append(folder)
    for entry in entries:
        name = os.path.join(relative, entry.name)
        if entry.is_dir(follow_symlinks=False):
            _keep(entry.path, os.path.join(live_folder, entry.name), name, live, pages, folders, device)
            continue
        if name in live and entry.is_file(follow_symlinks=False):
            with suppress(OSError):
                there = os.lstat(os.path.join(live_folder, entry.name))
                if (there.st_ino, there.st_dev) == (entry.inode(), device):  # inode(): no system call
                    pages[name] = there.st_ino
                    continue
        os.unlink(entry.path)


def prune(building: str, taken: Spare) -> None:
    """Remove what the spare had and this build did not produce (see the module's docstring)."""
    produced = recorded_pages(building)
    for name, inode in taken.pages.items():
        if name in produced:
            continue
        path = os.path.join(building, name)
        with suppress(FileNotFoundError):
            if os.lstat(path).st_ino == inode:
                os.unlink(path)
    for folder in reversed(taken.folders):  # children first
        if folder != building:
            with suppress(OSError):  # not empty
                os.rmdir(folder)


def keep(previous: str, output: str) -> None:
    """After a swap, `previous` holds the site published before: keep it as the spare."""
    spare = spare_path(output)
    if os.path.lexists(spare):
        discard(output)
    os.rename(previous, spare)


def discard(output: str) -> None:
    """Delete the spare (a mount point's output has none: hard links cannot cross into it)."""
    spare = spare_path(output)
    if os.path.isdir(spare) and not os.path.islink(spare):
        shutil.rmtree(spare, ignore_errors=True)
    elif os.path.lexists(spare):
        os.unlink(spare)


def clear_static_targets(generators) -> None:
    """`all_generators_finalized`: remove the files Pelican's StaticGenerator is about to copy
    to. It copies onto an existing file, which in a folder taken from the spare may be a live
    page (an internal: sitecore/pelican_internals.py)."""
    for generator in generators:
        if isinstance(generator, StaticGenerator):
            for static in generator.context.get("staticfiles", []):
                path = os.path.join(generator.output_path, static.save_as)
                if os.path.isfile(path) or os.path.islink(path):
                    os.unlink(path)
