"""Document producers for set4: every attachment is made by a real program.

A `Doc` names its producer and its source (HTML, Markdown, CSV rows, python-docx blocks,
openpyxl rows, a real file from Apache POI). `produce_all` makes every document once,
batching LibreOffice conversions per filter, and caches the bytes under `.build/` keyed by
producer and source, so a second run reuses them. External producers stamp their own
creation times into the files, so a clean rebuild changes those bytes and nothing else.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent.parent
BUILD = HERE / ".build"
SAMPLES = HERE / "samples"

# producer -> (LibreOffice input filter, convert-to spec, input extension)
LIBREOFFICE = {
    "lo-docx": ("HTML (StarWriter)", "docx:MS Word 2007 XML", "html"),
    "lo-ooxml": ("HTML (StarWriter)", "docx:Office Open XML Text", "html"),
    "lo-doc": ("HTML (StarWriter)", "doc:MS Word 97", "html"),
    "lo-odt": ("HTML (StarWriter)", "odt:writer8", "html"),
    "lo-rtf": ("HTML (StarWriter)", "rtf:Rich Text Format", "html"),
    "lo-pdf": ("HTML (StarWriter)", "pdf:writer_pdf_Export", "html"),
    "lo-xlsx": ("CSV:44,34,76,1", "xlsx:Calc MS Excel 2007 XML", "csv"),
    "lo-xls": ("CSV:44,34,76,1", "xls:MS Excel 97", "csv"),
    "lo-ods": ("CSV:44,34,76,1", "ods:calc8", "csv"),
}
EXT = {
    "lo-docx": "docx",
    "lo-ooxml": "docx",
    "lo-doc": "doc",
    "lo-odt": "odt",
    "lo-rtf": "rtf",
    "lo-pdf": "pdf",
    "lo-xlsx": "xlsx",
    "lo-xls": "xls",
    "lo-ods": "ods",
    "pandoc-docx": "docx",
    "pandoc-odt": "odt",
    "abiword-docx": "docx",
    "abiword-doc": "doc",
    "abiword-rtf": "rtf",
    "abiword-pdf": "pdf",
    "gnumeric-xlsx": "xlsx",
    "gnumeric-xls": "xls",
    "gnumeric-ods": "ods",
    "chromium-pdf": "pdf",
    "python-docx": "docx",
    "openpyxl": "xlsx",
    "csv-gbk": "csv",
    "csv-utf8": "csv",
    "png": "png",
    "jpg": "jpg",
    "text": "txt",
}
PRODUCER_NAMES = {
    "lo": "LibreOffice (soffice --headless --convert-to)",
    "pandoc": "pandoc",
    "abiword": "AbiWord (abiword --to)",
    "gnumeric": "Gnumeric (ssconvert)",
    "chromium": "Chromium headless --print-to-pdf",
    "python-docx": "python-docx",
    "openpyxl": "openpyxl",
    "poi": "Apache POI test-data (real file)",
    "csv": "hand-written CSV (Excel-style)",
    "png": "zlib-written PNG",
    "jpg": "pdftoppm -jpeg of an AbiWord PDF",
    "zip": "Python zipfile",
    "truncate": "a real file cut short",
    "text": "plain text",
}


@dataclass
class Doc:
    """One document to produce: `producer` and its `source`; `post` changes the bytes."""

    producer: str
    source: Any = None
    post: str = ""  # "", "truncate"
    members: list[tuple[str, Doc]] = field(default_factory=list)  # zip only

    def key(self) -> str:
        blob = json.dumps(
            [self.producer, self.source, self.post, [(n, d.key()) for n, d in self.members]],
            ensure_ascii=False,
            sort_keys=True,
        )
        return hashlib.sha256(blob.encode()).hexdigest()[:20]

    def family(self) -> str:
        """The producer family named in labels ("lo", "pandoc", ...)."""
        if self.producer.startswith("poi:"):
            return "poi"
        if self.producer in ("csv-gbk", "csv-utf8"):
            return "csv"
        if self.producer in PRODUCER_NAMES or self.post:
            return "truncate" if self.post else self.producer
        return self.producer.split("-")[0] if "-" in self.producer else self.producer


def _run(cmd: list[str], **kw: Any) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1604534400", "LC_ALL": "C.UTF-8"}
    subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=300, **kw)


def _csv_text(rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def _png(seed: int, width: int = 160, height: int = 100) -> bytes:
    """A small real PNG (colour bands), like a phone photo thumbnail."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            row += bytes(
                ((x * 3 + seed * 40) % 256, (y * 2 + seed * 17) % 256, (x + y + seed) % 256)
            )
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def _python_docx(blocks: list[list[Any]], out: Path) -> None:
    import docx  # python-docx

    d = docx.Document()
    for block in blocks:
        kind = block[0]
        if kind == "h":
            d.add_heading(block[1], level=block[2] if len(block) > 2 else 1)
        elif kind == "p":
            d.add_paragraph(block[1])
        elif kind == "table":
            rows, merges = block[1], block[2] if len(block) > 2 else []
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = str(v)
            for r0, c0, r1, c1 in merges:
                keep = t.cell(r0, c0).text
                merged = t.cell(r0, c0).merge(t.cell(r1, c1))
                merged.text = keep
    d.core_properties.author = "Administrator"
    d.save(str(out))


