"""The web editor's configuration, made from the site's settings (plugins/webeditor), its admin
folder, its settings' validation, the devserver serving it, and its absence from `make html`."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

import pytest
from bs4 import BeautifulSoup
from pelican.settings import read_settings

from conftest import ROOT
from webeditor import admin, config, settings as editor_settings


@pytest.fixture(scope="module")
def settings():
    found = read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(ROOT / "content")})
    return editor_settings.validate({**found, "WEB_EDITOR_ROOT": str(ROOT), "WEB_EDITOR_LOCAL": True})


@pytest.fixture(scope="module")
def folder(settings, tmp_path_factory):
    return admin.write(settings, str(tmp_path_factory.mktemp("admin") / "admin"))


def _without_events(settings):
    return {**settings, "PLUGINS": [name for name in settings["PLUGINS"] if name != "events"]}


def test_collections_follow_the_editions_folders_and_galleries(settings):
    made = {c["name"]: c for c in config.cms_config(_without_events(settings))["collections"]}
    assert list(made) == ["news_sr", "pages_sr", "news_en", "pages_en", "albums", "captions"]
    assert made["news_sr"]["folder"] == "content/sr/news" and made["pages_en"]["folder"] == "content/en/pages"
    assert made["news_sr"]["label"] == "Вести (српски)"
    assert made["albums"]["folder"] == "content/galleries" and made["albums"]["path"] == "{{slug}}/album"
    assert made["albums"]["media_folder"] == "" and made["captions"]["extension"] == "txt"
    fields = [f["name"] for f in made["news_en"]["fields"]]
    assert fields == ["title", "date", "tags", "summary", "gallery", "cover", "slug", "file", "body"]
    assert {c["format"] for c in made.values()} == {"pelican", "pelican-captions"}


def test_the_configuration_follows_the_settings(settings):
    other = {**settings, "EDITIONS_CATEGORY_NAMES": {"news": {"sr": "Вести"}, "events": {"sr": "Догађаји", "en": "Events"}},
             "WEB_EDITOR_LOCALE": "en"}
    made = config.cms_config(other)
    names = [c["name"] for c in made["collections"]]
    assert names[:3] == ["news_sr", "events_sr", "pages_sr"] and "events_en" in names
    assert made["locale"] == "en" and made["collections"][1]["label"] == "Догађаји (Serbian)"
    assert made["i18n"] == {"structure": "multiple_files", "locales": ["sr", "en"], "default_locale": "sr"}


def test_event_fields_come_with_the_events_plugin(settings):
    plain = config.cms_config(_without_events(settings))["collections"][0]
    assert not [f for f in plain["fields"] if f["name"].startswith("event-")]
    with_events = config.cms_config({**settings, "PLUGINS": [*_without_events(settings)["PLUGINS"], "events"]})["collections"]
    names = [f["name"] for f in with_events[0]["fields"]]
    assert names[names.index("cover") + 1:names.index("slug")] == [
        "event-start", "event-end", "event-place", "event-address", "event-organiser", "event-registration",
        "event-status"]
    assert "event-start" in [f["name"] for f in with_events[1]["fields"]]  # pages too


def test_local_and_production_backends(settings):
    assert config.backend(settings) == {"name": "proxy", "proxy_url": "http://127.0.0.1:8081/api/v1"}
    github = {"name": "github", "repo": "owner/site", "branch": "main"}
    assert config.backend({**settings, "WEB_EDITOR_LOCAL": False, "WEB_EDITOR_BACKEND": github}) == github


@pytest.mark.parametrize("name, value, expected", [
    ("WEB_EDITOR_BACKEND", {"name": "gitlab", "repo": "a/b"}, "WEB_EDITOR_BACKEND is {'name': 'gitlab'"),
    ("WEB_EDITOR_BACKEND", {"name": "github", "repo": "a/b", "token": "x"}, "not token"),
    ("WEB_EDITOR_PROXY_PORT", "8081", "WEB_EDITOR_PROXY_PORT is '8081'; expected a port number"),
    ("WEB_EDITOR_LOCALES", "sr", "Did you mean WEB_EDITOR_LOCALE?"),
])
def test_bad_settings_are_named(settings, name, value, expected):
    with pytest.raises(editor_settings.WebEditorSettingsError, match=re.escape(expected)):
        editor_settings.validate({**settings, name: value})


def test_admin_page_loads_only_its_own_files(folder):
    page = BeautifulSoup(open(f"{folder}/index.html", encoding="utf-8").read(), "html.parser")
    scripts = [s.get("src") for s in page.find_all("script")]
    assert scripts == ["decap-cms.js", "pelican-format.js", "site-editor.js"]
    assert all(not s.string for s in page.find_all("script")) and not page.find_all("style")
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    for name in [*scripts, "site.css", "config.yml"]:
        assert (ROOT / "admin" / name).exists() or open(f"{folder}/{name}", "rb").read()
    assert json.loads(open(f"{folder}/config.yml", encoding="utf-8").read())["locale"] == "sr_Cyrl"
    assert open(f"{folder}/site.css", "rb").read() == (ROOT / "theme/static/css/site.css").read_bytes()
    assert not [n for n in __import__("os").listdir(folder) if n.endswith(".map")]


def test_devserver_serves_admin_and_nothing_beside_it(folder, tmp_path):
    from devserver import watch

    (tmp_path / "index.html").write_text("site", encoding="utf-8")
    server = watch.serve(str(tmp_path), "127.0.0.1", 0, folder)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with urllib.request.urlopen(f"{base}/admin/") as answer:
            assert b'rel="cms-config-url"' in answer.read()
        with urllib.request.urlopen(f"{base}/admin/config.yml") as answer:
            assert answer.headers["Content-Type"] == "text/yaml"
        with urllib.request.urlopen(f"{base}/") as answer:
            assert answer.read() == b"site"
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"{base}/admin/%2e%2e/%2e%2e/pelicanconf.py")
    finally:
        server.shutdown()
        server.server_close()


def test_make_html_has_no_admin(content_site):
    assert content_site.returncode == 0, content_site.log
    assert not (content_site.output / "admin").exists()


def test_make_web_editor_refuses_without_a_backend_and_writes_one_with_it(tmp_path):
    import subprocess
    import sys

    tool = [sys.executable, str(ROOT / "tools" / "web_editor.py"), str(tmp_path / "admin")]
    refused = subprocess.run(tool, capture_output=True, text=True)
    assert refused.returncode == 2 and "WEB_EDITOR_BACKEND is None" in refused.stderr
    assert not (tmp_path / "admin").exists()
    settings = tmp_path / "settings.py"
    settings.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom publishconf import *\n"
                        "WEB_EDITOR_BACKEND = {'name': 'gitea', 'repo': 'klaster/sajt', 'branch': 'main', "
                        "'base_url': 'https://git.example.org', 'app_id': 'abc'}\n", encoding="utf-8")
    written = subprocess.run([*tool, "-s", str(settings)], capture_output=True, text=True)
    assert written.returncode == 0, written.stderr
    made = json.loads((tmp_path / "admin" / "config.yml").read_text(encoding="utf-8"))
    assert made["backend"] == {"name": "gitea", "repo": "klaster/sajt", "branch": "main",
                               "base_url": "https://git.example.org", "app_id": "abc"}
    assert made["collections"][0]["folder"] == "content/sr/news"
    assert (tmp_path / "admin" / "decap-cms.js").exists()
