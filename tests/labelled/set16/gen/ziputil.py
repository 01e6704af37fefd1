"""Zips of other documents for set16 (set9's docs.py plumbing, moved out whole): UTF-8
member names, or GBK names without the UTF-8 flag as Windows writes them."""

from __future__ import annotations

import io
import struct
import zipfile
from typing import Any


def zip_of(d: Any, result: dict[str, bytes]) -> bytes:
    """A zip of other documents: UTF-8 names (7-Zip), or GBK names without the UTF-8 flag
    (Windows' built-in 'send to compressed folder' on a Chinese system)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, m in d.members:
            info = zipfile.ZipInfo(name, date_time=(2020, 11, 10, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if d.producer == "zip":
                info.flag_bits |= 0x800
            z.writestr(info, result[m.key()])
    data = buf.getvalue()
    if d.producer == "zip-gbk":  # zipfile writes UTF-8 bytes; put GBK bytes of equal role
        for name, _ in d.members:
            u8, gb = name.encode("utf-8"), name.encode("gbk")
            data = _rename(data, u8, gb)
    return data


def _rename(data: bytes, old: bytes, new: bytes) -> bytes:
    """Replace a member name in local and central headers, fixing the name lengths."""
    out = bytearray()
    i = 0
    while i < len(data):
        sig = data[i : i + 4]
        if sig == b"PK\x03\x04":
            n, e = struct.unpack("<HH", data[i + 26 : i + 30])
            name = data[i + 30 : i + 30 + n]
            csize = struct.unpack("<I", data[i + 18 : i + 22])[0]
            head = bytearray(data[i : i + 30])
            if name == old:
                name = new
                head[26:28] = struct.pack("<H", len(new))
                flags = struct.unpack("<H", head[6:8])[0] & ~0x800
                head[6:8] = struct.pack("<H", flags)
            out += head + name + data[i + 30 + n : i + 30 + n + e + csize]
            i += 30 + n + e + csize
        elif sig == b"PK\x01\x02":
            n, e, c = struct.unpack("<HHH", data[i + 28 : i + 34])
            name = data[i + 46 : i + 46 + n]
            head = bytearray(data[i : i + 46])
            if name == old:
                name = new
                head[28:30] = struct.pack("<H", len(new))
                flags = struct.unpack("<H", head[8:10])[0] & ~0x800
                head[8:10] = struct.pack("<H", flags)
            out += head + name + data[i + 46 + n : i + 46 + n + e + c]
            i += 46 + n + e + c
        else:
            break
    # offsets change with the name lengths: rebuild through zipfile's own reader check
    rest = data[i:]
    return _fix_offsets(bytes(out), rest)


def _fix_offsets(body: bytes, eocd: bytes) -> bytes:
    """Recompute local-header offsets in the central directory and the EOCD record."""
    out = bytearray(body)
    offsets, i = [], 0
    while out[i : i + 4] == b"PK\x03\x04":
        offsets.append(i)
        n, e = struct.unpack("<HH", out[i + 26 : i + 30])
        csize = struct.unpack("<I", out[i + 18 : i + 22])[0]
        i += 30 + n + e + csize
    cd_start, k = i, 0
    while out[i : i + 4] == b"PK\x01\x02":
        out[i + 42 : i + 46] = struct.pack("<I", offsets[k])
        n, e, c = struct.unpack("<HHH", out[i + 28 : i + 34])
        i += 46 + n + e + c
        k += 1
    end = bytearray(eocd)
    end[12:16] = struct.pack("<I", i - cd_start)
    end[16:20] = struct.pack("<I", cd_start)
    return bytes(out) + bytes(end)
