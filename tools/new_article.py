"""`make article`: a new news article, or a translation of one, with its metadata filled in.

    make article                                   # asks for what it needs
    make article TITLE="Обука у Лесковцу" ALBUM=2018-03-02-leskovac-training DATE=2018-03-02
    make article LANG=en TITLE="Training in Leskovac" FROM=content/sr/news/2018-03-02-obuka-u-leskovcu.md
    make article TITLE="Обука у Лесковцу" EVENT_START=2018-03-02 EVENT_END=2018-03-04 EVENT_PLACE=Лесковац

A new article goes to content/<lang>/news/<date>-<words of the title>.md. A translation goes to
the same path in the other language's folder (the build pairs files by that path) and keeps the
original's date and albums. The tool never replaces a file.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import editorial
from editorial import Refusal, ask, shown
from events import fields as event_fields
from sitecore.frontmatter import read_header
from sitecore.messages import message

PLACEHOLDER = {  # the body, so that the new page builds; the editor replaces it
    "sr": "Овде напишите текст вести.",
    "en": "Write the text of the news here.",
}


# A metadata line's name in a refusal about its value (the lint of Serbian text).
FIELD_NAMES = {
    "Title": lambda: message("The title"), "Date": lambda: message("The date"), "Tags": lambda: message("The tags"),
    "Summary": lambda: message("The summary"), "Gallery": lambda: message("The gallery"),
}


def check_albums(value: str, content: Path) -> list[str]:
    names = [n.strip().strip("/") for n in value.split(",") if n.strip()]
    existing = editorial.albums(content)
    for name in names:
        if name not in existing:
            listed = "\n  ".join(existing) or message("(none yet: make one with `make album`)")
            raise Refusal(message("There is no album '%(name)s' in %(folder)s. "
                                  "Give the name of an album folder exactly; the albums are:\n  %(albums)s",
                                  name=name, folder=shown(content / editorial.GALLERY_FOLDER), albums=listed))
    return names


def check_title(title: str, lang: str, content: Path, unique: bool = True) -> str:
    title = editorial.one_line(title, message("The title"))
    if not title:
        raise Refusal(message("The title is empty. Write the title of the article."))
    (editorial.check_serbian if lang == "sr" else editorial.check_english)(title, message("The title"))
    if not editorial.address_slug(title, lang):
        raise Refusal(message("The title '%(title)s' has no letters or digits, so it gives the page no address. "
                              "Write a title with words.", title=title))
    # Two articles with one title would get one address: the build refuses that, so do we, earlier.
    # (A translation's address comes from its own title too, in its own language.)
    slug = editorial.address_slug(title, lang)
    for other in sorted((content / lang / "news").rglob("*.md")) if unique else ():
        if editorial.address_slug(read_header(other).get("title", ""), lang) == slug:
            raise Refusal(message("%(path)s has the same title, so both would get the address news/%(slug)s/. "
                                  "Choose another title (or add a 'Slug: another-name' line to one of them).",
                                  path=shown(other), slug=slug))
    return title


def date_line(given: str | None) -> tuple[str, str]:
    """(the Date: value, the date for the file name): DATE= as given, else now in Niš."""
    if given:
        when = editorial.parse_date(given)
        return given.strip(), when.strftime("%Y-%m-%d")
    when = editorial.now()
    return when.strftime("%Y-%m-%d %H:%M"), when.strftime("%Y-%m-%d")


def compose(fields: list[tuple[str, str]], body: str, lang: str) -> str:
    lines = [f"{key}: {value}".rstrip() for key, value in fields]
    text = "\n".join(lines) + "\n\n" + body + "\n"
    if lang == "sr":
        # The lint checks the title, tags and summary lines (Event- lines are checked when asked).
        editorial.lint(text, {n: FIELD_NAMES[key]() for n, (key, _) in enumerate(fields, start=1) if key in FIELD_NAMES})
    return text


def check_lang(lang: str) -> str:
    if lang.lower() not in editorial.LANGUAGES:
        raise Refusal(message("'%(lang)s' is not a language of this site. "
                              "Write sr (Serbian, in Cyrillic) or en (English).", lang=lang))
    return lang.lower()


def check_summary(summary: str, lang: str) -> str:
    summary = editorial.one_line(summary, message("The summary"))
    if lang == "sr" and summary:
        editorial.check_serbian(summary, message("The summary"))
    return summary


def ask_tags_and_summary(args, lang: str) -> tuple[str, str]:
    tags = ask(message("Tags, separated by commas"), args.tags, required=False, flag="TAGS",
               check=lambda value: editorial.one_line(value, message("The tags")))
    summary = ask(message("Summary: one or two sentences for the news list"), args.summary, required=False,
                  flag="SUMMARY", check=lambda value: check_summary(value, lang))
    return tags, summary


# The event lines `make article` asks for (all optional; Enter at the start skips the event):
# (key, question, command-line flag, attribute of args). The rule is plugins/events/fields.py.
def event_questions():
    return (
        ("Event-start", message("Event: first day, or day and time (2018-03-02 or 2018-03-02 10:00)"),
         "EVENT_START", "event_start"),
        ("Event-end", message("Event: last day, or the end time (2018-03-04, or 14:30)"), "EVENT_END", "event_end"),
        ("Event-place", message("Event: place (Venue, City, or just the city)"), "EVENT_PLACE", "event_place"),
        ("Event-address", message("Event: street address"), "EVENT_ADDRESS", "event_address"),
        ("Event-organiser", message("Event: organiser"), "EVENT_ORGANISER", "event_organiser"),
        ("Event-registration", message("Event: registration page (https://...)"),
         "EVENT_REGISTRATION", "event_registration"),
    )


def check_event(lines: list[tuple[str, str]]) -> None:
    """The event lines so far, by the build's own rule: its first problem is refused."""
    problems = event_fields.read([(key, n, value) for n, (key, value) in enumerate(lines, start=1)])[1]
    if problems:
        raise Refusal(problems[0][1])


