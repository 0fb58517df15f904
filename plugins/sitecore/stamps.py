"""When a file's stamp (size, modification time, inode) may stand for its bytes.

A result kept between builds (the checks' findings, a photo's content key) is stored with
the file's stamp and the time it was taken from the bytes. An unchanged stamp then means
unchanged bytes, except for a change in the same clock tick as that reading: some file
systems keep modification times in steps of up to two seconds. So a stamp that close to
its reading is trusted only after the bytes are compared again (as git does with its index).
"""

from __future__ import annotations

import os

TRUSTED_AFTER_NS = 2_000_000_000


def stamp(path) -> tuple[int, int, int]:
    info = os.stat(path)
    return info.st_size, info.st_mtime_ns, info.st_ino


def trusted(file_stamp, read_ns: int) -> bool:
    """Whether a stamp stands on its own for the bytes read at `read_ns` (time.time_ns(),
    taken before reading them: a change while they are read makes a later stamp)."""
    return file_stamp[1] < read_ns - TRUSTED_AFTER_NS
