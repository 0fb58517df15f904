"""The editions' writer: Pelican's, with each feed declaring its edition, and pages whose
inputs did not change taken from the previous output (incremental.py)."""

from __future__ import annotations

import copy
import datetime
import os
from contextlib import suppress

from markupsafe import Markup, escape
from pelican.writers import Writer
from sitecore import pelican_internals

from . import incremental


class EditionWriter(Writer):
    """Pelican's writer, with each feed declaring its edition's language and home page,
    and pages whose inputs did not change taken from the previous output (incremental.py)."""

    keys = None  # set by EditionsGenerator.generate_output
    _opened: list[str] | None = None  # the files the current keyed write_file or write_feed wrote

    def write_file(self, name, template, context, relative_urls=False, paginated=None,
                   template_name=None, override_output=False, url=None, **kwargs):
        base = context.get("_render_base")
        if not name or self.keys is None or base is None:
            return super().write_file(name, template, context, relative_urls, paginated,
                                      template_name, override_output, url, **kwargs)
        template_name = template_name or template.name
        extra = context.get("_render_terms", "") if template_name in incremental.TERM_TEMPLATES else ""
        key = self.keys.key(base, name, template_name, kwargs, extra, template)
        reused = self.keys.reuse(name, key)
        if reused is not None:
            pelican_internals.mark_written(self, reused)
            return None
        self._opened = []
        pages = self._paginated(template, template_name, paginated, kwargs)
        if pages:
            template = _PageByPage(template, self.keys, base, template_name, extra, kwargs, pages)
        result = super().write_file(name, template, context, relative_urls, paginated,
                                    template_name, override_output, url, **kwargs)
        self.keys.record(name, key, self._opened)
        self._opened = None
        return result

    def _paginated(self, template, template_name, paginated, kwargs):
        """The lists Pelican will paginate in this call, when each page can be judged alone."""
        if template_name not in self.settings["PAGINATED_TEMPLATES"]:
            return None
        names = set(paginated) if paginated is not None else {"articles", "dates"} & set(kwargs)
        if not names or not self.keys.reads(template).pages_alone:
            return None
        return names

    def write_feed(self, elements, context, path=None, url=None, feed_type="atom",
                   override_output=False, feed_title=None):
        base = context.get("_render_base")
        if not path or self.keys is None or base is None:
            return super().write_feed(self._entries(elements, feed_type), context, path, url, feed_type,
                                      override_output, feed_title)
        key = self.keys.key(base, path, "feed-" + feed_type, {"elements": elements}, f"{url}|{feed_title}")
        reused = self.keys.reuse(path, key)
        if reused is not None:
            pelican_internals.mark_written(self, reused)
            return None
        self._opened = []
        feed = super().write_feed(self._entries(elements, feed_type), context, path, url, feed_type,
                                  override_output, feed_title)
        self.keys.record(path, key, self._opened)
        self._opened = None
        return feed

    def _entries(self, elements, feed_type):
        # Only the entries the feed shows (FEED_MAX_ITEMS): an RSS entry's text summary is not free.
        return _plain_titles(elements[: self.settings["FEED_MAX_ITEMS"]], feed_type)

    def _open_w(self, filename, encoding, override=False):  # an internal: sitecore/pelican_internals.py
        # A new file, never through the old one: in a folder taken from the spare
        # (publishing/spare.py) the old one is a hard link of the live site's page.
        if filename in pelican_internals.overridden(self):  # Pelican writes to os.devnull
            return super()._open_w(filename, encoding, override)
        with suppress(FileNotFoundError):
            os.unlink(filename)
        stream = super()._open_w(filename, encoding, override)
        # What this call of write_file or write_feed wrote, for its render key (a copy of
        # Pelican's whole set of written files before and after each call grew with the site).
        if self._opened is not None:
            self._opened.append(filename)
        return stream

    def _create_new_feed(self, feed_type, feed_title, context):  # an internal: sitecore/pelican_internals.py
        feed = super()._create_new_feed(feed_type, feed_title, context)
        edition = context.get("EDITION")
        if edition is not None:
            feed.feed["language"] = edition.code
            feed.feed["link"] = self.site_url + "/" + edition.prefix
            feed.feed["id"] = feed.feed["link"]  # Atom: each edition's feed is a feed of its own
        # An empty feed (an edition with no article of its own language yet) would say it was
        # updated at the moment of the build: the same site must give the same bytes.
        latest = feed.latest_post_date
        dates = [article.date for article in context.get("articles", ())]
        quiet = max(dates) if dates else datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
        feed.latest_post_date = lambda: latest() if feed.items else quiet
        return feed


class _PageByPage:
    """The template of a paginated list, as Pelican's writer uses it: `render(localcontext)`
    once per page. A page whose key is unchanged gives the text the previous build wrote,
    so editing one article renders the page of the list that shows it, not every page
    (sitecore/pelican_internals.py lists this use of the writer)."""

    def __init__(self, template, keys, base, template_name, extra, kwargs, paginated):
        self.template, self.keys = template, keys
        self.base, self.template_name, self.extra = base, template_name, extra
        self.kwargs, self.paginated = kwargs, paginated
        self.name = template.name

    def render(self, localcontext):
        reads = self.keys.reads(self.template)
        key = self.keys.page_key(self.base, self.template_name, self.extra, reads, localcontext,
                                 self.kwargs, self.paginated)
        text = self.keys.previous_page(localcontext["output_file"], key)
        if text is None:
            text = self.template.render(localcontext)
        self.keys.record_page(localcontext["output_file"], key)
        return text


def _plain_titles(elements, feed_type="atom"):
    """Feed entries whose titles reach the feed as typed, and in RSS, whose summary is text.

    Pelican's writer takes a title for HTML and strips its tags (`Markup(title).striptags()`),
    which would turn the text `&lt;b&gt;` into `<b>` and drop a typed `<b>`. Our titles are
    plain text: escaped first, striptags gives back exactly what the editor wrote, and the
    feed library escapes it for XML.

    RSS has one `<description>` and no way to say what it holds, and readers take it for
    HTML: it gets the summary's text, HTML-escaped, so every reader shows the same words.
    (Atom's summary declares type="html" and keeps the markup.)"""
    entries = []
    for element in elements:
        entry = copy.copy(element)
        entry.title = escape(element.title)
        if feed_type == "rss":
            entry.metadata = {**element.metadata, "summary": str(escape(Markup(element.summary).striptags()))}
        entries.append(entry)
    return entries
