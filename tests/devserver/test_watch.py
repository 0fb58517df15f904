"""The devserver's own loop (plugins/devserver/watch.py, `make devserver`): a failed build is
said once and the loop waits for the next save; the server follows each published build and
keeps the page's polling out of its log."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import ROOT, write_content, write_settings

sys.path.insert(0, str(ROOT / "tests" / "checks"))
from cases import BASE  # noqa: E402

BROKEN = {"sr/news/2019-01-01-no-title.md": "Date: 2019-01-01\n\nТекст.\n"}
FIXED = {"sr/news/2019-01-01-no-title.md": "Title: Поправка\nDate: 2019-01-01\n\nТекст.\n"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(condition, log, what: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds  # generous: the first build of a cold cache, a busy machine
    while not condition():
        assert time.monotonic() < deadline, f"{what} after {seconds} s; the devserver said:\n{log.read_text()}"
        time.sleep(0.05)


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except OSError:
        return 0


def test_a_failed_build_waits_for_the_fix_and_the_server_follows_the_fixed_build(tmp_path):
    write_content(tmp_path / "content", {**BASE, **BROKEN})
    settings = write_settings(tmp_path)
    port, log = _free_port(), tmp_path / "devserver.log"
    with log.open("w") as sink:
        process = subprocess.Popen(
            [sys.executable, "tools/devserver.py", str(tmp_path / "content"), "-o", str(tmp_path / "output"),
             "-s", str(settings), "-p", str(port), "-e", "DEVSERVER_RELOAD=true"],
            stdout=sink, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True,
            env={**os.environ, "COLUMNS": "200"})
    try:
        _wait(lambda: "build failed" in log.read_text(), log, "the broken build did not fail")
        time.sleep(1.5)  # five looks at the inputs: nothing changed, so nothing is built again
        assert log.read_text().count("build failed") == 1 and process.poll() is None, log.read_text()
        assert "there is no Title: line" in log.read_text()
        write_content(tmp_path / "content", FIXED)
        page = f"http://127.0.0.1:{port}/news/popravka/"
        _wait(lambda: _get(page) == 200, log, "the fixed page was not served")
        assert _get(f"http://127.0.0.1:{port}/.devserver/build-id.txt") == 200
        _wait(lambda: "/news/popravka/" in log.read_text(), log, "the page's request was not logged")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    text = log.read_text()
    assert "Traceback" not in text
    assert "/.devserver/" not in text  # the page's polling is not logged


def test_a_broken_settings_file_is_said_and_its_fix_is_noticed(tmp_path):
    """A mistake in the settings file stops no loop: it is named, and saving the file counts as a change."""
    write_content(tmp_path / "content", BASE)
    settings = write_settings(tmp_path)
    good = settings.read_text(encoding="utf-8")
    settings.write_text(good + "PUBLISH_LOCK_TIMEOUT = 'soon'\n", encoding="utf-8")
    port, log = _free_port(), tmp_path / "devserver.log"
    with log.open("w") as sink:
        process = subprocess.Popen(
            [sys.executable, "tools/devserver.py", str(tmp_path / "content"), "-o", str(tmp_path / "output"),
             "-s", str(settings), "-p", str(port)],
            stdout=sink, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True,
            env={**os.environ, "COLUMNS": "200"})
    try:
        _wait(lambda: "PUBLISH_LOCK_TIMEOUT is 'soon'" in log.read_text(), log, "the bad setting was not named")
        assert process.poll() is None and not (tmp_path / "output").exists()
        time.sleep(1.0)
        settings.write_text(good, encoding="utf-8")
        _wait(lambda: (tmp_path / "output" / "index.html").exists(), log, "the fixed settings did not build")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    assert "Traceback" not in log.read_text()
