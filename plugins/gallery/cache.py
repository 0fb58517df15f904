"""Derivative cache: keyed by the photo's bytes + name + plan, never by mtime (a fresh clone
has new mtimes and must still rebuild nothing).

Derivatives are rendered once into `<cache_dir>/derivatives/` and published into `out_dir` by
hard link (copy where links are impossible), so a wiped output folder costs no decode either.
`<cache_dir>/gallery-manifest.json` maps key -> PhotoResult.
"""
from __future__ import annotations

import errno
import json
import os
import re
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress
from dataclasses import replace
from pathlib import Path

from sitecore.files import PARTIAL, copy_file, write_bytes

from . import decoding, images
from .images import Plan, PhotoError, PhotoResult
from .keys import PhotoKeys

MANIFEST = "gallery-manifest.json"
STORE = "derivatives"
MANIFEST_VERSION = 1
# What render_derivatives names its files, and what write_bytes leaves if killed mid-write:
# prune() deletes only these, so a shared output folder keeps everything else.
_DERIVATIVE = re.compile(r"^[a-z0-9-]+-[0-9a-f]{8}-(?:\d+w|thumb)\.(?:jpg|webp)$")
_TEMP = PARTIAL


def process_album_photos(paths, plan: Plan, out_dir, cache_dir, workers=None,
                         prune_stale=False) -> list[PhotoResult | PhotoError]:
    """Derivatives for every photo, in input order. A bad photo gives a PhotoError in its slot
    and the others go on. Photos whose key is in the manifest (and whose files are intact) are
    not decoded at all; the rest are rendered in a process pool over the cores.
    prune_stale: also delete derivatives in out_dir that belong to none of these photos
    (only when out_dir holds this album alone; otherwise call prune() with every result)."""
    out_dir, cache_dir = Path(out_dir), Path(cache_dir)
    store = cache_dir / STORE
    store.mkdir(parents=True, exist_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest = _load_manifest(cache_dir)
    keys = PhotoKeys(cache_dir, plan)
    results: list = [None] * len(paths)
    todo: dict[str, tuple[str, list[int]]] = {}  # key -> (path to render, slots it fills)
    for i, path in enumerate(paths):
        try:  # hashing 3 MB is ~2 ms (when its stamp changed); the cheapest decode ~20 ms
            key = keys.key(path)
        except PhotoError as e:
            results[i] = e
            continue
        hit = _cached(manifest.get(key), store)
        if hit:
            results[i] = replace(hit, source=str(path))
        else:  # the same bytes under the same name twice (two albums) render once
            todo.setdefault(key, (str(path), []))[1].append(i)
    changed = False
    jobs = [(key, path, slots) for key, (path, slots) in todo.items()]
    renders = _render_all([(path, key) for key, path, _ in jobs], plan, store, workers)
    for (_, _, slots), outcome in zip(jobs, renders):
        ok = isinstance(outcome, PhotoResult)
        for i in slots:
            results[i] = replace(outcome, source=str(paths[i])) if ok else outcome
        if ok:
            manifest[outcome.key] = outcome.to_dict()
            changed = True
    if changed:
        _save_manifest(cache_dir, manifest)
    keys.save()
    for r in results:
        if isinstance(r, PhotoResult):
            for o in r.outputs:
                _publish(store / o.name, out_dir / o.name, o.bytes)
    if prune_stale:
        prune(out_dir, results)
    return results


def prune(out_dir, results, cache_dir=None) -> list[Path]:
    """Delete derivatives (and leftover temp files) that belong to none of `results`: a removed
    or replaced photo's files disappear. Give every current result of the site when out_dir or
    the cache is shared between albums. With cache_dir, the cache is pruned the same way."""
    keep = {o.name for r in results if isinstance(r, PhotoResult) for o in r.outputs}
    folders = [Path(out_dir)] + ([Path(cache_dir) / STORE] if cache_dir else [])
    removed = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for f in folder.iterdir():
            stale = _DERIVATIVE.match(f.name) and f.name not in keep
            if (stale or _TEMP.match(f.name)) and f.is_file():
                with suppress(FileNotFoundError):
                    f.unlink()
                    removed.append(f)
    if cache_dir:
        manifest = _load_manifest(Path(cache_dir))
        live = {k: v for k, v in manifest.items()
                if all(o["name"] in keep for o in v["outputs"])}
        if live != manifest:
            _save_manifest(Path(cache_dir), live)
    return removed


def _render_all(jobs, plan, store, workers):
    """Yield PhotoResult | PhotoError per (path, key) job, in input order."""
    n = min(workers or os.cpu_count() or 1, len(jobs))
    if n <= 1:  # no pool for one photo: forking costs more than it saves
        for path, key in jobs:
            yield _render_one(path, key, plan, store)[0]
        return
    with ProcessPoolExecutor(max_workers=n) as pool:
        futures = [pool.submit(_render_one, path, key, plan, store) for path, key in jobs]
        for (path, _), future in zip(jobs, futures):
            try:
                outcome, decodes = future.result()
            except Exception as e:  # a worker killed (out of memory?) must not stop the album
                if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
                    raise  # a full disk is no fault of the photo: the build stops and says so
                outcome, decodes = PhotoError(path, f"the image worker failed ({e!r}); "
                                                    "try again, or scale the photo down"), 0
            decoding.DECODES += decodes  # keep the parent's counter the total for the build
            yield outcome


def _render_one(path, key, plan, store):
    before = decoding.DECODES
    try:  # the key the parent hashed: the worker only reads the file, it does not hash it again
        outcome = images.render_derivatives(path, plan, store, key=key)
    except PhotoError as e:
        outcome = e
    return outcome, decoding.DECODES - before


def _cached(entry, store: Path) -> PhotoResult | None:
    """The manifest's result, if every file it names is in the store at its recorded size."""
    if not entry:
        return None
    try:
        result = PhotoResult.from_dict(entry)
        if all((store / o.name).stat().st_size == o.bytes for o in result.outputs):
            return result
    except (OSError, KeyError, TypeError, ValueError):
        pass  # missing, damaged or from another layout: render again
    return None


def _publish(src: Path, dst: Path, size: int) -> None:
    """Content-addressed names: a file of the right size under the name is the right file."""
    with suppress(FileNotFoundError):
        if dst.stat().st_size == size:
            return
    copy_file(src, dst, link=True)


def _load_manifest(cache_dir: Path) -> dict:
    try:
        data = json.loads((cache_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
        return {}  # unknown layout: rebuild rather than trust it
    return data.get("entries", {})


def _save_manifest(cache_dir: Path, entries: dict) -> None:
    text = json.dumps({"version": MANIFEST_VERSION, "entries": entries}, ensure_ascii=False,
                      indent=0, sort_keys=True)
    write_bytes(cache_dir / MANIFEST, text.encode("utf-8"))
