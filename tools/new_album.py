"""`make album`: a new photo album folder with its texts, ready for the photos.

    make album NAME=leskovac-training TITLE="Обука у Лесковцу" TITLE_EN="Training in Leskovac" DATE=2018-03-02

writes content/galleries/2018-03-02-leskovac-training/ with album.sr.md, album.en.md (when there
is an English title) and captions.sr.txt (a comment that explains the format). The tool never
replaces a file or uses a folder that exists.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import editorial
from editorial import Refusal, ask, shown
from sitecore.messages import message

CAPTIONS_HELP = """\
# Натписи испод фотографија, један ред по фотографији: име датотеке, двотачка, натпис. На пример:
#   IMG_5591.jpg: Амбасадор у Граду Лесковцу
# Име пишите тачно као што се датотека зове (IMG_5591.JPG је друго име). Редови који почињу
# знаком # се не читају, празни редови су дозвољени. Натписи на енглеском: captions.en.txt.
"""
_DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})-(.*)$")


def folder_name(name: str, date: str | None) -> str:
    """'Leskovac training' -> '2018-03-02-leskovac-training' (the date from DATE=, the name, or today)."""
    name = editorial.one_line(name, "NAME").strip().strip("/")
    dated = _DATED.match(name)
    if dated:
        editorial.parse_date(dated[1], message("The date at the start of NAME"))
        if date and editorial.parse_date(date).strftime("%Y-%m-%d") != dated[1]:
            raise Refusal(message("NAME starts with the date %(start)s, and DATE is %(date)s. "
                                  "Give the date once: in DATE=, or at the start of NAME.", start=dated[1], date=date))
        day, name = dated[1], dated[2]
    else:
        day = (editorial.parse_date(date) if date else editorial.now()).strftime("%Y-%m-%d")
    words = editorial.file_slug(name)
    if not words:
        raise Refusal(message("NAME '%(name)s' has no letters or digits. "
                              "Give a few English words, e.g. NAME=leskovac-training.", name=name))
    return f"{day}-{words}"


def main() -> None:
    parser = argparse.ArgumentParser(description="Make a new photo album folder with its texts.")
    parser.add_argument("--name", help="a few English words for the folder, e.g. leskovac-training")
    parser.add_argument("--title", help="the album's title in Serbian (Cyrillic)")
    parser.add_argument("--title-en", help="the album's title in English (optional)")
    parser.add_argument("--date", help="2018-03-02 (default: today)")
    parser.add_argument("--content", default=str(editorial.ROOT / "content"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    content = Path(args.content)

    def check_folder(name: str) -> Path:
        folder = content / editorial.GALLERY_FOLDER / folder_name(name, args.date)
        if folder.exists():
            raise Refusal(message("%(folder)s already exists; nothing was written. "
                                  "Add the photos to that album, or choose another NAME.", folder=shown(folder)))
        return folder

    def check_title(title: str) -> str:
        title = editorial.one_line(title, "TITLE")
        if not title:
            raise Refusal(message("TITLE is empty. Write the album's title in Serbian, in Cyrillic."))
        editorial.check_serbian(title, "TITLE")
        editorial.lint(f"Title: {title}\n", {1: "TITLE"})
        return title

    def check_title_en(title: str) -> str:
        title = editorial.one_line(title, "TITLE_EN")
        editorial.check_english(title, "TITLE_EN")
        return title

    folder = ask(message("Folder name: a few English words, e.g. leskovac-training"), args.name, flag="NAME",
                 check=check_folder)
    title = ask(message("Album title in Serbian (Cyrillic)"), args.title, flag="TITLE", check=check_title)
    title_en = ask(message("Album title in English"), args.title_en, required=False, flag="TITLE_EN", check=check_title_en)
    day = folder.name[:10]
    album_sr = f"Title: {title}\nDate: {day}\n"

    folder.mkdir(parents=True)
    written = [folder / "album.sr.md", folder / "captions.sr.txt"]
    editorial.write_new(written[0], album_sr)
    editorial.write_new(written[1], CAPTIONS_HELP)
    if title_en:
        written.insert(1, folder / "album.en.md")
        editorial.write_new(written[1], f"Title: {title_en}\nDate: {day}\n")

    print(message("Made the album %(folder)s/ with %(files)s.", folder=shown(folder),
                  files=", ".join(p.name for p in written)))
    if not title_en:
        print(message("There is no English title, so the English edition shows the album with the note "
                      "'available only in Serbian'. To add one later, write album.en.md like album.sr.md."))
    print("\n" + message("""\
Next:
  1. Copy the photos into %(folder)s/ as the camera made them (JPEG, PNG or WebP).
     The album shows them in name order.
  2. Optional: under the Date: line of album.sr.md, a line 'Cover: IMG_0001.jpg' chooses the
     photo of the galleries list; then an empty line and a description of the album.
  3. Optional: captions in captions.sr.txt (the file explains how), in English in captions.en.txt.
  4. To show the album under an article: a line 'Gallery: %(name)s' in the article,
     or make article ALBUM=%(name)s
  5. See it: run `make devserver` and open %(address)s""", folder=shown(folder), name=folder.name,
                          address=f"http://127.0.0.1:8000/{editorial.GALLERY_FOLDER}/{folder.name}/"))


if __name__ == "__main__":
    editorial.run(main)
