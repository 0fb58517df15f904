"""What the image layer is asked to make of a photo (`Plan`) and what it made (`PhotoResult`).

Plain data, no Pillow: the cache stores results as JSON and the pool pickles them.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

RENDER_VERSION = 1  # bump when the pixels for an unchanged plan change: renames every file
RESAMPLE_FILTERS = ("lanczos", "bicubic", "bilinear")


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
    # force a 1/2-scale decode: measured 5.5x the 1/8-decode floor vs 2.1x for (480, 800, 1000).
    widths: tuple[int, ...] = (480, 800, 1200, 1600)
    thumb_size: tuple[int, int] | None = (400, 300)   # box; None = no thumbnail
    thumb_crop: bool = True      # True: fill the box, centre-crop; False: fit inside the box
    quality: int = 82
    # Baseline, not progressive: progressive encoding took 2.5x the CPU (the JPEG set's 12 ms
    # of ~80 per photo) for files 2-5% smaller on real photos (3% larger on the benchmark's);
    # a browser decodes a baseline file in one pass, a progressive one scan by scan.
    progressive: bool = False
    optimize: bool = True        # Huffman tables per image (libjpeg-turbo does it for progressive)
    webp: bool = False           # an extra .webp per .jpg: +2.5x the JPEG set's CPU
    webp_quality: int = 80
    webp_method: int = 4         # libwebp effort 0-6 (4 is its default; 0 costs 1/4 of it)
    # Bicubic (Pillow's own default for thumbnails) rather than Lanczos: 12% less CPU per photo,
    # a third less on portraits; against Lanczos 38-50 dB PSNR, files 2-3% smaller.
    resample: str = "bicubic"    # one of RESAMPLE_FILTERS
    max_pixels: int = 100_000_000

    def __post_init__(self):
        widths = tuple(sorted({int(w) for w in self.widths}))
        if any(w < 1 for w in widths) or self.resample not in RESAMPLE_FILTERS:
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
