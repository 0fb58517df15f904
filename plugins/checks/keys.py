"""A `Key:` line that pairs a translation with no original.

Translations are paired by key: the path inside the language folder without
the extension, or a `Key:` line. A `Key:` that no file of another language
has makes the translation a page of its own, so the story is listed twice.
"""

from __future__ import annotations

import difflib

from sitecore.frontmatter import Source
from sitecore.messages import message

from .layout import Layout
from .report import Findings


def translation_key(source: Source, layout: Layout) -> tuple[str | None, str | None]:
    """(language, key) of a file, as the editions plugin pairs it."""
    values = layout.path_values(source.rel)
    explicit = source.first("key")
    key = explicit.value.strip() if explicit and explicit.value.strip() else values.get("key")
    return values.get("lang"), key


def check_key_targets(sources: dict[str, Source], layout: Layout, findings: Findings) -> None:
    """Warn about each Key: line that matches no file of another language (the page is still right)."""
    readable = [(s, layout.kind(s.rel)) for s in sources.values() if s.text is not None and not s.empty]
    keys = {(kind, *translation_key(s, layout)) for s, kind in readable}
    for source, kind in readable:
        explicit = source.first("key")
        lang, key = translation_key(source, layout)
        if explicit is None or not key or key == layout.path_values(source.rel).get("key"):
            continue  # no Key: line, or one naming the file's own path: an original, not a translation
        if any(k == kind and other != lang and value == key for k, other, value in keys):
            continue
        others = sorted({value for k, other, value in keys if k == kind and other != lang and value})
        close = difflib.get_close_matches(key, others, n=1, cutoff=0.8)
        if close:
            findings.warning(source.where, explicit.line, message(
                "'Key: %(key)s' matches no file of the other languages, so the page is published as a page of its "
                "own and not as a translation. Did you mean 'Key: %(close)s'? Correct the Key: line to the "
                "original's path inside its language folder, without .md, or delete the line.",
                key=key, close=close[0]))
        else:
            findings.warning(source.where, explicit.line, message(
                "'Key: %(key)s' matches no file of the other languages, so the page is published as a page of its "
                "own and not as a translation. Correct the Key: line to the original's path inside its language "
                "folder, without .md (e.g. 'Key: news/2018-03-02-leskovac-training'), or delete the line.",
                key=key))
