"""Documents of the set: what each file is (and how a person labels it) and how its bytes are made.

Producers: python-docx, openpyxl, LibreOffice (HTML/CSV/FODS in, docx/doc/odt/pdf/xlsx/xls/ods out,
one soffice run per target format), Apache POI test files (encrypted/truncated/xlsb), zip (GBK or
UTF-8 member names), 7z, JPEG photos (LibreOffice PDF -> pdftoppm), and a Strict-OOXML rewrite.
"""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

POI = Path("/work/.mirror/apache+poi/repo")


@dataclass(eq=False)
class Doc:
    """One file a person would see; `category`, `unit`, `readable` are the human labels."""

    name: str
    category: str
    unit: str | None
    producer: str
    readable: bool = True
    title: str = ""
    paras: list[str] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)
    after: list[str] = field(default_factory=list)  # paragraphs after the tables
    rows: list[list[object]] = field(default_factory=list)  # sheets
    members: list[Doc] = field(default_factory=list)  # archives
    source: str = ""  # public file path inside POI, or the doc a variant is made from
    base: Doc | None = None  # for truncate / strict variants
    zip_charset: str = "utf-8"
    data: bytes = b""

    def flat(self) -> list[Doc]:
        """This file and, for archives, every member (recursively)."""
        out: list[Doc] = [self]
        for m in self.members:
            out.extend(m.flat())
        return out


LO_TARGETS = {
    "lo-docx": ("html", "docx:MS Word 2007 XML", "HTML (StarWriter)"),
    "lo-doc": ("html", "doc:MS Word 97", "HTML (StarWriter)"),
    "lo-odt": ("html", "odt:writer8", "HTML (StarWriter)"),
    "lo-pdf": ("html", "pdf:writer_pdf_Export", "HTML (StarWriter)"),
    "lo-xlsx": ("csv", "xlsx:Calc MS Excel 2007 XML", "CSV:44,34,76,1"),
    "lo-xls": ("csv", "xls:MS Excel 97", "CSV:44,34,76,1"),
    "lo-ods": ("csv", "ods:calc8", "CSV:44,34,76,1"),
    "photo": ("html", "pdf:writer_pdf_Export", "HTML (StarWriter)"),
}


def to_html(d: Doc) -> str:
    """An HTML page for LibreOffice to convert (headline, paragraphs, bordered tables)."""
    out = [
        '<html><head><meta charset="utf-8"><style>td{border:1px solid #000;padding:2px}'
        "table{border-collapse:collapse}</style></head><body>"
    ]
    if d.producer == "photo":
        colour = "#%06x" % (zlib.crc32(d.name.encode()) & 0xFFFFFF)
        out.append(
            f'<table width="100%"><tr><td height="600" bgcolor="{colour}">'
            f"<h1>{html.escape(d.title)}</h1></td></tr></table></body></html>"
        )
        return "".join(out)
    if d.title:
        out.append(f'<h2 align="center">{html.escape(d.title)}</h2>')
    for p in d.paras:
        out.append(f"<p>{html.escape(p)}</p>")
    for t in d.tables:
        out.append('<table border="1">')
        for r in t:
            out.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>")
        out.append("</table><p></p>")
    for p in d.after:
        out.append(f"<p>{html.escape(p)}</p>")
    out.append("</body></html>")
    return "".join(out)


def to_csv(d: Doc) -> str:
    """CSV for LibreOffice Calc (title row first when there is one)."""
    import csv

    buf = io.StringIO()
    w = csv.writer(buf)
    if d.title:
        w.writerow([d.title])
    for r in d.rows:
        w.writerow(r)
    return buf.getvalue()


