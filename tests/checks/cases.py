"""The catalogue of bad input: every case the build reports, with its exact message.

tests/checks/test_cases.py builds each `runner="build"` case as a real site
(the base site below plus the case's files) and checks the message, the exit
status and that the rest of the site is intact; other runners name the test
module that checks the case. docs/input-errors.md is generated from this list
(`python tests/checks/catalogue.py`) and a test keeps the two in step.

To add a case: append a Case. `files` are added to the base site's content
folder (text, or bytes for encodings), `links` are symbolic links; `messages`
are the exact lines the build logs for them, paths from the site's root
(`content/...`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# A small good site: one article and one page, each in both languages.
BASE = {
    "sr/news/2018-01-26-visit.md": (
        "Title: Посета амбасадора\nDate: 2018-01-26 12:00\nTags: Ниш\n\n"
        "Текст посете, [контакт]({filename}../pages/contact.md).\n"
    ),
    "en/news/2018-01-26-visit.md": "Title: The ambassador's visit\nDate: 2018-01-26 12:00\n\nText of the visit.\n",
    "sr/pages/contact.md": "Title: Контакт\nOrder: 1\n\nНиш.\n",
    "en/pages/contact.md": "Title: Contact\nOrder: 1\n\nNiš.\n",
}
# Pages of the base site that must stay intact (or still be built, next to a warning).
BASE_URLS = ("news/poseta-ambasadora/", "en/news/poseta-ambasadora/", "sr-latn/news/poseta-ambasadora/",
             "kontakt/", "en/kontakt/", "")

FAILED = "build failed: {what}; the published site in output/ was not changed"


@dataclass(frozen=True)
class Case:
    id: str
    topic: str  # the table's section: "Markdown", "Settings", "Publishing" (photos add their own)
    input: str  # what the editor (or the machine) did, for the table
    messages: tuple[str, ...]  # the exact lines the build logs, in order
    level: str  # "ERROR" (the build fails) or "WARNING" (publishable; `make publish` fails)
    files: dict = field(default_factory=dict)  # added to BASE: path in content/ -> str or bytes
    settings: dict = field(default_factory=dict)  # settings for the build
    published: tuple[str, ...] = ()  # for a warning: URLs the build still writes
    runner: str = "build"  # "build", or the test module that checks this case
    exit: tuple[int, int] | None = None  # (make html, make publish); default from the level
    warnings: int = 0  # how many of the messages of an ERROR case are warnings
    # Symbolic links: path from the site's root -> target as written. A link under theme/, plugins/
    # or translations/ goes into the case's own copy of that folder of the project.
    links: dict = field(default_factory=dict)

    @property
    def exits(self) -> tuple[int, int]:
        if self.exit:
            return self.exit
        return (1, 1) if self.level == "ERROR" else (0, 1)


CASES: list[Case] = []


def _case(*args, **kwargs) -> None:
    CASES.append(Case(*args, **kwargs))


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

# --- Metadata traps: addresses, templates, invisible characters ------------------
TRAPS = "Metadata: addresses, templates, invisible characters"
_RETYPE = "type it again (copying it brings the character along)."
_REFUSED = ("cannot be set in a file: the address of every page comes from its title or its Slug: line, so that "
            "no page can replace another or be written outside the site. Delete the line; to choose the address, "
            "write e.g. 'Slug: {}'.")
_UNSAFE_SLUG = ("cannot be an address: a slug may have only letters, digits and hyphens (-), with no spaces, '/', "
                "'.' or other signs. Write e.g. 'Slug: {}'.")
_case(
    "draft", TRAPS, "`Status: draft` (not an error)",
    ("(none: written under drafts/ in every edition, and left out of every list, feed and sitemap)",),
    "—", runner="tests/editions/test_status.py", exit=(0, 0),
)
_case(
    "long-title", TRAPS, "a title whose address would pass a file name's 255 bytes (not an error)",
    ("(none: an address made from a title or tag is cut after its last whole word within 100 characters)",),
    "—", runner="tests/checks/test_traps.py", exit=(0, 0),
)
_case(
    "slug-too-long", TRAPS, "a `Slug:` longer than 100 characters",
    ("content/en/news/2018-03-20-long.md:3: the slug is 131 characters long, and an address may have at most 100. "
     "Write a shorter one, e.g. 'Slug: " + "-".join(["annual-report"] * 7) + "'.",),
    "ERROR", files={"en/news/2018-03-20-long.md":
        "Title: Long\nDate: 2018-03-20\nSlug: " + "-".join(["annual-report"] * 8) + "-2018-2019-2020-2021\n\nText.\n"},
)
_case(
    "slug-dotdot", TRAPS, "`Slug: ../../x` (it would leave the output folder)",
    ("content/en/news/2018-03-21-up.md:3: 'Slug: ../../x' " + _UNSAFE_SLUG.format("x"),),
    "ERROR", files={"en/news/2018-03-21-up.md": "Title: Up\nDate: 2018-03-21\nSlug: ../../x\n\nText.\n"},
)
_case(
    "slug-slash-space", TRAPS, "`Slug: a/b` and `Slug: our team` (a folder, a space)",
    ("content/en/news/2018-03-21-ab.md:3: 'Slug: a/b' " + _UNSAFE_SLUG.format("a-b"),
     "content/en/pages/team.md:2: 'Slug: our team' " + _UNSAFE_SLUG.format("our-team")),
    "ERROR", files={"en/news/2018-03-21-ab.md": "Title: AB\nDate: 2018-03-21\nSlug: a/b\n\nText.\n",
                    "en/pages/team.md": "Title: Team\nSlug: our team\n\nText.\n"},
)
_case(
    "slug-dot", TRAPS, "`Slug: report.html` (a dot)",
    ("content/sr/pages/report.md:2: 'Slug: report.html' " + _UNSAFE_SLUG.format("report-html"),),
    "ERROR", files={"sr/pages/report.md": "Title: Извештај\nSlug: report.html\n\nТекст.\n"},
)
_case(
    "slug-empty", TRAPS, "an empty `Slug:` line",
    ("content/en/news/2018-03-22-empty-slug.md:3: the Slug: line is empty, so the address is made from the title. "
     "Write the address after 'Slug: ' (e.g. 'Slug: empty-slug'), or delete the line.",),
    "WARNING", files={"en/news/2018-03-22-empty-slug.md": "Title: Empty slug\nDate: 2018-03-22\nSlug:\n\nText.\n"},
    published=("en/news/empty-slug/",),
)
_case(
    "save-as-home", TRAPS, "`Save_as: index.html` (it would replace the home page)",
    ("content/en/news/2018-03-23-home.md:3: 'Save_as: index.html' " + _REFUSED.format("home-again"),),
    "ERROR", files={"en/news/2018-03-23-home.md": "Title: Home again\nDate: 2018-03-23\nSave_as: index.html\n\nText.\n"},
)
_case(
    "save-as-url-outside", TRAPS, "`Save_as: ../x.html` and `Url: ../x/` (outside the output folder)",
    ("content/sr/pages/x.md:2: 'Save_as: ../x.html' " + _REFUSED.format("spolja"),
     "content/sr/pages/x.md:3: 'Url: ../x/' " + _REFUSED.format("spolja")),
    "ERROR", files={"sr/pages/x.md": "Title: Споља\nSave_as: ../x.html\nUrl: ../x/\n\nТекст.\n"},
)
_case(
    "template-missing", TRAPS, "`Template: fancy` (no such template)",
    ("content/en/news/2018-03-24-fancy.md:3: 'Template: fancy' names no template of the theme, so this article "
     "could not be built. Delete the line to use the usual template, or name one for articles: article.",),
    "ERROR", files={"en/news/2018-03-24-fancy.md": "Title: Fancy\nDate: 2018-03-24\nTemplate: fancy\n\nText.\n"},
)
_case(
    "template-extension", TRAPS, "`Template: page.html` on a page (with the extension)",
    ("content/en/pages/about.md:2: 'Template: page.html' names no template of the theme, so this page could not "
     "be built. Did you mean 'Template: page'? Delete the line to use the usual template, or name one for pages: "
     "page.",),
    "ERROR", files={"en/pages/about.md": "Title: About\nTemplate: page.html\n\nText.\n"},
)
_case(
    "template-other-kind", TRAPS, "`Template: page` on an article, `Template: index` on a page",
    ("content/en/news/2018-03-24-as-page.md:3: 'Template: page' is a template of the theme for another part of "
     "the site, not for articles, so this article could not be built. Delete the line to use the usual template, "
     "or name one for articles: article.",
     "content/en/pages/home.md:2: 'Template: index' is a template of the theme for another part of the site, not "
     "for pages, so this page could not be built. Delete the line to use the usual template, or name one for "
     "pages: page."),
    "ERROR", files={"en/news/2018-03-24-as-page.md": "Title: As page\nDate: 2018-03-24\nTemplate: page\n\nText.\n",
                    "en/pages/home.md": "Title: Home\nTemplate: index\n\nText.\n"},
)
_case(
    "nul-title", TRAPS, "a NUL byte in the metadata",
    ("content/en/news/2018-03-25-nul.md:1: this line has an invisible control character, U+0000 NULL, after "
     "'Title: Nul', and a web page or feed cannot contain one. Delete the text around it and " + _RETYPE,),
    "ERROR", files={"en/news/2018-03-25-nul.md": b"Title: Nul\x00 byte\nDate: 2018-03-25\n\nText.\n"},
)
_case(
    "control-body", TRAPS, "control characters in the text (a form feed, escapes on two more lines)",
    ("content/sr/news/2018-03-25-ff.md:4: this line has an invisible control character, U+000C FORM FEED, after "
     "'Први ред.', and a web page or feed cannot contain one. Delete the text around it and " + _RETYPE
     + " 2 more lines have one too (the next is line 6).",),
    "ERROR", files={"sr/news/2018-03-25-ff.md":
        "Title: Знакови\nDate: 2018-03-25\n\nПрви ред.\x0c\n\nДруги \x1b[1mред.\nТрећи\x00.\n"},
)
_case(
    "utf16-no-bom", TRAPS, "a file saved as UTF-16 without a byte-order mark (NUL in every other byte)",
    ("content/en/news/2018-03-25-utf16.md:1: the file is not saved as UTF-8 (it looks like UTF-16, which Notepad "
     "calls 'Unicode'); the first character that cannot be read is on this line. Open the file in your editor and "
     "save it with the encoding UTF-8.",),
    "ERROR", files={"en/news/2018-03-25-utf16.md": "Title: Training\nDate: 2018-03-25\n\nText.\n".encode("utf-16-le")},
)
_case(
    "bidi-title", TRAPS, "a right-to-left override (U+202E) in a title",
    ("content/en/news/2018-03-26-rlo.md:1: the Title: line has an invisible character, U+202E RIGHT-TO-LEFT "
     "OVERRIDE (after 'Invoice '); a text-direction character shows the text after it in another order than it "
     "is written, so it can disguise what the text says. Delete the text around it and " + _RETYPE,),
    "ERROR", files={"en/news/2018-03-26-rlo.md": "Title: Invoice \u202efdp.exe\nDate: 2018-03-26\n\nText.\n"},
)
_case(
    "bidi-tags-summary", TRAPS, "direction isolates (U+2066, U+2069) in a summary, an embedding (U+202B) in tags",
    ("content/en/news/2018-03-26-isolate.md:3: the Tags: line has an invisible character, U+202B RIGHT-TO-LEFT "
     "EMBEDDING (after 'Niš, '); a text-direction character shows the text after it in another order than it is "
     "written, so it can disguise what the text says. Delete the text around it and " + _RETYPE,
     "content/en/news/2018-03-26-isolate.md:4: the Summary: line has invisible characters, U+2066 LEFT-TO-RIGHT "
     "ISOLATE (after 'Prices ') and U+2069 POP DIRECTIONAL ISOLATE (after 'Prices 100'); a text-direction character "
     "shows the text after it in another order than it is written, so it can disguise what the text says. Delete "
     "the text around each and type it again (copying it brings the characters along)."),
    "ERROR", files={"en/news/2018-03-26-isolate.md":
        "Title: Isolate\nDate: 2018-03-26\nTags: Niš, \u202bLeskovac\nSummary: Prices \u2066100\u2069 EUR\n\nText.\n"},
)
_case(
    "zero-width-tag", TRAPS, "a zero-width space (U+200B) inside a tag (still one tag page: addresses ignore it)",
    ("content/sr/news/2018-03-27-zwsp.md:3: the Tags: line has an invisible character, U+200B ZERO WIDTH SPACE "
     "(after 'Ни'). The page is built anyway; to remove it, delete the text around it and " + _RETYPE,),
    "WARNING", files={"sr/news/2018-03-27-zwsp.md": "Title: Размак\nDate: 2018-03-27\nTags: Ни\u200bш\n\nТекст.\n"},
    published=("news/razmak/", "tag/nis/"),
)
_case(
    "zero-width-two", TRAPS, "two different invisible characters (U+2060, U+FEFF) in a title",
    ("content/en/news/2018-03-27-joiner.md:1: the Title: line has invisible characters, U+2060 WORD JOINER (after "
     "'Word') and U+FEFF ZERO WIDTH NO-BREAK SPACE (after 'Word joiner'). The page is built anyway; to remove them, "
     "delete the text around each and type it again (copying it brings the characters along).",),
    "WARNING", files={"en/news/2018-03-27-joiner.md": "Title: Word\u2060 joiner\ufeff\nDate: 2018-03-27\n\nText.\n"},
    published=("en/news/word-joiner/",),
)
_case(
    "zero-width-slug", TRAPS, "a zero-width joiner (U+200D) in a `Slug:`",
    ("content/en/pages/partners.md:2: 'Slug: part\u200dners' " + _UNSAFE_SLUG.format("part-ners"),
     "content/en/pages/partners.md:2: the Slug: line has an invisible character, U+200D ZERO WIDTH JOINER (after "
     "'part'). The page is built anyway; to remove it, delete the text around it and " + _RETYPE),
    "ERROR", warnings=1, files={"en/pages/partners.md": "Title: Partners\nSlug: part\u200dners\n\nText.\n"},
)
_case(
    "key-no-original", TRAPS, "a `Key:` that names no file of the other language",
    ("content/en/news/2018-03-28-fair.md:3: 'Key: news/2018-03-28-sajam' matches no file of the other languages, "
     "so the page is published as a page of its own and not as a translation. Did you mean "
     "'Key: news/2018-03-28-sajam-2018'? Correct the Key: line to the original's path inside its language folder, "
     "without .md, or delete the line.",),
    "WARNING", files={"sr/news/2018-03-28-sajam-2018.md": "Title: Сајам\nDate: 2018-03-28\n\nТекст.\n",
                      "en/news/2018-03-28-fair.md":
                          "Title: The fair\nDate: 2018-03-28\nKey: news/2018-03-28-sajam\n\nText.\n"},
    published=("news/sajam/", "en/news/the-fair/"),
)
_case(
    "key-nothing-close", TRAPS, "a `Key:` that names nothing like any file",
    ("content/sr/pages/history.md:2: 'Key: pages/o-nama' matches no file of the other languages, so the page is "
     "published as a page of its own and not as a translation. Correct the Key: line to the original's path "
     "inside its language folder, without .md (e.g. 'Key: news/2018-03-02-leskovac-training'), or delete the line.",),
    "WARNING", files={"sr/pages/history.md": "Title: Историја\nKey: pages/o-nama\n\nТекст.\n"},
    published=("istorija/",),
)

# --- Links and file names: errors, found before anything is read -----------------
_OUTSIDE = ("outside the repository, and files from outside are never published. Put a copy of the {} here "
            "instead of the link, or delete the link.")
_case(
    "link-markdown-outside", "Links and file names", "a Markdown file that is a link to a file outside the repository",
    ("content/en/news/2018-03-01-passwd.md:1: this is a link to /etc/passwd, " + _OUTSIDE.format("file"),),
    "ERROR", links={"content/en/news/2018-03-01-passwd.md": "/etc/passwd"},
)
_case(
    "link-theme-static", "Links and file names", "a link in theme/static/ to /etc/passwd (it would be copied)",
    ("theme/static/css/x.css:1: this is a link to /etc/passwd, " + _OUTSIDE.format("file"),),
    "ERROR", links={"theme/static/css/x.css": "/etc/passwd"},
)
_case(
    "link-theme-environ", "Links and file names", "a link in theme/static/ to /proc/self/environ (the build's environment)",
    ("theme/static/env.txt:1: this is a link to /proc/self/environ, " + _OUTSIDE.format("file"),),
    "ERROR", links={"theme/static/env.txt": "/proc/self/environ"},
)
_case(
    "link-theme-template", "Links and file names", "a template that is a link out of the repository",
    ("theme/templates/partials/extra.html:1: this is a link to /etc/hostname, " + _OUTSIDE.format("file"),),
    "ERROR", links={"theme/templates/partials/extra.html": "/etc/hostname"},
)
_case(
    "link-translations", "Links and file names", "a link in translations/ out of the repository",
    ("translations/sr/LC_MESSAGES/extra.po:1: this is a link to /etc/passwd, " + _OUTSIDE.format("file"),),
    "ERROR", links={"translations/sr/LC_MESSAGES/extra.po": "/etc/passwd"},
)
_case(
    "link-plugins", "Links and file names", "a link in plugins/ out of the repository",
    ("plugins/checks/extra.py:1: this is a link to /etc/passwd, " + _OUTSIDE.format("file"),),
    "ERROR", links={"plugins/checks/extra.py": "/etc/passwd"},
)
_case(
    "link-folder-outside", "Links and file names", "a folder in content/ that is a link to a folder outside",
    ("content/sr/pages/etc:1: this is a link to the folder /etc, " + _OUTSIDE.format("folder"),),
    "ERROR", links={"content/sr/pages/etc": "/etc"},
)
_case(
    "link-through-link", "Links and file names", "a link to a link that leads outside",
    ("content/sr/passwd.txt:1: this is a link to /etc/passwd, " + _OUTSIDE.format("file"),
     "theme/static/css/y.css:1: this is a link to ../../../content/sr/passwd.txt, which leads to /etc/passwd, "
     + _OUTSIDE.format("file")),
    "ERROR", links={"content/sr/passwd.txt": "/etc/passwd", "theme/static/css/y.css": "../../../content/sr/passwd.txt"},
)
_case(
    "link-hidden", "Links and file names", "a link to a hidden file of the repository (.git/config)",
    ("content/en/news/2018-03-02-config.md:1: this is a link to ../../.git/config, inside the hidden folder "
     ".git/ of the repository, and hidden files are never published. Put a copy of the file here instead of the "
     "link, or delete the link.",),
    "ERROR", files={".git/config": "[core]\n"}, links={"content/en/news/2018-03-02-config.md": "../../.git/config"},
)
_case(
    "link-hidden-file", "Links and file names", "a theme file that is a link to a hidden file (.env)",
    ("theme/static/css/settings.css:1: this is a link to ../../../content/.env, the hidden file .env of the "
     "repository, and hidden files are never published. Put a copy of the file here instead of the link, or "
     "delete the link.",),
    "ERROR", files={".env": "SECRET=1\n"}, links={"theme/static/css/settings.css": "../../../content/.env"},
)
_case(
    "link-photo-outside", "Links and file names", "a photo that is a link out of the repository",
    ("content/galleries/2018-03-01-nis/IMG_1.jpg:1: this is a link to /etc/passwd, " + _OUTSIDE.format("file"),),
    "ERROR", files={"galleries/2018-03-01-nis/album.sr.md": "Title: Ниш\nDate: 2018-03-01\n\nТекст.\n"},
    links={"content/galleries/2018-03-01-nis/IMG_1.jpg": "/etc/passwd"},
)
_case(
    "link-dangling", "Links and file names", "a link to a file that does not exist",
    ("content/en/news/2018-03-03-moved.md:1: this is a link to ../../drafts/2018-03-03-moved.md, which does not "
     "exist, so there is nothing to publish. Point the link at an existing file, or delete the link.",),
    "ERROR", links={"content/en/news/2018-03-03-moved.md": "../../drafts/2018-03-03-moved.md"},
)
_case(
    "emacs-lock", "Links and file names", "Emacs's lock file `.#name.md` (left while the file has unsaved changes)",
    ("content/sr/news/.#2018-01-26-visit.md:1: this is a lock file of the Emacs editor (a link to "
     "editor@laptop.4242:1700000000, which does not exist): 2018-01-26-visit.md has changes in Emacs that are not "
     "saved yet. Save the file in Emacs, which removes the lock, or delete the lock file if Emacs is no longer "
     "running.",),
    "ERROR", links={"content/sr/news/.#2018-01-26-visit.md": "editor@laptop.4242:1700000000"},
)
_case(
    "link-loop", "Links and file names", "two links that lead to each other",
    ("content/en/news/a.md:1: this is a link to b.md, and the links lead round in a loop, so they lead to no "
     "file. Delete the link, or point it at the file you mean.",
     "content/en/news/b.md:1: this is a link to a.md, and the links lead round in a loop, so they lead to no "
     "file. Delete the link, or point it at the file you mean."),
    "ERROR", links={"content/en/news/a.md": "b.md", "content/en/news/b.md": "a.md"},
)
_case(
    "link-folder-loop", "Links and file names", "a link to the folder that holds it",
    ("content/sr/news/all:1: this is a link to the folder .., which holds the link itself, so the folder would "
     "repeat inside itself without end. Delete the link.",),
    "ERROR", links={"content/sr/news/all": ".."},
)
_case(
    "link-folder-loop-pair", "Links and file names", "two folder links that lead into each other",
    ("content/sr/pages/news:1: this is a link to the folder ../news, which holds a link back to this folder, so "
     "the folders would repeat inside each other without end. Delete one of the two links.",),
    "ERROR", links={"content/sr/news/pages": "../pages", "content/sr/pages/news": "../news"},
)
_case(
    "newline-name", "Links and file names", "a line break in a file name",
    ("content/en/news/2018-03-04-two\\nlines.md:1: the file name has a line break in it (shown here as \\n), so it "
     "cannot be published. Rename the file, e.g. to 2018-03-04-two-lines.md.",),
    "ERROR", files={"en/news/2018-03-04-two\nlines.md": "Title: Two lines\nDate: 2018-03-04\n\nText.\n"},
)
_case(
    "newline-folder", "Links and file names", "a line break in a folder name",
    ("content/sr/news/нове\\nвести:1: the folder name has a line break in it (shown here as \\n), so the files in "
     "it cannot be published. Rename the folder, e.g. to нове-вести.",),
    "ERROR", files={"sr/news/нове\nвести/a.md": "Title: А\nDate: 2018-03-05\n\nТекст.\n",
                    "sr/news/нове\nвести/b.md": "Title: Б\nDate: 2018-03-05\n\nТекст.\n"},
)
_case(
    "tab-name", "Links and file names", "a tab in a file name",
    ("content/en/pages/team\\tlist.md:1: the file name has a tab in it (shown here as \\t), so it cannot be "
     "published. Rename the file, e.g. to team-list.md.",),
    "ERROR", files={"en/pages/team\tlist.md": "Title: Team\n\nText.\n"},
)
_case(
    "md-txt", "Links and file names", "`article.md.txt` (as Notepad saves it, with Windows hiding the .txt)",
    ("content/en/news/2018-03-06-notepad.md.txt:1: the file name ends in .md.txt, and only .md is read, so it "
     "would not be published (Windows hides the .txt that an editor such as Notepad adds, so the name may look "
     "right there). Rename it to 2018-03-06-notepad.md.",),
    "ERROR", files={"en/news/2018-03-06-notepad.md.txt": "Title: Notepad\nDate: 2018-03-06\n\nText.\n"},
)
_case(
    "markdown-txt-caps", "Links and file names", "`about.MARKDOWN.TXT` outside the language folders",
    ("content/about.MARKDOWN.TXT:1: the file name ends in .MARKDOWN.TXT, and only .md is read, so it would not be "
     "published (Windows hides the .TXT that an editor such as Notepad adds, so the name may look right there). "
     "Rename it to about.md.",),
    "ERROR", files={"about.MARKDOWN.TXT": "Title: About\n\nText.\n"},
)

# --- Settings -------------------------------------------------------------------
_case(
    "unknown-publish-setting", "Settings", "a misspelt PUBLISH_ setting",
    ("PublishingSettingsError: PUBLISH_FAIL_ON_WARNING is not a setting of the publishing plugin. Did you mean "
     "PUBLISH_FAIL_ON_WARNINGS? Its settings: PUBLISH_FAIL_ON_WARNINGS, PUBLISH_LOCK_TIMEOUT.",),
    "ERROR", settings={"PUBLISH_FAIL_ON_WARNING": True},
)
_case(
    "bad-lock-timeout", "Settings", "`PUBLISH_LOCK_TIMEOUT = 'soon'`",
    ("PublishingSettingsError: PUBLISH_LOCK_TIMEOUT is 'soon'; expected a number of seconds (0 or more).",),
    "ERROR", settings={"PUBLISH_LOCK_TIMEOUT": "soon"},
)
_case(
    "unknown-checks-setting", "Settings", "a misspelt CHECKS_ setting",
    ("ChecksSettingsError: CHECKS_STATUS is not a setting of the checks plugin. Did you mean CHECKS_STATUSES? "
     "Its settings: CHECKS_METADATA_KEYS, CHECKS_STATUSES, CHECKS_DATE_FORMATS, CHECKS_OTHER_PATHS.",),
    "ERROR", settings={"CHECKS_STATUS": ["published"]},
)
_case(
    "unknown-editions-setting", "Settings", "a misspelt EDITIONS_ setting",
    ("EditionsSettingsError: EDITIONS_UNTRANSLATD is not a setting of the editions plugin. Did you mean "
     "EDITIONS_UNTRANSLATED? Its settings: EDITIONS_CATALOG_PATH, EDITIONS_CATEGORY_NAMES, "
     "EDITIONS_UNTRANSLATED, EDITIONS_WORKERS.",),
    "ERROR", settings={"EDITIONS_UNTRANSLATD": "hide"},
)
_case(
    "unknown-gallery-setting", "Settings", "a misspelt GALLERY_ setting",
    ("GallerySettingsError: GALLERY_WIDHTS is not a setting of the gallery plugin. Did you mean GALLERY_WIDTHS? "
     "Its settings: GALLERY_PATH, GALLERY_IMAGES_PATH, GALLERY_WIDTHS, GALLERY_THUMB_SIZE, GALLERY_THUMB_CROP, "
     "GALLERY_QUALITY, GALLERY_WEBP, GALLERY_EAGER, GALLERY_SIZES, GALLERY_THUMB_SIZES, GALLERY_INDEX_TITLES, "
     "GALLERY_INDEX_ORDER, GALLERY_ORIGINALS, GALLERY_WORKERS, GALLERY_VIEWER_DIST, GALLERY_LARGE_MEGAPIXELS, "
     "GALLERY_LARGE_MEGABYTES.",),
    "ERROR", settings={"GALLERY_WIDHTS": (480, 800)},
)
_case(
    "autoescape-off", "Settings", "`JINJA_ENVIRONMENT` without `autoescape`",
    ("EditionsSettingsError: JINJA_ENVIRONMENT has autoescape off; the theme shows titles, tags and captions "
     "as text only when Jinja escapes them. Set JINJA_ENVIRONMENT = {\"autoescape\": True} as pelicanconf.py "
     "does.",),
    "ERROR", settings={"JINJA_ENVIRONMENT": {}},
)

# --- Publishing (checked by tests/publishing/test_publishing.py) ----------------
_case(
    "failed-build", "Publishing", "any error (the line that ends the build's log)",
    (FAILED.format(what="2 errors, 1 warning"),), "ERROR", runner="tests/publishing/test_publishing.py",
)
_case(
    "warnings-in-publish", "Publishing", "a warning in `make publish` (PUBLISH_FAIL_ON_WARNINGS)",
    (FAILED.format(what="1 warning (warnings fail this build)"),), "WARNING",
    runner="tests/publishing/test_publishing.py",
)
_case(
    "lock-wait", "Publishing", "another build of the same output folder is running",
    ("another build is writing output/; waiting...",), "INFO", runner="tests/publishing/test_publishing.py",
    exit=(0, 0),
)
_case(
    "lock-refused", "Publishing", "... and it runs longer than PUBLISH_LOCK_TIMEOUT",
    ("another build is still writing output/ after 0.5 seconds; this build stopped without changing it. "
     "Run it again when the other build has finished.",),
    "ERROR", runner="tests/publishing/test_publishing.py", exit=(75, 75),
)
_case(
    "disk-full", "Publishing", "the disk fills up while the build writes (pages, photos, caches; also a used-up quota)",
    ("output/: the disk is full (0 MB free on the disk that holds output/); this build stopped and the published "
     "site was not changed. Free some space and run the build again.",),
    "ERROR", runner="tests/publishing/test_disk.py",
)
_case(
    "output-mount-point", "Publishing", "`output/` is a mount point (a container volume): it cannot be replaced by a rename",
    ("output/ is a mount point, which cannot be replaced as a whole: it was updated in place, each file replaced at once.",),
    "INFO", runner="tests/publishing/test_mount.py", exit=(0, 0),
)
_case(
    "cached-warning", "Publishing", "`make html` warns, then `make publish` with the same reader cache "
    "(CACHE_CONTENT): the source is not parsed again",
    ("(the same warnings as the first build, then the line above: the warnings of an unchanged source come "
     "back on every build, so `make publish` fails)",),
    "WARNING", runner="tests/publishing/test_replay.py",
)
_case(
    "commit-only", "Publishing", "an updated translation committed after the last build (no file changed)",
    ("(none: the build runs instead of answering 'Nothing changed', and the translation's 'may be out of date' "
     "note goes away)",),
    "—", runner="tests/publishing/test_uptodate_git.py", exit=(0, 0),
)
_case(
    "killed", "Publishing", "a build killed halfway (SIGKILL, power cut)",
    ("(none: output/ is exactly the previous site; the next build removes the half-written folder)",),
    "—", runner="tests/publishing/test_publishing.py", exit=(137, 137),
)

# --- Photos and albums (checked by tests/gallery/test_errors.py and test_large.py) ----
PHOTOS = "tests/gallery/test_errors.py"
_photo_cases = [
    ("photo-cut", "a photo cut short by an interrupted upload",
     "content/galleries/a/cut.jpg: the file is cut short (an incomplete upload or copy); copy the original photo again."),
    ("photo-empty", "a 0-byte photo file",
     "content/galleries/a/empty.jpg: the file is empty (0 bytes): the copy or upload failed; export or copy the photo again."),
    ("album-missing", "an article names an album that does not exist",
     "content/sr/news/missing.md:3: no album 'nope' in content/galleries/. Write the name of a folder there."),
    ("album-case", "an article names an album with the wrong capitals",
     "content/sr/news/missing.md:3: no album 'A' in content/galleries/; names are case-sensitive, found 'a'. "
     "Write the name of a folder there."),
    ("album-dotdot", "an album name with '..' in a Gallery: line",
     "content/sr/news/unsafe.md:3: '../secret' is not an album name. Write the name of a folder in content/galleries/, "
     "without '/' or '..'."),
    ("album-absolute", "an absolute path in a Gallery: line",
     "content/sr/news/unsafe.md:3: '/etc' is not an album name. Write the name of a folder in content/galleries/, "
     "without '/' or '..'."),
    ("inline-missing", "an inline {photo} naming a photo that is not in the album",
     "content/sr/news/unsafe.md:7: no photo 'missing.jpg' in album 'a'. Write the photo's file name exactly."),
    ("inline-dotdot", "an inline {photo} leading out of the albums",
     "content/sr/news/inline.md:7: '..' is not an album name. Write {photo}<album folder>/<photo file>."),
    ("caption-case", "a caption for IMG_0042.JPG when the file is IMG_0042.jpg",
     "content/galleries/a/captions.sr.txt:2: no photo 'IMG_0042.JPG' in this album; names are case-sensitive, "
     "found 'IMG_0042.jpg'. Write the name exactly as the file is named."),
    ("caption-missing", "a caption for a photo that is not there",
     "content/galleries/a/captions.sr.txt:3: no photo 'IMG_9999.jpg' in this album. Check the name, or remove the line."),
    ("caption-format", "a captions line without 'name: caption'",
     "content/galleries/a/captions.sr.txt:4: this line is not 'photo name: caption'. "
     "Write e.g. 'IMG_5591.jpg: The ambassador arrives', or start a comment with #."),
    ("caption-twice", "two captions for one photo",
     "content/galleries/a/captions.sr.txt:6: a second caption for 'Ниш 1.jpg' (the first is on line 5). Keep one of them."),
    ("cover-missing", "a Cover: naming a photo that is not in the album",
     "content/galleries/a/album.sr.md:3: no photo 'IMG_0042.png' in this album. "
     "Write the name of a photo of the folder in the Cover: line."),
    ("album-stray-text", "a stray text file in an album",
     "content/galleries/a/notes.txt: this text file is neither an album description nor captions. "
     "Name it album.sr.md or captions.sr.txt."),
    ("album-language", "an album file for a language the site does not have",
     "content/galleries/c/album.xx.md: 'xx' is not a language of this site (sr, en). Name the file album.sr.md or album.en.md."),
    ("album-no-text", "an album folder without album.sr.md or album.en.md",
     "content/galleries/c: the album has no album.sr.md or album.en.md. Add one with a Title: and a Date: line."),
    ("album-no-title", "an album file without a Title: line",
     "content/galleries/d/album.sr.md:1: the album has no Title: line. Add one at the top, e.g. 'Title: Посета амбасадора'."),
    ("album-symlink", "an album folder that is a link out of content/",
     "content/galleries/evil: the album folder is a link to a place outside content/. Put the photos themselves in the folder."),
    ("photo-symlink", "a photo that is a link out of content/",
     "content/galleries/a/linked.jpg: the file is a link to a place outside content/. "
     "Copy the file itself into the album folder."),
    ("album-dotdot-folder", "an album folder named with '..'",
     "content/galleries/a..b: an album folder's name must not contain '..'. Rename the folder."),
    ("album-not-utf8", "an album text saved in Windows-1250 instead of UTF-8",
     "content/galleries/h/album.sr.md:4: the file is not saved as UTF-8; the first character that cannot be read "
     "is on this line. Open the file in your editor and save it with the encoding UTF-8."),
    ("captions-not-utf8", "a captions file saved in Windows-1250",
     "content/galleries/a/captions.en.txt:1: the file is not saved as UTF-8; the first character that cannot be "
     "read is on this line. Open the file in your editor and save it with the encoding UTF-8."),
    ("album-date-word", "`Date: yesterday` in an album text",
     "content/galleries/e/album.sr.md:2: 'yesterday' is not a date this site can read. Write the date as "
     "'2018-01-26', '2018-01-26 12:00' or '2018-01-26 12:00:00' (year-month-day, then the time if you want)."),
    ("album-date-day-first", "`Date: 02.03.2018` in an album text (it would be read as 3 February)",
     "content/galleries/f/album.sr.md:2: '02.03.2018' is not a date this site can read. Write the date as "
     "'2018-01-26', '2018-01-26 12:00' or '2018-01-26 12:00:00' (year-month-day, then the time if you want)."),
    ("album-folder-date", "an album folder named with a date that does not exist, and no Date: line",
     "content/galleries/2018-02-30-g: the folder's name starts with '2018-02-30', which is not a real date, and "
     "an album without a Date: line takes its date from there. Correct the date in the folder's name, or add "
     "a Date: line to the album text."),
    ("album-inline-photo", "a `{photo}` image in an album's description",
     "content/galleries/a/album.en.md:6: a {photo} image does not work in an album's description, only in "
     "articles and pages. The album page shows every photo of the folder anyway: remove the image (to show a "
     "photo first, name it in a Cover: line)."),
    ("photo-outside-album", "a photo put in content/galleries/ itself",
     "content/galleries/IMG_7.jpg: the file is in content/galleries/ itself, outside any album folder, so it is "
     "not published. Move it into the folder of its album, content/galleries/<album>/ (make album creates one)."),
    ("album-subfolder", "photos in a folder inside an album folder",
     "content/galleries/a/more: an album has no folders inside it: the files in this one are not published. "
     "Move the photos up into content/galleries/a/, or make the folder an album of its own next to it."),
]
for _id, _input, _message in _photo_cases:
    _case(_id, "Photos and albums", _input, (_message,), "ERROR", runner=PHOTOS)
_case(
    "photo-too-large", "Photos and albums", "a photo over 50 megapixels or 25 MB (GALLERY_LARGE_*)",
    ("content/galleries/big/IMG_0001.jpg: the photo is 54 megapixels and 7 MB; files this large make every copy "
     "of the site's repository slow. Shrink it before committing: "
     "make shrink-photo PHOTO='content/galleries/big/IMG_0001.jpg'.",),
    "WARNING", runner="tests/gallery/test_large.py",
)
