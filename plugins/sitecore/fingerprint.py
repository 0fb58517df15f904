"""One fingerprint of the settings, for every cache that must notice a changed setting.

The up-to-date check (publishing/uptodate.py: skip a build whose inputs did not change) and
the render keys (editions/incremental.py: reuse a page whose inputs did not change) both
hash the settings; they must agree on what a change is, so both call settings_fingerprint.
"""

from __future__ import annotations

import datetime
import hashlib
import json

# Settings naming this build's own folders: they change every build without changing the site.
VOLATILE_SETTINGS = frozenset({"OUTPUT_PATH", "PUBLISH_PREVIOUS_OUTPUT"})


def digest(*parts: str) -> str:
    """A short hash of the parts, each kept apart from the next (so "ab", "c" differs from "a", "bc")."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def _plain(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    raise TypeError


def settings_fingerprint(settings: dict) -> str:
    """Hash of every setting JSON can express (dates included), in any order; functions and
    objects are left out: the code that makes them is hashed as a file by both callers."""
    plain = {}
    for key, value in settings.items():
        if key in VOLATILE_SETTINGS:
            continue
        try:
            plain[key] = json.dumps(value, sort_keys=True, default=_plain)
        except (TypeError, ValueError):
            continue
    return digest(json.dumps(plain, sort_keys=True))
