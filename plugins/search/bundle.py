"""Pagefind bundles: one per edition, made by the Pagefind command line, kept in the cache.

Pagefind has no incremental mode, and it leaves stale files in a folder it writes
again. So each edition's bundle is kept in `<CACHE_PATH>/search/<edition>/<key>/`,
where the key is the hash of everything it is made from (its source pages, the
Pagefind version, this plan): an edition whose key did not change is not indexed
again. A new bundle is written into a fresh hidden folder and renamed to its key
when complete, so a killed build never leaves half a bundle under a key.

Every build then places each bundle into its output by hard links (the files are
never written in place: a new index is a new folder), so it survives the publishing
plugin's fresh or spare building folder at the cost of a few hundred links.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field

from sitecore.files import copy_file, write_bytes

# Part of every key: a change here must make every edition's bundle again.
PLAN = "pagefind-cli-1"
# Pagefind's ready-made interfaces: the site has its own (theme/templates/search.html).
PAGEFIND = (sys.executable, "-m", "pagefind")  # the command line of the pinned package
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


class PagefindFailed(Exception):
    """Pagefind is missing or did not make a bundle; the message says why."""


@dataclass
class Job:
    """One edition's bundle: its name, source pages and where it is kept."""

    code: str
    sources: dict[str, bytes]
    folder: str  # <CACHE_PATH>/search/<code>
    key: str = ""
    process: subprocess.Popen | None = field(default=None, repr=False)
    scratch: str = ""

    @property
    def bundle(self) -> str:
        return os.path.join(self.folder, self.key)


def pagefind_version() -> str:
    try:
        return importlib.metadata.version("pagefind")
    except importlib.metadata.PackageNotFoundError:
        raise PagefindFailed("Pagefind is not installed; install the build's dependencies: "
                             "pip install -r requirements.txt") from None


def source_key(sources: dict[str, bytes], version: str) -> str:
    digest = hashlib.sha256(f"{PLAN}\0{version}\0".encode())
    for path in sorted(sources):
        data = sources[path]
        digest.update(f"{path}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()[:24]


def make_bundles(jobs: list[Job]) -> tuple[list[Job], float]:
    """Index every job whose bundle is not kept yet (all at once); returns (the jobs indexed,
    the CPU seconds Pagefind took)."""
    version = pagefind_version()
    for job in jobs:
        job.key = source_key(job.sources, version)
    todo = [job for job in jobs if job.sources and not os.path.isdir(job.bundle)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        for job in todo:
            _start(job)
        for job in todo:
            _finish(job)
    finally:
        for job in todo:
            if job.process is not None and job.process.poll() is None:
                job.process.kill()
                job.process.wait()
            if job.scratch:
                shutil.rmtree(job.scratch, ignore_errors=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    for job in jobs:
        _forget_others(job)
    return todo, cpu


def _start(job: Job) -> None:
    os.makedirs(job.folder, exist_ok=True)
    job.scratch = tempfile.mkdtemp(prefix=f".{job.key}.", dir=job.folder)
    site = os.path.join(job.scratch, "site")
    for path, data in job.sources.items():
        write_bytes(os.path.join(site, path), data)
    command = [*PAGEFIND, "--site", site,
               "--output-path", os.path.join(job.scratch, "bundle"), "--silent"]
    job.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _finish(job: Job) -> None:
    output, _ = job.process.communicate()
    made = os.path.join(job.scratch, "bundle")
    if job.process.returncode != 0 or not os.path.isfile(os.path.join(made, "pagefind.js")):
        said = " ".join(output.split())[-400:] or "no message"
        raise PagefindFailed(f"Pagefind made no bundle for {job.code} (exit status "
                             f"{job.process.returncode}): {said}")
    for name in UNUSED:
        path = os.path.join(made, name)
        if os.path.lexists(path):
            os.unlink(path)
    try:
        os.rename(made, job.bundle)
    except OSError:  # another build of the same cache made it meanwhile: the same bytes
        if not os.path.isdir(job.bundle):
            raise


def _forget_others(job: Job) -> None:
    """Delete the edition's other bundles and leftovers: the cache holds one bundle per edition."""
    if not os.path.isdir(job.folder):
        return
    for name in os.listdir(job.folder):
        if name != job.key or not job.sources:
            shutil.rmtree(os.path.join(job.folder, name), ignore_errors=True)


def place(bundle: str | None, target: str) -> int:
    """Make `target` hold exactly the files of `bundle` (None: no bundle); returns how many."""
    if os.path.lexists(target):
        shutil.rmtree(target)
    if bundle is None:
        return 0
    count = 0
    for folder, _, names in os.walk(bundle):
        for name in names:
            source = os.path.join(folder, name)
            copy_file(source, os.path.join(target, os.path.relpath(source, bundle)), link=True)
            count += 1
    return count
