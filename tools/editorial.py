"""What `make article` and `make album` share: where things are, questions, checks, writing.

The folders and languages come from pelicanconf.py and the address rules from the editions
plugin (plugins/editions/slugs.py), so the tools name files the way the build reads them.
Every refusal is a Refusal whose message says what is wrong and what to do.
"""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins")]

import pelicanconf  # noqa: E402 - the site's settings: folders, languages, time zone
from sitecore.dates import DATE_FORMATS as DEFAULT_DATE_FORMATS  # noqa: E402
from editions.lint import lint_serbian_source  # noqa: E402
from editions.slugs import serbian_slugify, title_slug  # noqa: E402
from gallery import settings as gallery_settings  # noqa: E402
from sitecore.serbian import LATIN_TO_CYRILLIC  # noqa: E402
from sitecore import messages  # noqa: E402
from sitecore.messages import message  # noqa: E402

# The editors' language: EDITOR_LANG in the environment, else pelicanconf.py's (sitecore/messages.py).
messages.choose({"EDITOR_LANG": getattr(pelicanconf, "EDITOR_LANG", None)})

LANGUAGES = {"sr": message("Serbian"), "en": message("English")}
assert set(LANGUAGES) == set(pelicanconf.ARTICLE_PATHS), "tools/editorial.py: update LANGUAGES"
# The plugins' own defaults where pelicanconf.py does not set them: the tools name folders
# and dates exactly as the build reads them.
GALLERY_FOLDER = getattr(pelicanconf, "GALLERY_PATH", gallery_settings.DEFAULTS["GALLERY_PATH"])
DATE_FORMATS = tuple(getattr(pelicanconf, "CHECKS_DATE_FORMATS", DEFAULT_DATE_FORMATS))
FILE_SLUG_LENGTH = 60  # characters of the title in a file or folder name: enough to recognise it

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]*[a-z\u00df-\u024f][A-Za-z\u00c0-\u024f]*")
# Latin -> Cyrillic for a suggestion only (the editor checks it): digraphs first, and the
# ASCII habits too ("dj" for đ, "w" for v).
_TO_CYRILLIC = sorted([*LATIN_TO_CYRILLIC, ("dj", "ђ"), ("w", "в")], key=lambda pair: -len(pair[0]))


class Refusal(Exception):
    """Input the tool will not write; the message tells the editor what to do."""


def shown(path: Path) -> str:
    """A path as the editor sees it: from the repository root when inside it."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def ask(question: str, given: str | None, required: bool = True, default: str = "", flag: str = "",
        check=None, folder: Path | None = None):
    """The value given on the command line, else the editor's answer (in a terminal), passed
    through `check` (which returns the value to use or raises Refusal). A refused answer is
    asked again; a refused command-line value stops the tool. `folder`: where the file would
    have gone, named when a missing value stops the tool."""
    check = check or (lambda value: value)
    if given is not None:
        return check(given.strip())
    if not sys.stdin.isatty():
        if required and not default:
            missing = message("%(question)s is missing. Give it on the command line (%(flag)s=...), "
                              "or run the command in a terminal to be asked.", question=question, flag=flag)
            if folder is not None:
                missing += " " + message("Nothing was written to %(folder)s/.", folder=shown(folder))
            raise Refusal(missing)
        return check(default)
    suffix = f" [{default}]" if default else (" " + message("(Enter to skip)") if not required else "")
    while True:
        answer = input(f"{question}{suffix}: ").strip() or default
        if not answer and required:
            print("  " + message("This one is needed."))
            continue
        try:
            return check(answer)
        except Refusal as refusal:
            print(f"  {refusal}")


def file_slug(text: str) -> str:
    """A file-name part from a title: the site's slug rules, cut at a word boundary."""
    slug = serbian_slugify(text)
    if len(slug) > FILE_SLUG_LENGTH:
        slug = slug[:FILE_SLUG_LENGTH + 1].rsplit("-", 1)[0]
    return slug


def address_slug(title: str, lang: str) -> str:
    """The address the build gives a title in `lang` (the editions plugin's rule and settings)."""
    return title_slug(title, lang, regex_subs=getattr(pelicanconf, "SLUG_REGEX_SUBSTITUTIONS", ()))


def parse_date(text: str, what: str = "DATE") -> datetime.datetime:
    """The date in `text`; `what` names it in a refusal (a setting's name such as DATE, or words)."""
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    raise Refusal(message("%(what)s '%(text)s' is not a date this site can read. "
                          "Write it as year-month-day, e.g. 2018-03-02 (or 2018-03-02 10:00 with the time).",
                          what=what, text=text))


def now() -> datetime.datetime:
    """The time in Niš, whatever the machine's clock zone."""
    from zoneinfo import ZoneInfo

    return datetime.datetime.now(ZoneInfo(pelicanconf.TIMEZONE)).replace(tzinfo=None)


def one_line(text: str, what: str) -> str:
    if "\n" in text or "\r" in text:
        raise Refusal(message("%(what)s has more than one line. Write it on one line.", what=what))
    return " ".join(text.split())


def check_serbian(text: str, what: str) -> None:
    """Serbian is written in Cyrillic here; the build makes the Latin edition from it."""
    if _CYRILLIC.search(text) or not _LATIN_WORD.search(text):
        return
    guess = text
    for latin, cyrillic in _TO_CYRILLIC:  # keeping capitals: Lj and LJ -> Љ
        for before, after in ((latin, cyrillic), (latin.capitalize(), cyrillic.upper()), (latin.upper(), cyrillic.upper())):
            guess = guess.replace(before, after)
    raise Refusal(message(
        "%(what)s '%(text)s' is in Latin script, and Serbian is written in Cyrillic on this site "
        "(the build makes the Latin edition from the Cyrillic text). "
        "Write it in Cyrillic, e.g. '%(guess)s' (check the spelling: names and foreign words may differ).",
        what=what, text=text, guess=guess))


def check_english(text: str, what: str) -> None:
    if _CYRILLIC.search(text):
        raise Refusal(message("%(what)s '%(text)s' is in Cyrillic, but it is for the English edition. "
                              "Write it in English; for a Serbian text use LANG=sr.", what=what, text=text))


def lint(text: str, fields: dict[int, str]) -> None:
    """The build's own lint of Serbian sources, so the file never starts with a warning."""
    for line, problem in lint_serbian_source(text):
        raise Refusal(f"{fields.get(line) or message('The text')}: {problem}")


def albums(content: Path) -> list[str]:
    folder = content / GALLERY_FOLDER
    return sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def write_new(path: Path, text: str) -> None:
    """Create the file; never replace one (also if it appeared while the editor was typing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
    except FileExistsError:
        raise Refusal(message("%(path)s already exists; nothing was written. "
                              "Open that file to change it, or choose another title or date.",
                              path=shown(path))) from None


def run(main) -> None:
    """Run a tool's main(): a refusal is one message and exit status 1, never a traceback."""
    try:
        main()
    except Refusal as refusal:
        print(message("error: %(problem)s", problem=refusal), file=sys.stderr)
        sys.exit(1)
    except (KeyboardInterrupt, EOFError):
        print("\n" + message("Stopped; nothing was written."), file=sys.stderr)
        sys.exit(1)
