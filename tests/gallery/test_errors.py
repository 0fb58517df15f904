"""What editors are told, word for word: `<path>:<line>: <what is wrong>. <what to do>`, paths
from the repository root; and what is refused (paths leading out of the content folder)."""

from __future__ import annotations

import os
import sys

import pytest

from conftest import ROOT, gallery_summary

sys.path.insert(0, str(ROOT / "tests" / "checks"))
from cases import CASES  # noqa: E402
from photos import empty_file, truncated_jpeg

ARTICLE = """\
    Title: {title}
    Date: 2020-01-02
    Gallery: {gallery}

    Текст.

    ![Фотографија]({{photo}}{inline})
    """


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    from conftest import GallerySite

    site = GallerySite(tmp_path_factory.mktemp("broken"))
    site.photo("galleries/a/IMG_0042.jpg", size=(320, 240))
    site.photo("galleries/a/Ниш 1.jpg", size=(320, 240))
    truncated_jpeg(site.content / "galleries/a/cut.jpg", size=(320, 240))
    empty_file(site.content / "galleries/a/empty.jpg")
    site.write({
        "galleries/a/album.sr.md": "Title: Албум\nDate: 2020-01-01\nCover: IMG_0042.png\n\nТекст.\n",
        "galleries/a/captions.sr.txt": "# натписи\nIMG_0042.JPG: Погрешно слово\nIMG_9999.jpg: Нема је\n"
                                       "без двотачке\nНиш 1.jpg: Ниш\nНиш 1.jpg: Опет\n",
        "galleries/a/notes.txt": "белешке\n",
        "galleries/c/album.xx.md": "Title: X\n",
        "galleries/d/album.sr.md": "Date: 2020-01-01\n\nБез наслова.\n",
        "sr/news/missing.md": ARTICLE.format(title="Прва", gallery="a, nope, A", inline="a/IMG_0042.jpg"),
        "sr/news/unsafe.md": ARTICLE.format(title="Друга", gallery="../secret, /etc", inline="a/missing.jpg"),
        "sr/news/inline.md": ARTICLE.format(title="Трећа", gallery="a", inline="../x/IMG_0042.jpg"),
        "galleries/a/album.en.md": "Title: Album\nDate: 2020-01-01\n\nText.\n\n![One]({photo}a/IMG_0042.jpg)\n",
        "galleries/e/album.sr.md": "Title: Датум\nDate: yesterday\n\nТекст.\n",
        "galleries/f/album.sr.md": "Title: Датум\nDate: 02.03.2018\n\nТекст.\n",
        "galleries/2018-02-30-g/album.sr.md": "Title: Датум\n\nТекст.\n",
    })
    for name, text in {"galleries/h/album.sr.md": "Title: Obuka\nDate: 2020-01-01\n\nNiš i Leskovac.\n",
                       "galleries/a/captions.en.txt": "IMG_0042.jpg: Niš\n"}.items():
        (site.content / name).parent.mkdir(parents=True, exist_ok=True)
        (site.content / name).write_bytes(text.encode("cp1250"))
    site.photo("galleries/IMG_7.jpg", size=(100, 100))
    site.photo("galleries/a/more/IMG_8.jpg", size=(100, 100))
    outside = site.base / "elsewhere"
    outside.mkdir()
    site.photo("../elsewhere/IMG_1.jpg", size=(100, 100))
    (outside / "album.sr.md").write_text("Title: Споља\nDate: 2020-01-01\n\nТекст.\n", encoding="utf-8")
    os.symlink(outside, site.content / "galleries/evil")
    os.symlink(outside / "IMG_1.jpg", site.content / "galleries/a/linked.jpg")
    (site.content / "galleries/a..b").mkdir()
    built = site.build(fatal="")
    return built


# The messages are the catalogue's (tests/checks/cases/photos.py, docs/input-errors.md), by case id.
CASE_IDS = [
    "photo-cut", "photo-empty", "album-missing", "album-case", "album-dotdot", "album-absolute",
    "inline-missing", "inline-dotdot", "caption-case", "caption-missing", "caption-format",
    "caption-twice", "cover-missing", "album-stray-text", "album-language", "album-no-text",
    "album-no-title", "album-symlink", "photo-symlink", "album-dotdot-folder",
    "album-not-utf8", "captions-not-utf8", "album-date-word", "album-date-day-first", "album-folder-date",
    "album-inline-photo", "photo-outside-album", "album-subfolder",
]
MESSAGES = {case.id: case.messages[0] for case in CASES if case.id in CASE_IDS}


