"""The editions' writer: Pelican's, with each feed declaring its edition, and pages whose
inputs did not change taken from the previous output (incremental.py)."""

from __future__ import annotations

import copy

from markupsafe import escape
from pelican.writers import Writer
from sitecore import pelican_internals

from . import incremental


class EditionWriter(Writer):
    """Pelican's writer, with each feed declaring its edition's language and home page,
    and pages whose inputs did not change taken from the previous output (incremental.py)."""

    keys = None  # set by EditionsGenerator.generate_output

    def write_file(self, name, template, context, relative_urls=False, paginated=None,
                   template_name=None, override_output=False, url=None, **kwargs):
        base = context.get("_render_base")
        if not name or self.keys is None or base is None:
            return super().write_file(name, template, context, relative_urls, paginated,
                                      template_name, override_output, url, **kwargs)
        template_name = template_name or template.name
        extra = context.get("_render_terms", "") if template_name in incremental.TERM_TEMPLATES else ""
        key = self.keys.key(base, name, template_name, kwargs, extra)
        reused = self.keys.reuse(name, key)
        if reused is not None:
            pelican_internals.mark_written(self, reused)
            return None
        before = pelican_internals.written(self)
        result = super().write_file(name, template, context, relative_urls, paginated,
                                    template_name, override_output, url, **kwargs)
        self.keys.record(name, key, pelican_internals.written(self) - before)
        return result

    def write_feed(self, elements, context, path=None, url=None, feed_type="atom",
                   override_output=False, feed_title=None):
        base = context.get("_render_base")
        if not path or self.keys is None or base is None:
            return super().write_feed(_plain_titles(elements), context, path, url, feed_type,
                                      override_output, feed_title)
        key = self.keys.key(base, path, "feed-" + feed_type, {"elements": elements}, f"{url}|{feed_title}")
        reused = self.keys.reuse(path, key)
        if reused is not None:
            pelican_internals.mark_written(self, reused)
            return None
        before = pelican_internals.written(self)
        feed = super().write_feed(_plain_titles(elements), context, path, url, feed_type,
                                  override_output, feed_title)
        self.keys.record(path, key, pelican_internals.written(self) - before)
        return feed

    def _create_new_feed(self, feed_type, feed_title, context):  # an internal: sitecore/pelican_internals.py
        feed = super()._create_new_feed(feed_type, feed_title, context)
        edition = context.get("EDITION")
        if edition is not None:
            feed.feed["language"] = edition.code
            feed.feed["link"] = self.site_url + "/" + edition.prefix
        return feed


def _plain_titles(elements):
    """Feed entries whose titles reach the feed as typed.

    Pelican's writer takes a title for HTML and strips its tags (`Markup(title).striptags()`),
    which would turn the text `&lt;b&gt;` into `<b>` and drop a typed `<b>`. Our titles are
    plain text: escaped first, striptags gives back exactly what the editor wrote, and the
    feed library escapes it for XML."""
    entries = []
    for element in elements:
        entry = copy.copy(element)
        entry.title = escape(element.title)
        entries.append(entry)
    return entries
