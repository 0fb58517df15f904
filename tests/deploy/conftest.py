"""Fixtures of the deployment tests: a `make publish` build of content/ served by Debian's nginx
with deploy/nginx.conf, on 127.0.0.1 at a free port, from a temporary prefix."""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, BuiltSite

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
MISSING = "run `make test`, which installs Debian's nginx and its brotli module"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def site_config(port: int, root: Path, brotli: bool) -> str:
    """deploy/nginx.conf with this test's address and folder (the two lines it documents)."""
    text = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    text, listens = re.subn(r"(?m)^(\s*)listen 80;$", rf"\g<1>listen 127.0.0.1:{port};", text)
    text, ipv6 = re.subn(r"(?m)^\s*listen \[::\]:80;\n", "", text)
    text, roots = re.subn(r"(?m)^(\s*)root \S+;$", lambda m: f"{m[1]}root {root};", text)
    text, maps = re.subn(r"(?m)^(\s*)include \S+/\.build/redirects\.map;$",
                         lambda m: f"{m[1]}include {root / '.build' / 'redirects.map'};", text)
    assert (listens, ipv6, roots, maps) == (1, 1, 1, 1), \
        "deploy/nginx.conf: keep one `listen 80;`, one `listen [::]:80;`, one `root`, one `include` of the map"
    if not brotli:
        text, count = re.subn(r"(?m)^\s*brotli_static on;\n", "", text)
        assert count == 1
    return text


def main_config(work: Path, brotli: bool) -> str:
    """What a host's nginx.conf gives the site file: the http block, with every path in `work`."""
    user = "user root;" if os.geteuid() == 0 else ""  # workers must read the pytest folders (mode 0700)
    module = f"load_module {BROTLI_MODULE};" if brotli else ""
    temps = "\n".join(f"  {name}_temp_path {work / name};" for name in
                      ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""
{module}
{user}
daemon off;
worker_processes 1;
pid {work / 'nginx.pid'};
error_log {work / 'error.log'} warn;
events {{ worker_connections 64; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log {work / 'access.log'};
{temps}
  include {work / 'site.conf'};
}}
"""


class Nginx:
    """Debian's nginx in the foreground, owned by the test; stop() ends it."""

    def __init__(self, work: Path, root: Path, port: int):
        if not os.access(NGINX, os.X_OK):
            pytest.skip(MISSING)
        self.brotli = BROTLI_MODULE.exists()
        self.work, self.port = work, port
        work.mkdir(parents=True, exist_ok=True)
        (work / "site.conf").write_text(site_config(port, root, self.brotli), encoding="utf-8")
        (work / "nginx.conf").write_text(main_config(work, self.brotli), encoding="utf-8")
        command = [NGINX, "-p", f"{work}/", "-e", str(work / "error.log"), "-c", str(work / "nginx.conf")]
        check = subprocess.run([*command, "-t"], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 15
        while True:
            assert self.process.poll() is None, f"nginx stopped: {self.process.stderr.read()}{self.log()}"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, f"nginx does not answer on port {port}{self.log()}"
                time.sleep(0.05)
        self.base = f"http://127.0.0.1:{port}"

    def log(self) -> str:
        path = self.work / "error.log"
        return "\n" + path.read_text(errors="replace") if path.exists() else ""

    def get(self, path: str, **headers) -> tuple[int, http.client.HTTPMessage, bytes]:
        """One request, nothing decoded and no redirect followed: (status, headers, body)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("GET", path, headers={k.replace("_", "-"): v for k, v in headers.items()})
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            connection.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # SIGTERM: nginx's fast shutdown, workers included
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# Two earlier addresses of the site that it no longer publishes, added to a copy of its record:
# one of an article that is still there (a redirect), one of an article removed (410).
OLD_ADDRESS = ("/news/an-earlier-address-of-the-visit/", "article:news/2018-01-26-danish-ambassador-visit@sr-Cyrl")
REMOVED = ("/news/an-article-removed-since/", "article:news/2016-05-05-removed-since@sr-Cyrl")


@pytest.fixture(scope="session")
def published(tmp_path_factory):
    """content/ built as `make publish` does (publishconf.py), for the address nginx will have;
    from a copy, whose record of addresses also has OLD_ADDRESS and REMOVED (confirmed gone in
    its redirects.txt, so the build is still publishable)."""
    base = tmp_path_factory.mktemp("publish")
    port = free_port()
    output = base / "output"
    cache = base / "cache"  # cold: this build also measures compressing everything
    content = base / "content"
    shutil.copytree(ROOT / "content", content)
    with open(content / "addresses.txt", "a", encoding="utf-8") as record:
        record.write("".join(f"{address}\t{identity}\n" for address, identity in (OLD_ADDRESS, REMOVED)))
    (content / "redirects.txt").write_text(f"{REMOVED[0]} gone\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s",
         str(ROOT / "publishconf.py"), "-v", "-e", f"CACHE_PATH={json.dumps(str(cache))}"],
        capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "SITEURL": f"http://127.0.0.1:{port}", "COLUMNS": "1000"},
    )
    site = BuiltSite(output, result)
    assert site.returncode == 0, site.log
    site.port, site.base = port, base
    site.old_address, site.removed = OLD_ADDRESS, REMOVED
    return site


@pytest.fixture(scope="session")
def nginx(published):
    server = Nginx(published.base / "nginx", published.output, published.port)
    yield server
    server.stop()
