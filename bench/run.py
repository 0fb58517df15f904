"""Build-speed benchmark of the site against stock Pelican and a photo-decode floor.

    .venv/bin/python bench/run.py                 # full run (1000 articles, 200 photos, 5 runs)
    .venv/bin/python bench/run.py --quick         # smoke run (30 articles, 4 photos, 1 run)
    .venv/bin/python bench/run.py --parts stock   # only the stock Pelican reference

Every build runs in a fresh subprocess; wall time, CPU time (user + system,
including the build's own child processes) and peak memory are recorded per
build and reported as medians over the runs. A build that fails is recorded
(exit status and the tail of its output) and the other parts still report.
Writes bench/RESULTS.md and bench/scratch/results.json (named after --results).
See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import textwrap
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
WORK = BENCH / "scratch"
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402

PARTS = ("ours", "stock", "floor", "hugo")
# Old site vs stock Pelican, cold, 1000 articles, on the machine where the
# targets were set: 6.67 s vs 3.74 s. The cold-build target is half the old
# site's time, scaled to this machine by the stock Pelican time measured here.
OLD_SITE_COLD = 6.67
OLD_STOCK_COLD = 3.74
TARGET_NOCHANGE_S = 0.5
TARGET_EDIT_S = 1.0
TARGET_PHOTO_FLOOR_RATIO = 3.0
TARGET_PEAK_MB = 400.0
EDIT_SENTENCE = "\nДодата реченица да би се измерила поновна изградња после једне измене.\n"
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".webp", ".avif", ".png")
PHOTO_SUFFIXES = (".jpg", ".jpeg")


# --------------------------------------------------------------------------
# Measuring one subprocess
# --------------------------------------------------------------------------

def _proc_mem_kb(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a process in KiB; zeros once it has exited."""
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith(b"VmHWM:"):
                    hwm = int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return rss, hwm


