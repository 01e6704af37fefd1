"""Pictures written with zlib for set10 (set9's docs.py functions, moved out): a QR-looking
code and a colour block standing in for a photo."""

from __future__ import annotations

import random
import struct
import zlib


def qr_png(seed: int, modules: int = 29, scale: int = 4) -> bytes:
    """A QR-looking black/white PNG (finder squares + random modules): not decodable."""
    rng = random.Random(seed)
    grid = [[rng.random() < 0.5 for _ in range(modules)] for _ in range(modules)]
    for oy, ox in ((0, 0), (0, modules - 7), (modules - 7, 0)):
        for y in range(7):
            for x in range(7):
                edge = y in (0, 6) or x in (0, 6)
                core = 2 <= y <= 4 and 2 <= x <= 4
                grid[oy + y][ox + x] = edge or core
    size = modules * scale
    rows = b""
    for y in range(size):
        line = bytes(0 if grid[y // scale][x // scale] else 255 for x in range(size))
        rows += b"\x00" + line

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def photo_png(seed: int) -> bytes:
    """A small colour PNG standing in for a photo."""
    rng = random.Random(seed)
    w, h = 120, 80
    base = [rng.randrange(60, 200) for _ in range(3)]
    rows = b"".join(
        b"\x00" + bytes(min(255, (base[c] + x + y) % 256) for x in range(w) for c in range(3))
        for y in range(h)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )
