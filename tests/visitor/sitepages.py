"""The pages of a built site, found from its files: their URLs, editions and kinds.

tests/visitor checks one page of each kind (pages of one kind share a template) instead of all.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def site_settings() -> dict:
    """What pelicanconf.py (the development settings) sets: EDITIONS, SITEURL, URL patterns."""
    spec = importlib.util.spec_from_file_location("_visitor_pelicanconf", ROOT / "pelicanconf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {k: v for k, v in vars(module).items() if k.isupper()}


def old_addresses(output: Path) -> set[str]:
    """The URLs (relative to the site root) that only keep an old address working: a redirect
    page, or the page of a removed article (the build's map, plugins/editions/redirects.py)."""
    path = output / ".build" / "redirects.map"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return {line.split('"')[1][1:] for line in lines if line.startswith('"')}


def page_urls(output: Path) -> list[str]:
    """The URL (relative to the site root) of every HTML page: '', 'en/news/x/', '404.html';
    not the old addresses (they are checked in tests/editions/test_addresses.py)."""
    urls, old = [], old_addresses(output)
    for page in sorted(output.rglob("*.html")):
        rel = page.relative_to(output).as_posix()
        url = rel[: -len("index.html")] if rel == "index.html" or rel.endswith("/index.html") else rel
        if url not in old:
            urls.append(url)
    return urls


def edition_of(url: str, editions: dict) -> str:
    """The code of the edition that `url` belongs to (the longest matching prefix)."""
    best = next(code for code, e in editions.items() if not e["prefix"])
    for code, edition in editions.items():
        if edition["prefix"] and url.startswith(edition["prefix"]) and len(edition["prefix"]) > len(editions[best]["prefix"]):
            best = code
    return best


def page_kind(url: str, editions: dict) -> str:
    """What kind of page `url` is, from its shape: 'home', '404.html', 'archives', 'news/*', 'tag/*'.
    Pages of one kind share a template, so one of each kind (per edition) stands for all."""
    rest = url[len(editions[edition_of(url, editions)]["prefix"]):]
    if rest == "":
        return "home"
    if not rest.endswith("/"):
        return rest
    first, *others = rest.strip("/").split("/")
    return "/".join([first] + ["*"] * len(others))


@dataclass
class SitePage:
    url: str
    edition: str
    kind: str
    notice: bool  # shows a notice (a fallback copy, an outdated translation)
    images: int


def site_pages(output: Path, editions: dict) -> list[SitePage]:
    pages = []
    for url in page_urls(output):
        text = (output / (url + "index.html" if url == "" or url.endswith("/") else url)).read_text(encoding="utf-8")
        main = text[text.find("<main"):text.find("</main>")]
        pages.append(SitePage(url, edition_of(url, editions), page_kind(url, editions),
                              'class="notice"' in main, main.count("<img")))
    return pages


def one_of_each_kind(pages: list[SitePage]) -> list[SitePage]:
    """One page per edition, kind and notice: the set the browser checks (album pages, when the
    gallery writes them, are a kind of their own and join automatically)."""
    chosen = {}
    for page in pages:
        chosen.setdefault((page.edition, page.kind, page.notice), page)
    return list(chosen.values())


def first_screens(pages: list[SitePage], editions: dict, article_kind: str) -> list[tuple[str, SitePage]]:
    """(label, page) of the pages measured and photographed on a phone: every edition's home page,
    the primary edition's article with the most images, and for every other kind of page that
    shows images (albums, the gallery index, once there are albums) its page with the most."""
    primary = next(iter(editions))
    chosen = [(f"{code}-home", next(p for p in pages if p.edition == code and p.kind == "home")) for code in editions]
    own = [p for p in pages if p.edition == primary and not p.notice]
    articles = [p for p in own if p.kind == article_kind]
    if articles:
        chosen.append((f"{primary}-article", max(articles, key=lambda p: p.images)))
    for kind in sorted({p.kind for p in own} - {"home", article_kind}):
        richest = max((p for p in own if p.kind == kind), key=lambda p: p.images)
        if richest.images:
            chosen.append((f"{primary}-{richest.url.strip('/').replace('/', '-')}", richest))
    return chosen
