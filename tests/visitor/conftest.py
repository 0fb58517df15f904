"""Fixtures of the visitor suite: the real content/ built once (tests/conftest.py), checked by one
run of the Nu HTML Checker, served once, and visited by one chromium for the whole session.

Playwright's sync API runs one instance per thread at a time: a module-scoped browser of another
test folder must be closed before this one starts (the default order runs tests/visitor last).
"""

from __future__ import annotations

import pytest

from conftest import ROOT, BuiltSite, run_pelican, write_files
from visitor import checks, sitepages


@pytest.fixture(scope="session")
def settings():
    return sitepages.site_settings()


@pytest.fixture(scope="session")
def built(content_site):
    assert content_site.returncode == 0, content_site.log
    return content_site


@pytest.fixture(scope="session")
def pages(built, settings):
    return sitepages.site_pages(built.output, settings["EDITIONS"])


# A small site whose home page (in every edition) is broken on purpose by an extra theme override,
# to show that every check can fail (test_checks_catch_breakage.py).
BROKEN_FILES = {
    "content/sr/news/2020-01-10-proba.md": "Title: Проба\nDate: 2020-01-10 10:00\n\nТекст.\n",
    "content/en/news/2020-01-10-proba.md": "Title: Trial\nDate: 2020-01-10 10:00\n\nText.\n",
    "overrides/index.html": """
        {% extends "base.html" %}
        {% block content %}
        <h1>Broken on purpose</h1>
        <p><div>A block inside a paragraph</div></p>
        <img src="{{ SITEURL }}/theme/images/icon.svg" width="40" height="40">
        <p style="color: #c8c8c8">Text too faint to read</p>
        <p><a href="{{ SITEURL }}/no-such-page/">A link to nothing</a> <a href="#nowhere">a link to no place</a></p>
        <style>a:focus-visible { outline: none; }</style>
        <!-- {{ 'x' * 120000 }} -->
        {% endblock %}
    """,
}


@pytest.fixture(scope="session")
def broken_site(tmp_path_factory) -> BuiltSite:
    base = tmp_path_factory.mktemp("broken")
    write_files(base, BROKEN_FILES)
    (base / "settings.py").write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n"
        f"CACHE_PATH = {str(base / 'cache')!r}\nTHEME_TEMPLATES_OVERRIDES = [{str(base / 'overrides')!r}]\n",
        encoding="utf-8")
    site = BuiltSite(base / "output", run_pelican(base / "content", base / "output", base / "settings.py",
                                                  "--fatal", "warnings"))
    assert site.returncode == 0, site.log
    return site


@pytest.fixture(scope="session")
def vnu_report(built, broken_site):
    """One run of the Nu HTML Checker (one JVM start) over the content site and the broken site."""
    return checks.run_vnu(built.output, broken_site.output)


@pytest.fixture(scope="session")
def site_base(built):
    with checks.serve(built.output) as base:
        yield base


@pytest.fixture(scope="session")
def chromium(browser):
    return browser


@pytest.fixture
def visit(chromium, settings):
    """visit(base, axe=False, **context_options) -> checks.Visit, closed after the test."""
    opened = []

    def open_visit(base, axe=False, **options):
        v = checks.Visit(chromium, base, settings["SITEURL"], axe, **options)
        opened.append(v)
        return v

    yield open_visit
    for v in opened:
        v.close()
