"""Settings of the editions plugin: defaults, validation, and the neutral reading pass.

Only this module reads the plugin's settings from Pelican's settings dict; the
rest of the plugin works with the `Edition` objects made here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sitecore import messages
from sitecore import settings as core

from . import templating

# Pelican settings that name an output file or its URL. Each edition gets them
# with its prefix in front; the neutral pass (Pelican reading the content once)
# gets the *_SAVE_AS ones blanked, so that it writes nothing by itself.
URL_SETTING_STEMS = (
    "ARTICLE", "ARTICLE_LANG", "DRAFT", "DRAFT_LANG",
    "PAGE", "PAGE_LANG", "DRAFT_PAGE", "DRAFT_PAGE_LANG",
    "CATEGORY", "CATEGORIES", "TAG", "TAGS", "AUTHOR", "AUTHORS",
    "ARCHIVES", "INDEX", "SEARCH", "YEAR_ARCHIVE", "MONTH_ARCHIVE", "DAY_ARCHIVE",
)
FEED_SETTINGS = (
    "FEED_ATOM", "FEED_RSS", "FEED_ALL_ATOM", "FEED_ALL_RSS",
    "CATEGORY_FEED_ATOM", "CATEGORY_FEED_RSS", "TAG_FEED_ATOM", "TAG_FEED_RSS",
    "AUTHOR_FEED_ATOM", "AUTHOR_FEED_RSS", "TRANSLATION_FEED_ATOM", "TRANSLATION_FEED_RSS",
)
EDITION_KEYS = {
    "source": "the content language folder it shows, e.g. 'sr'",
    "prefix": "the URL prefix, '' for the site root or e.g. 'en/'",
    "locale": "a Babel locale for dates and numbers, e.g. 'sr_Cyrl' or 'en_GB'",
    "name": "the language's own name for the switcher, e.g. 'English'",
    "sitename": "the site's name in this edition",
    "author": "optional: who articles without an Author: line are by, in this edition (feeds); the site name by default",
    "catalog": "the folder in translations/ with its UI strings, or None for the source strings",
    "derive": "optional: the edition it is derived from by a script change, e.g. 'sr-Cyrl'",
    "script": "optional: the script name shown in the script switcher, e.g. 'Latinica'",
}
REQUIRED_KEYS = ("prefix", "locale", "name", "sitename")

DEFAULTS: dict[str, Any] = {
    # Folder holding <catalog>/LC_MESSAGES/messages.po (relative to the working directory).
    "EDITIONS_CATALOG_PATH": "translations",
    # Display names of category folders, per content language.
    "EDITIONS_CATEGORY_NAMES": {},
    # What a page missing in an edition's language does there: 'fallback' (shown
    # at the edition's URL with a notice), 'link' (listed, linking to the
    # original edition) or 'hide' (neither listed nor written).
    "EDITIONS_UNTRANSLATED": "fallback",
    # Processes that render editions at once; 0 means one per CPU core.
    "EDITIONS_WORKERS": 0,
}
UNTRANSLATED_MODES = ("fallback", "link", "hide")


class EditionsSettingsError(core.SettingsError):
    """A setting of the editions plugin is missing or malformed."""


@dataclass
class Edition:
    """One language edition of the site."""

    code: str  # BCP 47 tag, used for <html lang> and hreflang: 'sr-Cyrl', 'en'
    source: str  # content folder whose files it shows natively: 'sr', 'en'
    prefix: str  # URL prefix: '' or 'en/'
    locale: str  # Babel locale
    name: str
    sitename: str
    catalog: str | None
    derive: str | None = None
    script: str | None = None
    author: str = ""  # the edition's AUTHOR: its sitename unless EDITIONS gives one
    is_primary: bool = False
    settings: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def home_url(self) -> str:
        return self.prefix

    def __hash__(self) -> int:
        return hash(self.code)


def _check_edition(code: str, spec: Any, codes: list[str]) -> None:
    where = f"EDITIONS[{code!r}]"
    if not isinstance(spec, dict):
        raise EditionsSettingsError(f"{where} must be a dict with keys {', '.join(EDITION_KEYS)}.")
    unknown = set(spec) - set(EDITION_KEYS)
    if unknown:
        raise EditionsSettingsError(
            f"{where} has unknown key(s) {', '.join(sorted(unknown))}; known keys: "
            + "; ".join(f"{k}: {v}" for k, v in EDITION_KEYS.items())
        )
    for key in REQUIRED_KEYS:
        if key not in spec:
            raise EditionsSettingsError(f"{where} needs '{key}': {EDITION_KEYS[key]}.")
    if ("source" in spec) == ("derive" in spec):
        raise EditionsSettingsError(f"{where} needs exactly one of 'source' or 'derive'.")
    if spec.get("derive") and spec["derive"] not in codes:
        raise EditionsSettingsError(
            f"{where}['derive'] is {spec['derive']!r}; expected one of {', '.join(codes)}."
        )
    author = spec.get("author")
    if author is not None and (not isinstance(author, str) or not author.strip()):
        raise EditionsSettingsError(
            f"{where}['author'] is {author!r}; expected the name, as text, that this edition's feeds give "
            "for articles without an Author: line, e.g. 'Cluster House' (or leave it out for the sitename)."
        )
    prefix = spec["prefix"]
    if not isinstance(prefix, str) or (prefix and (not prefix.endswith("/") or prefix.startswith("/"))):
        raise EditionsSettingsError(f"{where}['prefix'] is {prefix!r}; expected '' or a path like 'en/'.")


def build_editions(settings: dict[str, Any]) -> list[Edition]:
    """Validate EDITIONS and return the editions, the primary (first) one first."""
    raw = settings.get("EDITIONS")
    if not isinstance(raw, dict) or not raw:
        raise EditionsSettingsError(
            "EDITIONS must be a non-empty dict: edition code -> {source, prefix, locale, name, sitename, catalog}."
        )
    codes = list(raw)
    for code, spec in raw.items():
        _check_edition(code, spec, codes)
    prefixes = [spec["prefix"] for spec in raw.values()]
    if len(set(prefixes)) != len(prefixes):
        raise EditionsSettingsError(f"EDITIONS prefixes must differ; got {prefixes}.")
    editions = []
    for index, (code, spec) in enumerate(raw.items()):
        base = raw[spec["derive"]] if spec.get("derive") else spec
        editions.append(Edition(
            code=code,
            source=base["source"],
            prefix=spec["prefix"],
            locale=spec["locale"],
            name=spec["name"],
            sitename=spec["sitename"],
            catalog=spec.get("catalog", base.get("catalog")),
            derive=spec.get("derive"),
            script=spec.get("script"),
            author=spec.get("author") or spec["sitename"],
            is_primary=index == 0,
        ))
    if editions[0].derive:
        raise EditionsSettingsError("The first (primary) edition in EDITIONS must not be derived.")
    return editions


def edition_settings(settings: dict[str, Any], patterns: dict[str, Any], edition: Edition) -> dict[str, Any]:
    """Pelican settings for one edition: the site's URL patterns under its prefix."""
    result = dict(settings)
    for key, value in patterns.items():
        if isinstance(value, str) and value:
            result[key] = edition.prefix + value
        else:
            result[key] = value
    result["DEFAULT_LANG"] = edition.source
    result["SITENAME"] = edition.sitename
    result["AUTHOR"] = edition.author
    result["DIRECT_TEMPLATES"] = patterns["DIRECT_TEMPLATES"]
    return result


