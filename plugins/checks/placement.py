"""Metadata lines that decide where and how a page is written: Slug:, Template:,
and the Save_as: and Url: lines that editors may not use.

Each value becomes part of a file name or names a file of the theme, so a bad
one would break the build halfway or write over another page; these checks
stop it before Pelican reads the file.
"""

from __future__ import annotations

import difflib
import os
import re

from sitecore.messages import message
from sitecore.frontmatter import Source

from .layout import Layout
from .report import Findings

_PLAIN_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SAFE_SLUG = re.compile(r"^[\w-]+$")  # letters and digits of any script, "_" and "-"
# Lines Pelican would obey, but that would let a page replace another or leave the output folder.
REFUSED = ("save_as", "url")


def _slugs():
    """The site's slug function and longest slug (the editions plugin's, when it is there)."""
    try:
        from editions.slugs import MAX_LENGTH, serbian_slugify

        return serbian_slugify, MAX_LENGTH
    except ImportError:
        from pelican.utils import slugify

        return slugify, 100


def slug_example(text: str) -> str:
    """A slug an editor could write instead of `text`: 'a/b' -> 'a-b'."""
    slugify, _ = _slugs()
    return slugify(re.sub(r"[^\w-]+", " ", text)) or "short-name"


def check_placement(source: Source, kind: str, layout: Layout, findings: Findings) -> bool:
    """The Slug:, Template:, Save_as: and Url: lines of one file; False when one has an error."""
    ok = _check_slug(source, findings)
    ok = _check_template(source, kind, layout, findings) and ok
    for name in REFUSED:
        for field in (f for f in source.fields if f.name == name):
            title = source.first("title")
            example = slug_example(title.value) if title and title.value.strip() else "short-name"
            findings.error(source.where, field.line, message(
                "'%(key)s: %(value)s' cannot be set in a file: the address of every page comes from its "
                "title or its Slug: line, so that no page can replace another or be written outside the site. "
                "Delete the line; to choose the address, write e.g. 'Slug: %(example)s'.",
                key=field.key, value=field.value, example=example))
            ok = False
    return ok


def _check_slug(source: Source, findings: Findings) -> bool:
    field = source.first("slug")
    if field is None:
        return True
    value = field.value.strip()
    _, longest = _slugs()
    if not value:
        title = source.first("title")
        example = slug_example(title.value) if title and title.value.strip() else "short-name"
        findings.warning(source.where, field.line, message(
            "the Slug: line is empty, so the address is made from the title. Write the address after "
            "'Slug: ' (e.g. 'Slug: %(example)s'), or delete the line.", example=example))
        return True
    if not _SAFE_SLUG.match(value):
        findings.error(source.where, field.line, message(
            "'Slug: %(value)s' cannot be an address: a slug may have only letters, digits and hyphens (-), with no "
            "spaces, '/', '.' or other signs. Write e.g. 'Slug: %(example)s'.",
            value=value, example=slug_example(value)))
        return False
    if len(value) > longest:
        findings.error(source.where, field.line, message(
            "the slug is %(length)d characters long, and an address may have at most %(longest)d. "
            "Write a shorter one, e.g. 'Slug: %(example)s'.",
            length=len(value), longest=longest, example=slug_example(value)))
        return False
    if not _PLAIN_SLUG.match(value):
        findings.warning(source.where, field.line, message(
            "'Slug: %(value)s' is used in the address exactly as written. Use lowercase Latin letters, digits and "
            "hyphens only, e.g. 'Slug: %(example)s'.", value=value, example=slug_example(value)))
    return True


def templates(layout: Layout) -> list[str]:
    """Names a Template: line can give: the theme's templates, as Pelican looks them up."""
    settings = layout.settings
    folders = [*(settings.get("THEME_TEMPLATES_OVERRIDES") or []), os.path.join(settings["THEME"], "templates")]
    extensions = tuple(settings.get("TEMPLATE_EXTENSIONS") or [".html"])
    names = []
    for folder in folders:
        if os.path.isdir(folder):
            names += [os.path.splitext(n)[0] for n in sorted(os.listdir(folder)) if n.endswith(extensions)]
    return list(dict.fromkeys(names))


def _check_template(source: Source, kind: str, layout: Layout, findings: Findings) -> bool:
    """A Template: line names a template of the theme made for this kind of page: article*, page*."""
    field = source.first("template")
    if field is None or not field.value.strip():
        return True
    value = field.value.strip()
    existing = templates(layout)
    fitting = [n for n in existing if n.startswith(kind)]
    words = {"kind": message("article") if kind == "article" else message("page"),
             "kinds": message("articles") if kind == "article" else message("pages")}
    choices = message("Delete the line to use the usual template, or name one for %(kinds)s: %(names)s.",
                      names=", ".join(fitting), **words)
    if value in fitting:
        return True
    if value in existing:
        findings.error(source.where, field.line, message(
            "'Template: %(value)s' is a template of the theme for another part of the site, not for %(kinds)s, "
            "so this %(kind)s could not be built. %(choices)s", value=value, choices=choices, **words))
        return False
    close = difflib.get_close_matches(os.path.splitext(value)[0], fitting, n=1, cutoff=0.6)
    if close:
        findings.error(source.where, field.line, message(
            "'Template: %(value)s' names no template of the theme, so this %(kind)s could not be built. "
            "Did you mean 'Template: %(close)s'? %(choices)s", value=value, close=close[0], choices=choices, **words))
    else:
        findings.error(source.where, field.line, message(
            "'Template: %(value)s' names no template of the theme, so this %(kind)s could not be built. "
            "%(choices)s", value=value, choices=choices, **words))
    return False
