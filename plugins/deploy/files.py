"""Writing into the build folder without touching the published site.

A build may hard-link unchanged files from the published output into its own
folder (the editions plugin does, to skip rendering them). Writing into such a
file in place would change the live site too, so every file here is written as
a new file and renamed over the old name.
"""

from __future__ import annotations

import os
import tempfile


def write_new(path: str, data: bytes, mtime: float | None = None) -> None:
    """Write `data` to `path` as a new file (never through an existing one)."""
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".deploy-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)  # mkstemp makes 0600; a web server must read it
        if mtime is not None:
            os.utime(temporary, (mtime, mtime))
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def is_hidden(relative: str) -> bool:
    """Whether a path inside the output has a part starting with '.' (build records, dev files):
    never published by rsync_upload, never served by the nginx sample."""
    return any(part.startswith(".") for part in relative.replace(os.sep, "/").split("/"))
