"""Pure Pillow image layer of the gallery: one decode per photo, every derivative cascaded from it.

No Pelican here. `render_derivatives` turns one photo into a thumbnail and srcset widths:
- decoded once, JPEGs at the smallest DCT scale that covers the largest output;
- turned upright (EXIF orientation) after the first downscale, on the small image;
- sRGB: a non-sRGB ICC profile is converted, and no profile is embedded (browsers take
  untagged images as sRGB; embedding one would add bytes and is one more thing to strip);
- alpha flattened on white; CMYK, grey, palette and 16-bit input all end as RGB JPEG;
- no metadata at all (EXIF, GPS, XMP, IPTC, ICC, comments);
- thumbnail: fills the box and is centre-cropped (thumb_crop=False fits it inside instead);
  never upscaled: a photo smaller than the box gives a smaller thumb of the box's shape;
- named `<ascii stem>-<hash8>-<width>w.jpg` / `-thumb.jpg`, the hash covering bytes, name
  and plan, so a replaced photo gets new names and an unchanged one keeps its own.
"""
from __future__ import annotations

import hashlib
import io
import json
import math
import re
import unicodedata
import warnings
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageCms, ImageFile

from sitecore.files import write_bytes
from sitecore.serbian import TO_ASCII

RENDER_VERSION = 1  # bump when the pixels for an unchanged plan change: renames every file
# Decode accounting for tests: `_decode`, the one function that decodes, bumps the counter and
# calls the hook as hook(path, stored_size, decoded_size).
DECODES = 0
DECODE_HOOK = None
_AGAIN = "export or copy the photo again"
_SMALLER = "scale it down to at most 6000 px on the long side and export it again"
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"heim", b"heis", b"hevx", b"mif1", b"msf1"}
_HEIC = ("HEIC/HEIF photos (the iPhone default) are not supported: export the photo as JPEG "
         "(on the iPhone: Settings > Camera > Formats > Most Compatible) and replace the file")
_UNKNOWN = ("this is not an image file Pillow can read (its content is not JPEG or PNG, "
            "whatever the name says): export the photo again as JPEG and replace the file")

ACCEPTED_FORMATS = frozenset({"JPEG", "MPO", "PNG", "WEBP"})  # MPO: phones' multi-picture JPEG
_JPEG = frozenset({"JPEG", "MPO"})
_RESAMPLE = {"lanczos": Image.Resampling.LANCZOS, "bicubic": Image.Resampling.BICUBIC,
             "bilinear": Image.Resampling.BILINEAR}
# EXIF orientation -> the transpose that makes the stored pixels upright (EXIF 2.3, tag 0x0112).
_TRANSPOSE = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
              4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
              6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
              8: Image.Transpose.ROTATE_90}
_SERBIAN = str.maketrans(TO_ASCII)  # the slugs' table: "Ђорђе" and "Đorđe" -> "djordje"


class PhotoError(Exception):
    """A photo that cannot be published; `message` says what is wrong and what to do."""

    def __init__(self, path, message):
        super().__init__(str(path), message)  # both in args: survives pickling across processes
        self.path, self.message = str(path), message

    def __str__(self):
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Plan:
    """What to make of each photo. Everything except max_pixels is part of the output names."""
    # srcset widths, never upscaled. Above 1/4 of the photo's width (1000 for 12 MP) they
    # force a 1/2-scale decode: measured 7.8x the 1/8-decode floor vs 2.9x for (480, 800, 1000).
    widths: tuple[int, ...] = (480, 800, 1200, 1600)
    thumb_size: tuple[int, int] | None = (400, 300)   # box; None = no thumbnail
    thumb_crop: bool = True      # True: fill the box, centre-crop; False: fit inside the box
    quality: int = 82
    progressive: bool = True     # +20% CPU over optimized baseline for ~3% smaller files
    optimize: bool = True        # baseline only: libjpeg-turbo always optimizes progressive
    webp: bool = False           # an extra .webp per .jpg: +1.7x the JPEG set's CPU
    webp_quality: int = 80
    webp_method: int = 4         # libwebp effort 0-6 (4 is its default; 0 costs 1/4 of it)
    resample: str = "lanczos"    # lanczos | bicubic | bilinear
    max_pixels: int = 100_000_000

    def __post_init__(self):
        widths = tuple(sorted({int(w) for w in self.widths}))
        if any(w < 1 for w in widths) or self.resample not in _RESAMPLE:
            raise ValueError(f"bad plan: widths={self.widths!r} resample={self.resample!r}")
        if not widths and not self.thumb_size:
            raise ValueError("plan asks for nothing: give widths or a thumb_size")
        object.__setattr__(self, "widths", widths)
        if self.thumb_size:
            object.__setattr__(self, "thumb_size", tuple(int(v) for v in self.thumb_size))

    def key(self) -> str:
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "max_pixels"}
        return json.dumps({**data, "version": RENDER_VERSION}, sort_keys=True)


@dataclass(frozen=True)
class Derivative:
    kind: str      # "thumb" | "display"
    width: int
    height: int
    format: str    # "JPEG" | "WEBP"
    name: str      # file name, relative to the output folder
    bytes: int


@dataclass(frozen=True)
class PhotoResult:
    source: str
    key: str       # content + name + plan hash; the first 8 hex digits are in every name
    width: int     # upright size of the original
    height: int
    outputs: tuple[Derivative, ...]
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> PhotoResult:
        return cls(**{**d, "outputs": tuple(Derivative(**o) for o in d["outputs"]),
                      "warnings": tuple(d.get("warnings", ()))})

    def thumb(self, fmt: str = "JPEG") -> Derivative | None:
        return next((o for o in self.outputs if o.kind == "thumb" and o.format == fmt), None)

    def srcset(self, fmt: str = "JPEG") -> str:
        shown = sorted((o for o in self.outputs if o.kind == "display" and o.format == fmt),
                       key=lambda o: o.width)
        return ", ".join(f"{o.name} {o.width}w" for o in shown)


