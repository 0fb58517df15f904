"""The figures of one corpus size: medians of the samples, counts, peaks and ratios between peers."""

from __future__ import annotations

from measure import median, peak_mb

PEERS = ("ours", "stock", "i18n", "hugo")


def ratio(x, y):
    return x / y if x is not None and y else None


def summarise(b) -> dict:
    """Medians of every sample key of Bench b, and the figures derived from them."""

    def stat(key, field="wall"):
        return median([s.get(field) for s in b.samples.get(key, []) if s.get("ok")])

    def peak(prefix):
        vals = [peak_mb(s) for k, ss in b.samples.items() if k.startswith(prefix) for s in ss if s.get("ok")]
        return max(vals) if vals else None

    fig = {k: stat(k) for k in b.samples}
    cpu = {k: stat(k, "cpu") for k in b.samples}
    floor = next((s.get("floor") for s in b.samples.get("floor", []) if s.get("ok")), None)
    html = {peer: median(b.extra.get(f"{peer}_html", [])) for peer in PEERS}
    images = median(b.extra.get("ours_images", [])) if b.photos > 0 else None
    photo_cpu_ms = add_photo_cpu_ms = None
    if b.photos > 0 and images and None not in (cpu.get("ours_cold"), cpu.get("ours_cold_nophotos")):
        photo_cpu_ms = (cpu["ours_cold"] - cpu["ours_cold_nophotos"]) / b.photos * 1000
    if images and None not in (cpu.get("ours_add_photo"), cpu.get("ours_nochange")):
        add_photo_cpu_ms = (cpu["ours_add_photo"] - cpu["ours_nochange"]) * 1000
    # Without photos our cold build is an articles-only build: the figure the peers compare with.
    articles_key = "ours_cold_nophotos" if b.photos > 0 else "ours_cold"
    articles_cold = fig.get(articles_key)
    floor_draft = floor.get("draft_cpu_ms") if floor else None
    r = {
        "articles": b.articles, "photos": b.photos, "runs": b.runs,
        "figures": fig, "cpu": cpu, "floor": floor, "html": html, "ours_images": images,
        "articles_cold": articles_cold, "articles_cold_cpu": cpu.get(articles_key),
        "photo_cpu_ms": photo_cpu_ms, "add_photo_cpu_ms": add_photo_cpu_ms, "floor_draft_ms": floor_draft,
        "peak_mb": {peer: peak(peer + "_") for peer in PEERS},
        "pages_per_s": ratio(html["ours"], fig.get("ours_cold")),
        "images_per_s": ratio(images, fig.get("ours_cold")) if images else None,
        "stock_pages_per_s": ratio(html["stock"], fig.get("stock_cold")),
    }
    r["ratios"] = {
        "cold (ours, all content) / stock cold":
            ratio(fig.get("ours_cold"), fig.get("stock_cold")) if b.photos > 0 else None,
        "cold (ours, articles only) / stock cold": ratio(articles_cold, fig.get("stock_cold")),
        "cold (ours, articles only) / i18n_subsites cold": ratio(articles_cold, fig.get("i18n_cold")),
        "cold (ours, articles only) / Hugo cold": ratio(articles_cold, fig.get("hugo_cold")),
        "no-change rebuild, ours / stock": ratio(fig.get("ours_nochange"), fig.get("stock_nochange")),
        "no-change rebuild, ours / i18n_subsites": ratio(fig.get("ours_nochange"), fig.get("i18n_nochange")),
        "no-change rebuild, ours / Hugo": ratio(fig.get("ours_nochange"), fig.get("hugo_nochange")),
        "one-edit rebuild, ours / stock": ratio(fig.get("ours_edit"), fig.get("stock_edit")),
        "one-edit rebuild, ours / i18n_subsites": ratio(fig.get("ours_edit"), fig.get("i18n_edit")),
        "one-edit rebuild, ours / Hugo (a full rebuild)": ratio(fig.get("ours_edit"), fig.get("hugo_edit")),
        "photo CPU per photo, ours / draft-decode floor": ratio(photo_cpu_ms, floor_draft),
        "photo CPU per photo, ours / full-decode floor":
            ratio(photo_cpu_ms, floor.get("full_cpu_ms") if floor else None),
    }
    return r
