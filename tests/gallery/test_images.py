"""The pure image layer: upright, sRGB, metadata-free derivatives from one decode
(sizes, names, files and bad input: test_images_output.py)."""
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tests"), str(ROOT / "tests" / "gallery")]

from gallery import decoding  # noqa: E402
from gallery.images import Plan  # noqa: E402
from derivatives import decodes, jpeg_markers, opened, render, webp_chunks  # noqa: E402,F401 - decodes: a fixture
from photos import QUADRANTS, make_photo, marker_mean, nearest_quadrant, quadrant_means  # noqa: E402

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
