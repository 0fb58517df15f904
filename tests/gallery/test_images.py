"""The pure image layer: upright, sRGB, metadata-free derivatives from one decode."""
import pickle
import re
import stat
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageFile

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tests")]

from gallery import decoding  # noqa: E402
from gallery.images import (Plan, PhotoError, PhotoResult, render_derivatives,  # noqa: E402
                            safe_stem)
from photos import (QUADRANTS, bomb_png, empty_file, heic_file, make_photo,  # noqa: E402
                    marker_mean, nearest_quadrant, quadrant_means, random_bytes, truncated_jpeg)

SMALL = Plan(widths=(200, 320), thumb_size=(80, 60))


@pytest.fixture
def decodes(monkeypatch):
    """Every decode as (stored size, decoded size)."""
    seen = []
    monkeypatch.setattr(decoding, "DECODE_HOOK", lambda path, full, got: seen.append((full, got)))
    return seen


def render(path, out, plan=SMALL):
    return render_derivatives(path, plan, out)


def opened(out, derivative):
    im = Image.open(out / derivative.name)
    im.load()
    return im


def assert_upright(im, upright_size):
    means = quadrant_means(im)
    assert {q: nearest_quadrant(c) for q, c in means.items()} == {q: q for q in QUADRANTS}
    assert min(marker_mean(im, upright_size)) > 200, "white marker not in the top-left corner"


@pytest.mark.parametrize("upright", [(400, 300), (300, 400)], ids=["landscape", "portrait"])
@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_comes_out_upright(tmp_path, orientation, upright):
    src = make_photo(tmp_path / f"orientation-{orientation}.jpg", size=upright,
                     orientation=orientation)
    stored = Image.open(src).size
    assert stored == (upright[::-1] if orientation >= 5 else upright)
    result = render(src, tmp_path / "out")
    assert (result.width, result.height) == upright
    for d in result.outputs:
        im = opened(tmp_path / "out", d)
        assert im.size == (d.width, d.height)
        if d.kind == "display":
            assert d.height == round(upright[1] * d.width / upright[0])
            assert_upright(im, upright)
        else:  # the 4:3 thumbnail of a portrait crops the marker away; quadrants stay
            assert {q: nearest_quadrant(c) for q, c in quadrant_means(im).items()} == {
                q: q for q in QUADRANTS}


def test_camera_photo_is_draft_decoded_and_rotated_after_downscale(tmp_path, decodes,
                                                                   monkeypatch):
    src = make_photo(tmp_path / "camera-12mp-orientation-6.jpg", size=(4000, 3000),
                     orientation=6, gps=True)
    transposed = []
    real = Image.Image.transpose
    monkeypatch.setattr(Image.Image, "transpose",
                        lambda im, op: transposed.append(im.size) or real(im, op))
    before = decoding.DECODES
    result = render(src, tmp_path / "out", Plan())
    assert decoding.DECODES == before + 1
    assert decodes == [((3000, 4000), (1500, 2000))]  # 1/2 DCT scale covers 1600 wide
    assert transposed == [(1200, 1600)]              # the small image turns, not 12 MP
    assert (result.width, result.height) == (4000, 3000)
    assert [(d.kind, d.width, d.height) for d in result.outputs] == [
        ("thumb", 400, 300), ("display", 480, 360), ("display", 800, 600),
        ("display", 1200, 900), ("display", 1600, 1200)]
    assert_upright(opened(tmp_path / "out", result.outputs[-1]), (4000, 3000))


def test_24_megapixel_photo(tmp_path, decodes):
    src = make_photo(tmp_path / "camera-24mp.jpg", size=(6000, 4000))
    result = render(src, tmp_path / "out", Plan())
    assert decodes == [((6000, 4000), (3000, 2000))]
    assert {d.width for d in result.outputs} == {400, 480, 800, 1200, 1600}


def test_small_widths_decode_at_an_eighth(tmp_path, decodes):
    src = make_photo(tmp_path / "camera-for-small-widths.jpg", size=(4000, 3000))
    render(src, tmp_path / "out", Plan(widths=(320, 480), thumb_size=(200, 150)))
    assert decodes == [((4000, 3000), (500, 375))]


def jpeg_markers(data: bytes) -> list[int]:
    """Markers before the image data (SOS)."""
    assert data[:2] == b"\xff\xd8"
    i, markers = 2, []
    while data[i + 1] != 0xDA:
        assert data[i] == 0xFF
        markers.append(data[i + 1])
        i += 2 + int.from_bytes(data[i + 2:i + 4], "big")
    return markers


def webp_chunks(data: bytes) -> list[bytes]:
    assert data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    i, chunks = 12, []
    while i < len(data):
        size = int.from_bytes(data[i + 4:i + 8], "little")
        chunks.append(data[i:i + 4])
        i += 8 + size + size % 2
    return chunks


