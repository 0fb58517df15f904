"""bench/RESULTS.md: one table of every figure, a column per corpus size, then targets and failures."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from .targets import fmt

BENCH = Path(__file__).resolve().parents[1]
REPO = BENCH.parent

# (sample key, figure, note): the builds each peer reports.
BUILDS = {
    # A size without photos has no all-content build: its cold build is the articles-only one.
    "ours": [(lambda b: "ours_cold" if b.photos else None, "cold build, all content",
              "empty output and cache"),
             (lambda b: "ours_cold_nophotos" if b.photos else "ours_cold", "cold build, articles only",
              "same corpus, empty galleries/"),
             ("ours_nochange", "no-change rebuild", "same output and cache"),
             ("ours_edit", "rebuild after editing one article", "appended a sentence to {edited}"),
             ("ours_add_photo", "rebuild after adding one photo", "{photo}")],
    "stock Pelican": [("stock_cold", "cold build", "empty output and cache"),
                      ("stock_nochange", "no-change rebuild", "content cache on"),
                      ("stock_edit", "rebuild after editing one article", "content cache on"),
                      ("stock_empty", "empty-site build", "start-up cost")],
    "Pelican + i18n_subsites": [("i18n_cold", "cold build", "2 editions (sr, en); empty output and cache"),
                                ("i18n_nochange", "no-change rebuild", "content cache on"),
                                ("i18n_edit", "rebuild after editing one article", "the same edit")],
    "Hugo": [("hugo_cold", "cold build", "2 languages (sr, en), minimal layouts; empty public/"),
             ("hugo_nochange", "second build", "Hugo renders everything every time"),
             ("hugo_edit", "rebuild after editing one article", "the same edit; a full rebuild")],
}
PART_OF_GROUP = {"ours": "ours", "stock Pelican": "stock", "Pelican + i18n_subsites": "i18n", "Hugo": "hugo"}


class Table:
    def __init__(self, benches, sums):
        self.benches, self.sums, self.rows = benches, sums, []

    def row(self, group, name, values, note="", numbers=None):
        """values: one text per size (or one for all sizes); numbers: for the growth column."""
        if not isinstance(values, list):
            values = [values] + [""] * (len(self.sums) - 1)
        self.rows.append((group, name, [str(v) for v in values], note, numbers))

    def per_size(self, group, name, get, unit="", digits=2, note=""):
        nums = [get(s) for s in self.sums]
        self.row(group, name, [fmt(v, unit, digits) for v in nums], note, nums)

    def builds(self, group, key, name, note):
        """One build figure across the sizes; key is a sample key or a function of the Bench."""
        keys = [key(b) if callable(key) else key for b in self.benches]
        if not any(k in b.samples for k, b in zip(keys, self.benches)):
            return
        values, nums, cpus, counts, notes = [], [], [], [], []
        for k, b, s in zip(keys, self.benches, self.sums):
            samples = b.samples.get(k, [])
            failed = [x for x in samples if not x.get("ok")]
            wall = s["figures"].get(k)
            nums.append(wall)
            if not samples:
                values.append("—")
                continue
            if failed:
                notes.append(f"{b.articles} articles: {len(failed)} of {len(samples)} runs failed"
                             + ("; see below" if wall is None else ""))
            values.append("FAILED" if wall is None else f"{wall:.2f} s")
            if wall is not None:
                cpus.append(f"{s['cpu'][k]:.2f} s")
                counts.append(str(len(samples) - len(failed)))
        measured = [f"CPU {' / '.join(cpus)}; median of {' / '.join(counts)}"] if cpus else []
        self.row(group, name, values, "; ".join(measured + notes + ([note] if note else [])), nums)

    def markdown(self) -> list[str]:
        several = len(self.sums) > 1
        heads = [f"{s['articles']} articles" for s in self.sums] if several else ["Value"]
        if several:
            heads.append(f"× from {self.sums[0]['articles']} to {self.sums[-1]['articles']}")
        lines = ["| Group | Figure | " + " | ".join(heads) + " | Notes |",
                 "| --- | --- | " + " | ".join("---" for _ in heads) + " | --- |"]
        for group, name, values, note, nums in self.rows:
            cells = list(values)
            if several:
                first, last = (nums[0], nums[-1]) if nums else (None, None)
                cells.append(f"{last / first:.1f}×" if first and last is not None else "")
            lines.append(f"| {group} | {name} | " + " | ".join(cells) + f" | {note} |")
        return lines


def write_report(run: dict, benches, sums, target_rows, path: Path) -> str:
    a, info = run["args"], run["info"]
    t = Table(benches, sums)
    mode = "quick smoke run" if a.quick else "full run"
    t.row("run", "date", dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"), mode)
    t.row("run", "runs per figure", [s["runs"] for s in sums], "medians; every build a fresh process; "
          "the peers alternate within each run")
    t.row("run", "load average (start → end)",
          f"{run['load'][0][0]:.2f} → {run['load'][1][0]:.2f}", "other work on the machine skews figures")
    t.row("run", "benchmark wall time", f"{run['elapsed_s']:.0f} s", "all sizes")
    t.row("machine", "CPU", f"{info.get('nproc')} × {info.get('cpu') or info.get('machine')}",
          f"{info.get('mem_gb', '?')} GB memory")
    t.row("machine", "Python / Pelican / Pillow",
          f"{info.get('python')} / {info.get('pelican')} / {info.get('pillow')}", "")
    extra = benches[0].extra
    t.row("machine", "Hugo / i18n_subsites",
          f"{extra.get('hugo_version') or '—'} / {extra.get('i18n_version') or '—'}",
          "Debian's hugo; pelican-i18n-subsites from PyPI in its own virtualenv")
    t.row("corpus", "seed", a.seed, "bench/corpus.py")
    cs = [c for c in run["corpus"]]
    t.row("corpus", "article files", [f"{c['articles']} ({c['en']} en, {c['sr']} sr)" for c in cs],
          "paths in both languages = translated pairs", [c["articles"] for c in cs])
    t.row("corpus", "translated pairs / stories", [f"{c['pairs']} / {c['stories']}" for c in cs],
          f"~{(cs[0].get('body_words') or 0) // max(cs[0]['articles'], 1)} words each")
    t.row("corpus", "static pages", [c["pages"] for c in cs], "")
    c = cs[0]
    t.row("corpus", "photos", [c["photos"] if c["photos"] else "—" for c in cs],
          (f"first size only; {c['albums']} albums; {c['photo_size'][0]}×{c['photo_size'][1]}; "
           f"{(c.get('photo_bytes') or 0) / max(c['photos'], 1) / 1e6:.1f} MB each; "
           f"{c['rotated']} rotated, {c['with_gps']} with GPS") if c["photos"] else "none")
    for group, builds in BUILDS.items():
        part = PART_OF_GROUP[group]
        if part not in a.parts:
            continue
        if part == "hugo" and "hugo_cold" not in benches[0].samples:
            reason = "FAILED (see below)" if "hugo_cold" in benches[0].failures else "skipped"
            t.row("Hugo", "cold build", reason, extra.get("hugo", ""))
            continue
        for key, name, note in builds:
            t.builds(group, key, name, note.format(edited=extra.get("edited_article", "?"),
                                                   photo=extra.get("added_photo", "")))
        t.per_size(group, "HTML files written (cold)", lambda s: s["html"][part], "", 0)
        if part == "ours":
            t.per_size(group, "pages written per second", lambda s: s["pages_per_s"], "", 0,
                       "HTML files / cold wall time")
            t.per_size(group, "image files written (cold)", lambda s: s["ours_images"], "", 0,
                       ".jpg/.jpeg/.webp/.avif/.png in the output, outside theme/")
            t.per_size(group, "photo CPU per photo", lambda s: s["photo_cpu_ms"], " ms", 1,
                       "(cold CPU − articles-only cold CPU) / photos")
            t.per_size(group, "CPU of adding one photo", lambda s: s["add_photo_cpu_ms"], " ms", 0,
                       "add-photo rebuild CPU − no-change rebuild CPU")
        if part == "stock":
            t.row(group, "what it builds", "every article file as a plain article",
                  "default theme and settings, DEFAULT_LANG 'en', both languages' files as one language, "
                  "no translation linking (titles are unique), pages, no photos")
        if part == "i18n":
            t.row(group, "what it builds", "sr main site + en subsite",
                  "default theme; translations paired by Slug: (the file name), Lang: from the folder; "
                  "untranslated articles as the plugin's drafts; pages, no photos")
        t.per_size(group, "peak memory", lambda s: s["peak_mb"][part], " MB", 0,
                   "max over its builds of: largest process peak RSS, summed RSS of the process tree")
    if "floor" in a.parts:
        fl = next((s["floor"] for s in sums if s["floor"]), None) or {}
        if fl.get("photos"):
            t.row("photo floor", "1/8 draft decode per photo", fmt(fl.get("draft_cpu_ms"), " ms", 1),
                  f"CPU, median over {fl.get('photos')} photos; wall {fmt(fl.get('draft_wall_ms'), ' ms', 1)}; "
                  "Pillow Image.draft('RGB', (w//8, h//8)) + load, one process")
            t.row("photo floor", "full decode per photo", fmt(fl.get("full_cpu_ms"), " ms", 1),
                  f"CPU; wall {fmt(fl.get('full_wall_ms'), ' ms', 1)}")
        else:
            t.row("photo floor", "decode per photo", "n/a", "no photos measured")
    for name in sums[0]["ratios"]:
        nums = [s["ratios"][name] for s in sums]
        if any(v is not None for v in nums):
            t.row("ratio", name, [fmt(v, "×") for v in nums], "", nums)

    sizes = ", ".join(str(s["articles"]) for s in sums)
    lines = ["# Build benchmark results", "",
             f"Produced by `bench/run.py` ({mode}: {sizes} articles, {a.photos} photos at the first size, "
             f"{'/'.join(str(s['runs']) for s in sums)} run(s), seed {a.seed}). Times are wall clock "
             "unless marked CPU. See `bench/README.md` for what each figure means.", "",
             *t.markdown(), "", "## Targets", "",
             "Ratios are between peers measured in the same run.", "",
             "| Target | Measured | Verdict |", "| --- | --- | --- |",
             *[f"| {name} | {m} | {v} |" for name, m, v in target_rows], ""]
    met = [x for x, _, v in target_rows if v == "met"]
    missed = [x for x, _, v in target_rows if v == "NOT met"]
    unknown = [x for x, _, v in target_rows if v == "n/a"]
    lines += [f"Targets met: {len(met)} of {len(target_rows)}"
              + (f"; not met: {'; '.join(missed)}" if missed else "")
              + (f"; not measured: {'; '.join(unknown)}" if unknown else "") + ".", ""]
    failures = [(b.articles, key, res) for b in benches for key, res in b.failures.items()]
    if failures:
        lines += ["## Failures", ""]
    for articles, key, res in failures:
        lines += [f"### {key} ({articles} articles): exit status {res.get('rc')}"
                  + (" (timed out)" if res.get("timed_out") else ""), ""]
        if res.get("cmd"):
            lines += [f"Command: `{' '.join(shorten(str(x)) for x in res['cmd'])}`", ""]
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
