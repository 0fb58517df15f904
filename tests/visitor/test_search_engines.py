"""What search engines read, on every page of the real site: one reciprocal hreflang cluster per
page that has translations (itself and x-default included, fallback copies in none), no page that
no link reaches, and a meta description in the page's own language."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

import linkcheck

CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@pytest.fixture(scope="module")
def base(settings):
    return settings["SITEURL"].rstrip("/") + "/"


@pytest.fixture(scope="module")
def soups(built, base):
    """Absolute URL -> parsed page, for every page a visitor can land on (not redirects of old addresses)."""
    found = {}
    for page in sorted(built.output.rglob("*.html")):
        rel = page.relative_to(built.output).as_posix()
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        if soup.find("meta", attrs={"http-equiv": "refresh"}):
            continue
        url = linkcheck.page_url(built.output, page, base)
        found[url[: -len("index.html")] if rel.endswith("index.html") else url] = soup
    return found


def _cluster(soup) -> dict[str, str]:
    return {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate", hreflang=True)}


def _canonical(soup) -> str | None:
    link = soup.find("link", rel="canonical")
    return link["href"] if link else None


def test_every_hreflang_cluster_includes_itself_and_x_default_and_is_reciprocal(soups):
    clustered = 0
    for url, soup in soups.items():
        cluster = _cluster(soup)
        canonical = _canonical(soup)
        if canonical is not None and canonical != url:
            assert cluster == {}, f"{url}: a page that names another as canonical carries no hreflang"
            continue
        if not cluster:
            continue
        clustered += 1
        lang = soup.html["lang"]
        assert cluster.get(lang) == url, f"{url}: its cluster does not list the page itself as {lang}"
        assert "x-default" in cluster and cluster["x-default"] in cluster.values(), url
        for other_lang, other_url in cluster.items():
            if other_lang == "x-default":
                continue
            other = soups.get(other_url)
            assert other is not None, f"{url}: hreflang {other_lang} leads to {other_url}, not a page"
            assert other.html["lang"] == other_lang, f"{url}: {other_url} is not in {other_lang}"
            assert _cluster(other) == cluster, f"{url} and {other_url} declare different clusters"
    assert clustered > 30


def test_no_page_is_an_orphan(soups, base):
    host = urlparse(base).netloc
    linked = set()
    for url, soup in soups.items():
        for a in soup.find_all("a", href=True):
            target = urljoin(url, a["href"]).split("#")[0]
            if urlparse(target).netloc == host and target != url:
                linked.add(target)
    # 404 pages are answered for missing addresses; a draft is at an address nobody is given.
    orphans = [url for url, soup in soups.items() if url not in linked and not url.endswith("404.html")
               and not soup.find("meta", attrs={"name": "robots", "content": "noindex"})]
    assert orphans == []
    assert base + "tags/" in linked and base + "en/categories/" in linked


@pytest.mark.parametrize("edition", ["sr-Cyrl", "en", "sr-Latn"])
def test_every_page_has_a_meta_description_in_its_language(soups, edition):
    described = 0
    for url, soup in soups.items():
        if soup.html["lang"] != edition or url.endswith("404.html"):
            continue
        meta = soup.find("meta", attrs={"name": "description"})
        assert meta is not None and len(meta["content"].strip()) > 10, f"{url}: no meta description"
        text = meta["content"]
        assert len(text) <= 200 and "..." not in text, f"{url}: {text!r}"
        if edition != "sr-Cyrl":
            assert not CYRILLIC.search(text), f"{url}: the description is not in {edition}: {text!r}"
        described += 1
    assert described > 20
