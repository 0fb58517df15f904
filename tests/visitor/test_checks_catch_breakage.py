"""The visitor checks can fail: on a small site whose home page template is broken on purpose (an
extra theme override, see BROKEN_FILES in conftest.py) every check reports the home pages, and
none reports the untouched article."""

from __future__ import annotations

import pytest

import linkcheck
from visitor import checks

ARTICLE = "en/news/trial/"  # the English translation of Proba: an address of its own


@pytest.fixture(scope="module")
def homes(settings):
    return {edition["prefix"] + "index.html" for edition in settings["EDITIONS"].values()}


@pytest.fixture(scope="module")
def served(broken_site):
    with checks.serve(broken_site.output) as base:
        yield base


def test_the_html_checker_reports_the_broken_markup(broken_site, vnu_report, homes):
    report = vnu_report.under(broken_site.output)
    assert len(report.checked) > len(homes)
    assert {p.relative_to(broken_site.output).as_posix() for p, _ in report.errors} == homes
    assert any("“alt” attribute" in e for _, e in report.errors)
    assert any("No “p” element in scope" in e for _, e in report.errors)


def test_the_link_checks_report_the_dead_link_and_fragment(broken_site, settings, homes):
    base = settings["SITEURL"].rstrip("/") + "/"
    problems, _ = linkcheck.broken_links(broken_site.output, base)
    assert {p.split(":")[0] for p in problems} == homes and all("no-such-page" in p for p in problems)
    problems, _ = linkcheck.broken_fragments(broken_site.output, base)
    assert {p.split(":")[0] for p in problems} == homes and all("'nowhere'" in p for p in problems)


def test_axe_reports_the_missing_alt_and_the_faint_text(served, visit):
    v = visit(served, axe=True, **checks.DESKTOP)
    found = {line.split(" ")[0] for line in checks.axe_violations(v.open(""))}
    assert {"image-alt", "color-contrast"} <= found
    assert checks.axe_violations(v.open(ARTICLE)) == []
    assert v.problems == []


def test_the_keyboard_walk_reports_the_hidden_focus(served, visit):
    v = visit(served, **checks.DESKTOP)
    assert any("no visible focus outline" in p for p in checks.focus_problems(checks.tab_through_header(v.open(""))))
    assert checks.focus_problems(checks.tab_through_header(v.open(ARTICLE))) == []


def test_the_weight_check_reports_the_heavy_page(served, visit):
    home, article = visit(served, **checks.PHONE), visit(served, **checks.PHONE)  # two empty caches
    over = checks.weight_problems("home", checks.first_load_weight(home, ""))
    assert len(over) == 1 and "HTML, CSS, JS and fonts" in over[0]
    assert checks.weight_problems("article", checks.first_load_weight(article, ARTICLE)) == []
    assert home.problems == [] and article.problems == []