def safe_stem(filename: str) -> str:
    """ASCII, URL-safe stem: 'Ниш 1.jpg' -> 'nis-1' (Serbian Cyrillic via its Latin alphabet)."""
    s = unicodedata.normalize("NFKD", Path(filename).stem.lower().translate(_SERBIAN))
    s = re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")
    return s[:60].strip("-") or "photo"


def read_source(path) -> bytes:
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise PhotoError(path, f"cannot read the file ({e.strerror or e}); check that it "
                               "exists and is readable") from None
    if not data:
        raise PhotoError(path, f"the file is empty (0 bytes): the copy or upload failed; {_AGAIN}")
    return data


def photo_key(data: bytes, filename: str, plan: Plan) -> str:
    """Content-addressed key: SHA-256 of 3 MB is ~2 ms, the cheapest decode of it ~20 ms."""
    h = hashlib.sha256(data)
    h.update(f"\0{safe_stem(filename)}\0{plan.key()}".encode())
    return h.hexdigest()[:32]


@contextmanager
def _pillow_guards(max_pixels):
    # Pillow's truncation and bomb switches are process-global; pin them for this decode so
    # another plugin flipping LOAD_TRUNCATED_IMAGES cannot make us publish a half-grey photo.
    saved = ImageFile.LOAD_TRUNCATED_IMAGES, Image.MAX_IMAGE_PIXELS
    ImageFile.LOAD_TRUNCATED_IMAGES, Image.MAX_IMAGE_PIXELS = False, max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # we raise ourselves
            yield
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES, Image.MAX_IMAGE_PIXELS = saved


def _open(path, data: bytes, max_pixels: int) -> Image.Image:
    """Header only: format and size checks happen before a single pixel is decoded."""
    try:
        im = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as e:
        raise PhotoError(path, f"the image is far too large ({e}); {_SMALLER}") from None
    except Image.UnidentifiedImageError:
        heic = data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS
        raise PhotoError(path, _HEIC if heic else _UNKNOWN) from None
    except (OSError, SyntaxError, ValueError) as e:
        raise PhotoError(path, f"the image header is damaged ({e}); {_AGAIN}") from None
    if im.format not in ACCEPTED_FORMATS:
        raise PhotoError(path, f"{im.format} files are not supported: export the photo as "
                               "JPEG (or PNG for graphics) and replace the file")
    w, h = im.size
    if w * h > max_pixels:
        raise PhotoError(path, f"the image is {w}x{h} ({w * h / 1e6:.0f} MP), above the "
                               f"{max_pixels / 1e6:.0f} MP limit; {_SMALLER}")
    return im


def _decode(path, im: Image.Image, request) -> Image.Image:
    """The only place pixels are decoded. For JPEG, draft() lets libjpeg decode at the largest
    DCT scale (1/2, 1/4, 1/8) that still covers `request`, skipping most of the IDCT work."""
    global DECODES
    full = im.size
    if request and im.format in _JPEG:
        im.draft("RGB", request)  # L/CMYK stay as they are; only the scale applies
    DECODES += 1
    try:
        im.load()
    except (OSError, SyntaxError, ValueError, EOFError) as e:
        raise PhotoError(path, "the file is cut short (an incomplete upload or copy); copy the "
                               "original photo again" if "truncated" in str(e) else
                         f"the image data is damaged ({e}); {_AGAIN}") from None
    if DECODE_HOOK:
        DECODE_HOOK(path, full, im.size)
    return im


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(0x0112)
    except Exception:  # a broken EXIF block must not lose the photo: treat it as upright
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _geometry(stored, orientation, plan):
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


def _working_mode(im: Image.Image) -> Image.Image:
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


def _to_srgb(im: Image.Image, icc: bytes | None) -> tuple[Image.Image, tuple[str, ...]]:
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


def render_derivatives(source_path, plan: Plan = Plan(), out_dir=".") -> PhotoResult:
    """Decode `source_path` once and write every derivative the plan asks for into `out_dir`.
    Raises PhotoError for anything an editor has to fix, and then writes no file at all."""
    path, out_dir = Path(source_path), Path(out_dir)
    data = read_source(path)
    key = photo_key(data, path.name, plan)
    with _pillow_guards(plan.max_pixels):
        im = _open(path, data, plan.max_pixels)
        jpeg = im.format in _JPEG
        orientation = _orientation(im) if jpeg else 1  # PNG may keep EXIF after the pixels
        geo = _geometry(im.size, orientation, plan)
        im = _decode(path, im, geo[5] if jpeg else None)
        if not jpeg:
            orientation = _orientation(im)
            geo = _geometry(im.size, orientation, plan)
        icc = im.info.get("icc_profile")
    try:
        made, notes = _derive(im, icc, orientation, geo, plan)
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


def _derive(im, icc, orientation, geo, plan):
    """[(kind, image, name suffix)]: thumbnail, then display widths small to large."""
    W, H, widths, thumb, base, _ = geo
    resample = _RESAMPLE[plan.resample]
    im = _working_mode(im)
    stored_base = base[::-1] if orientation >= 5 else base
    if im.size != stored_base:  # first downscale, from the DCT-scaled decode
        im = im.resize(stored_base, resample, reducing_gap=3.0)
    im, notes = _to_srgb(im, icc)
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