@pytest.mark.parametrize("message", [MESSAGES[i] for i in CASE_IDS], ids=CASE_IDS)
def test_error_message(broken, message):
    assert f"ERROR    {message}" in broken.log, broken.log


def test_good_photos_are_published_and_bad_ones_counted(broken):
    # the cut photo was decoded (as far as it goes) before it failed
    assert gallery_summary(broken.log) == {"albums": 1, "photos": 2, "written": 4, "decoded": 3, "failed": 2}
    grid = broken.html("galleries/a/").select(".gallery-grid img")
    assert len(grid) == 2
    assert not (broken.output / "galleries/evil").exists()
    # a {photo} that names nothing leaves its alt text, never a broken image
    assert "Фотографија" in broken.html("news/treca/").find("div", class_="content").text


def test_an_error_fails_the_build(gallery_site):
    gallery_site.photo("galleries/a/IMG_1.jpg", size=(100, 100))
    gallery_site.write({"galleries/a/album.sr.md": "Title: А\nDate: 2020-01-01\n\nТекст.\n",
                        "galleries/a/captions.sr.txt": "IMG_2.jpg: Нема\n"})
    built = gallery_site.build(fatal="errors")
    assert built.returncode != 0
    assert "content/galleries/a/captions.sr.txt:1: no photo 'IMG_2.jpg' in this album." in built.log


@pytest.mark.parametrize("case_id, files", [
    ("album-date-day-first", {"galleries/f/album.sr.md": "Title: Датум\nDate: 02.03.2018\n\nТекст.\n"}),
    ("album-not-utf8", {"galleries/h/album.sr.md": "Title: Obuka\nDate: 2020-01-01\n\nNiš i Leskovac.\n".encode("cp1250")}),
    ("album-inline-photo", {"galleries/a/album.en.md": "Title: Album\nDate: 2020-01-01\n\nText.\n\n![One]({photo}a/IMG_1.jpg)\n"}),
])
def test_album_text_errors_leave_the_published_site(gallery_site, case_id, files):
    """With the publishing plugin, as `make html` runs: no traceback, exit 1, output byte-identical."""
    from conftest import tree_digest, write_content

    plugins = {"PLUGINS": ["gallery", "editions", "publishing"]}
    gallery_site.photo("galleries/a/IMG_1.jpg", size=(100, 100))
    gallery_site.photo("galleries/f/IMG_1.jpg", size=(100, 100))
    gallery_site.photo("galleries/h/IMG_1.jpg", size=(100, 100))
    gallery_site.write({"galleries/a/album.sr.md": "Title: А\nDate: 2020-01-01\n\nТекст.\n",
                        "galleries/f/album.sr.md": "Title: Ф\nDate: 2020-01-01\n\nТекст.\n",
                        "galleries/h/album.sr.md": "Title: Х\nDate: 2020-01-01\n\nТекст.\n"})
    assert gallery_site.build(**plugins).returncode == 0
    before = tree_digest(gallery_site.output)
    write_content(gallery_site.content, files)
    built = gallery_site.build(**plugins)
    assert built.returncode == 1 and "Traceback" not in built.log, built.log
    assert f"ERROR    {MESSAGES[case_id]}" in built.log
    assert tree_digest(gallery_site.output) == before


def test_a_file_pelican_could_not_read_is_not_a_crash(gallery_site):
    """Pelican records a file it could not read as None among the content (here: no title, in a
    site without the checks plugin); the gallery's pass over the articles must step over it."""
    gallery_site.photo("galleries/a/IMG_1.jpg", size=(100, 100))
    gallery_site.write({"galleries/a/album.sr.md": "Title: А\nDate: 2020-01-01\n\nТекст.\n",
                        "sr/news/untitled.md": "Date: 2020-01-02\nGallery: a\n\nТекст.\n"})
    built = gallery_site.build(fatal="")
    assert "Traceback" not in built.log and "NoneType" not in built.log, built.log
    assert built.path("galleries/a/").exists()
