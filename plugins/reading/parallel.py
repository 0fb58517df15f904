"""Parse the Markdown of new and changed files on every core, before Pelican reads them.

Pelican reads one file after another in one process; converting Markdown is most of that
on a cold build. When the article and page generators are made (`generator_init`), the
files they will read that are new or changed (all of them without the checks' record) are
parsed by forked processes with the very reader Pelican made; then Pelican reads as usual
(its reader cache, metadata from the path, content objects, every signal) and our reader,
registered through `readers_init` as Pelican documents, answers with the parsed result
instead of parsing again. What a parse logged comes back with it and is logged by that
answer, so the reader cache's replay (publishing/replay.py) stores it and the build counts
it once. A file a process could not parse is simply parsed by Pelican itself.

Pelican internals used (sitecore/pelican_internals.py): the generator's `readers` and the
Readers' `readers` (the instances made from `reader_classes`).
"""

from __future__ import annotations

import logging
import os
import pickle

from pelican.generators import ArticlesGenerator, PagesGenerator
from pelican.readers import MarkdownReader

from sitecore import pelican_internals

logger = logging.getLogger(__name__)

# Fewer files than this are parsed in the build's own process: forking and sending the
# results back cost about as much as parsing this many (measured on the benchmark corpus).
PARALLEL_FROM = 50
_PLAIN = (str, int, float, bool, type(None))
# The generators whose files Pelican reads, with the settings naming the files they take.
_PATHS = ((ArticlesGenerator, "ARTICLE_PATHS", "ARTICLE_EXCLUDES"), (PagesGenerator, "PAGE_PATHS", "PAGE_EXCLUDES"))


class _Capture(logging.Handler):
    """What one parse logs, as plain values that can be sent to the parent and logged there."""

    def __init__(self):
        super().__init__(logging.NOTSET)
        self.records: list[tuple[str, int, str, tuple]] = []

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args if isinstance(record.args, tuple) else ()
        self.records.append((record.name, record.levelno, str(record.msg),
                             tuple(a if isinstance(a, _PLAIN) else str(a) for a in args)))


def _answering(cls: type) -> type:
    """A subclass of the reader class `cls` that answers with a result parsed in advance."""
    def read(self, path):
        ready = self.parsed.pop(os.path.abspath(path), None)
        if ready is None:
            return cls.read(self, path)
        content, metadata, records = ready
        for name, level, message, args in records:
            logging.getLogger(name).log(level, message, *args)
        return content, metadata

    def __init__(self, *args, **kwargs):
        cls.__init__(self, *args, **kwargs)
        self.parsed = {}  # absolute path -> (content, metadata, what the parse logged)

    # The same name: Pelican's "reader" metadata is made from it.
    return type(cls.__name__, (cls,), {"read": read, "__init__": __init__, "__module__": cls.__module__,
                                       "answers_parsed": True})


def install(readers) -> None:
    """`readers_init`: Markdown is read by a reader that can answer with results parsed in advance."""
    for fmt, cls in list(readers.reader_classes.items()):
        if isinstance(cls, type) and issubclass(cls, MarkdownReader):
            readers.reader_classes[fmt] = _answering(cls)


def _to_parse(generator, readers: dict) -> list[str]:
    """The Markdown files this generator will read, new or changed since the last build."""
    for kind, paths, excludes in _PATHS:
        if isinstance(generator, kind):
            break
    else:
        return []
    settings = generator.settings
    fresh = _fresh(generator)
    if fresh is not None and len(fresh) < PARALLEL_FROM:  # an edit: not worth walking the folders again
        return []
    files = generator.get_files(settings[paths], exclude=settings[excludes])
    return sorted(os.path.abspath(os.path.join(generator.path, f)) for f in files
                  if _format(f) in readers and (fresh is None or f.replace(os.sep, "/") in fresh))


def _format(path: str) -> str:
    return os.path.splitext(path)[1][1:]


def _fresh(generator) -> set[str] | None:
    """Files the checks found new or changed since the last build (None: no such record, or no cache)."""
    try:
        from checks import report
    except ImportError:
        return None
    findings, settings = report.findings_of(generator.context), generator.settings
    # Only Pelican's reader cache answers for the others: without it every file is parsed.
    cached = (settings.get("CACHE_CONTENT") and settings.get("LOAD_CONTENT_CACHE")
              and settings.get("CONTENT_CACHING_LAYER") == "reader")
    return findings.fresh if findings is not None and cached else None


def before_reading(generator) -> None:
    """`generator_init`: parse in forked processes the files this generator is about to read."""
    if not isinstance(generator, (ArticlesGenerator, PagesGenerator)):
        return
    readers = {fmt: reader for fmt, reader in pelican_internals.reader_instances(generator).items()
               if getattr(reader, "answers_parsed", False)}
    workers = generator.settings.get("READING_WORKERS") or os.cpu_count() or 1
    paths = _to_parse(generator, readers) if workers > 1 else []
    if len(paths) < PARALLEL_FROM:
        return
    try:
        from editions.parallel import render_in_parallel  # the site's one way of forking workers
    except ImportError:  # the site without its editions plugin: Pelican parses every file itself
        return

    parsed: dict[str, tuple] = {}

    def parse(index: int) -> None:
        path = paths[index]
        capture, root = _Capture(), logging.getLogger()
        handlers, root.handlers = root.handlers, [capture]  # logged with the answer, not here
        try:
            content, metadata = readers[_format(path)].read(path)
            pickle.dumps(metadata)  # it goes back to the parent with the others
        except Exception:  # noqa: BLE001 - Pelican parses it again and reports it as it always does
            return
        finally:
            root.handlers = handlers
        parsed[path] = (content, metadata, capture.records)

    # Only forked workers parse: a warning logged here would meet Pelican's filter of repeated
    # messages before the reader logs it again for real, and be dropped.
    _, results = render_in_parallel(parse, len(paths), workers, collect=lambda: parsed, take_part=False)
    for result in results:
        for path, ready in (result or {}).items():
            readers[_format(path)].parsed[path] = ready
    logger.info("reading: %d of %d Markdown files parsed in %d processes", sum(map(len, filter(None, results))),
                len(paths), min(workers, len(paths)))
