"""Accessibility: axe-core (WCAG 2.0 and 2.1, levels A and AA) on one page of every kind in every
edition, and a keyboard-only walk through the header of every edition."""

from __future__ import annotations

import pytest

from visitor import checks, sitepages

EDITIONS = sitepages.site_settings()["EDITIONS"]


def test_one_page_of_every_kind_has_no_axe_violation(pages, site_base, visit):
    chosen = sitepages.one_of_each_kind(pages)
    for code in EDITIONS:
        kinds = {(p.kind, p.notice) for p in chosen if p.edition == code}
        # home, an article, a fallback copy, a page, a tag, the archives and the 404 page at least
        page = "about-cluster-house" if code == "en" else "o-klaster-kuci"  # each edition's own address
        assert {("home", False), ("news/*", False), ("news/*", True), (page, False), ("tag/*", False),
                ("archives", False), ("404.html", False)} <= kinds, code
    problems = []
    v = visit(site_base, axe=True, **checks.DESKTOP)
    for page in chosen:
        problems += [f"/{page.url}: {line}" for line in checks.axe_violations(v.open(page.url))]
    print(f"axe-core: {len(chosen)} pages checked ({len(pages)} pages of {len({(p.edition, p.kind) for p in pages})} kinds), "
          f"{len(problems)} violations")
    assert v.problems == []
    assert problems == [], "\n".join(problems)


def _expected_header_stops(page) -> list[str]:
    """The keyboard stops of the header in reading order: skip link, site name, every link of each
    switcher (the current language is not a link), the search box (its field and button), every
    link of the main navigation."""
    counts = page.evaluate("""() => ({
      switchers: Array.from(document.querySelectorAll('header nav.switcher')).map(n => n.querySelectorAll('a').length),
      nav: document.querySelectorAll('header nav.site-nav a').length })""")
    stops = ["skip link", "site name"]
    for i, links in enumerate(counts["switchers"]):
        stops += [f"switcher {i}"] * links
    return stops + ["search box"] * 2 + ["main navigation"] * counts["nav"]


@pytest.mark.parametrize("code", list(EDITIONS))
def test_keyboard_walks_the_header_in_order_with_visible_focus(site_base, visit, code):
    v = visit(site_base, **checks.DESKTOP)
    page = v.open(EDITIONS[code]["prefix"])
    expected = _expected_header_stops(page)
    switchers = expected.count("switcher 0"), expected.count("switcher 1")
    assert switchers[0] >= 1, "the language switcher links to the other language"
    if code.startswith("sr"):
        assert switchers[1] == 1, "Serbian pages carry the script switcher"
    stops = checks.tab_through_header(page)
    walked = [s["group"] for s in stops]
    assert walked[:-1] == expected, walked
    assert stops[-1]["inMain"], "after the header, focus goes on into the page's content"
    assert checks.focus_problems(stops[:-1]) == []
    assert v.problems == []


def test_skip_link_moves_focus_to_the_content(site_base, visit):
    v = visit(site_base, **checks.DESKTOP)
    page = v.open("en/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("location.hash") == "#main"
    assert page.evaluate("!!document.activeElement.closest('main')"), "the next Tab is inside the content"
