"""What editors are told, word for word: `<path>:<line>: <what is wrong>. <what to do>`, paths
from the repository root; and what is refused (paths leading out of the content folder)."""

from __future__ import annotations

import os

import pytest

from conftest import gallery_summary
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
    })
    outside = site.base / "elsewhere"
    outside.mkdir()
    site.photo("../elsewhere/IMG_1.jpg", size=(100, 100))
    (outside / "album.sr.md").write_text("Title: Споља\nDate: 2020-01-01\n\nТекст.\n", encoding="utf-8")
    os.symlink(outside, site.content / "galleries/evil")
    os.symlink(outside / "IMG_1.jpg", site.content / "galleries/a/linked.jpg")
    (site.content / "galleries/a..b").mkdir()
    built = site.build(fatal="")
    return built


@pytest.mark.parametrize("message", [
    "content/galleries/a/cut.jpg: the file is cut short (an incomplete upload or copy); copy the original photo again.",
    "content/galleries/a/empty.jpg: the file is empty (0 bytes): the copy or upload failed; export or copy the photo again.",
    "content/sr/news/missing.md:3: no album 'nope' in content/galleries/. Write the name of a folder there.",
    "content/sr/news/missing.md:3: no album 'A' in content/galleries/; names are case-sensitive, found 'a'. "
    "Write the name of a folder there.",
    "content/sr/news/unsafe.md:3: '../secret' is not an album name. Write the name of a folder in content/galleries/, "
    "without '/' or '..'.",
    "content/sr/news/unsafe.md:3: '/etc' is not an album name. Write the name of a folder in content/galleries/, "
    "without '/' or '..'.",
    "content/sr/news/unsafe.md:7: no photo 'missing.jpg' in album 'a'. Write the photo's file name exactly.",
    "content/sr/news/inline.md:7: '..' is not an album name. Write {photo}<album folder>/<photo file>.",
    "content/galleries/a/captions.sr.txt:2: no photo 'IMG_0042.JPG' in this album; names are case-sensitive, "
    "found 'IMG_0042.jpg'. Write the name exactly as the file is named.",
    "content/galleries/a/captions.sr.txt:3: no photo 'IMG_9999.jpg' in this album. Check the name, or remove the line.",
    "content/galleries/a/captions.sr.txt:4: this line is not 'photo name: caption'. "
    "Write e.g. 'IMG_5591.jpg: The ambassador arrives', or start a comment with #.",
    "content/galleries/a/captions.sr.txt:6: a second caption for 'Ниш 1.jpg' (the first is on line 5). Keep one of them.",
    "content/galleries/a/album.sr.md:3: no photo 'IMG_0042.png' in this album. "
    "Write the name of a photo of the folder in the Cover: line.",
    "content/galleries/a/notes.txt: this text file is neither an album description nor captions. "
    "Name it album.sr.md or captions.sr.txt.",
    "content/galleries/c/album.xx.md: 'xx' is not a language of this site (sr, en). Name the file album.sr.md or album.en.md.",
    "content/galleries/c: the album has no album.sr.md or album.en.md. Add one with a Title: and a Date: line.",
    "content/galleries/d/album.sr.md:1: the album has no Title: line. Add one at the top, e.g. 'Title: Посета амбасадора'.",
    "content/galleries/evil: the album folder is a link to a place outside content/. Put the photos themselves in the folder.",
    "content/galleries/a/linked.jpg: the file is a link to a place outside content/. "
    "Copy the file itself into the album folder.",
    "content/galleries/a..b: an album folder's name must not contain '..'. Rename the folder.",
])
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
