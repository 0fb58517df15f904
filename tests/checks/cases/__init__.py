"""The catalogue of bad input: every case the build reports, with its exact message.

tests/checks/test_cases.py builds each `runner="build"` case as a real site
(the base site below plus the case's files) and checks the message, the exit
status and that the rest of the site is intact; other runners name the test
module that checks the case. docs/input-errors.md is generated from this list
(`python tests/checks/catalogue.py`) and a test keeps the two in step.

To add a case: call `_case` in the part of its topic (markdown.py, traps.py,
links.py, setup.py, photos.py; this file imports them in the catalogue's order).
`files` are added to the base site's content folder (text, or bytes for
encodings), `links` are symbolic links; `messages` are the exact lines the build
logs for them, paths from the site's root (`content/...`).
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
BASE_URLS = ("news/poseta-ambasadora/", "en/news/the-ambassadors-visit/", "sr-latn/news/poseta-ambasadora/",
             "kontakt/", "en/contact/", "")

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


# In the catalogue's order (docs/input-errors.md follows it).
from . import markdown, traps, events, links, setup, addresses, photos  # noqa: E402,F401 - each adds its cases
