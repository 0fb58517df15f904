"""The one atomic writer: beside, renamed over, readable, and nothing left behind on failure."""

from __future__ import annotations

import os
import stat

import pytest

from sitecore.files import copy_file, is_partial, replacing, write_bytes


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_file_is_readable_by_a_web_server_and_has_the_given_time(tmp_path):
    target = tmp_path / "a" / "b" / "page.html"
    write_bytes(target, b"<p>new</p>", mtime=1_500_000_000)
    assert target.read_bytes() == b"<p>new</p>"
    assert mode(target) == 0o644 and os.stat(target).st_mtime == 1_500_000_000
    assert os.listdir(target.parent) == ["page.html"]


def test_a_hard_linked_file_is_replaced_not_written_through(tmp_path):
    published = tmp_path / "published.html"
    published.write_bytes(b"live")
    building = tmp_path / "building.html"
    os.link(published, building)
    write_bytes(building, b"new")
    assert building.read_bytes() == b"new" and published.read_bytes() == b"live"


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "page.html"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with replacing(target) as temporary:
            with open(temporary, "wb") as stream:
                stream.write(b"half")
            assert is_partial(os.path.basename(temporary))
            raise RuntimeError("killed")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["page.html"]


def test_a_copy_keeps_mode_and_times_and_a_link_stays_a_link(tmp_path):
    source = tmp_path / "source.css"
    source.write_bytes(b"body{}")
    os.chmod(source, 0o640)
    os.utime(source, (1_400_000_000, 1_400_000_000))
    copy_file(source, tmp_path / "out" / "site.css")
    copied = tmp_path / "out" / "site.css"
    assert copied.read_bytes() == b"body{}" and mode(copied) == 0o640
    assert os.stat(copied).st_mtime == 1_400_000_000
    os.symlink("source.css", tmp_path / "alias.css")
    copy_file(tmp_path / "alias.css", tmp_path / "out" / "alias.css")
    assert os.readlink(tmp_path / "out" / "alias.css") == "source.css"


def test_a_linked_copy_shares_the_bytes_and_replaces_what_was_there(tmp_path):
    source = tmp_path / "photo-1a2b3c4d-480w.jpg"
    source.write_bytes(b"jpeg")
    target = tmp_path / "out" / source.name
    target.parent.mkdir()
    target.write_bytes(b"stale")
    copy_file(source, target, link=True)
    assert os.stat(target).st_ino == os.stat(source).st_ino
    assert sorted(os.listdir(target.parent)) == [source.name]


def test_only_temporary_names_count_as_partial():
    assert is_partial(".index.html.k2j3h4.tmp")
    assert not is_partial("index.html") and not is_partial("notes.tmp") and not is_partial(".htaccess")
