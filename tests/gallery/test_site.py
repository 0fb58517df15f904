"""Galleries in a built site: album pages in every edition, the index, embeds, inline photos,
the markup of every image, and what the published files hold (upright, no GPS)."""

from __future__ import annotations

import re

import pytest
from PIL import Image

from conftest import GallerySite, gallery_summary
from photos import marker_mean, nearest_quadrant, quadrant_means

ALBUM = "2018-01-26-visit"
NEWER = "2019-05-01-spring"
ARTICLE = "news/poseta/"
ARTICLES = {"": ARTICLE, "en/": "news/the-visit/", "sr-latn/": ARTICLE}  # the translation's own address
IMAGES = "galleries/images/"
EDITIONS = {"": "sr-Cyrl", "en/": "en", "sr-latn/": "sr-Latn"}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    s = GallerySite(tmp_path_factory.mktemp("gallery-site"))
    g = f"galleries/{ALBUM}/"
    s.photo(g + "IMG_0001.jpg", size=(600, 800), orientation=6, gps=True)  # portrait, stored sideways
    s.photo(g + "IMG_0002.jpg", size=(640, 480), gps=True)
    s.photo(g + "Ниш тврђава 3.jpg", size=(600, 450))
    s.photo(g + "logo.png", size=(500, 400), fmt="PNG", mode="RGBA", noise=0)
    s.photo(g + "tiny.jpg", size=(200, 150))
    s.photo(f"galleries/{NEWER}/IMG_9000.jpg", size=(640, 480))
    for o in range(1, 9):
        s.photo(f"galleries/2000-01-01-orientations/o{o}.jpg", size=(400, 300), orientation=o, noise=0)
    s.write({
        g + "album.sr.md": "Title: Посета амбасадора\nDate: 2018-01-26 10:00\nCover: IMG_0002.jpg\n\nОпис **албума**.\n",
        g + "album.en.md": "Title: The ambassador's visit\nDate: 2018-01-26 10:00\n\nThe album.\n",
        g + "captions.sr.txt": "# натписи\n\nIMG_0001.jpg: Амбасадор стиже\n"
                               "Ниш тврђава 3.jpg: Тврђава <script>alert(1)</script> & \"Ниш\"\n",
        g + "captions.en.txt": "IMG_0001.jpg: The ambassador arrives\n",
        f"galleries/{NEWER}/album.sr.md": "Title: Пролеће\nDate: 2019-05-01\n\nПролеће у Нишу.\n",
        "galleries/2000-01-01-orientations/album.en.md": "Title: Orientations\n\nAll eight.\n",
        "sr/news/poseta.md": f"""\
            Title: Посета
            Date: 2018-01-27 10:00
            Gallery: {ALBUM}, {NEWER}

            Амбасадор у Нишу.

            ![Амбасадор у Нишу]({{photo}}{ALBUM}/IMG_0002.jpg)

            ![Дочек]({{photo}}{ALBUM}/IMG_0001.jpg) и још ![Тврђава](<{{photo}}{ALBUM}/Ниш тврђава 3.jpg>)
            """,
        "en/news/poseta.md": f"Title: The visit\nDate: 2018-01-27 10:00\nGallery: {ALBUM}\n\nThe ambassador in Niš.\n",
    })
    built = s.build()
    assert built.returncode == 0, built.log
    return built


def album_url(prefix, album=ALBUM):
    return f"{prefix}galleries/{album}/"


def test_build_is_clean_and_summarised(site):
    assert "WARNING" not in site.log and "ERROR" not in site.log, site.log
    assert gallery_summary(site.log) == {"albums": 3, "photos": 14, "written": 33, "decoded": 14, "failed": 0}
    assert "galleries: [1/3] 2000-01-01-orientations: 8 of 8 photos ready" in site.log


