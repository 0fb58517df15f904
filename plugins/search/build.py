"""The search step of a build: a generator whose output step writes every edition's bundle and
search/fold.js.

Pelican runs the generators' output steps in the order it got them, and `get_generators`
receivers run in PLUGINS order, so this one comes after the editions generator has written
every edition (its renders run in forked processes; the views they render are all here, in the
shared context as `edition_states`), and before `finalized`, where the deploy plugin
precompresses the output and the publishing plugin swaps it in.
"""

from __future__ import annotations

import logging
import os
import time

from pelican.generators import Generator

from . import bundle, fold
from .sources import edition_sources
from .textcache import TextCache

logger = logging.getLogger(__name__)


class SearchGenerator(Generator):
    """Reads nothing; writes each edition's search index from the editions' views."""

    def generate_context(self):
        pass

    def generate_output(self, writer):
        states = self.context.get("edition_states")
        if states is not None and self.settings["SEARCH_INDEX"]:
            write_indexes(states, self.settings, self.output_path)


def get_generators(pelican):
    return SearchGenerator


def write_indexes(states, settings, output: str) -> None:
    started = time.perf_counter()
    texts = TextCache(os.path.join(settings["CACHE_PATH"], "search", "texts.json"))
    jobs = [bundle.Job(state.edition.code, edition_sources(state, states, texts.text),
                       os.path.join(settings["CACHE_PATH"], "search", state.edition.code))
            for state in states]
    texts.save()
    prepared = time.perf_counter() - started
    try:
        indexed, cpu = bundle.make_bundles(jobs)
    except bundle.PagefindFailed as error:
        logger.error("search: %s", error)
        return
    for state, job in zip(states, jobs):
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
