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
from collections import defaultdict

from pelican.contents import Article
from pelican.urlwrappers import Author, Category, Tag

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
        view.category = edition_category(content, edition, transform)
    if hasattr(content, "tags"):
        view.tags = [edition_tag(tag.name, edition, transform) for tag in content.tags]
    if hasattr(content, "author"):
        view.authors = edition_authors(content, edition, transform)
        view.author = view.authors[0]
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


def edition_category(content, edition, transform=None) -> Category:
    """The article's category as the edition names it: EDITIONS_CATEGORY_NAMES in the
    edition's language, else the `Category:` line of an article in that language.

    A fallback copy's category without a name in the edition's language is the
    other language's word: it is marked `foreign`, so the edition neither lists nor
    links it (`share_categories` gives it the edition's word when one of the
    edition's own articles names the same category)."""
    slug = category_key(content)
    names = edition.settings["EDITIONS_CATEGORY_NAMES"].get(slug, {})
    written = content.metadata.get("category")
    written = str(written) if written else None
    native = content.lang == edition.source
    name = names.get(edition.source) or (written if native else None)
    foreign = name is None and not native
    if name is None:
        name = names.get(content.lang) or written or slug.replace("-", " ").capitalize()
    if transform is not None:
        name = transform.text(name)
    category = Category(name, edition.settings)
    category.slug = slug
    category.foreign = foreign
    return category


def share_categories(views) -> None:
    """Give a fallback copy's foreign category the edition's own name for it, when one
    of the edition's own articles has the same category."""
    own = {}
    for view in views:
        category = getattr(view, "category", None)
        if category is not None and not category.foreign:
            own.setdefault(category.slug, category)
    for view in views:
        category = getattr(view, "category", None)
        if category is not None and category.foreign and category.slug in own:
            view.category = own[category.slug]


def edition_tag(name: str, edition, transform=None) -> Tag:
    tag = Tag(transform.text(name) if transform is not None else name, edition.settings)
    # Slugs from the original name: a tag keeps its URL in every script.
    tag.slug = serbian_slugify(name)
    return tag


def edition_authors(content, edition, transform=None) -> list[Author]:
    """Who the content is by, in the edition's words: an article without an `Author:`
    line is by the edition's AUTHOR (settings.py: the edition's `author`, by default its
    site name), never by the name of the site in another language."""
    if "author" not in content.metadata and "authors" not in content.metadata:
        return [Author(edition.settings["AUTHOR"], edition.settings)]
    authors = []
    for author in content.authors:
        named = Author(transform.text(author.name) if transform is not None else author.name, edition.settings)
        named.slug = author.slug  # the same person in every script
        authors.append(named)
    return authors


def edition_terms(articles, unlisted, reverse_categories: bool):
    """The edition's categories (sorted) and tags, each with its listed articles; every view's
    terms, the `unlisted` ones' too (hidden articles, drafts), get `has_page`: a term is linked
    where the edition writes its page, and otherwise named only."""
    share_categories([*articles, *unlisted])
    categories, tags = defaultdict(TermArticles), defaultdict(TermArticles)
    for article in articles:
        if hasattr(article, "category") and not article.category.foreign:
            categories[article.category].append(article)
        if article.is_fallback:
            # A fallback copy's tags are words of its own language: the edition's
            # tag pages and index list its own language's tags only.
            continue
        for tag in getattr(article, "tags", []):
            tags[tag].append(article)
    for view in (*articles, *unlisted):
        if hasattr(view, "category"):
            view.category.has_page = view.category in categories
        for tag in getattr(view, "tags", []):
            tag.has_page = not view.is_fallback and tag in tags
    return sorted(categories.items(), reverse=reverse_categories), dict(tags)


class TermArticles(list):
    """The articles of one category or tag: a list whose `in` is a set lookup. For each term
    Pelican keeps the edition's dated articles that are `in` it (3.6 s of list scans for the
    tags of 10,000 articles); filled before any such question, never changed after but sorted."""

    def __contains__(self, item):
        if "_ids" not in self.__dict__:
            self._ids = {id(article) for article in self}
        return id(item) in self._ids
