"""Preview cards: the 1200×630 picture a shared link shows when its page has no cover photo.

The site's mark and name above, the page's title in the edition's own script below, on the
brand colour. A card is named by the hash of everything drawn on it (texts, font files,
colours, this module's layout version), kept in `<CACHE_PATH>/share/cards/` and published by
hard link like the gallery's photos (plugins/gallery/cache.py): a rebuild, an emptied
output folder or `make publish` after `make html` draws nothing again.

The font is Debian's DejaVu Sans (fonts-dejavu-core, installed by `make html` when missing):
it has every Cyrillic letter and every Latin one with diacritics (č ć đ š ž). It is read from
the system, never downloaded.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sitecore.files import copy_file, write_bytes
from sitecore.messages import message
from sitecore.settings import SettingsError

WIDTH, HEIGHT = 1200, 630  # what Facebook, LinkedIn and X show as a large preview (1.91:1)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT_BOLD = os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")
FONT_REGULAR = os.path.join(FONT_DIR, "DejaVuSans.ttf")
BRAND, BRAND_DARK, ON_BRAND, TINT = "#0b5f8a", "#083f5c", "#ffffff", "#cfe3ef"  # site.css' colours
LAYOUT_VERSION = 2  # bump when the drawing changes: renames every card
MARGIN = 80
FOLDER = "share/cards"  # in the output, from the site's root
CACHE_FOLDER = "share/cards"  # in CACHE_PATH


class CardFontMissing(SettingsError):
    """The font is not installed: the build stops at once, with what to install."""


def check_font(pelican=None) -> None:
    """`initialized`: stop before anything is read when the font is missing (a bare Debian)."""
    for path in (FONT_BOLD, FONT_REGULAR):
        _font_size(path)


@dataclass(frozen=True)
class Card:
    """One card: what is drawn on it and the name it is published under."""

    title: str
    site_name: str
    address: str  # the site's host, at the foot

    @property
    def key(self) -> str:
        fonts = [f"{os.path.basename(p)}:{_font_size(p)}" for p in (FONT_BOLD, FONT_REGULAR)]
        data = [LAYOUT_VERSION, WIDTH, HEIGHT, BRAND, BRAND_DARK, ON_BRAND, TINT, fonts,
                self.title, self.site_name, self.address]
        return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()[:20]

    @property
    def url(self) -> str:
        """From the site's root, as templates link it."""
        return f"{FOLDER}/{self.key}.png"


def _font_size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        raise CardFontMissing(message(
            "%(path)s is missing: the link preview cards are drawn with Debian's DejaVu fonts. "
            "Run `make html` (it installs them), or: apt-get install fonts-dejavu-core", path=path)) from None


