"""Find broken internal links in a built site: href, src, srcset, hreflang alternates, canonical."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlparse, unquote

from bs4 import BeautifulSoup

LINK_ATTRIBUTES = (("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"), ("source", "srcset"), ("img", "srcset"))


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
