"""A full disk, for real (catalogue case "disk-full"): small tmpfs mounts that the build fills up.

Whatever the build was writing when the disk ran out (pages, the image cache, Pelican's
reader cache, precompressed copies), it stops with one message naming the full disk,
exits 1 without a traceback, leaves no half-written build folder and does not change
the published site. The tests run as root (as CI does): a machine where mount is not
allowed fails them rather than skipping them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from conftest import ROOT, run_pelican, tree_digest, write_content, write_settings

sys.path[:0] = [str(ROOT / "tests" / "checks"), str(Path(__file__).resolve().parent)]
from cases import BASE  # noqa: E402
from disks import assert_stopped, fill, full_disk_line, more_news, tmpfs  # noqa: E402

PLAIN = ("--log-handler", "plain")


def test_full_output_disk_stops_the_build_and_keeps_the_site(tmp_path):
    content, settings = tmp_path / "content", write_settings(tmp_path)
    write_content(content, BASE)
    with tmpfs(tmp_path / "disk", 16) as disk:
        output = disk / "output"
        assert run_pelican(content, output, settings, *PLAIN).returncode == 0
        before = tree_digest(output)
        write_content(content, more_news())
        filler = fill(disk, leave=200_000)
        result = run_pelican(content, output, settings, *PLAIN)
        assert_stopped(result, "disk/output/")
        assert tree_digest(output) == before
        assert sorted(p.name for p in disk.iterdir()) == [".output.lock", "filler", "output"], "no leftovers"
        filler.unlink()
        again = run_pelican(content, output, settings, *PLAIN)
        assert again.returncode == 0, again.stderr
        assert (output / "news" / "jos-jedna-vest-7" / "index.html").exists()


def test_full_cache_disk_names_the_cache(tmp_path):
    """Pelican's reader cache (Pelican itself would only warn) and the precompressed copies' cache."""
    content, output = tmp_path / "content", tmp_path / "output"
    write_content(content, BASE)
    plain = write_settings(tmp_path, "settings_plain.py")  # not html.py: Pelican imports it by its name
    compressing = write_settings(tmp_path, "settings_compressing.py", DEPLOY_PRECOMPRESS=True)
    with tmpfs(tmp_path / "cache", 4) as cache:
        assert run_pelican(content, output, plain, *PLAIN).returncode == 0
        before = tree_digest(output)
        # Text that does not compress: the reader cache is a gzip file.
        write_content(content, {f"en/news/2018-04-{n + 1:02d}-noise.md":
                                f"Title: Noise {n}\nDate: 2018-04-{n + 1:02d}\n\n{os.urandom(3000).hex()}\n"
                                for n in range(20)})
        filler = fill(cache)
        for settings in (plain, compressing):  # the second build gets as far as precompressing
            result = run_pelican(content, output, settings, *PLAIN)
            assert_stopped(result, "cache/")
            assert tree_digest(output) == before
            assert not list(tmp_path.glob("output.building-*"))
            if settings is plain:  # room for the reader cache, none for the compressed copies
                filler.unlink()
                assert run_pelican(content, output, plain, *PLAIN).returncode == 0
                before = tree_digest(output)
                filler = fill(cache)
        assert (cache / "deploy").is_dir(), "the second build stopped while precompressing"


def test_full_disk_while_photos_are_cached(gallery_site):
    site = gallery_site
    site.write({"galleries/a/album.sr.md": "Title: Албум\nDate: 2020-01-01\n\nТекст.\n"})
    for number in range(6):
        site.photo(f"galleries/a/IMG_{number}.jpg", size=(1600, 1200))
    with tmpfs(site.base / "cache", 1):
        for workers in (1, 2):  # in the build's own process, and in the pool of image workers
            built = site.build(GALLERY_WORKERS=workers, PLUGINS=["gallery", "editions", "publishing"])
            assert built.returncode == 1, built.log
            assert "Traceback" not in built.log and "worker failed" not in built.log, built.log
            assert full_disk_line("cache/").search(built.log), built.log
            assert not site.output.exists() and not list(site.base.glob("output.building-*"))


def test_no_room_for_the_lock_and_a_used_up_quota(tmp_path):
    """A disk too full for the lock file of a first build; the quota's own wording."""
    import errno

    from publishing import space

    content, settings = tmp_path / "content", write_settings(tmp_path)
    write_content(content, BASE)
    with tmpfs(tmp_path / "disk", 1, inodes=16) as disk:
        (disk / "site").mkdir()
        fill(disk)
        # tmpfs counts files apart from bytes: use them up too, so not even an empty file fits
        number = 0
        while True:
            try:
                (disk / "site" / f"f{number}").touch()
                number += 1
            except OSError as error:
                assert error.errno == errno.ENOSPC
                break
        result = run_pelican(content, disk / "site" / "output", settings, *PLAIN)
        assert_stopped(result, "disk/site/output/")
    quota = OSError(errno.EDQUOT, "Disk quota exceeded", str(tmp_path / "output" / "index.html"))
    assert space.message(quota, {str(tmp_path / "output"): "output/"}).startswith(
        "output/: the disk quota is used up (")
