"""What a build is made from, as stamps: for the up-to-date check inside a build
(publishing/uptodate.py) and for the one before Pelican is even imported (tools/build.py).

Importing Pelican and loading the plugins takes ~0.3 s, more than everything else a build
that changes nothing does. So a finished build also records, beside its fingerprint, the
*context* it ran in: its command-line arguments, the working directory, the environment,
the Python, the stamps of its settings file, of every module file it loaded from outside
the Python installation (the settings and what they import: publishconf.py imports
pelicanconf.py) and of the library folders on the import path (an install or upgrade
changes them). With the same context the settings are the same, and the build is
up to date when the stamps of its input folders and the content's last commit are too.
Any difference, even one that would not matter, only means the full check runs.

Nothing here imports Pelican.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

from .messages import message

QUICK = os.path.join(".build", "quick.json")
_FORMAT = 2
# What a shell sets for itself: the last command (`_`, /usr/bin/time when timed), its depth,
# the folders (the working directory counts on its own). No settings file reads these.
_SHELL_BOOKKEEPING = {"_", "SHLVL", "OLDPWD", "PWD"}
# The record of published addresses, in the content folder: the build itself adds to it
# (editions/addresses.py), so its stamp is not an input's, or every build would change
# the next one's inputs.
ADDRESS_RECORD = "addresses.txt"


def nothing_changed(shown: str) -> str:
    return message("Nothing changed since the last build: %(output)s is up to date.", output=shown)


def _stat(path: str) -> os.stat_result:
    # A link that leads nowhere (an editor's lock file) or in a loop: the link itself.
    try:
        return os.stat(path)
    except OSError:
        return os.lstat(path)


def written_by_the_build(content: str) -> set[str]:
    """The files in the content folder (`content`, absolute) that the build writes itself."""
    return {os.path.join(content, ADDRESS_RECORD)}


def stamp_digest(folders, skip=frozenset()) -> str:
    """Path, size and modification time of every file under `folders` (files may be given),
    but those in `skip` (absolute paths)."""
    digest = hashlib.blake2b(digest_size=16)
    for folder in folders:
        if os.path.isfile(folder):
            entries = [(folder, os.stat(folder))]
        else:
            entries = []
            for root, dirs, files in os.walk(folder):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
                entries += [(os.path.join(root, f), _stat(os.path.join(root, f))) for f in sorted(files)]
        for path, stat in entries:
            if path in skip:
                continue
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def git_state(folder: str) -> str:
    """The last commit touching `folder` ("" outside a git work tree): committing a file
    changes what the build reads from git (which translation is out of date), not its time."""
    try:
        return subprocess.run(
            ["git", "log", "-1", "--format=%H", "--", "."], cwd=folder, capture_output=True, text=True, check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def settings_file(args: list[str]) -> str | None:
    """The settings file Pelican's command line names (-s, --settings), or its default."""
    for index, arg in enumerate(args):
        if arg in ("-s", "--settings") and index + 1 < len(args):
            return os.path.abspath(args[index + 1])
        if arg.startswith("--settings="):
            return os.path.abspath(arg.split("=", 1)[1])
    return os.path.abspath("pelicanconf.py") if os.path.isfile("pelicanconf.py") else None


def output_folder(args: list[str]) -> str | None:
    """The output folder the command line names (-o, --output); None when it leaves it to the
    settings, which only Pelican can read."""
    for index, arg in enumerate(args):
        if arg in ("-o", "--output") and index + 1 < len(args):
            return os.path.abspath(args[index + 1])
        if arg.startswith("--output="):
            return os.path.abspath(arg.split("=", 1)[1])
    return None


def context_digest(args: list[str]) -> str | None:
    """The context a build ran in (see the module's docstring); None without a settings file."""
    settings = settings_file(args)
    if settings is None or not os.path.isfile(settings):
        return None
    libraries = sorted(p for p in sys.path if p and os.path.isdir(p) and "-packages" in p)
    parts = [json.dumps(args), os.getcwd(), sys.version, sys.executable, settings,
             json.dumps(sorted((k, v) for k, v in os.environ.items() if k not in _SHELL_BOOKKEEPING)),
             stamp_digest([settings])]
    parts += [f"{p}\0{os.stat(p).st_mtime_ns}" for p in libraries]
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()


def own_modules() -> list[str]:
    """The files of every module this process loaded from outside Python's own installation
    and the virtual environment: the settings file and whatever it imports (publishconf.py
    imports pelicanconf.py), the plugins."""
    installed = {os.path.abspath(p) + os.sep for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    files = set()
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None)
        if path and os.path.isfile(path) and not any(os.path.abspath(path).startswith(p) for p in installed):
            files.add(os.path.abspath(path))
    return sorted(files)


def quick_record(args: list[str], folders, walk: str, content: str, git: str, shown: str) -> dict | None:
    """What tools/build.py compares before it imports Pelican; None when it cannot tell.
    `walk` and `git`: stamp_digest(folders) and git_state(content), as the build's own
    fingerprint took them; `shown`: the output folder as the build's messages name it."""
    context = context_digest(args)
    if context is None:
        return None
    modules = own_modules()
    return {"format": _FORMAT, "context": context, "folders": list(folders), "walk": walk,
            "modules": modules, "modules_walk": stamp_digest(modules), "content": content, "git": git,
            "shown": shown}


def up_to_date(output: str, args: list[str]) -> str | None:
    """The output folder as the last build named it in its messages, when it was built from
    these very inputs in this very context; else None."""
    try:
        with open(os.path.join(output, QUICK), encoding="utf-8") as stream:
            record = json.load(stream)
        same = (record.get("format") == _FORMAT and record["context"] == context_digest(args)
                and record["walk"] == stamp_digest(record["folders"], written_by_the_build(record["content"]))
                and record["modules_walk"] == stamp_digest(record["modules"])
                and record["git"] == git_state(record["content"]))
        return str(record["shown"]) if same else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