@pytest.mark.parametrize("prefix, lang", EDITIONS.items())
def test_album_page_in_every_edition(site, prefix, lang):
    html = site.html(album_url(prefix))
    assert html.html["lang"] == lang
    title = {"": "Посета амбасадора", "en/": "The ambassador's visit", "sr-latn/": "Poseta ambasadora"}[prefix]
    assert html.h1.text == title
    alts = [img["alt"] for img in html.select(".gallery-grid img")]
    caption = {"": "Амбасадор стиже", "en/": "The ambassador arrives", "sr-latn/": "Ambasador stiže"}[prefix]
    assert alts[0] == caption
    # no caption: "Photo 2 of 5, <album>" in the page's language, never the file name
    generic = {"": "Фотографија 2 од 5, Посета амбасадора", "en/": "Photo 2 of 5, The ambassador's visit",
               "sr-latn/": "Fotografija 2 od 5, Poseta ambasadora"}[prefix]
    assert alts[1] == generic
    assert not any(".jpg" in a.lower() or ".png" in a.lower() for a in alts)
    assert {link["hreflang"] for link in html.find_all("link", hreflang=True)} == {"sr-Cyrl", "en", "sr-Latn", "x-default"}
    switch = {a["lang"]: a["href"] for nav in html.find_all("nav", class_="switcher") for a in nav.find_all("a")}
    assert all(href.endswith(f"galleries/{ALBUM}/") for href in switch.values()), switch


def test_album_missing_in_a_language_is_a_fallback_with_a_notice(site):
    en = site.html(album_url("en/", NEWER))
    assert "This page is available only in Serbian." in en.find("p", class_="notice").text
    assert en.find("article")["lang"] == "sr-Cyrl" and en.h1.text == "Пролеће"
    assert site.html(album_url("sr-latn/", NEWER)).h1.text == "Proleće"


def test_galleries_index_lists_albums_newest_first_and_is_in_the_menu(site):
    for prefix, title in (("", "Галерије"), ("en/", "Galleries"), ("sr-latn/", "Galerije")):
        html = site.html(prefix + "galleries/")
        links = [a["href"].rstrip("/").rsplit("/", 1)[1] for a in html.select(".album-list li > a")]
        assert links == [NEWER, ALBUM, "2000-01-01-orientations"]
        menu = [a.text for a in html.select(".site-nav a")]
        assert menu[-2:] == [title, {"": "Архива", "en/": "Archives", "sr-latn/": "Arhiva"}[prefix]]
        cover = html.select(".album-list img")[1]
        assert "img-0002-" in cover["src"] and cover["alt"] == ""


def test_article_embeds_its_albums_linked_in_the_same_edition(site):
    for prefix in EDITIONS:
        html = site.html(prefix + ARTICLES[prefix])
        sections = html.select("section.gallery-embed")
        expected = [ALBUM, NEWER] if prefix != "en/" else [ALBUM]
        assert [s.h2.a["href"].rstrip("/").rsplit("/", 1)[1] for s in sections] == expected
        for section in sections:
            href = section.h2.a["href"]
            target = (site.path(prefix + ARTICLES[prefix]).parent / href).resolve()
            assert target == (site.output / prefix / "galleries" / href.rstrip("/").rsplit("/", 1)[1]).resolve()
            assert (target / "index.html").exists()
        modules = [script["src"] for script in html.find_all("script", type="module")]
        assert any(src.endswith("theme/js/gallery.js") for src in modules), modules
    # the English translation leads to the English album page
    fallback = site.html("en/news/the-visit/")
    assert fallback.select_one("section.gallery-embed h2").text == "The ambassador's visit"


