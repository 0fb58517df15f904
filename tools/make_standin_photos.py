"""Stand-in photos for the albums of the Danish ambassador's visit (26 January 2018).

The real photos are not in the repository yet. These are drawn, clearly marked
"STAND-IN PHOTO / ЗАМЕНСКА ФОТОГРАФИЈА" with the album and file name, and camera-like, so
the gallery shows and tests what real ones will go through: EXIF Make, Model and
DateTimeOriginal; IMG_5473.jpg is a portrait shot stored sideways with Orientation 6;
IMG_5591.jpg carries a GPS position (the build must strip both).

Same seed, same pictures. Run once, commit the result; replace a file with the real photo
of the same name when it arrives:

    .venv/bin/python tools/make_standin_photos.py [--out content/galleries] [--seed 2018]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from PIL import ExifTags, Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
FONT = "DejaVuSans-Bold.ttf"  # has Cyrillic; Pillow finds it among the system's fonts
SIZE = (1600, 1200)  # upright landscape; portrait photos are SIZE turned
# album folder -> [(file name, time taken, portrait, gps)]
PHOTOS = {
    "2018-01-26-nisava-district": [("IMG_5022.jpg", "10:05:12", False, False),
                                   ("IMG_5303.jpg", "10:41:37", False, False)],
    "2018-01-26-leskovac-business-school": [("IMG_5459.jpg", "12:08:54", False, False),
                                            ("IMG_5473.jpg", "12:14:20", True, False)],
    "2018-01-26-leskovac-city": [("IMG_5591.jpg", "13:32:05", False, True)],
}
LESKOVAC = ((42.0, 59.0, 52.3), (21.0, 56.0, 44.8))  # N, E: the city centre


def _font(size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        raise SystemExit("needs the DejaVu fonts (Debian: apt-get install fonts-dejavu-core)") from None


def draw_scene(size, rng: random.Random, album: str, name: str) -> Image.Image:
    """A meeting room: wall and window, a long table, people as simple figures, a banner."""
    w, h = size
    im = Image.new("RGB", size)
    d = ImageDraw.Draw(im)
    wall = tuple(rng.randrange(150, 215) for _ in range(3))
    for y in range(h):  # wall with a soft vertical gradient, floor below
        shade = 1 - 0.25 * y / h
        d.line([(0, y), (w, y)], fill=tuple(int(c * shade) for c in wall))
    d.rectangle([0, int(h * 0.72), w, h], fill=(92, 70, 52))
    wx = rng.randrange(w // 10, w // 2)
    d.rectangle([wx, h // 10, wx + w // 4, h // 2], fill=(170, 205, 235), outline=(240, 240, 240), width=10)
    for _ in range(rng.randrange(4, 8)):  # people behind the table
        x, top = rng.randrange(w // 12, w - w // 12), int(h * rng.uniform(0.38, 0.48))
        r = h // 18
        colour = tuple(rng.randrange(20, 120) for _ in range(3))
        d.ellipse([x - r, top - 2 * r, x + r, top], fill=(224, 182, 150))
        d.rounded_rectangle([x - 2 * r, top, x + 2 * r, int(h * 0.8)], radius=r, fill=colour)
    d.rectangle([w // 16, int(h * 0.6), w - w // 16, int(h * 0.68)], fill=(120, 85, 60))
    d.rectangle([w // 16, int(h * 0.68), w - w // 16, int(h * 0.72)], fill=(90, 62, 45))
    # the mark: nobody may take this for a photo of the event
    band = [0, int(h * 0.06), w, int(h * 0.06) + h // 5]
    d.rectangle(band, fill=(180, 20, 20))
    mark = "STAND-IN PHOTO / ЗАМЕНСКА ФОТОГРАФИЈА"
    big = _font(max(16, w // 26))
    big = _font(int(big.size * min(1.0, 0.92 * w / d.textlength(mark, font=big))))  # fit the width
    d.text((w // 2, band[1] + h // 20), mark, font=big, fill="white", anchor="mm")
    small = _font(max(12, w // 48))
    d.text((w // 2, band[1] + h // 7), f"{album} · {name}", font=small, fill="white", anchor="mm")
    # again on the table front, which a centre-cropped thumbnail of a portrait photo keeps
    d.text((w // 2, int(h * 0.64)), mark, font=small, fill="white", anchor="mm")
    return im


def camera_exif(name: str, time: str, orientation: int | None, gps: bool) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Model] = "Canon EOS 600D"
    exif[ExifTags.Base.Software] = "tools/make_standin_photos.py"
    exif[ExifTags.Base.ImageDescription] = f"Stand-in for {name}, not a photo of the event"
    exif[ExifTags.Base.DateTime] = f"2018:01:26 {time}"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.DateTimeOriginal] = f"2018:01:26 {time}"
    if gps:
        g = exif.get_ifd(ExifTags.IFD.GPSInfo)
        g[ExifTags.GPS.GPSLatitudeRef], g[ExifTags.GPS.GPSLatitude] = "N", LESKOVAC[0]
        g[ExifTags.GPS.GPSLongitudeRef], g[ExifTags.GPS.GPSLongitude] = "E", LESKOVAC[1]
    return exif


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "content" / "galleries")
    parser.add_argument("--seed", type=int, default=2018)
    args = parser.parse_args()
    total = 0
    for album, photos in PHOTOS.items():
        for name, time, portrait, gps in photos:
            rng = random.Random(f"{args.seed}-{album}-{name}")
            upright = draw_scene(SIZE[::-1] if portrait else SIZE, rng, album, name)
            # A camera held upright stores the picture sideways and says so in the EXIF:
            # Orientation 6 = turn 90° clockwise to show it.
            stored = upright.transpose(Image.Transpose.ROTATE_90) if portrait else upright
            target = args.out / album / name
            target.parent.mkdir(parents=True, exist_ok=True)
            stored.save(target, "JPEG", quality=80, optimize=True,
                        exif=camera_exif(name, time, 6 if portrait else None, gps).tobytes())
            total += target.stat().st_size
            print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: "
                  f"{stored.width}x{stored.height}, {target.stat().st_size // 1024} kB")
    print(f"{total / 1e6:.2f} MB in all")


if __name__ == "__main__":
    main()
