"""docs/input-errors.md is the catalogue of cases/, and every case is tested."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import CASES  # noqa: E402
from catalogue import DOC, DOC_SR, render  # noqa: E402


def test_documents_match_the_cases():
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/input-errors.md is out of date: run `.venv/bin/python tests/checks/catalogue.py`")
    assert DOC_SR.read_text(encoding="utf-8") == render(lang="sr"), (
        "docs/greske-unosa.md is out of date: run `.venv/bin/python tests/checks/catalogue.py`")


def test_catalogue_is_complete_and_every_case_is_checked():
    assert len([c for c in CASES if c.topic in ("Markdown", "Publishing")]) >= 20
    assert len({c.id for c in CASES}) == len(CASES), "case ids must be unique"
    for case in CASES:
        assert case.messages and case.level in ("ERROR", "WARNING", "INFO", "—"), case.id
        if case.runner != "build":
            # A case another module checks must be named there (it uses the message from here).
            assert f'"{case.id}"' in (ROOT / case.runner).read_text(encoding="utf-8"), (case.id, case.runner)
