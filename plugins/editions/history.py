"""When each content file was first and last committed, from one `git log` call.

Dates from git, not from file times: a fresh clone gives every file a new
mtime. Outside a git work tree (a tarball, say) there is no history and the
result is empty; callers then rely on `modified:` metadata alone.
"""

from __future__ import annotations

import datetime
import os
import subprocess


def commit_dates(folder: str) -> dict[str, tuple[datetime.datetime, datetime.datetime]]:
    """Absolute path -> (first commit, last commit) for every file under `folder` git knows."""
    try:
        top = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=folder, capture_output=True, text=True, check=True,
        ).stdout.strip()
        log = subprocess.run(
            ["git", "log", "--format=@%ct", "--name-only", "--no-renames", "--", "."],
            cwd=folder, capture_output=True, text=True, check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    dates: dict[str, tuple[datetime.datetime, datetime.datetime]] = {}
    when = None
    for line in log.splitlines():  # newest commit first
        if line.startswith("@"):
            when = datetime.datetime.fromtimestamp(int(line[1:]), tz=datetime.timezone.utc)
        elif line and when is not None:
            path = os.path.normpath(os.path.join(top, line))
            last = dates[path][1] if path in dates else when
            dates[path] = (when, last)
    return dates
