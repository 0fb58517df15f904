"""Photo factory for the tests: camera-like photos made by code, and broken files.

The picture is upright-recognisable: four coloured quadrants (red top-left, green top-right,
blue bottom-left, yellow bottom-right) and a white marker square in the top-left corner,
plus mild noise so JPEGs have camera-like sizes (a 4000x3000 one at quality 90 is ~3 MB).
`size` is always the UPRIGHT size: with orientation 5-8 the stored pixels are size swapped.
"""
from __future__ import annotations

import random
import struct
import tempfile
import zlib
from pathlib import Path

from PIL import ExifTags, Image, ImageChops, ImageCms, ImageDraw, ImageStat, PngImagePlugin

QUADRANTS = {"tl": (220, 40, 40), "tr": (40, 170, 70), "bl": (40, 70, 210), "br": (230, 200, 50)}
MARKER = (255, 255, 255)
XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
       b'22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
       b'dc:creator="Secret Photographer"/></rdf:RDF></x:xmpmeta>')


def stored_position(x, y, size, orientation):
    """Stored (column, row) of the upright pixel (x, y), straight from the EXIF 2.3 table
    ("0th row is the visual ..., 0th column is the visual ...") -- independent of Pillow."""
    W, H = size
    table = {1: (x, y), 2: (W - 1 - x, y), 3: (W - 1 - x, H - 1 - y), 4: (x, H - 1 - y),
             5: (y, x), 6: (y, W - 1 - x), 7: (H - 1 - y, W - 1 - x), 8: (H - 1 - y, x)}
    return table[orientation]


def _stored_rect(rect, size, orientation):
    """The stored pixels [x0, y0, x1, y1] (inclusive) of an upright rectangle (exclusive end)."""
    x0, y0, x1, y1 = rect
    a = stored_position(x0, y0, size, orientation)
    b = stored_position(x1 - 1, y1 - 1, size, orientation)
    return [min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])]


