"""Document producers for set9 (set8's plumbing, extended).

Every attachment is made by a real program or written to spec.

A `Doc` names its producer and source. `produce_all` makes each document once (LibreOffice
conversions batched per filter, as set4's plumbing does) and caches bytes under `.build/`.
Producers: python-docx (plain, and with odd structures: text boxes, nested tables, the unit
only in the header/footer), openpyxl (several sheets, merged cells, hyperlink cells),
LibreOffice (`soffice --headless --convert-to`, Writer and Calc filters from HTML, RTF
included), JPEG pages rendered by pdftoppm from a LibreOffice PDF (scans, photos), text in
GBK, zips of other documents (UTF-8 or GBK member names); set7 adds python-docx articles
with several pictures (block "img") and a caption under each; set9 adds a hyperlink
paragraph (block "link": shown text such as 点击进入 over an href), a table with a merged
title row (block "mt") and bold unstyled pseudo-headings (block "plain"); set9 adds a PDF
exported by LibreOffice from a python-docx file with a page header and footer ("docx-pdf"),
Calc .ods ("lo-ods"), and a headline in a single-cell table (block "cell").
"""

from __future__ import annotations

import hashlib
import io
import json
import random
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

HERE = Path(__file__).resolve().parent.parent
BUILD = HERE / ".build"

# producer -> (input filter, convert-to spec, input extension, output extension)
LIBREOFFICE = {
    "lo-docx": ("HTML (StarWriter)", "docx:MS Word 2007 XML", "html", "docx"),
    "lo-doc": ("HTML (StarWriter)", "doc:MS Word 97", "html", "doc"),
    "lo-pdf": ("HTML (StarWriter)", "pdf:writer_pdf_Export", "html", "pdf"),
    "lo-odt": ("HTML (StarWriter)", "odt:writer8", "html", "odt"),
    "lo-xls": ("HTML (StarCalc)", "xls:MS Excel 97", "html", "xls"),
    "lo-xlsx": ("HTML (StarCalc)", "xlsx:Calc MS Excel 2007 XML", "html", "xlsx"),
    "lo-calcpdf": ("HTML (StarCalc)", "pdf:calc_pdf_Export", "html", "pdf"),
    "lo-rtf": ("HTML (StarWriter)", "rtf:Rich Text Format", "html", "rtf"),
    "lo-ods": ("HTML (StarCalc)", "ods:calc8", "html", "ods"),
    "docx-pdf": ("", "pdf:writer_pdf_Export", "docx", "pdf"),
}
PRODUCER_NAMES = {
    "lo-docx": "LibreOffice (soffice --convert-to docx:'MS Word 2007 XML')",
    "lo-doc": "LibreOffice (soffice --convert-to doc:'MS Word 97')",
    "lo-pdf": "LibreOffice (soffice --convert-to pdf:writer_pdf_Export)",
    "lo-odt": "LibreOffice (soffice --convert-to odt:writer8)",
    "lo-xls": "LibreOffice Calc (soffice --convert-to xls:'MS Excel 97')",
    "lo-xlsx": "LibreOffice Calc (soffice --convert-to xlsx:'Calc MS Excel 2007 XML')",
    "lo-calcpdf": "LibreOffice Calc (soffice --convert-to pdf:calc_pdf_Export)",
    "lo-rtf": "LibreOffice (soffice --convert-to rtf:'Rich Text Format')",
    "lo-ods": "LibreOffice Calc (soffice --convert-to ods:calc8)",
    "docx-pdf": "python-docx, then LibreOffice (soffice --convert-to pdf:writer_pdf_Export)",
    "scan-jpg": "pdftoppm -jpeg of a LibreOffice PDF page (a scan)",
    "docx-odd": "python-docx with raw WordprocessingML (text boxes, nested tables, header)",
    "txt-gbk": "plain text written in GBK (Windows Notepad ANSI)",
    "eml": "a message/rfc822 part",
    "chromium-pdf": "Chromium headless --print-to-pdf",
    "python-docx": "python-docx",
    "python-docx-img": "python-docx with pictures (add_picture)",
    "openpyxl": "openpyxl",
    "csv-gb18030": "CSV written in GB18030",
    "vcf": "vCard 3.0 text written to spec",
    "png": "PNG written with zlib",
    "zip": "zipfile (UTF-8 member names, 7-Zip style)",
    "zip-gbk": "zip with GBK member names, no UTF-8 flag (Windows compressed folder)",
}


