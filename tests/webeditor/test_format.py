"""admin/pelican-format.js (the web editor's reader and writer of Pelican's `Key: value` lines
and of captions files), run by Node.js on every file of content/: what is read and written
back unchanged keeps every byte; a changed field changes its own line only."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import ROOT

HARNESS = Path(__file__).with_name("format_harness.js")


def run(fmt: str, files: dict[str, str], edits: dict | None = None, order=()) -> dict:
    from webeditor import config

    request = json.dumps({"format": fmt, "files": files, "edits": edits or {}, "order": list(order),
                          "meta": config.page_data()})
    result = subprocess.run(["node", str(HARNESS)], input=request, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def content_files(pattern: str) -> dict[str, str]:
    found = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in sorted((ROOT / "content").rglob(pattern))}
    assert found
    return found


def test_every_markdown_file_of_the_content_round_trips_byte_for_byte():
    files = content_files("*.md")
    for name, result in run("pelican", files).items():
        assert result["text"] == files[name], name


def test_every_captions_file_round_trips_byte_for_byte():
    files = content_files("captions.*.txt")
    for name, result in run("pelican-captions", files).items():
        assert result["text"] == files[name], name


def test_fields_are_read_as_pelican_reads_them():
    text = "Title: Наслов\nDate: 2018-01-26 12:00\nTags: Данска,  Ниш\nGallery: a, b\n\nТекст.\n"
    data = run("pelican", {"a.md": text})["a.md"]["data"]
    assert data == {"title": "Наслов", "date": "2018-01-26 12:00", "tags": ["Данска", "Ниш"],
                    "gallery": ["a", "b"], "body": "Текст.\n"}


def test_a_changed_field_changes_its_own_line_and_a_new_one_is_added():
    text = "title:   Наслов\nTags: Данска,  Ниш\nOrder: 2\n\nТекст.\n"
    edits = {"a.md": {"tags": ["Данска", "Београд"], "summary": "Кратко\nу два реда."}}
    written = run("pelican", {"a.md": text}, edits)["a.md"]["text"]
    assert written == "title:   Наслов\nTags: Данска, Београд\nOrder: 2\nSummary: Кратко у два реда.\n\nТекст.\n"


def test_a_new_file_has_its_fields_in_the_form_order_without_the_file_name():
    data = {"a.md": {"body": "Текст.", "tags": ["x"], "title": "Нови", "file": "2026-01-01-novi",
                     "date": "2026-01-01 10:00", "pelican_original": None}}
    written = run("pelican", {"a.md": ""}, data, order=["title", "date", "tags", "summary", "file", "body"])
    assert written["a.md"]["text"] == "Title: Нови\nDate: 2026-01-01 10:00\nTags: x\n\nТекст.\n"


def test_captions_are_written_as_the_gallery_reads_them():
    text = "# Натписи\nIMG_1.jpg: Први\n"
    edits = {"c.txt": {"photos": [{"photo": "IMG_1.jpg", "caption": "Први"}, {"photo": "img_2.jpg", "caption": "Други"}]}}
    assert run("pelican-captions", {"c.txt": text}, edits)["c.txt"]["text"] == "# Натписи\nIMG_1.jpg: Први\nimg_2.jpg: Други\n"


def test_event_lines_are_read_and_a_new_one_is_written_as_pelican_expects():
    text = "Title: Обука\nEvent-start: 2018-03-02 10:00\nEvent-2-start: 2018-03-09\n\nТекст.\n"
    result = run("pelican", {"e.md": text}, {"e.md": {"event-place": "Ниш"}})["e.md"]
    assert result["data"]["event-start"] == "2018-03-02 10:00"
    assert result["text"] == ("Title: Обука\nEvent-start: 2018-03-02 10:00\nEvent-2-start: 2018-03-09\n"
                              "Event-place: Ниш\n\nТекст.\n")
