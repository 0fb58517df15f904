"""A build's exit status: count what it logged, and stop without a traceback.

Pelican's own `--fatal` turns the first warning or error into a RuntimeError
raised inside the logging call: the build stops at the first problem and
prints a traceback, which to an editor reads as a crash. Instead we count the
log records by level for the whole build, decide at the end, and let a
deliberate stop (an exception carrying `exitcode`, Pelican's convention) print
its message only.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Iterator

from sitecore import pelican_internals
from sitecore.messages import message, nmessage


class LevelCounter(logging.Handler):
    """Counts the warnings and errors that reached the log (after Pelican's
    de-duplication and LOG_FILTER, so an ignored message is not counted)."""

    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.errors = self.warnings = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR:
            self.errors += 1
        else:
            self.warnings += 1
        # With `--log-handler plain` Pelican installs no handler and relies on
        # Python's last-resort handler, which is used only while no handler at
        # all exists: being one, we hand the record on ourselves.
        last = logging.lastResort
        if last is not None and record.levelno >= last.level and not self._others(record.name):
            last.handle(record)

    def _others(self, name: str) -> bool:
        """Whether a handler other than this one sees records of logger `name`."""
        logger = logging.getLogger(name)
        while logger is not None:
            # A passive handler only listens (replay.py records what a parse logs): it shows nothing.
            if any(h is not self and not getattr(h, "passive", False) for h in logger.handlers):
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False



class DeliberateStopFilter(logging.Filter):
    """On Pelican's logger: main() logs any exception that ends the build with
    its traceback. For our deliberate stops the traceback is noise (and one
    whose summary is already in the log is dropped altogether)."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is None and isinstance(record.args, tuple):
            # autoreload logs the exception as an argument: 'Caught exception: "%s"'
            error = next((a for a in record.args if isinstance(a, BaseException)), None)
        if error is None or not hasattr(error, "exitcode"):
            return True  # a bug: keep the traceback
        if getattr(error, "reported", False):
            return False
        record.exc_info, record.exc_text = None, None
        return True


# What `--fatal` asked for on the command line, before we switched Pelican's mechanism off:
# None, 'errors' or 'warnings'. Set once, when the plugin is registered (after Pelican read
# its options), and the same for every build of the process.
FATAL_OPTION: str | None = None


@contextlib.contextmanager
def counting() -> Iterator[LevelCounter]:
    """A counter of one build's warnings and errors, listening while the build runs."""
    counter = LevelCounter()
    root = logging.getLogger()
    root.addHandler(counter)
    try:
        yield counter
    finally:
        root.removeHandler(counter)


def install() -> None:
    """Attach the filter (once per process), and take over `--fatal`."""
    global FATAL_OPTION
    pelican_logger = logging.getLogger("pelican")
    if not any(isinstance(f, DeliberateStopFilter) for f in pelican_logger.filters):
        pelican_logger.addFilter(DeliberateStopFilter())
    # `--fatal warnings` keeps its meaning (warnings fail the build), without the traceback.
    asked = pelican_internals.take_over_fatal()
    if asked is not None:
        FATAL_OPTION = asked


def fails(counter: LevelCounter, fail_on_warnings: bool) -> bool:
    return bool(counter.errors or ((fail_on_warnings or FATAL_OPTION == "warnings") and counter.warnings))


def summary(counter: LevelCounter, shown_output: str, existed: bool, problem: str | None = None) -> str:
    """`build failed: 2 errors, 1 warning; the published site in output/ was not changed`.

    `problem` describes a stop that logged no error itself (e.g. a bug)."""
    errors, warnings = counter.errors, counter.warnings
    if errors and warnings:
        what = message("%(errors)s, %(warnings)s", errors=_errors(errors), warnings=_warnings(warnings))
    elif errors:
        what = _errors(errors)
    elif problem:
        what = problem
    else:
        what = message("%(warnings)s (warnings fail this build)", warnings=_warnings(warnings))
    if existed:
        return message("build failed: %(what)s; the published site in %(output)s was not changed",
                       what=what, output=shown_output)
    return message("build failed: %(what)s; nothing was written to %(output)s", what=what, output=shown_output)


def _errors(number: int) -> str:
    return nmessage("%(num)d error", "%(num)d errors", number)


def _warnings(number: int) -> str:
    return nmessage("%(num)d warning", "%(num)d warnings", number)
