"""What a visitor sees, in headless Debian chromium driven by Playwright, on the built content/."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from visitor.checks import serve

AMBASSADOR = "news/poseta-ambasadora-danske-nisavskom-okrugu-i-leskovcu/"
PCM = "news/obuka-pcm-lfm-u-nisu-i-leskovcu/"


@pytest.fixture(scope="module")
def server(content_site):
    assert content_site.returncode == 0, content_site.log
    with serve(content_site.output) as base:
        yield base


class Visit:
    """A page with everything that went wrong while loading it recorded."""

    def __init__(self, browser, **context_options):
        self.context = browser.new_context(**context_options)
        self.page = self.context.new_page()
        self.errors, self.failed, self.foreign = [], [], []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.status} {r.url}"))
        self.page.on("request", self._check_host)

    def _check_host(self, request):
        host = urlparse(request.url).hostname
        if request.url.startswith(("http:", "https:")) and host != "127.0.0.1":
            self.foreign.append(request.url)

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser):
    opened = []

    def open_visit(**options):
        v = Visit(browser, **options)
        opened.append(v)
        return v

    yield open_visit
    for v in opened:
        v.close()


@pytest.mark.parametrize("url, lang", [("", "sr-Cyrl"), ("en/", "en"), (PCM, "sr-Cyrl"), ("en/" + AMBASSADOR, "en")])
def test_pages_render_cleanly(server, visit, url, lang):
    v = visit()
    v.page.goto(server + url)
    assert v.page.get_attribute("html", "lang") == lang
    assert v.page.locator("h1").first.is_visible()
    assert (v.errors, v.failed, v.foreign) == ([], [], [])


def test_language_switcher_leads_to_the_same_article(server, visit):
    v = visit()
    v.page.goto(server + PCM)
    sr_title = v.page.locator("h1").inner_text()
    # the translation's address is in its own words: the one the page declares for English
    english = urlparse(v.page.locator('link[rel=alternate][hreflang="en"]').get_attribute("href")).path
    assert english.startswith("/en/news/") and english != "/en/" + PCM
    v.page.get_by_role("navigation", name="Језик").get_by_role("link", name="English").click()
    v.page.wait_for_load_state()
    assert v.page.url == server + english.lstrip("/")
    assert v.page.get_attribute("html", "lang") == "en"
    assert v.page.locator("h1").inner_text() != sr_title
    v.page.get_by_role("navigation", name="Language").get_by_role("link", name="Српски").click()
    v.page.wait_for_load_state()
    assert v.page.url == server + PCM


def test_fallback_notice_is_visible_and_leads_to_the_original(server, visit):
    v = visit()
    v.page.goto(server + "en/" + AMBASSADOR)
    notice = v.page.locator(".notice")
    assert notice.is_visible()
    assert "available only in Serbian" in notice.inner_text()
    notice.get_by_role("link").click()
    v.page.wait_for_load_state()
    assert v.page.url == server + AMBASSADOR
    assert v.page.get_attribute("html", "lang") == "sr-Cyrl"


@pytest.mark.parametrize("url", ["", "en/", PCM])
def test_phone_width_has_no_sideways_scroll_and_usable_navigation(server, visit, url):
    v = visit(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    v.page.goto(server + url)
    scroll_width = v.page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 390
    nav_links = v.page.locator(".site-nav a")
    assert nav_links.count() >= 3
    for i in range(nav_links.count()):
        box = nav_links.nth(i).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390


def test_keyboard_reaches_skip_link_and_switcher(server, visit):
    v = visit()
    v.page.goto(server + "en/")
    v.page.keyboard.press("Tab")
    assert v.page.evaluate("document.activeElement.className") == "skip-link"
    assert v.page.locator(".skip-link").is_visible()
    for _ in range(3):
        v.page.keyboard.press("Tab")
        if v.page.evaluate("document.activeElement.getAttribute('lang')") == "sr-Cyrl":
            break
    assert v.page.evaluate("document.activeElement.textContent") == "Српски"
