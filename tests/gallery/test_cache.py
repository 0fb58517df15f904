"""The derivative cache: content-keyed, zero decodes when warm, atomic, self-cleaning."""
import hashlib
import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tests")]

from gallery import decoding  # noqa: E402
from gallery.cache import MANIFEST, STORE, process_album_photos, prune  # noqa: E402
from gallery.images import Plan, PhotoResult  # noqa: E402
from photos import empty_file, make_photo, truncated_jpeg  # noqa: E402

PLAN = Plan(widths=(160, 320), thumb_size=(80, 60))


@pytest.fixture
def album(tmp_path):
    folder = tmp_path / "content" / "album"
    photos = [make_photo(folder / name, size=(400, 300), orientation=o)
              for name, o in [("first.jpg", 1), ("Ниш 2.jpg", 6), ("third one.jpg", 3)]]
    return photos, tmp_path / "output" / "album", tmp_path / "cache"


def run(paths, out, cache, **kw):
    before = decoding.DECODES
    results = process_album_photos(paths, PLAN, out, cache, **kw)
    return results, decoding.DECODES - before


def names(results):
    return {o.name for r in results if isinstance(r, PhotoResult) for o in r.outputs}


def files(folder):
    return {p.name for p in Path(folder).iterdir()}


@pytest.mark.parametrize("workers", [1, 2])
def test_warm_rebuild_decodes_nothing_and_gives_the_same_results(album, workers):
    paths, out, cache = album
    cold, cold_decodes = run(paths, out, cache, workers=workers)
    assert cold_decodes == 3  # counted in the worker processes too
    assert [r.source for r in cold] == [str(p) for p in paths]
    assert files(out) == names(cold) and len(names(cold)) == 9
    warm, warm_decodes = run(paths, out, cache, workers=workers)
    assert warm_decodes == 0 and warm == cold


def test_fresh_clone_with_new_mtimes_decodes_nothing(album):
    paths, out, cache = album
    cold, _ = run(paths, out, cache)
    for p in paths:
        os.utime(p, (1_000_000, 1_000_000))
    warm, decodes = run(paths, out, cache)
    assert decodes == 0 and warm == cold


def test_wiped_output_is_restored_without_decoding(album):
    paths, out, cache = album
    cold, _ = run(paths, out, cache)
    for f in out.iterdir():
        f.unlink()
    warm, decodes = run(paths, out, cache)
    assert decodes == 0 and warm == cold and files(out) == names(cold)
    for r in warm:
        for o in r.outputs:
            assert (out / o.name).stat().st_size == o.bytes


def test_damaged_cached_file_is_rendered_again(album):
    paths, out, cache = album
    cold, _ = run(paths, out, cache)
    victim = cache / STORE / cold[0].outputs[0].name
    victim.write_bytes(victim.read_bytes()[:100])
    warm, decodes = run(paths, out, cache)
    assert decodes == 1 and warm == cold
    assert victim.stat().st_size == cold[0].outputs[0].bytes


def test_replaced_photo_gets_new_names_and_old_files_go(album):
    paths, out, cache = album
    cold, _ = run(paths, out, cache)
    make_photo(paths[1], size=(400, 300))  # same name, new bytes
    warm, decodes = run(paths, out, cache, prune_stale=True)
    assert decodes == 1
    assert warm[0] == cold[0] and warm[2] == cold[2]
    assert warm[1].key != cold[1].key
    assert all(o.name.startswith("nis-2-") for o in warm[1].outputs)
    assert files(out) == names(warm)
    assert not names(cold[1:2]) & files(out)


def test_removed_photo_derivatives_are_pruned_from_output_and_cache(album):
    paths, out, cache = album
    cold, _ = run(paths, out, cache)
    (out / "index.html").write_text("not ours")  # other files in the folder stay
    paths[2].unlink()
    warm, decodes = run(paths[:2], out, cache)
    assert decodes == 0
    removed = prune(out, warm, cache_dir=cache)
    assert {p.name for p in removed} == names(cold[2:]) and len(removed) == 6  # out + cache
    assert files(out) == names(warm) | {"index.html"}
    assert files(cache / STORE) == names(warm)
    manifest = json.loads((cache / MANIFEST).read_text())["entries"]
    assert set(manifest) == {r.key for r in warm}


def test_bad_photo_does_not_stop_the_album(album):
    paths, out, cache = album
    bad = [truncated_jpeg(paths[0].with_name("truncated.jpg")),
           empty_file(paths[0].with_name("empty.jpg")),
           paths[0].with_name("missing.jpg")]
    order = [paths[0], bad[0], paths[1], bad[1], bad[2], paths[2]]
    results, _ = run(order, out, cache, workers=2)
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["PhotoResult", "PhotoError", "PhotoResult", "PhotoError", "PhotoError",
                     "PhotoResult"]
    assert "cut short" in results[1].message and results[1].path == str(bad[0])
    assert "empty" in results[3].message and "cannot read" in results[4].message
    assert files(out) == names(results)
    again, decodes = run(order, out, cache, workers=2)
    assert decodes == 1  # only the truncated photo is tried again; errors are not cached
    assert [str(r) for r in again] == [str(r) for r in results]


