"""One settings helper for every plugin: a misspelt name is refused with a hint, in each of them."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from checks import settings as checks
from deploy import settings as deploy
from devserver import reload as devserver
from editions import settings as editions
from gallery import settings as gallery
from publishing import settings as publishing
from reading import settings as reading
from sitecore import settings as core

# (configure, error class, a misspelt name, the name it should suggest); configure takes the dict.
PLUGINS = [
    (checks.configure, checks.ChecksSettingsError, "CHECKS_STATUS", "CHECKS_STATUSES"),
    (deploy.configure, deploy.DeploySettingsError, "DEPLOY_ROBOT", "DEPLOY_ROBOTS"),
    (publishing.configure, publishing.PublishingSettingsError, "PUBLISH_LOCK_TIMOUT", "PUBLISH_LOCK_TIMEOUT"),
    (reading.configure, reading.ReadingSettingsError, "READING_WORKER", "READING_WORKERS"),
    (lambda s: gallery.configure(SimpleNamespace(settings=s)), gallery.GallerySettingsError,
     "GALLERY_WIDHTS", "GALLERY_WIDTHS"),
    (lambda s: editions.configure(SimpleNamespace(settings=s)), editions.EditionsSettingsError,
     "EDITIONS_UNTRANSLATD", "EDITIONS_UNTRANSLATED"),
    (lambda s: devserver.configure(SimpleNamespace(settings=s)), devserver.DevserverSettingsError,
     "DEVSERVER_RELAOD", "DEVSERVER_RELOAD"),
]


@pytest.mark.parametrize("configure, error, misspelt, meant", PLUGINS, ids=[p[2] for p in PLUGINS])
def test_every_plugin_refuses_a_misspelt_setting_and_names_the_right_one(configure, error, misspelt, meant):
    with pytest.raises(error) as raised:
        configure({misspelt: 1, "STATIC_EXCLUDES": []})
    message = str(raised.value)
    assert message.startswith(f"{misspelt} is not a setting of the ")
    assert f" Did you mean {meant}? Its settings: " in message
    assert isinstance(raised.value, core.SettingsError) and raised.value.exitcode == 1


def test_a_name_far_from_every_setting_gets_no_guess():
    with pytest.raises(core.SettingsError) as raised:
        core.check_names({"DEMO_ZZZZZZZZ": 1}, "DEMO_", {"DEMO_WIDTH": 1}, "demo plugin", core.SettingsError)
    assert str(raised.value) == "DEMO_ZZZZZZZZ is not a setting of the demo plugin. Its settings: DEMO_WIDTH."


def test_names_the_build_sets_itself_pass_but_are_not_offered():
    settings = {"DEMO_LIST": [], "DEMO_WIDTH": 2}
    core.configure(settings, "DEMO_", {"DEMO_WIDTH": 1, "DEMO_TAGS": []}, "demo plugin", core.SettingsError,
                   internal=("DEMO_LIST",))
    assert settings == {"DEMO_LIST": [], "DEMO_WIDTH": 2, "DEMO_TAGS": []}


def test_defaults_are_copies():
    defaults = {"DEMO_TAGS": ["a"], "DEMO_NAMES": {"sr": "x"}}
    first, second = {}, {}
    core.fill_defaults(first, defaults)
    first["DEMO_TAGS"].append("b")
    first["DEMO_NAMES"]["en"] = "y"
    core.fill_defaults(second, defaults)
    assert second == {"DEMO_TAGS": ["a"], "DEMO_NAMES": {"sr": "x"}}
