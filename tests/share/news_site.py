"""The small news site of the cover, preview and feed tests, built once per test run.

Every way an article gets its cover: its album's (album.sr.md names IMG_2), a `Cover:` line
naming an album's photo (the English forum), a photo file beside the article, the first
`{photo}` of the text; an article without any (a preview card), a long title with every
Serbian letter, and one whose title is markup (plain text everywhere).
"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from conftest import ROOT, GallerySite

ALBUM = "2024-05-01-forum"
SITEURL = "http://127.0.0.1:8000"  # pelicanconf.py's
PREFIXES = {"sr-Cyrl": "", "en": "en/", "sr-Latn": "sr-latn/"}
NAMES = {"sr-Cyrl": "Кластер кућа", "en": "Cluster House", "sr-Latn": "Klaster kuća"}
LOCALES = {"sr-Cyrl": "sr_RS", "en": "en_GB", "sr-Latn": "sr_RS"}
LONG_TITLE = ("Ђурђевдански сусрет привредника из Ниша, Лесковца и Пирота: чланови Кластер куће "
              "о извозу у Данску, Шведску и Норвешку, о џемовима, ћилимима и жељезници")
HOSTILE_TITLE = "<b>\"Quotes\" & 'apostrophes'</b> </title><script>alert(1)</script>"
# Slugs of the articles (by their titles)
FORUM, FORUM_EN = "news/forum-klastera/", "en/news/cluster-forum/"
SIDE, INLINE, PLAIN = "news/naslovna-sa-strane/", "news/fotografija-u-tekstu/", "news/bez-fotografije/"
LONG = "news/djurdjevdanski-susret-privrednika-iz-nisa-leskovca-pirota/"
HOSTILE = "en/news/quotes-apostrophes-alert1/"
PHOTOS = 4  # three in the album, one beside an article

FILES = {
    f"galleries/{ALBUM}/album.sr.md": "Title: Форум кластера\nDate: 2024-05-01 10:00\nCover: IMG_2.jpg\n\nОпис.\n",
    f"galleries/{ALBUM}/album.en.md": "Title: Cluster forum\nDate: 2024-05-01 10:00\n\nText.\n",
    f"galleries/{ALBUM}/captions.sr.txt": "IMG_2.jpg: Сала форума у Нишу\nIMG_3.jpg: Говорница\n",
    f"galleries/{ALBUM}/captions.en.txt": "IMG_3.jpg: The lectern\n",
    "sr/news/2024-05-01-forum.md": (
        "Title: Форум кластера\nDate: 2024-05-01 10:00\nTags: форум, Ниш\nSummary: Кластери на форуму.\n"
        f"Gallery: {ALBUM}\n\nТекст форума.\n"),
    "en/news/2024-05-01-forum.md": (
        f"Title: Cluster forum\nDate: 2024-05-01 10:00\nTags: forum\nCover: {ALBUM}/IMG_3.jpg\n\nThe text.\n"),
    "sr/news/2024-05-02-side.md": (
        "Title: Насловна са стране\nDate: 2024-05-02 10:00\nTags: Ниш\nCover: naslovna.jpg\n\nТекст.\n"),
    "sr/news/2024-05-03-inline.md": (
        "Title: Фотографија у тексту\nDate: 2024-05-03 10:00\n\nПрви пасус.\n\n"
        f"![Говорница на форуму]({{photo}}{ALBUM}/IMG_3.jpg)\n\nДруги пасус.\n"),
    "sr/news/2024-05-04-plain.md": "Title: Без фотографије\nDate: 2024-05-04 10:00\nTags: Ниш\n\nТекст.\n",
    "sr/news/2024-05-05-long.md": f"Title: {LONG_TITLE}\nDate: 2024-05-05 10:00\n\nТекст.\n",
    "en/news/2024-05-06-hostile.md": f"Title: {HOSTILE_TITLE}\nDate: 2024-05-06 10:00\nTags: forum\n\nText.\n",
}


def build(folder: Path):
    site = GallerySite(folder)
    for n, size in ((1, (1600, 1200)), (2, (1500, 1000)), (3, (1200, 1600))):
        site.photo(f"galleries/{ALBUM}/IMG_{n}.jpg", size=size)
    site.photo("sr/news/naslovna.jpg", size=(1400, 900))
    site.write(FILES)
    plugins = runpy.run_path(str(ROOT / "pelicanconf.py"))["PLUGINS"]
    built = site.build(PLUGINS=plugins, SEARCH_INDEX=False)
    assert built.returncode == 0, built.log
    return built


@pytest.fixture(scope="session")
def news_built(tmp_path_factory):
    return build(tmp_path_factory.mktemp("news"))


def file_of(built, url: str) -> Path:
    """The output file an absolute address of the site names."""
    assert url.startswith(SITEURL + "/"), url
    rel = url[len(SITEURL) + 1:].split("#")[0]
    target = built.output / rel
    return target / "index.html" if rel.endswith("/") or rel == "" else target


def meta(html, prop: str) -> list[str]:
    """The content of every <meta property=...> (or name=...) with this name, in order."""
    tags = html.find_all("meta", attrs={"property": prop}) or html.find_all("meta", attrs={"name": prop})
    return [t["content"] for t in tags]