def test_inline_photo_becomes_a_responsive_image(site):
    for prefix in EDITIONS:
        if prefix == "en/":
            continue  # the English article has no inline photo
        images = site.html(prefix + ARTICLES[prefix]).select(".content img.photo")
        assert len(images) == 3
        first = images[0]
        assert first["alt"] == {"": "Амбасадор у Нишу", "sr-latn/": "Ambasador u Nišu"}[prefix]
        assert [c.split()[1] for c in first["srcset"].split(", ")] == ["480w", "640w"]
        assert first["width"] == "640" and first["height"] == "480" and "loading" not in first.attrs
        assert images[1]["alt"] == {"": "Дочек", "sr-latn/": "Doček"}[prefix]
        assert images[1]["width"] == "600" and images[1]["height"] == "800"  # upright (EXIF 6)
        assert images[1]["loading"] == "lazy"
        for img in images:
            for url in [img["src"]] + [c.split()[0] for c in img["srcset"].split(", ")]:
                assert (site.path(prefix + ARTICLES[prefix]).parent / url).resolve().is_file(), url
    feed = site.text("feeds/all.atom.xml")
    assert "http://127.0.0.1:8000/galleries/images/img-0002-" in feed and "{gallery-root}" not in feed


def all_images(site):
    for page in site.output.rglob("*.html"):
        rel = page.relative_to(site.output).as_posix()
        for img in site.html(rel).find_all("img"):
            yield rel, img


def test_every_img_has_size_alt_sizes_srcset_and_loading_hints(site):
    checked = 0
    for rel, img in all_images(site):
        for attribute in ("width", "height", "alt", "sizes", "srcset", "src"):
            assert img.has_attr(attribute), (rel, attribute, img)
        assert img["decoding"] == "async"
        checked += 1
    assert checked > 60
    grid = site.html(album_url("")).select(".gallery-grid img")
    assert [img.get("loading") for img in grid] == [None] * 4 + ["lazy"]  # GALLERY_EAGER = 4
    assert all(img.get("loading") == "lazy" for img in site.html(ARTICLE).select(".gallery-grid img"))


def test_thumbnails_link_to_the_largest_image_without_javascript(site):
    for a in site.html(album_url("en/")).select(".gallery-grid a"):
        largest = a["data-pswp-srcset"].split(", ")[-1].split()[0]
        assert a["href"] == largest
        # the thumbnail, then the wider display copies for dense screens
        widths = [c.split()[1] for c in a.img["srcset"].split(", ")]
        assert a.img["srcset"].split()[0].endswith("-thumb.jpg") and widths[0] == a.img["width"] + "w"
        assert widths[1:] == [c.split()[1] for c in a["data-pswp-srcset"].split(", ")
                              if int(c.split()[1][:-1]) > int(a.img["width"])]
        assert (site.path(album_url("en/")).parent / a["href"]).resolve().is_file()


def test_images_are_written_once_and_shared_by_all_editions(site):
    written = sorted(p.relative_to(site.output).as_posix() for p in site.output.rglob("*")
                     if p.suffix in (".jpg", ".png", ".webp") and not p.is_relative_to(site.output / "theme"))
    assert written and all(p.startswith(IMAGES) for p in written)
    # thumbnail + the srcset widths a photo is wide enough for (never upscaled)
    assert len(written) == len(set(written)) == 33
    used = {}
    for prefix in EDITIONS:
        page = site.path(album_url(prefix))
        used[prefix] = {(page.parent / img["src"]).resolve() for img in site.html(album_url(prefix)).select("img")}
    assert used[""] == used["en/"] == used["sr-latn/"]
    assert not (site.output / "galleries" / ALBUM / "IMG_0001.jpg").exists(), "originals are not published"


def jpeg_headers(data: bytes) -> list[int]:
    """The markers of a JPEG's segments before its image data."""
    markers, i = [], 2
    while i + 4 <= len(data) and data[i] == 0xFF and data[i + 1] != 0xDA:
        markers.append(data[i + 1])
        i += 2 + int.from_bytes(data[i + 2:i + 4], "big")
    return markers


def test_published_files_have_no_gps_or_exif_and_html_no_coordinates(site):
    for file in (site.output / IMAGES).iterdir():
        with Image.open(file) as im:
            assert not im.getexif() and "exif" not in im.info and "icc_profile" not in im.info, file
        # no APP1 (EXIF, XMP), APP2 (ICC), APP13 (IPTC) or comment: JFIF, tables and frame only
        assert not {0xE1, 0xE2, 0xED, 0xFE} & set(jpeg_headers(file.read_bytes())), file
    for page in site.output.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"43[.,]3[12]|21[.,]89|GPS", text), page


