"""What a visitor sees: the checks behind tests/visitor, written to run on any built site.

Each check returns what it found (problems as readable lines, figures as numbers) instead of
asserting, so the same check can be shown to fail on a deliberately broken site.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse


ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "tests" / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
MISSING_TOOLS = "run `make test`, which installs the test tools (npm ci --prefix tests; Java)"

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 800}}

# Page weight budget of a first load on a phone (README.md, "What a visitor sees").
KB = 1000
CODE_BUDGET = 100 * KB   # HTML, CSS, JavaScript, fonts: everything but images
TOTAL_BUDGET = 300 * KB  # everything, the photos of the first screen included


# --- W3C Nu HTML Checker ------------------------------------------------------------------------


@dataclass
class VnuReport:
    checked: list[Path] = field(default_factory=list)
    errors: list[tuple[Path, str]] = field(default_factory=list)  # (file, "line:column: message [extract]")

    def under(self, folder: Path) -> "VnuReport":
        """The part of the report about the files in `folder`."""
        return VnuReport([p for p in self.checked if p.is_relative_to(folder)],
                         [(p, e) for p, e in self.errors if p.is_relative_to(folder)])

    def lines(self, folder: Path) -> list[str]:
        return [f"{p.relative_to(folder)}:{e}" for p, e in self.errors]


def run_vnu(*targets: Path) -> VnuReport:
    """Validate every HTML file under `targets` in one run of the checker (one JVM start)."""
    if not shutil.which("java") or not VNU_JAR.exists():
        raise RuntimeError(f"the Nu HTML Checker needs Java and {VNU_JAR.relative_to(ROOT)}: {MISSING_TOOLS}")
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--skip-non-html", "--format", "json", "--verbose",
         *map(str, targets)],
        capture_output=True, text=True,
    )
    start = result.stderr.find("{")
    if start < 0:
        raise RuntimeError(f"the Nu HTML Checker gave no report (exit {result.returncode}): {result.stderr}")
    report = json.loads(result.stderr[start:])
    checked = [Path(line.strip()) for line in result.stdout.splitlines() if line.strip().endswith((".html", ".htm"))]
    errors = []
    for m in report["messages"]:
        if m["type"] == "info":
            continue
        where = Path(unquote(urlparse(m.get("url", "")).path))
        errors.append((where, f"{m.get('lastLine', '?')}:{m.get('firstColumn', '?')}: {m['type']}: "
                              f"{m['message']} [{' '.join(m.get('extract', '').split())}]"))
    return VnuReport(checked, errors)


# --- Serving a built site and driving chromium ----------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml",
        ".webp": "image/webp", ".avif": "image/avif", ".woff2": "font/woff2", ".xml": "application/xml",
    }

    def end_headers(self):
        # The 404 pages link to SITEURL absolutely; the browser fetches them from another port here,
        # and axe-core reads stylesheets by XHR: allow it, as the real host serves one origin.
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, *args):
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a browser that stops reading (a page left mid-load) is no problem of the site


@contextlib.contextmanager
def serve(directory: Path):
    """Serve `directory` on 127.0.0.1 at a free port; yields the base URL (with a trailing slash)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    httpd = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


class Visit:
    """One browser context on a served site. Absolute links to SITEURL (the 404 pages use them) are
    answered by the local server, as they are by the real host. Records what went wrong."""

    def __init__(self, browser, base: str, siteurl: str, axe: bool = False, **context_options):
        self.base, self.siteurl = base, siteurl.rstrip("/") + "/"
        self.context = browser.new_context(**context_options)
        if axe:  # axe-core in every page of this context: compiled once per page, not sent each time
            self.context.add_init_script(script=axe_source())
        if self.siteurl != base:
            self.context.route(re.compile("^" + re.escape(self.siteurl)),
                               lambda route: route.continue_(url=base + route.request.url[len(self.siteurl):]))
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.finished = []
        self.page.on("pageerror", lambda e: self.problems.append(f"script error: {e}"))
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        self.page.on("requestfailed", self._failed)
        self.page.on("response", lambda r: r.status >= 400 and self.problems.append(f"{r.status}: {r.url}"))
        self.page.on("request", self._only_this_site)
        self.page.on("requestfinished", lambda r: self.finished.append(r))

    def _failed(self, request):
        if request.failure != "net::ERR_ABORTED":  # cut short by the next navigation (the icon, often)
            self.problems.append(f"failed ({request.failure}): {request.url}")

    def _only_this_site(self, request):
        if request.url.startswith(("http:", "https:")) and not request.url.startswith((self.base, self.siteurl)):
            self.problems.append(f"request to another host: {request.url}")

    def open(self, url: str, idle: bool = False):
        """Load `url` (relative to the site); with `idle`, also wait until the network is quiet
        (500 ms without requests: lazy images and late scripts are in)."""
        self.page.goto(self.base + url, wait_until="load")
        if idle:
            self.page.wait_for_load_state("networkidle")
        return self.page

    def close(self):
        self.context.close()


