"""The Decap CMS configuration, made from the site's settings (never written by hand).

One collection per content language and folder, because our layout puts the language before
the folder (content/<lang>/news/) and Decap's translation structures put it after: news and
pages in each language, album texts (content/<GALLERY_PATH>/<album>/album.<lang>.md) and
captions (captions.<lang>.txt) in each language, photos uploaded into the album's own folder.
A translation is the file of the same name in the other language's folder: the `file` field
names it (the lists show every entry's file name), and site-editor.js makes the name of a new
original from its date and title by the site's slug rules. The fields are the ones the checks
know; their values are written by admin/pelican-format.js as Pelican's `Key: value` lines.
"""

from __future__ import annotations

import os

from sitecore import serbian

LANG_NAMES = {"sr": {"sr": "српски", "en": "енглески"}, "en": {"sr": "Serbian", "en": "English"}}
# The interface's words, by interface language ("sr" for every Serbian locale).
WORDS = {
    "sr": {"news": "Вести", "pages": "Странице", "albums": "Албуми", "captions": "Натписи под фотографијама",
           "title": "Наслов", "date": "Датум", "tags": "Ознаке", "summary": "Сажетак", "gallery": "Албуми испод текста",
           "slug": "Адреса (Slug)", "body": "Текст", "cover": "Насловна фотографија", "photos": "Фотографије",
           "photo": "Фотографија", "caption": "Натпис", "file": "Назив датотеке", "description": "Опис",
           "file_hint": "Само мала латинична слова без квачица, цифре и цртице. Празно: прави се од датума и "
                        "наслова. Превод: исти назив као оригинал (види се у списку).",
           "album_hint": "Назив фасцикле албума (мала латинична слова, цифре и цртице), исти у свим језицима.",
           "gallery_hint": "Називи фасцикли албума, одвојени зарезима.",
           "tags_hint": "Одвојене зарезима.", "slug_hint": "Празно: адреса се прави од наслова.",
           "cover_hint": "Фотографија из албума (албум/фотографија.jpg) или фотографија поред чланка. "
                         "Празно: насловна фотографија првог албума."},
    "en": {"news": "News", "pages": "Pages", "albums": "Albums", "captions": "Photo captions",
           "title": "Title", "date": "Date", "tags": "Tags", "summary": "Summary", "gallery": "Albums under the text",
           "slug": "Address (Slug)", "body": "Text", "cover": "Cover photo", "photos": "Photos",
           "photo": "Photo", "caption": "Caption", "file": "File name", "description": "Description",
           "file_hint": "Lowercase ASCII letters, digits and hyphens only. Empty: made from the date and the "
                        "title. A translation: the same name as the original's (shown in the list).",
           "album_hint": "The album's folder name (lowercase ASCII letters, digits, hyphens), the same in every language.",
           "gallery_hint": "Album folder names, separated by commas.",
           "tags_hint": "Separated by commas.", "slug_hint": "Empty: the address is made from the title.",
           "cover_hint": "A photo of an album (album/photo.jpg) or a photo beside the article. "
                         "Empty: the first album's cover."},
}
FILE_PATTERN = ["^([a-z0-9]+(-[a-z0-9]+)*)?$", "a-z, 0-9, -"]
DATE_FORMAT = "YYYY-MM-DD HH:mm"  # one of plugins/sitecore/dates.py's formats, in Moment's notation
LIST_FIELDS = ("tags", "gallery")  # comma-separated metadata (pelican-format.js)
PATH_FIELDS = ("file",)  # name the file; never written into it
# Further fields of an article: each is a Decap field dict, added after the cover.
# Keep their names the checks' names.
EXTRA_ARTICLE_FIELDS: tuple[dict, ...] = ()
# An event's first session (`Event-...:` lines, plugins/events/fields.py is their rule), offered
# when the events plugin is in PLUGINS; more sessions (`Event-2-...`) are kept as written.
EVENT_FIELDS = ("start", "end", "place", "address", "organiser", "registration")
EVENT_STATUSES = ("scheduled", "cancelled", "postponed", "online")
EVENT_WORDS = {
    "sr": {"start": "Догађај: почетак", "end": "Догађај: крај", "place": "Догађај: место (место, град)",
           "address": "Догађај: адреса", "organiser": "Догађај: организатор", "registration": "Догађај: пријава (адреса)",
           "status": "Догађај: стање", "hint": "Датум или датум и време, нпр. 2018-03-02 10:00 (крај и само 14:30)."},
    "en": {"start": "Event: start", "end": "Event: end", "place": "Event: place (venue, city)",
           "address": "Event: address", "organiser": "Event: organiser", "registration": "Event: registration (address)",
           "status": "Event: status", "hint": "A date, or a date and a time, e.g. 2018-03-02 10:00 (the end also just 14:30)."},
}


