"""Render editions in forked worker processes, one edition at a time per core.

Everything an edition needs (views, templates, catalogs) is already in memory
after pass 2, so forked children render without reading anything again. A
child does not print: it sends its warnings and errors back and the parent
logs them, so they are shown once and counted where the build is judged.
"""

from __future__ import annotations

import errno
import logging
import multiprocessing
import os
import traceback

logger = logging.getLogger(__name__)
DISK_FULL = (errno.ENOSPC, errno.EDQUOT)  # a full disk in a worker stops the build in the parent


class _Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[tuple[int, str, str]] = []

    def emit(self, record):
        self.records.append((record.levelno, record.name, record.getMessage()))


def _child(render, indices, connection, collect):
    capture = _Capture()
    for name in (None, "pelican"):
        log = logging.getLogger(name)
        for handler in list(log.handlers):
            log.removeHandler(handler)
    logging.getLogger().addHandler(capture)
    status, collected = "ok", None
    try:
        for index in indices:
            render(index)
        collected = collect() if collect else None
    except BaseException as error:  # noqa: BLE001 - reported to the parent, which fails the build
        if isinstance(error, OSError) and error.errno in DISK_FULL:
            # Not a bug: the parent raises it again, as if it had written the file itself.
            status = ("disk-full", error.errno, error.filename)
        else:
            status = "failed"
            capture.records.append((logging.ERROR, __name__, "".join(traceback.format_exception(error)).rstrip()))
    connection.send((status, capture.records, collected))
    connection.close()
    os._exit(0)


def render_in_parallel(render, count: int, workers: int, collect=None, take_part: bool = True):
    """Call render(i) for i in range(count) over `workers` processes: this one and forked ones.

    Returns (all went well, [collect() of each process]): `collect` gathers what a
    process must hand back after its renders (this process's own state first, when it
    takes part). This process takes a share itself rather than wait: one fork fewer, and
    one copy fewer of the memory a worker touches. `take_part=False`: only forked workers
    render (their logging stays out of this process until it is handed back).
    """
    if workers < 2 or count < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for index in range(count):
            render(index)
        return True, [collect() if collect else None]
    context = multiprocessing.get_context("fork")
    slots = min(workers, count)
    # Round-robin: slot w renders w, w + slots, ...; slot 0 is this process when it takes part.
    jobs = [list(range(w, count, slots)) for w in range(slots)]
    own_jobs, forked_jobs = (jobs[0], jobs[1:]) if take_part else ([], jobs)
    children = []
    for indices in forked_jobs:
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_child, args=(render, indices, send, collect))
        process.start()
        send.close()
        children.append((process, receive, indices))
    try:
        for index in own_jobs:
            render(index)
        own = [collect() if collect else None] if take_part else []
    finally:
        ok, results, full = _gather(children)  # even when this process failed: no worker is left behind
    if full:
        code, filename = full
        raise OSError(code, os.strerror(code), filename)
    return ok, own + results


def _gather(children):
    """Wait for every worker; log what each reported. (all went well, results, a full disk)."""
    ok, results, full = True, [], None
    for process, receive, indices in children:
        try:
            status, records, collected = receive.recv()
        except EOFError:
            status, records, collected = "failed", [(logging.ERROR, __name__, f"editions {indices}: worker died")], None
        process.join()
        for level, name, message in records:
            logging.getLogger(name).log(level, "%s", message)
        if isinstance(status, tuple):
            full, status = status[1:], "failed"
        ok = ok and status == "ok"
        results.append(collected)
    return ok, results, full
