"""The photo floor: what decoding the corpus photos costs, in a process of its own.

A gallery cannot make its thumbnails for less than Pillow's 1/8 draft decode.
Run as a script, it is the worker: `python bench/parts/floor.py <galleries> <passes>`
prints one JSON line of medians.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

PHOTO_SUFFIXES = (".jpg", ".jpeg")


class Part:
    name = "floor"

    def __init__(self, b):
        self.b = b

    def run(self, r: int) -> None:
        pass  # once per size, after the builds: see finish()

    def finish(self) -> None:
        b = self.b
        if b.photos <= 0:
            return
        passes = max(1, min(3, 60 // max(b.photos, 1)))
        cmd = [sys.executable, str(Path(__file__).resolve()), str(b.master / "galleries"), str(passes)]
        from .common import REPO, measure

        res = measure(cmd, REPO, b.logs, "floor", b.args.timeout)
        if res["ok"]:
            try:
                res["floor"] = json.loads(res["stdout_tail"].splitlines()[-1])
            except (ValueError, IndexError):
                res["ok"] = False
        b.record("floor", res)


def floor_worker(folder: str, passes: int) -> int:
    from PIL import Image

    paths = sorted(p for p in Path(folder).rglob("*") if p.suffix.lower() in PHOTO_SUFFIXES)
    result = {"photos": len(paths)}
    if not paths:
        print(json.dumps(result))
        return 0
    for p in paths:  # page cache warm, like a second build's reads
        p.read_bytes()

    def draft(p):
        with Image.open(p) as im:
            w, h = im.size
            im.draft("RGB", (w // 8, h // 8))
            im.load()

    def full(p):
        with Image.open(p) as im:
            im.load()

    draft(paths[0])  # import and first-call costs out of the timings
    for name, fn, n in (("draft", draft, passes), ("full", full, 1)):
        cpu, wall = [], []
        for _ in range(n):
            for p in paths:
                c0, w0 = time.process_time(), time.perf_counter()
                fn(p)
                cpu.append((time.process_time() - c0) * 1000)
                wall.append((time.perf_counter() - w0) * 1000)
        result[f"{name}_cpu_ms"] = statistics.median(cpu)
        result[f"{name}_wall_ms"] = statistics.median(wall)
    with Image.open(paths[0]) as im:
        result["size"] = list(im.size)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(floor_worker(sys.argv[1], int(sys.argv[2])))
