"""Reading and decoding a photo: the header checks, then the one decode, at a DCT scale.

Every message here is for an editor: what is wrong with the file and what to do.
"""
from __future__ import annotations

import io
import warnings
from contextlib import contextmanager
from pathlib import Path

from PIL import Image, ImageFile
from sitecore.messages import message

from .plan import PhotoError

# Decode accounting for tests: `decode`, the one function that decodes, bumps the counter and
# calls the hook as hook(path, stored_size, decoded_size).
DECODES = 0
DECODE_HOOK = None
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"heim", b"heis", b"hevx", b"mif1", b"msf1"}

ACCEPTED_FORMATS = frozenset({"JPEG", "MPO", "PNG", "WEBP"})  # MPO: phones' multi-picture JPEG
JPEG_FORMATS = frozenset({"JPEG", "MPO"})


def read_source(path) -> bytes:
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise PhotoError(path, message("cannot read the file (%(reason)s); check that it exists and is readable",
                                       reason=e.strerror or e)) from None
    if not data:
        raise PhotoError(path, message("the file is empty (0 bytes): the copy or upload failed; "
                                       "export or copy the photo again"))
    return data


@contextmanager
def pillow_guards(max_pixels):
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


def open_photo(path, data: bytes, max_pixels: int) -> Image.Image:
    """Header only: format and size checks happen before a single pixel is decoded."""
    try:
        im = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as e:
        raise PhotoError(path, message("the image is far too large (%(reason)s); scale it down to at most "
                                       "6000 px on the long side and export it again", reason=e)) from None
    except Image.UnidentifiedImageError:
        heic = data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS
        raise PhotoError(path, message(
            "HEIC/HEIF photos (the iPhone default) are not supported: export the photo as JPEG "
            "(on the iPhone: Settings > Camera > Formats > Most Compatible) and replace the file") if heic else message(
            "this is not an image file Pillow can read (its content is not JPEG or PNG, "
            "whatever the name says): export the photo again as JPEG and replace the file")) from None
    except (OSError, SyntaxError, ValueError) as e:
        raise PhotoError(path, message("the image header is damaged (%(reason)s); export or copy the photo again",
                                       reason=e)) from None
    if im.format not in ACCEPTED_FORMATS:
        raise PhotoError(path, message("%(format)s files are not supported: export the photo as "
                                       "JPEG (or PNG for graphics) and replace the file", format=im.format))
    w, h = im.size
    if w * h > max_pixels:
        raise PhotoError(path, message(
            "the image is %(width)dx%(height)d (%(megapixels).0f MP), above the %(limit).0f MP limit; scale it "
            "down to at most 6000 px on the long side and export it again",
            width=w, height=h, megapixels=w * h / 1e6, limit=max_pixels / 1e6))
    return im


def decode(path, im: Image.Image, request) -> Image.Image:
    """The only place pixels are decoded. For JPEG, draft() lets libjpeg decode at the largest
    DCT scale (1/2, 1/4, 1/8) that still covers `request`, skipping most of the IDCT work."""
    global DECODES
    full = im.size
    if request and im.format in JPEG_FORMATS:
        im.draft("RGB", request)  # L/CMYK stay as they are; only the scale applies
    DECODES += 1
    try:
        im.load()
    except (OSError, SyntaxError, ValueError, EOFError) as e:
        if "truncated" in str(e):
            raise PhotoError(path, message("the file is cut short (an incomplete upload or copy); copy the "
                                           "original photo again")) from None
        raise PhotoError(path, message("the image data is damaged (%(reason)s); export or copy the photo again",
                                       reason=e)) from None
    if DECODE_HOOK:
        DECODE_HOOK(path, full, im.size)
    return im


def orientation(im: Image.Image) -> int:
    """The EXIF orientation (1-8); 1 when there is none or it cannot be read."""
    try:
        value = im.getexif().get(0x0112)
    except Exception:  # a broken EXIF block must not lose the photo: treat it as upright
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1
