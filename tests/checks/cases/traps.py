"""The catalogue of bad input, part: Metadata traps: addresses, templates, invisible characters."""

from __future__ import annotations

from . import _case

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
