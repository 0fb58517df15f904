"""Editors' messages: `<path>:<line>: <what is wrong>. <what to do>`, paths from the repository root.

The repository root is the folder that holds the content folder, so a message names
`content/galleries/...` exactly as the editor sees the file.
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from pathlib import Path

from sitecore.links import inside  # noqa: F401 - with every link followed, `path` is inside `root`
from sitecore.messages import message

logger = logging.getLogger(__name__)


class Problems:
    def __init__(self, content_path):
        self.root = Path(content_path).resolve().parent
        self.errors = 0

    def where(self, path, line: int | None = None) -> str:
        rel = Path(os.path.relpath(Path(path).absolute(), self.root)).as_posix()
        return f"{rel}:{line}" if line else rel

    def error(self, path, line: int | None, message: str) -> None:
        self.errors += 1
        logger.error("%s: %s", self.where(path, line), _sentence(message))

    def warning(self, path, line: int | None, message: str) -> None:
        logger.warning("%s: %s", self.where(path, line), _sentence(message))


def _sentence(message: str) -> str:
    return message if message.endswith(".") else message + "."


def nfc(text: str) -> str:
    """File names from macOS are decomposed (NFD); what editors type is composed (NFC)."""
    return unicodedata.normalize("NFC", text)


def unsafe_name(name: str) -> bool:
    """An album name that could point outside the galleries folder."""
    return (not name or name in (".", "..") or ".." in name or "/" in name or "\\" in name
            or os.path.isabs(name) or bool(re.match(r"^[A-Za-z]:", name)))




def missing_name(kind: str, name: str, place: str, names) -> str:
    """"no photo 'X' in this album; names are case-sensitive, found 'x'" (what is wrong only).
    `kind` is "photo", "file" or "album"; `place` a phrase from in_this_album(), in_album() or in_folder()."""
    if kind == "photo":
        text = message("no photo '%(name)s' %(place)s", name=name, place=place)
    elif kind == "file":
        text = message("no file '%(name)s' %(place)s", name=name, place=place)
    else:
        text = message("no album '%(name)s' %(place)s", name=name, place=place)
    found = case_twin(name, names)
    if found is not None:
        return message("%(what)s; names are case-sensitive, found '%(found)s'", what=text, found=found)
    return text


def case_twin(name: str, names) -> str | None:
    """The one of `names` that `name` differs from only in capitals, if any."""
    folded = {nfc(n).casefold(): n for n in names}
    found = folded.get(nfc(name).casefold())
    return found if found is not None and found != name else None


def in_this_album() -> str:
    return message("in this album")


def in_album(album: str) -> str:
    return message("in album '%(album)s'", album=album)


def in_folder(folder: str) -> str:
    return message("in %(folder)s", folder=folder)


def line_of(path, pattern: str, header_only: bool = False) -> int | None:
    """The first line of a text file matching the regex `pattern` (case-insensitive)."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    regex = re.compile(pattern, re.I)
    for number, line in enumerate(lines, start=1):
        if header_only and not line.strip():
            return None
        if regex.search(line):
            return number
    return None
