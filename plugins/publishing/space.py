"""A full disk (or a used-up quota) while the build writes: a plain message, not a bug report.

Anything the build writes can hit it: Pelican's pages and static files, the editions'
workers, the gallery's image cache, the precompressed copies. They all let the OSError
rise; the publishing wrapper (build.py) recognises it here, throws the half-written
build folder away and says which disk is full and how much room is left on it.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os

from sitecore import messages

FULL = (errno.ENOSPC, errno.EDQUOT)


def disk_full(error: BaseException | None) -> OSError | None:
    """The full-disk OSError behind `error` (itself, or what caused it), else None."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, OSError) and error.errno in FULL:
            return error
        error = error.__cause__ or error.__context__
    return None


def free_megabytes(path: str) -> int | None:
    """Room left for this user on the disk that holds `path` (its nearest existing folder)."""
    while path and not os.path.exists(path):
        parent = os.path.dirname(path)
        if parent == path:
            break
        path = parent
    try:
        stat = os.statvfs(path)
    except OSError:
        return None
    return stat.f_bavail * stat.f_frsize // (1024 * 1024)


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def full_folder(error: OSError, folders: dict[str, str]) -> tuple[str, str]:
    """(folder as messages name it, a path on that disk) for the write that failed.

    `folders` maps the folders the build writes to (absolute) to their names in messages.
    A failed write() names no file: then the folder whose disk has the least room left."""
    name = error.filename if isinstance(error.filename, str) else None
    if name:
        name = os.path.abspath(name)
        for folder, shown in sorted(folders.items(), key=lambda item: -len(item[0])):
            if _inside(name, folder):
                return shown, folder
    candidates = sorted(folders.items(), key=lambda item: free_megabytes(item[0]) or 0)
    folder, shown = candidates[0]
    return shown, folder


def message(error: OSError, folders: dict[str, str]) -> str:
    shown, folder = full_folder(error, folders)
    if error.errno == errno.ENOSPC:
        what = messages.message("the disk is full")
    else:
        what = messages.message("the disk quota is used up")
    free = free_megabytes(folder)
    if free is not None:
        what = messages.message("%(what)s (%(free)s MB free on the disk that holds %(folder)s)",
                                what=what, free=free, folder=shown)
    if getattr(error, "partly_published", False):  # output.py's update of a mount point, in place
        return messages.message(
            "%(folder)s: %(what)s; this build stopped while it was updating %(folder)s in place, so some of its files "
            "are new and the others as they were. Free some space and run the build again.", folder=shown, what=what)
    return messages.message("%(folder)s: %(what)s; this build stopped and the published site was not changed. "
                            "Free some space and run the build again.", folder=shown, what=what)


class _StopOnFullDisk(logging.Filter):
    """Pelican saves its reader cache inside `except OSError: logger.warning(...)`: a full disk
    there would be a warning and a truncated cache. Raising the error from the log call (as
    Pelican's own --fatal does) turns it into the stop every other full write gives."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args if isinstance(record.args, tuple) else ()
        full = next((a for a in args if isinstance(a, BaseException) and disk_full(a)), None)
        if full is not None:
            # The half-written cache file would not load next time (EOFError): without it the
            # next build simply reads every source again.
            if args and isinstance(args[0], str) and os.path.isfile(args[0]):
                with contextlib.suppress(OSError):
                    os.unlink(args[0])
            raise disk_full(full)
        return True


# Pelican's loggers whose warnings can carry a full-disk OSError (pelican/cache.py, 4.x).
SWALLOWING_LOGGERS = ("pelican.cache",)


def install() -> None:
    for name in SWALLOWING_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(f, _StopOnFullDisk) for f in target.filters):
            target.addFilter(_StopOnFullDisk())