def _reset_own_peak() -> None:
    """Reset this process's peak RSS, which a child inherits into its ru_maxrss."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass


def _proc_children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as fh:
                    kids.extend(int(x) for x in fh.read().split())
            except OSError:
                pass
    except OSError:
        pass
    return kids


def _tree_mem_kb(root: int, hwm: dict) -> tuple[int, int]:
    """(summed RSS of the process tree, number of processes); updates hwm[pid]."""
    total, count, todo, seen = 0, 0, [root], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        rss, high = _proc_mem_kb(pid)
        if rss:
            total += rss
            count += 1
            hwm[pid] = max(hwm.get(pid, 0), high)
        todo.extend(_proc_children(pid))
    return total, count


def _tail(path: Path, lines: int = 25, chars: int = 4000) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    kept = [line.rstrip() for line in text.rstrip().splitlines()[-lines:]]
    return textwrap.dedent("\n".join(kept))[-chars:]


def measure(cmd: list[str], cwd: Path, log_dir: Path, label: str, timeout: float,
            env: dict | None = None) -> dict:
    """Run cmd once; wall/CPU seconds, peak memory, exit status, output tails."""
    log_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = log_dir / f"{label}.stdout", log_dir / f"{label}.stderr"
    full_env = dict(os.environ, COLUMNS="200", **(env or {}))
    result = {"label": label, "cmd": cmd}
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        _reset_own_peak()
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                    env=full_env, start_new_session=True)
        except OSError as exc:
            result.update(ok=False, rc=None, error=f"could not start: {exc}", wall=None)
            return result
        peak = {"tree_kb": 0, "procs": 0}
        hwm: dict[int, int] = {}
        done = threading.Event()
        timed_out = threading.Event()

        def sample():
            while not done.is_set():
                kb, n = _tree_mem_kb(proc.pid, hwm)
                if kb > peak["tree_kb"]:
                    peak["tree_kb"] = kb
                peak["procs"] = max(peak["procs"], n)
                done.wait(0.02)

        def watchdog():
            if not done.wait(timeout):
                timed_out.set()
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except OSError:
                    pass

        threads = [threading.Thread(target=sample, daemon=True),
                   threading.Thread(target=watchdog, daemon=True)]
        for t in threads:
            t.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        for t in threads:
            t.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    both = stdout + "\n" + stderr
    result.update(
        ok=proc.returncode == 0 and not timed_out.is_set(),
        rc=proc.returncode,
        timed_out=timed_out.is_set(),
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        # ru_maxrss (KiB on Linux): the largest single process, the build or
        # any of its waited-for children (an upper bound: it also counts this
        # harness's resident size at the start, kept small and reset above).
        maxrss_mb=usage.ru_maxrss / 1024,
        # Largest VmHWM seen for any process of the tree (sampled every 20 ms).
        hwm_mb=max(hwm.values(), default=0) / 1024,
        # Summed RSS of the whole process tree, sampled every 20 ms.
        tree_peak_mb=peak["tree_kb"] / 1024,
        harness_rss_mb=_proc_mem_kb(os.getpid())[0] / 1024,
        max_procs=peak["procs"],
        warnings=len(re.findall(r"\bWARNING\b", both)),
        errors=len(re.findall(r"\b(?:ERROR|CRITICAL)\b", both)),
        stdout_tail=_tail(out_path, 8),
        stderr_tail=_tail(err_path),
    )
    m = re.search(r"Processed (\d+) articles?.*?(\d+) pages?", stdout, re.S)
    if m:
        result["articles_processed"] = int(m.group(1))
        result["pages_processed"] = int(m.group(2))
    return result


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def rmtree(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path)


def copy_corpus(src: Path, dst: Path, photos: bool = True) -> None:
    """Copy a corpus: text files copied (they get edited), photos hard-linked."""
    rmtree(dst)

    def link_or_copy(s, d):
        if s.lower().endswith(PHOTO_SUFFIXES):
            corpus.place_file(Path(s), Path(d))
        else:
            shutil.copy2(s, d)

    ignore = None
    if not photos:
        def ignore(folder, names):
            return [n for n in names if n.lower().endswith(PHOTO_SUFFIXES)
                    or (Path(folder).name == "galleries" and (Path(folder) / n).is_dir())]
    shutil.copytree(src, dst, copy_function=link_or_copy, ignore=ignore)
    (dst / "galleries").mkdir(exist_ok=True)


def count_files(root: Path, suffixes, skip_parts=("theme",)) -> int:
    if not root.is_dir():
        return 0
    n = 0
    for dirpath, dirnames, filenames in os.walk(root):
        rel = Path(dirpath).relative_to(root).parts
        if rel and rel[0] in skip_parts:
            dirnames[:] = []
            continue
        n += sum(1 for f in filenames if f.lower().endswith(suffixes))
    return n


def touch_later(path: Path) -> None:
    """Make sure an edited file's mtime moved forward."""
    st = path.stat()
    now = time.time_ns()
    new = max(now, st.st_mtime_ns + 1_000_000_000)
    os.utime(path, ns=(new, new))


def edit_article(content: Path) -> Path | None:
    """Append a sentence to the first Serbian article that has a translation."""
    sr, en = content / "sr" / "news", content / "en" / "news"
    if not sr.is_dir() or not en.is_dir():
        return None
    shared = sorted(set(os.listdir(sr)) & set(os.listdir(en)))
    if not shared:
        return None
    target = sr / shared[0]
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(EDIT_SENTENCE)
    touch_later(target)
    return target


def add_photo(content: Path, seed: int, index: int, size) -> Path | None:
    """Link one more camera photo into the last album."""
    galleries = content / "galleries"
    albums = sorted(p for p in galleries.iterdir() if p.is_dir()) if galleries.is_dir() else []
    if not albums:
        return None
    src, name = corpus.extra_photo(seed, index, size)
    dst = albums[-1] / name
    if dst.exists():
        dst = albums[-1] / ("X" + name)
    corpus.place_file(src, dst)
    return dst


def peak_mb(res: dict) -> float:
    """Peak memory of one build: the larger of its largest process and its whole tree."""
    return max(res.get("maxrss_mb") or 0, res.get("hwm_mb") or 0, res.get("tree_peak_mb") or 0)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def pelican_cmd(pelican: str, content: Path, output: Path, settings: Path, cache: Path) -> list[str]:
    return [pelican, str(content), "-o", str(output), "-s", str(settings), "--cache-path", str(cache)]


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


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------

