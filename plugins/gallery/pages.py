"""Pelican Page objects for the album pages and the galleries index, one per content language.

They go into the shared `generated_content`, where the editions plugin pairs them by `key`
like any page: one view per edition, a fallback view with a notice where a language is
missing, the language switcher and hreflang. The album model rides along as a plain
attribute (`page.album`, `page.albums`) so the editions plugin's copy.copy keeps it.
"""

from __future__ import annotations

from pelican import contents


class Page(contents.Page):
    """Pelican's Page (same class name: Pelican picks PAGE_URL and PAGE_SAVE_AS by it). The
    galleries index has no source file: its source_path is "" (falsy, so code that opens
    sources skips it; a string, so code that joins paths does not fail) and its relative
    source path a virtual one, so code keying content by it still finds one key per page."""

    virtual_path = None

    def get_relative_source_path(self, source_path=None):
        if not source_path and not self.source_path:
            return self.virtual_path
        return super().get_relative_source_path(source_path)


def _page(generator, html, metadata, source_path, virtual_path=None):
    page = Page(html, metadata, settings=generator.settings, source_path=source_path,
                context=generator.context)
    if virtual_path:
        page.virtual_path = page.relative_source_path = virtual_path
    return page


def album_pages(generator, album) -> list[Page]:
    """One hidden page per album.<lang>.md: written in every edition, never in the menu."""
    folder = generator.settings["GALLERY_PATH"]
    pages = []
    for lang, text in album.texts.items():
        metadata = {**text.metadata, "title": text.title, "lang": lang,
                    "key": f"{folder}/{album.name}", "slug": f"{folder}/{album.slug}",
                    "template": "album", "status": "hidden"}
        if text.date:
            metadata["date"] = text.date
        page = _page(generator, text.html, metadata, str(text.source))
        page.album = album
        pages.append(page)
    return pages


def index_pages(generator, albums, languages) -> list[Page]:
    """The galleries index, one page per language with a title in GALLERY_INDEX_TITLES;
    published, so it is in the site's menu. Albums newest first."""
    settings = generator.settings
    folder = settings["GALLERY_PATH"]
    newest_first = sorted(albums, key=lambda a: a.name)
    newest_first.sort(key=lambda a: a.date.timestamp() if a.date else float("-inf"), reverse=True)
    pages = []
    for lang in languages:
        title = settings["GALLERY_INDEX_TITLES"].get(lang)
        if not title:
            continue
        metadata = {"title": title, "lang": lang, "key": folder, "slug": folder,
                    "template": "galleries", "status": "published",
                    "order": settings["GALLERY_INDEX_ORDER"]}
        page = _page(generator, "", metadata, "", f"{folder}/index.{lang}")
        page.albums = newest_first
        pages.append(page)
    return pages
