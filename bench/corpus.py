"""Seeded generator of a benchmark corpus laid out like the site's content/.

    python bench/corpus.py --articles 1000 --photos 200 --seed 1 --out DIR

writes

    DIR/en/news/YYYY-MM-DD-key.md     English articles
    DIR/sr/news/YYYY-MM-DD-key.md     Serbian (Cyrillic) articles; a path present
                                      in both folders is one article and its
                                      translation
    DIR/en/pages/*.md, DIR/sr/pages/*.md
    DIR/galleries/<album>/*.JPG|*.jpg + album.sr.md + album.en.md

Article files: with the default 1000, 540 are English and 460 Serbian, and
300 paths exist in both languages (300 translated pairs + 240 English-only +
160 Serbian-only = 700 distinct stories in 1000 files). Other counts keep the
same shares (see split_counts).

Photos are camera-like JPEGs (default 4000x3000, quality 92, about 3 MB, EXIF
Make/Model/DateTimeOriginal, about 1 in 5 rotated with Orientation 6 or 8,
about 1 in 3 with a GPS block), in albums of about 20. Encoding them is the
slow part, so each photo is made once into a cache under bench/scratch/ (keyed by
generator version, seed, size and photo index, so any photo count reuses the
photos already made) and hard-linked (or copied) into the corpus. Missing
photos are made in parallel, one worker per core.

Everything is deterministic for a given seed. Importable: write_corpus(). The text is made
by corpus_text.py, the photos and albums by corpus_photos.py.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from corpus_photos import (DEFAULT_PHOTO_SIZE, album_meta_files, extra_photo,  # noqa: F401
                           place_file, write_galleries)
from corpus_text import split_counts, write_articles, write_pages  # noqa: F401

DEFAULT_ARTICLES = 1000
DEFAULT_PHOTOS = 200
DEFAULT_SEED = 1

def write_corpus(out_dir, articles: int = DEFAULT_ARTICLES, photos: int = DEFAULT_PHOTOS,
                 seed: int = DEFAULT_SEED, photo_size=DEFAULT_PHOTO_SIZE,
                 cache_dir=None, jobs: int | None = None) -> dict:
    """Write a corpus into out_dir (created; must be empty or absent). Returns a summary.

    Summary keys: articles, en, sr, pairs, stories, body_words, pages, albums,
    photos, photo_bytes, rotated, with_gps, seed, photo_size.
    """
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty")
    out.mkdir(parents=True, exist_ok=True)
    summary = {"articles": articles, "seed": seed, "photo_size": list(photo_size)}
    summary.update(write_articles(out, articles, seed))
    summary["pages"] = write_pages(out, seed)
    summary.update(write_galleries(out, photos, seed, photo_size, cache_dir, jobs))
    return summary


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--photos", type=int, default=DEFAULT_PHOTOS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--photo-size", default="%dx%d" % DEFAULT_PHOTO_SIZE, help="WxH")
    parser.add_argument("--out", required=True, help="corpus folder (empty or absent)")
    parser.add_argument("--force", action="store_true", help="delete --out first if it exists")
    parser.add_argument("--jobs", type=int, default=None, help="photo workers (default: cores)")
    args = parser.parse_args(argv)
    w, h = (int(v) for v in args.photo_size.lower().split("x"))
    out = Path(args.out)
    if args.force and out.exists():
        shutil.rmtree(out)
    try:
        summary = write_corpus(out, args.articles, args.photos, args.seed, (w, h), jobs=args.jobs)
    except FileExistsError as exc:
        parser.error(f"{exc} (use --force to replace it)")
    print(", ".join(f"{k}={v}" for k, v in summary.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
