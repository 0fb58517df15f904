"""The CHECKS_ and PUBLISH_ settings are validated, naming the bad one (in-process, no build)."""

from __future__ import annotations

import pytest

from checks.settings import ChecksSettingsError, configure as configure_checks
from sitecore.dates import date_examples
from publishing.settings import PublishingSettingsError, configure as configure_publishing


def test_defaults_are_filled_in_and_normalised():
    settings = {"CHECKS_STATUSES": ["Published", "Draft"], "GALLERY_PATH": "galleries"}
    configure_checks(settings)
    assert settings["CHECKS_STATUSES"] == ["published", "draft"]
    assert "gallery" in settings["CHECKS_METADATA_KEYS"] and "title" in settings["CHECKS_METADATA_KEYS"]
    assert date_examples(settings["CHECKS_DATE_FORMATS"]) == "'2018-01-26', '2018-01-26 12:00' or '2018-01-26 12:00:00'"
    publishing = {}
    configure_publishing(publishing)
    assert publishing == {"PUBLISH_FAIL_ON_WARNINGS": False, "PUBLISH_LOCK_TIMEOUT": 60}


@pytest.mark.parametrize("settings, message", [
    ({"CHECKS_DATE_FORMATS": ["%d.%m."]}, "CHECKS_DATE_FORMATS has '%d.%m.', which is not a full date format"),
    ({"CHECKS_METADATA_KEYS": ["date"]}, "CHECKS_METADATA_KEYS must contain 'title'"),
    ({"CHECKS_STATUSES": "published"}, "CHECKS_STATUSES is 'published'; expected a list of non-empty strings."),
    ({"CHECKS_OTHER_PATHS": [""]}, "CHECKS_OTHER_PATHS is ['']; expected a list of non-empty strings."),
])
def test_bad_checks_settings_are_named(settings, message):
    with pytest.raises(ChecksSettingsError) as error:
        configure_checks(settings)
    assert str(error.value).startswith(message)


@pytest.mark.parametrize("settings, message", [
    ({"PUBLISH_FAIL_ON_WARNINGS": "yes"}, "PUBLISH_FAIL_ON_WARNINGS is 'yes'; expected True or False."),
    ({"PUBLISH_LOCK_TIMEOUT": -1}, "PUBLISH_LOCK_TIMEOUT is -1; expected a number of seconds (0 or more)."),
])
def test_bad_publishing_settings_are_named(settings, message):
    with pytest.raises(PublishingSettingsError) as error:
        configure_publishing(settings)
    assert str(error.value) == message
