"""The plain text of pages between builds: parsing every page's HTML again was most of the
search step's cost on a rebuild (about 0.6 s per thousand articles), and almost every page is
unchanged. One JSON file maps a hash of each HTML fragment to its text; a build keeps only the
entries it used, so the file never grows past the site.
"""

from __future__ import annotations

import hashlib
import json
import os

from sitecore.files import write_bytes

from .text import plain_text

FORMAT = 1  # a new text rule (text.py) changes this, and every text is made again


class TextCache:
    def __init__(self, path: str):
        self.path = path
        self.known: dict[str, str] = {}
        self.used: dict[str, str] = {}
        try:
            with open(path, encoding="utf-8") as stream:
                stored = json.load(stream)
            if isinstance(stored, dict) and stored.get("format") == FORMAT and isinstance(stored.get("texts"), dict):
                self.known = stored["texts"]
        except (OSError, ValueError):
            pass  # none yet, or unreadable: every text is made again

    def text(self, html: str) -> str:
        key = hashlib.blake2b((html or "").encode("utf-8"), digest_size=16).hexdigest()
        found = self.used.get(key)
        if found is None:
            found = self.known.get(key)
            if not isinstance(found, str):
                found = plain_text(html)
            self.used[key] = found
        return found

    def save(self) -> None:
        if self.used != self.known:
            data = json.dumps({"format": FORMAT, "texts": self.used}, ensure_ascii=False, sort_keys=True)
            write_bytes(self.path, data.encode("utf-8"))
