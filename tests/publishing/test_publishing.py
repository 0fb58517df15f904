"""Atomic publishing and exit status: real `pelican` runs of fixture sites.

A failed, killed or refused build leaves the published output byte-identical;
two builds of one output folder never interleave; no failure prints a
traceback unless it is a bug.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, problem_lines, run_pelican, tree_digest, write_content, write_settings

sys.path.insert(0, str(ROOT / "tests" / "checks"))
from cases import BASE, CASES  # noqa: E402

PLAIN = ("--log-handler", "plain")
MESSAGE = {case.id: case.messages[0] for case in CASES}
BAD = {  # two errors and a warning
    "sr/news/2019-01-01-no-title.md": "Date: 2019-01-01\n\nТекст.\n",
    "en/news/2019-01-02-status.md": "Title: Status\nDate: 2019-01-02\nStatus: live\n\nText.\n",
    "en/news/2019-01-03-key.md": "Title: Key\nDate: 2019-01-03\nGalery: x\n\nText.\n",
}
WARNING_ONLY = {"en/news/2019-01-03-key.md": BAD["en/news/2019-01-03-key.md"]}


def big_site(count: int = 300) -> dict[str, str]:
    """Enough articles for a build to take a second or two."""
    return {
        f"sr/news/2018-01-{n % 28 + 1:02d}-news-{n}.md":
            f"Title: Вест број {n}\nDate: 2018-01-{n % 28 + 1:02d} 12:00\nTags: ознака{n % 10}\n\nТекст вести {n}.\n"
        for n in range(count)
    }


def site(base: Path, files: dict, **settings) -> tuple[Path, Path]:
    write_content(base / "content", files)
    return base / "content", write_settings(base, **settings)


def start(content: Path, output: Path, settings: Path) -> subprocess.Popen:
    # Its own process group: a kill reaches the editions plugin's forked workers too, as a CI timeout would.
    return subprocess.Popen(
        [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", str(settings), *PLAIN],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, start_new_session=True,
        env={**os.environ, "COLUMNS": "200"},
    )


def with_plugin(base: Path, name: str, receiver: str, signal_name: str, **settings) -> Path:
    """Settings for the site's plugins plus a fixture plugin connecting `receiver` (source of
    `def receive(sender): ...`) to a Pelican signal."""
    write_content(base / "plugins" / name, {"__init__.py": (
        f"from pelican import signals\n\n\n{receiver}\n\n\n"
        f"def register():\n    signals.{signal_name}.connect(receive)\n")})
    # Not named like the plugin: Pelican imports a settings file as a module of its file name.
    target = write_settings(base, f"settings_{name}.py", PLUGIN_PATHS=[str(ROOT / "plugins"), str(base / "plugins")],
                            CACHE_PATH=str(base / f"cache-{name}"), **settings)
    with target.open("a", encoding="utf-8") as handle:
        handle.write(f"PLUGINS = PLUGINS + [{name!r}]\n")
    return target


def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def building(output: Path, process: subprocess.Popen) -> Path:
    return output.parent / f"{output.name}.building-{process.pid}"


@pytest.fixture
def published(tmp_path) -> tuple[Path, Path, Path]:
    """A good build of BASE in tmp_path/output: (content, settings, output)."""
    content, settings = site(tmp_path, BASE)
    result = run_pelican(content, tmp_path / "output", settings, *PLAIN)
    assert result.returncode == 0 and problem_lines(result) == [], result.stderr
    return content, settings, tmp_path / "output"


def test_failed_build_leaves_the_published_site_and_prints_no_traceback(published):
    content, settings, output = published
    before = tree_digest(output)
    write_content(content, BAD)
    result = run_pelican(content, output, settings, *PLAIN)
    assert result.returncode == 1
    assert problem_lines(result)[-1] == MESSAGE["failed-build"]
    assert len(problem_lines(result)) == 4 and "Traceback" not in result.stdout + result.stderr
    assert tree_digest(output) == before
    # The same with Pelican's default (rich) log handler.
    rich = run_pelican(content, output, settings)
    assert rich.returncode == 1 and "Traceback" not in rich.stdout + rich.stderr
    assert "build failed: 2 errors, 1 warning" in rich.stdout + rich.stderr
    assert tree_digest(output) == before
    # __pycache__ holds Python's compiled settings.py (absent where PYTHONDONTWRITEBYTECODE is set)
    names = sorted(p.name for p in output.parent.iterdir() if p.name != "__pycache__")
    # The failed build's folder is kept as the next build's spare (publishing/spare.py).
    assert names == [".output.lock", ".output.spare", "cache", "content", "output", "settings.py"], "no leftovers"


def test_fatal_option_keeps_its_meaning_without_a_traceback(published):
    """`--fatal warnings` (as the older tests and scripts pass it) fails on a warning through our summary."""
    content, settings, output = published
    before = tree_digest(output)
    write_content(content, WARNING_ONLY)
    result = run_pelican(content, output, settings, "--fatal", "warnings", *PLAIN)
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    assert problem_lines(result)[-1] == MESSAGE["warnings-in-publish"]
    assert tree_digest(output) == before
    result = run_pelican(content, output, settings, "--fatal", "errors", *PLAIN)
    assert result.returncode == 0, result.stderr
    assert (output / "en" / "news" / "key" / "index.html").exists()


def test_a_bug_still_shows_its_traceback(published, tmp_path):
    """A crash in our code is not a content problem: the summary says so and the traceback stays."""
    content, _, output = published
    before = tree_digest(output)
    settings = with_plugin(tmp_path, "buggy_fixture_plugin",
                           "def receive(generators):\n    raise ValueError('bug in a plugin')",
                           "all_generators_finalized")
    result = run_pelican(content, output, settings, *PLAIN)
    assert result.returncode == 1
    assert ("build failed: an unexpected error in the build (a bug: please report it with the traceback "
            "below); the published site in output/ was not changed") in problem_lines(result)
    assert "Traceback" in result.stderr and "ValueError: bug in a plugin" in result.stderr
    assert tree_digest(output) == before


def test_killed_build_leaves_the_output_and_the_next_build_cleans_up(tmp_path):
    """Catalogue case "killed": SIGKILL halfway, then output/ is byte-identical and the next build cleans up."""
    content, settings = site(tmp_path, {**BASE, **big_site()})
    output = tmp_path / "output"
    assert run_pelican(content, output, settings, *PLAIN).returncode == 0
    before = tree_digest(output)
    write_content(content, {"en/news/2019-05-05-later.md": "Title: Later\nDate: 2019-05-05\n\nText.\n"})
    process = start(content, output, settings)
    half = building(output, process)
    # Kill it while it writes pages: the temporary folder exists and has files.
    wait_for(lambda: (half / "news").is_dir() or process.poll() is not None)
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
    assert process.returncode == -signal.SIGKILL, "the build finished before it could be killed"
    assert tree_digest(output) == before
    assert half.exists()
    result = run_pelican(content, output, settings, *PLAIN)
    assert result.returncode == 0, result.stderr
    assert not half.exists(), "the next build removes what the killed one left"
    assert (output / "en" / "news" / "later" / "index.html").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("output.")] == []


def test_second_build_waits_or_refuses_and_outputs_never_mix(tmp_path):
    # Two content folders side by side (so messages name the output folder output/), one output.
    # The first build holds the output for a while: it has written everything, and waits before
    # publishing, the moment a second build must least barge in.
    first_content, second_content = tmp_path / "content", tmp_path / "second"
    only_first = {"en/news/2019-06-01-first-only.md": "Title: First only\nDate: 2019-06-01\n\nText.\n"}
    write_content(first_content, {**BASE, **only_first})
    write_content(second_content, BASE)
    slow = with_plugin(tmp_path, "slow_fixture_plugin", "def receive(pelican):\n    import time\n    time.sleep(2.5)",
                       "finalized")
    hasty = write_settings(tmp_path, "hasty.py", PUBLISH_LOCK_TIMEOUT=0.5)
    patient = write_settings(tmp_path, "patient.py", PUBLISH_LOCK_TIMEOUT=60)
    output, alone = tmp_path / "output", tmp_path / "alone"
    assert run_pelican(second_content, alone, patient, *PLAIN).returncode == 0

    first = start(first_content, output, slow)
    wait_for(lambda: building(output, first).exists())
    refused = run_pelican(second_content, output, hasty, *PLAIN)
    assert first.poll() is None, "the first build must still be running for this test to mean anything"
    assert refused.returncode == 75
    assert MESSAGE["lock-wait"] in refused.stdout.splitlines()
    assert problem_lines(refused) == [MESSAGE["lock-refused"]]
    assert "Traceback" not in refused.stdout + refused.stderr
    assert first.wait() == 0, first.communicate()
    assert (output / "en" / "news" / "first-only" / "index.html").exists()

    # An edit, so the first build has work to do again (unchanged inputs are not rebuilt).
    write_content(first_content, {"en/news/2019-06-01-first-only.md": "Title: First only\nDate: 2019-06-01\n\nEdited.\n"})
    first = start(first_content, output, slow)
    wait_for(lambda: building(output, first).exists())
    waited = run_pelican(second_content, output, patient, *PLAIN)
    assert first.wait() == 0
    assert waited.returncode == 0, waited.stderr
    assert MESSAGE["lock-wait"] in waited.stdout.splitlines()
    # The later build's site, whole and alone: nothing of the first one is left in it.
    # (.build/ holds each build's own bookkeeping: render keys and the inputs fingerprint)
    def site_files(folder):
        return sorted(name for name in tree_digest(folder) if not name.startswith(".build/"))

    assert site_files(output) == site_files(alone)
    assert not list(output.rglob("first-only"))


def test_leftovers_of_dead_builds_are_removed_and_a_lost_output_restored(published):
    content, settings, output = published
    before = tree_digest(output)
    dead = output.parent / "output.building-999999"
    write_content(dead, {"index.html": "half"})
    # Killed between the two renames of the fallback swap: output/ missing, output.old-<pid> holds the site.
    output.rename(output.parent / "output.old-999998")
    write_content(content, BAD)
    result = run_pelican(content, output, settings, *PLAIN)
    assert result.returncode == 1
    assert tree_digest(output) == before, "the previous site is put back, and a failed build leaves it"
    assert not dead.exists() and not (output.parent / "output.old-999998").exists()


def test_output_retention_is_carried_over(published):
    content, _, output = published
    write_content(output / ".git", {"HEAD": "ref: refs/heads/main\n"})
    settings = write_settings(output.parent, "retain.py", OUTPUT_RETENTION=[".git"])
    assert run_pelican(content, output, settings, *PLAIN).returncode == 0
    assert (output / ".git" / "HEAD").read_text() == "ref: refs/heads/main\n"


def test_serving_is_not_redirected(published):
    """`pelican --listen` (make serve) creates a Pelican instance but no build: OUTPUT_PATH stays."""
    content, settings, output = published
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", str(settings),
         "--print-settings", "OUTPUT_PATH"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and " ".join(result.stdout.split()) == f"OUTPUT_PATH: '{output}'", result.stdout
    assert not list(output.parent.glob("output.building-*"))


def test_swap_exchanges_or_falls_back_to_two_renames(tmp_path, monkeypatch):
    from publishing import output as publish_output

    for exchange in (True, False):
        target, new = tmp_path / f"site-{exchange}", tmp_path / f"site-{exchange}.building-1"
        write_content(target, {"old.html": "old"})
        write_content(new, {"new.html": "new"})
        if not exchange:
            monkeypatch.setattr(publish_output, "_exchange", lambda a, b: False)
        publish_output.publish(str(new), str(target))
        assert sorted(p.name for p in target.iterdir()) == ["new.html"]
        assert not new.exists() and not list(tmp_path.glob(f"site-{exchange}.old-*"))
    publish_output.publish(str(tmp_path / "site-True"), str(tmp_path / "fresh"))  # no previous output
    assert (tmp_path / "fresh" / "new.html").exists()
