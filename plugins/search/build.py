"""The search step of a build: at `finalized`, every edition's bundle and search/fold.js.

It runs in the build's own process after the editions plugin has written every edition
(its renders run in forked processes; the views they render are all here), and before
the deploy plugin precompresses the output and the publishing plugin swaps it in.
"""

from __future__ import annotations

import logging
import os
import time

from . import bundle, fold
from .sources import edition_sources

logger = logging.getLogger(__name__)

# The editions generator of the build under way (all_generators_finalized -> finalized).
_current = {}


def remember_editions(generators) -> None:
    from editions.generator import EditionsGenerator

    _current["editions"] = next((g for g in generators if isinstance(g, EditionsGenerator)), None)


def finalize(pelican) -> None:
    editions = _current.pop("editions", None)
    settings = pelican.settings
    if editions is None or not settings["SEARCH_INDEX"]:
        return
    started = time.perf_counter()
    output = settings["OUTPUT_PATH"]  # the build folder while the build runs
    jobs = [bundle.Job(state.edition.code, edition_sources(state, editions.states),
                       os.path.join(settings["CACHE_PATH"], "search", state.edition.code))
            for state in editions.states]
    prepared = time.perf_counter() - started
    try:
        indexed, cpu = bundle.make_bundles(jobs)
    except bundle.PagefindFailed as error:
        logger.error("search: %s", error)
        return
    for state, job in zip(editions.states, jobs):
        target = os.path.join(output, state.edition.prefix + settings["SEARCH_BUNDLE_PATH"])
        bundle.place(job.bundle if job.sources else None, target)
    fold.write_fold(output)
    done = {id(job) for job in indexed}
    logger.info("search: %s; sources in %.2f s, Pagefind %.2f s CPU, %.2f s in all",
                ", ".join(map(_summary, jobs, (id(job) in done for job in jobs))),
                prepared, cpu, time.perf_counter() - started)


def _summary(job, indexed: bool) -> str:
    if not job.sources:
        return f"{job.code} no pages of its language (no index)"
    return f"{job.code} {len(job.sources)} pages {'indexed' if indexed else 'unchanged'}"
