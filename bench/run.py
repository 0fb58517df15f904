"""Build-speed benchmark of the site against its peers, measured in one run.

    .venv/bin/python bench/run.py                        # full run: 1000 and 10000 articles
    .venv/bin/python bench/run.py --quick                # smoke run (30 articles, 4 photos, 1 run)
    .venv/bin/python bench/run.py --sizes 1000           # one size only
    .venv/bin/python bench/run.py --parts stock,i18n     # only some of the peers

The peers: our site (ours), stock Pelican (stock), Pelican + i18n_subsites
(i18n), Hugo (hugo) and the photo-decode floor (floor); the modules in
bench/parts/ build each. Every build runs in a fresh subprocess (bench/measure.py);
wall time, CPU time and peak memory are reported as medians over the runs, a
column per corpus size (bench/report/). A build that fails is recorded (exit
status and the tail of its output) and the other parts still report.
Writes bench/RESULTS.md and bench/scratch/results.json (named after --results).
See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402
import report  # noqa: E402
from parts import MODULES, PARTS  # noqa: E402
from parts.common import WORK, Bench, rmtree  # noqa: E402

DEFAULT_SIZES = (corpus.DEFAULT_ARTICLES, 10 * corpus.DEFAULT_ARTICLES)
DEFAULT_RUNS = (5, 3)  # fewer runs of the large size keep a full run near half an hour
QUICK = {"sizes": (30,), "photos": 4, "runs": (1,)}


def versions(pelican: str) -> dict:
    info = {"nproc": os.cpu_count(), "python": platform.python_version(),
            "machine": platform.machine(), "cpu": "", "pelican": "", "pillow": ""}
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        from importlib.metadata import version
        info["pelican"] = version("pelican")
        info["pillow"] = version("pillow")
    except Exception:
        pass
    if not info["pelican"]:
        try:
            out = subprocess.run([pelican, "--version"], capture_output=True, text=True, timeout=60)
            info["pelican"] = out.stdout.strip()
        except (OSError, subprocess.SubprocessError):
            pass
    try:
        with open("/proc/meminfo") as fh:
            info["mem_gb"] = round(int(fh.readline().split()[1]) / 1024 / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return info


def _numbers(p, option: str, text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(x) for x in text.split(",") if x.strip())
    except ValueError:
        values = ()
    if not values or min(values) < 1:
        p.error(f"{option} takes whole numbers above 0, separated by commas, e.g. 1000,10000")
    return values


def parse_args(argv):
    p = argparse.ArgumentParser(description="Benchmark the site build against its peers.")
    p.add_argument("--articles", type=int, default=None, help="article files of a single size")
    p.add_argument("--sizes", default=None,
                   help="article counts to measure in one run, e.g. 1000,10000 (the default)")
    p.add_argument("--photos", type=int, default=None, help="camera photos at the first size (default 200)")
    p.add_argument("--runs", default=None,
                   help="runs per figure, one number or one per size (default 5,3)")
    p.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    p.add_argument("--quick", action="store_true", help="smoke run: 30 articles, 4 photos, 1 run")
    p.add_argument("--parts", default=",".join(PARTS),
                   help="comma-separated subset of: " + ", ".join(PARTS))
    p.add_argument("--settings", default="pelicanconf.py", help="our settings file (repository-relative)")
    p.add_argument("--pelican", default=None, help="pelican executable (default: the virtualenv's)")
    p.add_argument("--timeout", type=float, default=900, help="seconds allowed per build")
    p.add_argument("--results", default=str(BENCH / "RESULTS.md"))
    p.add_argument("--keep", action="store_true", help="keep the work folders of the last run")
    a = p.parse_args(argv)
    if a.articles is not None and a.sizes is not None:
        p.error("give either --articles or --sizes")
    if a.articles is not None:
        a.sizes = _numbers(p, "--articles", str(a.articles))
    elif a.sizes is not None:
        a.sizes = _numbers(p, "--sizes", a.sizes)
    else:
        a.sizes = QUICK["sizes"] if a.quick else DEFAULT_SIZES
    a.sizes = tuple(sorted(set(a.sizes)))
    runs = _numbers(p, "--runs", a.runs) if a.runs is not None else \
        QUICK["runs"] if a.quick else DEFAULT_RUNS
    a.runs = [runs[min(i, len(runs) - 1)] for i in range(len(a.sizes))]  # the last count repeats
    a.photos = a.photos if a.photos is not None else QUICK["photos"] if a.quick else corpus.DEFAULT_PHOTOS
    a.parts = [x.strip() for x in a.parts.split(",") if x.strip()]
    unknown = set(a.parts) - set(PARTS)
    if unknown:
        p.error(f"unknown part(s): {', '.join(sorted(unknown))}")
    if a.pelican is None:
        for candidate in (REPO / ".venv" / "bin" / "pelican", Path(sys.executable).parent / "pelican"):
            if candidate.exists():
                a.pelican = str(candidate)
                break
        else:
            a.pelican = shutil.which("pelican") or "pelican"
    a.settings = str((REPO / a.settings).resolve()) if not os.path.isabs(a.settings) else a.settings
    return a


def measure_size(a, articles: int, photos: int, runs: int) -> tuple[Bench, dict]:
    """Every part on one corpus size; the peers take turns within each run."""
    master = WORK / "corpus" / f"a{articles}-p{photos}-s{a.seed}"
    rmtree(master)
    t0 = time.perf_counter()
    summary = corpus.write_corpus(master, articles, photos, a.seed, corpus.DEFAULT_PHOTO_SIZE)
    print(f"{articles} articles: corpus ready in {time.perf_counter() - t0:.1f} s "
          f"({summary['en']} en + {summary['sr']} sr files, {summary['photos']} photos)", flush=True)
    b = Bench(a, articles, photos, runs, master)
    rmtree(b.logs)
    parts = [MODULES[name].Part(b) for name in PARTS if name in a.parts]
    for r in range(runs):
        print(f"{articles} articles: run {r + 1}/{runs}", flush=True)
        for part in parts:
            part.run(r)
    for part in parts:
        part.finish()
    if not a.keep:
        rmtree(b.runs_dir)
    return b, summary


def main(argv=None) -> int:
    a = parse_args(sys.argv[1:] if argv is None else argv)
    started, load = time.time(), os.getloadavg()
    info = versions(a.pelican)
    print(f"bench: sizes {','.join(map(str, a.sizes))} articles, {a.photos} photos at the first size, "
          f"runs {','.join(map(str, a.runs))}, seed {a.seed}, parts {','.join(a.parts)}", flush=True)
    WORK.mkdir(parents=True, exist_ok=True)
    benches, corpora = [], []
    for i, (articles, runs) in enumerate(zip(a.sizes, a.runs)):
        # Photo cost does not grow with the article count: photos at the first size only.
        b, summary = measure_size(a, articles, a.photos if i == 0 else 0, runs)
        benches.append(b)
        corpora.append(summary)
    sums = [report.summarise(b) for b in benches]
    target_rows = report.targets(sums)
    run = {"args": a, "info": info, "corpus": corpora, "load": (load, os.getloadavg()),
           "elapsed_s": time.time() - started}
    results = Path(a.results)
    text = report.write_report(run, benches, sums, target_rows, results)
    (WORK / (results.stem.lower() + ".json")).write_text(json.dumps(
        {"args": vars(a), "info": info, "targets": target_rows,
         "sizes": [{"articles": b.articles, "corpus": c, "summary": s, "samples": b.samples, "extra": b.extra}
                   for b, c, s in zip(benches, corpora, sums)]},
        indent=1, default=str), encoding="utf-8")
    print()
    print(text)
    print(f"wrote {report.shorten(str(results))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
