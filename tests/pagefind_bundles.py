"""Reading a built site's Pagefind bundles: each page record (its fragment) as Pagefind stored it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

EDITIONS = {"sr-Cyrl": "", "en": "en/", "sr-Latn": "sr-latn/"}


def bundle(output: Path, code: str) -> Path:
    return output / EDITIONS[code] / "search" / "pagefind"


def records(output: Path, code: str) -> dict[str, dict]:
    """{url: fragment} of one edition: Pagefind's gzip files start with a marker, then JSON."""
    found = {}
    for path in sorted(bundle(output, code).glob("fragment/*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd"), path
        record = json.loads(data[len(b"pagefind_dcd"):])
        found[record["url"]] = record
    return found


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
