"""The small site of the structured-data and identity tests, built once per module.

A Serbian article with its English translation and an album, a Serbian article without a
translation (a fallback copy in English), and the album's page: every kind of graph.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from conftest import GallerySite

ALBUM = "2024-03-01-sajam"
SR_SLUG = "sajam-u-nisu"
EN_SLUG = "fair-in-nis"
ALONE_SLUG = "samo-na-srpskom"
SITEURL = "http://127.0.0.1:8000"  # pelicanconf.py's: every absolute address starts with it
EDITIONS = {"sr-Cyrl": "", "en": "en/", "sr-Latn": "sr-latn/"}
NAMES = {"sr-Cyrl": "Кластер кућа", "en": "Cluster House", "sr-Latn": "Klaster kuća"}


def build(folder: Path):
    site = GallerySite(folder)
    site.photo(f"galleries/{ALBUM}/IMG_1.jpg", size=(1200, 900))
    site.photo(f"galleries/{ALBUM}/IMG_2.jpg", size=(900, 1200))
    site.write({
        f"galleries/{ALBUM}/album.sr.md": "Title: Сајам у Нишу\nDate: 2024-03-01 10:00\n\nОпис.\n",
        f"galleries/{ALBUM}/album.en.md": "Title: Fair in Niš\nDate: 2024-03-01 10:00\n\nText.\n",
        f"galleries/{ALBUM}/captions.sr.txt": "IMG_1.jpg: Штанд Кластер куће\n",
        "sr/news/2024-03-01-sajam.md": (
            "Title: Сајам у Нишу\nDate: 2024-03-01 10:00\nModified: 2024-03-04 09:30\nTags: сајам, Ниш\n"
            f"Summary: Кластер кућа на сајму.\nGallery: {ALBUM}\n\nТекст са [везом](https://example.org/x).\n"),
        "en/news/2024-03-01-sajam.md": (
            f"Title: Fair in Niš\nDate: 2024-03-01 10:00\nTags: fair\nGallery: {ALBUM}\n\nThe text.\n"),
        "sr/news/2024-03-05-samo.md": "Title: Само на српском\nDate: 2024-03-05 12:00\n\nТекст.\n",
    })
    built = site.build(PLUGINS=_site_plugins())
    assert built.returncode == 0, built.log
    return built


def _site_plugins():
    import runpy

    from conftest import ROOT

    return runpy.run_path(str(ROOT / "pelicanconf.py"))["PLUGINS"]


def html_pages(built) -> list[Path]:
    return sorted(p for p in built.output.rglob("*.html") if ".build" not in p.parts)


def url_of(built, path: Path) -> str:
    rel = path.relative_to(built.output).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


def graph_of(html: BeautifulSoup) -> list[dict] | None:
    """The page's JSON-LD graph, or None without one; fails on a second script."""
    scripts = html.find_all("script", type="application/ld+json")
    assert len(scripts) <= 1, scripts
    if not scripts:
        return None
    data = json.loads(scripts[0].string)
    assert data["@context"] == "https://schema.org"
    return data["@graph"]


def nodes(graph: list[dict], kind: str) -> list[dict]:
    return [n for n in graph if n.get("@type") == kind]


def file_of(built, url: str) -> Path:
    """The output file an absolute address of the site names."""
    assert url.startswith(SITEURL + "/"), url
    rel = url[len(SITEURL) + 1:].split("#")[0].split("?")[0]
    target = built.output / rel
    return target / "index.html" if rel.endswith("/") or rel == "" else target


def resolve(built, page_url: str, href: str) -> Path:
    """The output file a link of the page at `page_url` leads to (relative or absolute)."""
    return file_of(built, urljoin(f"{SITEURL}/{page_url}", href))
