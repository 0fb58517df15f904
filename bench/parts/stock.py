"""Stock Pelican: default theme and settings, one language, every article file as a plain article."""

from __future__ import annotations

from .common import copy_corpus, count_files, edit_article, pelican_cmd, rmtree

STOCK_SETTINGS = """\
# Stock Pelican reference: default theme and settings, one language, every
# article file of the corpus (both languages) as a plain article.
AUTHOR = "Benchmark"
SITENAME = "Stock Pelican reference"
SITEURL = ""
TIMEZONE = "Europe/Belgrade"
DEFAULT_LANG = "en"
ARTICLE_PATHS = ["en/news", "sr/news"]
PAGE_PATHS = ["en/pages", "sr/pages"]
STATIC_PATHS = []
LOAD_CONTENT_CACHE = True
CACHE_CONTENT = True
"""


class Part:
    name = "stock"

    def __init__(self, b):
        self.b = b

    def run(self, r: int) -> None:
        b, a = self.b, self.b.args
        base = b.runs_dir / "stock"
        rmtree(base)
        base.mkdir(parents=True)
        settings = base / "stockconf.py"
        settings.write_text(STOCK_SETTINGS, encoding="utf-8")
        content = base / "content"
        copy_corpus(b.master, content, photos=False)
        cmd = pelican_cmd(a.pelican, content, base / "output", settings, base / "cache")
        if b.build("stock_cold", cmd, base, r)["ok"]:
            b.count("stock_html", count_files(base / "output", (".html",)))
            b.build("stock_nochange", cmd, base, r)
            if edit_article(content):
                b.build("stock_edit", cmd, base, r)
        empty = base / "empty"
        empty.mkdir()
        cmd = pelican_cmd(a.pelican, empty, base / "empty-output", settings, base / "empty-cache")
        b.build("stock_empty", cmd, base, r)

    def finish(self) -> None:
        pass