SECRETS = [b"SN-0042-1337", b"ClusterCam", b"CH-1 Mark II", b"Petrovic", b"Secret",
           b"Cluster House", b"2025:05:17", b"Photoshop", b"xmpmeta"]


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_published_files_carry_no_metadata(tmp_path, fmt):
    src = make_photo(tmp_path / f"gps-serial-xmp-iptc.{fmt.lower()}", size=(640, 480),
                     fmt=fmt, orientation=3, gps=True, xmp=True, iptc=fmt == "JPEG",
                     comment=b"Secret comment", icc="srgb", extra_exif={0x010E: "Secret"})
    source = Image.open(src)
    assert source.getexif() and "xmp" in source.info  # the source really has it all
    result = render(src, tmp_path / "out", Plan(widths=(320, 640), thumb_size=(80, 60),
                                                webp=True))
    assert {d.format for d in result.outputs} == {"JPEG", "WEBP"}
    for d in result.outputs:
        data = (tmp_path / "out" / d.name).read_bytes()
        im = opened(tmp_path / "out", d)
        assert not im.getexif()
        assert not {"exif", "xmp", "photoshop", "comment", "icc_profile"} & set(im.info)
        assert not [s for s in SECRETS if s in data]
        if d.format == "JPEG":  # only APP0 (JFIF); no APP1-15 (EXIF, XMP, ICC, IPTC), no COM
            assert not [m for m in jpeg_markers(data) if 0xE1 <= m <= 0xEF or m == 0xFE]
        else:
            assert not {b"EXIF", b"XMP ", b"ICCP"} & set(webp_chunks(data))


def adobe_to_srgb(rgb):
    """Adobe RGB (1998) -> sRGB by the published matrices (both D65): independent of lcms."""
    to_xyz = [[0.5767309, 0.1855540, 0.1881852], [0.2973769, 0.6273491, 0.0752741],
              [0.0270343, 0.0706872, 0.9911085]]
    to_srgb = [[3.2404542, -1.5371385, -0.4985314], [-0.9692660, 1.8760108, 0.0415560],
               [0.0556434, -0.2040259, 1.0572252]]
    lin = [(v / 255) ** (563 / 256) for v in rgb]
    xyz = [sum(m * v for m, v in zip(row, lin)) for row in to_xyz]
    out = [min(1.0, max(0.0, sum(m * v for m, v in zip(row, xyz)))) for row in to_srgb]
    return [255 * (12.92 * v if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055) for v in out]


def test_non_srgb_profile_is_converted_and_dropped(tmp_path):
    src = make_photo(tmp_path / "adobe-rgb.jpg", size=(400, 300), icc="adobe", noise=0)
    result = render(src, tmp_path / "out")
    for d in result.outputs:
        im = opened(tmp_path / "out", d)
        assert "icc_profile" not in im.info
        for q, mean in quadrant_means(im).items():
            expected = adobe_to_srgb(QUADRANTS[q])
            assert max(abs(a - b) for a, b in zip(mean, expected)) < 8, (q, mean, expected)
    green = quadrant_means(opened(tmp_path / "out", result.outputs[-1]))["tr"]
    assert green[0] < 15  # Adobe's wider green: red channel 40 -> ~0 in sRGB


@pytest.mark.parametrize("icc", [None, "srgb"])
def test_srgb_or_untagged_pixels_are_kept(tmp_path, icc):
    src = make_photo(tmp_path / f"profile-{icc}.jpg", size=(400, 300), icc=icc)
    result = render(src, tmp_path / "out")
    im = opened(tmp_path / "out", result.outputs[-1])
    assert "icc_profile" not in im.info
    for q, mean in quadrant_means(im).items():
        assert max(abs(a - b) for a, b in zip(mean, QUADRANTS[q])) < 6, (q, mean)


def test_unusable_profile_is_a_warning_not_an_error(tmp_path):
    src = make_photo(tmp_path / "broken-profile.jpg", size=(400, 300), icc=b"not a profile")
    result = render(src, tmp_path / "out")
    assert result.warnings and "colour profile" in result.warnings[0]
    assert_upright(opened(tmp_path / "out", result.outputs[-1]), (400, 300))


@pytest.mark.parametrize("mode", ["RGBA", "LA"])
def test_png_with_alpha_is_flattened_on_white(tmp_path, mode):
    src = make_photo(tmp_path / f"transparent-{mode}.png", size=(400, 300), fmt="PNG", mode=mode,
                     orientation=6)
    result = render(src, tmp_path / "out")
    for d in result.outputs:
        im = opened(tmp_path / "out", d)
        assert (im.format, im.mode) == ("JPEG", "RGB")
        means = quadrant_means(im)
        assert min(means["br"]) > 245  # the transparent quadrant is white, not black
        if mode == "RGBA":
            assert nearest_quadrant(means["tl"]) == "tl"


