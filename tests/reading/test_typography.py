"""Typography by language (plugins/reading/typography.py), in a real build: English curly quotes
and apostrophes, Serbian „…“, non-breaking spaces by rule in both, never in URLs, code or
attributes; the Latin edition keeps them; a change of the rules is not hidden by the reader cache."""

from __future__ import annotations

import shutil

import pytest

from conftest import build_fixture, run_pelican, write_settings

from reading import rules, typography

NBSP = "\u00a0"
EN = """\
Title: Quotes and spaces
Slug: typography
Date: 2026-02-09 10:00
Summary: She said "yes" to Dr Smith's plan.

He said "hello" and 'goodbye'. Don't stop, it's the '90s: rock 'n' roll.

"*Emphasis* inside," she said; a 5'10" man.

Dr Smith came on 9 February; on February 9 prices rose 20 % and the road is 5 km long.

See https://example.org/a"b'c and `code "quoted" 20 %` and \\"escaped\\".

<span title="a &quot;raw&quot; 20 %">"raw" text</span>

    a "pre" block, 20 %

![an "image" 20 %](https://example.org/i.png)
"""
SR = """\
Title: Наводници и размаци
Slug: typography
Date: 2026-02-09 10:00

Састанак води др Данка Милојковић, 9. фебруар 2026. „Наводи“ остају, "прави" постају „прави“.

Раст је 20 % на 5 км, д'Артањан, 'једноструки' остају.

Адреса https://example.org/"x" и `код "у" 20 %` и [веза "наслов"](https://example.org/?q=1).
"""
FILES = {"en/news/2026-02-09-typography.md": EN, "sr/news/2026-02-09-typography.md": SR}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_fixture(tmp_path_factory.mktemp("typography"), FILES)


def _content(site, url):
    return str(site.html(url).find("div", class_="content"))


def test_english_gets_curly_quotes_and_apostrophes(site):
    html = _content(site, "en/news/typography/")
    assert "He said “hello” and ‘goodbye’. Don’t stop, it’s the ’90s: rock ’n’ roll." in html
    assert "“<em>Emphasis</em> inside,” she said; a 5'10\" man." in html, "quotes across an element; primes"


def test_non_breaking_spaces_by_rule_in_english(site):
    html = _content(site, "en/news/typography/")
    assert f"Dr{NBSP}Smith came on 9{NBSP}February; on February{NBSP}9 prices rose 20{NBSP}% " \
           f"and the road is 5{NBSP}km long." in html


def test_urls_code_escapes_attributes_and_raw_html_are_left_as_written(site):
    html = _content(site, "en/news/typography/")
    assert "https://example.org/a\"b'c" in html
    assert "<code>code \"quoted\" 20 %</code>" in html
    assert "and \"escaped\"." in html, "a backslash keeps a straight quote"
    raw = site.text("en/news/typography/")  # as written, not as the HTML parser would write it again
    assert '<span title="a &quot;raw&quot; 20 %">“raw” text</span>' in raw, "the tag as written, its text typeset"
    assert "<pre><code>a \"pre\" block, 20 %" in html
    img = site.html("en/news/typography/").find("div", class_="content").img
    assert img["alt"] == 'an "image" 20 %'


def test_the_summary_is_typeset_too(site):
    summary = site.html("en/").find("div", class_="summary")
    assert "She said “yes” to Dr{}Smith’s plan.".format(NBSP) in summary.get_text()


def test_serbian_keeps_its_quotes_and_gets_non_breaking_spaces(site):
    html = _content(site, "news/typography/")
    assert f"Састанак води др{NBSP}Данка Милојковић, 9.{NBSP}фебруар 2026. „Наводи“ остају, „прави“ постају „прави“." \
        in html
    assert f"Раст је 20{NBSP}% на 5{NBSP}км, д’Артањан, 'једноструки' остају." in html
    assert "https://example.org/\"x\"" in html and "<code>код \"у\" 20 %</code>" in html
    assert '<a href="https://example.org/?q=1">веза „наслов“</a>' in html, "link text typeset, its address not"


