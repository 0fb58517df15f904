"""The publish gate holds with Pelican's reader cache: a warning about a source comes back on
every build while the source is unchanged, so `make html` then `make publish` (one cache)
fails the second build too and leaves the published site as it was."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT, problem_lines, run_pelican, tree_digest, write_content, write_settings

sys.path.insert(0, str(ROOT / "tests" / "checks"))
from cases import BASE, CASES, FAILED  # noqa: E402

PLAIN = ("--log-handler", "plain")
MESSAGE = {case.id: case.messages[0] for case in CASES}
CASE = {case.id: case for case in CASES}

# A warning Pelican's HTML reader logs while it parses (so the cache would hide it), and our
# own tag check, which runs on every read.
READER_WARNING = {"en/pages/about.html": (
    '<html><head><title>About</title><meta content="no name"></head><body><p>About us.</p></body></html>\n')}


@pytest.mark.parametrize("case_id", ["tag-without-letters", "category-without-letters", "html-meta-without-name"])
def test_a_cached_source_warns_on_every_build(tmp_path, case_id):
    """Catalogue case "cached-warning", with our own check and with one of Pelican's readers."""
    case = CASE.get(case_id)
    files = READER_WARNING if case is None else case.files
    content, output = tmp_path / "content", tmp_path / "output"
    write_content(content, {**BASE, **files})
    html = write_settings(tmp_path, "settings_html.py")
    publish = write_settings(tmp_path, "settings_publish.py", PUBLISH_FAIL_ON_WARNINGS=True)

    first = run_pelican(content, output, html, *PLAIN)
    assert first.returncode == 0, first.stderr
    warned = problem_lines(first)
    before = tree_digest(output)
    assert (tmp_path / "cache" / "ArticlesGenerator-Readers").exists(), "the reader cache is in use"

    second = run_pelican(content, output, publish, *PLAIN)  # same cache: the sources are not parsed again
    assert second.returncode == 1, second.stderr
    assert problem_lines(second) == [*warned, FAILED.format(what="1 warning (warnings fail this build)")]
    assert tree_digest(output) == before
    third = run_pelican(content, output, write_settings(tmp_path, "settings_again.py", SITENAME="Again"), *PLAIN)
    assert problem_lines(third) == warned, "and again, from the cache"
    if case is not None:
        assert warned == list(case.messages)
        pages = [p.read_text(encoding="utf-8") for p in output.rglob("*.html")]
        for term in ("tag", "category"):  # no page at tag/ itself, no link to tag//
            assert pages and not any(f"{term}//" in page or f"/{term}/\"" in page for page in pages)
            assert not (output / term / "index.html").exists()
    else:  # Pelican's own words, with the file's absolute path
        assert len(warned) == 1 and "about.html does not have a 'name' attribute" in warned[0], warned


def test_another_pelican_release_is_refused_until_the_replay_is_checked_against_it(monkeypatch):
    """The replay reaches into Pelican's Readers: a release it was not checked with stops the build."""
    import pelican

    from publishing import replay

    class Readers:  # what replay.install looks at, as Pelican 4.12 has it
        reader_classes = {}

        def get_cached_data(self, path, default=None):
            return default

        def cache_data(self, path, data):
            pass

    replay.install(Readers())  # the release under test is accepted
    monkeypatch.setattr(pelican, "__version__", "5.0.0")
    with pytest.raises(RuntimeError, match="parts of Pelican 4.12 .* this is Pelican 5.0.0"):
        replay.install(Readers())


def test_a_cache_compressed_by_an_earlier_setting_is_dropped_without_a_warning(tmp_path):
    """GZIP_CACHE was on once: Pelican would warn that it cannot read the old cache, which
    fails `make publish`; the build removes that cache first and starts empty."""
    content, output = tmp_path / "content", tmp_path / "output"
    write_content(content, BASE)
    compressed = write_settings(tmp_path, "settings_gzip.py", GZIP_CACHE=True)
    first = run_pelican(content, output, compressed, *PLAIN)
    assert first.returncode == 0, first.stderr
    cache = tmp_path / "cache" / "ArticlesGenerator-Readers"
    assert cache.read_bytes()[:2] == b"\x1f\x8b", "written compressed"
    publish = write_settings(tmp_path, "settings_publish.py", PUBLISH_FAIL_ON_WARNINGS=True)
    second = run_pelican(content, output, publish, *PLAIN)
    assert second.returncode == 0, second.stdout + second.stderr
    assert problem_lines(second) == []
    assert cache.read_bytes()[:2] != b"\x1f\x8b", "written again, plain"
