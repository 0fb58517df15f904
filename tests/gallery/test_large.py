"""Photos too large to keep in git are flagged with the command that shrinks them, and it works."""

from __future__ import annotations

import re
import subprocess
import sys

from PIL import Image

from conftest import ROOT

ALBUM = {"galleries/big/album.sr.md": "Title: Велике\nDate: 2020-01-01\n\nТекст.\n"}


def test_a_large_photo_is_flagged_then_shrunk(gallery_site):
    # catalogue case "photo-too-large" (docs/input-errors.md; the size in MB varies with the encoder)
    gallery_site.write(ALBUM)
    # 9000 x 6000 = 54 megapixels; a plain picture, so the file itself stays small
    gallery_site.photo("galleries/big/IMG_0001.jpg", size=(9000, 6000), quality=60)
    built = gallery_site.build()
    assert built.returncode != 0, "a warning fails a strict build"
    message = re.compile(
        r"content/galleries/big/IMG_0001\.jpg: the photo is 54 megapixels and \d+ MB; files this large "
        r"make every copy of the site's repository slow\. Shrink it before committing: "
        r"make shrink-photo PHOTO='content/galleries/big/IMG_0001\.jpg'\.")
    assert message.search(" ".join(built.log.split())), built.log

    shrink = subprocess.run([sys.executable, str(ROOT / "tools" / "shrink_photo.py"),
                             str(gallery_site.content / "galleries/big/IMG_0001.jpg")],
                            capture_output=True, text=True)
    assert shrink.returncode == 0, shrink.stderr
    with Image.open(gallery_site.content / "galleries/big/IMG_0001.jpg") as photo:
        assert photo.size == (6000, 4000)
        assert photo.getexif().get(0x0110), "the camera's EXIF (model) is kept in the source"
    rebuilt = gallery_site.build()
    assert rebuilt.returncode == 0, rebuilt.log


def test_the_file_size_limit_is_a_setting(gallery_site):
    gallery_site.write(ALBUM)
    gallery_site.photo("galleries/big/IMG_0002.jpg", size=(640, 480))
    built = gallery_site.build(GALLERY_LARGE_MEGABYTES=0.001)
    assert "content/galleries/big/IMG_0002.jpg: the photo is 0 megapixels" in built.log
    assert gallery_site.build(GALLERY_LARGE_MEGABYTES=25).returncode == 0
