"""The kept plain text of pages: the same text as parsing gives, only what a build used kept,
and an unreadable or older file means parsing again, never a wrong text."""

from __future__ import annotations

import json

import search.textcache as textcache
from search.text import plain_text
from search.textcache import TextCache

PAGES = ["<p>Ниш <b>и</b> Лесковац</p>", "<p>kuća</p><p>кућа</p>", ""]


def test_a_kept_text_is_the_parsed_text_and_is_not_parsed_again(tmp_path, monkeypatch):
    path = tmp_path / "texts.json"
    first = TextCache(str(path))
    assert [first.text(page) for page in PAGES] == [plain_text(page) for page in PAGES]
    first.save()
    parsed = []
    monkeypatch.setattr(textcache, "plain_text", lambda html: parsed.append(html) or plain_text(html))
    second = TextCache(str(path))
    assert [second.text(page) for page in PAGES] == [plain_text(page) for page in PAGES]
    assert parsed == []
    assert second.text("<p>нов</p>") == "нов" and parsed == ["<p>нов</p>"]


def test_only_the_texts_a_build_used_are_kept(tmp_path):
    path = tmp_path / "texts.json"
    first = TextCache(str(path))
    for page in PAGES:
        first.text(page)
    first.save()
    second = TextCache(str(path))
    second.text(PAGES[0])
    second.save()
    assert list(json.loads(path.read_text(encoding="utf-8"))["texts"].values()) == [plain_text(PAGES[0])]


def test_an_unreadable_or_older_file_is_made_again(tmp_path):
    path = tmp_path / "texts.json"
    for stored in ("{not json", json.dumps({"format": textcache.FORMAT - 1, "texts": {}}), "[]"):
        path.write_text(stored, encoding="utf-8")
        cache = TextCache(str(path))
        assert cache.text(PAGES[0]) == plain_text(PAGES[0])
        cache.save()
        assert json.loads(path.read_text(encoding="utf-8"))["format"] == textcache.FORMAT
