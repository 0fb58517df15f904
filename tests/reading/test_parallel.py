"""Markdown parsed in forked processes before Pelican reads it (plugins/reading/parallel.py):
the site is byte for byte the one a single process makes, and what a parse logs is logged
once, on this build and (from Pelican's reader cache) on the next."""

from __future__ import annotations

import textwrap

from conftest import ROOT, run_pelican, tree_digest, write_content

from reading import parallel

# Enough files for the parallel pass, with what reading makes of them: tags, summaries,
# links between files, translations, a page.
FILES = {
    **{f"sr/news/2018-01-{n % 28 + 1:02d}-vest-{n}.md":
       f"Title: Вест {n}\nDate: 2018-01-{n % 28 + 1:02d} 10:{n % 60:02d}\nTags: Ниш, ознака {n % 3}\n"
       f"Summary: Кратко о *вести* {n}.\n\nТекст вести {n}, [контакт]({{filename}}../pages/contact.md).\n\n"
       f"- прво\n- друго\n\n> \"навод\" {n}\n" for n in range(40)},
    **{f"en/news/2018-01-{n % 28 + 1:02d}-vest-{n}.md":
       f"Title: News {n}\nDate: 2018-01-{n % 28 + 1:02d} 10:{n % 60:02d}\nTags: Niš\n\nText **{n}**.\n"
       for n in range(0, 40, 2)},
    "sr/pages/contact.md": "Title: Контакт\nOrder: 1\n\nНиш.\n",
    "en/pages/contact.md": "Title: Contact\nOrder: 1\n\nNiš.\n",
}
# A Markdown extension of the test's own that warns about a line, as an extension may.
EXTENSION = '''
import logging
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

class _Odd(Preprocessor):
    def run(self, lines):
        for line in lines:
            if "ODD" in line:
                logging.getLogger("markdown.oddwords").warning("an odd word in %s", line)
        return lines

class OddExtension(Extension):
    def extendMarkdown(self, md):
        md.preprocessors.register(_Odd(md), "odd", 5)
'''


def _settings(base, name: str, **overrides):
    lines = ["import sys", f"sys.path[:0] = [{str(ROOT)!r}, {str(base)!r}]", "from pelicanconf import *",
             f"CACHE_PATH = {str(base / ('cache-' + name))!r}",
             "MARKDOWN = {**MARKDOWN, 'extensions': [*MARKDOWN.get('extensions', []), 'oddwords:OddExtension']}"]
    lines += [f"{key} = {value!r}" for key, value in overrides.items()]
    target = base / f"settings_{name}.py"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def _build(base, name: str, *extra, plain: bool = True, **overrides):
    return run_pelican(base / "content", base / f"output-{name}", _settings(base, name, **overrides),
                       *(("--log-handler", "plain") if plain else ()), *extra)


def _site(base, files=FILES):
    assert len([f for f in files if f.endswith(".md")]) >= parallel.PARALLEL_FROM
    (base / "oddwords.py").write_text(textwrap.dedent(EXTENSION), encoding="utf-8")
    write_content(base / "content", files)


def test_the_parallel_reading_makes_the_same_site_as_one_process(tmp_path):
    _site(tmp_path)
    one = _build(tmp_path, "one", "-v", plain=False, READING_WORKERS=1)
    two = _build(tmp_path, "two", "-v", plain=False, READING_WORKERS=2)
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    assert "parsed in" not in one.stderr + one.stdout
    articles = len([f for f in FILES if "/news/" in f])  # the two pages are too few to fork for
    assert f"reading: {articles} of {articles} Markdown files parsed in 2 processes" in two.stdout + two.stderr
    assert len(_pages(tmp_path, "one")) > 100 and _pages(tmp_path, "one") == _pages(tmp_path, "two")
    # The workers parse with the typography of the file's language, as the build's own process does.
    assert "<p>„навод“ 3</p>" in (tmp_path / "output-two/news/vest-3/index.html").read_text(encoding="utf-8")
    # The reader cache the workers' results went into serves the next build like any other.
    (tmp_path / "content/sr/news/2018-01-04-vest-3.md").write_text(
        "Title: Вест 3, измењена\nDate: 2018-01-04 10:03\nTags: Ниш\n\nНови текст.\n", encoding="utf-8")
    again = _build(tmp_path, "two", READING_WORKERS=2)
    fresh = _build(tmp_path, "three", READING_WORKERS=1)
    assert again.returncode == 0 and fresh.returncode == 0, again.stderr + fresh.stderr
    assert _pages(tmp_path, "two") == _pages(tmp_path, "three") != _pages(tmp_path, "one")


def _pages(base, name: str) -> dict[str, str]:
    """The published files (the build's own records, keyed by the settings, left out)."""
    return {path: digest for path, digest in tree_digest(base / f"output-{name}").items()
            if not path.startswith(".build/")}


def test_a_warning_a_parse_logs_is_logged_once_on_every_build(tmp_path):
    odd = {"sr/news/2018-01-05-odd.md": "Title: Чудно\nDate: 2018-01-05\n\nA line with ODD in it.\n"}
    _site(tmp_path, {**FILES, **odd})
    warning = "an odd word in A line with ODD in it."
    for attempt in range(2):  # parsed in a worker, then answered by Pelican's reader cache
        built = _build(tmp_path, "odd", "--fatal", "warnings", READING_WORKERS=2)
        assert built.returncode == 1, built.stderr
        lines = built.stderr.splitlines()
        assert sum(warning in line for line in lines) == 1, built.stderr
        assert any("1 warning (warnings fail this build)" in line for line in lines), built.stderr
        (tmp_path / "content/en/pages/contact.md").write_text(f"Title: Contact\nOrder: 1\n\nNiš {attempt}.\n",
                                                              encoding="utf-8")


def test_a_duplicate_line_is_reported_by_the_checks_alone(tmp_path):
    """Pelican's own message about a second Date: comes from the worker's parse; the checks'
    message with its line replaces it, as when Pelican parses the file itself."""
    twice = {"en/news/2018-02-18-dates.md": "Title: Two dates\nDate: 2018-02-18\nDate: 2018-02-19\n\nText.\n"}
    _site(tmp_path, {**FILES, **twice})
    built = _build(tmp_path, "twice", READING_WORKERS=2)
    assert built.returncode == 0, built.stderr
    assert built.stderr.splitlines() == [
        "content/en/news/2018-02-18-dates.md:3: a second Date: line; only the first one (line 2) is used. Delete "
        "the one you do not mean."], built.stderr
