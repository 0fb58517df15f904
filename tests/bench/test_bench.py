"""The benchmark's own logic: its options, the peer corpus for i18n_subsites, the targets' verdicts.

No build is run here: the benchmark is run by `make bench`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402
import run  # noqa: E402
from parts import common, hugo, i18n  # noqa: E402
from report import targets  # noqa: E402


def test_sizes_and_runs_pair_up_and_the_last_run_count_repeats():
    a = run.parse_args(["--sizes", "10000,1000", "--runs", "4"])
    assert a.sizes == (1000, 10000) and a.runs == [4, 4]
    default = run.parse_args([])
    assert default.sizes == (1000, 10000) and default.runs == [5, 3]
    assert run.parse_args(["--articles", "200"]).sizes == (200,)
    with pytest.raises(SystemExit):
        run.parse_args(["--sizes", "1000,lots"])


def test_the_peer_corpus_pairs_each_translation_by_one_slug(tmp_path):
    corpus.write_corpus(tmp_path / "master", articles=40, photos=0, seed=3)
    i18n.peer_corpus(tmp_path / "master", tmp_path / "peer")
    heads = {}
    for path in (tmp_path / "peer").rglob("*.md"):
        lines = path.read_text(encoding="utf-8").splitlines()
        heads[path.relative_to(tmp_path / "peer")] = dict(line.split(": ", 1) for line in lines[:2])
    pairs = [p for p in heads if p.parts[0] == "sr" and Path("en", *p.parts[1:]) in heads]
    assert pairs, "the corpus has translated pairs"
    for sr in pairs:
        en = Path("en", *sr.parts[1:])
        assert heads[sr]["Slug"] == heads[en]["Slug"]
        assert (heads[sr]["Lang"], heads[en]["Lang"]) == ("sr", "en")
    slugs = [(h["Lang"], h["Slug"]) for h in heads.values()]
    assert len(slugs) == len(set(slugs)), "no two files of one language share a slug"


def test_every_peer_gets_the_same_edit(tmp_path):
    corpus.write_corpus(tmp_path / "master", articles=40, photos=0, seed=3)
    hugo.make_hugo_site(tmp_path / "master", tmp_path / "hugo")
    ours = common.edit_article(tmp_path / "master")
    theirs = common.edit_article(tmp_path / "hugo" / "content")
    assert ours.relative_to(tmp_path / "master") == theirs.relative_to(tmp_path / "hugo" / "content")
    assert theirs.read_text(encoding="utf-8").endswith(common.EDIT_SENTENCE)


def summary(articles, edit, hugo_edit, cold, i18n_cold, nochange=0.1, peak=500.0, photos=0):
    return {"articles": articles, "photos": photos, "articles_cold": cold, "peak_mb": {"ours": peak},
            "photo_cpu_ms": None, "floor_draft_ms": None,
            "figures": {"ours_edit": edit, "hugo_edit": hugo_edit, "ours_nochange": nochange,
                        "i18n_cold": i18n_cold}}


def test_targets_are_ratios_of_peers_measured_in_the_same_run():
    rows = targets([summary(1000, 0.4, 0.3, 1.0, 2.5), summary(10000, 0.9, 2.0, 6.0, 11.0, peak=1100.0)])
    verdicts = {name: verdict for name, _, verdict in rows}
    assert verdicts["1000 articles: one-article edit ≤ 0.5 s"] == "met"
    assert verdicts["1000 articles: one-article edit faster than Hugo's full rebuild after the same edit"] \
        == "NOT met"
    assert verdicts["1000 articles: cold build (articles only) ≤ 0.5 × Pelican + i18n_subsites cold"] == "met"
    assert verdicts["10000 articles: cold build (articles only) ≤ 0.5 × Pelican + i18n_subsites cold"] \
        == "NOT met"
    assert verdicts["10000 articles: peak memory ≤ 1 GB"] == "NOT met"
    assert verdicts["photo CPU per photo ≤ 2.5 × the 1/8 draft-decode floor"] == "n/a"


def test_one_size_leaves_the_large_targets_unmeasured():
    rows = targets([summary(1000, 0.4, None, 1.0, None)])
    verdicts = {name: verdict for name, _, verdict in rows}
    assert verdicts["1000 articles: one-article edit faster than Hugo's full rebuild after the same edit"] == "n/a"
    assert not any(name.startswith("10000 articles") for name in verdicts)


def test_a_single_large_size_is_held_to_the_large_targets_only():
    rows = targets([summary(10000, 0.9, 2.0, 6.0, 11.0)])
    verdicts = {name: verdict for name, _, verdict in rows}
    assert verdicts["10000 articles: one-article edit ≤ 1.0 s"] == "met"
    assert not any(name.startswith("10000 articles: one-article edit ≤ 0.5") for name in verdicts)
