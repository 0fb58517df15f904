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

Everything is deterministic for a given seed. Importable: write_corpus().
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# Bump when the photo pixels or EXIF change, so stale cached photos are not reused.
GEN_VERSION = 1

DEFAULT_ARTICLES = 1000
DEFAULT_PHOTOS = 200
DEFAULT_SEED = 1
DEFAULT_PHOTO_SIZE = (4000, 3000)

EN_SHARE = 0.54  # 540 of 1000 article files are English
PAIR_SHARE = 0.30  # 300 of 1000 files' paths exist in both languages
ALBUM_SIZE_RANGE = (15, 25)  # photos per album: about 20
JPEG_QUALITY = 92

FIRST_DAY = dt.date(2017, 1, 1)  # dates spread over 8 years
LAST_DAY = dt.date(2024, 12, 31)

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_CACHE_DIR = BENCH_DIR / "scratch" / "photo-cache"

# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------

SR_WORDS = {
    "noun": """град кућа кластер изложба концерт радионица фестивал публика
        уметник уметница програм пројекат простор галерија музика култура
        заједница сарадња подршка догађај вече дан година месец недеља сцена
        позориште филм књига читање разговор трибина предавање учесник
        посетилац становник улица центар тврђава река обала фотографија слика
        цртеж скулптура дизајн архитектура наслеђе историја традиција
        будућност идеја прича искуство знање вештина занат материјал дрво
        камен папир боја светло звук глас песма плес игра деца породица
        пријатељ суседство тим волонтер партнер организација удружење
        фондација конкурс награда позив пријава улаз сала двориште башта
        кухиња библиотека архива збирка колекција документ мапа пут шетња
        тура посета зграда фасада кров прозор радионица мурал плакат
        издање часопис емисија серија поставка отварање сусрет дружење
        мрежа школа факултет студент професор кустос аутор песник композитор
        хор оркестар бенд публику простору граду кући заједници""".split(),
    "verb": """отвара представља организује позива окупља показује истражује
        гради ствара подржава учи слави обележава доноси нуди наставља почиње
        завршава спаја развија прати пише чита свира пева разговара открива
        дели мења води чува обнавља приређује уводи покреће најављује
        угошћује дочекује припрема повезује осветљава бележи""".split(),
    "adj": """нови нова ново стари стара градски градска културни културна
        уметнички уметничка музички летњи зимски јесењи пролећни велики мали
        заједнички отворени бесплатни савремени традиционални локални
        међународни млади креативни јавни дигитални први последњи посебан
        важан леп топао живописан занимљив нишки нишка српски балкански
        документарни аутентичан гласан тих дугачак кратак""".split(),
    "func": """и у на са за од до кроз око после пре током између према као али
        или што који која које где када већ још само такође веома сви све
        много наш наша њихов њихова овај ова ово тај та то""".split(),
}

EN_WORDS = {
    "noun": """city house cluster exhibition concert workshop festival audience
        artist programme project space gallery music culture community
        cooperation support event evening day year month week stage theatre
        film book reading conversation panel lecture participant visitor
        resident street centre fortress river bank photograph picture drawing
        sculpture design architecture heritage history tradition future idea
        story experience knowledge skill craft material wood stone paper
        colour light sound voice song dance game children family friend
        neighbourhood team volunteer partner organisation association
        foundation call award invitation application entrance hall courtyard
        garden kitchen library archive collection document map road walk tour
        visit building facade roof window mural poster edition magazine
        broadcast series display opening meeting gathering network school
        faculty student professor curator author poet composer choir
        orchestra band""".split(),
    "verb": """opens presents organises invites gathers shows explores builds
        creates supports teaches celebrates marks brings offers continues
        starts ends connects develops follows writes reads plays sings
        discusses discovers shares changes leads keeps restores hosts
        introduces launches announces welcomes prepares links lights
        records""".split(),
    "adj": """new old urban cultural artistic musical summer winter autumn
        spring large small shared open free contemporary traditional local
        international young creative public digital first last special
        important beautiful warm vivid interesting northern southern quiet
        loud long short documentary authentic independent""".split(),
    "func": """and in on with for from to through around after before during
        between towards as but or that which where when already still only
        also very all every many our their this these those the a the the
        of of""".split(),
}