def configure(pelican) -> None:
    """`initialized` signal: fill defaults, check, and set up the neutral reading pass."""
    settings = pelican.settings
    messages.choose(settings)  # the editors' language, for the editions' messages
    # EDITIONS_LIST is what this function makes from EDITIONS, for the other plugins.
    core.configure(settings, "EDITIONS_", DEFAULTS, "editions plugin", EditionsSettingsError,
                   internal=("EDITIONS_LIST",))
    editions = build_editions(settings)
    if settings["EDITIONS_UNTRANSLATED"] not in UNTRANSLATED_MODES:
        raise EditionsSettingsError(
            f"EDITIONS_UNTRANSLATED is {settings['EDITIONS_UNTRANSLATED']!r}; expected one of "
            + ", ".join(repr(m) for m in UNTRANSLATED_MODES) + "."
        )

    # Keep the site's own URL patterns for the editions, then blank the
    # neutral pass's outputs: Pelican reads everything once and writes nothing
    # itself; every page is written by an edition.
    patterns = {}
    for stem in URL_SETTING_STEMS:
        for suffix in ("_URL", "_SAVE_AS"):
            key = stem + suffix
            if key in settings:
                patterns[key] = settings[key]
                if suffix == "_SAVE_AS":
                    settings[key] = ""
    for key in FEED_SETTINGS:
        patterns[key] = settings.get(key)
        settings[key] = None
    patterns["DIRECT_TEMPLATES"] = list(settings["DIRECT_TEMPLATES"])
    settings["DIRECT_TEMPLATES"] = []

    for edition in editions:
        edition.settings = edition_settings(settings, patterns, edition)
    settings["EDITIONS_LIST"] = editions

    # UI strings come from gettext catalogs; the i18n extension lets templates use _() and ngettext().
    jinja = settings.setdefault("JINJA_ENVIRONMENT", {})
    if not jinja.get("autoescape"):
        # The theme marks only Markdown HTML as safe; without autoescape a title would be markup.
        raise EditionsSettingsError(
            "JINJA_ENVIRONMENT has autoescape off; the theme shows titles, tags and captions as "
            "text only when Jinja escapes them. Set JINJA_ENVIRONMENT = {\"autoescape\": True} "
            "as pelicanconf.py does."
        )
    extensions = jinja.setdefault("extensions", [])
    if "jinja2.ext.i18n" not in extensions:
        extensions.append("jinja2.ext.i18n")
    settings.setdefault("JINJA_FILTERS", {}).update(templating.FILTERS)
