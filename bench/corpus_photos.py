"""The photo half of the benchmark corpus: camera-like JPEGs with EXIF, in albums.

Each photo is made once into a cache under bench/scratch/ and hard-linked (or copied) into a
corpus; see bench/corpus.py for the layout.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from corpus_text import make_title, random_datetime, slug_ascii

# Bump when the photo pixels or EXIF change, so stale cached photos are not reused.
GEN_VERSION = 1
DEFAULT_PHOTO_SIZE = (4000, 3000)
ALBUM_SIZE_RANGE = (15, 25)  # photos per album: about 20
JPEG_QUALITY = 92
DEFAULT_CACHE_DIR = Path(__file__).resolve().parent / "scratch" / "photo-cache"

CAMERAS = [
    # make, model, file name pattern ({n}: counter, {t}: capture time)
    ("Canon", "Canon EOS 80D", "IMG_{n:04d}.JPG"),
    ("NIKON CORPORATION", "NIKON D7500", "DSC_{n:04d}.JPG"),
    ("SONY", "ILCE-6400", "DSC{n:05d}.JPG"),
    ("Apple", "iPhone 12", "IMG_{n:04d}.JPG"),
    ("samsung", "SM-G991B", "{t:%Y%m%d_%H%M%S}.jpg"),
]


def album_meta_files(title_sr: str, title_en: str, when: dt.datetime) -> dict[str, str]:
    """The album description files: file name -> text. Only place that knows the format."""
    date = f"Date: {when:%Y-%m-%d %H:%M}\n"
    return {
        "album.sr.md": f"Title: {title_sr}\n{date}",
        "album.en.md": f"Title: {title_en}\n{date}",
    }


def _album(seed: int, k: int) -> dict:
    """Album k: date, titles, camera, folder name (independent of the photo count)."""
    rng = random.Random(f"{seed}-album-{k}")
    when = random_datetime(rng)
    title_en = make_title(rng, "en")
    title_sr = make_title(rng, "sr")
    camera = rng.randrange(len(CAMERAS))
    folder = f"{when:%Y-%m-%d}-" + "-".join(slug_ascii(title_en).split("-")[:3]) + f"-{k + 1:02d}"
    return {"index": k, "when": when, "title_en": title_en, "title_sr": title_sr,
            "camera": camera, "folder": folder}


def _album_sizes(seed: int):
    rng = random.Random(f"{seed}-album-sizes")
    while True:
        yield rng.randint(*ALBUM_SIZE_RANGE)


def album_of(seed: int, index: int) -> tuple[int, int]:
    """(album number, position in the album) of photo `index`."""
    start = 0
    for k, size in enumerate(_album_sizes(seed)):
        if index < start + size:
            return k, index - start
        start += size
    raise AssertionError("unreachable")


def photo_spec(seed: int, index: int) -> dict:
    """Everything about photo `index` but its pixels: file name, EXIF values."""
    k, pos = album_of(seed, index)
    album = _album(seed, k)
    rng = random.Random(f"{seed}-photo-{index}")
    make, model, pattern = CAMERAS[album["camera"]]
    taken = album["when"] + dt.timedelta(minutes=3 * pos, seconds=rng.randrange(1, 170))
    roll = rng.random()
    orientation = 6 if roll < 0.1 else 8 if roll < 0.2 else 1
    gps = None
    if rng.random() < 1 / 3:  # around Niš
        gps = (43.30 + rng.uniform(0, 0.05), 21.87 + rng.uniform(0, 0.06), rng.uniform(190, 260))
    return {
        "index": index, "album": k, "name": pattern.format(n=1000 + index, t=taken),
        "make": make, "model": model, "taken": taken, "orientation": orientation,
        "gps": gps, "noise": rng.uniform(0.078, 0.095), "pixel_seed": rng.getrandbits(64),
    }


def _dms(value: float):
    from PIL.TiffImagePlugin import IFDRational

    deg = int(value)
    minutes_f = (value - deg) * 60
    minutes = int(minutes_f)
    seconds = round((minutes_f - minutes) * 60 * 100)
    return (IFDRational(deg, 1), IFDRational(minutes, 1), IFDRational(seconds, 100))


def _exif(spec: dict):
    from PIL import Image
    from PIL.TiffImagePlugin import IFDRational

    exif = Image.Exif()
    stamp = f"{spec['taken']:%Y:%m:%d %H:%M:%S}"
    exif[0x010F] = spec["make"]
    exif[0x0110] = spec["model"]
    exif[0x0112] = spec["orientation"]
    exif[0x0132] = stamp  # DateTime
    sub = exif.get_ifd(0x8769)  # Exif IFD
    sub[0x9003] = stamp  # DateTimeOriginal
    sub[0x9004] = stamp  # DateTimeDigitized
    sub[0x829A] = IFDRational(1, 125)  # ExposureTime
    sub[0x829D] = IFDRational(56, 10)  # FNumber
    sub[0x8827] = 400  # ISO
    if spec["gps"]:
        lat, lon, alt = spec["gps"]
        gps = exif.get_ifd(0x8825)
        gps[0x0000] = b"\x02\x03\x00\x00"
        gps[0x0001] = "N"
        gps[0x0002] = _dms(lat)
        gps[0x0003] = "E"
        gps[0x0004] = _dms(lon)
        gps[0x0005] = 0
        gps[0x0006] = IFDRational(round(alt * 10), 10)
    return exif


def render_photo(seed: int, index: int, size: tuple[int, int], path: Path) -> Path:
    """Make photo `index` into `path` (atomically)."""
    from PIL import Image, ImageDraw, ImageFilter

    spec = photo_spec(seed, index)
    rng = random.Random(spec["pixel_seed"])
    w, h = size
    sw, sh = max(w // 8, 8), max(h // 8, 8)
    # Scene: a tilted two-colour gradient with blurred shapes, drawn small.
    ramp = Image.linear_gradient("L").rotate(rng.uniform(0, 360), expand=False).resize((sw, sh))
    c1 = tuple(rng.randrange(256) for _ in range(3))
    c2 = tuple(rng.randrange(256) for _ in range(3))
    scene = Image.composite(Image.new("RGB", (sw, sh), c1), Image.new("RGB", (sw, sh), c2), ramp)
    draw = ImageDraw.Draw(scene)
    for _ in range(rng.randint(15, 40)):
        x0, y0 = rng.randrange(sw), rng.randrange(sh)
        box = (x0, y0, x0 + rng.randint(2, sw // 3), y0 + rng.randint(2, sh // 3))
        fill = tuple(rng.randrange(256) for _ in range(3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)(box, fill=fill)
    scene = scene.filter(ImageFilter.GaussianBlur(1.5)).resize((w, h), Image.Resampling.BICUBIC)
    # Sensor-like grain at full resolution keeps the JPEG around 3 MB.
    grain = Image.frombytes("RGB", (w, h), rng.randbytes(w * h * 3))
    image = Image.blend(scene, grain, spec["noise"])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    image.save(tmp, "JPEG", quality=JPEG_QUALITY, exif=_exif(spec))
    os.replace(tmp, path)
    return path


def _cache_folder(seed: int, size: tuple[int, int], cache_dir: Path | None) -> Path:
    root = Path(cache_dir) if cache_dir else DEFAULT_CACHE_DIR
    return root / f"v{GEN_VERSION}-seed{seed}-{size[0]}x{size[1]}"


def _render_job(job):
    seed, index, size, path = job
    return render_photo(seed, index, size, Path(path))


def ensure_photos(seed: int, indices, size=DEFAULT_PHOTO_SIZE, cache_dir=None,
                  jobs: int | None = None) -> dict[int, Path]:
    """Cached file of each photo index, making the missing ones in parallel."""
    folder = _cache_folder(seed, tuple(size), cache_dir)
    paths = {i: folder / f"{i:05d}.jpg" for i in indices}
    missing = [(seed, i, tuple(size), str(p)) for i, p in paths.items() if not p.exists()]
    if missing:
        # Worker processes even for one photo: the caller's memory stays small.
        jobs = max(1, min(jobs or os.cpu_count() or 1, len(missing)))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            list(pool.map(_render_job, missing, chunksize=1))
    return paths


def place_file(src: Path, dst: Path) -> None:
    """Hard-link src to dst, copying when linking is impossible."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def extra_photo(seed: int, index: int, size=DEFAULT_PHOTO_SIZE, cache_dir=None) -> tuple[Path, str]:
    """(cached file, camera file name) of one more photo, e.g. to add to an album."""
    path = ensure_photos(seed, [index], size, cache_dir, jobs=1)[index]
    return path, photo_spec(seed, index)["name"]


