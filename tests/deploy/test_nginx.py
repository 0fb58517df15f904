"""deploy/nginx.conf for real: Debian's nginx serving a `make publish` build of content/.

Status codes, the 404 page of each edition, cache and security headers, the precompressed
files sent as they are, hidden files refused, and chromium loading pages under the
Content-Security-Policy without a single violation.
"""

from __future__ import annotations

import gzip
import re

import brotli
import pytest
from bs4 import BeautifulSoup

ARTICLE = "/news/poseta-ambasadora-danske-nisavskom-okrugu-i-leskovcu/"  # with three albums
ALBUM = "/galleries/2018-01-26-nisava-district/"
PAGES = ["/", "/en/", "/sr-latn/", ARTICLE, "/en" + ARTICLE, "/sr-latn" + ARTICLE, ALBUM,
         "/en/archives/", "/kontakt/", "/sitemap.xml", "/robots.txt", "/feeds/all.atom.xml", "/en/feeds/all.rss.xml"]
YEAR = "public, max-age=31536000, immutable"
CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
       "form-action 'self'; frame-ancestors 'self'")


def lang_prefix(lang: str) -> str:
    return {"sr-Cyrl": "", "en": "en", "sr-Latn": "sr-latn"}[lang]


def html(body: bytes) -> BeautifulSoup:
    return BeautifulSoup(body.decode("utf-8"), "html.parser")


def test_the_build_is_publishable_and_precompressed(published):
    assert "ERROR" not in published.log and "WARNING" not in published.log, published.log
    figures = re.search(r"deploy: (\d+) text files precompressed \(\.gz, \.br\): (\d+) results made, "
                        r"(\d+) reused from the cache.* in ([\d.]+) s", published.log)
    assert figures, published.log
    files, made, reused, seconds = int(figures[1]), int(figures[2]), int(figures[3]), float(figures[4])
    print(f"\nprecompression of content/ with an empty cache: {files} files, {made} results made "
          f"({reused} duplicates reused) in {seconds:.2f} s")
    assert files > 100 and made + reused == 2 * files
    robots = (published.output / "robots.txt").read_text()
    assert robots == f"User-agent: *\nAllow: /\n\nSitemap: http://127.0.0.1:{published.port}/sitemap.xml\n"


def test_pages_answer_200_and_directories_redirect_to_the_slash(nginx):
    for path in PAGES:
        status, _, _ = nginx.get(path)
        assert status == 200, path
    for path in ("/en", ARTICLE.rstrip("/"), "/sr-latn" + ALBUM.rstrip("/")):
        status, headers, _ = nginx.get(path)
        assert (status, headers["Location"]) == (301, path + "/"), path


@pytest.mark.parametrize("path, lang, text", [
    ("/no-such-page/", "sr-Cyrl", "Страница није пронађена"),
    ("/news/no-such-article/", "sr-Cyrl", "Страница није пронађена"),
    ("/en/no-such-page", "en", "Page not found"),
    ("/en/news/missing/deeper/", "en", "Page not found"),
    ("/sr-latn/nema-je/", "sr-Latn", "Stranica nije pronađena"),
    # Folders without an index.html: no page there, so the edition's 404 (not nginx's bare 403).
    ("/news/", "sr-Cyrl", "Страница није пронађена"),
    ("/theme/", "sr-Cyrl", "Страница није пронађена"),
    ("/galleries/images/", "sr-Cyrl", "Страница није пронађена"),
    ("/en/news/", "en", "Page not found"),
    ("/sr-latn/news/", "sr-Latn", "Stranica nije pronađena"),
])
def test_a_missing_page_is_the_404_page_of_its_edition(nginx, published, path, lang, text):
    status, headers, body = nginx.get(path)
    assert status == 404
    if (published.output / path.strip("/")).is_dir():  # a folder that has no page: no listing either
        assert not (published.output / path.strip("/") / "index.html").exists()
        assert body == (published.output / lang_prefix(lang) / "404.html").read_bytes()
    page = html(body)
    assert page.html["lang"] == lang and text in page.h1.text
    assert headers["Content-Security-Policy"] == CSP and headers["X-Content-Type-Options"] == "nosniff"


def test_a_folder_without_a_page_is_reached_like_any_folder_then_answers_404(nginx):
    status, headers, _ = nginx.get("/en/news")
    assert (status, headers["Location"]) == (301, "/en/news/")
    status, headers, body = nginx.get("/en/news/", Accept_Encoding="gzip")
    assert (status, headers["Content-Encoding"]) == (404, "gzip")
    assert "Page not found" in html(gzip.decompress(body)).h1.text