def ask_event(args, lang: str) -> list[tuple[str, str]]:
    """The Event- lines of one session, from the command line or the answers."""
    lines: list[tuple[str, str]] = []
    for key, question, flag, attribute in event_questions():
        if key != "Event-start" and not lines:
            break  # no start: no event

        def check(value, key=key):
            value = editorial.one_line(value, question.split(":")[0])
            if value:
                if lang == "sr" and key in ("Event-place", "Event-address", "Event-organiser"):
                    editorial.check_serbian(value, key)
                check_event([*lines, (key, value)])
            return value

        value = ask(question, getattr(args, attribute), required=False, flag=flag, check=check)
        if value:
            lines.append((key, value))
    return lines


def new_article(args, content: Path) -> tuple[Path, str, str]:
    lang = ask(message("Language (sr or en)"), args.lang, default="sr", flag="LANG", check=check_lang)
    title = ask(message("Title (in Cyrillic)") if lang == "sr" else message("Title"), args.title, flag="TITLE",
                check=lambda value: check_title(value, lang, content), folder=content / lang / "news")
    date, day = date_line(args.date)
    known = editorial.albums(content)
    if args.album is None and known and sys.stdin.isatty():
        print(message("Albums:") + "\n  " + "\n  ".join(known))
    albums = ask(message("Album(s) to show under the text, separated by commas"), args.album, required=False,
                 flag="ALBUM", check=lambda value: check_albums(value, content))
    tags, summary = ask_tags_and_summary(args, lang)
    fields = [("Title", title), ("Date", date), ("Tags", tags)]
    fields += [("Summary", summary)] if summary else []  # an empty one would blank the news list's summary
    fields += [("Gallery", ", ".join(albums))] if albums else []
    fields += ask_event(args, lang)
    path = content / lang / "news" / f"{day}-{editorial.file_slug(title)}.md"
    return path, compose(fields, PLACEHOLDER[lang], lang), editorial.address_slug(title, lang)