def wrap(title: str, font, width: int, draw) -> list[str]:
    """Lines of at most `width` pixels, broken at spaces; a word wider than a line is cut."""
    lines, line = [], ""
    for word in title.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while draw.textlength(word, font=font) > width:  # a very long word: cut it where it fits
            cut = max(1, next(i for i in range(len(word), 0, -1)
                              if draw.textlength(word[:i], font=font) <= width))
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _title_lines(title: str, draw, box_width: int, box_height: int):
    """The largest type (64 px down to 36) that fits the title in the box; at the smallest size
    a title still too long ends with an ellipsis."""
    for size in (64, 58, 52, 46, 40, 36):
        font = _font(FONT_BOLD, size)
        lines = wrap(title, font, box_width, draw)
        spacing = round(size * 1.25)
        if len(lines) * spacing <= box_height:
            return font, lines, spacing
    fit = max(1, box_height // spacing)
    if len(lines) > fit:
        lines = lines[:fit]
        while lines[-1] and draw.textlength(lines[-1] + "…", font=font) > box_width:
            lines[-1] = lines[-1][:-1].rstrip()
        lines[-1] += "…"
    return font, lines, spacing


FOOT = 96  # the height of the foot band


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def _palette() -> list[int]:
    """Indices 0-127: the brand colour to white (the text's edges), 128-255: the foot band's
    dark colour to its light text. One byte a pixel: a third of the PNG encoding of RGB."""
    ramp = []
    for low, high in ((BRAND, ON_BRAND), (BRAND_DARK, TINT)):
        a, b = _rgb(low), _rgb(high)
        ramp += [round(a[c] + (b[c] - a[c]) * i / 127) for i in range(128) for c in range(3)]
    return ramp


@functools.lru_cache(maxsize=1)
def _mark_ink():
    """The header's mark (its white lines on the brand's square) as ink: the same on every card,
    and a third of a card's drawing time, so it is drawn once per process."""
    from PIL import Image

    from . import identity

    mark = identity.draw(96)
    on_brand = Image.new("RGB", mark.size, BRAND)
    on_brand.paste(mark, (0, 0), mark)
    low = _rgb(BRAND)[0]
    return on_brand.getchannel("R").point(lambda v: max(0, v - low) * 255 // (255 - low))


@functools.lru_cache(maxsize=None)
def _font(path: str, size: int):
    from PIL import ImageFont

    return ImageFont.truetype(path, size)


def render(card: Card) -> bytes:
    """The card as PNG bytes: everything is drawn as ink (0-255) on one grey layer, which the
    palette then colours, the band above in the brand's colours and the foot in its dark ones."""
    from PIL import Image, ImageChops, ImageDraw

    ink = Image.new("L", (WIDTH, HEIGHT), 0)
    draw = ImageDraw.Draw(ink)
    ink.paste(_mark_ink(), (MARGIN, 64))
    name_font = _font(FONT_BOLD, 40)
    draw.text((MARGIN + 96 + 28, 64 + 48), card.site_name, font=name_font, fill=255, anchor="lm")
    top, bottom = 64 + 96 + 48, HEIGHT - FOOT - 40
    font, lines, spacing = _title_lines(card.title, draw, WIDTH - 2 * MARGIN, bottom - top)
    y = top + (bottom - top - len(lines) * spacing) // 2
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=255)
        y += spacing
    foot_font = _font(FONT_REGULAR, 30)
    draw.text((MARGIN, HEIGHT - FOOT // 2), card.address, font=foot_font, fill=255, anchor="lm")
    index = ink.point(lambda v: v >> 1)
    band = Image.new("L", (WIDTH, FOOT), 128)
    index.paste(ImageChops.add(band, index.crop((0, HEIGHT - FOOT, WIDTH, HEIGHT))), (0, HEIGHT - FOOT))
    image = Image.frombytes("P", index.size, index.tobytes())
    image.putpalette(_palette())
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=3)  # 2.8 ms instead of 6.8 ms for 22 kB instead of 18 kB
    return out.getvalue()


def _render_into(card: Card, target: str) -> None:
    write_bytes(Path(target), render(card))


def publish_cards(cards, cache_dir, out_dir, workers: int | None = None) -> int:
    """Every card in `out_dir/FOLDER/` (drawn only when the cache lacks it). Returns how many
    were drawn."""
    store, target = Path(cache_dir) / CACHE_FOLDER, Path(out_dir) / FOLDER
    store.mkdir(parents=True, exist_ok=True)
    target.mkdir(parents=True, exist_ok=True)
    wanted = {card.key: card for card in cards}
    todo = [(card, str(store / f"{key}.png")) for key, card in wanted.items()
            if not (store / f"{key}.png").is_file()]
    n = min(workers or os.cpu_count() or 1, len(todo))
    if n > 1 and len(todo) > 8:  # a pool pays off for many cards only (a cold build)
        with ProcessPoolExecutor(max_workers=n) as pool:
            list(pool.map(_render_into, *zip(*todo)))
    else:
        for card, path in todo:
            _render_into(card, path)
    for key in wanted:
        name = f"{key}.png"
        if not (target / name).is_file():
            copy_file(store / name, target / name, link=True)
    # Nothing is pruned here: editions render at once, each its own cards, in one store; the
    # output starts without cards every build (publishing/spare.py), so it holds these only.
    return len(todo)
