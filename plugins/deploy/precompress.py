"""Precompressed copies: page.html.gz and page.html.br next to every text file.

A server that sends these as they are (nginx gzip_static, brotli_static) spends
no CPU per request and can afford the strongest levels: gzip 9, brotli 11.
Brotli 11 is slow (tens of milliseconds for a page), so results are kept in
`<CACHE_PATH>/deploy/` under the hash of the uncompressed bytes: a rebuild
compresses only the files whose bytes changed. Entries this build did not use
are deleted at the end, so the cache holds one site's worth.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor

import brotli

from sitecore.files import write_bytes

from .files import is_hidden

logger = logging.getLogger(__name__)

# Part of every cache key: other levels must not reuse these results.
GZIP_LEVEL, BROTLI_QUALITY = 9, 11
PLAN = f"gz{GZIP_LEVEL}-br{BROTLI_QUALITY}"
NOT_SMALLER = b""  # cached marker: compressing this file gains nothing, so no copy is written


def _gzip(data: bytes) -> bytes:
    # mtime=0 and no file name: the same input always gives the same bytes (rsync -c sends nothing).
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def _brotli(data: bytes) -> bytes:
    return brotli.compress(data, quality=BROTLI_QUALITY, mode=brotli.MODE_TEXT)


CODINGS = ((".gz", _gzip), (".br", _brotli))


def text_files(output_path: str, types) -> list[str]:
    """The files to compress: known text endings, outside hidden folders, sorted for a stable log."""
    endings = tuple("." + t for t in types)
    found = []
    for folder, folders, names in os.walk(output_path):
        folders[:] = [f for f in folders if not f.startswith(".")]
        for name in names:
            if name.lower().endswith(endings) and not name.startswith("."):
                found.append(os.path.join(folder, name))
    return sorted(p for p in found if not is_hidden(os.path.relpath(p, output_path)))


class Cache:
    """Compressed results by the hash of their input: <CACHE_PATH>/deploy/<plan>/<ab>/<hash><.gz|.br>."""

    def __init__(self, cache_path: str):
        self.root = os.path.join(cache_path, "deploy", PLAN)
        self.used: set[str] = set()

    def path(self, key: str, suffix: str) -> str:
        return os.path.join(self.root, key[:2], key + suffix)

    def get(self, key: str, suffix: str) -> bytes | None:
        path = self.path(key, suffix)
        self.used.add(path)
        try:
            with open(path, "rb") as stream:
                return stream.read()
        except FileNotFoundError:
            return None

    def put(self, key: str, suffix: str, data: bytes) -> None:
        write_bytes(self.path(key, suffix), data)

    def prune(self) -> int:
        """Delete the entries this build did not use; returns how many."""
        removed = 0
        for folder, _, names in os.walk(self.root):
            for name in names:
                path = os.path.join(folder, name)
                if path not in self.used:
                    os.unlink(path)
                    removed += 1
        return removed


def _one(path: str, cache: Cache) -> tuple[int, int]:
    """Write the copies of one file; returns (results compressed now, results reused)."""
    with open(path, "rb") as stream:
        data = stream.read()
    mtime = os.stat(path).st_mtime
    key = hashlib.sha256(data).hexdigest()
    made = reused = 0
    for suffix, compress in CODINGS:
        result = cache.get(key, suffix)
        if result is None:
            result = compress(data)
            if len(result) >= len(data):
                result = NOT_SMALLER
            cache.put(key, suffix, result)
            made += 1
        else:
            reused += 1
        if result:
            write_bytes(path + suffix, result, mtime)
        elif os.path.lexists(path + suffix):
            os.unlink(path + suffix)  # a stale copy would be sent instead of the file
    return made, reused


def precompress(output_path: str, cache_path: str, types) -> dict[str, float]:
    """Compress every text file of the output; returns the figures the build log shows."""
    started = time.perf_counter()
    cache = Cache(cache_path)
    files = text_files(output_path, types)
    # zlib and brotli release the GIL while they work: threads use every core.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(lambda p: _one(p, cache), files))
    pruned = cache.prune()
    figures = {
        "files": len(files),
        "compressed": sum(m for m, _ in results),
        "reused": sum(r for _, r in results),
        "pruned": pruned,
        "seconds": time.perf_counter() - started,
    }
    logger.info(
        "deploy: %(files)d text files precompressed (.gz, .br): %(compressed)d results made, "
        "%(reused)d reused from the cache, %(pruned)d old ones deleted, in %(seconds).2f s", figures)
    return figures