# Same index = same tag in both languages (translated pairs share tags).
EN_TAGS = ["culture", "music", "exhibitions", "workshops", "community",
           "architecture", "film", "literature", "education", "youth",
           "festival", "history"]
SR_TAGS = ["култура", "музика", "изложбе", "радионице", "заједница",
           "архитектура", "филм", "књижевност", "образовање", "млади",
           "фестивал", "историја"]

LANG_WORDS = {"en": EN_WORDS, "sr": SR_WORDS}
LANG_TAGS = {"en": EN_TAGS, "sr": SR_TAGS}

_CYR2LAT = dict(zip(
    "абвгдђежзијклљмнњопрстћуфхцчџш",
    ["a", "b", "v", "g", "d", "dj", "e", "z", "z", "i", "j", "k", "l", "lj",
     "m", "n", "nj", "o", "p", "r", "s", "t", "c", "u", "f", "h", "c", "c",
     "dz", "s"]))

# Sentence shapes: a loose noun-phrase / verb rhythm, not grammar.
_SHAPES = [
    ["adj", "noun", "verb", "func", "adj", "noun"],
    ["noun", "func", "noun", "verb", "adj", "noun", "func", "noun"],
    ["func", "adj", "noun", "verb", "noun", "func", "func", "adj", "noun"],
    ["noun", "verb", "func", "noun", "func", "adj", "adj", "noun"],
    ["adj", "noun", "func", "noun", "verb", "func", "noun"],
]


def slug_ascii(text: str) -> str:
    """Lower-case ASCII slug; Cyrillic is transliterated."""
    out = "".join(_CYR2LAT.get(ch, ch) for ch in text.lower())
    return re.sub(r"[^a-z0-9]+", "-", out).strip("-")


def split_counts(articles: int) -> tuple[int, int, int]:
    """(English files, Serbian files, paths present in both).

    1000 -> (540, 460, 300): 300 pairs, 240 English-only, 160 Serbian-only.
    """
    en = round(articles * EN_SHARE)
    sr = articles - en
    pairs = min(round(articles * PAIR_SHARE), en, sr)
    return en, sr, pairs


# --------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------

def _words(rng: random.Random, lang: str, count: int) -> list[str]:
    table = LANG_WORDS[lang]
    out: list[str] = []
    while len(out) < count:
        for kind in rng.choice(_SHAPES):
            out.append(rng.choice(table[kind]))
            if len(out) == count:
                break
    return out


def _sentence(rng: random.Random, lang: str, lo: int = 7, hi: int = 16) -> list[str]:
    words = _words(rng, lang, rng.randint(lo, hi))
    words[0] = words[0][:1].upper() + words[0][1:]
    words[-1] += "."
    return words


def _title(rng: random.Random, lang: str) -> str:
    words = _words(rng, lang, rng.randint(4, 8))
    # A title should not start with a function word.
    words[0] = rng.choice(LANG_WORDS[lang]["adj"] + LANG_WORDS[lang]["noun"])
    return (words[0][:1].upper() + words[0][1:] + " " + " ".join(words[1:])).strip()


def _paragraph(rng: random.Random, lang: str, target_words: int) -> tuple[str, int]:
    words: list[str] = []
    while len(words) < target_words:
        words.extend(_sentence(rng, lang))
    if rng.random() < 0.5:  # some bold
        i = rng.randrange(len(words) - 2)
        j = i + rng.randint(1, 2)
        if not words[j - 1].endswith("."):
            words[i] = "**" + words[i]
            words[j - 1] = words[j - 1] + "**"
    return " ".join(words), len(words)


def _article_body(rng: random.Random, lang: str, target: int) -> str:
    parts: list[str] = []
    count = 0
    for _ in range(2):
        text, n = _paragraph(rng, lang, rng.randint(40, 70))
        parts.append(text)
        count += n
    heading = _words(rng, lang, rng.randint(2, 4))
    parts.append("## " + heading[0][:1].upper() + heading[0][1:] + " " + " ".join(heading[1:]))
    count += len(heading)
    text, n = _paragraph(rng, lang, rng.randint(40, 60))
    parts.append(text)
    count += n
    items = []
    for _ in range(rng.randint(3, 5)):
        item = _words(rng, lang, rng.randint(3, 7))
        count += len(item)
        items.append("- " + item[0][:1].upper() + item[0][1:] + " " + " ".join(item[1:]))
    parts.append("\n".join(items))
    # A paragraph with a link, then fill up to the target length.
    text, n = _paragraph(rng, lang, rng.randint(30, 50))
    link_words = _words(rng, lang, rng.randint(2, 3))
    link = "[{}](https://example.org/{}/{})".format(
        " ".join(link_words), lang, slug_ascii(" ".join(link_words)))
    cut = text.find(". ")
    text = text[:cut + 2] + link + ": " + text[cut + 2:] if cut > 0 else text + " " + link + "."
    parts.append(text)
    count += n + len(link_words)
    while count < target:
        text, n = _paragraph(rng, lang, min(max(target - count, 20), 80))
        parts.append(text)
        count += n
    return "\n\n".join(parts) + "\n"