def test_same_photo_twice_is_rendered_once(album, tmp_path):
    paths, out, cache = album
    copy = tmp_path / "content" / "other-album" / paths[0].name  # same bytes, same name
    copy.parent.mkdir()
    copy.write_bytes(paths[0].read_bytes())
    results, decodes = run([paths[0], paths[0], copy], out, cache, workers=2)
    assert decodes == 1 and results[0] == results[1]
    assert results[2].source == str(copy) and results[2].outputs == results[0].outputs


def test_plan_change_renders_again_with_new_names(album):
    paths, out, cache = album
    cold, _ = run(paths, out, cache)
    before = decoding.DECODES
    other = process_album_photos(paths, Plan(widths=(160, 320), thumb_size=(80, 60),
                                              quality=60), out, cache)
    assert decoding.DECODES - before == 3 and not names(other) & names(cold)


def test_corrupt_or_foreign_manifest_means_a_rebuild(album):
    paths, out, cache = album
    cold, _ = run(paths, out, cache)
    (cache / MANIFEST).write_text("{ half a json")
    warm, decodes = run(paths, out, cache)
    assert decodes == 3 and warm == cold
    (cache / MANIFEST).write_text(json.dumps({"version": 999, "entries": {}}))
    assert run(paths, out, cache)[1] == 3


def test_writes_are_atomic(album, monkeypatch):
    paths, out, cache = album
    run(paths, out, cache, workers=2)
    leftovers = [f for d in (out, cache, cache / STORE) for f in files(d) if f.endswith(".tmp")]
    assert leftovers == []

    def killed(src, dst):  # the build dies between writing a temp file and renaming it
        raise KeyboardInterrupt

    fresh = make_photo(paths[0].with_name("fresh.jpg"), size=(400, 300))
    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        process_album_photos([fresh], PLAN, out, cache, workers=1)
    monkeypatch.undo()
    assert not [f for f in files(cache / STORE) if f.startswith("fresh")]
    assert not [f for f in files(cache / STORE) if f.endswith(".tmp")]
    # what a SIGKILL would leave: a temp file; prune removes it, never a final name
    (out / ".first-0123abcd-320w.jpg.x1y2.tmp").write_bytes(b"half")
    results, _ = run(paths, out, cache)
    assert {p.name for p in prune(out, results)} == {".first-0123abcd-320w.jpg.x1y2.tmp"}


def test_published_files_are_links_or_copies_of_the_cache(album):
    paths, out, cache = album
    results, _ = run(paths, out, cache)
    for o in results[0].outputs:
        assert (out / o.name).read_bytes() == (cache / STORE / o.name).read_bytes()


def test_each_photo_is_hashed_once_per_build(album, monkeypatch):
    """The cache hashes every photo to find it; a photo it must render is not hashed again."""
    hashed = []
    real = hashlib.sha256
    monkeypatch.setattr(hashlib, "sha256", lambda data=b"": hashed.append(len(data)) or real(data))
    paths, out, cache = album
    _, decodes = run(paths, out, cache, workers=1)
    assert decodes == 3
    assert sorted(hashed) == sorted(p.stat().st_size for p in paths)


def _reads(monkeypatch):
    """The photos whose bytes the cache reads."""
    from gallery import keys
    seen = []
    real = keys.read_source
    monkeypatch.setattr(keys, "read_source", lambda path: seen.append(Path(path).name) or real(path))
    return seen


def _age(paths, seconds=3600):
    for path in paths:
        info = path.stat()
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns - seconds * 10**9))


def test_an_unchanged_photo_is_not_read_again(album, monkeypatch):
    """Its stamp stands for its bytes: a rebuild reads no photo it has seen, and decodes none."""
    paths, out, cache = album
    _age(paths)
    run(paths, out, cache, workers=1)
    reads = _reads(monkeypatch)
    results, decodes = run(paths, out, cache, workers=1)
    assert reads == [] and decodes == 0 and all(isinstance(r, PhotoResult) for r in results)
    # A photo replaced by another: its stamp changed, so it is read, keyed and rendered anew.
    make_photo(paths[0], size=(400, 300), orientation=8)
    _, decodes = run(paths, out, cache, workers=1)
    assert reads == [paths[0].name] and decodes == 1


def test_a_change_in_the_same_clock_tick_is_still_seen(album, monkeypatch):
    """Other bytes under the same size, time and inode, right after the photo was read: the
    stamp cannot be trusted so soon, and the bytes are read again."""
    paths, out, cache = album
    first, decodes = run(paths, out, cache, workers=1)
    info = paths[1].stat()
    data = bytearray(paths[1].read_bytes())
    data[-3] ^= 0xFF  # inside the image data, before the end marker: still a photo, another one
    with open(paths[1], "r+b") as stream:  # in place: the same inode
        stream.write(bytes(data))
    os.utime(paths[1], ns=(info.st_atime_ns, info.st_mtime_ns))
    assert paths[1].stat().st_size == info.st_size
    reads = _reads(monkeypatch)
    second, _ = run(paths, out, cache, workers=1)
    assert paths[1].name in reads
    assert first[1].key != second[1].key
