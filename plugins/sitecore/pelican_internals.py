"""Every place the plugins rely on a part of Pelican that is not its documented API.

Settings, signals, generators, readers and writers are Pelican's seams, and the plugins
stay on them. Where that is not enough, the code that touches the internal lives here
(or, where it is a method override, is named in INTERNALS with its module), each with
the reason it is needed. `check_release()` refuses a Pelican release these were not
checked against, and tests/engine/test_pelican_internals.py checks each one against the
installed Pelican, so an upgrade fails one clear test instead of a build.

Not internals, although earlier comments said otherwise: Pelican 4.12 calls the
receivers of one signal in the order they were connected (`Signal.set_class =
OrderedSet`, pelican/plugins/signals.py), and plugins register in PLUGINS order.
"""

from __future__ import annotations

import copy
import logging
from typing import Callable, Iterable

import pelican

# The Pelican releases (major, minor) every entry below was checked with.
TESTED = ((4, 12),)


class UntestedPelican(RuntimeError):
    """The installed Pelican is not a release the internals below were checked against."""

    exitcode = 1  # a deliberate stop: its message, without a traceback


def release(version: str | None = None) -> tuple[int, int]:
    major, minor = (version or pelican.__version__).split(".")[:2]
    return int(major), int(minor)


def check_release(version: str | None = None) -> None:
    """Stop before a build leans on internals of a Pelican they were not checked with."""
    version = version or pelican.__version__
    if release(version) not in TESTED:
        checked = ", ".join(f"{a}.{b}" for a, b in TESTED)
        raise UntestedPelican(
            f"the site's plugins rely on parts of Pelican {checked} that are not its documented API, and "
            f"this is Pelican {version}: check each entry of plugins/sitecore/pelican_internals.py against "
            "this release (tests/engine/test_pelican_internals.py), then add it to TESTED")


# name -> (module that relies on it, why). The test names each of these.
INTERNALS: dict[str, tuple[str, str]] = {
    "Pelican.run (replaced on the instance)": (
        "publishing/build.py",
        "the lock, the up-to-date check, the build folder and the swap must surround everything run() "
        "does, including a run() that raises (then `finalized` is never sent); and `initialized` also "
        "fires for `pelican --listen`, which must keep serving OUTPUT_PATH. Goes with an explicit driver."),
    "log.FatalLogger.fatal_lvl": (
        "publishing/status.py",
        "`--fatal` raises inside the logging call at the first warning, with a traceback; the build "
        "counts instead and fails at the end. PUBLISH_FAIL_ON_WARNINGS is the documented way; this "
        "keeps `--fatal` in scripts meaning the same."),
    "Generator.get_files (replaced on the instance)": (
        "checks/hooks.py",
        "ARTICLE_EXCLUDES and PAGE_EXCLUDES take folders, IGNORE_FILES base names: neither can keep "
        "one file with an error from the readers."),
    "ArticlesGenerator._build_period_archives": (
        "editions/generator.py",
        "each edition has its own articles; Pelican builds the period archives only from its own, in "
        "generate_context."),
    "copies of ArticlesGenerator and PagesGenerator with their lists replaced": (
        "editions/generator.py",
        "Pelican's own pagination, feeds, tag, category and archive pages render each edition's views; "
        "the attributes are the ones generate_context fills."),
    "Writer._written_files": (
        "editions/writer.py",
        "a page reused from the previous output counts as written, so Pelican's check against writing "
        "one file twice still holds."),
    "Writer._open_w (overridden)": (
        "editions/writer.py",
        "every page and feed Pelican writes is opened here with open(path, 'w'), which writes through "
        "an existing file; in a building folder taken from the spare (publishing/spare.py) that file is a "
        "hard link of the live site's page, so the old entry is removed first."),
    "Writer._overridden_files": (
        "editions/writer.py",
        "a file already overridden is not removed before _open_w: Pelican then writes to os.devnull."),
    "StaticGenerator copies onto an existing file": (
        "publishing/spare.py",
        "pelican.utils.copy writes through a file already at the target, which in a folder taken from "
        "the spare may be a live page: the targets in context['staticfiles'] are removed first."),
    "Writer._create_new_feed (overridden)": (
        "editions/writer.py",
        "a feed's language and home link come from the writer's settings (one language); each "
        "edition's feed declares its own."),
    "Writer.write_file renders each page of a list by template.render(localcontext)": (
        "editions/writer.py",
        "the writer paginates inside one call; to keep the unchanged pages of a list when one article "
        "changed, the template it is given answers render() per page, by the page's output_file."),
    "Content._update_content (overridden through a class swap)": (
        "gallery/inline.py",
        "srcset holds several image URLs, which {filename} links cannot express; this is where Pelican "
        "applies the site URL for pages, summaries and feeds. The subclass keeps the class name: "
        "Pelican picks ARTICLE_URL or PAGE_URL by it."),
    "Content class name -> *_URL, *_SAVE_AS": (
        "gallery/pages.py",
        "the gallery's Page subclass (a virtual source path for the index) is named Page so that "
        "PAGE_URL and PAGE_SAVE_AS apply."),
    "Content._context": (
        "editions/views.py, editions/incremental.py, checks/terms.py",
        "a view resolves {filename} links in its edition's context, which Pelican keeps there; the "
        "checks find the build's findings there when `content_object_init` gives them a content object."),
    "Readers.reader_classes, cache_data, get_cached_data (replaced on the instance)": (
        "publishing/replay.py",
        "what a parse logged is stored with Pelican's reader cache and logged again when the cache "
        "answers, so a warning about an unchanged file still fails `make publish`."),
    "Readers.readers['md']": (
        "gallery/generator.py",
        "album texts are parsed by the Markdown reader Pelican configured, without making content "
        "objects of them."),
    "log message 'Duplicate definition of' (pelican.readers)": (
        "checks/report.py",
        "dropped when the checks already reported that line with its file and line number."),
    "log record of main() and autoreload() carrying the exception": (
        "publishing/status.py",
        "a deliberate stop (an exception with `exitcode`) is printed without its traceback."),
    "pelican.cache logs a failed cache save as a warning": (
        "publishing/space.py",
        "a full disk there is turned back into the stop every other full write gives."),
    "log.init (Pelican's log set-up, as its main() calls it)": (
        "devserver/watch.py",
        "the devserver's own loop logs in Pelican's format, with its de-duplication."),
    "Generator.readers at generator_init, and the files generate_context reads": (
        "reading/parallel.py",
        "the Markdown of the files an article or page generator is about to read (get_files with its "
        "*_PATHS and *_EXCLUDES, as generate_context asks) is parsed in forked processes and handed to "
        "the reader instance Pelican made for that format, which reads it only when its cache misses."),
}


