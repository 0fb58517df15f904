"""GALLERY_* settings: defaults, and a wrong value named at start-up."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tests")]

from gallery import generator, settings  # noqa: E402
from gallery.images import Plan  # noqa: E402


def configured(**overrides):
    pelican = SimpleNamespace(settings={"STATIC_EXCLUDES": [], **overrides})
    settings.configure(pelican)
    return pelican.settings


def test_defaults_make_the_measured_plan():
    conf = configured()
    assert settings.plan(conf) == Plan(widths=(480, 800, 1000), thumb_size=(400, 300), webp=False)
    assert conf["STATIC_EXCLUDES"] == ["galleries"]  # originals never copied as static files
    assert conf["GALLERY_ORIGINALS"] is False and conf["GALLERY_WEBP"] is False


@pytest.mark.parametrize("key, value, message", [
    ("GALLERY_WIDHTS", (480,), "GALLERY_WIDHTS is not a setting of the gallery plugin. Did you mean "
                               "GALLERY_WIDTHS? Its settings: GALLERY_PATH,"),
    ("GALLERY_WIDTHS", (480, 0), "GALLERY_WIDTHS is (480, 0); expected a list of positive whole numbers"),
    ("GALLERY_THUMB_SIZE", (400,), "GALLERY_THUMB_SIZE is (400,); expected 2 positive whole numbers"),
    ("GALLERY_QUALITY", 101, "GALLERY_QUALITY is 101; expected a whole number from 1 to 100."),
    ("GALLERY_WEBP", "yes", "GALLERY_WEBP is 'yes'; expected True or False."),
    ("GALLERY_PATH", "../photos", "GALLERY_PATH is '../photos'; expected a relative folder"),
    ("GALLERY_IMAGES_PATH", "/srv/images", "GALLERY_IMAGES_PATH is '/srv/images'; expected a relative folder"),
    ("GALLERY_EAGER", -1, "GALLERY_EAGER is -1; expected a whole number, 0 or more."),
    ("GALLERY_INDEX_TITLES", ["Галерије"], "GALLERY_INDEX_TITLES is ['Галерије']; expected a dict"),
    ("GALLERY_WORKERS", 0, "GALLERY_WORKERS is 0; expected None (one per core)"),
])
def test_a_bad_setting_is_named(key, value, message):
    with pytest.raises(settings.GallerySettingsError) as error:
        configured(**{key: value})
    assert str(error.value).startswith(message)


def test_gallery_must_come_before_editions():
    with pytest.raises(settings.GallerySettingsError, match="PLUGINS lists 'gallery' after 'editions'"):
        generator.get_generators(SimpleNamespace(settings={"PLUGINS": ["editions", "gallery"]}))
    assert generator.get_generators(SimpleNamespace(settings={"PLUGINS": ["gallery", "editions"]})) \
        is generator.GalleryGenerator