def make_docx(d: Doc) -> bytes:
    """python-docx: headline, paragraphs, 'Table Grid' tables."""
    import docx

    doc = docx.Document()
    doc.core_properties.author = "Administrator"
    if d.title:
        doc.add_heading(d.title, level=1)
    for p in d.paras:
        doc.add_paragraph(p)
    for t in d.tables:
        tab = doc.add_table(rows=len(t), cols=max(len(r) for r in t))
        tab.style = "Table Grid"
        for i, r in enumerate(t):
            for j, c in enumerate(r):
                tab.cell(i, j).text = str(c)
        doc.add_paragraph("")
    for p in d.after:
        doc.add_paragraph(p)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def make_xlsx(d: Doc) -> bytes:
    """openpyxl: title in A1 (merged), the rows below it, then `after` lines under the table."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    width = max((len(r) for r in d.rows), default=1)
    if d.title:
        ws.append([d.title])
        if width > 1:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for r in d.rows:
        ws.append(list(r))
    if d.after:
        ws.append([])
        for line in d.after:
            ws.append([line])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


STRICT = [
    (
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main",
    ),
    (
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ),
    (
        "http://schemas.openxmlformats.org/drawingml/2006/main",
        "http://purl.oclc.org/ooxml/drawingml/main",
    ),
]


def to_strict(data: bytes) -> bytes:
    """Rewrite a Transitional OOXML package into Strict namespaces, as Excel/Word 'Strict' save."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                text = blob.decode("utf-8")
                for old, new in STRICT:
                    text = text.replace(old, new)
                # Strict packages also carry the conformance attribute on the root part.
                text = re.sub(r"(<workbook )", r'\1conformance="strict" ', text, count=1)
                text = re.sub(r"(<w:document )", r'\1w:conformance="strict" ', text, count=1)
                blob = text.encode("utf-8")
            out.writestr(info, blob)
    return buf.getvalue()


def make_zip(d: Doc) -> bytes:
    """A zip of the members; 'gbk' names are written without the UTF-8 flag (Windows 'Send to')."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for m in d.members:
            info = zipfile.ZipInfo(m.name, date_time=(2020, 11, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, m.data)
    data = buf.getvalue()
    if d.zip_charset == "gbk":
        data = _recode_zip_names(data, [m.name for m in d.members])
    return data


def _recode_zip_names(data: bytes, names: list[str]) -> bytes:
    """Replace UTF-8 member names by GBK ones and clear flag bit 11, keeping offsets right."""
    out = bytearray()
    pos = 0
    src = bytes(data)
    # Rebuild by hand: local headers then central directory; names change length.
    local_offsets: dict[int, int] = {}
    cd_start = src.rfind(b"PK\x05\x06")
    eocd = src[cd_start:]
    cd_off = int.from_bytes(eocd[16:20], "little")
    while pos < cd_off:
        assert src[pos : pos + 4] == b"PK\x03\x04"
        nlen = int.from_bytes(src[pos + 26 : pos + 28], "little")
        xlen = int.from_bytes(src[pos + 28 : pos + 30], "little")
        csize = int.from_bytes(src[pos + 18 : pos + 22], "little")
        name = src[pos + 30 : pos + 30 + nlen].decode("utf-8").encode("gbk")
        flags = int.from_bytes(src[pos + 6 : pos + 8], "little") & ~0x800
        local_offsets[pos] = len(out)
        hdr = bytearray(src[pos : pos + 30])
        hdr[6:8] = flags.to_bytes(2, "little")
        hdr[26:28] = len(name).to_bytes(2, "little")
        out += hdr + name + src[pos + 30 + nlen : pos + 30 + nlen + xlen + csize]
        pos += 30 + nlen + xlen + csize
    new_cd = len(out)
    p = cd_off
    count = 0
    while src[p : p + 4] == b"PK\x01\x02":
        nlen = int.from_bytes(src[p + 28 : p + 30], "little")
        xlen = int.from_bytes(src[p + 30 : p + 32], "little")
        clen = int.from_bytes(src[p + 32 : p + 34], "little")
        off = int.from_bytes(src[p + 42 : p + 46], "little")
        name = src[p + 46 : p + 46 + nlen].decode("utf-8").encode("gbk")
        flags = int.from_bytes(src[p + 8 : p + 10], "little") & ~0x800
        hdr = bytearray(src[p : p + 46])
        hdr[8:10] = flags.to_bytes(2, "little")
        hdr[28:30] = len(name).to_bytes(2, "little")
        hdr[42:46] = local_offsets[off].to_bytes(4, "little")
        out += hdr + name + src[p + 46 + nlen : p + 46 + nlen + xlen + clen]
        p += 46 + nlen + xlen + clen
        count += 1
    cd_size = len(out) - new_cd
    e = bytearray(eocd)
    e[12:16] = cd_size.to_bytes(4, "little")
    e[16:20] = new_cd.to_bytes(4, "little")
    out += e
    zipfile.ZipFile(io.BytesIO(bytes(out))).testzip()
    assert count == len(names)
    return bytes(out)


def make_7z(d: Doc, work: Path) -> bytes:
    """A 7z archive of the members, made by the 7z binary."""
    folder = work / "7z" / str(id(d))
    folder.mkdir(parents=True, exist_ok=True)
    for m in d.members:
        (folder / m.name).write_bytes(m.data)
    target = work / "7z" / f"{id(d)}.7z"
    target.unlink(missing_ok=True)
    subprocess.run(
        ["7z", "a", "-bd", "-bso0", "-bsp0", str(target)] + [m.name for m in d.members],
        cwd=folder,
        check=True,
    )
    return target.read_bytes()


def poi_file(path: str) -> bytes:
    """A file from the Apache POI test-data folder (fetched mirror, Apache-2.0)."""
    return subprocess.run(
        ["git", "-C", str(POI), "show", f"HEAD:test-data/{path}"], check=True, capture_output=True
    ).stdout


def _lo_convert(jobs: list[tuple[Doc, str]], work: Path) -> None:
    """Run soffice once per (target, infilter) over all documents of that kind."""
    groups: dict[str, list[tuple[Doc, str]]] = {}
    for d, key in jobs:
        groups.setdefault(d.producer, []).append((d, key))
    profile = work / "lo-profile"
    for producer, items in groups.items():
        ext, target, infilter = LO_TARGETS[producer]
        indir = work / "lo" / producer
        outdir = work / "lo-out" / producer
        shutil.rmtree(indir, ignore_errors=True)
        shutil.rmtree(outdir, ignore_errors=True)
        indir.mkdir(parents=True)
        outdir.mkdir(parents=True)
        paths = []
        for d, key in items:
            p = indir / f"{key}.{ext}"
            p.write_text(to_html(d) if ext == "html" else to_csv(d), encoding="utf-8")
            paths.append(str(p))
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                f"--infilter={infilter}",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
                *paths,
            ],
            check=True,
            capture_output=True,
        )
        out_ext = target.split(":")[0]
        for d, key in items:
            d.data = (outdir / f"{key}.{out_ext}").read_bytes()
            if producer == "photo":
                d.data = _pdf_to_jpeg(d.data, work / "photo" / key)


def _pdf_to_jpeg(pdf: bytes, stem: Path) -> bytes:
    """First page of a PDF as a small JPEG (pdftoppm), standing in for a phone photo."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    src = stem.with_suffix(".pdf")
    src.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-jpeg", "-r", "24", "-singlefile", str(src), str(stem)], check=True
    )
    return stem.with_suffix(".jpg").read_bytes()