def _picture(size, orientation, noise):
    W, H = size
    stored = (H, W) if orientation >= 5 else (W, H)
    im = Image.new("RGB", stored)
    draw = ImageDraw.Draw(im)
    m = max(1, min(W, H) // 6)
    rects = [((0, 0, W // 2, H // 2), QUADRANTS["tl"]), ((W // 2, 0, W, H // 2), QUADRANTS["tr"]),
             ((0, H // 2, W // 2, H), QUADRANTS["bl"]), ((W // 2, H // 2, W, H), QUADRANTS["br"]),
             ((0, 0, m, m), MARKER)]
    for rect, colour in rects:  # each upright rectangle drawn where it is stored
        draw.rectangle(_stored_rect(rect, size, orientation), fill=colour)
    if not noise:
        return im
    # zero-mean sensor-like noise: keeps quadrant means, gives camera-like file sizes
    grain = Image.effect_noise((max(1, stored[0] // 2), max(1, stored[1] // 2)), noise)
    grain = grain.resize(stored, Image.Resampling.BILINEAR)
    return ImageChops.add(im, Image.merge("RGB", (grain,) * 3), 1.0, -128)


def adobe_rgb_like_profile() -> bytes:
    """A minimal ICC v2 matrix/TRC profile with Adobe RGB (1998) primaries (D50-adapted
    colorants) and gamma 563/256, built byte by byte: ImageCms can only create sRGB/LAB/XYZ."""
    def xyz(*v):
        return b"XYZ \0\0\0\0" + b"".join(struct.pack(">i", round(c * 65536)) for c in v)

    def text(s):
        return b"text\0\0\0\0" + s.encode() + b"\0"

    desc_ascii = b"Adobe RGB-like (test)\0"
    tags = [(b"desc", b"desc\0\0\0\0" + struct.pack(">I", len(desc_ascii)) + desc_ascii
             + b"\0" * 11 + b"\0" * 67),
            (b"cprt", text("No copyright, test profile")),
            (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
            (b"rXYZ", xyz(0.60974, 0.31111, 0.01947)),
            (b"gXYZ", xyz(0.20528, 0.62567, 0.06087)),
            (b"bXYZ", xyz(0.14919, 0.06322, 0.74457))]
    curve = b"curv\0\0\0\0" + struct.pack(">IH", 1, 563) + b"\0\0"
    tags += [(b"rTRC", curve), (b"gTRC", curve), (b"bTRC", curve)]
    offset = 128 + 4 + 12 * len(tags)
    table, body = [], b""
    for sig, data in tags:
        data += b"\0" * (-len(data) % 4)
        table.append(struct.pack(">4sII", sig, offset + len(body), len(data)))
        body += data
    size = offset + len(body)
    header = (struct.pack(">I4sI4s4s4s", size, b"lcms", 0x02100000, b"mntr", b"RGB ", b"XYZ ")
              + struct.pack(">6H", 2024, 1, 1, 0, 0, 0) + b"acsp" + b"\0" * 24
              + struct.pack(">I", 0) + struct.pack(">3i", 63190, 65536, 54061) + b"\0" * 48)
    return header + struct.pack(">I", len(tags)) + b"".join(table) + body


def _icc_bytes(icc):
    if icc in (None, b""):
        return None
    if icc == "srgb":
        return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    if icc == "adobe":
        return adobe_rgb_like_profile()
    return icc


def camera_exif(orientation=None, gps=False, extra_exif=None) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "ClusterCam"
    exif[ExifTags.Base.Model] = "CH-1 Mark II"
    exif[ExifTags.Base.Artist] = "Jovana Petrovic"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.DateTimeOriginal] = "2025:05:17 10:30:00"
    sub[ExifTags.Base.BodySerialNumber] = "SN-0042-1337"
    sub[ExifTags.Base.CameraOwnerName] = "Cluster House"
    if gps:  # Niš fortress
        g = exif.get_ifd(ExifTags.IFD.GPSInfo)
        g[ExifTags.GPS.GPSLatitudeRef], g[ExifTags.GPS.GPSLatitude] = "N", (43.0, 19.0, 30.5)
        g[ExifTags.GPS.GPSLongitudeRef], g[ExifTags.GPS.GPSLongitude] = "E", (21.0, 53.0, 42.25)
    for tag, value in (extra_exif or {}).items():
        exif[tag] = value
    return exif


def _iptc_segment() -> bytes:
    """APP13 'Photoshop 3.0' block with one IPTC by-line, as news photo tools write it."""
    record = b"\x1c\x02\x50" + struct.pack(">H", 15) + b"Secret Byline 1"
    res = b"8BIM" + struct.pack(">H", 0x0404) + b"\0\0" + struct.pack(">I", len(record)) + record
    res += b"\0" * (len(res) % 2)
    body = b"Photoshop 3.0\0" + res
    return b"\xff\xed" + struct.pack(">H", len(body) + 2) + body


def make_photo(path, size=(4000, 3000), orientation=None, gps=False, icc=None, fmt="JPEG",
               mode="RGB", extra_exif=None, quality=90, xmp=False, iptc=False, comment=None,
               progressive=False, noise=20) -> Path:
    """Write a camera-like photo. mode RGBA/LA: the bottom-right quadrant is fully
    transparent; P: palette (no transparency); L and CMYK: converted from the picture.
    icc: None, 'srgb', 'adobe' (see adobe_rgb_like_profile) or raw profile bytes.
    noise: grain strength (sigma); 0 gives flat quadrants for exact colour checks."""
    path = Path(path)
    im = _picture(size, orientation or 1, noise)
    if mode in ("RGBA", "LA"):
        alpha = Image.new("L", im.size, 255)
        W, H = size
        ImageDraw.Draw(alpha).rectangle(
            _stored_rect((W // 2, H // 2, W, H), size, orientation or 1), fill=0)
        im = im.convert("RGBA") if mode == "RGBA" else im.convert("L").convert("LA")
        im.putalpha(alpha)
    elif mode == "P":
        im = im.convert("P", palette=Image.Palette.ADAPTIVE, colors=64)
    elif mode != "RGB":
        im = im.convert(mode)
    kw = {"exif": camera_exif(orientation, gps, extra_exif).tobytes()}
    if (profile := _icc_bytes(icc)) is not None:
        kw["icc_profile"] = profile
    if fmt == "JPEG":
        kw.update(quality=quality, progressive=progressive)
        kw.update({"xmp": XMP} if xmp else {})
        kw.update({"comment": comment} if comment else {})
        kw.update({"extra": _iptc_segment()} if iptc else {})
    elif fmt == "PNG" and xmp:
        info = PngImagePlugin.PngInfo()
        info.add_itxt("XML:com.adobe.xmp", XMP.decode())
        kw["pnginfo"] = info
    elif fmt == "WEBP":
        kw.update(quality=quality, xmp=XMP if xmp else b"")
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, fmt, **kw)
    return path


def photo_bytes(**kwargs) -> bytes:
    """make_photo's bytes without leaving a file behind."""
    with tempfile.TemporaryDirectory() as d:
        return make_photo(Path(d) / "photo", **kwargs).read_bytes()


def truncated_jpeg(path, keep=0.6, size=(640, 480), progressive=False) -> Path:
    """A real JPEG cut after `keep` of its bytes: what an interrupted upload leaves."""
    data = photo_bytes(size=size, progressive=progressive)
    Path(path).write_bytes(data[: int(len(data) * keep)])
    return Path(path)


def random_bytes(path, n=4096, seed=7) -> Path:
    Path(path).write_bytes(b"\0garbage" + random.Random(seed).randbytes(n))
    return Path(path)


def empty_file(path) -> Path:
    Path(path).write_bytes(b"")
    return Path(path)


def bomb_png(path, size=(60000, 60000)) -> Path:
    """A few hundred bytes whose PNG header claims `size` (3.6 gigapixels by default)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", size[0], size[1], 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" + b"\0" * 3 * 100)
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat)
                           + chunk(b"IEND", b""))
    return Path(path)


def heic_file(path) -> Path:
    """The first bytes of an iPhone HEIC (ISO-BMFF 'ftyp heic' box), rest filler."""
    Path(path).write_bytes(struct.pack(">I", 24) + b"ftypheic" + b"\0\0\0\0mif1heic"
                           + random.Random(1).randbytes(2048))
    return Path(path)


def quadrant_means(im: Image.Image) -> dict:
    """Mean colour of the middle of each upright quadrant (away from the marker and edges)."""
    im = im.convert("RGB")
    W, H = im.size
    out = {}
    for name, (cx, cy) in {"tl": (W // 4, H // 4), "tr": (3 * W // 4, H // 4),
                           "bl": (W // 4, 3 * H // 4), "br": (3 * W // 4, 3 * H // 4)}.items():
        dx, dy = max(1, W // 16), max(1, H // 16)
        out[name] = tuple(ImageStat.Stat(im.crop((cx - dx, cy - dy, cx + dx, cy + dy))).mean)
    return out


def nearest_quadrant(colour) -> str:
    return min(QUADRANTS, key=lambda q: sum((a - b) ** 2 for a, b in zip(QUADRANTS[q], colour)))


def marker_mean(im: Image.Image, size=None) -> tuple:
    """Mean colour of the middle of the marker square, for the upright size `size`."""
    W, H = size or im.size
    m = min(W, H) // 6
    f = im.width / W
    c, r = m * f / 2, max(1, m * f / 4)
    return tuple(ImageStat.Stat(im.convert("RGB").crop((c - r, c - r, c + r, c + r))).mean)