def test_the_latin_edition_keeps_quotes_and_non_breaking_spaces(site):
    html = _content(site, "sr-latn/news/typography/")
    assert f"Sastanak vodi dr{NBSP}Danka Milojković, 9.{NBSP}februar 2026. „Navodi“ ostaju, „pravi“ postaju „pravi“." \
        in html
    assert f"Rast je 20{NBSP}% na 5{NBSP}km" in html


@pytest.mark.parametrize("path, lang", [
    ("content/en/news/a.md", "en"), ("content/sr/pages/b.md", "sr"),
    ("content/galleries/2018-01-26-x/album.en.md", "en"), ("content/galleries/2018-01-26-x/album.sr.md", "sr"),
    ("content/other.md", "sr")])
def test_the_language_of_a_text_is_its_folder_or_its_name(tmp_path, path, lang):
    settings = {"PATH": str(tmp_path / "content"), "PATH_METADATA": r"(?P<lang>[^/]+)/(?P<key>.+)\.[^./]+$",
                "DEFAULT_LANG": "sr"}
    assert typography.text_language(str(tmp_path / path), settings) == lang


def test_an_element_in_another_language_gets_that_languages_rules():
    import markdown

    md = markdown.Markdown(extensions=["markdown.extensions.attr_list", typography.TypographyExtension(lang="sr")])
    html = md.convert('"Српски" наводи.\n\n"English" quotes, don\'t.\n{: lang="en" }')
    assert html == '<p>„Српски“ наводи.</p>\n<p lang="en">“English” quotes, don’t.</p>'


def test_a_change_of_the_reading_rules_is_not_hidden_by_the_reader_cache(tmp_path):
    """Pelican's cache checks only a file's bytes: the rules' fingerprint makes it read afresh."""
    build_fixture(tmp_path, FILES)
    page = tmp_path / "output" / "en" / "news" / "typography" / "index.html"
    assert "“hello”" in page.read_text(encoding="utf-8")
    stamp = tmp_path / "cache" / rules.STAMP
    assert stamp.read_text().strip() == rules.fingerprint({"MARKDOWN": _markdown()})
    # Other rules made the cache: its HTML (straight quotes here) must not come back.
    shutil.rmtree(tmp_path / "output")
    _poison_cache(tmp_path / "cache")
    stamp.write_text("older rules\n")
    again = run_pelican(tmp_path / "content", tmp_path / "output", write_settings(tmp_path), "--fatal", "warnings")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "“hello”" in page.read_text(encoding="utf-8")
    assert stamp.read_text().strip() == rules.fingerprint({"MARKDOWN": _markdown()})


def test_with_the_same_rules_the_reader_cache_answers(tmp_path):
    build_fixture(tmp_path, FILES)
    shutil.rmtree(tmp_path / "output")
    _poison_cache(tmp_path / "cache")
    again = run_pelican(tmp_path / "content", tmp_path / "output", write_settings(tmp_path), "--fatal", "warnings")
    assert again.returncode == 0, again.stdout + again.stderr
    page = tmp_path / "output" / "en" / "news" / "typography" / "index.html"
    assert "POISONED" in page.read_text(encoding="utf-8"), "the cache was used: the test above proves something"


def test_the_fingerprint_follows_the_module_and_the_markdown_setting(tmp_path, monkeypatch):
    before = rules.fingerprint({"MARKDOWN": _markdown()})
    assert rules.fingerprint({"MARKDOWN": {**_markdown(), "output_format": "xhtml"}}) != before
    changed = tmp_path / "typography.py"
    changed.write_text(open(typography.__file__, encoding="utf-8").read() + "\n# another rule\n", encoding="utf-8")
    monkeypatch.setattr(typography, "__file__", str(changed))
    assert rules.fingerprint({"MARKDOWN": _markdown()}) != before


def _markdown():
    import pelicanconf

    return pelicanconf.MARKDOWN


def _poison_cache(cache):
    """Replace the English article's cached HTML, as a cache made by other rules would differ."""
    import pickle

    path = cache / "ArticlesGenerator-Readers"
    data = pickle.loads(path.read_bytes())
    for key, value in data.items():
        if key.endswith("en/news/2026-02-09-typography.md"):
            stamp, (content, metadata) = value
            data[key] = (stamp, (content.replace("“hello”", "POISONED"), metadata))
    path.write_bytes(pickle.dumps(data))
