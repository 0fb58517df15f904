"""The web editor of `make devserver`: the admin folder beside the output and the local backend.

decap-server (admin/node_modules, pinned in admin/package-lock.json) reads and writes the
files of the working copy itself (its "fs" mode): what an editor saves is there for
`git add`/`git commit`, and the devserver's loop sees the change and builds again.
It listens on 127.0.0.1 only.
"""

from __future__ import annotations

import os
import shutil
import subprocess

from . import admin, settings as editor_settings

SERVER = os.path.join(admin.OURS, "node_modules", "decap-server", "dist", "index.js")


def prepare(settings: dict, folder: str) -> str:
    """Write the admin folder for the local backend; the repository is the content's parent."""
    local = {**settings, "WEB_EDITOR_LOCAL": True,
             "WEB_EDITOR_ROOT": settings.get("WEB_EDITOR_ROOT") or os.path.dirname(os.path.abspath(settings["PATH"]))}
    return admin.write(local, folder)


def start_backend(settings: dict) -> subprocess.Popen:
    """Start decap-server for the repository of the content; the caller stops it."""
    editor_settings.validate(settings)
    root = settings.get("WEB_EDITOR_ROOT") or os.path.dirname(os.path.abspath(settings["PATH"]))
    node = shutil.which("node") or shutil.which("nodejs") or "node"
    env = {**os.environ, "PORT": str(settings["WEB_EDITOR_PROXY_PORT"]), "BIND_HOST": "127.0.0.1",
           "GIT_REPO_DIRECTORY": root, "MODE": "fs", "LOG_LEVEL": "warn"}
    # Its working folder is ours: it reads a .env file from there, and we keep none.
    return subprocess.Popen([node, SERVER], env=env, cwd=admin.OURS)
