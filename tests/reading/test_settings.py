"""READING_ settings: the default, and a wrong value or name refused with a message."""

from __future__ import annotations

import pytest

from reading.settings import ReadingSettingsError, configure


def test_the_default_is_one_process_per_core():
    settings = {}
    configure(settings)
    assert settings["READING_WORKERS"] == 0


@pytest.mark.parametrize("value", [-1, 1.5, "2", True, None])
def test_a_workers_value_that_is_not_a_whole_number_is_refused(value):
    with pytest.raises(ReadingSettingsError, match=r"READING_WORKERS is .*; expected a whole number"):
        configure({"READING_WORKERS": value})


def test_a_misspelt_setting_is_named_with_the_right_one():
    with pytest.raises(ReadingSettingsError, match="READING_WORKER is not a setting of the reading plugin. "
                                                   "Did you mean READING_WORKERS?"):
        configure({"READING_WORKER": 2})
