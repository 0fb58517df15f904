"""Every case of the catalogue (cases/), built as a real site.

For each bad input: the exact messages, the exit status, and that the rest of
the site is intact: after an error the previously published output is
byte-identical; after a warning the other pages are still built, and the same
input under `make publish` settings fails without touching the output.
"""

from __future__ import annotations

import os
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import ROOT, problem_lines, run_pelican, tree_digest, write_content, write_settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import BASE, BASE_URLS, CASES, FAILED  # noqa: E402

BUILD_CASES = [case for case in CASES if case.runner == "build"]
PLAIN = ("--log-handler", "plain")


def _count(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> Path:
    """The base site, built once: the 'previously published' output every case starts from."""
    base = tmp_path_factory.mktemp("published")
    write_content(base / "content", BASE)
    result = run_pelican(base / "content", base / "output", write_settings(base), *PLAIN)
    assert result.returncode == 0 and problem_lines(result) == [], result.stdout + result.stderr
    return base / "output"


# Folders of the project a case may put links in, each with the setting that names it: the
# case's site gets its own copy, so the project's folder is never touched.
COPIED = {"theme": "THEME", "plugins": "PLUGIN_PATHS", "translations": "EDITIONS_CATALOG_PATH"}


def _make_links(base: Path, links: dict) -> dict:
    """Make the case's symbolic links; return the settings that point at copied folders."""
    settings = {}
    for path, target in links.items():
        top = path.split("/")[0]
        if top in COPIED and COPIED[top] not in settings:
            shutil.copytree(ROOT / top, base / top, ignore=shutil.ignore_patterns("__pycache__"))
            settings[COPIED[top]] = [str(base / top)] if top == "plugins" else str(base / top)
        (base / path).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, base / path)
    return settings


def _build_case(base: Path, published: Path, case) -> dict:
    content, output = base / "content", base / "output"
    write_content(content, BASE)
    write_content(content, case.files)
    conf = {**case.settings, **_make_links(base, case.links)}
    shutil.copytree(published, output)
    outcome = {"output": output, "before": tree_digest(output)}
    outcome["html"] = run_pelican(content, output, write_settings(base, **conf), *PLAIN)
    outcome["after_html"] = tree_digest(output)
    if case.level == "WARNING":
        settings = write_settings(base, "publish.py", PUBLISH_FAIL_ON_WARNINGS=True, **conf)
        outcome["publish"] = run_pelican(content, output, settings, *PLAIN)
        outcome["after_publish"] = tree_digest(output)
    return outcome


@pytest.fixture(scope="session")
def outcomes(request, tmp_path_factory, published) -> dict:
    """The selected cases (all, unless -k chose some) built up front, a few at a time: each
    build is a separate process."""
    chosen = {item.callspec.id for item in request.session.items
              if getattr(item, "callspec", None) and item.originalname == "test_case"}
    cases = [case for case in BUILD_CASES if case.id in chosen]
    bases = {case.id: tmp_path_factory.mktemp(case.id) for case in cases}
    with ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2))) as pool:
        futures = {case.id: pool.submit(_build_case, bases[case.id], published, case) for case in cases}
        return {case_id: future.result() for case_id, future in futures.items()}


@pytest.mark.parametrize("case", BUILD_CASES, ids=[c.id for c in BUILD_CASES])
def test_case(case, outcomes):
    outcome = outcomes[case.id]
    html = outcome["html"]
    log = html.stdout + html.stderr
    assert "Traceback" not in log, log
    assert html.returncode == case.exits[0], log
    lines = problem_lines(html)
    if case.level == "ERROR":
        expected = list(case.messages)
        if case.files or case.links:  # a settings error stops before the build, with no summary
            what = _count(len(case.messages) - case.warnings, "error")
            what += f", {_count(case.warnings, 'warning')}" if case.warnings else ""
            expected.append(FAILED.format(what=what))
        assert lines == expected, log
        assert outcome["after_html"] == outcome["before"], "a failed build changed the published output"
        return
    assert lines == list(case.messages), log
    for url in (*BASE_URLS, *case.published):
        assert (outcome["output"] / url / "index.html").exists(), f"{url} was not built next to a warning"
    publish = outcome["publish"]
    assert "Traceback" not in publish.stdout + publish.stderr
    assert publish.returncode == case.exits[1], publish.stderr
    summary = FAILED.format(what=f"{_count(len(case.messages), 'warning')} (warnings fail this build)")
    assert problem_lines(publish) == [*case.messages, summary]
    assert outcome["after_publish"] == outcome["after_html"], "a failed publish changed the output"