def replace_run(instance, around: Callable[[Callable[[], None]], None]) -> None:
    """Make `instance.run()` call `around(original_run)` (once per instance)."""
    if getattr(instance.run, "wrapped_by_plugins", False):
        return
    original = instance.run

    def run():
        return around(original)

    run.wrapped_by_plugins = True
    instance.run = run


def take_over_fatal() -> str | None:
    """Switch off `--fatal` (raising at the first problem); return what it asked for:
    None, 'errors' or 'warnings'."""
    fatal = getattr(pelican.log, "FatalLogger", None)
    if fatal is None or fatal.fatal_lvl > logging.CRITICAL:
        return None
    asked = "warnings" if fatal.fatal_lvl <= logging.WARNING else "errors"
    fatal.fatal_lvl = logging.CRITICAL + 1
    return asked


def reader_instances(generator) -> dict:
    """The reader Pelican made for each file format (extension) of this generator."""
    return generator.readers.readers


def keep_files_out(generator, rejected: Callable[[str], bool]) -> None:
    """Files for which `rejected(path)` is true are not read by `generator`."""
    find = generator.get_files

    def get_files(paths, exclude=None, extensions=None):
        return {f for f in find(paths, exclude=exclude, extensions=extensions) if not rejected(f)}

    generator.get_files = get_files


def period_archives(articles_generator, dates, articles, settings):
    return articles_generator._build_period_archives(dates, articles, settings)


def generator_copy(generator, **attributes):
    """A shallow copy of a Pelican generator with `attributes` replaced; each must exist,
    so a release that renames one fails here rather than rendering an empty list."""
    missing = [name for name in attributes if not hasattr(generator, name)]
    if missing:
        raise AttributeError(f"{type(generator).__name__} has no {', '.join(missing)} in this Pelican")
    twin = copy.copy(generator)
    for name, value in attributes.items():
        setattr(twin, name, value)
    return twin


def mark_written(writer, paths: Iterable[str]) -> None:
    writer._written_files.update(paths)


def overridden(writer) -> set[str]:
    return writer._overridden_files
