"""Full disks for the publishing tests: small tmpfs mounts, filled on purpose."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from conftest import ROOT, problem_lines

sys.path.insert(0, str(ROOT / "tests" / "checks"))
from cases import CASES  # noqa: E402

MESSAGE = {case.id: case.messages[0] for case in CASES}


def mount(arguments: list[str], folder: Path) -> None:
    """Tests and CI run as root: where mount is not allowed the test fails, it does not skip."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", *arguments, str(folder)], capture_output=True, text=True)
    assert done.returncode == 0, f"this test needs to mount (run it as root): {done.stderr}"


def unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], check=True)


@contextmanager
def tmpfs(folder: Path, megabytes: int, inodes: int | None = None):
    options = f"size={megabytes}m" + (f",nr_inodes={inodes}" if inodes else "")
    mount(["-t", "tmpfs", "-o", options, "tmpfs"], folder)
    try:
        yield folder
    finally:
        unmount(folder)


def fill(disk: Path, leave: int = 0) -> Path:
    """Take every free byte of `disk` but `leave`."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    block = b"\0" * 65536
    try:
        while True:
            os.write(fd, block)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(fd)
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def more_news(count: int = 60) -> dict[str, str]:
    return {f"sr/news/2018-03-{n % 28 + 1:02d}-more-{n}.md":
            f"Title: Још једна вест {n}\nDate: 2018-03-{n % 28 + 1:02d} 12:00\n\n" + "Текст вести. " * 200 + "\n"
            for n in range(count)}


def full_disk_line(shown: str) -> re.Pattern:
    example = re.escape(MESSAGE["disk-full"]).replace(re.escape("output/"), re.escape(shown))
    return re.compile(example.replace("0", r"\d+"))


def assert_stopped(result, shown: str) -> None:
    log = result.stdout + result.stderr
    assert result.returncode == 1, log
    assert "Traceback" not in log and "a bug" not in log, log
    assert full_disk_line(shown).fullmatch(problem_lines(result)[-1]), log
