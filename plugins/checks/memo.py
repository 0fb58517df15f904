"""What the pre-read scan found in each file, kept between builds (in CACHE_PATH).

Checking one file (reading it, its metadata lines, its characters) depends only on its
bytes, its path, the settings, the theme's template names and the code of the checks. So
the result is stored with the file's stamp (size, modification time, inode): an unchanged
file costs a stat, and what was found in it is reported again, in the same order, on every
build (`make publish` fails on a warning about a file nobody touched). Checks across files
(translation keys, duplicates) still run over every file, on the kept sources.

A file changed within the same clock tick as its check can keep its stamp, so a stamp that
close to its check is trusted only after its bytes are compared (sitecore/stamps.py).
"""

from __future__ import annotations

import errno
import glob
import hashlib
import os
import pickle
import sys
import time
import unicodedata
import zlib
from dataclasses import dataclass, replace

import pelican

from sitecore import files, messages, stamps
from sitecore.fingerprint import digest, settings_fingerprint
from sitecore.frontmatter import Source

from .report import Findings, Recorder

_FORMAT = 1
# The results are stored in this many files, by path: an edit rewrites one of them, not all.
_SHARDS = 16


@dataclass
class Entry:
    stamp: tuple[int, int, int]
    checked_ns: int  # when the check started: a change after it makes a later stamp
    digest: str  # of the bytes, for a stamp too close to its check
    source: Source
    ok: bool  # False: the file has an error and is kept from Pelican's readers
    found: Recorder


def _shard(rel: str) -> int:
    return zlib.crc32(rel.encode("utf-8", "surrogatepass")) % _SHARDS


def _bytes_digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _code_digest() -> str:
    """The code that decides a file's findings: the checks, the shared core, the site's slugs."""
    here = os.path.dirname(os.path.abspath(__file__))
    paths = sorted(glob.glob(os.path.join(here, "*.py")) + glob.glob(os.path.join(here, "..", "sitecore", "*.py")))
    try:
        from editions import slugs  # the checks use the site's slugs when that plugin is there

        paths.append(slugs.__file__)
    except ImportError:
        pass
    try:
        from events import fields  # the rule of the Event- lines (metadata.py)

        paths.append(fields.__file__)
    except ImportError:
        pass
    # The messages kept are in the editors' language, from its catalog: another one checks again.
    parts = [sys.version, pelican.__version__, unicodedata.unidata_version, messages.language()]
    if os.path.exists(messages.catalog_file(messages.language())):
        paths.append(messages.catalog_file(messages.language()))
    for path in paths:
        with open(path, "rb") as handle:
            parts.append(_bytes_digest(handle.read()))
    return digest(*parts)


class Memo:
    """The stored results of the last scan; `check` answers from them or runs the check."""

    def __init__(self, settings, findings: Findings, templates: list[str]):
        self.findings = findings
        self.folder = os.path.join(settings.get("CACHE_PATH") or "cache", "checks", "preread")
        self.key = digest(_code_digest(), settings_fingerprint(settings), findings.root, *templates)
        self.started = time.time_ns()
        self.kept: dict[str, Entry] = {}
        self.dirty: set[int] = set()  # the stored files this scan changes
        self.old = self._load() if settings.get("LOAD_CONTENT_CACHE", True) else {}

    def _path(self, shard: int) -> str:
        return os.path.join(self.folder, f"{shard:02d}.pickle")

    def _load(self) -> dict[str, Entry]:
        entries: dict[str, Entry] = {}
        for shard in range(_SHARDS):
            try:
                with open(self._path(shard), "rb") as handle:
                    stored = pickle.load(handle)
            except Exception:  # none yet, a torn file or one from other code: check its files afresh
                continue
            if isinstance(stored, dict) and stored.get("format") == _FORMAT and stored.get("key") == self.key:
                entries.update(stored["files"])
        return entries

    def check(self, path: str, rel: str, work) -> tuple[Source, bool]:
        """The source of one file and whether it may be read; its findings reported to this build.
        `work(recorder)` reads and checks the file, reporting to `recorder`; it runs only when
        the stored result does not hold."""
        stamp = stamps.stamp(path)
        entry = self._stored(path, rel, stamp)
        if entry is None:
            recorder = Recorder(root=self.findings.root)
            source, ok = work(recorder)
            entry = Entry(stamp, self.started, _bytes_digest(source.raw), source, ok, recorder)
            self.dirty.add(_shard(rel))
            self.findings.fresh.add(rel)
        self.kept[rel] = entry
        entry.found.tell(self.findings)
        return entry.source, entry.ok

    def _stored(self, path: str, rel: str, stamp) -> Entry | None:
        entry = self.old.get(rel)
        if entry is None or entry.stamp != stamp:
            return None
        if stamps.trusted(stamp, entry.checked_ns):
            return entry
        with open(path, "rb") as handle:
            if _bytes_digest(handle.read()) != entry.digest:
                return None
        self.dirty.add(_shard(rel))  # the bytes were compared now: from now on the stamp alone will do
        return replace(entry, checked_ns=self.started)

    def save(self) -> None:
        """Keep this scan's results for the next build (only the files that still exist)."""
        self.dirty.update(_shard(rel) for rel in self.old.keys() - self.kept.keys())  # deleted files
        shards: dict[int, dict[str, Entry]] = {shard: {} for shard in self.dirty}
        for rel, entry in self.kept.items():
            if _shard(rel) in shards:
                shards[_shard(rel)][rel] = entry
        try:
            for shard, entries in sorted(shards.items()):
                data = pickle.dumps({"format": _FORMAT, "key": self.key, "files": entries}, pickle.HIGHEST_PROTOCOL)
                files.write_bytes(self._path(shard), data)
        except OSError as error:
            # Kept results only save time: on a full disk the next build checks every file again, and
            # what the build must write (pages, Pelican's cache) still stops it with its message.
            if error.errno not in (errno.ENOSPC, errno.EDQUOT):
                raise