def languages(settings: dict) -> list[str]:
    """The content languages, the primary edition's first."""
    return [edition["source"] for edition in settings["EDITIONS"].values() if "source" in edition]


def _page_folder(settings: dict) -> str:
    # PAGE_PATHS are "<lang>/<folder>"; every language uses the same folder name.
    return settings["PAGE_PATHS"][0].split("/", 1)[1]


def _words(locale: str) -> dict[str, str]:
    return WORDS["sr" if locale.lower().startswith("sr") else "en"]


def _file_field(w: dict, hint: str | None = None) -> dict:
    return {"name": "file", "label": w["file"], "widget": "string", "required": False,
            "hint": hint or w["file_hint"], "pattern": FILE_PATTERN}


def _event_fields(settings: dict) -> list[dict]:
    if "events" not in settings.get("PLUGINS", ()):
        return []
    words = EVENT_WORDS["sr" if settings["WEB_EDITOR_LOCALE"].lower().startswith("sr") else "en"]
    fields = [{"name": f"event-{name}", "label": words[name], "widget": "string", "required": False,
               **({"hint": words["hint"]} if name in ("start", "end") else {})} for name in EVENT_FIELDS]
    return fields + [{"name": "event-status", "label": words["status"], "widget": "select", "required": False,
                      "options": list(EVENT_STATUSES)}]


def _text_fields(w: dict, article: bool, events: list[dict] = ()) -> list[dict]:
    fields = [{"name": "title", "label": w["title"], "widget": "string"}]
    if article:
        fields += [
            {"name": "date", "label": w["date"], "widget": "datetime", "format": DATE_FORMAT,
             "date_format": "YYYY-MM-DD", "time_format": "HH:mm", "default": "{{now}}"},
            {"name": "tags", "label": w["tags"], "widget": "list", "required": False, "hint": w["tags_hint"]},
            {"name": "summary", "label": w["summary"], "widget": "text", "required": False},
            {"name": "gallery", "label": w["gallery"], "widget": "list", "required": False, "hint": w["gallery_hint"]},
            # The Cover: line (plugins/gallery/covers.py is its rule).
            {"name": "cover", "label": w["cover"], "widget": "string", "required": False, "hint": w["cover_hint"]},
            *EXTRA_ARTICLE_FIELDS,
        ]
    fields += list(events)  # an article or a page may be an event
    fields += [{"name": "slug", "label": w["slug"], "widget": "string", "required": False, "hint": w["slug_hint"]},
               _file_field(w),
               {"name": "body", "label": w["body"], "widget": "markdown", "modes": ["raw", "rich_text"]}]
    return fields


def _text_collection(name: str, label: str, folder: str, w: dict, article: bool, events=()) -> dict:
    return {"name": name, "label": label, "folder": folder, "create": True, "format": "pelican",
            "extension": "md", "slug": "{{fields.file}}", "identifier_field": "title",
            "summary": "{{title}} · {{filename}}.{{extension}}",
            "sortable_fields": ["title", "date"] if article else ["title"],
            "fields": _text_fields(w, article, events)}


