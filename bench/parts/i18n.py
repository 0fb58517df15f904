"""Pelican + i18n_subsites: the plugin this site's editions replace, as a reference only.

It is installed from PyPI into its own virtualenv under bench/scratch/ (git-ignored),
with the Pelican and Markdown versions our site uses; it is never a dependency of
the site and none of its code is kept here (it is AGPL: it is only run).

The same corpus is built as two editions, sr (the main site) and en (a subsite).
The plugin pairs translations the way Pelican does, by slug, and needs every
file's language, so the peer reads a copy of the corpus in which each file's
header also says `Lang:` and `Slug:` (the file name without `.md`, the same for
an article and its translation). Pelican's default theme; content cache on, as for stock Pelican.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .common import WORK, copy_corpus, count_files, edit_article, pelican_cmd, rmtree

PLUGIN = "pelican-i18n-subsites==1.0.0"
VENV = WORK / "i18n-venv"

SETTINGS = """\
# Pelican + i18n_subsites reference: sr is the main site, en a subsite.
AUTHOR = "Benchmark"
SITENAME = "Pelican + i18n_subsites reference"
SITEURL = ""
TIMEZONE = "Europe/Belgrade"
DEFAULT_LANG = "sr"
PLUGINS = ["i18n_subsites"]
I18N_SUBSITES = {"en": {"SITENAME": "Pelican + i18n_subsites reference (en)"}}
# No jinja2.ext.i18n: the default theme has no translations, and with the
# extension the plugin logs an error per language before installing empty ones.
# Untranslated articles: the plugin's default ('hide', made drafts of the other site).
ARTICLE_PATHS = ["en/news", "sr/news"]
PAGE_PATHS = ["en/pages", "sr/pages"]
STATIC_PATHS = []
LOAD_CONTENT_CACHE = True
CACHE_CONTENT = True
"""


def requirements() -> list[str]:
    """The plugin, with the Pelican and Markdown our site is measured with."""
    reqs = [PLUGIN]
    for name in ("pelican", "markdown"):
        try:
            reqs.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            reqs.append(name)
    return reqs


def ensure_venv(log: Path) -> Path:
    """The peer's pelican executable, installing the virtualenv when it is missing or stale."""
    pelican, stamp = VENV / "bin" / "pelican", VENV / "requirements.txt"
    wanted = "\n".join(requirements()) + "\n"
    if pelican.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        return pelican
    print(f"installing the i18n_subsites peer into {VENV.relative_to(WORK.parent.parent)}: "
          + ", ".join(requirements()), flush=True)
    rmtree(VENV)
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "w", encoding="utf-8") as out:
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, stdout=out, stderr=out)
        subprocess.run([str(VENV / "bin" / "pip"), "install", "--disable-pip-version-check", "-q",
                        *requirements()], check=True, stdout=out, stderr=out)
    stamp.write_text(wanted, encoding="utf-8")
    return pelican


def with_lang_and_slug(path: Path, lang: str) -> None:
    """Add `Lang:` and `Slug:` to a corpus file's header, which the plugin pairs by."""
    text = path.read_text(encoding="utf-8")
    path.write_text(f"Lang: {lang}\nSlug: {path.stem}\n" + text, encoding="utf-8")


def peer_corpus(master: Path, dst: Path) -> None:
    copy_corpus(master, dst, photos=False)
    for lang in ("en", "sr"):
        for dirpath, _, names in os.walk(dst / lang):
            for name in names:
                if name.endswith(".md"):
                    with_lang_and_slug(Path(dirpath) / name, lang)


class Part:
    name = "i18n"

    def __init__(self, b):
        self.b = b
        self.pelican = None
        try:
            self.pelican = str(ensure_venv(b.logs / "i18n-install.log"))
        except (OSError, subprocess.CalledProcessError) as exc:
            b.fail("i18n_cold", f"could not install {PLUGIN} (log: bench/scratch/logs/): {exc}")
            return
        b.extra["i18n_version"] = PLUGIN.split("==")[1]

    def run(self, r: int) -> None:
        b, a = self.b, self.b.args
        if not self.pelican or ("i18n_cold" in b.failures and r > 0):
            return
        base = b.runs_dir / "i18n"
        rmtree(base)
        base.mkdir(parents=True)
        settings = base / "i18nconf.py"
        settings.write_text(SETTINGS, encoding="utf-8")
        content, output = base / "content", base / "output"
        peer_corpus(b.master, content)
        cmd = pelican_cmd(self.pelican, content, output, settings, base / "cache")
        if not b.build("i18n_cold", cmd, base, r)["ok"]:
            return
        b.count("i18n_html", count_files(output, (".html",)))
        b.build("i18n_nochange", cmd, base, r)
        if edit_article(content):
            b.build("i18n_edit", cmd, base, r)

    def finish(self) -> None:
        pass
