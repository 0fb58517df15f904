"""The sizes of every derivative and the resize cascade that makes them from one decode."""
from __future__ import annotations

import math

from PIL import Image

from .colour import to_srgb, working_mode

_RESAMPLE = {"lanczos": Image.Resampling.LANCZOS, "bicubic": Image.Resampling.BICUBIC,
             "bilinear": Image.Resampling.BILINEAR}
# EXIF orientation -> the transpose that makes the stored pixels upright (EXIF 2.3, tag 0x0112).
_TRANSPOSE = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
              4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
              6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
              8: Image.Transpose.ROTATE_90}


def geometry(stored, orientation, plan):
    """Sizes, all upright: W, H of the original; display widths (largest first, clamped to W);
    thumb = ((crop w, crop h) in original pixels, (out w, out h), scale); base = the first,
    largest image needed; request = base in stored orientation (for draft)."""
    W, H = (stored[1], stored[0]) if orientation >= 5 else stored
    widths = tuple(sorted({min(w, W) for w in plan.widths}, reverse=True))
    scale = widths[0] / W if widths else 0.0
    thumb = None
    if plan.thumb_size:
        tw, th = plan.thumb_size
        if not plan.thumb_crop:
            cw, ch = W, H
        elif W * th <= H * tw:
            cw, ch = W, W * th / tw     # taller than the box: crop top and bottom
        else:
            cw, ch = H * tw / th, H     # wider than the box: crop the sides
        k = min(1.0, tw / cw, th / ch)  # never upscale: a small photo gives a smaller thumb
        thumb = ((cw, ch), (max(1, round(cw * k)), max(1, round(ch * k))), k)
        scale = max(scale, k)
    base = (max(1, round(W * scale)), max(1, round(H * scale)))
    req = (min(W, math.ceil(W * scale)), min(H, math.ceil(H * scale)))
    return W, H, widths, thumb, base, req[::-1] if orientation >= 5 else req


def derive(im, icc, orientation, geo, plan):
    """[(kind, image, name suffix)]: thumbnail, then display widths small to large."""
    W, H, widths, thumb, base, _ = geo
    resample = _RESAMPLE[plan.resample]
    im = working_mode(im)
    stored_base = base[::-1] if orientation >= 5 else base
    if im.size != stored_base:  # first downscale, from the DCT-scaled decode
        im = im.resize(stored_base, resample, reducing_gap=3.0)
    im, notes = to_srgb(im, icc)
    if orientation in _TRANSPOSE:  # on the small image, never the full-size one
        im = im.transpose(_TRANSPOSE[orientation])
    # Cascade: each width is made from the previous, larger one (fewest pixels to filter).
    made, current = [], im
    for w in widths:
        size = (w, max(1, round(H * w / W)))
        if current.size != size:
            current = current.resize(size, resample)
        made.append(("display", current, f"{w}w"))
    made.reverse()
    if thumb:
        (cw, ch), size, k = thumb
        # the smallest image made so far that still holds the crop at thumbnail resolution
        src = min((m for m in [im] + [m[1] for m in made] if m.width >= W * k - 1e-6),
                  key=lambda m: m.width)
        f = src.width / W
        box = ((W - cw) / 2 * f, (H - ch) / 2 * f, (W + cw) / 2 * f, (H + ch) / 2 * f)
        made.insert(0, ("thumb", src.resize(size, resample, box=box), "thumb"))
    return made, notes
