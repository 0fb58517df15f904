"""The search plugin's parts on their own: the text of a page, and a Pagefind that fails."""

from __future__ import annotations

import sys

import pytest

from search import bundle
from search.text import plain_text


def test_blocks_and_line_breaks_separate_words_and_white_space_is_one_space():
    html = ("<h2>Ниш</h2><p>Први&nbsp;ред<br>други\tред</p><ul><li>а</li><li>б</li></ul>"
            "<p>за\u200bједно и <em>на</em>гласак</p>")
    assert plain_text(html) == "Ниш Први ред други ред а б заједно и нагласак"


def test_scripts_styles_and_templates_are_not_text_code_is():
    html = "<p>a</p><script>var x = 1;</script><style>p{}</style><template>t</template><pre><code>b c</code></pre>"
    assert plain_text(html) == "a b c"


def test_entities_are_characters():
    assert plain_text("<p>R&amp;D &lt;x&gt; &#1112;</p>") == "R&D <x> ј"


def test_a_failing_pagefind_is_reported_and_leaves_no_bundle(tmp_path, monkeypatch):
    monkeypatch.setattr(bundle, "PAGEFIND", (sys.executable, "-c", "print('Error: cannot index'); raise SystemExit(3)"))
    job = bundle.Job("en", {"en/a/index.html": b"<html lang=en><body><p>a</p></body></html>"}, str(tmp_path / "en"))
    with pytest.raises(bundle.PagefindFailed) as failure:
        bundle.make_bundles([job])
    assert str(failure.value) == "Pagefind made no bundle for en (exit status 3): Error: cannot index"
    assert list((tmp_path / "en").iterdir()) == [], "no bundle kept, no source pages left"


def test_the_key_follows_every_byte_and_name_of_the_sources():
    one = {"a/index.html": b"x", "b/index.html": b"y"}
    assert bundle.source_key(one, "1.5.2") == bundle.source_key(dict(reversed(one.items())), "1.5.2")
    assert bundle.source_key(one, "1.5.2") != bundle.source_key({**one, "b/index.html": b"z"}, "1.5.2")
    assert bundle.source_key(one, "1.5.2") != bundle.source_key({"a/index.html": b"x", "c/index.html": b"y"}, "1.5.2")
    assert bundle.source_key(one, "1.5.2") != bundle.source_key(one, "1.5.3")
