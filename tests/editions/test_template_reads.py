"""What a template can read decides what its render key holds (editions/template_reads.py)."""

from __future__ import annotations

import pytest
from jinja2 import DictLoader, Environment

from editions.template_reads import template_reads

PAGER = "{% if articles_page and articles_page.has_next() %}{{ articles_next_page.url }}{% endif %}"


def reads(main, **others):
    env = Environment(loader=DictLoader({"main.html": main, **others}))
    return template_reads(env.get_template("main.html"))


def test_names_come_from_the_template_and_what_it_extends_and_includes():
    found = reads('{% extends "base.html" %}{% block b %}{{ tag }}{% include "part.html" %}{% endblock %}',
                  **{"base.html": "{{ SITENAME }}{% block b %}{% endblock %}", "part.html": "{{ dates }}"})
    assert {"tag", "SITENAME", "dates"} <= found.names
    assert not found.shows("all_articles") and found.shows("dates") and found.shows("tag")


def test_a_paginated_argument_counts_through_its_pages():
    assert reads("{% for a in articles_page.object_list %}{{ a }}{% endfor %}").shows("articles")


def test_a_template_chosen_at_render_time_can_read_anything():
    found = reads("{% include name %}")
    assert found.names is None and found.shows("all_articles") and not found.pages_alone


@pytest.mark.parametrize("source", [
    "{% for a in articles_page.object_list %}{{ a.title }}{% endfor %}" + PAGER,
    "{{ articles_paginator.num_pages }} {{ articles_page.number }} {{ articles_previous_page.url }}",
    "{{ articles_page.paginator.count }}{% if not articles_next_page %}last{% endif %}",
])
def test_pages_stand_alone_when_other_pages_show_only_numbers_and_urls(source):
    assert reads(source).pages_alone


@pytest.mark.parametrize("source", [
    "{% for a in articles_paginator.object_list %}{{ a.title }}{% endfor %}",
    "{{ articles_next_page.object_list[0].title }}",
    "{{ articles_page.paginator.object_list|length }}",
    "{% macro m(p) %}{{ p }}{% endmacro %}{{ m(articles_previous_page) }}",
    "{{ articles_page['object_list'] }}",
])
def test_pages_depend_on_each_other_when_a_template_can_show_another_pages_articles(source):
    assert not reads(source).pages_alone


def test_the_theme_lists_stand_alone(tmp_path):
    """The theme's own paginated templates: one edited article re-renders one page of each list."""
    from conftest import ROOT
    from jinja2 import FileSystemLoader
    env = Environment(loader=FileSystemLoader(str(ROOT / "theme" / "templates")), extensions=["jinja2.ext.i18n"])
    env.filters.update({name: (lambda *a, **k: "") for name in ("format_date", "format_number", "edition_text",
                                                                  "site_url", "srcset", "album_url")})
    for name in ("index.html", "tag.html", "category.html"):
        assert template_reads(env.get_template(name)).pages_alone, name
