"""Documents as units really make them: python-docx, openpyxl, LibreOffice conversions,
archives (zip with GBK or UTF-8 names, 7z), damaged and password-protected files, photos.

python-docx and openpyxl output is re-zipped with fixed timestamps so it is byte-identical on
every run; LibreOffice stamps its own times into what it converts (see README).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import docx
import msoffcrypto
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parents[1]
SAMPLES = HERE / "samples" / "tika"
CACHE = Path(os.environ.get("DEVSET_CACHE", "/tmp/devset-cache"))
FIXED = datetime(2020, 11, 1, 8, 0, 0)


def _rezip(data: bytes) -> bytes:
    """Same members, fixed dates and order: python-docx/openpyxl write the current time."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 11, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2020-11-01T08:00:00Z", data
                )
            dst.writestr(zi, data)
    return out.getvalue()


def docx_file(blocks: list, *, header: str | None = None, author: str = "Administrator") -> bytes:
    """A Word document from blocks: str (paragraph), ("h", text[, level]), ("title", text),
    ("table", rows[, merges]) where merges are ((r0, c0), (r1, c1)) pairs."""
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = author
    style = d.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(12)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "title":
            p = d.add_paragraph()
            run = p.add_run(b[1])
            run.bold = True
            run.font.size = Pt(18)
            p.alignment = 1
        elif b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "table":
            rows = b[1]
            width = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=width)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = str(v)
            for (r0, c0), (r1, c1) in b[2] if len(b) > 2 else []:
                t.cell(r0, c0).merge(t.cell(r1, c1))
        elif b[0] == "break":
            d.add_page_break()
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue())


def xlsx_file(sheets: list[dict]) -> bytes:
    """A workbook: each sheet {"title", "rows", "merges": ["A1:J1"], "widths"}; a str cell
    starting with "=" stays a formula (LibreOffice round trips fill its cached value)."""
    wb = openpyxl.Workbook()
    wb.properties.creator = "Administrator"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s.get("title", "Sheet1"))
        for r in s["rows"]:
            ws.append(list(r))
        for m in s.get("merges", []):
            ws.merge_cells(m)
        if s.get("rows"):
            ws["A1"].font = Font(bold=True, size=14)
            ws["A1"].alignment = Alignment(horizontal="center")
        for col, w in s.get("widths", {}).items():
            ws.column_dimensions[col].width = w
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue())


def convert(data: bytes, src_ext: str, dst: str) -> bytes:
    """LibreOffice headless `--convert-to dst` (e.g. "pdf", "doc", "xls:MS Excel 97"), cached
    by input so a rerun does not start soffice again."""
    key = hashlib.sha256(data + dst.encode()).hexdigest()[:24]
    ext = dst.split(":")[0]
    cached = CACHE / f"{key}.{ext}"
    if cached.exists():
        return cached.read_bytes()
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        src = tmp / f"in.{src_ext}"
        src.write_bytes(data)
        profile = tmp / "profile"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                dst,
                "--outdir",
                str(tmp / "out"),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        out = (tmp / "out" / f"in.{ext}").read_bytes()
    cached.write_bytes(out)
    return out


def truncated(data: bytes, keep: float = 0.45) -> bytes:
    """The first part of a file, as a broken upload or a full disk leaves it."""
    return data[: int(len(data) * keep)]


def encrypted_ooxml(data: bytes, password: str = "123456") -> bytes:
    """A docx/xlsx protected with a password to open (ECMA-376 agile encryption)."""
    import random
    from unittest import mock

    from msoffcrypto.format.ooxml import OOXMLFile
    from msoffcrypto.method import ecma376_agile

    # salts and keys come from a seeded generator so the file is the same on every run
    r = random.Random(hashlib.sha256(data).digest())
    out = io.BytesIO()
    from msoffcrypto.method.container import ecma376_encrypted as box

    with (
        mock.patch.object(ecma376_agile, "_random_buffer", lambda n: r.randbytes(n)),
        mock.patch.object(box, "datetime2filetime", lambda _now: 132486912000000000),  # CFB times
    ):
        OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


def is_encrypted(data: bytes) -> bool:
    """Whether msoffcrypto sees an open password (used by check_labels)."""
    try:
        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except Exception:  # not an Office file at all
        return False


class _GbkInfo(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as WinRAR/360压缩 write it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def zip_file(members: list[tuple[str, bytes]], *, gbk: bool = True) -> bytes:
    """A zip archive; member names may carry folders ("方案/x.docx")."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            cls = _GbkInfo if gbk else zipfile.ZipInfo
            z.writestr(cls(name, date_time=(2020, 11, 4, 16, 30, 0)), data)
    return out.getvalue()


def sevenzip_file(members: list[tuple[str, bytes]]) -> bytes:
    """A 7z archive made by the 7z program."""
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for name, data in members:
            p = tmp / "in" / name
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
            os.utime(p, (1604448000, 1604448000))
        for d in sorted((tmp / "in").rglob("*"), reverse=True):
            if d.is_dir():
                os.utime(d, (1604448000, 1604448000))
        subprocess.run(
            ["7z", "a", "-t7z", "-bd", "-y", str(tmp / "out.7z"), "."],
            cwd=tmp / "in",
            check=True,
            capture_output=True,
            timeout=120,
        )
        return (tmp / "out.7z").read_bytes()


def sample(name: str) -> bytes:
    """A real file from Apache Tika's test documents (samples/tika, Apache-2.0)."""
    return (SAMPLES / name).read_bytes()


def photo_from_pdf(pdf: bytes, dpi: int = 20) -> bytes:
    """A small JPEG of a PDF's first page (pdftoppm), standing in for a phone photo."""
    with tempfile.TemporaryDirectory() as t:
        p = Path(t) / "in.pdf"
        p.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-jpeg", "-r", str(dpi), "-f", "1", "-l", "1", str(p), str(Path(t) / "o")],
            check=True,
            capture_output=True,
            timeout=60,
        )
        return next(Path(t).glob("o*.jpg")).read_bytes()


def cleanup_cache() -> None:
    """Forget cached conversions (generate.py --fresh)."""
    shutil.rmtree(CACHE, ignore_errors=True)
