"""The catalogue of bad input, part: Markdown files: errors (the build fails, the published site stays as it was) and warnings."""

from __future__ import annotations

from . import _case

# --- Markdown: errors (the build fails, the published site stays as it was) ----
_case(
    "not-utf8", "Markdown", "a file saved in Windows-1250 instead of UTF-8",
    ("content/sr/news/2018-02-01-cp1250.md:4: the file is not saved as UTF-8; the first character that "
     "cannot be read is on this line. Open the file in your editor and save it with the encoding UTF-8.",),
    "ERROR", files={"sr/news/2018-02-01-cp1250.md":
        "Title: Obuka\nDate: 2018-02-01\n\nNiš i Leskovac.\n".encode("cp1250")},
)
_case(
    "utf16", "Markdown", "a file saved as UTF-16 (Notepad's 'Unicode')",
    ("content/en/news/2018-02-01-utf16.md:1: the file is not saved as UTF-8 (it looks like UTF-16, which "
     "Notepad calls 'Unicode'); the first character that cannot be read is on this line. Open the file in "
     "your editor and save it with the encoding UTF-8.",),
    "ERROR", files={"en/news/2018-02-01-utf16.md": "Title: Training\nDate: 2018-02-01\n\nText.\n".encode("utf-16")},
)
_case(
    "no-title", "Markdown", "no `Title:` line",
    ("content/sr/news/2018-02-02-no-title.md:1: there is no Title: line, so the page has no title. Start the "
     "file with a line such as 'Title: Обука у Лесковцу', then the other 'Key: value' lines, an empty line "
     "and the text.",),
    "ERROR", files={"sr/news/2018-02-02-no-title.md": "Date: 2018-02-02\n\nТекст.\n"},
)
_case(
    "title-after-blank", "Markdown", "an empty line before the metadata",
    ("content/en/news/2018-02-03-blank.md:2: this Title: line is not read, because the metadata lines stop "
     "at line 1. Put all the 'Key: value' lines at the very top of the file, with no empty or other line "
     "before or between them.",),
    "ERROR", files={"en/news/2018-02-03-blank.md": "\nTitle: Blank first line\nDate: 2018-02-03\n\nText.\n"},
)
_case(
    "title-space-colon", "Markdown", "`Title :` (a space before the colon)",
    ("content/en/news/2018-02-04-space.md:1: this line is not read as the title. Write it exactly as "
     "'Title: ' followed by the title, with the colon right after the word Title.",),
    "ERROR", files={"en/news/2018-02-04-space.md": "Title : Space before colon\nDate: 2018-02-04\n\nText.\n"},
)
_case(
    "empty-title", "Markdown", "an empty `Title:` line",
    ("content/en/news/2018-02-04-empty-title.md:1: the Title: line is empty. Write the title after 'Title: '.",),
    "ERROR", files={"en/news/2018-02-04-empty-title.md": "Title:\nDate: 2018-02-04\n\nText.\n"},
)
_case(
    "second-title", "Markdown", "two `Title:` lines",
    ("content/en/news/2018-02-05-two-titles.md:2: a second Title: line (the first is on line 1); a page has "
     "only one. Delete the one you do not mean.",),
    "ERROR", files={"en/news/2018-02-05-two-titles.md": "Title: One\nTitle: Two\nDate: 2018-02-05\n\nText.\n"},
)
_case(
    "title-continued", "Markdown", "a title continued on an indented line",
    ("content/en/news/2018-02-05-long-title.md:2: this indented line continues the Title: line above, and "
     "Title: must be a single line. Put the whole value on the Title: line.",),
    "ERROR", files={"en/news/2018-02-05-long-title.md":
        "Title: A long title\n    that goes on\nDate: 2018-02-05\n\nText.\n"},
)
_case(
    "bad-date", "Markdown", "`Date: 26.01.2018` (day first)",
    ("content/sr/news/2018-02-06-date.md:2: '26.01.2018' is not a date this site can read. Write the date "
     "as '2018-01-26', '2018-01-26 12:00' or '2018-01-26 12:00:00' (year-month-day, then the time if you want).",),
    "ERROR", files={"sr/news/2018-02-06-date.md": "Title: Датум\nDate: 26.01.2018\n\nТекст.\n"},
)
_case(
    "bad-modified", "Markdown", "`Modified: yesterday`",
    ("content/en/news/2018-02-06-modified.md:3: 'yesterday' is not a date this site can read. Write the date "
     "as '2018-01-26', '2018-01-26 12:00' or '2018-01-26 12:00:00' (year-month-day, then the time if you want).",),
    "ERROR", files={"en/news/2018-02-06-modified.md":
        "Title: Modified\nDate: 2018-02-06\nModified: yesterday\n\nText.\n"},
)
_case(
    "no-date", "Markdown", "an article without `Date:` (and no date in its file name)",
    ("content/en/news/no-date.md:1: there is no Date: line, and an article needs its date. Add one below the "
     "title, e.g. 'Date: 2018-01-26 12:00'.",),
    "ERROR", files={"en/news/no-date.md": "Title: No date\n\nText.\n"},
)
_case(
    "file-name-date", "Markdown", "a file name starting with an impossible date",
    ("content/en/news/2018-02-30-impossible.md:1: the file name starts with '2018-02-30', which is not a real "
     "date, and the build reads a date from the start of a file name. Correct the date in the file name.",),
    "ERROR", files={"en/news/2018-02-30-impossible.md": "Title: Impossible\nDate: 2018-03-01\n\nText.\n"},
)
_case(
    "bad-status", "Markdown", "`Status: publshed`",
    ("content/en/news/2018-02-07-status.md:3: 'publshed' is not a status. Did you mean 'Status: published'? "
     "Write one of published, draft, hidden (or delete the line: published is the default).",),
    "ERROR", files={"en/news/2018-02-07-status.md": "Title: Status\nDate: 2018-02-07\nStatus: publshed\n\nText.\n"},
)
_case(
    "lang-contradicts", "Markdown", "`Lang: en` in a file in content/sr/",
    ("content/sr/news/2018-02-08-lang.md:3: 'Lang: en' contradicts the folder content/sr/ (Serbian); the "
     "language comes from the folder. Delete the Lang: line, or if the text is in English, move the file to "
     "content/en/news/2018-02-08-lang.md.",),
    "ERROR", files={"sr/news/2018-02-08-lang.md": "Title: Језик\nDate: 2018-02-08\nLang: en\n\nТекст.\n"},
)
_case(
    "outside", "Markdown", "a Markdown file outside the language folders (content/news/)",
    ("content/news/2018-02-09-outside.md:1: this Markdown file is outside the language folders, so it would "
     "not be published. Move it to content/sr/news/2018-02-09-outside.md (Serbian) or "
     "content/en/news/2018-02-09-outside.md (English).",),
    "ERROR", files={"news/2018-02-09-outside.md": "Title: Outside\nDate: 2018-02-09\n\nText.\n"},
)
_case(
    "unknown-language", "Markdown", "a folder for a language the site does not have (content/de/)",
    ("content/de/2018-02-09-german.md:1: this Markdown file is outside the language folders, so it would not "
     "be published. 'de' is not a language folder of this site. Move it to "
     "content/sr/news/2018-02-09-german.md (Serbian) or content/en/news/2018-02-09-german.md (English).",),
    "ERROR", files={"de/2018-02-09-german.md": "Title: Deutsch\nDate: 2018-02-09\n\nText.\n"},
)
_case(
    "upper-extension", "Markdown", "a file ending in `.MD`",
    ("content/en/news/2018-02-10-caps.MD:1: the file name ends in .MD, and only .md (in lowercase) is read, "
     "so it would not be published. Rename it to 2018-02-10-caps.md.",),
    "ERROR", files={"en/news/2018-02-10-caps.MD": "Title: Caps\nDate: 2018-02-10\n\nText.\n"},
)
_case(
    "same-slug", "Markdown", "two articles with the same title (so the same address)",
    ("content/sr/news/2018-02-11-again.md:1: this article gets the address news/poseta-ambasadora/ (from its "
     "title), which content/sr/news/2018-01-26-visit.md also gets, so one would overwrite the other. Give one "
     "of them another address with a line such as 'Slug: poseta-ambasadora-2'.",),
    "ERROR", files={"sr/news/2018-02-11-again.md": "Title: Посета амбасадора\nDate: 2018-02-11\n\nТекст.\n"},
)
_case(
    "reserved-address", "Markdown", "a page whose address is one the site uses (title `EN`)",
    ("content/en/pages/en.md:1: this page gets the address en/ (from its title), which is the home page of "
     "the en edition. Give it another address with a line such as 'Slug: en-2'.",),
    "ERROR", files={"en/pages/en.md": "Title: EN\n\nText.\n"},
)
_case(
    "no-slug", "Markdown", "a title with no letters or digits (`Title: ???`)",
    ("content/en/news/2018-02-12-symbols.md:1: this article gets no address, because its title has no "
     "letters or digits. Add a line such as 'Slug: short-name' (lowercase Latin letters, digits and hyphens).",),
    "ERROR", files={"en/news/2018-02-12-symbols.md": "Title: ???\nDate: 2018-02-12\n\nText.\n"},
)
_case(
    "same-key", "Markdown", "a `Key:` line that another file of the same language has",
    ("content/en/news/2018-02-13-other.md:3: the translation key 'news/2018-01-26-visit' is also the key of "
     "content/en/news/2018-01-26-visit.md, and a language can have only one file per key, so one of them would "
     "be left out. Change or delete the Key: line (a translation belongs at the same path in the other "
     "language's folder).",),
    "ERROR", files={"en/news/2018-02-13-other.md":
        "Title: Other\nDate: 2018-02-13\nKey: news/2018-01-26-visit\n\nText.\n"},
)
_case(
    "same-name", "Markdown", "two files named alike but for the extension (`x.md`, `x.markdown`)",
    ("content/en/news/2018-01-26-visit.md:1: this file and content/en/news/2018-01-26-visit.markdown have the "
     "same name apart from the extension, so they would be one page and one of them would be left out. Rename "
     "or delete one of them.",),
    "ERROR", files={"en/news/2018-01-26-visit.markdown": "Title: Visit, again\nDate: 2018-01-26\n\nText.\n"},
)
_case(
    "missing-link", "Markdown", "a `{filename}` link to a file that does not exist",
    ("content/sr/news/2018-02-14-link.md:5: the link {filename}../pages/kontakt.md leads to "
     "content/sr/pages/kontakt.md, which does not exist. Did you mean {filename}../pages/contact.md? Correct "
     "the link: the path is relative to this file's folder, or starts with / for the content folder.",),
    "ERROR", files={"sr/news/2018-02-14-link.md": (
        "Title: Веза\nDate: 2018-02-14\n\nПрви ред.\n"
        "Видети [контакт]({filename}../pages/kontakt.md), а `{filename}x.md` је само код.\n")},
)
_case(
    "link-to-empty", "Markdown", "a `{filename}` link to an empty file",
    ("content/sr/pages/team.md:1: the file is empty, so nothing is published from it. Write the text (a Title: "
     "line, the other metadata, an empty line, then the text) or delete the file.",
     "content/sr/pages/contact.md:4: the link {filename}team.md leads to content/sr/pages/team.md, which is "
     "empty, so it is not published. Write that page, or remove the link."),
    "ERROR", warnings=1, files={"sr/pages/team.md": "", "sr/pages/contact.md": (
        "Title: Контакт\nOrder: 1\n\nНиш, [тим]({filename}team.md).\n")},
)

