"""Builders of hostile attachments and raw messages for the attack suite."""

from __future__ import annotations

import base64
import io
import zipfile
import zlib
from pathlib import Path
from urllib.parse import quote

from tests.fixtures.pdf import pdf_file
from tests.intake.helpers import docx_bytes

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">\n' for i in range(1, 10)
    )
    + "]>\n"
)


def replace_member(package: bytes, member: str, content: bytes) -> bytes:
    """An Office package with one member's bytes replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = content if info.filename == member else src.read(info)
            dst.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx_with_xml(body_prefix: str, text: str) -> bytes:
    """A docx whose word/document.xml starts with `body_prefix` (a DTD) and carries `text`
    (which may reference its entities) in one paragraph."""
    base = docx_bytes("活动周方案")
    xml = (
        f"{body_prefix}"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
    )
    return replace_member(base, "word/document.xml", xml.encode())


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for row in ws.iter_rows():  # text that looks like a formula stays text (as a sender's
        for cell in row:  # spreadsheet would hold it after typing '=... )
            if isinstance(cell.value, str):
                cell.data_type = "s"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def xlsx_entity_bomb() -> bytes:
    base = xlsx_bytes([["单位名称", "线上活动（场次）"], ["x", 1]])
    xml = (
        BILLION_LAUGHS.replace("lolz", "worksheet")
        + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    return replace_member(base, "xl/worksheets/sheet1.xml", xml.encode())


PUBLIC = Path(__file__).resolve().parent.parent / "samples" / "public"


def poi_shared_string_bomb() -> bytes:
    """Apache POI's poc-shared-strings.xlsx: 110 KB whose shared strings, expanded into the
    cells that use them, once took a reader to 12.7 GB."""
    return (PUBLIC / "poi" / "poc-shared-strings.xlsx").read_bytes()


def rar_symlink_traversal() -> bytes:
    """rarfile's rar5-evil-symlink-traversal.rar: a link "up" -> ".." and "up/pwned.txt"."""
    return (PUBLIC / "rarfile" / "rar5-evil-symlink-traversal.rar").read_bytes()


def zip_of(members: list[tuple[str, bytes]], level: int = 9) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for name, data in members:
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def zip_bomb_ratio(megabytes: int = 64) -> bytes:
    """One member of `megabytes` zeros (ratio about 1000:1)."""
    out = io.BytesIO()
    block = b"\0" * (1 << 20)
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf,
        zf.open("活动周方案.docx", "w", force_zip64=True) as member,
    ):
        for _ in range(megabytes):
            member.write(block)
    return out.getvalue()


def zip_bomb_nested(depth: int = 12) -> bytes:
    data = b"\0" * (1 << 20)
    name = "稿件.docx"
    for i in range(depth):
        data = zip_of([(name, data), (f"copy{i}.zip", data)] if i < 2 else [(name, data)])
        name = f"level{i}.zip"
    return data


def raw_message(
    sender: str,
    subject: str,
    parts: list[tuple[str, str, bytes]],
    *,
    message_id: str,
    body: str = "材料见附件。",
    extra_headers: str = "",
) -> bytes:
    """A multipart/mixed message built byte by byte. parts: (file name, content type, data);
    names are RFC 2231 percent-encoded, so any byte (NUL, slash) reaches the parser."""
    boundary = "=_hostile_boundary_="
    head = (
        f"From: {sender}\r\nTo: jyj-zcjk01@ta.shandong.cn\r\n"
        f"Subject: =?utf-8?b?{base64.b64encode(subject.encode()).decode()}?=\r\n"
        f"Date: Wed, 04 Nov 2020 10:00:00 +0800\r\nMessage-ID: {message_id}\r\n"
        f"{extra_headers}"
        f'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
    ).encode()
    chunks = [
        head,
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n".encode(),
        _b64(body.encode()),
    ]
    for name, ctype, data in parts:
        encoded = quote(name.encode("utf-8", "surrogatepass"), safe="")
        chunks.append(
            f"--{boundary}\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Disposition: attachment; filename*=utf-8''{encoded}\r\n\r\n".encode()
        )
        chunks.append(_b64(data))
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks)


def _b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def nested_multipart(sender: str, depth: int, message_id: str) -> bytes:
    head = (
        f"From: {sender}\r\nTo: jyj-zcjk01@ta.shandong.cn\r\nSubject: nested activity week\r\n"
        f"Date: Wed, 04 Nov 2020 10:00:00 +0800\r\nMessage-ID: {message_id}\r\n"
        "MIME-Version: 1.0\r\n"
    )
    opening = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth)
    )
    inner = "Content-Type: text/plain; charset=utf-8\r\n\r\n活动周方案在最里层。\r\n"
    closing = "".join(f"--b{i}--\r\n" for i in reversed(range(depth)))
    return (head + opening + inner + closing).encode()


def build_pdf(contents: list[bytes]) -> bytes:
    """A PDF with one page per entry of `contents`, each `dictionary extras\x00stream`
    (as `pdf_text_page` and `pdf_bomb_page` make them)."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, once the page numbers are known
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for content in contents:
        extras, _, stream = content.partition(b"\x00")
        kids.append(len(objects) + 1)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
            f"<< /Font << /F1 3 0 R >> >> /Contents {len(objects) + 2} 0 R >>".encode()
        )
        objects.append(
            b"<< /Length %d%s >>\nstream\n" % (len(stream), extras) + stream + b"\nendstream"
        )
    refs = " ".join(f"{k} 0 R" for k in kids)
    objects[1] = f"<< /Type /Pages /Kids [{refs}] /Count {len(kids)} >>".encode()
    return pdf_file(objects)


def pdf_text_page(*lines: str) -> bytes:
    ops = [b"BT /F1 11 Tf 50 780 Td 14 TL"]
    ops += [b"(" + line.encode("latin-1") + b") '" for line in lines]
    ops.append(b"ET")
    return b"\x00" + b"\n".join(ops)


def pdf_bomb_page(inflated_mb: int) -> bytes:
    """A content stream of a line of text and then `inflated_mb` MB of spaces, deflated:
    about a thousandth of that size on disk."""
    packer = zlib.compressobj(9)
    parts = [packer.compress(b"BT /F1 11 Tf 50 780 Td (bomb) Tj ET\n")]
    block = b" " * (1024 * 1024)
    parts += [packer.compress(block) for _ in range(inflated_mb)]
    parts.append(packer.flush())
    return b" /Filter /FlateDecode\x00" + b"".join(parts)
