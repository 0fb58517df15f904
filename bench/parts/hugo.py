"""Hugo: the same article files in two languages (sr, en) with minimal layouts.

Hugo comes from Debian's package (`make bench` installs it when it is missing);
without `hugo` on PATH the part is reported as skipped. Files with the same path
in the two content folders are one article and its translation, as in our corpus.
Every Hugo build renders the whole site, so its rebuild after the edit is a full rebuild.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from .common import count_files, edit_article, rmtree

CONFIG = """\
baseURL = "http://localhost/"
title = "Hugo reference"
disableKinds = ["RSS", "sitemap", "robotsTXT"]
defaultContentLanguage = "sr"
[languages.sr]
contentDir = "content/sr"
weight = 1
[languages.en]
contentDir = "content/en"
weight = 2
"""
LAYOUTS = {
    "baseof.html": "<!doctype html><html lang=\"{{ .Lang }}\"><head><title>{{ .Title }}</title></head>"
                   "<body>{{ block \"main\" . }}{{ end }}</body></html>\n",
    "single.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><time>{{ .Date }}</time>{{ .Content }}"
                   "<ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>"
                   "{{ range .Translations }}<a href=\"{{ .RelPermalink }}\">{{ .Lang }}</a>{{ end }}"
                   "{{ end }}\n",
    "list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}"
                 "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n",
}


def make_hugo_site(master: Path, site: Path) -> None:
    """A minimal two-language Hugo site: every article and page with YAML front matter."""
    layouts = site / "layouts" / "_default"
    layouts.mkdir(parents=True)
    for name in ("hugo.toml", "config.toml"):  # newer and older Hugo
        (site / name).write_text(CONFIG, encoding="utf-8")
    for name, text in LAYOUTS.items():
        (layouts / name).write_text(text, encoding="utf-8")
    for lang in ("en", "sr"):
        for section in ("news", "pages"):
            folder = master / lang / section
            if not folder.is_dir():
                continue
            target = site / "content" / lang / section
            target.mkdir(parents=True)
            for path in sorted(folder.glob("*.md")):
                (target / path.name).write_text(front_matter(path), encoding="utf-8")


def front_matter(path: Path) -> str:
    """The corpus file's `Key: value` lines as YAML front matter, the body unchanged."""
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    tags = [t.strip() for t in meta.get("Tags", "").split(",") if t.strip()]
    front = ["---", "title: " + json.dumps(meta.get("Title", path.stem), ensure_ascii=False)]
    if "Date" in meta:
        front.append("date: " + meta["Date"].replace(" ", "T") + ":00")
    if tags:
        front.append("tags: " + json.dumps(tags, ensure_ascii=False))
    if "Summary" in meta:
        front.append("summary: " + json.dumps(meta["Summary"], ensure_ascii=False))
    front.append("---")
    return "\n".join(front) + "\n\n" + body


class Part:
    name = "hugo"

    def __init__(self, b):
        self.b = b
        self.hugo = shutil.which("hugo")
        if not self.hugo:
            b.extra["hugo"] = "not on PATH: skipped (`make bench` installs Debian's package)"
            return
        try:
            out = subprocess.run([self.hugo, "version"], capture_output=True, text=True, timeout=60)
            b.extra["hugo_version"] = out.stdout.strip().split(" ")[1] if out.stdout else ""
        except (OSError, subprocess.SubprocessError, IndexError):
            pass

    def run(self, r: int) -> None:
        b = self.b
        if not self.hugo or "hugo_cold" in b.failures:
            return
        site = b.runs_dir / "hugo"
        rmtree(site)
        try:
            make_hugo_site(b.master, site)
        except Exception as exc:  # a reference must not stop the benchmark
            b.fail("hugo_cold", f"could not prepare the site: {exc!r}")
            return
        cmd = [self.hugo, "--quiet", "-s", str(site), "-d", str(site / "public")]
        if not b.build("hugo_cold", cmd, site, r)["ok"]:
            return
        b.count("hugo_html", count_files(site / "public", (".html",)))
        b.build("hugo_nochange", cmd, site, r)
        if edit_article(site / "content"):
            b.build("hugo_edit", cmd, site, r)
        b.extra["hugo"] = "measured"

    def finish(self) -> None:
        pass
