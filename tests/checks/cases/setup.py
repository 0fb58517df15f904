"""The catalogue of bad input, part: Settings, and publishing (checked by tests/publishing/test_publishing.py)."""

from __future__ import annotations

import runpy
from pathlib import Path

from . import FAILED, _case

# The site's editions, for a case that changes one of them.
_SITE_EDITIONS = runpy.run_path(str(Path(__file__).resolve().parents[3] / "pelicanconf.py"))["EDITIONS"]

# --- Settings -------------------------------------------------------------------
_case(
    "unknown-publish-setting", "Settings", "a misspelt PUBLISH_ setting",
    ("PublishingSettingsError: PUBLISH_FAIL_ON_WARNING is not a setting of the publishing plugin. Did you mean "
     "PUBLISH_FAIL_ON_WARNINGS? Its settings: PUBLISH_FAIL_ON_WARNINGS, PUBLISH_LOCK_TIMEOUT.",),
    "ERROR", settings={"PUBLISH_FAIL_ON_WARNING": True},
)
_case(
    "bad-lock-timeout", "Settings", "`PUBLISH_LOCK_TIMEOUT = 'soon'`",
    ("PublishingSettingsError: PUBLISH_LOCK_TIMEOUT is 'soon'; expected a number of seconds (0 or more).",),
    "ERROR", settings={"PUBLISH_LOCK_TIMEOUT": "soon"},
)
_case(
    "unknown-checks-setting", "Settings", "a misspelt CHECKS_ setting",
    ("ChecksSettingsError: CHECKS_STATUS is not a setting of the checks plugin. Did you mean CHECKS_STATUSES? "
     "Its settings: CHECKS_METADATA_KEYS, CHECKS_STATUSES, CHECKS_DATE_FORMATS, CHECKS_OTHER_PATHS.",),
    "ERROR", settings={"CHECKS_STATUS": ["published"]},
)
_case(
    "unknown-editions-setting", "Settings", "a misspelt EDITIONS_ setting",
    ("EditionsSettingsError: EDITIONS_UNTRANSLATD is not a setting of the editions plugin. Did you mean "
     "EDITIONS_UNTRANSLATED? Its settings: EDITIONS_CATALOG_PATH, EDITIONS_CATEGORY_NAMES, "
     "EDITIONS_UNTRANSLATED, EDITIONS_WORKERS.",),
    "ERROR", settings={"EDITIONS_UNTRANSLATD": "hide"},
)
_case(
    "unknown-gallery-setting", "Settings", "a misspelt GALLERY_ setting",
    ("GallerySettingsError: GALLERY_WIDHTS is not a setting of the gallery plugin. Did you mean GALLERY_WIDTHS? "
     "Its settings: GALLERY_PATH, GALLERY_IMAGES_PATH, GALLERY_WIDTHS, GALLERY_THUMB_SIZE, GALLERY_THUMB_CROP, "
     "GALLERY_QUALITY, GALLERY_WEBP, GALLERY_EAGER, GALLERY_SIZES, GALLERY_THUMB_SIZES, GALLERY_INDEX_TITLES, "
     "GALLERY_INDEX_ORDER, GALLERY_ORIGINALS, GALLERY_WORKERS, GALLERY_VIEWER_DIST, GALLERY_LARGE_MEGAPIXELS, "
     "GALLERY_LARGE_MEGABYTES.",),
    "ERROR", settings={"GALLERY_WIDHTS": (480, 800)},
)
_case(
    "autoescape-off", "Settings", "`JINJA_ENVIRONMENT` without `autoescape`",
    ("EditionsSettingsError: JINJA_ENVIRONMENT has autoescape off; the theme shows titles, tags and captions "
     "as text only when Jinja escapes them. Set JINJA_ENVIRONMENT = {\"autoescape\": True} as pelicanconf.py "
     "does.",),
    "ERROR", settings={"JINJA_ENVIRONMENT": {}},
)
_case(
    "edition-author-not-text", "Settings", "`EDITIONS['en']['author']` that is not a name",
    ("EditionsSettingsError: EDITIONS['en']['author'] is 42; expected the name, as text, that this edition's "
     "feeds give for articles without an Author: line, e.g. 'Cluster House' (or leave it out for the sitename).",),
    "ERROR", settings={"EDITIONS": {**_SITE_EDITIONS, "en": {**_SITE_EDITIONS["en"], "author": 42}}},
)

# --- Publishing (checked by tests/publishing/test_publishing.py) ----------------
_case(
    "failed-build", "Publishing", "any error (the line that ends the build's log)",
    (FAILED.format(what="2 errors, 1 warning"),), "ERROR", runner="tests/publishing/test_publishing.py",
)
_case(
    "warnings-in-publish", "Publishing", "a warning in `make publish` (PUBLISH_FAIL_ON_WARNINGS)",
    (FAILED.format(what="1 warning (warnings fail this build)"),), "WARNING",
    runner="tests/publishing/test_publishing.py",
)
_case(
    "lock-wait", "Publishing", "another build of the same output folder is running",
    ("another build is writing output/; waiting...",), "INFO", runner="tests/publishing/test_publishing.py",
    exit=(0, 0),
)
_case(
    "lock-refused", "Publishing", "... and it runs longer than PUBLISH_LOCK_TIMEOUT",
    ("another build is still writing output/ after 0.5 seconds; this build stopped without changing it. "
     "Run it again when the other build has finished.",),
    "ERROR", runner="tests/publishing/test_publishing.py", exit=(75, 75),
)
_case(
    "disk-full", "Publishing", "the disk fills up while the build writes (pages, photos, caches; also a used-up quota)",
    ("output/: the disk is full (0 MB free on the disk that holds output/); this build stopped and the published "
     "site was not changed. Free some space and run the build again.",),
    "ERROR", runner="tests/publishing/test_disk.py",
)
_case(
    "output-mount-point", "Publishing", "`output/` is a mount point (a container volume): it cannot be replaced by a rename",
    ("output/ is a mount point, which cannot be replaced as a whole: it was updated in place, each file replaced at once.",),
    "INFO", runner="tests/publishing/test_mount.py", exit=(0, 0),
)
_case(
    "cached-warning", "Publishing", "`make html` warns, then `make publish` with the same reader cache "
    "(CACHE_CONTENT): the source is not parsed again",
    ("(the same warnings as the first build, then the line above: the warnings of an unchanged source come "
     "back on every build, so `make publish` fails)",),
    "WARNING", runner="tests/publishing/test_replay.py",
)
_case(
    "commit-only", "Publishing", "an updated translation committed after the last build (no file changed)",
    ("(none: the build runs instead of answering 'Nothing changed', and the translation's 'may be out of date' "
     "note goes away)",),
    "—", runner="tests/publishing/test_uptodate_git.py", exit=(0, 0),
)
_case(
    "killed", "Publishing", "a build killed halfway (SIGKILL, power cut)",
    ("(none: output/ is exactly the previous site; the next build removes the half-written folder)",),
    "—", runner="tests/publishing/test_publishing.py", exit=(137, 137),
)
_case(
    "events-today-setting", "Settings", "`EVENTS_TODAY = '20.02.2018'`",
    ("EventsSettingsError: EVENTS_TODAY is '20.02.2018'; expected None or a date such as '2018-02-10'.",),
    "ERROR", settings={"EVENTS_TODAY": "20.02.2018"},
)
