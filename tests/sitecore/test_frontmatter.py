"""One front-matter reader: the checks, the translation report and `make article` read a
header by the rules Pelican's Markdown reader uses, so none of them sees it differently."""

from __future__ import annotations

from editions.report import collect_groups
from sitecore.frontmatter import read_header

HEADER = ("---\nTitle: Обука\n   Date: 2018-02-01\nTags: Ниш,\n    Лесковац\nStatus: draft\nX-Note: ok\n"
          "Title: Друга\n\nTitle: not metadata\n")


def test_a_header_is_read_by_the_markdown_rules(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"\xef\xbb\xbf" + HEADER.encode("utf-8"))
    assert read_header(path) == {"title": "Обука", "date": "2018-02-01", "tags": "Ниш,", "status": "draft",
                                 "x-note": "ok"}


def test_a_file_that_is_not_utf8_has_no_header(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes("Title: Obuka u Nišu\n\nText.\n".encode("cp1250"))
    assert read_header(path) == {}


def test_the_translation_report_leaves_out_a_draft_whatever_its_header_looks_like(tmp_path):
    content = tmp_path / "content"
    (content / "sr" / "news").mkdir(parents=True)
    (content / "sr" / "news" / "draft.md").write_text(HEADER, encoding="utf-8")
    (content / "sr" / "news" / "shown.md").write_text("Title: Вест\n\nТекст.\n", encoding="utf-8")
    assert [group.key for group in collect_groups(content, ["sr", "en"])] == ["news/shown"]


def test_the_serbian_lint_reads_the_header_as_pelican_does():
    from editions.lint import lint_serbian_source
    text = "---\nTitle: Обука\nTags: Ниш,\n    Leskovac, Niš\n\nТекст обуке.\n"
    # The continuation line is a tag (Pelican reads it so), in Latin: it is named on its own line.
    assert [line for line, _ in lint_serbian_source(text)] == [4]


def test_an_album_text_names_the_line_of_its_cover(tmp_path):
    from gallery.albums import header_line
    path = tmp_path / "album.sr.md"
    path.write_text("---\nTitle: Ниш\n  Cover: IMG_1.jpg\n\nCover: not metadata\n", encoding="utf-8")
    assert header_line(path, "cover") == 3 and header_line(path, "date") is None
    # A line that is not 'Key: value' ends the header for Pelican, so a Cover: after it is text.
    path.write_text("Title: Ниш\nФотографије са обуке\nCover: IMG_1.jpg\n", encoding="utf-8")
    assert header_line(path, "cover") is None
