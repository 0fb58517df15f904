"""Tags and categories that cannot have an address: `Tags: ???` would make a tag page at tag//
and links to it.

A tag whose name has no letter or digit makes an empty slug. Pelican notices only the first
time it computes the slug, and its reader cache keeps the computed slug, so from the second
build on nobody would warn. This check runs for every page made, cached or not: such a tag is left
out of the page (no tag page, no link) and reported as a warning with its line; such a
`Category:` line is set aside the same way, so the category comes from the folder.
"""

from __future__ import annotations

import importlib
import os

from pelican.utils import slugify
from sitecore.messages import message

from . import report


def _slug(name: str, settings) -> str:
    """The slug the site gives a tag: the editions' Serbian slugs where that plugin is loaded."""
    try:
        return importlib.import_module("editions.slugs").serbian_slugify(name)
    except ImportError:
        return slugify(name, regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []))


def check(content) -> None:
    """`content_object_init`: every article and page as it is made, from the reader cache or not."""
    if getattr(content, "source_path", None) and hasattr(content, "metadata"):
        _check_tags(content, content.settings)
        _check_category(content, content.settings)


def _check_tags(content, settings) -> None:
    tags = getattr(content, "tags", None)
    if not tags:
        return
    # By name: comparing Tag objects would compute Pelican's slug (and its warning).
    named = [(tag, bool(_slug(tag.name, settings))) for tag in tags]
    kept = [tag for tag, addressable in named if addressable]
    if len(kept) == len(tags):
        return
    for tag, addressable in named:
        if not addressable:
            _warn(content, settings, "tags", tag.name, message(
                "the tag '%(tag)s' has no letters or digits, so it cannot have a page of its own, and it "
                "is left out. Write the tag in words, or delete it from the Tags: line.", tag=tag.name))
    content.tags = content.metadata["tags"] = kept
    if not kept:
        del content.tags, content.metadata["tags"]


def _check_category(content, settings) -> None:
    """A `Category:` line the same way: the category then comes from the folder, as without it."""
    written = content.metadata.get("category")
    if written is None or "category" not in _source_names(content, settings) or _slug(str(written), settings):
        return
    _warn(content, settings, "category", str(written), message(
        "the category '%(category)s' has no letters or digits, so it cannot have a page of its own, and the "
        "folder's category is used instead. Write the category in words, or delete the Category: line.",
        category=written))
    del content.metadata["category"]
    try:  # Pelican groups articles by category in the reading pass: give it a slug it need not compute
        content.category.slug = importlib.import_module("editions.views").category_key(content)
    except (ImportError, AttributeError):
        pass


def _source(content, settings):
    findings = report.findings_of(getattr(content, "_context", None))  # an internal: sitecore/pelican_internals.py
    if findings is None:
        return None, None
    rel = os.path.relpath(content.source_path, os.path.abspath(settings["PATH"])).replace(os.sep, "/")
    return findings, findings.sources.get(rel)


def _source_names(content, settings) -> set[str]:
    """The metadata keys the file itself writes (not defaults from settings or the path)."""
    _, source = _source(content, settings)
    return {f.name for f in source.fields} if source else set()


def _warn(content, settings, key: str, name: str, text: str) -> None:
    findings, source = _source(content, settings)
    if findings is None:
        return
    lines = source.values(key) if source else []
    line = next((n for n, value in lines if name in value), lines[0][0] if lines else 1)
    findings.warning(findings.where(content.source_path), line, text)
