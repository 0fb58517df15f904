"""Every page of every edition is valid HTML for the W3C Nu HTML Checker (errors only)."""

from __future__ import annotations


def test_the_checker_read_every_page(built, vnu_report):
    pages = sorted(built.output.rglob("*.html"))
    assert len(pages) >= 60
    assert sorted(vnu_report.under(built.output).checked) == pages


def test_no_page_has_an_html_error(built, vnu_report):
    report = vnu_report.under(built.output)
    print(f"Nu HTML Checker: {len(report.checked)} pages, {len(report.errors)} errors")
    assert report.errors == [], "\n".join(report.lines(built.output))
