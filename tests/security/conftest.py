"""The escaping tests share one hostile site, built once (hostile.py)."""

from __future__ import annotations

import pytest

from security import hostile


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return hostile.build(tmp_path_factory.mktemp("hostile"))
