"""Chromium under nginx's Content-Security-Policy: pages and the photo viewer load with no
violation, and an inline script is refused (so the policy really is in force)."""

from __future__ import annotations

import pytest

ARTICLE = "/news/poseta-ambasadora-danske-nisavskom-okrugu-i-leskovcu/"  # with three albums
ALBUM = "/galleries/2018-01-26-nisava-district/"
# Recorded before any script of the page runs: every violation the browser reports.
RECORD = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
"""



@pytest.fixture
def page(browser):
    context = browser.new_context()
    context.add_init_script(script=RECORD)
    page = context.new_page()
    page.console_problems = []
    page.on("console", lambda m: m.type in ("error", "warning") and page.console_problems.append(m.text))
    page.on("pageerror", lambda e: page.console_problems.append(str(e)))
    yield page
    context.close()


def violations(page) -> list[str]:
    return page.evaluate("window.__violations") + [
        m for m in page.console_problems if "Content Security Policy" in m or "Refused to" in m]


def test_pages_and_the_photo_viewer_load_without_violations(nginx, page):
    for path in ("/", "/en/", "/sr-latn/", ARTICLE, "/en" + ARTICLE, "/nothing-here/"):
        response = page.goto(nginx.base + path, wait_until="networkidle")
        assert response.headers["content-security-policy"].startswith("default-src 'self'")
        assert violations(page) == [], path
        assert page.evaluate("getComputedStyle(document.body).margin") == "0px", "the stylesheet did not apply"
        if path != "/nothing-here/":  # the structured data is a data block: script-src does not refuse it
            assert page.locator('script[type="application/ld+json"]').count() == 1, path
    page.console_problems.clear()  # the 404 page's own status is reported as a failed load
    page.goto(nginx.base + ALBUM, wait_until="networkidle")
    page.locator(".gallery-grid a").first.click()
    page.locator(".pswp__img").first.wait_for(state="visible", timeout=15_000)
    page.keyboard.press("ArrowRight")
    page.wait_for_timeout(300)
    page.keyboard.press("Escape")
    assert violations(page) == []
    assert page.console_problems == []


def test_the_policy_is_in_force(nginx, page):
    page.goto(nginx.base + "/", wait_until="networkidle")
    page.evaluate("""() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.head.append(script);
    }""")
    page.wait_for_timeout(100)
    assert page.evaluate("window.inlineRan") is None
    assert any("script-src" in v for v in page.evaluate("window.__violations"))


def test_search_runs_its_webassembly_under_the_policy(nginx, page):
    for prefix, query in (("/", "Нишу"), ("/sr-latn/", "kuca"), ("/en/", "meetings")):
        page.goto(f"{nginx.base}{prefix}search/?q={query}", wait_until="networkidle")
        page.locator("#search-results li").first.wait_for(timeout=15_000)
        assert page.is_hidden("#search-unavailable"), prefix
        assert violations(page) == [], prefix
    assert page.console_problems == []
