"""Find broken internal links in a built site: href, src, srcset, hreflang alternates, canonical;
the sitemap, the feeds, #fragments and the stylesheets' url()."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlparse, unquote

from bs4 import BeautifulSoup

LINK_ATTRIBUTES = (("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"), ("source", "srcset"), ("img", "srcset"),
                   ("source", "src"), ("video", "src"), ("video", "poster"), ("audio", "src"), ("iframe", "src"))


def _target_file(output: Path, path: str) -> Path:
    target = output / unquote(path).lstrip("/")
    if path.endswith("/") or path == "":
        return target / "index.html"
    return target


def page_url(output: Path, page: Path, base: str) -> str:
    return urljoin(base, page.relative_to(output).as_posix())


def broken_links(output: Path, base: str) -> tuple[list[str], int]:
    """(problems, number of links checked). `base` is the site's absolute SITEURL with a trailing slash."""
    problems, checked = [], 0
    base_host = urlparse(base).netloc
    for page in sorted(output.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        here = page_url(output, page, base)
        for tag_name, attribute in LINK_ATTRIBUTES:
            for tag in soup.find_all(tag_name, attrs={attribute: True}):
                values = [tag[attribute]]
                if attribute == "srcset":
                    values = [part.strip().split(" ")[0] for part in tag[attribute].split(",")]
                for value in values:
                    absolute = urljoin(here, value)
                    parsed = urlparse(absolute)
                    if parsed.scheme not in ("http", "https") or parsed.netloc != base_host:
                        continue
                    checked += 1
                    if not _target_file(output, parsed.path).exists():
                        problems.append(f"{page.relative_to(output)}: {tag_name} {attribute}={value!r} -> nothing at {parsed.path}")
    return problems, checked


# --- Beyond href/src/srcset: the sitemap, the feeds, #fragments and CSS url() --------------------

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+?)\1\s*\)|@import\s+(['"])([^'"]+)\3""")


def _missing(output: Path, base: str, url: str) -> str | None:
    """Why an absolute URL of the site leads nowhere, or None when a file serves it."""
    parsed, site = urlparse(url), urlparse(base)
    if parsed.scheme not in ("http", "https") or parsed.netloc != site.netloc:
        return f"not an absolute URL of the site ({base})"
    if not parsed.path.startswith(site.path):
        return f"outside the site's path {site.path}"
    target = _target_file(output, parsed.path[len(site.path):])
    return None if target.exists() else f"nothing at {parsed.path}"


def broken_sitemap_entries(output: Path, base: str) -> tuple[list[str], int]:
    """Every <loc> and hreflang alternate of sitemap.xml must be an absolute URL of a written page,
    listed once, and a page whose canonical URL is itself (fallback copies are not listed)."""
    problems, checked, seen = [], 0, set()
    root = ET.parse(output / "sitemap.xml").getroot()
    for entry in root.findall(f"{SITEMAP}url"):
        loc = (entry.findtext(f"{SITEMAP}loc") or "").strip()
        urls = [("loc", loc)] + [(f"hreflang={link.get('hreflang')}", link.get("href", ""))
                                 for link in entry.findall(f"{XHTML}link")]
        for what, url in urls:
            checked += 1
            why = _missing(output, base, url)
            if why:
                problems.append(f"sitemap.xml: {what} {url!r}: {why}")
        if loc in seen:
            problems.append(f"sitemap.xml: {loc!r} listed twice")
        seen.add(loc)
        page = _target_file(output, urlparse(loc).path[len(urlparse(base).path):])
        if page.suffix == ".html" and page.exists():
            canonical = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("link", rel="canonical")
            if canonical is not None and canonical.get("href") != loc:
                problems.append(f"sitemap.xml: {loc!r} is a copy; its canonical URL is {canonical.get('href')!r}")
    return problems, checked


def _feed_links(root: ET.Element) -> tuple[list[tuple[str, str]], list[str]]:
    """(where, URL) of a feed's own links, and the HTML fragments of its entries."""
    links, html = [], []
    if root.tag == f"{ATOM}feed":
        links += [("feed link", link.get("href", "")) for link in root.findall(f"{ATOM}link")]
        for entry in root.findall(f"{ATOM}entry"):
            title = entry.findtext(f"{ATOM}title")
            links += [(f"entry {title!r} link", link.get("href", "")) for link in entry.findall(f"{ATOM}link")]
            html += [el.text or "" for el in entry if el.tag in (f"{ATOM}content", f"{ATOM}summary") and el.get("type") == "html"]
    elif root.tag == "rss":
        channel = root.find("channel")
        links += [("channel link", (channel.findtext("link") or "").strip())]
        links += [("channel atom:link", link.get("href", "")) for link in channel.findall(f"{ATOM}link")]
        for item in channel.findall("item"):
            links += [(f"item {item.findtext('title')!r} link", (item.findtext("link") or "").strip())]
            html += [item.findtext("description") or ""]
    return links, html


def broken_feed_links(output: Path, base: str) -> tuple[list[str], int]:
    """Every Atom and RSS feed: its links and its entries' links, and every href/src/srcset inside the
    entries' HTML, must be absolute URLs of written files (feed readers resolve relative URLs in
    different ways, so a relative one is reported too)."""
    problems, checked = [], 0
    for feed in sorted(output.rglob("*.xml")):
        root = ET.parse(feed).getroot()
        if root.tag not in (f"{ATOM}feed", "rss"):
            continue
        name = feed.relative_to(output).as_posix()
        links, fragments = _feed_links(root)
        for fragment in fragments:
            soup = BeautifulSoup(fragment, "html.parser")
            for tag_name, attribute in LINK_ATTRIBUTES:
                for tag in soup.find_all(tag_name, attrs={attribute: True}):
                    values = [tag[attribute]]
                    if attribute == "srcset":
                        values = [part.strip().split(" ")[0] for part in tag[attribute].split(",")]
                    links += [(f"<{tag_name} {attribute}> in an entry", value) for value in values]
        for where, url in links:
            if urlparse(url).scheme in ("mailto", "tel") or (urlparse(url).scheme and urlparse(url).netloc != urlparse(base).netloc):
                continue
            checked += 1
            why = _missing(output, base, url)
            if why:
                problems.append(f"{name}: {where} {url!r}: {why}")
    return problems, checked


def broken_fragments(output: Path, base: str) -> tuple[list[str], int]:
    """Every link with a #fragment to a page of the site must find an element with that id there."""
    problems, checked, ids = [], 0, {}

    def ids_of(page: Path) -> set[str]:
        if page not in ids:
            soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
            ids[page] = {t["id"] for t in soup.find_all(id=True)} | {t["name"] for t in soup.find_all("a", attrs={"name": True})}
        return ids[page]

    for page in sorted(output.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        here = page_url(output, page, base)
        for a in soup.find_all("a", href=True):
            parsed = urlparse(urljoin(here, a["href"]))
            if not parsed.fragment or parsed.fragment == "top" or parsed.netloc != urlparse(base).netloc:
                continue
            target = _target_file(output, parsed.path)
            if target.suffix != ".html" or not target.exists():
                continue  # a missing page is broken_links' report
            checked += 1
            if unquote(parsed.fragment) not in ids_of(target):
                problems.append(f"{page.relative_to(output)}: a href={a['href']!r} -> no id {parsed.fragment!r} in {target.relative_to(output)}")
    return problems, checked


def broken_css_urls(output: Path, base: str) -> tuple[list[str], int]:
    """Every url(...) and @import of the site's stylesheets (images, fonts) must lead to a file."""
    problems, checked = [], 0
    for sheet in sorted(output.rglob("*.css")):
        here = page_url(output, sheet, base)
        text = re.sub(r"/\*.*?\*/", "", sheet.read_text(encoding="utf-8"), flags=re.S)
        for match in _CSS_URL.finditer(text):
            value = (match.group(2) or match.group(4)).strip()
            if value.startswith(("data:", "#")):
                continue
            parsed = urlparse(urljoin(here, value))
            if parsed.netloc != urlparse(base).netloc:
                continue
            checked += 1
            if not _target_file(output, parsed.path).exists():
                problems.append(f"{sheet.relative_to(output)}: url({value}) -> nothing at {parsed.path}")
    return problems, checked
