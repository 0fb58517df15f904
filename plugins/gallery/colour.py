"""Colour of the derivatives: every one ends as plain RGB in sRGB, alpha flattened on white."""
from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageCms


def working_mode(im: Image.Image) -> Image.Image:
    """Modes resize() handles, alpha kept for now (premultiplied resize, flattened later)."""
    if im.mode in ("L", "LA", "RGB", "RGBA", "CMYK"):
        return im
    if im.mode in ("P", "PA"):
        return im.convert("RGBA" if im.mode == "PA" or "transparency" in im.info else "RGB")
    if im.mode.startswith("I") or im.mode == "F":  # 16-bit grey PNG: scale, do not clip
        return im.convert("I").point(lambda v: v / 257).convert("L")
    return im.convert("RGBA" if "A" in im.getbands() else "RGB")


@lru_cache(maxsize=32)
def _srgb_transform(icc: bytes, mode: str):
    """A transform to sRGB, or None when the profile is sRGB already (pixels stay as they are).
    'Is sRGB' is measured, not guessed from the name: 125 colours must round-trip within 2."""
    src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    space = src.profile.xcolor_space.strip()
    if {"L": "GRAY", "RGB": "RGB", "CMYK": "CMYK"}.get(mode) != space:
        raise ValueError(f"a {space} colour profile on a {mode} image")
    transform = ImageCms.buildTransform(src, ImageCms.createProfile("sRGB"), mode, "RGB")
    if mode == "RGB":
        levels = range(0, 256, 63)
        probe = Image.frombytes("RGB", (125, 1), bytes(
            v for r in levels for g in levels for b in levels for v in (r, g, b)))
        if max(abs(a - b) for a, b in zip(probe.tobytes(), transform.apply(probe).tobytes())) <= 2:
            return None
    return transform


def to_srgb(im: Image.Image, icc: bytes | None) -> tuple[Image.Image, tuple[str, ...]]:
    """Flatten alpha on white, convert a non-sRGB profile to sRGB, end as plain RGB."""
    notes = ()
    if im.mode in ("RGBA", "LA"):
        flat = Image.new(im.mode[:-1], im.size, "white")
        flat.paste(im, mask=im.getchannel("A"))
        im = flat
    if icc:
        try:
            transform = _srgb_transform(icc, im.mode)
            if transform:
                im = transform.apply(im)
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError) as e:
            notes = (f"the embedded colour profile is unusable ({e}); colours used as they are",)
    return (im if im.mode == "RGB" else im.convert("RGB")), notes
