"""Make a camera photo small enough to keep in git, in place: `make shrink-photo PHOTO=path`.

The long side becomes at most 6000 pixels (24 MP for a 3:2 camera) and the
JPEG quality 90: plenty for every size the site publishes. The EXIF data stays
(orientation, date; the site strips it from what it publishes). The file is
replaced only once the smaller copy is completely written.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))
from sitecore.files import replacing  # noqa: E402
from sitecore.messages import message  # noqa: E402

LONG_SIDE = 6000


def shrink(path: str, long_side: int = LONG_SIDE, quality: int = 90) -> tuple[int, int]:
    """Shrink `path` in place; returns (bytes before, bytes after)."""
    before = os.path.getsize(path)
    Image.MAX_IMAGE_PIXELS = None  # the point is to handle photos above the usual limit
    with Image.open(path) as photo:
        exif = photo.info.get("exif")
        photo.draft("RGB", (long_side, long_side))  # decode at a reduced scale where it can
        photo = photo.convert("RGB")
        photo.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
        options = {"quality": quality, "optimize": True}
        if exif:
            options["exif"] = exif
        # The photo keeps its permissions: it is the editor's file, in the repository.
        with replacing(path, mode=os.stat(path).st_mode & 0o777) as temporary:
            photo.save(temporary, "JPEG", **options)
    return before, os.path.getsize(path)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("photos", nargs="+", help="photo files to shrink in place")
    args = parser.parse_args(argv)
    for path in args.photos:
        if not os.path.isfile(path):
            print(message("%(path)s: no such file. Give the photo's path from the repository root.", path=path),
                  file=sys.stderr)
            return 1
        before, after = shrink(path)
        print(f"{path}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
