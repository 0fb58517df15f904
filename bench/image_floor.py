"""How close is the gallery's derivative set to the cheapest possible decode?

Makes N camera-size JPEGs (4000x3000, ~3 MB, with EXIF) in a temporary folder and prints
per-photo CPU milliseconds (medians over the photos) for:
  floor      Pillow decode at 1/8 scale via draft() -- nothing can be cheaper than this
  full       Pillow full-size decode
  hash       SHA-256 of the file bytes (the cache key)
  JPEG set   render_derivatives with the site's plan (GALLERY_* defaults: thumbnail + every
             srcset width)
  + WebP     the same plan with webp=True; "WebP extra" is the difference
and a few alternative plans, each with its ratio to the floor (the benchmark's target for the
site's plan: <= 2.5x). Half the photos are portraits (EXIF orientation 6), as phones store them.

    .venv/bin/python bench/image_floor.py [N] [WIDTHxHEIGHT]     (default: 8 4000x3000)
"""
import hashlib
import io
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tests")]

from PIL import Image  # noqa: E402

from gallery.images import render_derivatives  # noqa: E402
from gallery.settings import DEFAULTS, plan as site_plan  # noqa: E402
from photos import make_photo  # noqa: E402


def cpu_ms(fn, paths):
    times = []
    for p in paths:
        t = time.process_time()
        fn(p)
        times.append((time.process_time() - t) * 1000)
    return statistics.median(times)


def decode(path, scale):
    im = Image.open(io.BytesIO(path.read_bytes()))
    if scale > 1:
        im.draft("RGB", (im.width // scale, im.height // scale))
    im.load()
    return im


def main(n=8, size=(4000, 3000)):
    default = site_plan(DEFAULTS)
    variants = [
        ("default plan (JPEG set)", default),
        ("  progressive", replace(default, progressive=True)),
        ("  baseline, default Huffman", replace(default, optimize=False)),
        ("  resample=lanczos", replace(default, resample="lanczos")),
        ("  lanczos, progressive", replace(default, resample="lanczos", progressive=True)),
        ("  widths 480/800/1200", replace(default, widths=(480, 800, 1200))),
        ("  widths 480/800/1200/1600", replace(default, widths=(480, 800, 1200, 1600))),
        ("default + WebP", replace(default, webp=True)),
        ("default + WebP method 0", replace(default, webp=True, webp_method=0)),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = [make_photo(tmp / f"camera-{i}.jpg", size=size, gps=True,
                            orientation=(1, 6)[i % 2]) for i in range(n)]
        mb = statistics.median(p.stat().st_size for p in paths) / 1e6
        decode(paths[0], 8)  # warm imports and the page cache
        floor = cpu_ms(lambda p: decode(p, 8), paths)
        full = cpu_ms(lambda p: decode(p, 1), paths)
        hashed = cpu_ms(lambda p: hashlib.sha256(p.read_bytes()).digest(), paths)
        print(f"{n} photos {size[0]}x{size[1]}, median {mb:.1f} MB, CPU ms per photo (median)")
        print(f"{'floor: decode at 1/8 (draft)':38} {floor:7.1f}   1.00x")
        print(f"{'full decode':38} {full:7.1f} {full / floor:6.2f}x")
        print(f"{'sha256 of the file':38} {hashed:7.1f} {hashed / floor:6.2f}x")
        measured = {}
        for label, plan in variants:
            out = tmp / f"out-{len(measured)}"
            ms = cpu_ms(lambda p: render_derivatives(p, plan, out), paths)
            kb = sum(f.stat().st_size for f in out.iterdir()) / len(paths) / 1000
            measured[label] = ms
            print(f"{label:38} {ms:7.1f} {ms / floor:6.2f}x  {kb:6.0f} kB/photo")
        jpeg = measured["default plan (JPEG set)"]
        for label, method in (("default + WebP", default.webp_method),
                              ("default + WebP method 0", 0)):
            extra = measured[label] - jpeg
            print(f"{'WebP extra, method %d' % method:38} {extra:7.1f} {extra / floor:6.2f}x")


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    dims = tuple(int(v) for v in sys.argv[2].split("x")) if len(sys.argv) > 2 else (4000, 3000)
    main(count, dims)
