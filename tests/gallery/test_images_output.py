"""The image layer's output: sizes, names, files on disk, bad input, the plan."""
import pickle
import re
import stat
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageFile

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tests"), str(ROOT / "tests" / "gallery")]

from gallery.images import Plan, PhotoError, PhotoResult, safe_stem  # noqa: E402
from derivatives import decodes, jpeg_markers, opened, render  # noqa: E402,F401 - decodes: a fixture
from photos import bomb_png, empty_file, heic_file, make_photo, random_bytes, truncated_jpeg  # noqa: E402


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
