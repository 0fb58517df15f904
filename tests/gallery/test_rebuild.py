"""Rebuilds: nothing decoded when nothing changed; a replaced photo is rendered again; a
removed photo's (or album's) files leave the output."""

from __future__ import annotations

import pytest

from conftest import gallery_summary

IMAGES = "galleries/images"


@pytest.fixture
def site(gallery_site):
    for name, size in (("IMG_1.jpg", (640, 480)), ("IMG_2.jpg", (600, 400)), ("IMG_3.jpg", (500, 500))):
        gallery_site.photo(f"galleries/a/{name}", size=size)
    gallery_site.photo("galleries/b/IMG_9.jpg", size=(640, 480))
    gallery_site.write({
        "galleries/a/album.sr.md": "Title: Први\nDate: 2020-01-01\n\nТекст.\n",
        "galleries/b/album.en.md": "Title: Second\nDate: 2021-01-01\n\nText.\n",
        "galleries/a/captions.sr.txt": "IMG_2.jpg: Други\n",
    })
    return gallery_site


def images(site):
    return {p.name for p in (site.output / IMAGES).iterdir()}


def names_of(site, stem):
    return {n for n in images(site) if n.startswith(stem.lower().replace("_", "-") + "-")}


def test_warm_rebuild_decodes_nothing_and_changes_nothing(site):
    cold = site.build()
    assert cold.returncode == 0, cold.log
    assert gallery_summary(cold.log) == {"albums": 2, "photos": 4, "written": 12, "decoded": 4, "failed": 0}
    before = {p: p.stat().st_mtime_ns for p in (site.output / IMAGES).iterdir()}
    warm = site.build()
    assert warm.returncode == 0, warm.log
    assert gallery_summary(warm.log) == {"albums": 2, "photos": 4, "written": 0, "decoded": 0, "failed": 0}
    assert {p: p.stat().st_mtime_ns for p in (site.output / IMAGES).iterdir()} == before


def test_wiped_output_is_restored_from_the_cache_without_decoding(site):
    site.build()
    for file in (site.output / IMAGES).iterdir():
        file.unlink()
    again = site.build()
    assert gallery_summary(again.log) == {"albums": 2, "photos": 4, "written": 12, "decoded": 0, "failed": 0}


def test_replaced_photo_is_rendered_again_and_its_old_files_go(site):
    site.build()
    old = names_of(site, "IMG_1")
    site.photo("galleries/a/IMG_1.jpg", size=(800, 600), noise=5)  # new bytes, same name
    built = site.build()
    assert gallery_summary(built.log)["decoded"] == 1
    new = names_of(site, "IMG_1")
    assert new and not (new & old), "new content gets new names"
    assert {n.rsplit("-", 1)[1] for n in new} == {"480w.jpg", "800w.jpg", "thumb.jpg"}
    srcs = [img["src"] for img in built.html("galleries/a/").select(".gallery-grid img")]
    assert any(name in src for src in srcs for name in new)


def test_removed_photo_and_album_leave_the_output(site):
    site.build()
    gone = names_of(site, "IMG_2") | names_of(site, "IMG_9")
    assert len(gone) == 6
    (site.content / "galleries/a/IMG_2.jpg").unlink()
    for file in (site.content / "galleries/b").iterdir():
        file.unlink()
    (site.content / "galleries/b").rmdir()
    built = site.build(fatal="")
    assert "captions.sr.txt:1: no photo 'IMG_2.jpg' in this album. Check the name, or remove the line." in built.log
    assert not (images(site) & gone)
    assert len(images(site)) == 6
    assert len(built.html("galleries/a/").select(".gallery-grid img")) == 2
    assert [a.text.strip() for a in built.html("galleries/").select(".album-title")] == ["Први"]


def test_originals_are_published_only_when_asked_and_leave_when_not(site):
    built = site.build(GALLERY_ORIGINALS=True)
    assert built.returncode == 0, built.log
    originals = site.output / IMAGES / "originals"
    assert sorted(p.name.split("-")[0] + "-" + p.name.split("-")[1] for p in originals.iterdir()) == [
        "img-1", "img-2", "img-3", "img-9"]
    link = built.html("galleries/a/").select_one(".gallery-grid a")
    target = (built.path("galleries/a/").parent / link["href"]).resolve()
    assert target.parent == originals.resolve()
    assert target.read_bytes() == (site.content / "galleries/a/IMG_1.jpg").read_bytes()  # as is
    site.build()
    assert not any(originals.iterdir()) and "-original" not in built.path("galleries/a/").read_text()