def build_all(docs: list[Doc], work: Path) -> None:
    """Give every document (and archive member) its bytes; archives after their members."""
    work.mkdir(parents=True, exist_ok=True)
    everything: list[Doc] = []
    seen: set[int] = set()
    for d in docs:
        for x in d.flat() + ([d.base] if d.base else []):
            if id(x) not in seen:
                seen.add(id(x))
                everything.append(x)
                if x.base is not None and id(x.base) not in seen:
                    seen.add(id(x.base))
                    everything.append(x.base)
    lo_jobs = [(d, f"d{i:03d}") for i, d in enumerate(everything) if d.producer in LO_TARGETS]
    _lo_convert(lo_jobs, work)
    for d in everything:
        if d.producer == "python-docx":
            d.data = make_docx(d)
        elif d.producer == "openpyxl":
            d.data = make_xlsx(d)
        elif d.producer == "poi":
            d.data = poi_file(d.source)
    for d in everything:  # variants of built documents
        if d.producer == "strict":
            assert d.base is not None
            d.data = to_strict(d.base.data)
        elif d.producer == "truncate":
            assert d.base is not None
            d.data = d.base.data[: len(d.base.data) * 3 // 5]
    for d in reversed(everything):  # members before archives (flat() lists archives first)
        if d.producer == "zip":
            d.data = make_zip(d)
        elif d.producer == "7z":
            d.data = make_7z(d, work)
    for d in everything:
        assert d.data, f"no bytes for {d.name} ({d.producer})"