@pytest.mark.parametrize("fmt,mode", [("JPEG", "CMYK"), ("JPEG", "L"), ("PNG", "P"),
                                      ("PNG", "RGB"), ("WEBP", "RGB")])
def test_other_modes_give_rgb_jpegs(tmp_path, fmt, mode):
    src = make_photo(tmp_path / f"mode-{mode}.{fmt.lower()}", size=(400, 300), fmt=fmt,
                     mode=mode, orientation=8)
    result = render(src, tmp_path / "out")
    assert (result.width, result.height) == (400, 300)
    for d in result.outputs:
        im = opened(tmp_path / "out", d)
        assert (im.format, im.mode) == ("JPEG", "RGB")
        if mode == "L":
            r, g, b = quadrant_means(im)["tr"]
            assert abs(r - g) < 3 and abs(g - b) < 3
        else:
            assert_upright(im, (400, 300))


def test_16_bit_grey_png(tmp_path):
    src = tmp_path / "grey-16-bit.png"
    Image.linear_gradient("L").resize((256, 192)).convert("I").point(
        lambda v: v * 257).convert("I;16").save(src)
    assert Image.open(src).mode == "I;16"
    result = render(src, tmp_path / "out")
    im = opened(tmp_path / "out", result.outputs[-1])
    assert im.mode == "RGB" and im.size == (256, 192)
    assert im.getpixel((10, 2))[0] < 20 and im.getpixel((10, 189))[0] > 235  # scaled, not clipped


def test_photo_smaller_than_the_thumbnail_is_not_upscaled(tmp_path):
    src = make_photo(tmp_path / "smaller-than-thumb.jpg", size=(200, 150))
    result = render(src, tmp_path / "out", Plan())
    assert [(d.kind, d.width, d.height) for d in result.outputs] == [
        ("thumb", 200, 150), ("display", 200, 150)]
    wide = make_photo(tmp_path / "small-panorama.jpg", size=(390, 100))
    thumb = render(wide, tmp_path / "out", Plan()).thumb()
    assert (thumb.width, thumb.height) == (133, 100)  # 4:3 crop of the middle, not upscaled
    assert opened(tmp_path / "out", thumb).size == (133, 100)


def test_thumbnail_fit_mode(tmp_path):
    src = make_photo(tmp_path / "portrait-fit-thumb.jpg", size=(300, 400))
    thumb = render(src, tmp_path / "out", Plan(widths=(), thumb_size=(80, 60),
                                               thumb_crop=False)).thumb()
    assert (thumb.width, thumb.height) == (45, 60)


def test_widths_never_exceed_the_source(tmp_path):
    src = make_photo(tmp_path / "thousand-wide.jpg", size=(1000, 750))
    result = render(src, tmp_path / "out", Plan())
    assert sorted(d.width for d in result.outputs if d.kind == "display") == [480, 800, 1000]
    assert result.srcset().endswith("-1000w.jpg 1000w")


def test_non_ascii_name_with_spaces(tmp_path):
    src = make_photo(tmp_path / "Ниш 1.jpg", size=(320, 240))
    result = render(src, tmp_path / "out")
    for d in result.outputs:
        assert re.fullmatch(r"nis-1-[0-9a-f]{8}-(\d+w|thumb)\.jpg", d.name), d.name
        assert (tmp_path / "out" / d.name).is_file()
    assert safe_stem("Đurđevdan u Nišu.JPG") == "djurdjevdan-u-nisu"
    assert safe_stem("Љубичица, Џеп & Ћевап (2).jpeg") == "ljubicica-dzep-cevap-2"
    assert safe_stem("....jpg") == "photo" and safe_stem("日本.jpg") == "photo"


def test_names_follow_content_and_plan(tmp_path):
    a = make_photo(tmp_path / "a" / "same.jpg", size=(320, 240))
    b = tmp_path / "b" / "same.jpg"
    b.parent.mkdir()
    b.write_bytes(a.read_bytes())
    c = make_photo(tmp_path / "c" / "same.jpg", size=(320, 240))  # new noise: new bytes
    names = [tuple(d.name for d in render(p, tmp_path / "out").outputs) for p in (a, b, c)]
    assert names[0] == names[1] and names[0] != names[2]
    other = render(a, tmp_path / "out", Plan(widths=(200, 320), thumb_size=(80, 60), quality=70))
    assert other.key[:8] != render(a, tmp_path / "out").key[:8]
    assert Plan(max_pixels=1).key() == Plan().key()  # a limit never renames files


