"""On a phone (390×844 CSS pixels, 2× density): what the first load of the main pages costs, and
screenshots at phone and desktop widths for a reviewer (test-artifacts/screenshots/)."""

from __future__ import annotations

import html

import pytest

from visitor import checks, sitepages

SCREENSHOTS = checks.ROOT / "test-artifacts" / "screenshots"


@pytest.fixture(scope="module")
def screens(pages, settings):
    article_kind = settings["ARTICLE_URL"].split("{")[0] + "*"
    return sitepages.first_screens(pages, settings["EDITIONS"], article_kind)


def test_first_load_on_a_phone_is_within_the_budget(site_base, visit, screens):
    assert [label for label, _ in screens][:4] == ["sr-Cyrl-home", "en-home", "sr-Latn-home", "sr-Cyrl-article"]
    lines, problems = [], []
    for label, page in screens:
        v = visit(site_base, **checks.PHONE)
        weights = checks.first_load_weight(v, page.url)
        parts = ", ".join(f"{kind} {size:,}" for kind, size in sorted(weights.items()))
        lines.append(f"{label:<22} /{page.url}: {sum(weights.values()):,} bytes ({parts})")
        problems += checks.weight_problems(f"{label} /{page.url}", weights) + v.problems
        assert weights.get("html", 0) > 0 and weights.get("css", 0) > 0, label
    print(f"\nFirst load at 390x844 (budget: {checks.CODE_BUDGET:,} bytes without images, {checks.TOTAL_BUDGET:,} in all)")
    print("\n".join(lines))
    assert problems == [], "\n".join(lines + problems)


def test_every_kind_of_page_reflows_at_320_px(site_base, visit, pages):
    """WCAG 2.1 reflow (1.4.10): at 320 CSS pixels wide, nothing needs scrolling sideways."""
    v = visit(site_base, viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    wide = []
    for page in sitepages.one_of_each_kind(pages):
        width = v.open(page.url).evaluate("document.documentElement.scrollWidth")
        if width > 320:
            wide.append(f"/{page.url}: {width} px wide")
    assert v.problems == []
    assert wide == [], "\n".join(wide)


@pytest.fixture(scope="module")
def screenshots():
    """The screenshot folder, emptied of an earlier run's pictures."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):
        old.unlink()
    return SCREENSHOTS


@pytest.mark.parametrize("width, options", [(390, checks.PHONE), (1280, checks.DESKTOP)], ids=["phone", "desktop"])
def test_screenshots_for_review(site_base, visit, screens, screenshots, width, options):
    v = visit(site_base, **options)
    for label, page in screens:
        v.open(page.url)
        checks.load_everything(v.page)
        assert v.page.evaluate("document.documentElement.scrollWidth") <= width, f"{label}: sideways scroll"
        v.page.screenshot(path=screenshots / f"{label}-{width}.png", full_page=True)
    assert v.problems == []
    rows = "\n".join(
        f"<tr><td>/{html.escape(page.url)}</td>"
        + "".join(f'<td><a href="{label}-{w}.png"><img src="{label}-{w}.png" alt="{label} at {w} px" width="{w // 4}"></a></td>'
                  for w in (390, 1280)) + "</tr>"
        for label, page in screens)
    (screenshots / "index.html").write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Screenshots</title></head><body>\n'
        f"<table><tr><th>page</th><th>390 px</th><th>1280 px</th></tr>\n{rows}\n</table></body></html>\n",
        encoding="utf-8")