# --- axe-core -----------------------------------------------------------------------------------


@functools.cache
def axe_source() -> str:
    if not AXE_JS.exists():
        raise RuntimeError(f"axe-core is missing at {AXE_JS.relative_to(ROOT)}: {MISSING_TOOLS}")
    return AXE_JS.read_text(encoding="utf-8")


def axe_violations(page) -> list[str]:
    """Run axe-core in the loaded page with the WCAG 2.0/2.1 A and AA rules; one line per failing node."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(content=axe_source())
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", AXE_TAGS)
    lines = []
    for violation in result["violations"]:
        for node in violation["nodes"]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} at "
                         f"{' '.join(map(str, node['target']))}: {summary}")
    return lines


# --- Keyboard -----------------------------------------------------------------------------------

_FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const nav = el.closest('nav');
  const navs = Array.from(document.querySelectorAll('header nav'));
  return {
    text: el.textContent.trim(), cls: el.className, inHeader: !!el.closest('header'),
    inMain: !!el.closest('main'), group: el.classList.contains('skip-link') ? 'skip link'
      : el.classList.contains('site-name') ? 'site name'
      : nav && nav.classList.contains('switcher') ? 'switcher ' + navs.filter(n => n.classList.contains('switcher')).indexOf(nav)
      : nav && nav.classList.contains('site-nav') ? 'main navigation'
      : el.closest('form.site-search') ? 'search box' : 'other',
    focusVisible: el.matches(':focus-visible'),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    outlineCss: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
    onScreen: box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0
      && box.right <= innerWidth && box.bottom <= innerHeight,
  };
}"""


def tab_through_header(page, limit: int = 40) -> list[dict]:
    """Press Tab from the top of the page until focus leaves the header; what got focus, in order."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if focused is None:
            break
        stops.append(focused)
        if focused["group"] != "skip link" and not focused["inHeader"]:
            break
    return stops


def focus_problems(stops: list[dict]) -> list[str]:
    """Focus that a sighted keyboard user could not see."""
    problems = []
    for stop in stops:
        if not (stop["focusVisible"] and stop["outline"]):
            problems.append(f"{stop['group']} {stop['text']!r}: no visible focus outline ({stop['outlineCss']})")
        if not stop["onScreen"]:
            problems.append(f"{stop['group']} {stop['text']!r}: focused but off screen")
    return problems


# --- Page weight --------------------------------------------------------------------------------


def first_load_weight(visit: Visit, url: str) -> dict[str, int]:
    """Bytes transferred (headers and body as sent) by the first load of `url` in a fresh `visit`
    (an empty cache), by resource type, once the network is quiet."""
    visit.finished.clear()
    visit.open(url, idle=True)
    weights: dict[str, int] = {}
    for request in visit.finished:
        sizes = request.sizes()
        kind = {"document": "html", "stylesheet": "css", "script": "js", "image": "images", "font": "fonts"}.get(
            request.resource_type, "other")
        weights[kind] = weights.get(kind, 0) + sizes["responseBodySize"] + sizes["responseHeadersSize"]
    return weights


def load_everything(page) -> None:
    """Before a full-page screenshot: load lazy images too, and wait for every image and font."""
    page.evaluate("""async () => {
      document.querySelectorAll('img[loading="lazy"]').forEach(img => { img.loading = 'eager'; });
      await Promise.all(Array.from(document.images, img => img.decode().catch(() => null)));
      await document.fonts.ready;
    }""")


def weight_problems(label: str, weights: dict[str, int]) -> list[str]:
    code = sum(v for k, v in weights.items() if k != "images")
    total = sum(weights.values())
    problems = []
    if code > CODE_BUDGET:
        problems.append(f"{label}: {code:,} bytes of HTML, CSS, JS and fonts; the budget is {CODE_BUDGET:,}")
    if total > TOTAL_BUDGET:
        problems.append(f"{label}: {total:,} bytes in all; the budget is {TOTAL_BUDGET:,}")
    return problems
