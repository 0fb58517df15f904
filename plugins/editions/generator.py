"""The editions generator: builds each edition's view of the content and renders it.

Build passes (see docs/architecture.md):
1. Pelican's ArticlesGenerator and PagesGenerator read every Markdown file once
   (their own output is switched off by settings.configure).
2. `generate_context` pairs translations and builds, per edition, the views,
   categories, tags and the context its templates see.
3. `generate_output` renders every edition with copies of Pelican's own
   generators that hold the edition's views, then writes the sitemap.
"""

from __future__ import annotations

import logging
import os
from operator import attrgetter

from pelican import signals
from pelican.generators import ArticlesGenerator, Generator, PagesGenerator
from pelican.utils import order_content
from sitecore import pelican_internals

from . import incremental, links, redirects, sitemap, templating
from .catalogs import load_translations
from .freshness import outdated_translations
from .history import commit_dates
from .lint import lint_serbian_source
from .pairing import group_translations
from .parallel import render_in_parallel
from .views import edition_terms, make_view
from .writer import EditionWriter

logger = logging.getLogger(__name__)


class EditionState:
    """Everything one edition renders: its views, taxonomies and template context."""

    def __init__(self, edition, context):
        self.edition = edition
        self.context = context
        self.articles, self.hidden_articles, self.drafts = [], [], []
        self.pages, self.hidden_pages, self.draft_pages = [], [], []
        self.views_by_group = {}
        self.categories, self.tags, self.dates = [], {}, []
        self.translations = None
        self.known_urls: set[str] = set()
        self.view_by_url = {}  # URL -> the written view of content at it (links.index_known_urls)


