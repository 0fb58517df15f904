"""What every part of the benchmark shares: folders, corpus copies, the one edit, counting output."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1]
REPO = BENCH.parent
WORK = BENCH / "scratch"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402
from measure import measure, peak_mb  # noqa: E402

# The one edit every peer is measured with: a sentence appended to the same file.
EDIT_SENTENCE = "\nДодата реченица да би се измерила поновна изградња после једне измене.\n"
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".webp", ".avif", ".png")
PHOTO_SUFFIXES = (".jpg", ".jpeg")


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


def edited_path(content: Path) -> Path | None:
    """The article the edit goes into: the first Serbian article that has a translation."""
    sr, en = content / "sr" / "news", content / "en" / "news"
    if not sr.is_dir() or not en.is_dir():
        return None
    shared = sorted(set(os.listdir(sr)) & set(os.listdir(en)))
    return sr / shared[0] if shared else None


def edit_article(content: Path) -> Path | None:
    """Append the sentence to the edited article; every peer gets the same edit."""
    target = edited_path(content)
    if target is None:
        return None
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


def pelican_cmd(pelican: str, content: Path, output: Path, settings: Path, cache: Path) -> list[str]:
    return [pelican, str(content), "-o", str(output), "-s", str(settings), "--cache-path", str(cache)]


class Bench:
    """The samples of one corpus size: every build measured, its failures, extra counts."""

    def __init__(self, args, articles: int, photos: int, runs: int, master: Path):
        self.args = args
        self.articles, self.photos, self.runs = articles, photos, runs
        self.master = master
        self.size = corpus.DEFAULT_PHOTO_SIZE
        self.runs_dir = WORK / "runs" / f"a{articles}"
        self.logs = WORK / "logs" / f"a{articles}"
        self.samples: dict[str, list[dict]] = {}
        self.failures: dict[str, dict] = {}
        self.extra: dict = {}

    def build(self, key: str, cmd: list[str], cwd: Path, r: int, env: dict | None = None) -> dict:
        """Measure one build as sample `key` of run r."""
        res = measure(cmd, cwd, self.logs / f"run{r}", key, self.args.timeout, env)
        return self.record(key, res)

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

    def fail(self, key: str, why: str) -> None:
        """A part that could not even start: reported under Failures, the others go on."""
        self.failures.setdefault(key, {"rc": None, "stderr_tail": why})
        print(f"  {key:<24} FAILED       {why}", flush=True)

    def count(self, key: str, value) -> None:
        self.extra.setdefault(key, []).append(value)