def _album_collections(folder: str, w: dict) -> list[dict]:
    """Albums and captions with Decap's `multiple_files` translations: <album>/album.<lang>.md
    and <album>/captions.<lang>.txt side by side, as our layout has them. `media_folder: ""`
    puts uploaded photos in the album's own folder."""
    media = {"media_folder": "", "public_folder": "", "i18n": True}
    same = {"i18n": "duplicate"}  # one value for every language
    album = {"name": "albums", "label": w["albums"], "folder": folder, "create": True,
             "format": "pelican", "extension": "md", "path": "{{slug}}/album",
             "slug": "{{fields.file}}", "identifier_field": "title",
             "summary": "{{title}} · {{dirname}}", **media,
             "fields": [{"name": "title", "label": w["title"], "widget": "string", "i18n": True},
                        {"name": "date", "label": w["date"], "widget": "datetime", "format": DATE_FORMAT,
                         "date_format": "YYYY-MM-DD", "time_format": "HH:mm", "default": "{{now}}", **same},
                        {"name": "cover", "label": w["cover"], "widget": "image", "required": False,
                         "choose_url": False, **same},
                        {**_file_field(w, w["album_hint"]), **same},
                        {"name": "body", "label": w["description"], "widget": "text", "required": False,
                         "i18n": True}]}
    captions = {"name": "captions", "label": w["captions"], "folder": folder, "create": True,
                "format": "pelican-captions", "extension": "txt", "path": "{{slug}}/captions",
                "slug": "{{fields.file}}", "identifier_field": "file", "summary": "{{dirname}}", **media,
                "fields": [{**_file_field(w, w["album_hint"]), **same},
                           {"name": "photos", "label": w["photos"], "widget": "list", "i18n": True,
                            "fields": [{"name": "photo", "label": w["photo"], "widget": "image",
                                        "choose_url": False, "i18n": True},
                                       {"name": "caption", "label": w["caption"], "widget": "string",
                                        "i18n": True}]}]}
    return [album, captions]


def collections(settings: dict) -> list[dict]:
    w = _words(settings["WEB_EDITOR_LOCALE"])
    content = os.path.relpath(settings["PATH"], settings["WEB_EDITOR_ROOT"]).replace(os.sep, "/")
    names = LANG_NAMES["sr" if settings["WEB_EDITOR_LOCALE"].lower().startswith("sr") else "en"]
    categories = settings.get("EDITIONS_CATEGORY_NAMES", {})
    gallery = settings.get("GALLERY_PATH", "galleries")
    found: list[dict] = []
    for lang in languages(settings):
        label = names.get(lang, lang)
        for folder, titles in categories.items():
            found.append(_text_collection(f"{folder}_{lang}", f"{titles.get(lang, w['news'])} ({label})",
                                          f"{content}/{lang}/{folder}", w, True, _event_fields(settings)))
        found.append(_text_collection(f"pages_{lang}", f"{w['pages']} ({label})",
                                      f"{content}/{lang}/{_page_folder(settings)}", w, False, _event_fields(settings)))
    return found + _album_collections(f"{content}/{gallery}", w)


def backend(settings: dict) -> dict:
    """The production backend from WEB_EDITOR_BACKEND, or the local one of `make devserver`."""
    chosen = settings["WEB_EDITOR_BACKEND"]
    if settings.get("WEB_EDITOR_LOCAL", True) or chosen is None:
        return {"name": "proxy", "proxy_url": f"http://127.0.0.1:{settings['WEB_EDITOR_PROXY_PORT']}/api/v1"}
    return dict(chosen)


def cms_config(settings: dict) -> dict:
    """The whole configuration (settings validated by webeditor.settings first)."""
    return {
        "backend": backend(settings),
        "locale": settings["WEB_EDITOR_LOCALE"],
        "media_folder": f"{os.path.relpath(settings['PATH'], settings['WEB_EDITOR_ROOT'])}/{settings.get('GALLERY_PATH', 'galleries')}",
        "publish_mode": "simple",
        # Used by the album collections only; news and pages have one collection per language.
        "i18n": {"structure": "multiple_files", "locales": languages(settings),
                 "default_locale": languages(settings)[0]},
        "site_url": settings.get("SITEURL", ""),
        "collections": collections(settings),
    }


def page_data() -> dict[str, str]:
    """What our scripts read from the admin page: list fields, path fields, the ASCII letters."""
    return {"pelican-list-fields": ",".join(LIST_FIELDS), "pelican-path-fields": ",".join(PATH_FIELDS),
            "pelican-ascii": "".join(f"{k}={v};" for k, v in serbian.TO_ASCII.items())}
