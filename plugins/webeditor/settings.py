"""Settings of the web editor (WEB_EDITOR_*): defaults and validation, like every plugin's."""

from __future__ import annotations

from typing import Any

from sitecore import settings as core

BACKENDS = ("github", "gitea")
DEFAULTS: dict[str, Any] = {
    # The interface language of Decap CMS (its own locale names; sr_Cyrl is Serbian Cyrillic).
    "WEB_EDITOR_LOCALE": "sr_Cyrl",
    # Where a production editor commits: None = no production editor (`make web-editor` refuses);
    # e.g. {"name": "github", "repo": "owner/site", "branch": "main"} or, for Gitea,
    # {"name": "gitea", "repo": "owner/site", "branch": "main", "base_url": "https://git.example.org",
    #  "api_root": "https://git.example.org/api/v1", "app_id": "..."}. See docs/web-editor.md.
    "WEB_EDITOR_BACKEND": None,
    # The port of the local backend (decap-server) that `make devserver` starts beside the site.
    "WEB_EDITOR_PROXY_PORT": 8081,
}
# Set by the code that writes the admin folder, never by an editor.
INTERNAL = ("WEB_EDITOR_ROOT", "WEB_EDITOR_LOCAL")
BACKEND_KEYS = ("name", "repo", "branch", "base_url", "api_root", "app_id", "auth_endpoint")


class WebEditorSettingsError(core.SettingsError):
    """A WEB_EDITOR_* setting is unknown or malformed."""


def _fail(key: str, value: Any, expected: str) -> None:
    raise WebEditorSettingsError(f"{key} is {value!r}; expected {expected}.")


def validate(settings: dict) -> dict:
    """Fill the defaults and check every WEB_EDITOR_* setting; returns the settings."""
    core.configure(settings, "WEB_EDITOR_", DEFAULTS, "web editor", WebEditorSettingsError, INTERNAL)
    locale = settings["WEB_EDITOR_LOCALE"]
    if not isinstance(locale, str) or not locale.replace("_", "").isalpha():
        _fail("WEB_EDITOR_LOCALE", locale, "a Decap CMS locale such as 'sr_Cyrl' or 'en'")
    port = settings["WEB_EDITOR_PROXY_PORT"]
    if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
        _fail("WEB_EDITOR_PROXY_PORT", port, "a port number such as 8081")
    backend = settings["WEB_EDITOR_BACKEND"]
    if backend is not None:
        example = "{'name': 'github', 'repo': 'owner/site', 'branch': 'main'}"
        if not isinstance(backend, dict) or backend.get("name") not in BACKENDS or "/" not in str(backend.get("repo", "")):
            _fail("WEB_EDITOR_BACKEND", backend, f"None or a dict such as {example}")
        unknown = sorted(set(backend) - set(BACKEND_KEYS))
        if unknown:
            _fail("WEB_EDITOR_BACKEND", backend, f"only the keys {', '.join(BACKEND_KEYS)} (not {', '.join(unknown)})")
    return settings
