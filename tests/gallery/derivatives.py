"""What the image-layer tests share: a small plan, a decode recorder, and readers of the
files' markers (JPEG segments, WebP chunks)."""

import pytest
from PIL import Image

from gallery import decoding
from gallery.images import Plan, render_derivatives

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