def test_an_old_address_answers_301_with_its_new_one(nginx, published):
    old, identity = published.old_address
    record = dict(line.split("\t") for line in (published.base / "content" / "addresses.txt")
                  .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    now = next(a for a, shows in record.items() if shows == identity and a != old)
    status, headers, _ = nginx.get(old)
    assert (status, headers["Location"]) == (301, now)
    assert headers["Content-Security-Policy"] == CSP
    status, _, body = nginx.get(now)
    assert status == 200 and html(body).find("link", rel="canonical")["href"].endswith(now)
    # Without nginx's map (any static host) the page at the old address leads there too.
    page = html((published.output / old.strip("/") / "index.html").read_bytes())
    assert page.find("link", rel="canonical")["href"] == nginx.base + now
    assert page.find("meta", attrs={"http-equiv": "refresh"})["content"] == f"0; url={nginx.base}{now}"


def test_a_removed_article_answers_410_with_its_page(nginx, published):
    removed = published.removed[0]
    status, headers, body = nginx.get(removed)
    assert status == 410
    assert body == (published.output / removed.strip("/") / "index.html").read_bytes()
    page = html(body)
    assert page.html["lang"] == "sr-Cyrl" and page.h1.text == "Ова вест је уклоњена"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert headers["Content-Security-Policy"] == CSP
    assert nginx.get(page.find("link", rel="stylesheet")["href"].removeprefix(nginx.base))[0] == 200
    assert [nginx.get(a["href"].removeprefix(nginx.base))[0] for a in page.find_all("a")] == [200, 200]
    _, headers, body = nginx.get(removed, Accept_Encoding="gzip")
    assert headers["Content-Encoding"] == "gzip" and html(gzip.decompress(body)).h1 == page.h1
    assert nginx.get("/news/no-such-article/")[0] == 404, "an address never published is still a 404"


def test_cache_headers_long_for_content_named_files_and_revalidate_the_rest(nginx):
    status, headers, body = nginx.get("/")
    assert status == 200 and headers["Cache-Control"] == "no-cache"
    page = html(body)
    stylesheet = page.find("link", rel="stylesheet")["href"]
    icon = page.find("link", rel="icon")["href"]
    assert re.search(r"/theme/css/site\.[0-9a-f]{12}\.css$", stylesheet), stylesheet
    assert re.search(r"/theme/images/icon\.[0-9a-f]{12}\.svg$", icon), icon
    script = html(nginx.get(ALBUM)[2]).find("script", type="module")["src"]
    photo = html(nginx.get(ALBUM)[2]).select_one(".gallery-grid img")["src"]
    for url in (stylesheet, icon, script, photo):
        status, headers, _ = nginx.get(url.removeprefix(nginx.base))
        assert (status, headers["Cache-Control"]) == (200, YEAR), url
    for path in ("/theme/css/site.css", "/theme/vendor/photoswipe/photoswipe.esm.min.js", "/sitemap.xml", ARTICLE):
        status, headers, _ = nginx.get(path)
        assert (status, headers["Cache-Control"]) == (200, "no-cache"), path


def test_security_headers_on_every_answer(nginx):
    for path in ("/", ARTICLE, "/theme/css/site.css", "/robots.txt", "/nothing-here/"):
        _, headers, _ = nginx.get(path)
        assert headers["Content-Security-Policy"] == CSP, path
        assert headers["X-Content-Type-Options"] == "nosniff", path
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin", path
        assert "Server" not in headers or "/" not in headers["Server"]  # no version number


def test_icons_and_manifests_are_served_with_their_types(nginx):
    for path, kind in (("/favicon.ico", "image/"), ("/apple-touch-icon.png", "image/png"),
                       ("/icons/icon-512.png", "image/png"), ("/manifest.webmanifest", "application/manifest+json"),
                       ("/en/manifest.webmanifest", "application/manifest+json"),
                       ("/sr-latn/manifest.webmanifest", "application/manifest+json")):
        status, headers, _ = nginx.get(path)
        assert status == 200 and headers["Content-Type"].startswith(kind), (path, headers["Content-Type"])
        assert headers["Content-Security-Policy"] == CSP, path


def test_precompressed_files_are_sent_to_browsers_that_accept_them(nginx):
    for path in ("/", ARTICLE, "/theme/css/site.css", "/sitemap.xml", "/en/feeds/all.atom.xml"):
        status, headers, plain = nginx.get(path)
        assert status == 200 and "Content-Encoding" not in headers, path
        _, headers, body = nginx.get(path, Accept_Encoding="gzip")
        assert headers["Content-Encoding"] == "gzip" and gzip.decompress(body) == plain, path
        assert "Accept-Encoding" in headers.get("Vary", ""), path
        if not nginx.brotli:
            continue
        _, headers, body = nginx.get(path, Accept_Encoding="br")
        assert headers["Content-Encoding"] == "br" and brotli.decompress(body) == plain, path
        _, headers, body = nginx.get(path, Accept_Encoding="gzip, deflate, br, zstd")
        assert headers["Content-Encoding"] == "br" and len(body) < len(plain) / 2, path
    if not nginx.brotli:
        pytest.skip("no brotli module for nginx here: .br files were not tried (gzip was)")


def test_hidden_files_are_refused(nginx, published):
    (published.output / ".secret").write_text("not for visitors")
    (published.output / "en" / ".git").mkdir()
    (published.output / "en" / ".git" / "config").write_text("[core]")
    for path in ("/.secret", "/en/.git/config", "/.build/"):
        status, _, body = nginx.get(path)
        assert status == 403 and b"not for visitors" not in body, path


def test_pages_have_no_inline_script_or_style_that_the_policy_would_block(published):
    problems = []
    for page in sorted(published.output.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        where = page.relative_to(published.output).as_posix()
        # a JSON-LD block is data, not a script the browser runs: script-src does not apply to it
        problems += [f"{where}: inline <script>" for s in soup.find_all("script")
                     if not s.get("src") and s.get("type") != "application/ld+json"]
        problems += [f"{where}: a second JSON-LD block" for _ in soup.find_all("script", type="application/ld+json")[1:]]
        problems += [f"{where}: <style> element" for _ in soup.find_all("style")]
        problems += [f"{where}: <{t.name} style=...>" for t in soup.find_all(style=True)]
        problems += [f"{where}: <{t.name} {a}=...>" for t in soup.find_all(True) for a in t.attrs
                     if a.lower().startswith("on")]
        problems += [f"{where}: a javascript: link" for a in soup.find_all(href=re.compile(r"^\s*javascript:", re.I))]
    assert problems == []


def test_publish_output_carries_no_devserver_reload(published):
    assert not (published.output / ".devserver").exists()
    assert "reload.js" not in (published.output / "index.html").read_text(encoding="utf-8")


def test_the_search_index_is_served_as_pagefind_wrote_it_and_cached_by_its_names(nginx, published):
    """Each edition's bundle: its content-named files for a year, the rest revalidated, and the
    already gzipped .pf_* files without a second compression (no .gz copy, no Content-Encoding)."""
    for prefix in ("", "en/", "sr-latn/"):
        bundle = published.output / prefix / "search" / "pagefind"
        named = sorted(bundle.glob("pagefind.*.pf_meta")) + sorted(bundle.glob("index/*.pf_index"))[:1] \
            + sorted(bundle.glob("fragment/*.pf_fragment"))[:1]
        assert len(named) == 3, prefix
        assert not list(bundle.rglob("*.pf_*.gz")) and not list(bundle.rglob("*.pf_*.br")), prefix
        for path in named:
            url = "/" + path.relative_to(published.output).as_posix()
            status, headers, body = nginx.get(url, Accept_Encoding="gzip, br")
            assert (status, headers["Cache-Control"]) == (200, YEAR), url
            assert "Content-Encoding" not in headers and body == path.read_bytes(), url
            assert gzip.decompress(body).startswith(b"pagefind_dcd"), url
        for name in ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json"):
            status, headers, _ = nginx.get(f"/{prefix}search/pagefind/{name}")
            assert (status, headers["Cache-Control"]) == (200, "no-cache"), prefix + name
            assert headers["Content-Security-Policy"] == CSP
        _, headers, body = nginx.get(f"/{prefix}search/pagefind/pagefind.js", Accept_Encoding="gzip")
        assert headers["Content-Encoding"] == "gzip", prefix


def test_calendar_files_are_served_as_text_calendar(nginx):
    for path in ("/news/obuka-pcm-lfm-u-nisu-i-leskovcu/event.ics", "/en/events/calendar.ics"):
        status, headers, body = nginx.get(path)
        assert status == 200 and headers["Content-Type"] == "text/calendar; charset=utf-8", (path, headers)
        assert body.startswith(b"BEGIN:VCALENDAR") and headers["Cache-Control"] == "no-cache"
        assert headers["Content-Security-Policy"] == CSP
    assert nginx.get("/news/nothing/event.ics")[0] == 404
