"""Structured data: one JSON-LD `@graph` per page, for search engines' rich results.

Articles are a `NewsArticle` (with the edition's `BreadcrumbList`), album pages an
`ImageGallery`, home pages the `Organization` and its `WebSite`; whatever another plugin
puts in a view's `structured_data` list (the events plugin's `Event`) joins the graph.
Every text is an editor's plain text: it goes through `json.dumps` and then `script_json`,
which also escapes what would end or confuse the `<script>` element around it.
"""

from __future__ import annotations

import json

from jinja2 import pass_context
from markupsafe import Markup

from editions.freshness import choose_original, last_change
from editions.links import canonical_url
from editions.templating import edition_text, meta_description

from . import identity, previews

# Inside <script>, "</script>" or "<!--" would end or change the element, and U+2028/2029
# end a line in old JavaScript parsers: each as a JSON \u escape, which JSON reads back the same.
_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
            0x2028: "\\u2028", 0x2029: "\\u2029"}


def script_json(data) -> str:
    """`data` as JSON that is safe as the text of an HTML `<script>` element."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_ESCAPES)


# --- translations: which member of a group is the original, and each one's address -----------

def remember_translations(generators) -> None:
    """`all_generators_finalized`: give each translation group its original's language and the
    absolute address of each language's own view (not a fallback copy, not a derived script)."""
    editions = next((g for g in generators if hasattr(g, "states") and hasattr(g, "groups")), None)
    if editions is None:
        return
    siteurl = editions.settings["SITEURL"].rstrip("/")
    language_order = list(dict.fromkeys(e.source for e in editions.editions))
    for group in editions.groups:
        group.share_original = choose_original(group.members, language_order, editions.history)
        group.share_urls = {}
        # the last change, as the sitemap's <lastmod> says: a Modified: line, else the last commit
        group.share_changed = {lang: last_change(member, editions.history) for lang, member in group.members.items()}
    for state in editions.states:
        if state.edition.derive:
            continue
        for group in editions.groups:
            view = state.views_by_group.get(id(group))
            if view is not None and not view.is_fallback and view.written_as:
                group.share_urls[state.edition.source] = f"{siteurl}/{view.url}"


def _translation_links(view, own_url: str) -> dict:
    """isBasedOn / translationOfWork for a translation, workTranslation for an original."""
    group = getattr(view, "group", None)
    urls = getattr(group, "share_urls", None)
    if not urls or len(group.members) < 2:
        return {}
    lang, original = view.source.lang, group.share_original
    if lang != original:
        if original not in urls:
            return {}
        ref = {"@id": urls[original] + "#article"}
        return {"isBasedOn": ref, "translationOfWork": ref}
    others = [{"@id": url + "#article"} for member, url in urls.items() if member != lang]
    return {"workTranslation": others} if others else {}


# --- nodes ---------------------------------------------------------------------------------

def _home(context) -> str:
    return f"{context['SITEURL_ABSOLUTE'].rstrip('/')}/{context['EDITION'].home_url}"


def _absolute(context, url: str) -> str:
    return f"{context['SITEURL_ABSOLUTE'].rstrip('/')}/{url}"


def organization_id(context) -> str:
    return f"{context['SITEURL_ABSOLUTE'].rstrip('/')}/#organization"


def organization(context) -> dict:
    edition = context["EDITION"]
    names = [e.sitename for e in context["EDITIONS"] if e.sitename != edition.sitename]
    logo = identity.LOGO_ICON
    return {
        "@type": "Organization", "@id": organization_id(context), "name": edition.sitename,
        "alternateName": list(dict.fromkeys(names)), "url": _home(context),
        "logo": {"@type": "ImageObject", "url": _absolute(context, logo.path),
                 "width": logo.size, "height": logo.size},
    }


def website(context) -> dict:
    edition, home = context["EDITION"], _home(context)
    node = {"@type": "WebSite", "@id": home + "#website", "url": home, "name": edition.sitename,
            "inLanguage": edition.code, "publisher": {"@id": organization_id(context)}}
    search = context.get("SEARCH_URL")
    if search and context.get("SEARCH_INDEX", True):
        node["potentialAction"] = {"@type": "SearchAction", "query-input": "required name=q",
                                   "target": {"@type": "EntryPoint",
                                              "urlTemplate": _absolute(context, search) + "?q={q}"}}
    return node


