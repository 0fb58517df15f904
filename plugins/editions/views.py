"""Edition views: the object an edition renders for one page of content.

A view is a shallow copy of Pelican's content object that carries the
edition's settings (so its URL has the edition's prefix) and the edition's
context (so `{filename}` links inside it lead to pages of the same edition).
A view of a page that exists in the edition's language is a translation; a
view of a page that does not is a fallback: the original text, at the
edition's URL, marked so templates show a notice and a canonical link.
"""

from __future__ import annotations

import copy

from pelican.contents import Article
from pelican.urlwrappers import Category, Tag

from .slugs import serbian_slugify


def make_view(content, edition, edition_context, original_edition, transform=None):
    """Return `content` as `edition` shows it.

    `original_edition` is the edition whose language the content is written in;
    when it differs from `edition` (ignoring script), the view is a fallback.
    `transform` rewrites text for derived editions (e.g. Cyrillic to Latin).
    """
    view = copy.copy(content)
    view.metadata = dict(content.metadata)
    view.settings = edition.settings
    view._context = edition_context
    view.in_default_lang = True  # URLs come from ARTICLE_URL, not ARTICLE_LANG_URL
    view.edition = edition
    view.source = content
    view.is_fallback = content.lang != edition.source
    view.outdated = None  # set by the generator for a translation older than its original
    # The language the text is written in, as a BCP 47 tag for lang="" attributes.
    view.text_lang = edition.code if not view.is_fallback else original_edition.code
    # The URL is final now; Pelican would otherwise recompute it (with path arithmetic)
    # every time a template or link asks for it.
    view.override_url = view.url
    # Where the original lives: a fallback copy links there and names it canonical.
    view.source_url = original_edition.prefix + view.override_url[len(edition.prefix):]
    if transform is not None:
        _transform_text(view, content, transform)
    if isinstance(content, Article):
        view.category = edition_category(category_key(content), content.lang, edition, transform)
    if hasattr(content, "tags"):
        view.tags = [edition_tag(tag.name, edition, transform) for tag in content.tags]
    return view


def _transform_text(view, content, transform) -> None:
    view._content = transform.html(content._content)
    view.title = transform.text(content.title)
    view.metadata["title"] = view.title
    if "summary" in content.metadata:
        view.metadata["summary"] = transform.html(content.metadata["summary"])
    if hasattr(content, "_summary"):
        # Pelican copies _summary back into the metadata when it resolves links.
        view._summary = transform.html(content._summary)


def category_key(content) -> str:
    """An article's category: an explicit `category:` line, else its folder (news/...).

    Pelican's own folder categories are off in the reading pass (it writes
    nothing), so the key is worked out here, the same for every language.
    """
    explicit = content.metadata.get("category")
    if explicit:
        return serbian_slugify(str(explicit))
    key = content.metadata.get("key") or ""
    folder = key.split("/")[0] if "/" in key else content.settings.get("DEFAULT_CATEGORY", "misc")
    return serbian_slugify(folder)


def edition_category(slug: str, lang: str, edition, transform=None) -> Category:
    names = edition.settings["EDITIONS_CATEGORY_NAMES"].get(slug, {})
    name = names.get(edition.source) or names.get(lang) or slug.replace("-", " ").capitalize()
    if transform is not None:
        name = transform.text(name)
    category = Category(name, edition.settings)
    category.slug = slug
    return category


def edition_tag(name: str, edition, transform=None) -> Tag:
    tag = Tag(transform.text(name) if transform is not None else name, edition.settings)
    # Slugs from the original name: a tag keeps its URL in every script.
    tag.slug = serbian_slugify(name)
    return tag
