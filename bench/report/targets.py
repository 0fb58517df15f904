"""The targets of the engine work, checked as ratios between peers measured in the same run.

The small-size targets are checked at the smallest size run (1,000 articles in a
full run), the large-size ones at the largest when more than one size ran
(10,000 in a full run); a single size of 10,000 or more gets the large-size ones
only. Each target names the size it was checked at.
"""

from __future__ import annotations

SMALL_EDIT_S = 0.5
SMALL_NOCHANGE_S = 0.25
COLD_VS_I18N = 0.5
LARGE_EDIT_S = 1.0
LARGE_PEAK_MB = 1024.0
PHOTO_FLOOR_RATIO = 2.5
LARGE_FROM = 10_000  # a single size this large is checked against the large-size targets


def fmt(value, unit="", digits=2):
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.{digits}f}{unit}"
    return f"{value}{unit}"


def verdict(value, limit) -> str:
    if value is None or limit is None:
        return "n/a"
    return "met" if value <= limit else "NOT met"


def _scaled(value, factor):
    return value * factor if value is not None else None


def targets(sizes: list[dict]) -> list[tuple[str, str, str]]:
    """(target, measured, verdict) rows from the per-size summaries, smallest size first."""
    small = sizes[0] if sizes[0]["articles"] < LARGE_FROM else None
    large = sizes[-1] if sizes[-1] is not small and (len(sizes) > 1 or small is None) else None
    rows = [] if small else [("the small-size targets (1000 articles)", "not run", "n/a")]
    if small:
        rows += _small(small)
    if large:
        rows += _large(large)
    else:
        rows.append(("the large-size targets (10000 articles)", "not run: one size only", "n/a"))
    with_photos = next((s for s in sizes if s["photos"] > 0), sizes[0])
    draft = with_photos["floor_draft_ms"]
    rows.append((f"photo CPU per photo ≤ {PHOTO_FLOOR_RATIO} × the 1/8 draft-decode floor",
                 f"{fmt(with_photos['photo_cpu_ms'], ' ms', 1)} vs "
                 f"{fmt(_scaled(draft, PHOTO_FLOOR_RATIO), ' ms', 1)}",
                 verdict(with_photos["photo_cpu_ms"], _scaled(draft, PHOTO_FLOOR_RATIO))))
    return rows


def _edit_row(n: str, fig: dict, limit: float) -> tuple[str, str, str]:
    return (f"{n}: one-article edit ≤ {limit} s", fmt(fig.get("ours_edit"), " s"),
            verdict(fig.get("ours_edit"), limit))


def _cold_row(n: str, size: dict) -> tuple[str, str, str]:
    """Our cold build (articles only) against half of Pelican + i18n_subsites' in the same run."""
    peer = _scaled(size["figures"].get("i18n_cold"), COLD_VS_I18N)
    return (f"{n}: cold build (articles only) ≤ {COLD_VS_I18N} × Pelican + i18n_subsites cold",
            f"{fmt(size['articles_cold'], ' s')} vs {fmt(peer, ' s')}", verdict(size["articles_cold"], peer))


def _small(small: dict) -> list[tuple[str, str, str]]:
    n, fig = f"{small['articles']} articles", small["figures"]
    return [
        _edit_row(n, fig, SMALL_EDIT_S),
        (f"{n}: one-article edit faster than Hugo's full rebuild after the same edit",
         f"{fmt(fig.get('ours_edit'), ' s')} vs {fmt(fig.get('hugo_edit'), ' s')}",
         verdict(fig.get("ours_edit"), fig.get("hugo_edit"))),
        _cold_row(n, small),
        (f"{n}: nothing changed ≤ {SMALL_NOCHANGE_S} s", fmt(fig.get("ours_nochange"), " s"),
         verdict(fig.get("ours_nochange"), SMALL_NOCHANGE_S)),
    ]


def _large(large: dict) -> list[tuple[str, str, str]]:
    n, fig = f"{large['articles']} articles", large["figures"]
    return [
        _edit_row(n, fig, LARGE_EDIT_S),
        _cold_row(n, large),
        (f"{n}: peak memory ≤ 1 GB", fmt(large["peak_mb"].get("ours"), " MB", 0),
         verdict(large["peak_mb"].get("ours"), LARGE_PEAK_MB)),
    ]
