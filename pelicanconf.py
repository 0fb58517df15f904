"""Settings of the Cluster House site (development build: `make html`).

publishconf.py imports these and changes what differs in production.
Every setting of our own is documented in README.md.
"""

import os

ROOT = os.path.dirname(os.path.abspath(__file__))

AUTHOR = "Кластер кућа"
SITENAME = "Кластер кућа"  # each edition sets its own, see EDITIONS
# Absolute address of the site: hreflang, canonical links, the sitemap and
# feeds need it. Navigation links stay relative (RELATIVE_URLS), so the built
# site also works on any other port and from disk.
SITEURL = "http://127.0.0.1:8000"
RELATIVE_URLS = True

PATH = "content"
THEME = os.path.join(ROOT, "theme")
TIMEZONE = "Europe/Belgrade"
DEFAULT_DATE = None

# --- Editions -------------------------------------------------------------
# The first edition is the primary one, at the site root. Each edition shows
# the content of its `source` language folder natively and every other page as
# a fallback copy with a notice. `derive` makes an edition from another one by
# a script change (Serbian Cyrillic -> Latin), never the other way round.
EDITIONS = {
    "sr-Cyrl": {
        "source": "sr", "prefix": "", "locale": "sr_Cyrl", "name": "Српски",
        "sitename": "Кластер кућа", "catalog": "sr", "script": "Ћирилица",
    },
    "en": {
        "source": "en", "prefix": "en/", "locale": "en_GB", "name": "English",
        "sitename": "Cluster House", "catalog": None,
    },
    # Serbian in Latin script, transliterated from the Cyrillic edition by the build.
    "sr-Latn": {
        "derive": "sr-Cyrl", "prefix": "sr-latn/", "locale": "sr_Latn", "name": "Srpski",
        "sitename": "Klaster kuća", "script": "Latinica",
    },
}
EDITIONS_CATALOG_PATH = os.path.join(ROOT, "translations")
# Category names by category folder (content/<lang>/<folder>/) and language.
EDITIONS_CATEGORY_NAMES = {
    "news": {"sr": "Вести", "en": "News"},
}

# Pelican's reading pass: the language comes from the folder, the translation
# key from the path inside it (content/sr/news/x.md pairs with content/en/news/x.md).
DEFAULT_LANG = "sr"
# The language of the build's messages and of make article/album/translations: "sr" (Cyrillic)
# or "en". The environment variable EDITOR_LANG overrides it (EDITOR_LANG=en make html).
EDITOR_LANG = "sr"
ARTICLE_PATHS = ["sr", "en"]
ARTICLE_EXCLUDES = ["sr/pages", "en/pages"]
PAGE_PATHS = ["sr/pages", "en/pages"]
PATH_METADATA = r"(?P<lang>[^/]+)/(?P<key>.+)\.[^./]+$"
ARTICLE_TRANSLATION_ID = "key"
PAGE_TRANSLATION_ID = "key"
USE_FOLDER_AS_CATEGORY = True
STATIC_PATHS = []
# Content is Markdown only (reStructuredText would also warn that it has no Serbian).
READERS = {"rst": None}

PLUGIN_PATHS = [os.path.join(ROOT, "plugins")]
PLUGINS = ["gallery", "editions", "search", "checks", "reading", "events", "devserver", "share", "deploy", "publishing"]

# --- URLs (each edition puts its prefix in front) ---------------------------
ARTICLE_URL = "news/{slug}/"
ARTICLE_SAVE_AS = "news/{slug}/index.html"
ARTICLE_LANG_URL = ARTICLE_URL
ARTICLE_LANG_SAVE_AS = ARTICLE_SAVE_AS
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = "drafts/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
PAGE_LANG_URL = PAGE_URL
PAGE_LANG_SAVE_AS = PAGE_SAVE_AS
CATEGORY_URL = "category/{slug}/"
CATEGORY_SAVE_AS = "category/{slug}/index.html"
CATEGORIES_URL = "categories/"
CATEGORIES_SAVE_AS = "categories/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = "archives/index.html"
INDEX_URL = ""
INDEX_SAVE_AS = "index.html"
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
# The search results page (theme/templates/search.html, `?q=`); without JavaScript the
# header's search box leads to the archives instead.
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"
DIRECT_TEMPLATES = ["index", "archives", "tags", "categories", "search"]
# The events page of each edition (theme/templates/events.html, written by plugins/events):
# upcoming events, then past ones by year; README "Events".
EVENTS_URL = "events/"
EVENTS_SAVE_AS = "events/index.html"
DEFAULT_PAGINATION = 10
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
SUMMARY_MAX_LENGTH = 50

# --- Feeds: one Atom and one RSS feed per edition, an Atom feed per category and tag ---
FEED_DOMAIN = SITEURL
FEED_ATOM = "feeds/all.atom.xml"
FEED_RSS = "feeds/all.rss.xml"
FEED_ALL_ATOM = None
# A feed per category and per tag in each edition, in its language (under its prefix).
CATEGORY_FEED_ATOM = "feeds/category/{slug}.atom.xml"
TAG_FEED_ATOM = "feeds/tag/{slug}.atom.xml"
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# --- Templates ----------------------------------------------------------------
# Every value a template prints is escaped unless it is marked as HTML: titles,
# tags, categories, captions and album titles are plain text; only the HTML made
# from the Markdown text (content, summary) is printed as written (README, "Security").
JINJA_ENVIRONMENT = {"autoescape": True}

# --- Markdown ---------------------------------------------------------------
# smarty makes dashes and ellipses; quotes, apostrophes and non-breaking spaces follow the
# text's language (plugins/reading/typography.py: English “…”, Serbian „…“), so smarty's own
# quotes, which are English ones, stay off.
MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.smarty": {"smart_quotes": False},
    },
    "output_format": "html5",
}

# Content cache: a rebuild parses only the Markdown files whose bytes changed
# (md5, not mtime: a fresh clone gives every file a new mtime). The reader
# layer caches the parsed text and metadata only, never our edition views.
CACHE_PATH = os.path.join(ROOT, "cache")
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "reader"
CHECK_MODIFIED_METHOD = "md5"
# Uncompressed: gzip at its default level took a third of a second of every rebuild of
# 1,000 articles to save one 0.9 MB cache file (about 3 MB without it).
GZIP_CACHE = False
DEFAULT_CATEGORY = "news"

# --- Photo galleries (plugins/gallery; every setting is in README.md) --------
# Albums are folders in content/galleries/; their pages are galleries/<album>/ in
# every edition. "gallery" comes before "editions" in PLUGINS: its pages must
# exist when the editions plugin pairs translations. The plugin's defaults are the
# site's choices (widths 480/800/1000, no WebP, the index "Галерије" third in the menu).
# PhotoSwipe, installed by `npm ci` (package.json); its files are copied into output/theme/vendor/.
GALLERY_VIEWER_DIST = os.path.join(ROOT, "node_modules", "photoswipe", "dist")

# --- Deployment (plugins/deploy; every setting is in README.md) ---------------
# Theme files get content-hashed names (asset_url in templates), robots.txt is
# written, and .gz/.br copies of text files only in production (publishconf.py
# sets DEPLOY_PRECOMPRESS): brotli at its strongest level is slow, and development
# builds should not wait.

# --- Devserver (plugins/devserver) --------------------------------------------
# The reload script (DEVSERVER_RELOAD) is for `make devserver` only, which sets it
# on the command line.