def write_galleries(out_dir: Path, photos: int, seed: int, size=DEFAULT_PHOTO_SIZE,
                    cache_dir=None, jobs=None) -> dict:
    galleries = out_dir / "galleries"
    galleries.mkdir(parents=True, exist_ok=True)
    if photos <= 0:
        return {"albums": 0, "photos": 0, "photo_bytes": 0, "rotated": 0, "with_gps": 0}
    cached = ensure_photos(seed, range(photos), size, cache_dir, jobs)
    albums: dict[int, dict] = {}
    total = rotated = with_gps = 0
    for i in range(photos):
        spec = photo_spec(seed, i)
        album = albums.get(spec["album"])
        if album is None:
            album = albums[spec["album"]] = _album(seed, spec["album"])
            folder = galleries / album["folder"]
            folder.mkdir(parents=True, exist_ok=True)
            for name, text in album_meta_files(album["title_sr"], album["title_en"], album["when"]).items():
                (folder / name).write_text(text, encoding="utf-8")
        place_file(cached[i], galleries / album["folder"] / spec["name"])
        total += cached[i].stat().st_size
        rotated += spec["orientation"] != 1
        with_gps += spec["gps"] is not None
    return {"albums": len(albums), "photos": photos, "photo_bytes": total,
            "rotated": rotated, "with_gps": with_gps}