def test_webp_next_to_every_jpeg(tmp_path):
    src = make_photo(tmp_path / "webp-too.jpg", size=(400, 300))
    result = render(src, tmp_path / "out", Plan(widths=(200, 320), thumb_size=(80, 60),
                                                webp=True))
    jpeg = [(d.kind, d.width, d.height) for d in result.outputs if d.format == "JPEG"]
    webp = [(d.kind, d.width, d.height) for d in result.outputs if d.format == "WEBP"]
    assert jpeg == webp and len(jpeg) == 3
    for d in result.outputs:
        assert opened(tmp_path / "out", d).format == d.format
        assert (tmp_path / "out" / d.name).stat().st_size == d.bytes


def test_files_are_world_readable_and_no_temp_files_remain(tmp_path):
    result = render(make_photo(tmp_path / "perm.jpg", size=(320, 240)), tmp_path / "out")
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == sorted(d.name for d in result.outputs)
    assert all(stat.S_IMODE((tmp_path / "out" / f).stat().st_mode) == 0o644 for f in files)


BAD = {
    "truncated.jpg": (truncated_jpeg, "cut short"),
    "truncated-progressive.jpg": (lambda p: truncated_jpeg(p, progressive=True), "cut short"),
    "truncated-just-the-end.jpg": (lambda p: truncated_jpeg(p, keep=0.97), "cut short"),
    "empty.jpg": (empty_file, "empty"),
    "random-bytes.jpg": (random_bytes, "not an image"),
    "bomb.png": (bomb_png, "too large"),
    "iphone.heic": (heic_file, "HEIC"),
    "renamed-gif.jpg": (lambda p: Image.new("P", (10, 10)).save(p, "GIF"), "GIF files are not"),
    "missing.jpg": (lambda p: None, "cannot read"),
}


@pytest.mark.parametrize("name", BAD)
def test_bad_input_raises_photo_error_and_writes_nothing(tmp_path, name):
    make, words = BAD[name]
    make(tmp_path / name)
    with pytest.raises(PhotoError) as info:
        render(tmp_path / name, tmp_path / "out")
    assert info.value.path == str(tmp_path / name) and words in info.value.message
    assert str(info.value).startswith(str(tmp_path / name))
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_pixel_limit_is_configurable_and_checked_before_decoding(tmp_path, decodes):
    src = make_photo(tmp_path / "over-the-limit.jpg", size=(400, 300))
    with pytest.raises(PhotoError, match=r"400x300 .* above the 0 MP limit"):
        render(src, tmp_path / "out", Plan(widths=(200,), max_pixels=100_000))
    assert decodes == []
    # 120 MP: over our limit, under Pillow's own (2x the limit) -- our check must catch it
    bomb = bomb_png(tmp_path / "bomb-header.png", size=(12000, 10000))
    with pytest.raises(PhotoError, match="120 MP"):
        render(bomb, tmp_path / "out")
    assert decodes == []


def test_truncation_is_caught_even_if_someone_allowed_it(tmp_path, monkeypatch):
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    with pytest.raises(PhotoError, match="cut short"):
        render(truncated_jpeg(tmp_path / "truncated-flag-on.jpg"), tmp_path / "out")
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # restored for whoever set it


def test_results_and_errors_survive_pickling_and_json(tmp_path):
    error = pickle.loads(pickle.dumps(PhotoError("a b.jpg", "the file is empty")))
    assert (error.path, error.message) == ("a b.jpg", "the file is empty")
    result = render(make_photo(tmp_path / "round-trip.jpg", size=(320, 240)), tmp_path / "out")
    assert PhotoResult.from_dict(result.to_dict()) == result
    assert pickle.loads(pickle.dumps(result)) == result


def test_plan_validation():
    assert Plan(widths=(800, 480, 800)).widths == (480, 800)
    with pytest.raises(ValueError):
        Plan(widths=(), thumb_size=None)
    with pytest.raises(ValueError):
        Plan(resample="nearest")


@pytest.mark.parametrize("progressive, frame", [(False, 0xC0), (True, 0xC2)],
                         ids=["baseline", "progressive"])
def test_jpeg_encoding_follows_the_plan(tmp_path, progressive, frame):
    """Baseline by default (cheaper to encode and to decode in a browser); progressive on request."""
    src = make_photo(tmp_path / "camera.jpg", size=(640, 480))
    plan = Plan(widths=(320,), thumb_size=(80, 60), progressive=progressive)
    assert Plan().progressive is False and Plan().resample == "bicubic"
    for d in render(src, tmp_path / "out", plan).outputs:
        markers = jpeg_markers((tmp_path / "out" / d.name).read_bytes())
        assert frame in markers and ({0xC0, 0xC2} - {frame}).isdisjoint(markers)
