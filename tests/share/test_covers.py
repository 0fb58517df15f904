"""Covers: where each article's comes from, the thumbnails of the news lists (srcset files,
width and height, lazy below the first two), the photo at the top of the article, and that
no photo is decoded twice for it."""

from __future__ import annotations

from PIL import Image

from conftest import gallery_summary
from news_site import FORUM, FORUM_EN, INLINE, LONG, PHOTOS, PLAIN, SIDE, news_built  # noqa: F401


def _thumbs(html):
    """{article URL: its cover <img>, or None} of a news list, in list order."""
    found = {}
    for item in html.select(".article-list > li article"):
        link = item.find("h2").find("a")["href"]
        found[link.lstrip("./")] = item.find("img", class_="cover-thumb")
    return found


def _file(built, page_url, src):
    target = (built.output / page_url / src).resolve()
    assert target.is_file(), src
    return target


def test_every_list_shows_the_covers_with_srcset_size_and_lazy_loading(news_built):
    for home in ("", "en/", "sr-latn/"):
        thumbs = _thumbs(news_built.html(home))
        with_cover = [url for url, img in thumbs.items() if img is not None]
        assert len(thumbs) == 6 and len(with_cover) == 3, (home, thumbs)  # the forum, the side photo, inline
        for position, (url, img) in enumerate(thumbs.items()):
            if img is None:
                continue
            assert img["alt"] == ""  # the title beside it says what it is
            src = _file(news_built, home, img["src"])
            with Image.open(src) as picture:
                assert picture.size == (int(img["width"]), int(img["height"])) == (400, 300)
            for candidate in img["srcset"].split(", "):
                name, width = candidate.rsplit(" ", 1)
                with Image.open(_file(news_built, home, name)) as picture:
                    assert f"{picture.width}w" == width, candidate
            assert img["sizes"] == ("(min-width: 60rem) 12.5rem, 7.5rem" if position == 0 else "7.5rem")
            assert (img.get("loading") == "lazy") == (position >= 2), (home, url)
    # Every other list shows them too: a tag's, a category's.
    assert any(_thumbs(news_built.html("tag/nis/")).values())
    assert any(_thumbs(news_built.html("en/category/news/")).values())


def test_each_source_of_a_cover(news_built):
    def cover(url):
        figure = news_built.html(url).find("figure", class_="cover")
        return figure.find("img") if figure else None

    assert "img-2-" in cover(FORUM)["src"]  # album.sr.md's Cover: line
    assert cover(FORUM)["alt"] == "Сала форума у Нишу"
    assert cover("sr-latn/" + FORUM)["alt"] == "Sala foruma u Nišu"
    assert "img-3-" in cover(FORUM_EN)["src"] and cover(FORUM_EN)["alt"] == "The lectern"  # its own Cover: line
    assert "naslovna-" in cover(SIDE)["src"]  # the photo beside the article
    assert cover(INLINE) is None  # the text's own photo, shown there, not twice
    assert cover(PLAIN) is None and cover(LONG) is None
    top = cover(FORUM)
    assert top.get("loading") is None and top["width"] == "1000" and len(top["srcset"].split(", ")) == 3


def test_covers_cost_no_second_decode(news_built):
    # three album photos and the one beside an article, each decoded once
    summary = gallery_summary(news_built.log)
    assert summary["decoded"] == PHOTOS and summary["failed"] == 0
    assert summary["written"] == PHOTOS * 4  # a thumbnail and three widths each, nothing more
