"""The catalogue of bad input, part: Links and file names: errors, found before anything is read."""

from __future__ import annotations

from . import _case

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
