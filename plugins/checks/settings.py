"""Settings of the checks plugin: defaults and validation.

Every setting of the plugin starts with CHECKS_; a misspelt one is refused by
name rather than silently ignored.
"""

from __future__ import annotations

import datetime
from typing import Any

from sitecore import settings as core
from sitecore.dates import DATE_FORMATS, SAMPLE

DEFAULTS: dict[str, Any] = {
    # The metadata keys an editor may write at the top of a Markdown file
    # (lowercase). Any other key is reported as unknown, with the closest
    # known one suggested. `gallery` is read by the gallery plugin
    # (comma-separated album folder names); `key` and `order` by our editions.
    # `save_as` and `url` are refused whatever this says (placement.py): they
    # could make a page replace another one or leave the output folder.
    "CHECKS_METADATA_KEYS": [
        "title", "date", "modified", "tags", "summary", "slug", "status", "key",
        "order", "gallery", "cover", "template", "author", "authors", "category", "lang",
    ],
    # The values a `Status:` line may have (compared in lowercase, as Pelican does).
    "CHECKS_STATUSES": ["published", "draft", "hidden"],
    # The formats a `Date:` or `Modified:` line may use (strftime codes). ISO
    # order only: "02.03.2018" means 2 March to a Serbian reader and 3 February
    # to Pelican's date parser, so it must not slip through.
    "CHECKS_DATE_FORMATS": list(DATE_FORMATS),
    # Folders inside the content folder whose Markdown files another plugin
    # reads, so they are not "outside the language folders". The gallery's
    # GALLERY_PATH (album.<lang>.md texts) is added to these when it is set.
    "CHECKS_OTHER_PATHS": [],
}



class ChecksSettingsError(core.SettingsError):
    """A CHECKS_ setting is unknown or malformed."""


def _string_list(name: str, value: Any, empty: bool = False) -> list[str]:
    ok = isinstance(value, (list, tuple)) and (empty or value)
    if not ok or not all(isinstance(v, str) and v.strip() for v in value):
        raise ChecksSettingsError(f"{name} is {value!r}; expected a list of non-empty strings.")
    return list(value)


def configure(settings: dict[str, Any]) -> None:
    """Fill in the defaults and check every CHECKS_ setting; raise naming the bad one."""
    core.configure(settings, "CHECKS_", DEFAULTS, "checks plugin", ChecksSettingsError)
    keys = _string_list("CHECKS_METADATA_KEYS", settings["CHECKS_METADATA_KEYS"])
    if "title" not in keys:
        raise ChecksSettingsError("CHECKS_METADATA_KEYS must contain 'title': every page needs one.")
    settings["CHECKS_METADATA_KEYS"] = [k.strip().lower() for k in keys]
    settings["CHECKS_OTHER_PATHS"] = [
        p.strip("/") for p in _string_list("CHECKS_OTHER_PATHS", settings["CHECKS_OTHER_PATHS"], empty=True)
    ]
    settings["CHECKS_STATUSES"] = [
        s.strip().lower() for s in _string_list("CHECKS_STATUSES", settings["CHECKS_STATUSES"])
    ]
    for fmt in _string_list("CHECKS_DATE_FORMATS", settings["CHECKS_DATE_FORMATS"]):
        # A format must read back what it writes, or no date could ever pass.
        try:
            ok = datetime.datetime.strptime(SAMPLE.strftime(fmt), fmt).date() == SAMPLE.date()
        except ValueError:
            ok = False
        if not ok:
            raise ChecksSettingsError(
                f"CHECKS_DATE_FORMATS has {fmt!r}, which is not a full date format; "
                "expected strftime codes such as '%Y-%m-%d %H:%M'."
            )
