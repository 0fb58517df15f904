"""The output folder: a lock, a fresh sibling folder per build, and an atomic swap.

A build writes into `<output>.building-<pid>` next to the output folder (same
file system, so a rename is possible) and, when it succeeds, exchanges that
folder with the published one in one system call. A visitor, a web server or
an rsync sees either the whole old site or the whole new one, never a mix; a
build that fails or is killed leaves the published folder as it was.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import re
import shutil
import time

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2  # linux/fs.h
_renameat2 = None


class LockTimeout(Exception):
    """Another build still holds the output folder's lock."""


class OutputLock:
    """An exclusive `flock` on `.<output>.lock` next to the output folder, held
    for the whole build: two builds of one folder never interleave. The kernel
    drops the lock when its process dies, even by SIGKILL, so it never goes stale."""

    def __init__(self, output: str, timeout: float, on_wait):
        parent, name = os.path.split(output)
        self.path = os.path.join(parent, f".{name}.lock")
        self.timeout = timeout
        self.on_wait = on_wait
        self.fd = None

    def __enter__(self):
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not self._try():
            self.on_wait()
            deadline = time.monotonic() + self.timeout
            while not self._try():
                left = deadline - time.monotonic()
                if left <= 0:
                    os.close(self.fd)
                    raise LockTimeout(self.path)
                time.sleep(min(0.1, left))
        return self

    def _try(self) -> bool:
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def __exit__(self, *exc):
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)


def building_path(output: str) -> str:
    return f"{output}.building-{os.getpid()}"


def _leftovers(output: str, kind: str) -> list[str]:
    parent, name = os.path.split(output)
    pattern = re.compile(re.escape(name) + rf"\.{kind}-\d+$")
    try:
        names = os.listdir(parent)
    except FileNotFoundError:
        return []
    return [os.path.join(parent, n) for n in names if pattern.match(n)]


def remove(path: str, tolerant: bool = False) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        # Tolerant for a dead build's folder: a worker it forked may outlive it for a moment.
        shutil.rmtree(path, ignore_errors=tolerant)
    else:
        os.unlink(path)


def clean_leftovers(output: str) -> None:
    """Remove what dead builds left. Only called under the lock: no live build owns any of it."""
    old = sorted(_leftovers(output, "old"), key=os.path.getmtime)
    if old and not os.path.lexists(output):
        # Killed between the two renames of the fallback swap: put the previous site back.
        os.rename(old.pop(), output)
    for path in _leftovers(output, "building") + old:
        remove(path, tolerant=True)


def retain(output: str, building: str, names) -> None:
    """Carry Pelican's OUTPUT_RETENTION entries (e.g. a .git folder) over to the new output."""
    for name in names or ():
        source, target = os.path.join(output, name), os.path.join(building, name)
        if os.path.lexists(source) and not os.path.lexists(target):
            if os.path.isdir(source) and not os.path.islink(source):
                shutil.copytree(source, target, symlinks=True)
            else:
                shutil.copy2(source, target, follow_symlinks=False)


def _exchange(a: str, b: str) -> bool:
    """Swap two paths atomically (Linux renameat2). False where the system cannot."""
    global _renameat2
    if _renameat2 is None:
        try:
            function = ctypes.CDLL(None, use_errno=True).renameat2
        except (OSError, AttributeError):  # not Linux, or a C library without it
            _renameat2 = False
            return False
        function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
        function.restype = ctypes.c_int
        _renameat2 = function
    if _renameat2 is False:
        return False
    if _renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):  # old kernel, or a file system without it
        return False
    raise OSError(code, os.strerror(code), b)


def publish(building: str, output: str) -> None:
    """Make `building` the output folder; the previous output is deleted afterwards."""
    if not os.path.lexists(output):
        os.rename(building, output)
    elif _exchange(building, output):
        remove(building)  # it now holds the previous site
    else:
        # Two renames: for a moment there is no output folder, but never a half-written one.
        old = f"{output}.old-{os.getpid()}"
        os.rename(output, old)
        os.rename(building, output)
        remove(old)
