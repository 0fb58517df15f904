"""The catalogue of bad input, part: Photos and albums (checked by tests/gallery/test_errors.py and test_large.py)."""

from __future__ import annotations

from . import _case

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

# --- Covers: an article's Cover: line (plugins/gallery/covers.py) ----------------------
_case(
    "cover-no-album", "Photos and albums", "a `Cover:` line naming an album that does not exist",
    ("content/sr/news/2018-02-03-cover.md:3: no album 'nema' in content/galleries/. Write Cover: <album folder>/"
     "<photo file>, or the name of a photo file in the article's folder, with the album folder's exact name.",),
    "ERROR", files={"sr/news/2018-02-03-cover.md": "Title: Насловна\nDate: 2018-02-03\nCover: nema/IMG_1.jpg\n\nТекст.\n"},
)
_case(
    "cover-no-file", "Photos and albums", "a `Cover:` line naming a photo that is not beside the article",
    ("content/sr/news/2018-02-03-cover.md:3: no file 'naslovna.jpg' beside the article in content/sr/news/. "
     "Put the photo there, or write Cover: <album folder>/<photo file>, or the name of a photo file in the "
     "article's folder.",),
    "ERROR", files={"sr/news/2018-02-03-cover.md": "Title: Насловна\nDate: 2018-02-03\nCover: naslovna.jpg\n\nТекст.\n"},
)
_case(
    "cover-dotdot", "Photos and albums", "a `Cover:` line leading out of the albums with '..'",
    ("content/en/news/2018-02-03-cover.md:3: '../../../etc/passwd' is not the name of a photo of an album. "
     "Write Cover: <album folder>/<photo file>, or the name of a photo file in the article's folder, "
     "without '..'.",),
    "ERROR", files={"en/news/2018-02-03-cover.md": "Title: Cover\nDate: 2018-02-03\nCover: ../../../etc/passwd\n\nText.\n"},
)
_case(
    "cover-text-file", "Photos and albums", "a `Cover:` line naming a text file beside the article",
    ("content/sr/news/2018-02-03-cover.md:3: 'beleske.txt' is a text file, not a photo. Write Cover: "
     "<album folder>/<photo file>, or the name of a photo file in the article's folder.",),
    "ERROR", files={"sr/news/2018-02-03-cover.md": "Title: Насловна\nDate: 2018-02-03\nCover: beleske.txt\n\nТекст.\n",
                    "sr/news/beleske.txt": "белешке\n"},
)