# --- Markdown: warnings (published; `make publish` fails) ----------------------
_case(
    "bom", "Markdown", "a file saved as 'UTF-8 with BOM'",
    ("content/sr/news/2018-02-15-bom.md:1: the file starts with an invisible byte-order mark (BOM). The page "
     "is built anyway; to remove the mark, save the file as 'UTF-8' instead of 'UTF-8 with BOM'.",),
    "WARNING", files={"sr/news/2018-02-15-bom.md": "\ufeffTitle: Ознака\nDate: 2018-02-15\n\nТекст.\n".encode()},
    published=("news/oznaka/", "en/news/oznaka/"),
)
_case(
    "tag-without-letters", "Markdown", "`Tags: ???` (a tag with no letters or digits: it would get the address tag//)",
    ("content/en/news/2018-02-15-tags.md:3: the tag '???' has no letters or digits, so it cannot have a page of "
     "its own, and it is left out. Write the tag in words, or delete it from the Tags: line.",),
    "WARNING", files={"en/news/2018-02-15-tags.md": "Title: Tags\nDate: 2018-02-15\nTags: ???, Niš\n\nText.\n"},
    published=("en/news/tags/", "en/tag/nis/"),
)
_case(
    "category-without-letters", "Markdown", "`Category: ???` (it would get the address category//)",
    ("content/en/news/2018-02-15-category.md:3: the category '???' has no letters or digits, so it cannot have "
     "a page of its own, and the folder's category is used instead. Write the category in words, or delete the "
     "Category: line.",),
    "WARNING", files={"en/news/2018-02-15-category.md": "Title: Unsorted\nDate: 2018-02-15\nCategory: ???\n\nText.\n"},
    published=("en/news/unsorted/", "en/category/news/"),
)
_case(
    "empty-file", "Markdown", "an empty file",
    ("content/sr/news/2018-02-16-empty.md:1: the file is empty, so nothing is published from it. Write the "
     "text (a Title: line, the other metadata, an empty line, then the text) or delete the file.",),
    "WARNING", files={"sr/news/2018-02-16-empty.md": ""},
)
_case(
    "unknown-key", "Markdown", "a misspelt metadata key (`Galery:`)",
    ("content/sr/news/2018-02-17-key.md:3: 'Galery:' is not a metadata key of this site, so the line has no "
     "effect. Did you mean 'Gallery:'?",),
    "WARNING", files={"sr/news/2018-02-17-key.md": "Title: Кључ\nDate: 2018-02-17\nGalery: 2018-02-17-nis\n\nТекст.\n"},
    published=("news/kljuc/",),
)
_case(
    "second-date", "Markdown", "two `Date:` lines",
    ("content/en/news/2018-02-18-dates.md:3: a second Date: line; only the first one (line 2) is used. Delete "
     "the one you do not mean.",),
    "WARNING", files={"en/news/2018-02-18-dates.md": "Title: Two dates\nDate: 2018-02-18\nDate: 2018-02-19\n\nText.\n"},
    published=("en/news/two-dates/",),
)
_case(
    "tags-continued", "Markdown", "tags continued on an indented line",
    ("content/en/news/2018-02-19-tags.md:4: this indented line continues the Tags: line above, but only the "
     "first line of Tags: is used. Put the whole value on the Tags: line.",),
    "WARNING", files={"en/news/2018-02-19-tags.md":
        "Title: Tags\nDate: 2018-02-19\nTags: Niš,\n    Leskovac\n\nText.\n"},
    published=("en/news/tags/",),
)
_case(
    "order-not-number", "Markdown", "`Order: first` on a page",
    ("content/en/pages/team.md:2: 'Order: first' is not a whole number, so the page goes to the end of the "
     "menu. Write a number, e.g. 'Order: 3'.",),
    "WARNING", files={"en/pages/team.md": "Title: Team\nOrder: first\n\nText.\n"},
    published=("en/team/",),
)
_case(
    "slug-not-plain", "Markdown", "a `Slug:` with Cyrillic or capital letters",
    ("content/sr/pages/about.md:2: 'Slug: О-нама' is used in the address exactly as written. Use lowercase "
     "Latin letters, digits and hyphens only, e.g. 'Slug: o-nama'.",),
    "WARNING", files={"sr/pages/about.md": "Title: О нама\nSlug: О-нама\n\nТекст.\n"},
)