def translation(args, content: Path) -> tuple[Path, str, str]:
    original = Path(args.source)
    if not original.is_absolute() and (content.parent / original).exists():
        original = content.parent / original  # content/sr/... from the repository root
    original = original.resolve()
    try:
        source_lang, *rest = original.relative_to(content.resolve()).parts
    except ValueError:
        raise Refusal(message("FROM=%(given)s is not a file in %(content)s. "
                              "Give the path of the original, e.g. FROM=content/sr/news/2018-01-26-visit.md.",
                              given=args.source, content=shown(content))) from None
    if not original.is_file() or original.suffix != ".md" or source_lang not in editorial.LANGUAGES:
        raise Refusal(message("FROM=%(given)s is not an article of this site. Give the path of a .md file "
                              "in content/sr/ or content/en/, e.g. FROM=content/sr/news/2018-01-26-visit.md.",
                              given=args.source))
    other = [lang for lang in editorial.LANGUAGES if lang != source_lang]

    def check_other(lang: str) -> str:
        if lang.lower() == source_lang or lang.lower() not in editorial.LANGUAGES:
            raise Refusal(message("The original is in %(language)s (content/%(lang)s/); "
                                  "a translation needs another language: LANG=%(other)s.",
                                  language=editorial.LANGUAGES[source_lang], lang=source_lang, other=other[0]))
        return lang.lower()

    lang = ask(message("Language of the translation"), args.lang, default=other[0], flag="LANG", check=check_other)
    path = content.joinpath(lang, *rest)
    if path.exists():
        raise Refusal(message("%(path)s already exists: this article has a translation in %(language)s. "
                              "Open that file to change it; nothing was written.",
                              path=shown(path), language=editorial.LANGUAGES[lang]))
    meta = read_header(original)
    title = ask(message("Title in %(language)s", language=editorial.LANGUAGES[lang]), args.title, flag="TITLE",
                check=lambda value: check_title(value, lang, content))
    tags, summary = ask_tags_and_summary(args, lang)
    # The original's date; without a Date: line the build reads it from the (shared) file name.
    named = re.match(r"\d{4}-\d{2}-\d{2}", original.name)
    date = meta.get("date") or (named[0] if named else date_line(args.date)[0])
    fields = [("Title", title), ("Date", date), ("Tags", tags)]
    fields += [("Summary", summary)] if summary else []
    fields += [("Gallery", meta["gallery"])] if meta.get("gallery") else []  # the same albums
    # The same event, its lines as the original has them: the editor translates place and organiser.
    fields += [(key, value) for key, value in _event_lines(original)]
    # The translation's address comes from its own title: the original's stays where it is.
    slug = editorial.address_slug(title, lang)
    return path, compose(fields, PLACEHOLDER[lang], lang), slug


def _event_lines(path: Path) -> list[tuple[str, str]]:
    """(key, value) of the original's Event- lines, in order."""
    from sitecore.frontmatter import read_source

    source = read_source(str(path), path.name, str(path))
    return [(f.key, f.value) for f in source.fields if event_fields.is_event_key(f.name)]


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a new article (or a translation) with its metadata.")
    parser.add_argument("--title")
    parser.add_argument("--lang", help="sr (Serbian, in Cyrillic) or en")
    parser.add_argument("--album", help="album folder(s) in content/galleries/, separated by commas")
    parser.add_argument("--date", help="2018-03-02 or 2018-03-02 10:00 (default: now)")
    parser.add_argument("--tags")
    parser.add_argument("--summary")
    parser.add_argument("--from", dest="source", help="the original, to write its translation")
    for key, question, flag, attribute in event_questions():
        parser.add_argument("--" + attribute.replace("_", "-"), dest=attribute, help=question)
    parser.add_argument("--content", default=str(editorial.ROOT / "content"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    content = Path(args.content)
    path, text, slug = (translation if args.source else new_article)(args, content)
    editorial.write_new(path, text)
    lang = path.relative_to(content).parts[0]
    prefix = "" if lang == "sr" else f"{lang}/"
    print(message("Wrote %(path)s:", path=shown(path)) + "\n\n"
          + "".join(f"    {line}".rstrip() + "\n" for line in text.splitlines()))
    print(message("Next: open the file and replace the last line with the text, in Markdown. "
                  "Keep the lines at the top and the empty line under them."))
    print(message("See it: run `make devserver` and open %(address)s (the page reloads each time you save).",
                  address=f"http://127.0.0.1:8000/{prefix}news/{slug}/"))
    if args.source and "Event-" in text:
        print(message("The event lines are the original's: write the place, address and organiser in this language."))
    if not args.source:
        other = next(code for code in editorial.LANGUAGES if code != lang)
        print(message("Translate it: %(command)s", command=f"make article LANG={other} FROM={shown(path)}"))


if __name__ == "__main__":
    editorial.run(main)
