"""Set13's documents made from other documents (split from docs.py): zips (UTF-8 or GBK
member names, set9's), Writer PDFs of scanned pages, Office files with an open password,
and zips with a password."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import tempfile
import zipfile
from pathlib import Path

from .docs import BUILD, Doc, _run


def zip_of(d: Doc, result: dict[str, bytes]) -> bytes:
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


def late(flat: dict[str, Doc], result: dict[str, bytes]) -> None:
    """set13: files made from other files: Writer PDFs of scanned pages (one soffice call), Office
    files encrypted with an open password (msoffcrypto-tool from .build/py), zips with a
    password (7-Zip, ZipCrypto)."""
    scans = [
        d for d in flat.values() if d.producer == "scan-pdf" and not (BUILD / d.key()).exists()
    ]
    if scans:
        with tempfile.TemporaryDirectory(prefix="set13-scan-") as t:
            tmp = Path(t)
            for d in scans:  # a page holding only the picture, as scanning apps make them
                shutil.copy(BUILD / Doc("scan-jpg", d.source).key(), tmp / f"{d.key()}.jpg")
                (tmp / f"{d.key()}.html").write_text(
                    f'<html><body><p><img src="{tmp / d.key()}.jpg" width="620"></p></body></html>'
                )
            _run(["soffice", f"-env:UserInstallation=file://{tmp / 'prof'}", "--headless",
                  "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                  "--outdir", str(tmp / "out"),
                   *sorted(str(p) for p in tmp.glob("*.html"))])  # fmt: skip
            for d in scans:
                shutil.move(tmp / "out" / f"{d.key()}.pdf", BUILD / d.key())
    for k, d in flat.items():
        out = BUILD / k
        if d.producer == "enc-ooxml" and not out.exists():
            inner = BUILD / d.members[0][1].key()
            code = (
                "import msoffcrypto.format.ooxml as o, sys;"
                "f=open(sys.argv[1],'rb');g=open(sys.argv[2],'wb');"
                "o.OOXMLFile(f).encrypt(sys.argv[3], g)"
            )
            subprocess.run(["python3", "-c", code, str(inner), str(out), str(d.source)],
                           check=True, env={"PYTHONPATH": str(BUILD / "py"),
                            "PATH": "/usr/bin"})  # fmt: skip
        elif d.producer == "zip-enc" and not out.exists():
            with tempfile.TemporaryDirectory(prefix="set13-zip-") as t:
                tmp = Path(t)
                for name, m in d.members:
                    (tmp / name).write_bytes(result[m.key()])
                _run(["7z", "a", "-tzip", f"-p{d.source}", "-mem=ZipCrypto", str(tmp / "x.zip"),
                      *[str(tmp / n) for n, _ in d.members]])  # fmt: skip
                shutil.move(tmp / "x.zip", out)
        if d.producer in ("scan-pdf", "enc-ooxml", "zip-enc"):
            result[k] = out.read_bytes()
