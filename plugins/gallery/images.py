"""Pure Pillow image layer of the gallery: one decode per photo, every derivative cascaded from it.

No Pelican here. `render_derivatives` turns one photo into a thumbnail and srcset widths:
- decoded once, JPEGs at the smallest DCT scale that covers the largest output (decoding.py);
- turned upright (EXIF orientation) after the first downscale, on the small image (resizing.py);
- sRGB: a non-sRGB ICC profile is converted, and no profile is embedded (browsers take
  untagged images as sRGB; embedding one would add bytes and is one more thing to strip);
- alpha flattened on white; CMYK, grey, palette and 16-bit input all end as RGB JPEG (colour.py);
- no metadata at all (EXIF, GPS, XMP, IPTC, ICC, comments);
- thumbnail: fills the box and is centre-cropped (thumb_crop=False fits it inside instead);
  never upscaled: a photo smaller than the box gives a smaller thumb of the box's shape;
- named `<ascii stem>-<hash8>-<width>w.jpg` / `-thumb.jpg`, the hash covering bytes, name
  and plan, so a replaced photo gets new names and an unchanged one keeps its own.
The plan and the result types are in plan.py; they are importable from here too.
"""
from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from pathlib import Path

from PIL import Image, ImageCms

from sitecore.files import write_bytes
from sitecore.serbian import TO_ASCII

from . import decoding
from .decoding import read_source
from .plan import Derivative, PhotoError, PhotoResult, Plan
from .resizing import derive, geometry

__all__ = ["Derivative", "PhotoError", "PhotoResult", "Plan", "photo_key", "read_source",
           "render_derivatives", "safe_stem"]
_SERBIAN = str.maketrans(TO_ASCII)  # the slugs' table: "Ђорђе" and "Đorđe" -> "djordje"


def safe_stem(filename: str) -> str:
    """ASCII, URL-safe stem: 'Ниш 1.jpg' -> 'nis-1' (Serbian Cyrillic via its Latin alphabet)."""
    s = unicodedata.normalize("NFKD", Path(filename).stem.lower().translate(_SERBIAN))
    s = re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")
    return s[:60].strip("-") or "photo"


def photo_key(data: bytes, filename: str, plan: Plan) -> str:
    """Content-addressed key: SHA-256 of 3 MB is ~2 ms, the cheapest decode of it ~20 ms."""
    h = hashlib.sha256(data)
    h.update(f"\0{safe_stem(filename)}\0{plan.key()}".encode())
    return h.hexdigest()[:32]


def _encode(im: Image.Image, fmt: str, plan: Plan) -> bytes:
    buf = io.BytesIO()
    # Derived images inherit the source's info and Pillow's JPEG writer re-emits its comment:
    # clear it so no EXIF, XMP, IPTC, ICC or comment reaches a published file.
    im.info = {}
    if fmt == "JPEG":
        im.save(buf, "JPEG", quality=plan.quality, progressive=plan.progressive,
                optimize=plan.optimize)
    else:
        im.save(buf, "WEBP", quality=plan.webp_quality, method=plan.webp_method)
    return buf.getvalue()


def render_derivatives(source_path, plan: Plan = Plan(), out_dir=".", key=None) -> PhotoResult:
    """Decode `source_path` once and write every derivative the plan asks for into `out_dir`.
    `key`: photo_key() of the file, when the caller has hashed it already (the cache has).
    Raises PhotoError for anything an editor has to fix, and then writes no file at all."""
    path, out_dir = Path(source_path), Path(out_dir)
    data = read_source(path)
    key = key or photo_key(data, path.name, plan)
    with decoding.pillow_guards(plan.max_pixels):
        im = decoding.open_photo(path, data, plan.max_pixels)
        jpeg = im.format in decoding.JPEG_FORMATS
        orientation = decoding.orientation(im) if jpeg else 1  # PNG may keep EXIF after the pixels
        geo = geometry(im.size, orientation, plan)
        im = decoding.decode(path, im, geo[5] if jpeg else None)
        if not jpeg:
            orientation = decoding.orientation(im)
            geo = geometry(im.size, orientation, plan)
        icc = im.info.get("icc_profile")
    try:
        made, notes = derive(im, icc, orientation, geo, plan)
        prefix = f"{safe_stem(path.name)}-{key[:8]}"
        encoded = [(kind, img.size, fmt, f"{prefix}-{suffix}.{ext}", _encode(img, fmt, plan))
                   for kind, img, suffix in made
                   for fmt, ext in [("JPEG", "jpg")] + [("WEBP", "webp")] * plan.webp]
    except (MemoryError, ValueError, TypeError, ImageCms.PyCMSError) as e:
        raise PhotoError(path, f"could not process the image ({type(e).__name__}: {e}); "
                               "re-export it as a plain JPEG") from None
    out_dir.mkdir(parents=True, exist_ok=True)
    for *_, name, blob in encoded:  # only once everything is encoded: all or nothing
        write_bytes(out_dir / name, blob)
    outputs = tuple(Derivative(kind, w, h, fmt, name, len(blob))
                    for kind, (w, h), fmt, name, blob in encoded)
    return PhotoResult(str(path), key, geo[0], geo[1], outputs, notes)