def derivative(site, album, stem, suffix):
    page = site.html(album_url("", album))
    for a in page.select(".gallery-grid a"):
        img = a.find("img")
        if f"/{stem}-" in img["src"]:
            name = img["src"].rsplit("/", 1)[1].replace("-thumb.jpg", f"-{suffix}.jpg")
            return site.output / IMAGES / name
    raise AssertionError(stem)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_is_published_upright(site, orientation):
    path = derivative(site, "2000-01-01-orientations", f"o{orientation}", "400w")
    with Image.open(path) as im:
        assert im.size == (400, 300)
        assert {q: nearest_quadrant(c) for q, c in quadrant_means(im).items()} == {
            "tl": "tl", "tr": "tr", "bl": "bl", "br": "br"}
        assert min(marker_mean(im)) > 200  # the white marker is top-left


def test_png_with_alpha_is_flattened_on_white(site):
    with Image.open(derivative(site, ALBUM, "logo", "480w")) as im:
        assert im.mode == "RGB" and im.size == (480, 384)
        assert min(quadrant_means(im)["br"]) > 240  # the transparent quadrant


def test_photo_smaller_than_a_thumbnail_is_never_upscaled(site):
    img = next(img for img in site.html(album_url("")).select(".gallery-grid img") if "/tiny-" in img["src"])
    assert (img["width"], img["height"]) == ("200", "150")
    link = img.find_parent("a")
    assert link["data-pswp-srcset"].endswith("200w") and link["data-pswp-width"] == "200"


def test_file_name_with_spaces_and_serbian_letters(site):
    img = site.html(album_url("")).select(".gallery-grid img")[-1]  # Cyrillic sorts after Latin
    assert re.search(r"/nis-tvrdjava-3-[0-9a-f]{8}-thumb\.jpg$", img["src"])
    assert img["alt"] == 'Тврђава <script>alert(1)</script> & "Ниш"'


def test_captions_and_titles_are_escaped(site):
    for prefix in ("", "sr-latn/"):
        text = site.text(album_url(prefix))
        assert "<script>alert" not in text.lower() and "&lt;script&gt;" in text
        assert "&amp; &#34;" in text or "&amp; &quot;" in text


def test_webp_setting_serves_picture_with_jpeg_fallback(gallery_site):
    gallery_site.photo("galleries/a/IMG_1.jpg", size=(640, 480))
    gallery_site.write({"galleries/a/album.sr.md": "Title: Албум\nDate: 2020-01-01\n\nТекст.\n"})
    built = gallery_site.build(GALLERY_WEBP=True)
    assert built.returncode == 0, built.log
    picture = built.html("galleries/a/").select_one(".gallery-grid picture")
    source, img = picture.find("source"), picture.find("img")
    assert source["type"] == "image/webp" and source["srcset"].split()[0].endswith("-thumb.webp")
    assert img["src"].endswith("-thumb.jpg")
    assert (built.path("galleries/a/").parent / source["srcset"].split()[0]).resolve().is_file()


def test_files_windows_writes_into_photo_folders_are_left_alone(gallery_site):
    # Explorer leaves Thumbs.db and desktop.ini in folders of photos; editors never see them.
    gallery_site.photo("galleries/a/IMG_1.jpg", size=(640, 480))
    gallery_site.write({"galleries/a/album.sr.md": "Title: Албум\nDate: 2020-01-01\n\nТекст.\n",
                        "galleries/a/Thumbs.db": "not a photo", "galleries/a/desktop.ini": "[.ShellClassInfo]",
                        "galleries/desktop.ini": "[.ShellClassInfo]", "galleries/a/old/Thumbs.db": "x"})
    built = gallery_site.build()
    assert built.returncode == 0, built.log
    assert "Thumbs.db" not in built.log and "desktop.ini" not in built.log, built.log
    assert len(built.html("galleries/a/").select(".gallery-grid img")) == 1