@dataclass(frozen=True)
class Doc:
    """One document: producer plus source (HTML, blocks, sheet spec, text, members)."""

    producer: str
    source: Any
    members: tuple[tuple[str, Doc], ...] = field(default=())

    def key(self) -> str:
        """A stable cache key from producer and source."""
        raw = json.dumps(
            [self.producer, self.source, [(n, m.key()) for n, m in self.members]],
            ensure_ascii=False,
            sort_keys=True,
            default=str,
        )
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


def _run(cmd: list[str]) -> None:
    subprocess.run(
        cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600
    )


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


def _python_docx(blocks: list[list[Any]], out: Path) -> None:
    """python-docx; blocks h/p/t plus the odd ones Word and WPS users produce: a text box
    (DrawingML with a VML fallback, as Word writes it), a table nested in a table cell, and
    text only in the header or footer."""
    from docx import Document

    d = Document()
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "t":
            _table(d, b[1])
        elif b[0] == "nested":  # outer rows, the (row, col) cell holding the inner table
            outer = _table(d, b[1])
            cell = outer.cell(*b[2])
            inner = cell.add_table(rows=len(b[3]), cols=len(b[3][0]))
            inner.style = "Table Grid"
            for r, row in enumerate(b[3]):
                for c, val in enumerate(row):
                    inner.cell(r, c).text = str(val)
        elif b[0] == "textbox":
            _textbox(d, b[1])
        elif b[0] == "img":  # a photo (PNG) at a given width in cm, with its caption
            from docx.shared import Cm

            d.add_picture(io.BytesIO(photo_png(int(b[1]))), width=Cm(b[2] if len(b) > 2 else 12))
            if len(b) > 3:
                d.add_paragraph(b[3])
        elif b[0] == "link":  # a paragraph: text before, an anchor (shown text, href), after
            _link(d, b[1], b[2], b[3], b[4] if len(b) > 4 else "")
        elif b[0] == "mt":  # a table whose first row is one merged title cell
            t = _table(d, [[b[1]] * len(b[2][0]), *b[2]])
            t.cell(0, 0).merge(t.cell(0, len(b[2][0]) - 1))
            t.cell(0, 0).text = b[1]
        elif b[0] == "plain":  # a paragraph that looks like a heading but has no style
            from docx.shared import Pt

            run = d.add_paragraph().add_run(b[1])
            run.bold = True
            run.font.size = Pt(16)
        elif b[0] == "cell":  # a one-cell table holding a line (a headline boxed in a table)
            _table(d, [[b[1]]])
        elif b[0] == "header":
            d.sections[0].header.paragraphs[0].text = b[1]
        elif b[0] == "footer":
            d.sections[0].footer.paragraphs[0].text = b[1]
    d.core_properties.author = "Administrator"
    d.save(str(out))