def _canonical(context, view) -> str:
    return _absolute(context, canonical_url(view))


def _image(context, view):
    """The article's picture as an ImageObject: the one its link preview shows (previews.py): its
    cover (gallery/covers.py), else its card, drawn by the build at 1200x630."""
    picture = previews.picture(context, view)
    url = picture.url if "://" in picture.url else _absolute(context, picture.url.lstrip("/"))
    return {"@type": "ImageObject", "url": url, "width": picture.width, "height": picture.height}


def last_changed(view):
    """The view's last change (never before its date): a Modified: line, else its file's last commit."""
    changed = getattr(getattr(view, "group", None), "share_changed", {}).get(view.source.lang)
    changed = changed or getattr(view, "modified", None) or view.date
    return max(changed, view.date) if changed.tzinfo and view.date.tzinfo else changed


def news_article(context, view) -> dict:
    url = _canonical(context, view)
    publisher = {"@id": organization_id(context)}
    # Google's Article wants the author's name and address on the article itself.
    author = {"@type": "Organization", "@id": organization_id(context), "name": context["EDITION"].sitename,
              "url": _home(context)}
    node = {
        "@type": "NewsArticle", "@id": url + "#article", "url": url, "mainEntityOfPage": url,
        "headline": view.title, "inLanguage": view.text_lang,
        "datePublished": view.date.isoformat(),
        "dateModified": last_changed(view).isoformat(),
        "author": author, "publisher": publisher,
    }
    description = meta_description(getattr(view, "summary", ""))
    if description:
        node["description"] = description
    node["image"] = [_image(context, view)]
    keywords = [str(tag) for tag in getattr(view, "tags", []) or []]
    if keywords:
        node["keywords"] = keywords
    node.update(_translation_links(view, url))
    return node


def breadcrumbs(context, view) -> dict:
    """Home > the category (where the edition has its page) > the article."""
    trail = [(context["EDITION"].sitename, _home(context))]
    category = getattr(view, "category", None)
    if category is not None and getattr(category, "has_page", False):
        trail.append((str(category), _absolute(context, category.url)))
    trail.append((view.title, _absolute(context, view.url)))
    return {"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i, "name": name, "item": url}
        for i, (name, url) in enumerate(trail, 1)]}


def image_gallery(context, view) -> dict:
    album, url = view.album, _canonical(context, view)
    lang = album.title_lang(view.lang)
    node = {"@type": "ImageGallery", "@id": url + "#gallery", "url": url, "name": view.title,
            "inLanguage": view.text_lang, "publisher": {"@id": organization_id(context)}}
    if album.date:
        node["datePublished"] = album.date.isoformat()
    images = []
    for photo in album.photos:
        image = {"@type": "ImageObject", "contentUrl": _absolute(context, photo.largest.url),
                 "thumbnailUrl": _absolute(context, photo.thumb.url),
                 "width": photo.largest.width, "height": photo.largest.height}
        caption = photo.caption(lang)
        if caption:
            image["caption"] = edition_text(context, caption)
        images.append(image)
    node["image"] = images
    return node


# --- the page's graph ------------------------------------------------------------------------

def graph(context) -> list[dict]:
    article, page = context.get("article"), context.get("page")
    view = article or page
    nodes: list[dict] = []
    if article is not None:
        nodes += [news_article(context, article), breadcrumbs(context, article), organization(context)]
    elif page is not None and getattr(page, "album", None) is not None:
        nodes += [image_gallery(context, page), organization(context)]
    elif context.get("output_file") == context.get("INDEX_SAVE_AS"):
        nodes += [organization(context), website(context)]
    if view is not None:
        nodes += [dict(extra) for extra in getattr(view, "structured_data", None) or []]
    return nodes


@pass_context
def structured_data(context) -> Markup:
    """The text of the page's JSON-LD script, or "" when the page has nothing to say."""
    nodes = graph(context)
    if not nodes:
        return Markup("")
    return Markup(script_json({"@context": "https://schema.org", "@graph": nodes}))


def install(generator) -> None:
    """`generator_init`: the global goes into each generator's environment (as asset_url does)."""
    generator.env.globals["structured_data"] = structured_data
