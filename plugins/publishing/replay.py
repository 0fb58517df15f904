"""Warnings Pelican's readers log about a source come back on every build while it is unchanged.

With CACHE_CONTENT and LOAD_CONTENT_CACHE (pelicanconf.py), an unchanged source is not parsed
again: its HTML and metadata come from Pelican's reader cache, and whatever the parse logged
(Python-Markdown, Pelican's own metadata processing) is not logged again. `make html` would
warn once and `make publish` then pass: the gate "any warning fails it" had a hole.

So the warnings a parse logs are stored with the cached result, and logged again (and
counted, by status.py) when the cache answers instead of the parser.

Pelican internals used (listed with the others in sitecore/pelican_internals.py, checked by
tests/engine/test_pelican_internals.py): the `readers_init` signal gives the Readers object;
its `get_cached_data` and `cache_data` (pelican.cache.FileStampDataCacher) hold the cache, and
`reader_classes`, the classes of the readers it is about to make, whose read() parses.
"""

from __future__ import annotations

import logging
import os

from sitecore import pelican_internals

KEY = "_publishing_warnings"  # in the cached metadata only; never reaches a content object
_PLAIN = (str, int, float, bool, type(None))


class _Recorder(logging.Handler):
    passive = True  # shows nothing: status.LevelCounter still prints for `--log-handler plain`

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str, tuple]] = []

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args if isinstance(record.args, tuple) else ()
        # Pickled with the cache: plain values only (a path stays a string for the filters).
        args = tuple(a if isinstance(a, _PLAIN) else str(a) for a in args)
        self.records.append((record.name, record.levelno, str(record.msg), args))


def _recording(cls: type, recorded: dict[str, list]) -> type:
    """A subclass of the reader class `cls` whose read() records what it logs into `recorded`
    (absolute path -> records), which belongs to one Readers object: one generator of one build."""
    def read(self, path):
        recorder = _Recorder()
        root = logging.getLogger()
        root.addHandler(recorder)
        try:
            return cls.read(self, path)
        finally:
            root.removeHandler(recorder)
            recorded[os.path.abspath(path)] = recorder.records

    return type(cls.__name__, (cls,), {"read": read, "__module__": cls.__module__})


def install(readers) -> None:
    """`readers_init`: record what each parse logs; replay it when the cache answers."""
    if getattr(readers, "_publishing_replay", False):
        return
    # A Pelican whose reader cache works differently: stop rather than let the gate leak again.
    pelican_internals.check_release()
    readers._publishing_replay = True
    # The signal comes before the readers are made from these classes (and lets plugins change them).
    recorded: dict[str, list] = {}
    for fmt, cls in list(readers.reader_classes.items()):
        if isinstance(cls, type):
            readers.reader_classes[fmt] = _recording(cls, recorded)

    cache_data, get_cached_data = readers.cache_data, readers.get_cached_data

    def cache_with_warnings(path, data):
        records = recorded.pop(os.path.abspath(path), None)
        content, metadata = data
        if records and isinstance(metadata, dict):
            data = (content, {**metadata, KEY: records})
        cache_data(path, data)

    def cached_and_replayed(path, default=None):
        found = get_cached_data(path, default)
        if found is default or not isinstance(found, tuple) or not isinstance(found[1], dict):
            return found
        content, metadata = found
        if KEY in metadata:
            metadata = {k: v for k, v in metadata.items() if k != KEY}
            for name, level, message, args in found[1][KEY]:
                logging.getLogger(name).log(level, message, *args)
        return content, metadata

    readers.cache_data = cache_with_warnings
    readers.get_cached_data = cached_and_replayed


GZIP_MAGIC = b"\x1f\x8b"


def forget_compressed_cache(settings) -> None:
    """Remove reader caches written with GZIP_CACHE on, when it is off now.

    Pelican would read such a file as a plain pickle, warn that it cannot, and start empty:
    a warning, so the first `make publish` after the switch would fail. Removed first, the
    cache simply starts empty."""
    path = settings.get("CACHE_PATH")
    if settings.get("GZIP_CACHE", True) or not path or not os.path.isdir(path):
        return
    for name in ("ArticlesGenerator-Readers", "PagesGenerator-Readers"):
        cache = os.path.join(path, name)
        try:
            with open(cache, "rb") as stream:
                compressed = stream.read(2) == GZIP_MAGIC
        except OSError:
            continue
        if compressed:
            os.unlink(cache)
