"""Our site: what `make html` runs (tools/build.py, then `.venv/bin/pelican <corpus> -s pelicanconf.py`) on a copy of the corpus."""

from __future__ import annotations

import os
from pathlib import Path

from .common import IMAGE_SUFFIXES, REPO, add_photo, copy_corpus, count_files, edit_article, \
    pelican_cmd, rmtree


def driver_cmd(cmd: list[str]) -> list[str]:
    """What `make html` runs: tools/build.py with pelican's arguments, by the Python beside it."""
    python = os.path.join(os.path.dirname(cmd[0]), "python")
    return [python, str(REPO / "tools" / "build.py"), *cmd[1:]]


class Part:
    name = "ours"

    def __init__(self, b):
        self.b = b
        self.broken = False  # a cold build that fails would fail every run the same way
        if not Path(b.args.settings).exists():
            print(f"note: {b.args.settings} does not exist; our build will fail", flush=True)

    def run(self, r: int) -> None:
        b, a = self.b, self.b.args
        if self.broken:
            return
        base = b.runs_dir / "ours"
        rmtree(base)
        content, output, cache = base / "content", base / "output", base / "cache"
        copy_corpus(b.master, content)
        cmd = driver_cmd(pelican_cmd(a.pelican, content, output, a.settings, cache))
        if not b.build("ours_cold", cmd, REPO, r)["ok"]:
            self.broken = True
            return
        b.count("ours_html", count_files(output, (".html",)))
        b.count("ours_images", count_files(output, IMAGE_SUFFIXES))
        b.build("ours_nochange", cmd, REPO, r)
        edited = edit_article(content)
        if edited:
            b.extra["edited_article"] = str(edited.relative_to(content))
            b.build("ours_edit", cmd, REPO, r)
        if b.photos > 0:
            added = add_photo(content, a.seed, b.photos, b.size)
            if added:
                b.extra["added_photo"] = str(added.relative_to(content))
                b.build("ours_add_photo", cmd, REPO, r)
            # The same articles without photos: separates photo cost from page cost.
            base2 = b.runs_dir / "ours-nophotos"
            rmtree(base2)
            copy_corpus(b.master, base2 / "content", photos=False)
            cmd2 = driver_cmd(pelican_cmd(a.pelican, base2 / "content", base2 / "output", a.settings, base2 / "cache"))
            if b.build("ours_cold_nophotos", cmd2, REPO, r)["ok"]:
                b.count("ours_nophotos_html", count_files(base2 / "output", (".html",)))
            if not a.keep:
                rmtree(base2)

    def finish(self) -> None:
        pass
