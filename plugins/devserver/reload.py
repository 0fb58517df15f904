"""Reload the open page after each successful rebuild of `make devserver`.

The devserver's loop (watch.py) rebuilds on save and serves the output, but the
browser does not know. At the end of each build (`finalized`, inside the build folder, so
it is published only with a build that succeeded) we write
`.devserver/build-id.txt`, a new random id, and `.devserver/reload.js`, which
base.html loads when DEVSERVER_RELOAD is true. The script asks for the id a few
times a second and reloads the page when it changes. A failed build publishes
nothing, so the page stays as it was and the terminal says what is wrong.

Polling a file rather than a push channel: a server of plain files serves it
as it is. The id is not written into the pages: a
page the build reused unchanged from the previous output would carry an old id
and reload forever.
"""

from __future__ import annotations

import os
import uuid

from sitecore import settings as core
from sitecore.files import write_bytes

FOLDER = ".devserver"  # hidden: never uploaded by rsync_upload, never served by the nginx sample
SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reload.js")


class DevserverSettingsError(core.SettingsError):
    """A DEVSERVER_ setting is unknown, or DEVSERVER_RELOAD is not True or False."""


DEFAULTS = {"DEVSERVER_RELOAD": False}  # `make devserver` turns it on from the command line


def configure(pelican) -> None:
    """`initialized`: check the setting."""
    settings = pelican.settings
    core.configure(settings, "DEVSERVER_", DEFAULTS, "devserver plugin", DevserverSettingsError)
    core.require_bool(settings, "DEVSERVER_RELOAD", DevserverSettingsError)


def write_build_files(pelican) -> None:
    """`finalized`: the script and this build's id, in the build folder."""
    if not pelican.settings["DEVSERVER_RELOAD"]:
        return
    folder = os.path.join(pelican.settings["OUTPUT_PATH"], FOLDER)
    os.makedirs(folder, exist_ok=True)
    with open(SCRIPT, "rb") as stream:
        write_bytes(os.path.join(folder, "reload.js"), stream.read())
    write_bytes(os.path.join(folder, "build-id.txt"), uuid.uuid4().hex.encode("ascii"))
