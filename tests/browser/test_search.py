"""Search as a visitor uses it, in headless Debian chromium driven by Playwright, on the built
content/: the queries of the issue in both Serbian scripts find the same article in both Serbian
editions, results stay in the edition, English stems, nothing is fetched before the box is
focused, and without JavaScript the box leads to the archives."""

from __future__ import annotations

from urllib.parse import quote, urljoin, urlparse

import pytest

from visitor.checks import serve

PCM = "news/obuka-pcm-lfm-u-nisu-i-leskovcu/"  # "у Нишу", "Ниш" in Cyrillic
ABOUT = "o-klaster-kuci/"  # "Кластер кућа"
NIS_QUERIES = ["Ниш", "Niš", "nis", "NIS", "Нишу", "nisu"]
HOUSE_QUERIES = ["кућа", "kuća", "kuca"]
SERBIAN = {"": "sr-Cyrl", "sr-latn/": "sr-Latn"}
OTHER_PREFIXES = ("en/", "sr-latn/")


@pytest.fixture(scope="module")
def server(content_site):
    assert content_site.returncode == 0, content_site.log
    with serve(content_site.output) as base:
        yield base


@pytest.fixture
def page(browser):
    """A fresh page, with its script errors and the URLs it requested recorded."""
    context = browser.new_context()
    tab = context.new_page()
    tab.errors, tab.requested = [], []
    tab.on("console", lambda m: m.type == "error" and tab.errors.append(m.text))
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    tab.on("request", lambda r: tab.requested.append(r.url))
    yield tab
    context.close()


def _results(page) -> list[str]:
    """Wait for the results page to finish a search; the results' links, as written."""
    page.wait_for_function("document.querySelector('#search-status').textContent.trim() !== ''"
                           " && !document.querySelector('#search-status').textContent.endsWith('…')")
    return page.eval_on_selector_all("#search-results a", "links => links.map(a => a.href)")


def _search(page, server, prefix, query) -> list[str]:
    page.goto(f"{server}{prefix}search/?q={quote(query)}")
    return _results(page)


@pytest.mark.parametrize("prefix", list(SERBIAN))
@pytest.mark.parametrize("query, expected", [(q, PCM) for q in NIS_QUERIES] + [(q, ABOUT) for q in HOUSE_QUERIES])
def test_serbian_queries_in_either_script_find_the_article_in_either_edition(server, page, prefix, query, expected):
    links = _search(page, server, prefix, query)
    assert server + prefix + expected in links, f"{prefix or '/'} {query!r}: {links}"
    for link in links:
        path = link[len(server):]
        assert link.startswith(server + prefix), link
        if not prefix:
            assert not path.startswith(OTHER_PREFIXES), f"{query!r}: a result leaves the Cyrillic edition: {link}"
    assert page.errors == []


def test_cyrillic_edition_shows_results_in_cyrillic_with_the_match_marked(server, page):
    _search(page, server, "", "nisu")
    item = page.locator("#search-results li").filter(has=page.locator(f'a[href="{server}{PCM}"]'))
    assert item.locator("h2").inner_text() == "Обука PCM-LFM у Нишу и Лесковцу"
    marks = item.locator("mark").all_inner_texts()
    assert marks and all(m.lower().startswith("ниш") for m in marks), marks
    assert item.locator("p").last.inner_text().isascii() is False


def test_latin_edition_marks_the_match_in_latin(server, page):
    _search(page, server, "sr-latn/", "Нишу")
    marks = page.locator("#search-results mark").all_inner_texts()
    assert marks and all(m.lower().startswith("niš") for m in marks), marks


def test_english_stems_meetings_to_meeting(server, page):
    links = _search(page, server, "en/", "meetings")
    assert links and all(link.startswith(server + "en/") for link in links), links
    assert "meeting" in [m.lower() for m in page.locator("#search-results mark").all_inner_texts()]


def test_typing_on_the_results_page_searches_and_keeps_the_query_in_the_address(server, page):
    page.goto(server + "search/")
    page.fill("#search-q", "kuca")
    assert server + ABOUT in _results(page)
    assert urlparse(page.url).query == "q=kuca"


def test_an_unknown_word_says_nothing_was_found(server, page):
    assert _search(page, server, "", "qqxqqz") == []
    assert page.inner_text("#search-status") == "Ништа није пронађено. Покушајте другу реч или погледајте архиву."
    assert not page.is_visible("#search-unavailable")