def _openpyxl(spec: dict[str, Any], out: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = spec.get("sheet", "Sheet1")
    for r in spec["rows"]:
        ws.append(r)
    for rng in spec.get("merges", []):
        ws.merge_cells(rng)
    for extra in spec.get("extra_sheets", []):
        ws2 = wb.create_sheet(extra["sheet"])
        for r in extra["rows"]:
            ws2.append(r)
    wb.save(str(out))


def _simple(doc: Doc, out: Path, tmp: Path) -> None:
    """Every producer that is not a LibreOffice batch."""
    p, src = doc.producer, doc.source
    if p.startswith("pandoc-"):
        fmt = "html" if str(src).lstrip().startswith("<") else "markdown"
        inp = tmp / f"{out.stem}.{'html' if fmt == 'html' else 'md'}"
        inp.write_text(src, encoding="utf-8")
        _run(["pandoc", "-f", fmt, "-t", p.split("-")[1], "-o", str(out), str(inp)])
    elif p.startswith("abiword-"):
        inp = tmp / f"{out.stem}.html"
        inp.write_text(src, encoding="utf-8")
        _run(["abiword", f"--to={p.split('-')[1]}", "-o", str(out), str(inp)])
    elif p.startswith("gnumeric-"):
        inp = tmp / f"{out.stem}.csv"
        inp.write_text(_csv_text(src), encoding="utf-8")
        kind = {
            "xlsx": "Gnumeric_Excel:xlsx",
            "xls": "Gnumeric_Excel:excel_biff8",
            "ods": "Gnumeric_OpenCalc:odf",
        }[p.split("-")[1]]
        _run(["ssconvert", f"--export-type={kind}", str(inp), str(out)])
    elif p == "chromium-pdf":
        inp = tmp / f"{out.stem}.html"
        inp.write_text(src, encoding="utf-8")
        _run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                "--print-to-pdf-no-header",
                f"--user-data-dir={tmp / 'chromium'}",
                f"--print-to-pdf={out}",
                str(inp),
            ]
        )
    elif p == "python-docx":
        _python_docx(src, out)
    elif p == "openpyxl":
        _openpyxl(src, out)
    elif p == "csv-gbk":
        out.write_bytes(_csv_text(src).encode("gb18030"))
    elif p == "csv-utf8":
        out.write_bytes(b"\xef\xbb\xbf" + _csv_text(src).encode("utf-8"))
    elif p == "png":
        out.write_bytes(_png(int(src)))
    elif p == "jpg":
        inp = tmp / f"{out.stem}.html"
        inp.write_text(src, encoding="utf-8")
        pdf = tmp / f"{out.stem}.pdf"
        _run(["abiword", "--to=pdf", "-o", str(pdf), str(inp)])
        _run(["pdftoppm", "-jpeg", "-r", "36", "-singlefile", str(pdf), str(tmp / out.stem)])
        shutil.move(tmp / f"{out.stem}.jpg", out)
    elif p == "text":
        out.write_bytes(src.encode("utf-8"))
    elif p.startswith("poi:"):
        shutil.copyfile(SAMPLES / "poi" / p[4:], out)
    else:
        raise ValueError(f"unknown producer {p}")


def _path(doc: Doc) -> Path:
    ext = EXT.get(doc.producer) or doc.producer.rsplit(".", 1)[-1]
    if doc.producer == "zip":
        ext = "zip"
    return BUILD / f"{doc.key()}.{ext}"


def produce_all(docs: list[Doc]) -> dict[str, bytes]:
    """Make every document (members first); return bytes by `Doc.key()`."""
    BUILD.mkdir(exist_ok=True)
    flat: dict[str, Doc] = {}

    def walk(d: Doc) -> None:
        for _, m in d.members:
            walk(m)
        if d.post:
            walk(Doc(d.producer, d.source, members=d.members))
        flat[d.key()] = d

    for d in docs:
        walk(d)
    base = {k: d for k, d in flat.items() if d.producer != "zip" and not d.post}
    todo = [d for d in base.values() if not _path(d).exists()]
    batches: dict[str, list[Doc]] = defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="set4-prod-") as t:
        tmp = Path(t)
        for d in todo:
            if d.producer in LIBREOFFICE:
                batches[d.producer].append(d)
            else:
                log.info("producing %s with %s", d.key(), d.producer)
                _simple(d, _path(d), tmp)
        profile = tmp / "lo-profile"
        for producer, group in batches.items():
            infilter, convert, ext = LIBREOFFICE[producer]
            src_dir = tmp / producer
            src_dir.mkdir()
            for d in group:
                text = d.source if ext == "html" else _csv_text(d.source)
                (src_dir / f"{d.key()}.{ext}").write_text(text, encoding="utf-8")
            out_dir = tmp / f"{producer}-out"
            _run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    f"--infilter={infilter}",
                    "--convert-to",
                    convert,
                    "--outdir",
                    str(out_dir),
                    *sorted(str(p) for p in src_dir.iterdir()),
                ]
            )
            for d in group:
                shutil.move(out_dir / f"{d.key()}.{EXT[producer]}", _path(d))
    result: dict[str, bytes] = {k: _path(d).read_bytes() for k, d in base.items()}
    for k, d in flat.items():
        if d.post == "truncate":
            data = result[Doc(d.producer, d.source, members=d.members).key()]
            result[k] = data[: len(data) * 2 // 5]
        elif d.producer == "zip":
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for name, m in d.members:
                    info = zipfile.ZipInfo(name, date_time=(2020, 11, 10, 9, 30, 0))
                    info.flag_bits |= 0x800  # names in UTF-8, as 7-Zip and WinRAR 5 write them
                    info.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(info, result[m.key()])
            result[k] = buf.getvalue()
    return result
