"""The site's mark: a house drawn as a cluster of connected nodes, from ONE description.

The same coordinates (a 32-unit square) give the SVG of the header and of the theme's icon
(theme/static/images/icon.svg, compared with `icon_svg()` by the tests) and, drawn by Pillow
at build time, the favicon (16 and 32 px), the apple-touch-icon (180) and the web app
manifest's icons (192, 512). No image file is kept in git.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

# The brand colour of the stylesheet (--brand in site.css) and white on it: 6.6:1.
BRAND = "#0b5f8a"
ON_BRAND = "#ffffff"
UNITS = 32  # the side of the drawing's square
CORNER = 6  # radius of the background's rounded corners

# The house: walls and roof through five nodes, a node at its heart tied to the roof's top
# and to the two feet: a cluster that is a house.
NODES = {"left_foot": (8, 25), "left_eave": (8, 14.5), "ridge": (16, 7),
         "right_eave": (24, 14.5), "right_foot": (24, 25), "heart": (16, 18.5)}
EDGES = (("left_foot", "left_eave"), ("left_eave", "ridge"), ("ridge", "right_eave"),
         ("right_eave", "right_foot"), ("right_foot", "left_foot"),
         ("heart", "ridge"), ("heart", "left_foot"), ("heart", "right_foot"))
STROKE = 1.6   # line width, in units
NODE_RADIUS = 2.1
HEART_RADIUS = 2.6


@dataclass(frozen=True)
class Icon:
    path: str   # where the build writes it, from the site's root
    size: int   # px, square
    rounded: bool = True  # the apple-touch-icon fills its square: iOS rounds it itself


FAVICON = "favicon.ico"
FAVICON_SIZES = (16, 32)
ICONS = (Icon("apple-touch-icon.png", 180, rounded=False), Icon("icons/icon-192.png", 192),
         Icon("icons/icon-512.png", 512))
LOGO_ICON = ICONS[-1]  # the Organization's logo in structured data


def _n(value: float) -> str:
    return f"{value:g}"


def mark_svg(background: bool = True, extra: str = "") -> str:
    """The mark as an SVG element; `extra`: attributes of the <svg> tag (size, aria-hidden)."""
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {UNITS} {UNITS}"{extra}>']
    if background:
        parts.append(f'<rect width="{UNITS}" height="{UNITS}" rx="{CORNER}" fill="{BRAND}"/>')
    colour = ON_BRAND if background else "currentColor"
    lines = " ".join(f"M{_n(NODES[a][0])} {_n(NODES[a][1])}L{_n(NODES[b][0])} {_n(NODES[b][1])}" for a, b in EDGES)
    parts.append(f'<path d="{lines}" stroke="{colour}" stroke-width="{_n(STROKE)}" stroke-linecap="round" fill="none"/>')
    for name, (x, y) in NODES.items():
        r = HEART_RADIUS if name == "heart" else NODE_RADIUS
        parts.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" fill="{colour}"/>')
    parts.append("</svg>")
    return "".join(parts)


def icon_svg() -> str:
    """The theme's icon file (theme/static/images/icon.svg), byte for byte."""
    return mark_svg() + "\n"


def draw(size: int, rounded: bool = True):
    """The mark as a Pillow RGBA image of `size` px: drawn 4x larger, then scaled down (smooth edges)."""
    from PIL import Image, ImageDraw

    scale = size * 4 / UNITS
    big = Image.new("RGBA", (size * 4, size * 4), (0, 0, 0, 0))
    pen = ImageDraw.Draw(big)
    if rounded:
        pen.rounded_rectangle((0, 0, size * 4 - 1, size * 4 - 1), radius=round(CORNER * scale), fill=BRAND)
    else:
        pen.rectangle((0, 0, size * 4, size * 4), fill=BRAND)
    width = max(1, round(STROKE * scale))
    for a, b in EDGES:
        (x1, y1), (x2, y2) = NODES[a], NODES[b]
        pen.line((x1 * scale, y1 * scale, x2 * scale, y2 * scale), fill=ON_BRAND, width=width)
    for name, (x, y) in {**NODES, **{f"end-{n}": p for n, p in NODES.items()}}.items():
        # every line end rounded (as the SVG's stroke-linecap), then the node on top
        r = (HEART_RADIUS if name == "heart" else NODE_RADIUS if not name.startswith("end-") else STROKE / 2) * scale
        pen.ellipse((x * scale - r, y * scale - r, x * scale + r, y * scale + r), fill=ON_BRAND)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def png_bytes(icon: Icon) -> bytes:
    out = io.BytesIO()
    draw(icon.size, icon.rounded).save(out, "PNG", optimize=True)
    return out.getvalue()


def favicon_bytes() -> bytes:
    """favicon.ico with a 16 and a 32 px picture, each drawn at its own size."""
    out = io.BytesIO()
    images = [draw(size) for size in FAVICON_SIZES]
    images[-1].save(out, "ICO", sizes=[(s, s) for s in FAVICON_SIZES], append_images=images[:-1])
    return out.getvalue()


def header_logo():
    """The mark for the header, next to the site's name (the name is HTML text, not in the SVG)."""
    from markupsafe import Markup

    return Markup(mark_svg(extra=' class="logo" width="40" height="40" aria-hidden="true" focusable="false"'))


def install(generator) -> None:
    """`generator_init`: `site_logo()` for the templates."""
    generator.env.globals["site_logo"] = header_logo
