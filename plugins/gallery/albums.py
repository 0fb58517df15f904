"""Albums from folders: content/galleries/<album>/ with photos, album.<lang>.md, captions.<lang>.txt.

Reads and checks what editors write; decodes no image (images.py does that). Everything an
editor must fix is reported through Problems with the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sitecore.frontmatter import read_source

from . import texts
from sitecore.messages import message

from .problems import Problems, case_twin, in_this_album, inside, missing_name, nfc, unsafe_name

ALBUM_FILE = re.compile(r"^album\.(?P<lang>[^.]+)\.md$")
CAPTIONS_FILE = re.compile(r"^captions\.(?P<lang>[^.]+)\.txt$")
TEXT_SUFFIXES = (".md", ".txt", ".markdown")
_NATURAL = re.compile(r"(\d+)")
# Files that Windows' Explorer writes into a folder of photos by itself: no editor put them there.
SYSTEM_FILES = frozenset({"thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini"})


def ignored(path: Path) -> bool:
    """Hidden files (.DS_Store, editors' backups) and the files the system made itself."""
    return path.name.startswith(".") or path.name.casefold() in SYSTEM_FILES


@dataclass
class AlbumFolder:
    """What one album folder holds, checked and sorted."""

    name: str
    path: Path
    photos: list[Path] = field(default_factory=list)  # natural name order
    texts: dict[str, Path] = field(default_factory=dict)  # lang -> album.<lang>.md
    captions: dict[str, Path] = field(default_factory=dict)  # lang -> captions.<lang>.txt


def natural_key(name: str):
    """IMG_2 before IMG_10; case and composition do not change the order."""
    return [int(p) if p.isdigit() else p for p in _NATURAL.split(nfc(name).casefold())]


def scan(content: Path, gallery: Path, languages: list[str], problems: Problems) -> list[AlbumFolder]:
    """Every album folder under `gallery`, in name order; refused ones are reported and left out."""
    if not gallery.is_dir():
        return []
    folders = []
    for path in sorted(gallery.iterdir(), key=lambda p: natural_key(p.name)):
        if ignored(path):
            continue
        if not path.is_dir():
            where = problems.where(gallery)
            problems.error(path, None, message(
                "the file is in %(folder)s/ itself, outside any album folder, so it is not published. "
                "Move it into the folder of its album, %(folder)s/<album>/ (make album creates one).", folder=where))
            continue
        if unsafe_name(path.name):
            problems.error(path, None, message("an album folder's name must not contain '..'. Rename the folder."))
            continue
        if not inside(path, content):
            problems.error(path, None, message(
                "the album folder is a link to a place outside %(content)s/. Put the photos themselves in the "
                "folder.", content=content.name))
            continue
        folder = _read_folder(path, content, languages, problems)
        if folder is not None:
            folders.append(folder)
    return folders


def _read_folder(path: Path, content: Path, languages, problems) -> AlbumFolder | None:
    folder = AlbumFolder(name=nfc(path.name), path=path)
    for file in sorted(path.iterdir(), key=lambda p: natural_key(p.name)):
        if ignored(file):
            continue
        if file.is_dir():
            if any(not ignored(f) for f in file.rglob("*") if f.is_file()):
                problems.error(file, None, message(
                    "an album has no folders inside it: the files in this one are not published. Move the photos "
                    "up into %(album)s/, or make the folder an album of its own next to it.",
                    album=problems.where(path)))
            continue
        if not inside(file, content):
            problems.error(file, None, message(
                "the file is a link to a place outside %(content)s/. Copy the file itself into the album folder.",
                content=content.name))
            continue
        text = ALBUM_FILE.match(file.name) or CAPTIONS_FILE.match(file.name)
        if text:
            if text["lang"] not in languages:
                kind = file.name.split(".")[0]
                problems.error(file, None, message(
                    "'%(lang)s' is not a language of this site (%(languages)s). Name the file %(names)s.",
                    lang=text["lang"], languages=", ".join(languages),
                    names=message(" or ").join(f"{kind}.{lang}{file.suffix}" for lang in languages)))
                continue
            (folder.texts if file.suffix == ".md" else folder.captions)[text["lang"]] = file
        elif file.suffix.lower() in TEXT_SUFFIXES:
            problems.error(file, None, message(
                "this text file is neither an album description nor captions. "
                "Name it album.%(lang)s.md or captions.%(lang)s.txt.", lang=languages[0]))
        else:
            folder.photos.append(file)  # anything else must be a photo; images.py says if not
    if not folder.texts:
        problems.error(path, None, message(
            "the album has no %(names)s. Add one with a Title: and a Date: line.",
            names=message(" or ").join(f"album.{lang}.md" for lang in languages)))
        return None
    folder.texts = {lang: folder.texts[lang] for lang in languages if lang in folder.texts}
    return folder


def read_captions(path: Path, photo_names: list[str], problems: Problems) -> dict[str, str]:
    """`IMG_5591.jpg: caption` per line; '#' comments and blank lines are allowed."""
    known = {nfc(n): n for n in photo_names}
    captions, seen = {}, {}
    source = texts.read(path, problems)
    if source is None:
        return {}
    lines = source.lines
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        name, sep, caption = text.partition(":")
        name, caption = nfc(name.strip()), caption.strip()
        if not sep or not name or not caption:
            problems.error(path, number, message(
                "this line is not 'photo name: caption'. "
                "Write e.g. 'IMG_5591.jpg: The ambassador arrives', or start a comment with #."))
        elif name not in known:
            what = missing_name("photo", name, in_this_album(), photo_names)
            if case_twin(name, photo_names):
                problems.error(path, number, message("%(what)s. Write the name exactly as the file is named.",
                                                     what=what))
            else:
                problems.error(path, number, message("%(what)s. Check the name, or remove the line.", what=what))
        elif name in seen:
            problems.error(path, number, message(
                "a second caption for '%(name)s' (the first is on line %(first)d). Keep one of them.",
                name=name, first=seen[name]))
        else:
            captions[known[name]], seen[name] = caption, number
    return captions


def header_line(path: Path, key: str) -> int | None:
    """The line of `key:` in the metadata block at the top of a Markdown file."""
    found = read_source(str(path), path.name, str(path)).first(key)
    return found.line if found else None
