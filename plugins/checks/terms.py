"""Tags that cannot have an address: `Tags: ???` would make a tag page at tag// and links to it.

A tag whose name has no letter or digit makes an empty slug. Pelican notices only the first
time it computes the slug, and its reader cache keeps the computed slug, so from the second
build on nobody would warn. This check runs on every read, cached or not: such a tag is left
out of the page (no tag page, no link) and reported as a warning with its line.
"""

from __future__ import annotations

import importlib
import os

from pelican.utils import slugify

from . import report


def _slug(name: str, settings) -> str:
    """The slug the site gives a tag: the editions' Serbian slugs where that plugin is loaded."""
    try:
        return importlib.import_module("editions.slugs").serbian_slugify(name)
    except ImportError:
        return slugify(name, regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []))


def install(readers) -> None:
    """`readers_init`: check the tags of every file these readers hand to a generator."""
    if getattr(readers.read_file, "checks_terms", False):
        return
    read_file = readers.read_file

    def read_and_check(base_path, path, *args, **kwargs):
        content = read_file(base_path, path, *args, **kwargs)
        tags = getattr(content, "tags", None)
        if tags:
            # By name: comparing Tag objects would compute Pelican's slug (and its warning).
            named = [(tag, bool(_slug(tag.name, readers.settings))) for tag in tags]
            kept = [tag for tag, addressable in named if addressable]
            if len(kept) != len(tags):
                _report(content, [tag.name for tag, addressable in named if not addressable], readers.settings)
                content.tags = kept
                content.metadata["tags"] = kept
                if not kept:
                    del content.tags, content.metadata["tags"]
        return content

    read_and_check.checks_terms = True
    readers.read_file = read_and_check


def _report(content, names: list[str], settings) -> None:
    findings = report.CURRENT
    if findings is None:
        return
    root = os.path.abspath(settings["PATH"])
    rel = os.path.relpath(content.source_path, root).replace(os.sep, "/")
    source = findings.sources.get(rel)
    lines = source.values("tags") if source else []
    for name in names:
        line = next((n for n, value in lines if name in value), lines[0][0] if lines else 1)
        findings.warning(findings.where(content.source_path), line, (
            f"the tag '{name}' has no letters or digits, so it cannot have a page of its own, and it is "
            "left out. Write the tag in words, or delete it from the Tags: line."))