class EditionsGenerator(Generator):
    """Renders one full site per edition from content read once."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.editions = self.settings["EDITIONS_LIST"]
        self.states: list[EditionState] = []
        self.groups = []
        self.history = {}  # absolute path -> (first commit, last commit), read in generate_context
        self.articles_generator = None
        self.pages_generator = None

    # -- pass 2 ---------------------------------------------------------
    def generate_context(self):
        language_order = list(dict.fromkeys(e.source for e in self.editions))
        contents = list(self.context["generated_content"].values())
        self.groups = group_translations(contents)
        history = self.history = commit_dates(self.settings["PATH"])
        for group in self.groups:
            group.outdated = outdated_translations(group, language_order, history)
        originals = {}
        for edition in self.editions:
            if not edition.derive:
                originals.setdefault(edition.source, edition)
        for edition in self.editions:
            self.states.append(self._build_state(edition, originals, language_order))
        self._lint_sources(contents)
        by_edition = {id(state.edition): state for state in self.states}
        for state in self.states:
            for view in state.views_by_group.values():
                if view.outdated:
                    original = by_edition[id(view.outdated.pop("edition"))].views_by_group[id(view.group)]
                    view.outdated["url"] = original.url
        for state in self.states:
            links.index_known_urls(state)
            state.context["edition_links"] = templating.EditionLinks(state, self.states)
        # For the generators that come after this one (the search indexes every edition's views).
        self.context["edition_states"] = self.states

    def _lint_sources(self, contents) -> None:
        """Warn about Serbian sources that the Latin edition cannot be made from correctly."""
        derived_from = {e.source for e in self.editions if e.derive}
        root = os.path.dirname(os.path.abspath(self.settings["PATH"]))
        for content in contents:
            if getattr(content, "lang", None) not in derived_from or not content.source_path:
                continue
            with open(content.source_path, encoding="utf-8") as source:
                problems = lint_serbian_source(source.read())
            where = os.path.relpath(content.source_path, root)
            for line, message in problems:
                logger.warning("%s:%d: %s", where, line, message)

    def _build_state(self, edition, originals, language_order) -> EditionState:
        context = dict(self.context)
        context.update(edition.settings)
        context["generated_content"] = {}
        context["EDITION"] = edition
        context["EDITIONS"] = self.editions
        context["SITEURL_ABSOLUTE"] = self.settings["SITEURL"]
        state = EditionState(edition, context)
        transform = templating.edition_transform(edition)
        untranslated = self.settings["EDITIONS_UNTRANSLATED"]
        for group in self.groups:
            content = group.members.get(edition.source) or group.original(language_order)
            view = make_view(content, edition, context, originals[content.lang], transform)
            view.group = group
            view.real_editions = [e for e in self.editions if e.source in group.members]
            if view.is_fallback and untranslated != "fallback":
                # Not written in this edition: links to it lead to the original.
                view.override_save_as, view.override_url = "", view.source_url
            else:
                if content.lang in group.outdated:
                    original_lang, changed = group.outdated[content.lang]
                    # The URL is the original's own view's, once every edition has its views.
                    view.outdated = {"lang": original_lang, "date": changed, "edition": originals[original_lang]}
            view.written_as = view.save_as  # where it is written, "" for nowhere: asked often
            state.views_by_group[id(group)] = view
            for member in group.members.values():
                context["generated_content"][member.get_relative_source_path()] = view
            if view.is_fallback and untranslated == "hide":
                continue
            bucket = _bucket(state, group.kind, view.status)
            if bucket is not None:
                bucket.append(view)

        settings = edition.settings
        state.articles = order_content(state.articles, settings["ARTICLE_ORDER_BY"])
        state.pages = sorted(state.pages, key=_page_order)
        state.categories, state.tags = edition_terms(
            state.articles, [*state.hidden_articles, *state.drafts], settings["REVERSE_CATEGORY_ORDER"])
        state.dates = sorted(state.articles, key=attrgetter("date"), reverse=settings["NEWEST_FIRST_ARCHIVES"])
        context.update(
            articles=state.articles, dates=state.dates, drafts=state.drafts,
            hidden_articles=state.hidden_articles, categories=state.categories,
            tags=list(state.tags.items()), authors=[], pages=state.pages,
            hidden_pages=state.hidden_pages, draft_pages=state.draft_pages,
        )
        return state

    # -- pass 3 ---------------------------------------------------------
    def generate_output(self, writer):
        keys = None
        if isinstance(writer, EditionWriter):
            previous = self.settings.get("PUBLISH_PREVIOUS_OUTPUT") or self.output_path
            keys = writer.keys = incremental.RenderKeys(previous, self.output_path)
            site = self._site_digest()
            for state in self.states:
                state.context["_render_base"] = self._edition_digest(site, state)
        workers = self.settings["EDITIONS_WORKERS"] or os.cpu_count() or 1
        ok, collected = render_in_parallel(
            lambda i: self._render_edition(self.states[i], writer), len(self.states), workers,
            collect=lambda: (keys.current, keys.reused, keys.rendered, keys.pages_kept) if keys else None,
        )
        if not ok:
            logger.error("editions: rendering failed; see the errors above")
        if keys is not None:
            reused = rendered = kept = 0
            for current, child_reused, child_rendered, child_kept in filter(None, collected):
                keys.current.update(current)
                reused, rendered, kept = reused + child_reused, rendered + child_rendered, kept + child_kept
            keys.save()
            logger.info("editions: %d pages rendered, %d unchanged ones reused; of the lists rendered, "
                        "%d unchanged pages kept", rendered, reused, kept)
        sitemap.write_sitemap(self.output_path, self.states, self.settings, self.history)
        redirects.keep_addresses(self.output_path, self.states, self.settings, keys.current if keys else {})
        logger.info("editions: %s", ", ".join(
            f"{s.edition.code} ({len(s.articles)} articles, {len(s.pages)} pages)" for s in self.states))

    def _site_digest(self) -> str:
        """What every page depends on: theme, plugins, catalogs, settings, library versions."""
        import jinja2, markdown, pelican  # noqa: E401 - versions only

        folders = [self.settings["THEME"], *self.settings.get("PLUGIN_PATHS", []), self.settings["EDITIONS_CATALOG_PATH"]]
        return incremental._digest(
            incremental.tree_digest(folders), incremental.settings_digest(self.settings),
            pelican.__version__, jinja2.__version__, markdown.__version__,
        )

    def _edition_digest(self, site: str, state) -> str:
        """What every page of one edition shows: its menu and where its switchers lead."""
        fingerprints = incremental.Fingerprints()
        # The menu shows each page's title and link, nothing else of it.
        menu = [f"{page.title}\0{page.url}" for page in state.pages]
        urls = [",".join(sorted(s.known_urls)) for s in self.states]
        terms = [fingerprints.term(c) + str(len(a)) for c, a in state.categories]
        terms += [fingerprints.term(t) + str(len(a)) for t, a in sorted(state.tags.items())]
        state.context["_render_terms"] = incremental._digest(*terms)
        return incremental._digest(site, state.edition.code, *menu, *urls)

    def _render_edition(self, state, writer):
        edition = state.edition
        state.translations = load_translations(
            self.settings["EDITIONS_CATALOG_PATH"], edition.catalog, edition.locale,
            templating.catalog_transform(edition),
        )
        # The site in one line, in the edition's words: the footer's, and the feeds' description.
        state.context["SITESUBTITLE"] = state.translations.gettext("Business cluster organisation, Niš, Serbia")
        for view in _all_views(state):
            view.refresh_metadata_intersite_links()

        # Pelican's own generators render the edition's views (sitecore/pelican_internals.py).
        archives = pelican_internals.period_archives(self.articles_generator, state.dates, state.articles,
                                                     edition.settings)
        state.context["period_archives"] = archives
        articles = pelican_internals.generator_copy(
            self.articles_generator, settings=edition.settings, context=state.context,
            articles=state.articles, translations=[], hidden_articles=state.hidden_articles,
            hidden_translations=[], drafts=state.drafts, drafts_translations=[],
            categories=state.categories, tags=state.tags, authors=[], dates=state.dates,
            period_archives=archives)
        pages = pelican_internals.generator_copy(
            self.pages_generator, settings=edition.settings, context=state.context,
            pages=state.pages, translations=[], hidden_pages=state.hidden_pages, hidden_translations=[],
            draft_pages=state.draft_pages, draft_translations=[])

        for generator in (articles, pages, self):
            templating.prepare_environment(generator.env, state)
        # Feeds carry only articles written in the edition's language: a feed
        # declares one language, and RSS cannot mark an entry as another.
        feeds = pelican_internals.generator_copy(
            articles, articles=[a for a in state.articles if not a.is_fallback],
            categories=[(c, [a for a in arts if not a.is_fallback]) for c, arts in state.categories],
            tags={t: [a for a in arts if not a.is_fallback] for t, arts in state.tags.items()})
        feeds.generate_feeds(writer)
        articles.generate_pages(writer)
        signals.article_writer_finalized.send(articles, writer=writer)
        pages.generate_output(writer)
        self._write_404(state, writer)

    def _write_404(self, state, writer):
        # Served for any missing URL at any depth: absolute links, not relative ones.
        name = state.edition.prefix + "404.html"
        writer.write_file(
            name, self.get_template("404"), state.context, relative_urls=False,
            template_name="404", url=name,
        )


def _bucket(state, kind, status):
    if kind == "article":
        return {"published": state.articles, "hidden": state.hidden_articles, "draft": state.drafts}.get(status)
    return {"published": state.pages, "hidden": state.hidden_pages, "draft": state.draft_pages}.get(status)


def _page_order(page):
    try:
        return (int(page.metadata.get("order", 1000)), page.title)
    except (TypeError, ValueError):
        return (1000, page.title)


def _all_views(state):
    return [*state.articles, *state.hidden_articles, *state.drafts,
            *state.pages, *state.hidden_pages, *state.draft_pages]


def get_generators(pelican):
    return EditionsGenerator


def get_writer(pelican):
    return EditionWriter


def bind_content_generators(generators):
    """`all_generators_finalized`: hand the readers' generators to the editions generator."""
    editions = next((g for g in generators if isinstance(g, EditionsGenerator)), None)
    if editions is None:
        return
    editions.articles_generator = next(g for g in generators if isinstance(g, ArticlesGenerator))
    editions.pages_generator = next(g for g in generators if isinstance(g, PagesGenerator))
    # The reading pass writes nothing (its *_SAVE_AS are blank), but Pelican's
    # generate_drafts() reads each draft's category first, and the reading pass
    # gives articles none: its drafts are written by the editions instead.
    editions.articles_generator.drafts, editions.articles_generator.drafts_translations = [], []