def _article_text(title: str, when: dt.datetime, tags: list[str],
                  summary: str | None, body: str) -> str:
    lines = [f"Title: {title}", f"Date: {when:%Y-%m-%d %H:%M}", "Tags: " + ", ".join(tags)]
    if summary:
        lines.append(f"Summary: {summary}")
    return "\n".join(lines) + "\n\n" + body


def _random_datetime(rng: random.Random) -> dt.datetime:
    days = (LAST_DAY - FIRST_DAY).days
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(days + 1))
    return dt.datetime(day.year, day.month, day.day, rng.randint(8, 20), rng.choice(range(0, 60, 5)))


def write_articles(out_dir: Path, articles: int, seed: int) -> dict:
    """Write en/news and sr/news; return counts."""
    rng = random.Random(f"{seed}-articles")
    en_n, sr_n, pairs = split_counts(articles)
    # Story kinds, shuffled so pairs and singles are spread over the dates.
    kinds = ["pair"] * pairs + ["en"] * (en_n - pairs) + ["sr"] * (sr_n - pairs)
    rng.shuffle(kinds)
    used_titles: set[str] = set()
    used_paths: set[str] = set()
    words = 0

    def unique_title(lang: str) -> str:
        while True:
            title = _title(rng, lang)
            key = slug_ascii(title)
            if key not in used_titles:
                used_titles.add(key)
                return title

    for lang in ("en", "sr"):
        (out_dir / lang / "news").mkdir(parents=True, exist_ok=True)

    for kind in kinds:
        when = _random_datetime(rng)
        langs = ["en", "sr"] if kind == "pair" else [kind]
        titles = {lang: unique_title(lang) for lang in langs}
        key_words = slug_ascii(titles[langs[0]]).split("-")[:4]
        name = f"{when:%Y-%m-%d}-" + "-".join(key_words)
        stem, n = name, 2
        while stem in used_paths:
            stem, n = f"{name}-{n}", n + 1
        used_paths.add(stem)
        tag_idx = rng.sample(range(len(EN_TAGS)), rng.randint(1, 3))
        has_summary = rng.random() < 0.5
        for lang in langs:
            target = rng.randint(270, 330)
            body = _article_body(rng, lang, target)
            words += len(body.split())
            summary = " ".join(_sentence(rng, lang, 10, 18)) if has_summary else None
            tags = [LANG_TAGS[lang][i] for i in tag_idx]
            text = _article_text(titles[lang], when, tags, summary, body)
            (out_dir / lang / "news" / f"{stem}.md").write_text(text, encoding="utf-8")
    return {"en": en_n, "sr": sr_n, "pairs": pairs, "stories": len(kinds), "body_words": words}


PAGES = {
    "en": {"about.md": "About Cluster House", "contact.md": "Contact"},
    "sr": {"about.md": "О Кластер кући", "contact.md": "Контакт"},
}


def write_pages(out_dir: Path, seed: int) -> int:
    rng = random.Random(f"{seed}-pages")
    count = 0
    for lang, pages in PAGES.items():
        folder = out_dir / lang / "pages"
        folder.mkdir(parents=True, exist_ok=True)
        for name, title in pages.items():
            body = "\n\n".join(_paragraph(rng, lang, 50)[0] for _ in range(3))
            (folder / name).write_text(f"Title: {title}\n\n{body}\n", encoding="utf-8")
            count += 1
    return count


# --------------------------------------------------------------------------
# Photos and albums
# --------------------------------------------------------------------------

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
    when = _random_datetime(rng)
    title_en = _title(rng, "en")
    title_sr = _title(rng, "sr")
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