def test_nothing_is_fetched_for_search_before_the_box_is_focused(server, page):
    page.goto(server + PCM)
    page.wait_for_load_state("networkidle")
    box = page.locator("form.site-search")
    assert box.get_attribute("action") == "../../archives/"
    early = [u for u in page.requested if "/search" in urlparse(u).path or "pagefind" in u]
    assert early and all("/theme/js/search-box." in u for u in early), early
    with page.expect_request("**/search/pagefind/pagefind.js"):
        page.focus("#site-search-q")
    assert box.get_attribute("action") == "../../search/"
    page.fill("#site-search-q", "Ниш")
    page.press("#site-search-q", "Enter")
    page.wait_for_url("**/search/?q=*")
    assert server + PCM in _results(page)
    assert page.errors == []


@pytest.mark.parametrize("prefix", ["", "en/", "sr-latn/"])
def test_without_javascript_the_box_leads_to_the_archives(server, browser, prefix):
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(server + prefix)
        tab.fill("#site-search-q", "kuca")
        tab.press("#site-search-q", "Enter")
        tab.wait_for_load_state()
        assert urlparse(tab.url).path == f"/{prefix}archives/"
        tab.goto(server + prefix + "search/?q=kuca")
        assert not tab.is_visible("#search-unavailable")
        message = tab.locator("noscript .search-needs-js")
        assert message.is_visible()
        targets = {urljoin(tab.url, a.get_attribute("href")) for a in message.locator("a").all()}
        assert targets == {f"{server}{prefix}archives/", f"{server}{prefix}tags/"}
    finally:
        context.close()


def test_the_box_has_a_name_on_a_phone(server, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    try:
        tab = context.new_page()
        tab.goto(server + "sr-latn/")
        box = tab.locator("#site-search-q")
        assert box.is_visible()
        assert box.get_attribute("aria-label") == "Pretraži sajt"
        assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        context.close()


def test_the_results_pages_are_noindex_and_not_in_the_sitemap(content_site):
    sitemap = (content_site.output / "sitemap.xml").read_text(encoding="utf-8")
    for prefix in ["", "en/", "sr-latn/"]:
        html = (content_site.output / prefix / "search" / "index.html").read_text(encoding="utf-8")
        assert '<meta name="robots" content="noindex">' in html, prefix
        assert f"/{prefix}search/<" not in sitemap and f'/{prefix}search/"' not in sitemap, prefix
    assert "/archives/<" in sitemap  # the lists are there


def test_a_browser_that_cannot_run_the_index_is_sent_to_the_archives_and_tags(server, page):
    """As a browser without 'wasm-unsafe-eval' (Safari < 16, Firefox < 102): the page's policy
    refuses the WebAssembly, and the page says so and leads to the lists."""
    def without_wasm(route):
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": "default-src 'self'"})

    page.route(lambda url: "/search/" in url, without_wasm)  # the page and Pagefind's worker
    page.goto(server + "sr-latn/search/?q=kuca")
    message = page.locator("#search-unavailable")
    message.wait_for(state="visible", timeout=10_000)
    assert page.locator("#search-results li").count() == 0
    assert message.locator("a").count() == 2


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    from security import hostile

    built = hostile.build(tmp_path_factory.mktemp("hostile-search"))
    with serve(built.output) as base:
        yield base


@pytest.mark.parametrize("prefix, query, shown", [("", "текст", "<скрипт>"), ("sr-latn/", "скрипт", "<skript>"),
                                                  ("en/", "text", "The text with задржи.")])
def test_hostile_titles_and_texts_stay_text_in_the_results(hostile_server, page, prefix, query, shown):
    from security import hostile

    page.add_init_script("window.alert = () => { window.alerted = true; };")
    links = _search(page, hostile_server, prefix, query)
    assert links, f"{prefix or '/'} {query!r} found nothing"
    tags = page.eval_on_selector_all("#search-results *", "all => [...new Set(all.map(e => e.localName))]")
    assert set(tags) <= {"li", "h2", "a", "p", "mark"}, tags
    titles = page.locator("#search-results h2").all_inner_texts()
    assert any(hostile.SCRIPT in title for title in titles), titles
    assert any(shown in text for text in page.locator("#search-results p").all_inner_texts()), shown
    assert page.evaluate("window.alerted") is None
