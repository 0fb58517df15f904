"""The site's identity (plugins/share/identity.py, icons.py): the mark in the header beside the
name as text, the favicon and app icons drawn from the one description, a manifest per edition."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from conftest import ROOT
from share import identity
from share_site import EDITIONS, NAMES, resolve


@pytest.fixture(scope="module")
def built(share_built):
    return share_built


def test_the_theme_icon_is_the_mark_of_the_one_description():
    assert (ROOT / "theme/static/images/icon.svg").read_text(encoding="utf-8") == identity.icon_svg(), \
        "theme/static/images/icon.svg differs from identity.py: write identity.icon_svg() into it"


def test_the_drawn_mark_and_the_svg_agree():
    """Where the SVG has a node, the picture is white; between the roof's nodes, the brand colour."""
    picture = identity.draw(320).convert("RGB")
    scale = 320 / identity.UNITS
    for x, y in identity.NODES.values():
        assert picture.getpixel((int(x * scale), int(y * scale))) == (255, 255, 255), (x, y)
        assert f'cx="{x:g}" cy="{y:g}"' in identity.mark_svg()
    assert picture.getpixel((int(12 * scale), int(4 * scale))) == (11, 95, 138)  # outside the house


def test_favicon_answers_at_the_root_with_16_and_32_pixels(built):
    data = (built.output / "favicon.ico").read_bytes()
    with Image.open(io.BytesIO(data)) as icon:
        assert icon.format == "ICO" and icon.info["sizes"] == {(16, 16), (32, 32)}


@pytest.mark.parametrize("name,size", [("apple-touch-icon.png", 180), ("icons/icon-192.png", 192),
                                       ("icons/icon-512.png", 512)])
def test_app_icons_are_pngs_of_their_size(built, name, size):
    with Image.open(built.output / name) as icon:
        assert icon.format == "PNG" and icon.size == (size, size)
        corner = icon.convert("RGBA").getpixel((0, 0))
    # the apple-touch-icon fills its square (iOS rounds it); the others have rounded corners
    assert (corner[3] == 255) == (name == "apple-touch-icon.png"), corner


@pytest.mark.parametrize("code", EDITIONS)
def test_each_edition_links_its_own_manifest_with_its_name_and_home(built, code):
    prefix = EDITIONS[code]
    for url in (prefix, f"{prefix}archives/", f"{prefix}tags/"):
        html = built.html(url)
        manifest_file = resolve(built, url, html.find("link", rel="manifest")["href"])
        assert manifest_file == built.output / prefix / "manifest.webmanifest", url
        assert resolve(built, url, html.find("link", rel="apple-touch-icon")["href"]).exists()
        assert resolve(built, url, html.find("link", rel="icon", sizes="32x32")["href"]) == built.output / "favicon.ico"
    manifest = json.loads((built.output / prefix / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["name"] == manifest["short_name"] == NAMES[code] and manifest["lang"] == code
    manifest_url = f"{prefix}manifest.webmanifest"
    assert resolve(built, manifest_url, manifest["start_url"]) == built.output / prefix / "index.html"
    assert manifest["theme_color"] == identity.BRAND
    sizes = set()
    for icon in manifest["icons"]:
        with Image.open(resolve(built, manifest_url, icon["src"])) as picture:
            assert f"{picture.size[0]}x{picture.size[1]}" == icon["sizes"], icon
        sizes.add(icon["sizes"])
    assert {"192x192", "512x512"} <= sizes


@pytest.mark.parametrize("code", EDITIONS)
def test_the_header_shows_the_mark_and_the_name_as_text_in_the_editions_script(built, code):
    link = built.html(EDITIONS[code]).select_one("header a.site-name")
    svg = link.find("svg")
    assert svg is not None and svg["aria-hidden"] == "true" and not svg.find("text")
    assert link.get_text(strip=True) == NAMES[code]
    assert svg.find("path") and len(svg.find_all("circle")) == len(identity.NODES)
