"""Links that stay inside the repository keep working, in every input folder.

The refused links are catalogue cases (cases/links.py, "Links and file names"); this builds a site
whose content, theme, translations and plugins hold links that lead elsewhere inside the
repository, and checks that the build follows them.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from conftest import ROOT, problem_lines, run_pelican, write_content, write_settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import BASE  # noqa: E402

LINKED_ARTICLE = "Title: A linked article\nDate: 2018-03-01 10:00\n\nText kept outside content/.\n"


def test_links_inside_the_repository_are_followed(tmp_path):
    base = tmp_path
    write_content(base / "content", BASE)
    for folder in ("theme", "plugins", "translations"):
        shutil.copytree(ROOT / folder, base / folder, ignore=shutil.ignore_patterns("__pycache__"))
    # A Markdown file that is a link to a file elsewhere in the repository.
    write_content(base / "drafts", {"2018-03-01-linked.md": LINKED_ARTICLE})
    os.symlink("../../../drafts/2018-03-01-linked.md", base / "content/en/news/2018-03-01-linked.md")
    # Theme files: a link to a file beside it, and a folder that is a link to a folder of the repository.
    os.symlink("site.css", base / "theme/static/css/extra.css")
    write_content(base / "shared", {"mark.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>\n'})
    os.symlink("../../shared", base / "theme/static/shared")
    # The Serbian catalog read through a link, and a link among the plugins.
    catalog = base / "translations/sr/LC_MESSAGES/messages.po"
    shutil.move(catalog, base / "shared/sr.po")
    os.symlink("../../../shared/sr.po", catalog)
    os.symlink("../shared/mark.svg", base / "plugins/mark.svg")

    settings = write_settings(base, THEME=str(base / "theme"), PLUGIN_PATHS=[str(base / "plugins")],
                              EDITIONS_CATALOG_PATH=str(base / "translations"))
    result = run_pelican(base / "content", base / "output", settings, "--log-handler", "plain")
    assert result.returncode == 0 and problem_lines(result) == [], result.stdout + result.stderr

    output = base / "output"
    assert "A linked article" in (output / "en/news/a-linked-article/index.html").read_text(encoding="utf-8")
    assert (output / "theme/css/extra.css").read_bytes() == (ROOT / "theme/static/css/site.css").read_bytes()
    assert (output / "theme/shared/mark.svg").read_bytes() == (base / "shared/mark.svg").read_bytes()
    assert "Страница није пронађена" in (output / "404.html").read_text(encoding="utf-8")
