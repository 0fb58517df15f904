"""The output folder: a lock, a sibling folder per build, and an atomic swap.

A build writes into `<output>.building-<pid>` next to the output folder (same
file system, so a rename is possible) and, when it succeeds, exchanges that
folder with the published one in one system call. A visitor, a web server or
an rsync sees either the whole old site or the whole new one, never a mix; a
build that fails or is killed leaves the published folder as it was.

The building folder is the previous site brought up to date when there is one
(spare.py: the tree the last swap replaced, kept instead of deleted), else a
fresh folder (the first build, after a failed one, a mount point's output).
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import filecmp
import os
import re
import shutil
import time

from sitecore.files import copy_file, is_partial

from . import spare

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
    # A dead build's folder may be a spare it took: in doubt, delete it.
    for path in _leftovers(output, "building") + old:
        remove(path, tolerant=True)
    if os.path.isdir(output) and is_mount_point(output):
        spare.discard(output)
        remove_partial_files(output)


def make_building(output: str, building: str, retained=()) -> spare.Spare | None:
    """The building folder: the spare taken over (returned, for finish()), or a fresh folder."""
    taken = None if is_mount_point(output) else spare.take(output, building, retained)
    if taken is None:
        os.makedirs(building)
    return taken


def set_aside(building: str, output: str) -> None:
    """A failed build's folder becomes the spare, so that the build after the fix is quick.
    Safe: taking a spare keeps only files that are still the live site's (spare.py), so
    nothing this build wrote can reach a visitor."""
    if os.path.isdir(output) and not is_mount_point(output):
        spare.keep(building, output)
    else:
        remove(building)


def finish(building: str, taken: spare.Spare | None) -> None:
    """After a successful run: what a spare had and this build did not produce goes."""
    if taken is not None:
        spare.prune(building, taken)


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


def is_mount_point(path: str) -> bool:
    """Whether `path` is a mount point (a container volume, a bind mount): it cannot be renamed.

    os.path.ismount misses a bind mount of a folder of the same file system; the kernel's
    table of mounts does not."""
    if os.path.ismount(path):
        return True
    real = os.path.realpath(path)
    try:
        with open("/proc/self/mountinfo", encoding="utf-8") as table:
            points = [line.split()[4] for line in table if len(line.split()) > 4]
    except OSError:
        return False
    # The table writes a space as \040 (and tab, newline, backslash likewise).
    decode = re.compile(r"\\([0-7]{3})")
    return any(decode.sub(lambda m: chr(int(m[1], 8)), point) == real for point in points)


def publish(building: str, output: str) -> bool:
    """Make `building` the output folder; the previous output is kept as the spare.

    False when the output folder is a mount point and was updated in place instead."""
    if is_mount_point(output):
        _update_in_place(building, output)
        return False
    if not os.path.lexists(output):
        os.rename(building, output)
    elif _exchange(building, output):
        spare.keep(building, output)  # it now holds the previous site
    else:
        # Two renames: for a moment there is no output folder, but never a half-written one.
        old = f"{output}.old-{os.getpid()}"
        os.rename(output, old)
        os.rename(building, output)
        spare.keep(old, output)
    return True


RECORDS = ".build"  # the build's own records in the output (uptodate.py, editions/incremental.py)


def _update_in_place(building: str, output: str) -> None:
    """Copy the new site over the old one, each file written beside its place and renamed over
    it: a visitor gets the old or the new file, never half of one (though for a moment some
    pages may be new and others old). Then the files the new site no longer has are removed;
    the build's records (.build/, which say what the output holds) are written last, so a
    build killed halfway is not taken for a finished one."""
    records = os.path.join(building, RECORDS)
    folders, site, last = [], [], []  # (source, destination) of each changed file
    for folder, _, names in os.walk(building):
        target = os.path.join(output, os.path.relpath(folder, building))
        folders.append(target)
        for name in names:
            source, destination = os.path.join(folder, name), os.path.join(target, name)
            if (os.path.isfile(destination) and not os.path.islink(destination)
                    and filecmp.cmp(source, destination, shallow=False)):
                continue
            own = folder == records or folder.startswith(records + os.sep)
            (last if own else site).append((source, destination))
    _check_room(output, site + last)  # before the first change: a full disk leaves the old site whole
    try:
        for target in folders:
            if os.path.lexists(target) and not os.path.isdir(target):
                os.unlink(target)  # a file where the new site has a folder
            os.makedirs(target, exist_ok=True)
        for source, destination in site:
            _replace(source, destination)
        for folder, subfolders, names in os.walk(output, topdown=False):
            relative = os.path.relpath(folder, output)
            for name in names + subfolders:
                if not os.path.lexists(os.path.join(building, relative, name)):
                    remove(os.path.join(folder, name))
        for source, destination in last:
            _replace(source, destination)
    except OSError as error:
        error.partly_published = True  # the message must not say the site is as it was
        raise
    remove(building)


def _check_room(output: str, copies) -> None:
    """Raise ENOSPC now if the changed files cannot all be written on the output's disk."""
    disk = os.statvfs(output)
    block = disk.f_frsize or 4096
    needed = sum(-(-os.path.getsize(source) // block) * block for source, _ in copies)
    if needed > disk.f_bavail * block:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), output)


def _replace(source: str, destination: str) -> None:
    if os.path.isdir(destination) and not os.path.islink(destination):
        shutil.rmtree(destination)  # a folder where the new site has a file
    copy_file(source, destination)


def remove_partial_files(output: str) -> None:
    """What an in-place update killed halfway left (only a mount point is updated in place)."""
    for folder, _, names in os.walk(output):
        for name in names:
            if is_partial(name):
                os.unlink(os.path.join(folder, name))
