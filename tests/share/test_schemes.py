"""The light and dark schemes and the print layout in chromium, on the real content/ (built once
per session, tests/conftest.py): axe-core finds no WCAG A/AA violation in either scheme (its
contrast rule reads the colours the scheme gives), and screenshots of home, article and album in
both schemes and of an article's print preview go to test-artifacts/schemes/ for a reviewer."""

from __future__ import annotations

import pytest

from visitor import checks

ARTICLE = "news/poseta-ambasadora-danske-nisavskom-okrugu-i-leskovcu/"  # with three albums
PAGES = {"home": "", "article": ARTICLE, "album": "galleries/2018-01-26-nisava-district/",
         "home-en": "en/", "article-latin": "sr-latn/" + ARTICLE}
SHOTS = checks.ROOT / "test-artifacts" / "schemes"
SIZES = {"phone": checks.PHONE, "desktop": checks.DESKTOP}


@pytest.fixture(scope="module")
def base(content_site):
    assert content_site.returncode == 0, content_site.log
    with checks.serve(content_site.output) as url:
        yield url


def _visit(browser, base, **options):
    from visitor.sitepages import site_settings

    return checks.Visit(browser, base, site_settings()["SITEURL"], axe=True, **options)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violation_in_either_scheme_and_screenshots(browser, base, scheme):
    SHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for size, options in SIZES.items():
        visit = _visit(browser, base, color_scheme=scheme, **options)
        try:
            for name, url in PAGES.items():
                if size == "phone" and name not in ("home", "article", "album"):
                    continue
                page = visit.open(url, idle=True)
                assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
                if size == "desktop":  # axe once per page and scheme; the phone's layout has its own tests
                    problems += [f"{scheme} /{url}: {line}" for line in checks.axe_violations(page)]
                checks.load_everything(page)
                page.screenshot(path=str(SHOTS / f"{name}-{scheme}-{size}.png"), full_page=True)
            assert visit.problems == []
        finally:
            visit.close()
    assert problems == [], "\n".join(problems)


def test_the_dark_scheme_really_changes_the_colours(browser, base):
    colours = {}
    for scheme in ("light", "dark"):
        visit = _visit(browser, base, color_scheme=scheme, **checks.DESKTOP)
        try:
            page = visit.open(ARTICLE)
            colours[scheme] = page.evaluate("""() => [getComputedStyle(document.body).backgroundColor,
                getComputedStyle(document.body).color]""")
        finally:
            visit.close()
    assert colours["light"] == ["rgb(255, 255, 255)", "rgb(29, 35, 39)"]
    assert colours["dark"] != colours["light"] and colours["dark"][0] == "rgb(18, 25, 30)"


_PRINTED = """() => {
  const shown = sel => { const e = document.querySelector(sel); return !!e && e.checkVisibility(); };
  const link = document.querySelector('.content a[href^="http"]');
  return {
    nav: shown('nav.site-nav'), search: shown('form.site-search'), switcher: shown('.switchers'),
    footer: shown('footer.site-footer'), foot: shown('.print-foot'),
    footText: document.querySelector('.print-foot').innerText,
    after: link ? getComputedStyle(link, '::after').content : null, href: link ? link.getAttribute('href') : null,
    photos: Array.from(document.querySelectorAll('.content img, .gallery-grid img'),
                       img => img.getBoundingClientRect().height),
  };
}"""


def test_print_preview_of_an_article(browser, base):
    SHOTS.mkdir(parents=True, exist_ok=True)
    visit = _visit(browser, base, **checks.DESKTOP)
    try:
        page = visit.open(ARTICLE, idle=True)
        on_screen = page.evaluate(_PRINTED)
        assert on_screen["nav"] and not on_screen["foot"], "the foot is for paper only"
        page.emulate_media(media="print")
        printed = page.evaluate(_PRINTED)
        checks.load_everything(page)
        page.screenshot(path=str(SHOTS / "article-print.png"), full_page=True)
        page.pdf(path=str(SHOTS / "article-print.pdf"), format="A4")
    finally:
        visit.close()
    assert not (printed["nav"] or printed["search"] or printed["switcher"] or printed["footer"]), printed
    assert printed["foot"] and "26. јануара 2018." in printed["footText"]
    assert f"/{ARTICLE}" in printed["footText"] and printed["footText"].split()[-1].startswith("http")
    # 9 cm at 96 px per inch: no photo taller than that
    assert printed["photos"] and max(printed["photos"]) <= 9 / 2.54 * 96 + 1, printed["photos"]


def test_printed_links_of_the_text_show_their_address(browser, share_built):
    with checks.serve(share_built.output) as url:
        visit = _visit(browser, url, **checks.DESKTOP)
        try:
            page = visit.open("news/sajam-u-nisu/")
            page.emulate_media(media="print")
            after = page.evaluate("""() => {
              const link = document.querySelector('.content a[href^="https://example.org"]');
              return [getComputedStyle(link, '::after').content,
                      getComputedStyle(document.querySelector('.site-nav a'), '::after').content];
            }""")
        finally:
            visit.close()
    assert after == ['" (" "https://example.org/x" ")"', "none"] or after[0].count("https://example.org/x") == 1, after
    assert after[1] == "none", "only the text's links: the menu is not printed"
