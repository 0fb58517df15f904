"""Which files of the build folder are the build's own and never published.

Files are written with sitecore.files.write_bytes (beside, then renamed over): a build
may hard-link unchanged files from the published output into its own folder (the
editions plugin does, to skip rendering them), and writing into such a file in place
would change the live site too.
"""

from __future__ import annotations

import os


def is_hidden(relative: str) -> bool:
    """Whether a path inside the output has a part starting with '.' (build records, dev files):
    never published by rsync_upload, never served by the nginx sample."""
    return any(part.startswith(".") for part in relative.replace(os.sep, "/").split("/"))