STOCK_SETTINGS = """\
# Stock Pelican reference: default theme and settings, one language, every
# article file of the corpus (both languages) as a plain article.
AUTHOR = "Benchmark"
SITENAME = "Stock Pelican reference"
SITEURL = ""
TIMEZONE = "Europe/Belgrade"
DEFAULT_LANG = "en"
ARTICLE_PATHS = ["en/news", "sr/news"]
PAGE_PATHS = ["en/pages", "sr/pages"]
STATIC_PATHS = []
LOAD_CONTENT_CACHE = True
CACHE_CONTENT = True
"""


class Bench:
    def __init__(self, args):
        self.args = args
        self.size = corpus.DEFAULT_PHOTO_SIZE
        self.runs_dir = WORK / "runs"
        self.logs = WORK / "logs"
        self.samples: dict[str, list[dict]] = {}
        self.failures: dict[str, dict] = {}
        self.extra: dict = {}
        self.ours_broken = False

    def record(self, key: str, res: dict) -> dict:
        self.samples.setdefault(key, []).append(res)
        if not res.get("ok") and key not in self.failures:
            self.failures[key] = res
        tag = "ok" if res.get("ok") else f"FAILED rc={res.get('rc')}"
        wall = res.get("wall")
        print(f"  {key:<24} {tag:<12} {wall if wall is None else f'{wall:7.2f} s'}"
              f"  cpu {res.get('cpu', 0):6.2f} s  peak {peak_mb(res):6.0f} MB",
              flush=True)
        return res

    # -- our site -------------------------------------------------------
    def ours_run(self, r: int, master: Path) -> None:
        a = self.args
        base = self.runs_dir / "ours"
        rmtree(base)
        content, output, cache = base / "content", base / "output", base / "cache"
        copy_corpus(master, content)
        cmd = pelican_cmd(a.pelican, content, output, a.settings, cache)
        logs = self.logs / f"run{r}"
        res = self.record("ours_cold", measure(cmd, REPO, logs, "ours_cold", a.timeout))
        if not res["ok"]:
            self.ours_broken = True
            return
        self.extra.setdefault("ours_html", []).append(count_files(output, (".html",)))
        self.extra.setdefault("ours_images", []).append(count_files(output, IMAGE_SUFFIXES))
        self.record("ours_nochange", measure(cmd, REPO, logs, "ours_nochange", a.timeout))
        edited = edit_article(content)
        if edited:
            self.extra["edited_article"] = str(edited.relative_to(content))
            self.record("ours_edit", measure(cmd, REPO, logs, "ours_edit", a.timeout))
        if a.photos > 0:
            added = add_photo(content, a.seed, a.photos, self.size)
            if added:
                self.extra["added_photo"] = str(added.relative_to(content))
                self.record("ours_add_photo", measure(cmd, REPO, logs, "ours_add_photo", a.timeout))
            # The same articles without photos: separates photo cost from page cost.
            base2 = self.runs_dir / "ours-nophotos"
            rmtree(base2)
            copy_corpus(master, base2 / "content", photos=False)
            cmd2 = pelican_cmd(a.pelican, base2 / "content", base2 / "output", a.settings, base2 / "cache")
            res2 = self.record("ours_cold_nophotos", measure(cmd2, REPO, logs, "ours_cold_nophotos", a.timeout))
            if res2["ok"]:
                self.extra.setdefault("ours_nophotos_html", []).append(count_files(base2 / "output", (".html",)))
            if not a.keep:
                rmtree(base2)

    # -- stock Pelican ----------------------------------------------------
    def stock_run(self, r: int, master: Path) -> None:
        a = self.args
        base = self.runs_dir / "stock"
        rmtree(base)
        base.mkdir(parents=True)
        settings = base / "stockconf.py"
        settings.write_text(STOCK_SETTINGS, encoding="utf-8")
        content = base / "content"
        copy_corpus(master, content, photos=False)
        logs = self.logs / f"run{r}"
        cmd = pelican_cmd(a.pelican, content, base / "output", settings, base / "cache")
        res = self.record("stock_cold", measure(cmd, base, logs, "stock_cold", a.timeout))
        if res["ok"]:
            self.extra.setdefault("stock_html", []).append(count_files(base / "output", (".html",)))
            self.record("stock_nochange", measure(cmd, base, logs, "stock_nochange", a.timeout))
            if edit_article(content):
                self.record("stock_edit", measure(cmd, base, logs, "stock_edit", a.timeout))
        empty = base / "empty"
        empty.mkdir()
        cmd = pelican_cmd(a.pelican, empty, base / "empty-output", settings, base / "empty-cache")
        self.record("stock_empty", measure(cmd, base, logs, "stock_empty", a.timeout))

    # -- photo floor --------------------------------------------------------
    def floor(self, master: Path) -> None:
        a = self.args
        cmd = [sys.executable, str(Path(__file__).resolve()), "--floor-worker", str(master / "galleries"),
               "--floor-passes", str(max(1, min(3, 60 // max(a.photos, 1))))]
        res = measure(cmd, REPO, self.logs, "floor", a.timeout)
        if res["ok"]:
            try:
                res["floor"] = json.loads(res["stdout_tail"].splitlines()[-1])
            except (ValueError, IndexError):
                res["ok"] = False
        self.record("floor", res)

    # -- Hugo (only if installed) -----------------------------------------------
    def hugo(self, master: Path) -> None:
        a = self.args
        hugo = shutil.which("hugo")
        if not hugo:
            self.extra["hugo"] = "not on PATH: skipped"
            return
        try:
            site = self.runs_dir / "hugo"
            rmtree(site)
            make_hugo_site(master, site)
        except Exception as exc:  # a reference must not stop the benchmark
            self.failures["hugo_cold"] = {"rc": None, "stderr_tail": f"could not prepare the site: {exc!r}"}
            return
        for r in range(a.runs):
            rmtree(site / "public")
            rmtree(site / "resources")
            cmd = [hugo, "--quiet", "-s", str(site), "-d", str(site / "public")]
            res = self.record("hugo_cold", measure(cmd, site, self.logs / f"run{r}", "hugo_cold", a.timeout))
            if not res["ok"]:
                return
            self.record("hugo_nochange", measure(cmd, site, self.logs / f"run{r}", "hugo_nochange", a.timeout))
        self.extra["hugo"] = "measured"
        self.extra["hugo_html"] = count_files(site / "public", (".html",))


def make_hugo_site(master: Path, site: Path) -> None:
    """A minimal Hugo site with every article as a plain post (YAML front matter)."""
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "content" / "posts").mkdir(parents=True)
    config = ('baseURL = "http://localhost/"\ntitle = "Hugo reference"\n'
              'disableKinds = ["RSS", "sitemap", "robotsTXT"]\n')
    for name in ("hugo.toml", "config.toml"):  # newer and older Hugo
        (site / name).write_text(config, encoding="utf-8")
    layouts = site / "layouts" / "_default"
    (layouts / "baseof.html").write_text(
        "<!doctype html><html><head><title>{{ .Title }}</title></head>"
        "<body>{{ block \"main\" . }}{{ end }}</body></html>\n", encoding="utf-8")
    (layouts / "single.html").write_text(
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><time>{{ .Date }}</time>{{ .Content }}"
        "<ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}\n", encoding="utf-8")
    (layouts / "list.html").write_text(
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}"
        "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n",
        encoding="utf-8")
    for lang in ("en", "sr"):
        folder = master / lang / "news"
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.md")):
            head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
            meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
            tags = [t.strip() for t in meta.get("Tags", "").split(",") if t.strip()]
            front = ["---", "title: " + json.dumps(meta.get("Title", path.stem), ensure_ascii=False),
                     "date: " + meta.get("Date", "2020-01-01 00:00").replace(" ", "T") + ":00",
                     "tags: " + json.dumps(tags, ensure_ascii=False)]
            if "Summary" in meta:
                front.append("summary: " + json.dumps(meta["Summary"], ensure_ascii=False))
            front.append("---")
            (site / "content" / "posts" / f"{lang}-{path.name}").write_text(
                "\n".join(front) + "\n\n" + body, encoding="utf-8")


# --------------------------------------------------------------------------
# Photo floor worker (runs in its own process)
# --------------------------------------------------------------------------

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


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------

def fmt(value, unit="", digits=2):
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.{digits}f}{unit}"
    return f"{value}{unit}"


def summarise(b: Bench, info: dict, corpus_summary: dict, started: float, load: tuple) -> dict:
    a = b.args

    def stat(key, field="wall"):
        return median([s.get(field) for s in b.samples.get(key, []) if s.get("ok")])

    def peak(prefix):
        vals = [peak_mb(s) for k, ss in b.samples.items() if k.startswith(prefix) for s in ss if s.get("ok")]
        return max(vals) if vals else None

    fig = {k: stat(k) for k in b.samples}
    cpu = {k: stat(k, "cpu") for k in b.samples}
    floor = next((s.get("floor") for s in b.samples.get("floor", []) if s.get("ok")), None)
    ours_html = median(b.extra.get("ours_html", []))
    ours_images = median(b.extra.get("ours_images", []))
    stock_html = median(b.extra.get("stock_html", []))
    r = {"figures": fig, "cpu": cpu, "floor": floor}

    def ratio(x, y):
        return x / y if x is not None and y else None

    photo_cpu_ms = None
    if a.photos > 0 and ours_images and cpu.get("ours_cold") is not None and cpu.get("ours_cold_nophotos") is not None:
        photo_cpu_ms = (cpu["ours_cold"] - cpu["ours_cold_nophotos"]) / a.photos * 1000
    add_photo_cpu_ms = None
    if ours_images and cpu.get("ours_add_photo") is not None and cpu.get("ours_nochange") is not None:
        add_photo_cpu_ms = (cpu["ours_add_photo"] - cpu["ours_nochange"]) * 1000
    stock_cold = fig.get("stock_cold")
    target_cold = stock_cold * OLD_SITE_COLD / OLD_STOCK_COLD / 2 if stock_cold else None
    ours_peak = peak("ours_")
    r.update(
        photo_cpu_ms=photo_cpu_ms, add_photo_cpu_ms=add_photo_cpu_ms, target_cold=target_cold,
        ours_peak_mb=ours_peak, stock_peak_mb=peak("stock_"),
        ours_html=ours_html, ours_images=ours_images, stock_html=stock_html,
        pages_per_s=ratio(ours_html, fig.get("ours_cold")),
        images_per_s=ratio(ours_images, fig.get("ours_cold")) if ours_images else None,
        stock_pages_per_s=ratio(stock_html, stock_cold),
        ratios={
            "cold (ours, all content) / stock cold": ratio(fig.get("ours_cold"), stock_cold),
            "cold (ours, articles only) / stock cold": ratio(fig.get("ours_cold_nophotos"), stock_cold),
            "no-change rebuild, ours / stock": ratio(fig.get("ours_nochange"), fig.get("stock_nochange")),
            "one-edit rebuild, ours / stock": ratio(fig.get("ours_edit"), fig.get("stock_edit")),
            "photo CPU per photo, ours / draft-decode floor":
                ratio(photo_cpu_ms, floor.get("draft_cpu_ms") if floor else None),
            "photo CPU per photo, ours / full-decode floor":
                ratio(photo_cpu_ms, floor.get("full_cpu_ms") if floor else None),
        },
    )

    def verdict(value, limit, le=True):
        if value is None:
            return "n/a"
        ok = value <= limit if le else value < limit
        return "met" if ok else "NOT met"

    cold_for_target = fig.get("ours_cold_nophotos") if a.photos > 0 else fig.get("ours_cold")
    floor_draft = floor.get("draft_cpu_ms") if floor else None
    r["targets"] = [
        ("cold build ≤ stock cold × 6.67/3.74 / 2 (articles only)",
         f"{fmt(cold_for_target, ' s')} vs {fmt(target_cold, ' s')}",
         verdict(cold_for_target, target_cold) if target_cold else "n/a"),
        ("no-change rebuild < 0.5 s", fmt(fig.get("ours_nochange"), " s"),
         verdict(fig.get("ours_nochange"), TARGET_NOCHANGE_S, le=False)),
        ("one-edit rebuild ≤ 1 s", fmt(fig.get("ours_edit"), " s"),
         verdict(fig.get("ours_edit"), TARGET_EDIT_S)),
        ("photo CPU per photo ≤ 3 × floor (1/8 draft decode)",
         f"{fmt(photo_cpu_ms, ' ms', 1)} vs {fmt(floor_draft * 3 if floor_draft else None, ' ms', 1)}",
         verdict(photo_cpu_ms, floor_draft * TARGET_PHOTO_FLOOR_RATIO) if floor_draft else "n/a"),
        ("peak memory < 400 MB", fmt(ours_peak, " MB", 0), verdict(ours_peak, TARGET_PEAK_MB, le=False)),
    ]
    r["elapsed_s"] = time.time() - started
    r["load"] = (load, os.getloadavg())
    r["info"] = info
    r["corpus"] = corpus_summary
    return r


def write_report(b: Bench, r: dict, path: Path) -> str:
    a = b.args
    info, c, fig, cpu, fl = r["info"], r["corpus"], r["figures"], r["cpu"], r["floor"] or {}
    rows = []

    def row(group, name, value, note=""):
        rows.append(f"| {group} | {name} | {value} | {note} |")

    def build_rows(group, key, name, note=""):
        samples = b.samples.get(key)
        if not samples:
            return
        failed = [s for s in samples if not s.get("ok")]
        if fig.get(key) is None:
            row(group, name, "FAILED", f"exit {failed[0].get('rc')}; see below" if failed else "")
            return
        extra = f"{len(failed)} of {len(samples)} runs failed; " if failed else ""
        row(group, name, f"{fig[key]:.2f} s",
            f"{extra}CPU {cpu[key]:.2f} s; median of {len(samples) - len(failed)}" + (f"; {note}" if note else ""))

    now = dt.datetime.now().astimezone()
    mode = "quick smoke run" if a.quick else "full run"
    row("run", "date", now.strftime("%Y-%m-%d %H:%M %Z"), mode)
    row("run", "runs per figure", a.runs, "medians; every build a fresh process")
    row("run", "load average (start → end)",
        f"{r['load'][0][0]:.2f} → {r['load'][1][0]:.2f}", "other work on the machine skews figures")
    row("run", "benchmark wall time", f"{r['elapsed_s']:.0f} s", "")
    row("machine", "CPU", f"{info.get('nproc')} × {info.get('cpu') or info.get('machine')}",
        f"{info.get('mem_gb', '?')} GB memory")
    row("machine", "Python / Pelican / Pillow",
        f"{info.get('python')} / {info.get('pelican')} / {info.get('pillow')}", "")
    row("corpus", "seed", c.get("seed"), "bench/corpus.py")
    row("corpus", "article files",
        f"{c.get('articles')} ({c.get('en')} en, {c.get('sr')} sr)",
        f"{c.get('pairs')} paths in both languages = {c.get('stories')} stories; "
        f"~{(c.get('body_words') or 0) // max(c.get('articles') or 1, 1)} words each")
    row("corpus", "static pages", c.get("pages"), "")
    row("corpus", "photos", c.get("photos"),
        f"{c.get('albums')} albums; {c.get('photo_size', ['?', '?'])[0]}×{c.get('photo_size', ['?', '?'])[1]}; "
        f"{(c.get('photo_bytes') or 0) / max(c.get('photos') or 1, 1) / 1e6:.1f} MB each; "
        f"{c.get('rotated')} rotated, {c.get('with_gps')} with GPS")
    if "ours" in a.parts:
        build_rows("ours", "ours_cold", "cold build, all content", "empty output and cache")
        build_rows("ours", "ours_cold_nophotos", "cold build, articles only", "same corpus, empty galleries/")
        build_rows("ours", "ours_nochange", "no-change rebuild", "same output and cache")
        build_rows("ours", "ours_edit", "rebuild after editing one article",
                   f"appended a sentence to {b.extra.get('edited_article', '?')}")
        build_rows("ours", "ours_add_photo", "rebuild after adding one photo",
                   b.extra.get("added_photo", ""))
        row("ours", "HTML files written (cold)", fmt(r["ours_html"]), "")
        row("ours", "pages written per second", fmt(r["pages_per_s"], "", 0), "HTML files / cold wall time")
        row("ours", "image files written (cold)", fmt(r["ours_images"]),
            ".jpg/.jpeg/.webp/.avif/.png in the output, outside theme/")
        row("ours", "images written per second", fmt(r["images_per_s"], "", 1), "image files / cold wall time")
        no_images = "; n/a: the build wrote no image files" if r["ours_images"] == 0 else ""
        row("ours", "photo CPU per photo", fmt(r["photo_cpu_ms"], " ms", 1),
            "(cold CPU − articles-only cold CPU) / photos" + no_images)
        row("ours", "CPU of adding one photo", fmt(r["add_photo_cpu_ms"], " ms", 0),
            "add-photo rebuild CPU − no-change rebuild CPU" + no_images)
        row("ours", "peak memory", fmt(r["ours_peak_mb"], " MB", 0),
            "max over our builds of: largest process peak RSS, summed RSS of the process tree")
    if "stock" in a.parts:
        build_rows("stock Pelican", "stock_cold", "cold build", "empty output and cache")
        build_rows("stock Pelican", "stock_nochange", "no-change rebuild", "content cache on")
        build_rows("stock Pelican", "stock_edit", "rebuild after editing one article", "content cache on")
        build_rows("stock Pelican", "stock_empty", "empty-site build", "start-up cost")
        row("stock Pelican", "HTML files written (cold)", fmt(r["stock_html"]), "")
        row("stock Pelican", "pages written per second", fmt(r["stock_pages_per_s"], "", 0), "")
        row("stock Pelican", "peak memory", fmt(r["stock_peak_mb"], " MB", 0), "")
        row("stock Pelican", "what it builds",
            "every article file as a plain article",
            "default theme and settings, DEFAULT_LANG 'en', both languages' files as one language, "
            "no translation linking (titles are unique), pages, no photos; "
            "LOAD_CONTENT_CACHE and CACHE_CONTENT on")
    if "floor" in a.parts:
        if fl.get("photos"):
            row("photo floor", "1/8 draft decode per photo", fmt(fl.get("draft_cpu_ms"), " ms", 1),
                f"CPU, median over {fl.get('photos')} photos; wall {fmt(fl.get('draft_wall_ms'), ' ms', 1)}; "
                "Pillow Image.draft('RGB', (w//8, h//8)) + load, one process")
            row("photo floor", "full decode per photo", fmt(fl.get("full_cpu_ms"), " ms", 1),
                f"CPU; wall {fmt(fl.get('full_wall_ms'), ' ms', 1)}")
        else:
            row("photo floor", "decode per photo", "n/a", "no photos measured")
    if "hugo" in a.parts:
        if b.extra.get("hugo") == "measured":
            build_rows("Hugo", "hugo_cold", "cold build", "same article files, minimal layouts")
            build_rows("Hugo", "hugo_nochange", "second build", "")
        elif "hugo_cold" in b.failures:
            row("Hugo", "cold build", "FAILED", "see below")
        else:
            row("Hugo", "cold build", "skipped", b.extra.get("hugo", ""))
    for name, value in r["ratios"].items():
        row("ratio", name, fmt(value, "×"), "")

    lines = [
        "# Build benchmark results",
        "",
        f"Produced by `bench/run.py` ({mode}: {a.articles} articles, {a.photos} photos, "
        f"{a.runs} run(s), seed {a.seed}). Times are wall clock unless marked CPU. "
        "See `bench/README.md` for what each figure means.",
        "",
        "| Group | Figure | Value | Notes |",
        "| --- | --- | --- | --- |",
        *rows,
        "",
        "## Targets",
        "",
        "| Target | Measured | Verdict |",
        "| --- | --- | --- |",
        *[f"| {t} | {m} | {v} |" for t, m, v in r["targets"]],
        "",
    ]
    met = [t for t, _, v in r["targets"] if v == "met"]
    missed = [t for t, _, v in r["targets"] if v == "NOT met"]
    unknown = [t for t, _, v in r["targets"] if v == "n/a"]
    lines.append(f"Targets met: {len(met)} of {len(r['targets'])}"
                 + (f"; not met: {'; '.join(missed)}" if missed else "")
                 + (f"; not measured: {'; '.join(unknown)}" if unknown else "") + ".")
    lines.append("")
    if b.failures:
        lines += ["## Failures", ""]
        for key, res in b.failures.items():
            lines.append(f"### {key}: exit status {res.get('rc')}"
                         + (" (timed out)" if res.get("timed_out") else ""))
            lines.append("")
            if res.get("cmd"):
                cmd = " ".join(shorten(str(x)) for x in res["cmd"])
                lines += [f"Command: `{cmd}`", ""]
            tail = (res.get("stderr_tail") or "").strip() or (res.get("stdout_tail") or "").strip() \
                or res.get("error", "")
            lines += ["```", shorten_text(tail) or "(no output)", "```", ""]
    text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")
    return text


def shorten(text: str) -> str:
    """Paths relative to the repository, so the report names no machine path."""
    root = str(REPO) + os.sep
    if text.startswith(root):
        return text[len(root):]
    return Path(text).name if os.path.isabs(text) else text


def shorten_text(text: str) -> str:
    """Output with the repository, interpreter and home folders left out."""
    text = text.replace(str(REPO) + os.sep, "")
    for prefix, name in ((sys.prefix, "<venv>"), (sys.base_prefix, "<python>"),
                         (os.path.expanduser("~"), "~")):
        prefix = str(Path(prefix).resolve())
        if len(prefix) > 1 and not str(REPO).startswith(prefix):
            text = text.replace(prefix + os.sep, name + "/")
    return text


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def parse_args(argv):
    p = argparse.ArgumentParser(description="Benchmark the site build against stock Pelican.")
    p.add_argument("--articles", type=int, default=None, help="article files (default 1000)")
    p.add_argument("--photos", type=int, default=None, help="camera photos (default 200)")
    p.add_argument("--runs", type=int, default=None, help="runs per figure (default 5)")
    p.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    p.add_argument("--quick", action="store_true", help="smoke run: 30 articles, 4 photos, 1 run")
    p.add_argument("--parts", default=",".join(PARTS),
                   help="comma-separated subset of: " + ", ".join(PARTS))
    p.add_argument("--settings", default="pelicanconf.py", help="our settings file (repository-relative)")
    p.add_argument("--pelican", default=None, help="pelican executable (default: the virtualenv's)")
    p.add_argument("--timeout", type=float, default=900, help="seconds allowed per build")
    p.add_argument("--results", default=str(BENCH / "RESULTS.md"))
    p.add_argument("--keep", action="store_true", help="keep the work folders of the last run")
    p.add_argument("--floor-worker", help=argparse.SUPPRESS)
    p.add_argument("--floor-passes", type=int, default=3, help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.floor_worker:
        return a
    defaults = (30, 4, 1) if a.quick else (corpus.DEFAULT_ARTICLES, corpus.DEFAULT_PHOTOS, 5)
    a.articles = a.articles if a.articles is not None else defaults[0]
    a.photos = a.photos if a.photos is not None else defaults[1]
    a.runs = max(1, a.runs if a.runs is not None else defaults[2])
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


def main(argv=None) -> int:
    a = parse_args(sys.argv[1:] if argv is None else argv)
    if a.floor_worker:
        return floor_worker(a.floor_worker, a.floor_passes)
    started, load = time.time(), os.getloadavg()
    info = versions(a.pelican)
    print(f"bench: {a.articles} articles, {a.photos} photos, {a.runs} run(s), seed {a.seed}, "
          f"parts {','.join(a.parts)}", flush=True)
    WORK.mkdir(parents=True, exist_ok=True)
    b = Bench(a)
    rmtree(b.logs)
    master = WORK / "corpus" / f"a{a.articles}-p{a.photos}-s{a.seed}"
    rmtree(master)
    t0 = time.perf_counter()
    summary = corpus.write_corpus(master, a.articles, a.photos, a.seed, b.size)
    print(f"corpus ready in {time.perf_counter() - t0:.1f} s "
          f"({summary['en']} en + {summary['sr']} sr files, {summary['photos']} photos)", flush=True)
    if "ours" in a.parts and not Path(a.settings).exists():
        print(f"note: {shorten(a.settings)} does not exist yet; our build will fail", flush=True)
    for r in range(a.runs):
        print(f"run {r + 1}/{a.runs}", flush=True)
        if "ours" in a.parts and not b.ours_broken:
            b.ours_run(r, master)
        if "stock" in a.parts:
            b.stock_run(r, master)
    if "floor" in a.parts:
        b.floor(master)
    if "hugo" in a.parts:
        b.hugo(master)
    if not a.keep:
        rmtree(b.runs_dir)
    r = summarise(b, info, summary, started, load)
    results = Path(a.results)
    text = write_report(b, r, results)
    (WORK / (results.stem.lower() + ".json")).write_text(json.dumps(
        {"args": {k: v for k, v in vars(a).items() if k not in ("floor_worker", "floor_passes")},
         "summary": r, "samples": b.samples, "extra": b.extra}, indent=1, default=str), encoding="utf-8")
    print()
    print(text)
    print(f"wrote {shorten(str(results))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
