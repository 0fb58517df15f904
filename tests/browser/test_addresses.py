"""An old address in a real browser (headless Debian chromium, Playwright): after a retitle the
article's first address, served by a plain static server, leads the visitor to the article."""

from __future__ import annotations


import pytest

from conftest import build_fixture
from visitor.checks import serve

OLD_TITLE, NEW_TITLE = "Посета у Нишу", "Посета амбасадора Данске у Нишу"
ARTICLE = "sr/news/2018-01-26-visit.md"


@pytest.fixture(scope="module")
def moved(tmp_path_factory):
    """The site built, the article retitled and built again, served: (base URL, old address, record)."""
    base = tmp_path_factory.mktemp("moved")
    text = f"Title: {OLD_TITLE}\nDate: 2018-01-26 12:00\n\nТекст посете.\n"
    build_fixture(base, {ARTICLE: text, "sr/pages/contact.md": "Title: Контакт\n\nНиш.\n"})
    record = (base / "content" / "addresses.txt").read_text(encoding="utf-8")
    old = next(line.split("\t")[0] for line in record.splitlines() if line.endswith("@sr-Cyrl")
               and "2018-01-26-visit" in line)
    built = build_fixture(base, {ARTICLE: text.replace(OLD_TITLE, NEW_TITLE)})
    with serve(built.output) as served:
        yield served.rstrip("/"), old, base


def test_the_old_address_lands_on_the_article_under_its_new_address(browser, moved):
    server, old, base = moved
    record = (base / "content" / "addresses.txt").read_text(encoding="utf-8")
    new = next(line.split("\t")[0] for line in record.splitlines() if line.endswith("@sr-Cyrl")
               and "2018-01-26-visit" in line and not line.startswith(old + "\t"))
    context = browser.new_context()
    page = context.new_page()
    errors, missing = [], []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    # Which address failed: a console error names none.
    page.on("response", lambda r: r.status >= 400 and missing.append(f"{r.status} {r.url}"))
    try:
        page.goto(server + old)
        page.wait_for_url(server + new, timeout=10_000)
        assert page.locator("h1").first.inner_text() == NEW_TITLE
        assert page.title().startswith(NEW_TITLE)
        assert missing == [] and errors == []
    finally:
        context.close()
