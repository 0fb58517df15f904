"""Writing a file so that no reader ever sees half of it.

Every file is written beside its final name under a temporary name, then renamed over
it: a build killed halfway leaves the old file (and a hidden temporary file, which
PARTIAL names, for the next build to remove), never a truncated one. Writing through the
old name is never done: a build folder may hold hard links to the published site, and
writing into one of those would change the live site too.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from contextlib import contextmanager, suppress
from typing import Iterator

# Published files must be readable by a web server; mkstemp makes them 0600.
MODE = 0o644
# The temporary names: ".<final name>.<random>.tmp".
PARTIAL = re.compile(r"^\..+\.tmp$")


@contextmanager
def replacing(path: str | os.PathLike, mode: int | None = MODE) -> Iterator[str]:
    """A temporary path beside `path`; on leaving the block it is renamed over `path`,
    or removed if the block failed. `mode=None` keeps the mode the block gave the file."""
    path = os.fspath(path)
    folder, name = os.path.split(path)
    os.makedirs(folder or ".", exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder or ".", prefix=f".{name}.", suffix=".tmp")
    os.close(handle)
    try:
        yield temporary
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def write_bytes(path: str | os.PathLike, data: bytes, mtime: float | None = None) -> None:
    """Write `data` as the new file `path` (mode 0644; `mtime` sets its modification time)."""
    with replacing(path) as temporary:
        with open(temporary, "wb") as stream:
            stream.write(data)
        if mtime is not None:
            os.utime(temporary, (mtime, mtime))


def copy_file(source: str | os.PathLike, destination: str | os.PathLike, link: bool = False) -> None:
    """Copy `source` over `destination` with its mode and times (a symbolic link stays a link).

    With `link`, a hard link is made instead where the file system allows it (the same bytes
    without a copy: for files that are never written in place, such as content-addressed ones).
    """
    with replacing(destination, mode=None) as temporary:
        if link:
            os.unlink(temporary)
            try:
                os.link(source, temporary)
                return
            except OSError:  # another file system, or links not allowed
                pass
        if os.path.islink(source):
            os.unlink(temporary)
        shutil.copy2(source, temporary, follow_symlinks=False)


def is_partial(name: str) -> bool:
    """Whether a file name is one `replacing` writes before its rename."""
    return PARTIAL.match(name) is not None
