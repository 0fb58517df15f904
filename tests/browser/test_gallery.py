"""The photo viewer in headless Debian chromium: open, move, caption, close, focus, swipe, and
the plain links without JavaScript. On a built fixture site served from 127.0.0.1."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from conftest import GallerySite
from visitor.checks import serve

ALBUM = "galleries/2018-01-26-visit/"
CAPTIONS = {"IMG_1.jpg": "Амбасадор стиже", "IMG_3.jpg": "Округли сто <b>није</b> HTML"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    site = GallerySite(tmp_path_factory.mktemp("viewer"))
    for n in range(1, 5):
        site.photo(f"galleries/2018-01-26-visit/IMG_{n}.jpg", size=(800, 600), orientation=(1, 6)[n % 2])
    site.write({
        "galleries/2018-01-26-visit/album.sr.md": "Title: Посета\nDate: 2018-01-26\n\nОпис.\n",
        "galleries/2018-01-26-visit/captions.sr.txt": "".join(f"{k}: {v}\n" for k, v in CAPTIONS.items()),
    })
    built = site.build()
    assert built.returncode == 0, built.log
    with serve(built.output) as base:
        yield base


@pytest.fixture
def visit(browser):
    opened = []

    def open_page(url, **options):
        context = browser.new_context(**options)
        page = context.new_page()
        page.problems = []
        page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
        page.on("pageerror", lambda e: page.problems.append(str(e)))
        page.on("requestfailed", lambda r: page.problems.append(f"failed {r.url}"))
        page.on("response", lambda r: r.status >= 400 and page.problems.append(f"{r.status} {r.url}"))
        page.on("request", lambda r: r.url.startswith("http") and urlparse(r.url).hostname != "127.0.0.1"
                and page.problems.append(f"foreign {r.url}"))
        opened.append(context)
        page.goto(url)
        return page

    yield open_page
    for context in opened:
        context.close()


def counter(page):
    return page.locator(".pswp__counter").inner_text().replace(" ", "")


def opened(page):
    """Wait until the viewer is open and has the focus (its opening animation ended)."""
    page.locator(".pswp").wait_for(state="visible")
    page.wait_for_function("!!document.activeElement.closest('.pswp')")


def focused_href(page):
    return page.evaluate("document.activeElement.getAttribute('href')")


def test_viewer_opens_moves_by_keyboard_closes_and_returns_focus(server, visit):
    page = visit(server + ALBUM)
    thumbs = page.locator(".gallery-grid a")
    assert thumbs.count() == 4
    thumbs.nth(0).click()
    opened(page)
    viewer = page.locator(".pswp")
    assert counter(page) == "1/4"
    assert page.locator(".pswp__caption").inner_text().endswith(CAPTIONS["IMG_1.jpg"])
    # labels in the page's language, from the catalog
    assert page.locator(".pswp__button--close").get_attribute("aria-label") == "Затвори"
    assert page.locator(".pswp__button--arrow--next").get_attribute("aria-label") == "Следећа фотографија"
    assert viewer.get_attribute("aria-label") == "Прегледач фотографија"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("document.querySelector('.pswp__counter').textContent.startsWith('3')")
    # a caption is text: the <b> an editor typed is shown, not applied
    assert page.locator(".pswp__caption").inner_text().endswith(CAPTIONS["IMG_3.jpg"])
    assert "Фотографија 3 од 4" in page.locator(".pswp__caption").text_content()
    page.keyboard.press("ArrowLeft")
    page.wait_for_function("document.querySelector('.pswp__counter').textContent.startsWith('2')")
    for _ in range(6):  # focus stays in the viewer
        page.keyboard.press("Tab")
        assert page.evaluate("!!document.activeElement.closest('.pswp')")
    page.keyboard.press("Escape")
    viewer.wait_for(state="detached")
    assert focused_href(page) == thumbs.nth(1).get_attribute("href")  # the photo shown last
    assert page.problems == []


def test_viewer_opened_from_the_keyboard(server, visit):
    page = visit(server + ALBUM)
    page.locator(".gallery-grid a").nth(2).focus()
    page.keyboard.press("Enter")
    opened(page)
    assert counter(page) == "3/4"
    page.keyboard.press("Escape")
    page.locator(".pswp").wait_for(state="detached")
    assert focused_href(page) == page.locator(".gallery-grid a").nth(2).get_attribute("href")
    assert page.problems == []


def test_swipe_moves_to_the_next_photo_on_a_phone(server, visit):
    page = visit(server + ALBUM, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page.locator(".gallery-grid a").nth(0).tap()
    opened(page)
    assert counter(page) == "1/4"
    cdp = page.context.new_cdp_session(page)

    def touch(kind, x):
        points = [] if kind == "touchEnd" else [{"x": x, "y": 420, "id": 1}]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})

    touch("touchStart", 330)
    for x in range(310, 40, -30):
        touch("touchMove", x)
    touch("touchEnd", 40)
    page.wait_for_function("document.querySelector('.pswp__counter').textContent.startsWith('2')")
    assert page.problems == []


def test_without_javascript_a_thumbnail_is_a_link_to_the_largest_image(server, visit):
    page = visit(server + ALBUM, java_script_enabled=False)
    link = page.locator(".gallery-grid a").nth(0)
    href = link.get_attribute("href")
    assert href.endswith("-800w.jpg") or href.endswith("-600w.jpg")
    assert page.problems == []
    # (an image shown as a page makes chromium ask for /favicon.ico, which the site has not)
    with page.expect_response(lambda r: r.url.endswith(href.rsplit("/", 1)[1])) as response:
        link.click()
    assert response.value.status == 200 and response.value.headers["content-type"] == "image/jpeg"
