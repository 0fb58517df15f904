"""One settings fingerprint, shared by the up-to-date check and the render keys."""

from __future__ import annotations

import datetime

from editions import incremental
from publishing import uptodate
from sitecore.fingerprint import digest, settings_fingerprint

SETTINGS = {"SITENAME": "Кластер кућа", "DEFAULT_PAGINATION": 10, "TAGS": ["a", "b"],
            "DEFAULT_DATE": datetime.date(2018, 1, 26), "JINJA_FILTERS": {"f": print}}


def test_order_and_the_build_folders_do_not_count():
    again = dict(reversed(list(SETTINGS.items())), OUTPUT_PATH="/tmp/x.building-1", PUBLISH_PREVIOUS_OUTPUT="/y")
    assert settings_fingerprint(again) == settings_fingerprint(SETTINGS)


def test_every_plain_value_counts_dates_included():
    for key, value in [("SITENAME", "Cluster House"), ("TAGS", ["a"]), ("DEFAULT_DATE", datetime.date(2018, 1, 27)),
                       ("NEW_SETTING", None)]:
        assert settings_fingerprint({**SETTINGS, key: value}) != settings_fingerprint(SETTINGS), key


def test_parts_are_kept_apart():
    assert digest("ab", "c") != digest("a", "bc")


def test_both_caches_call_the_same_function(tmp_path):
    assert incremental.settings_digest is settings_fingerprint
    base = {"PATH": str(tmp_path), **SETTINGS}
    assert uptodate.fingerprint(base) != uptodate.fingerprint({**base, "DEFAULT_DATE": datetime.date(2019, 1, 1)})
