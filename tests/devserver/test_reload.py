"""`make devserver` for real: a copy of content/ served on a free port, an article open in
chromium, the article saved with a change, and the time until the page shows it. A build that
fails leaves the page alone; the next good one reloads it."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

SOURCE = "sr/news/2018-02-09-pcm-lfm-training.md"
ARTICLE = "news/obuka-pcm-lfm-u-nisu-i-leskovcu/"
STARTUP = 120  # seconds: the first build of a cold cache, on a slow machine
RELOAD = 60


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(condition, seconds: float, what: str, log: Path) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"{what} after {seconds} s; the devserver said:\n{log.read_text()}"
        time.sleep(0.1)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def devserver(tmp_path_factory):
    """`make devserver` on a copy of content/, with its own output, cache and port."""
    base = tmp_path_factory.mktemp("devserver")
    shutil.copytree(ROOT / "content", base / "content")
    settings = base / "settings.py"
    settings.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n"
                        f"CACHE_PATH = {str(base / 'cache')!r}\nWEB_EDITOR_PROXY_PORT = {_free_port()}\n",
                        encoding="utf-8")
    port, log = _free_port(), base / "devserver.log"
    with open(log, "w") as stream:
        # Its own process group: make, pelican and pelican's server and builder are stopped together.
        process = subprocess.Popen(
            ["make", "--no-print-directory", "devserver", f"PORT={port}", f"INPUTDIR={base / 'content'}",
             f"OUTPUTDIR={base / 'output'}", f"CONFFILE={settings}"],
            cwd=ROOT, stdout=stream, stderr=subprocess.STDOUT, start_new_session=True,
            env={**os.environ, "COLUMNS": "200"},
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        build_id = base / "output" / ".devserver" / "build-id.txt"
        _wait(lambda: process.poll() is None and build_id.exists() and _answers(url + ARTICLE),
              STARTUP, "the devserver did not serve the site", log)
        yield url, base, log
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=15)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()



def _open(browser, url):
    """The article in a fresh page, once the reload script has read the current build id."""
    page = browser.new_page()
    page.loads = 0
    page.on("load", lambda: setattr(page, "loads", page.loads + 1))
    with page.expect_response(lambda r: r.url.endswith("/.devserver/build-id.txt") and r.ok, timeout=30_000):
        page.goto(url)
    return page


def test_saving_an_article_reloads_the_open_page(devserver, browser):
    url, base, log = devserver
    source = base / "content" / SOURCE
    page = _open(browser, url + ARTICLE)
    assert page.loads == 1
    marker = f"Измена бр. {time.time_ns()}"
    with open(source, "a", encoding="utf-8") as stream:
        stream.write(f"\n{marker}.\n")
    saved = time.monotonic()
    page.get_by_text(marker).wait_for(timeout=RELOAD * 1000)
    seconds = time.monotonic() - saved
    print(f"\ndevserver: saved an article, the open page showed the change {seconds:.2f} s later")
    assert page.loads == 2
    page.close()


def test_a_failed_build_leaves_the_page_and_the_next_good_one_reloads_it(devserver, browser):
    url, base, log = devserver
    source = base / "content" / SOURCE
    good = source.read_text(encoding="utf-8")
    page = _open(browser, url + ARTICLE)
    failures = log.read_text().count("build failed")
    source.write_text(good.replace("Date: 2018-02-09 12:00", "Date: 09.02.2018"), encoding="utf-8")
    _wait(lambda: log.read_text().count("build failed") > failures, RELOAD, "the broken build did not fail", log)
    assert "09.02.2018' is not a date this site can read" in log.read_text()
    page.wait_for_timeout(1500)  # five polls of the reload script
    assert page.loads == 1

    source.write_text(good + "\nПоправљено.\n", encoding="utf-8")
    page.get_by_text("Поправљено.").wait_for(timeout=RELOAD * 1000)
    assert page.loads == 2
    page.close()


def test_only_the_devserver_carries_the_reload_script(devserver, content_site):
    url, base, _ = devserver
    served = (base / "output" / ARTICLE / "index.html").read_text(encoding="utf-8")
    assert '<script src="../../.devserver/reload.js" defer></script>' in served
    built = content_site.path(ARTICLE).read_text(encoding="utf-8")  # `make html`
    assert "reload.js" not in built and not (content_site.output / ".devserver").exists()


def test_the_devserver_serves_the_web_editor_and_starts_its_backend(devserver):
    """/admin/ (plugins/webeditor) beside the site, and decap-server answering its configuration's address."""
    import json

    url, base, log = devserver
    with urllib.request.urlopen(url + "admin/") as answer:
        assert b'src="decap-cms.js"' in answer.read()
    with urllib.request.urlopen(url + "admin/config.yml") as answer:
        proxy = json.loads(answer.read())["backend"]["proxy_url"]
    request = urllib.request.Request(proxy, data=json.dumps({"action": "info", "params": {}}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 200, log.read_text()
    assert not (base / "output" / "admin").exists()
