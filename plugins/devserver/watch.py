"""`make devserver`: build, serve the output, and build again after every save — our loop, not
Pelican's `--autoreload`.

Pelican's loop runs a build that raised again at once (a busy loop until the file is fixed), so
a failed build had to pretend it succeeded, and a plugin cannot tell that loop from a single
build. Here each build is one call of Pelican's documented library use (`read_settings`, then
`Pelican(settings).run()`), with the publishing plugin doing the lock, the build folder and the
swap as in any build; a failure is printed and the loop waits for the next change. The inputs
are watched with the fingerprint the up-to-date check already computes (every input file's
path, size and time, the settings, the last commit), plus the settings file itself.

The server is the standard library's: it serves the output folder by its path, so it follows the
folder each successful build swaps in, and it leaves the page's polling of `.devserver/` out of
its log (its own log, so no filter on Pelican's).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import logging
import os
import threading
import time

from pelican import Pelican, log as pelican_log
from pelican.log import console
from pelican.settings import read_settings

from publishing import uptodate
from sitecore.messages import message

from .reload import FOLDER

logger = logging.getLogger("devserver")
server_log = logging.getLogger("devserver.server")
POLL = 0.3  # seconds between two looks at the inputs


def _say(text: str) -> None:
    # Not a log record: nothing to count as a warning of a build.
    console.print(text, markup=False, highlight=False)


class _Handler(http.server.SimpleHTTPRequestHandler):
    admin: str | None = None  # the web editor's folder, served at /admin/ (plugins/webeditor)
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".yml": "text/yaml"}

    def translate_path(self, path):
        if self.admin and (path == "/admin" or path.startswith(("/admin/", "/admin?"))):
            rest = path[len("/admin"):].split("?", 1)[0].split("#", 1)[0].lstrip("/")
            target = os.path.normpath(os.path.join(self.admin, rest))
            # Nothing outside the folder, whatever the address says ("/admin/../..").
            return target if os.path.commonpath([target, self.admin]) == self.admin else self.admin
        return super().translate_path(path)

    def log_message(self, format, *args):  # noqa: A002 - the standard library's name
        if f"/{FOLDER}/" not in self.path:
            server_log.info(format, *args)


def serve(output: str, bind: str, port: int, admin: str | None = None) -> http.server.ThreadingHTTPServer:
    """Serve `output` (and `admin` at /admin/) in a thread, until the process ends."""
    handler = functools.partial(type("Handler", (_Handler,), {"admin": admin}), directory=output)
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    server = http.server.ThreadingHTTPServer((bind, port), handler)
    threading.Thread(target=server.serve_forever, name="devserver", daemon=True).start()
    _say(message("Serving %(folder)s at %(address)s", folder=output, address=f"http://{bind}:{port}/"))
    return server


def build(args) -> dict | None:
    """One build; returns the settings it used (None when they could not be read)."""
    override = {"PATH": os.path.abspath(args.content), "OUTPUT_PATH": os.path.abspath(args.output), **args.extra}
    try:
        settings = read_settings(args.settings, override=override)
    except Exception as error:  # noqa: BLE001 - an editor's mistake in the settings file: say it, wait
        logger.error("%s: %s", type(error).__name__, error)
        return None
    try:
        Pelican(settings).run()
    except Exception as error:  # noqa: BLE001 - the loop goes on; the next save may fix it
        if getattr(error, "reported", False):
            pass  # its summary is in the log already
        elif hasattr(error, "exitcode"):
            logger.error("%s: %s", type(error).__name__, error)
        else:
            logger.exception("an unexpected error in the build (a bug: please report it with this traceback)")
    return settings


def inputs(settings: dict | None, settings_file: str) -> tuple:
    """What a change to any input changes."""
    stamp = os.stat(settings_file).st_mtime_ns if os.path.exists(settings_file) else None
    return (uptodate.fingerprint(settings) if settings else None), stamp


def watch(args, stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()
    while not stop.is_set():
        settings = build(args)
        seen = inputs(settings, args.settings)
        while not stop.is_set() and inputs(settings, args.settings) == seen:
            time.sleep(POLL)
        if not stop.is_set():
            _say(message("-> A file changed; building again..."))


def _setting(text: str) -> tuple[str, object]:
    name, _, value = text.partition("=")
    try:
        return name, json.loads(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: write NAME=VALUE with a JSON value, e.g. 'SITEURL=\"...\"'")


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build the site, serve it, build again after every save.")
    parser.add_argument("content")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("-s", "--settings", required=True)
    parser.add_argument("-b", "--bind", default="127.0.0.1")
    parser.add_argument("-p", "--port", type=int, default=8000)
    parser.add_argument("-e", "--extra-settings", dest="extra", nargs="*", type=_setting, default=[],
                        help="NAME=VALUE (JSON), as Pelican's own -e")
    args = parser.parse_args(argv)
    args.extra = dict(args.extra)
    return args


def main(argv: list[str]) -> int:
    args = parse(argv)
    # Pelican's own log format (the rich console), as `pelican` sets it up.
    pelican_log.init(level=logging.WARNING, name="pelican")
    server_log.setLevel(logging.INFO)
    backend, admin = web_editor(args)
    serve(os.path.abspath(args.output), args.bind, args.port, admin)
    try:
        watch(args)
    except KeyboardInterrupt:
        return 0
    finally:
        if backend:
            backend.terminate()
    return 0


def web_editor(args):
    """The web editor at /admin/ and its local backend (plugins/webeditor), when installed."""
    from webeditor import admin as editor_admin, local

    settings = read_settings(args.settings, override={"PATH": os.path.abspath(args.content), **args.extra})
    folder = os.path.join(settings["CACHE_PATH"], "web-editor")
    try:
        local.prepare(settings, folder)
    except editor_admin.MissingCMS as error:
        _say(message("No web editor: %(reason)s", reason=error))
        return None, None
    backend = local.start_backend(settings)
    _say(message("Web editor at %(address)s (local backend on port %(port)s)",
                 address=f"http://{args.bind}:{args.port}/admin/", port=settings["WEB_EDITOR_PROXY_PORT"]))
    return backend, folder
