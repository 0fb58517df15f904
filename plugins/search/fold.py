"""search/fold.js: the query as the index spells it, made from the site's Serbian letter table.

The Serbian editions are indexed in Latin letters (sources.py), so the browser turns a
query's Cyrillic letters into Latin ones (ш -> š) after lower-casing it; Pagefind strips
the diacritics itself. The table comes from sitecore/serbian.py, the one copy of it.
"""

from __future__ import annotations

import json
import os

from sitecore.files import write_bytes
from sitecore.serbian import CYRILLIC_TO_LATIN

PATH = "search/fold.js"


def fold_module() -> str:
    table = json.dumps(CYRILLIC_TO_LATIN, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        "// Made by the build (plugins/search/fold.py) from the Serbian letter table.\n"
        f"const LATIN = {table};\n"
        "\n"
        "// The query lower-cased, Serbian Cyrillic letters as Latin ones.\n"
        "export function fold(query) {\n"
        '  return Array.from(String(query).toLowerCase(), (c) => LATIN[c] ?? c).join("");\n'
        "}\n"
    )


def write_fold(output_path: str) -> None:
    write_bytes(os.path.join(output_path, PATH), fold_module().encode("utf-8"))
