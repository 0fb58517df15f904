"""An output folder that is a mount point (a container volume) cannot be renamed: the build
updates it in place, file by file, says so in one line (not a warning), and ends with
exactly the site a normal build makes. Real mounts: a tmpfs, and a bind mount of a folder
of the same file system (which os.path.ismount does not see). Run as root, as CI does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import ROOT, problem_lines, run_pelican, tree_digest, write_content, write_settings

sys.path[:0] = [str(ROOT / "tests" / "checks"), str(Path(__file__).resolve().parent)]
from cases import BASE, CASES  # noqa: E402
from disks import assert_stopped, fill, more_news, mount, unmount  # noqa: E402
from sitecore.files import is_partial  # noqa: E402

PLAIN = ("--log-handler", "plain")
MESSAGE = {case.id: case.messages[0] for case in CASES}
GONE = "en/news/2019-02-01-gone.md"
EXTRA = {GONE: "Title: Gone soon\nDate: 2019-02-01\n\nText.\n"}


def site_files(folder: Path) -> dict[str, str]:
    """The published site, without the build's own records (they name their folder)."""
    return {k: v for k, v in tree_digest(folder).items() if not k.startswith(".build/")}


@pytest.mark.parametrize("kind", ["tmpfs", "bind"])
def test_mounted_output_is_updated_in_place(tmp_path, kind):
    content, settings = tmp_path / "content", write_settings(tmp_path)
    output, plain = tmp_path / "output", tmp_path / "plain"
    if kind == "tmpfs":
        mount(["-t", "tmpfs", "-o", "size=64m", "tmpfs"], output)
    else:
        (tmp_path / "volume").mkdir()
        mount(["--bind", str(tmp_path / "volume")], output)
    try:
        write_content(content, {**BASE, **EXTRA})
        (output / "left-from-before.html").write_text("old", encoding="utf-8")
        for step in ("first", "edited"):
            if step == "edited":  # one article removed on purpose (its address: a page that says so), one changed
                (content / GONE).unlink()
                write_content(content, {"en/pages/contact.md": "Title: Contact\nOrder: 1\n\nNiš, edited.\n",
                                        "redirects.txt": "/en/news/gone-soon/ gone\n"})
            result = run_pelican(content, output, settings, *PLAIN)
            assert result.returncode == 0, result.stderr
            assert problem_lines(result) == [], "a line of its own, not a warning"
            assert MESSAGE["output-mount-point"] in result.stdout.splitlines(), result.stdout
            assert run_pelican(content, plain, settings, *PLAIN).returncode == 0
            assert site_files(output) == site_files(plain), step
            assert not [p for p in output.rglob("*") if is_partial(p.name)]
        assert "This article was removed" in (output / "en" / "news" / "gone-soon" / "index.html").read_text(
            encoding="utf-8")
        assert "edited" in (output / "en" / "contact" / "index.html").read_text(encoding="utf-8")
        assert not list(tmp_path.glob("output.building-*")) and not list(tmp_path.glob("output.old-*"))
        again = run_pelican(content, output, settings, *PLAIN)
        assert again.returncode == 0 and "Nothing changed" in again.stdout, again.stdout
    finally:
        unmount(output)


def test_full_mounted_output_is_left_as_it_was(tmp_path):
    """Catalogue case "disk-full" on a mount point: the room is checked before the first file changes."""
    content, settings, output = tmp_path / "content", write_settings(tmp_path), tmp_path / "output"
    write_content(content, BASE)
    mount(["-t", "tmpfs", "-o", "size=8m", "tmpfs"], output)
    try:
        assert run_pelican(content, output, settings, *PLAIN).returncode == 0
        fill(output, leave=100_000).rename(output / ".filler")  # hidden: not part of the site
        before = tree_digest(output)
        write_content(content, more_news())
        result = run_pelican(content, output, settings, *PLAIN)
        assert_stopped(result, "output/")
        assert tree_digest(output) == before
        assert not list(tmp_path.glob("output.building-*"))
    finally:
        unmount(output)
