"""A photo's content key, remembered with its file's stamp: an unchanged photo is not read again.

The key is still the hash of the photo's bytes, its name and the plan (images.photo_key): a
fresh clone, whose files all have new times, reads and hashes every photo once and finds
their derivatives in the cache. Between builds of one checkout the stamp (size, time, inode)
stands for the bytes under the rule of sitecore/stamps.py, so a rebuild does not read an
archive of photos (3 MB each) to learn that nothing changed.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from sitecore import stamps
from sitecore.files import write_bytes

from .images import Plan, photo_key, read_source

KEYS = "gallery-keys.json"
_FORMAT = 1


class PhotoKeys:
    """The keys of one build's photos; `save()` keeps them for the next build."""

    def __init__(self, cache_dir: Path, plan: Plan):
        self.file = Path(cache_dir) / KEYS
        self.plan, self.plan_key = plan, plan.key()
        self.old = self._load()
        self.new: dict[str, dict] = {}

    def _load(self) -> dict:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data.get("photos", {}) if isinstance(data, dict) and data.get("format") == _FORMAT else {}

    def key(self, path) -> str:
        """The photo's key; a PhotoError (as read_source raises) when it cannot be read."""
        where = os.path.abspath(path)
        try:
            stamp = stamps.stamp(where)
        except OSError:
            stamp = None
        entry = self.old.get(where)
        if (stamp is not None and isinstance(entry, dict) and entry.get("plan") == self.plan_key
                and tuple(entry.get("stamp", ())) == stamp and stamps.trusted(stamp, entry.get("read", 0))):
            self.new[where] = entry
            return entry["key"]
        read = time.time_ns()  # before the bytes (sitecore/stamps.py)
        key = photo_key(read_source(path), Path(path).name, self.plan)
        if stamp is not None:
            self.new[where] = {"stamp": list(stamp), "read": read, "plan": self.plan_key, "key": key}
        return key

    def save(self) -> None:
        if self.new != self.old:
            write_bytes(self.file, json.dumps({"format": _FORMAT, "photos": self.new}, sort_keys=True).encode())
