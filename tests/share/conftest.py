"""The share tests' small site (share_site.py), built once for the structured-data and identity
tests. This folder goes on the import path: `share` is the plugin's name (plugins/share)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).parent))

import share_site  # noqa: E402


@pytest.fixture(scope="session")
def share_built(tmp_path_factory):
    return share_site.build(tmp_path_factory.mktemp("share"))
