"""Where content belongs, from Pelican's own settings.

Which files Pelican's readers take as articles or pages (the *_PATHS and
*_EXCLUDES rules of Pelican's get_files()), the language folder of a file,
and where a misplaced file should go.
"""

from __future__ import annotations

import fnmatch
import os
import re

from sitecore.messages import language, message


def under(rel: str, folder: str) -> bool:
    folder = folder.strip("/")
    return not folder or rel == folder or rel.startswith(folder + "/")


def _reads(rel: str, paths, excludes) -> bool:
    """Whether a generator with these *_PATHS and *_EXCLUDES reads `rel`. As in
    Pelican's get_files(), an exclude counts only strictly inside a walked path
    (Pelican adds the page paths to the article excludes and vice versa)."""
    for path in paths:
        if under(rel, path) and not any(
            under(rel, e) and e.strip("/") != path.strip("/") and under(e.strip("/"), path) for e in excludes
        ):
            return True
    return False


def language_name(code: str) -> str:
    """The language's name in the editors' language, e.g. English or енглески."""
    try:
        from babel import Locale  # installed with the site; only for nicer messages

        return Locale.parse(code.replace("-", "_")).get_display_name(language()) or code
    except Exception:  # an unknown code is not worth failing a message for
        return code


class Layout:
    """Where content belongs, from Pelican's settings: which files are read as
    articles or pages, and in which language folder."""

    def __init__(self, settings):
        self.settings = settings
        self.content = os.path.abspath(settings["PATH"])
        self.articles = list(settings.get("ARTICLE_PATHS") or [""])
        self.article_excludes = list(settings.get("ARTICLE_EXCLUDES") or [])
        self.pages = list(settings.get("PAGE_PATHS") or [])
        self.page_excludes = list(settings.get("PAGE_EXCLUDES") or [])
        # Read by other plugins; looked up now, not at start-up, as their defaults may come later.
        gallery = settings.get("GALLERY_PATH")
        self.others = [*settings.get("CHECKS_OTHER_PATHS", []), *([str(gallery).strip("/")] if gallery else [])]
        self.path_metadata = settings.get("PATH_METADATA") or ""
        self._path_values: dict[str, dict[str, str]] = {}
        self.filename_metadata = settings.get("FILENAME_METADATA") or ""
        # Language folders: the top-level folders that articles or pages are read from.
        self.languages = list(dict.fromkeys(
            p.strip("/").split("/")[0] for p in self.articles + self.pages if p.strip("/")))
        self.subfolders = set()
        for lang in self.languages:
            folder = os.path.join(self.content, lang)
            if os.path.isdir(folder):
                self.subfolders.update(d for d in os.listdir(folder) if os.path.isdir(os.path.join(folder, d)))
        self.subfolders.update(p.strip("/").split("/", 1)[1] for p in self.pages if "/" in p.strip("/"))

    def kind(self, rel: str) -> str | None:
        if _reads(rel, self.pages, self.page_excludes):
            return "page"
        if _reads(rel, self.articles, self.article_excludes):
            return "article"
        return None

    def path_values(self, rel: str) -> dict[str, str]:
        """What PATH_METADATA and FILENAME_METADATA make of the path (Pelican's rule: first wins)."""
        if rel not in self._path_values:  # asked several times per file by the checks across files
            self._path_values[rel] = self._read_path(rel)
        return self._path_values[rel]

    def _read_path(self, rel: str) -> dict[str, str]:
        values: dict[str, str] = {}
        base = os.path.splitext(os.path.basename(rel))[0]
        for regexp, data in ((self.filename_metadata, base), (self.path_metadata, rel)):
            match = re.match(regexp, data) if regexp and data else None
            for name, value in (match.groupdict().items() if match else ()):
                if value is not None:
                    values.setdefault(name.lower(), value)
        return values

    def suggest(self, rel: str) -> tuple[str, list[str]]:
        """For a file outside the language folders: a note and where it could go."""
        parts = rel.split("/")
        note = ""
        if len(parts) > 1 and parts[0] not in self.subfolders:
            note = message("'%(folder)s' is not a language folder of this site.", folder=parts[0])
            parts = parts[1:]
        if len(parts) == 1:
            default = str(self.settings.get("DEFAULT_CATEGORY") or "")
            if default in self.subfolders:
                parts = [default, *parts]
        rest = "/".join(parts)
        return note, [f"{lang}/{rest}" for lang in self.languages]


def walk(layout: Layout, skip: tuple[str, ...] = ()):
    """Every file under the content folder, as a path relative to it, in a stable order.

    Links are followed, as Pelican's readers follow them; sitecore/links.py has stopped the build
    before this runs if one leads out of the repository, nowhere or in a loop."""
    ignores = layout.settings.get("IGNORE_FILES") or []
    for dirpath, dirs, files in os.walk(layout.content, followlinks=True):
        dirs[:] = sorted(d for d in dirs if not any(fnmatch.fnmatch(d, i) for i in ignores)
                         and not os.path.join(dirpath, d).startswith(skip))
        # os.walk joins each folder onto the one above, so the part after the content folder is its path.
        folder = dirpath[len(layout.content) + 1:].replace(os.sep, "/")
        for name in sorted(files):
            if not any(fnmatch.fnmatch(name, i) for i in ignores):
                yield f"{folder}/{name}" if folder else name
