"""Social previews: what a link shared on LinkedIn, Facebook, X or in an e-mail shows.

`preview(view)` (a template function, theme/templates/partials/social.html) gives the page's
picture, its locale and the locales of its real translations. The picture is the article's
cover (plugins/gallery/covers.py), an album's cover photo, else a generated card (cards.py)
with the title in the edition's script. After each edition has rendered, `publish` draws and
links the cards of every page of it, the same function deciding, so a page reused unchanged
from the last build still finds its card.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from babel import Locale
from babel.core import get_global
from jinja2 import pass_context

from . import cards

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Picture:
    url: str  # from the site's root
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class Preview:
    picture: Picture
    locale: str
    alternate_locales: tuple[str, ...]
    modified: str | None = None  # an article's last change, as its structured data says
    title: str = ""  # of a page that is no view: a tag's or category's name, else the site's
    feed: tuple[str, str] | None = None  # (title, URL from the root) of a tag's or category's feed


def og_locale(locale: str) -> str:
    """Open Graph's language_TERRITORY for a Babel locale: sr_Cyrl and sr_Latn are both sr_RS
    (Open Graph has no script), en_GB stays en_GB; a locale without a territory takes the
    language's most likely one (CLDR's likely subtags)."""
    parsed = Locale.parse(locale)
    territory = parsed.territory
    if not territory:
        likely = get_global("likely_subtags").get(parsed.language, parsed.language)
        territory = Locale.parse(likely).territory
    return f"{parsed.language}_{territory}" if territory else parsed.language


def _address(context) -> str:
    parts = urlsplit(context.get("SITEURL_ABSOLUTE") or context.get("SITEURL") or "")
    return parts.netloc or parts.path


def _text(context, value: str) -> str:
    """Text of the content (a caption) as the edition writes it (Latin in the Latin edition)."""
    from editions.templating import edition_transform

    transform = edition_transform(context["EDITION"])
    return transform.text(value) if transform and value else value


def card_for(context, view) -> cards.Card:
    """The card of a page (its title), or of the edition (its one-line description). A
    fallback copy shows its original's card: its words are the original's, and so is its
    canonical address, which is what a shared link's preview is read from (it saves a third
    of the cards of a site with many untranslated stories)."""
    edition = context["EDITION"]
    if view is not None and getattr(view, "is_fallback", False):
        edition = next((e for e in context.get("EDITIONS", ()) if e.code == view.text_lang), edition)
    title = view.title if view is not None else context.get("SITESUBTITLE") or edition.sitename
    return cards.Card(title=str(title), site_name=edition.sitename, address=_address(context))


def picture(context, view) -> Picture:
    cover = getattr(view, "cover_photo", None) if view is not None else None
    album = getattr(view, "album", None) if view is not None else None
    if cover is not None:
        image, alt = cover.image, cover.alt or view.title
    elif album is not None and album.cover is not None:
        image = album.cover.largest
        alt = album.cover.caption(album.title_lang(view.lang)) or view.title
    else:
        card = card_for(context, view)
        return Picture(card.url, cards.WIDTH, cards.HEIGHT, f"{card.site_name}: {card.title}")
    return Picture(image.url, image.width, image.height, _text(context, str(alt)))


@pass_context
def preview(context, view=None) -> Preview:
    edition = context["EDITION"]
    own = og_locale(edition.locale)
    links = context.get("edition_links")
    output_file = context.get("output_file", "")
    by_code = {e.code: e for e in context.get("EDITIONS", ())}
    alternates = []
    if links is not None:
        # hreflang's alternates: real translations only, never a fallback copy (links.py)
        for code, _ in links.alternates(output_file, view):
            other = by_code.get(code)
            locale = og_locale(other.locale) if other is not None else None
            if locale and locale != own and locale not in alternates:
                alternates.append(locale)
    modified = None
    if view is not None and context.get("article") is view:
        from .structured import last_changed  # one rule for the last change: the sitemap's

        modified = last_changed(view).isoformat()
    title, feed = _list(context) if view is None else ("", None)
    return Preview(picture(context, view), own, tuple(alternates), modified, title, feed)


def _list(context) -> tuple[str, tuple[str, str] | None]:
    """A list's title and, for a tag's or category's, its own feed. Read here, not in the
    template: an article's page has its `category` too, and a template that names it would
    make every article's page depend on every article of its category (editions/incremental.py);
    the tag and category templates name theirs themselves."""
    sitename = context.get("SITENAME", "")
    for name, setting in (("tag", "TAG_FEED_ATOM"), ("category", "CATEGORY_FEED_ATOM")):
        term, pattern = context.get(name), context.get(setting)
        if term:
            feed = (f"{sitename} – {term}", pattern.format(slug=term.slug)) if pattern else None
            return str(term), feed
    return sitename, None


def _views(context):
    for name in ("articles", "hidden_articles", "drafts", "pages", "hidden_pages", "draft_pages"):
        yield from context.get(name) or ()


def publish(generator, writer=None) -> None:
    """`article_writer_finalized` (sent once per edition, where it renders): every card a page
    of the edition names, drawn where the cache lacks it and linked into the output."""
    context = generator.context
    if "EDITION" not in context:
        return
    wanted = {card_for(context, None)}
    for view in _views(context):
        if getattr(view, "is_fallback", False) or not getattr(view, "written_as", True):
            continue  # its original's edition publishes its card
        if picture(context, view).url.startswith(cards.FOLDER + "/"):
            wanted.add(card_for(context, view))
    settings = generator.settings
    drawn = cards.publish_cards(wanted, Path(settings["CACHE_PATH"]), generator.output_path)
    logger.info("share: %s: %d preview cards, %d drawn", context["EDITION"].code, len(wanted), drawn)


def install(generator) -> None:
    """`generator_init`: the template function, as the gallery installs its filters (not in
    JINJA_FILTERS, which Pelican's content cache would pickle)."""
    generator.env.globals["share_preview"] = preview
