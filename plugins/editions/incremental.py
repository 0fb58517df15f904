"""Incremental rendering: a page whose inputs did not change is not rendered again.

Every write (one template call, which may produce several paginated files) gets
a *render key*: a hash of what the page can show — the theme, catalogs,
plugins and settings; the edition's menu and the URLs of every edition (the
switcher); and the fingerprints of the content objects, lists and taxonomy
terms passed to the template. A content fingerprint covers the source bytes of
every language version of the page (its switcher and hreflang depend on which
exist), its URL, status and album. When the key equals the one recorded with
the previous output, the files are hard-linked from there instead of rendered.
Keys live in `<output>/.build/render-keys.json`, so they are published and
replaced together with the files they describe.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
from pathlib import Path

from pelican.urlwrappers import URLWrapper

from sitecore.files import write_bytes
from sitecore.fingerprint import digest as _digest
from sitecore.fingerprint import settings_fingerprint as settings_digest  # noqa: F401 - used by generator.py

from .template_reads import TemplateReads, template_reads

KEYS_FILE = os.path.join(".build", "render-keys.json")
# Template names whose pages list terms from the context rather than their arguments.
TERM_TEMPLATES = {"tags", "categories"}


def tree_digest(paths) -> str:
    """Hash of every file's path and bytes under the given folders (theme, plugins, catalogs)."""
    h = hashlib.blake2b(digest_size=16)
    for root in paths:
        for path in sorted(Path(root).rglob("*")) if root and os.path.isdir(root) else []:
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(str(path.relative_to(root)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()


class Fingerprints:
    """Fingerprints of what templates are given, or None for something it cannot describe."""

    def __init__(self):
        self._sources: dict[str, str] = {}

    def source(self, path: str | None) -> str:
        if not path:
            return ""
        if path not in self._sources:
            try:
                self._sources[path] = hashlib.blake2b(Path(path).read_bytes(), digest_size=16).hexdigest()
            except OSError:
                self._sources[path] = "missing"
        return self._sources[path]

    def view(self, view) -> str:
        cached = getattr(view, "_render_fingerprint", None)
        if cached:
            return cached
        group = getattr(view, "group", None)
        members = sorted(group.members.items()) if group else [("", view)]  # by language: reading order varies
        parts = [lang + self.source(getattr(m, "source_path", None)) for lang, m in members]
        parts += [view.url, getattr(view, "written_as", None) or view.save_as or "", view.status, str(view.is_fallback), repr(view.outdated),
                  getattr(view, "template", ""), repr(getattr(view, "album", None)),
                  repr(getattr(view, "albums", None))]
        if hasattr(view, "category"):
            parts.append(self.term(view.category))
        parts += [self.term(tag) for tag in getattr(view, "tags", [])]
        albums = view._context.get("gallery_albums") or {}
        for name in str(view.metadata.get("gallery", "")).split(","):
            if name.strip():
                parts.append(repr(albums.get(name.strip())))
        view._render_fingerprint = _digest(*parts)
        return view._render_fingerprint

    def term(self, term) -> str:
        # has_page: whether pages link the term or only name it (generator.py)
        return _digest(type(term).__name__, term.name, term.slug, term.url, repr(getattr(term, "has_page", None)))

    def value(self, value) -> str | None:
        if value is None or isinstance(value, (str, int, float, bool)):
            return repr(value)
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.isoformat()
        if hasattr(value, "group") and hasattr(value, "edition"):
            return self.view(value)
        if isinstance(value, URLWrapper):
            return self.term(value)
        if isinstance(value, (list, tuple)):
            parts = [self.value(item) for item in value]
            return None if None in parts else _digest("list", *parts)
        if isinstance(value, dict):
            parts = [f"{self.value(k)}={self.value(v)}" for k, v in value.items()]
            return None if any("None=" in p or p.endswith("=None") for p in parts) else _digest("dict", *parts)
        return None


def _page_facts(page) -> str:
    """What a template may read of a page of a list: where it is and how long the list is."""
    if page is None:
        return "none"
    paginator = page.paginator
    return _digest(page.full_name, page.base_url, str(page.number), str(paginator.num_pages),
                   str(paginator.count), str(paginator.per_page))


class RenderKeys:
    """Keys of the previous output and of this build, and the reuse of unchanged files."""

    def __init__(self, previous_output: str | None, output: str):
        self.previous_output = previous_output
        self.output = output
        self.previous: dict[str, dict] = {}
        self.current: dict[str, dict] = {}
        self.fingerprints = Fingerprints()
        self._reads: dict[str, TemplateReads] = {}
        self._template_files: dict[str, tuple] = {}
        self.reused = self.rendered = self.pages_kept = 0
        if previous_output:
            try:
                with open(os.path.join(previous_output, KEYS_FILE), encoding="utf-8") as handle:
                    self.previous = json.load(handle)
            except (OSError, ValueError):
                self.previous = {}

    def reads(self, template) -> TemplateReads:
        if template.name not in self._reads:
            self._reads[template.name] = template_reads(template, self._template_files)
        return self._reads[template.name]

    def key(self, base: str, name: str, template_name: str, kwargs: dict, extra: str = "",
            template=None) -> str | None:
        """The render key of one template call. An argument the template never reads (Pelican
        gives every tag page `all_articles`) is left out, so editing one article does not
        re-render pages that cannot show it."""
        reads = self.reads(template) if template is not None else TemplateReads(None, False)
        parts = self._arguments(kwargs, lambda arg: reads.shows(arg))
        return None if parts is None else _digest(base, name, template_name or "", extra, *parts)

    def _arguments(self, kwargs: dict, shown) -> list[str] | None:
        """`name=fingerprint` of each argument `shown(name)` keeps; None for one it cannot describe."""
        parts = []
        for arg in sorted(kwargs):
            if shown(arg):
                fingerprint = self.fingerprints.value(kwargs[arg])
                if fingerprint is None:
                    return None
                parts.append(f"{arg}={fingerprint}")
        return parts

    def page_key(self, base: str, template_name: str, extra: str, reads: TemplateReads,
                 localcontext: dict, kwargs: dict, paginated) -> str | None:
        """The key of one page of a paginated list whose template shows, of the other pages,
        only numbers and URLs (template_reads.py): its own items, its number and the list's
        size, not the articles of every other page."""
        # A paginated list counts through its pages below, unless the template names it whole.
        parts = self._arguments(kwargs, lambda arg: reads.shows(arg) and (arg not in paginated or arg in reads.names))
        if parts is None:
            return None
        parts = [base, localcontext["output_file"], template_name or "", extra, *parts]
        for arg in sorted(a for a in paginated if reads.shows(a)):
            page = localcontext.get(f"{arg}_page")
            if page is None:
                return None
            items = self.fingerprints.value(list(page.object_list))
            if items is None:
                return None
            parts += [arg, _page_facts(page), items,
                      _page_facts(localcontext.get(f"{arg}_previous_page")),
                      _page_facts(localcontext.get(f"{arg}_next_page"))]
        return _digest(*parts)

    def previous_page(self, output_file: str, key: str | None) -> str | None:
        """The text of a list page as the previous build wrote it, if its key is unchanged."""
        old = self.previous.get("page:" + output_file)
        if key is None or not old or old["key"] != key or not self.previous_output:
            return None
        try:
            with open(os.path.join(self.previous_output, output_file), encoding="utf-8") as handle:
                text = handle.read()
        except OSError:
            return None
        self.pages_kept += 1
        return text

    def record_page(self, output_file: str, key: str | None) -> None:
        if key is not None:
            self.current["page:" + output_file] = {"key": key, "files": [output_file]}

    def reuse(self, name: str, key: str | None) -> list[str] | None:
        """Link the previous files of `name` into the output; their paths, or None if it cannot."""
        old = self.previous.get(name)
        if key is None or not old or old["key"] != key or not self.previous_output:
            return None
        sources = [os.path.join(self.previous_output, f) for f in old["files"]]
        if not all(os.path.isfile(s) for s in sources):
            return None
        targets = []
        for relative, source in zip(old["files"], sources):
            target = os.path.join(self.output, relative)
            page = self.previous.get("page:" + relative)
            if page:
                self.current["page:" + relative] = page  # still true of the file reused
            if os.path.abspath(source) != os.path.abspath(target):
                os.makedirs(os.path.dirname(target), exist_ok=True)
                if os.path.exists(target):
                    if os.path.samefile(source, target):
                        targets.append(target)  # a folder taken from the spare has it already
                        continue
                    os.remove(target)
                os.link(source, target)
            targets.append(target)
        self.current[name] = old
        self.reused += 1
        return targets

    def record(self, name: str, key: str | None, files) -> None:
        self.rendered += 1
        if key is not None:
            self.current[name] = {"key": key, "files": sorted(os.path.relpath(f, self.output) for f in files)}

    def save(self) -> None:
        write_bytes(os.path.join(self.output, KEYS_FILE), json.dumps(self.current, sort_keys=True).encode())