def _link(d: Any, before: str, shown: str, url: str, after: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    para = d.add_paragraph(before)
    rid = d.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:color")
    style.set(qn("w:val"), "0563C1")
    rpr.append(style)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    link.append(run)
    para._p.append(link)
    if after:
        para.add_run(after)


def _table(d: Any, rows: list[list[Any]]) -> Any:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = str(val)
    return t


def _textbox(d: Any, lines: list[str]) -> None:
    from html import escape

    from lxml import etree

    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    paras = "".join(f"<w:p><w:r><w:t>{escape(x)}</w:t></w:r></w:p>" for x in lines)
    xml = (
        f'<w:p {ns}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="5274310" cy="914400"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5274310" '
        'cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
        '<w:pict><v:shape id="tb1" type="#_x0000_t202" style="width:415pt;height:72pt">'
        f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    body = d.element.body
    body.insert(len(body) - 1, etree.fromstring(xml))


def _openpyxl(spec: dict[str, Any], out: Path) -> None:
    """openpyxl; one sheet, or spec["sheets"] (each with rows, merge, links {cell: url})."""
    from openpyxl import Workbook

    wb = Workbook()
    sheets = spec.get("sheets") or [spec]
    for n, sh in enumerate(sheets):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = sh.get("sheet", f"Sheet{n + 1}")
        for row in sh["rows"]:
            ws.append(row)
        for rng in sh.get("merge", []):
            ws.merge_cells(rng)
        for ref, url in sh.get("links", {}).items():
            ws[ref].hyperlink = url
            ws[ref].style = "Hyperlink"
    wb.properties.creator = "Administrator"
    wb.save(str(out))


def _csv(rows: list[list[Any]]) -> str:
    import csv

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def _simple(d: Doc, out: Path, tmp: Path) -> None:
    p, src = d.producer, d.source
    if p == "openpyxl":
        _openpyxl(src, out)
    elif p in ("python-docx", "docx-odd", "python-docx-img"):
        _python_docx(src, out)
    elif p == "txt-gbk":
        out.write_bytes(src.replace("\n", "\r\n").encode("gbk"))
    elif p == "csv-gb18030":
        out.write_bytes(_csv(src).encode("gb18030"))
    elif p == "vcf":
        out.write_bytes(src.replace("\n", "\r\n").encode("utf-8"))
    elif p == "png":
        out.write_bytes(qr_png(int(src)) if str(src).startswith("1") else photo_png(int(src)))
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
                f"--user-data-dir={tmp / 'chromium'}",
                f"--print-to-pdf={out}",
                str(inp),
            ]
        )
    else:
        raise ValueError(f"unknown producer {p}")


def _zip(d: Doc, result: dict[str, bytes]) -> bytes:
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


def produce_all(docs: list[Doc]) -> dict[str, bytes]:
    """Bytes of every document (and of every zip member), by key; cached in .build/."""
    BUILD.mkdir(exist_ok=True)
    flat: dict[str, Doc] = {}

    def walk(d: Doc) -> None:
        flat[d.key()] = d
        for _, m in d.members:
            walk(m)

    for d in docs:
        for _, m in d.members:
            walk(m)
        flat[d.key()] = d
    for d in list(flat.values()):
        if d.producer == "scan-jpg":  # a page of a LibreOffice PDF, as a scanner gives it
            flat.setdefault(Doc("lo-pdf", d.source).key(), Doc("lo-pdf", d.source))
    base = {k: d for k, d in flat.items() if d.producer not in ("zip", "zip-gbk", "scan-jpg")}
    todo = [d for k, d in base.items() if not (BUILD / k).exists()]
    batches: dict[str, list[Doc]] = defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="set28-gen-") as t:
        tmp = Path(t)
        for d in todo:
            if d.producer in LIBREOFFICE:
                batches[d.producer].append(d)
            else:
                _simple(d, BUILD / d.key(), tmp)
        profile = tmp / "lo-profile"
        for producer, group in sorted(batches.items()):
            infilter, convert, ext, oext = LIBREOFFICE[producer]
            src_dir, out_dir = tmp / producer, tmp / f"{producer}-out"
            src_dir.mkdir()
            for d in group:
                if producer == "docx-pdf":  # python-docx first, then Writer exports it
                    _python_docx(d.source, src_dir / f"{d.key()}.{ext}")
                else:
                    (src_dir / f"{d.key()}.{ext}").write_text(d.source, encoding="utf-8")
            _run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    *([f"--infilter={infilter}"] if infilter else []),
                    "--convert-to",
                    convert,
                    "--outdir",
                    str(out_dir),
                    *sorted(str(p) for p in src_dir.iterdir()),
                ]
            )
            for d in group:
                shutil.move(out_dir / f"{d.key()}.{oext}", BUILD / d.key())
    result = {k: (BUILD / k).read_bytes() for k in base}
    for k, d in flat.items():
        if d.producer == "scan-jpg":
            if not (BUILD / k).exists():
                _run(
                    [
                        "pdftoppm",
                        "-jpeg",
                        "-r",
                        "100",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        str(BUILD / Doc("lo-pdf", d.source).key()),
                        str(BUILD / k),
                    ]
                )
                (BUILD / f"{k}.jpg").rename(BUILD / k)
            result[k] = (BUILD / k).read_bytes()
    for k, d in flat.items():
        if d.producer in ("zip", "zip-gbk"):
            result[k] = _zip(d, result)
    return result
