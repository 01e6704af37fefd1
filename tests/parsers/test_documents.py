"""read_document on files made in the test by python-docx, openpyxl, pypdf and zipfile."""

from __future__ import annotations

import hashlib
import io
import zipfile

import docx
import openpyxl
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree
from pypdf import PdfWriter

from parsers.documents import Limits, read_document, sniff
from parsers.documents import legacy as legacy_module
from parsers.model import Attachment, Document, ReadStatus


def att(name: str, data: bytes, origin: str = "") -> Attachment:
    return Attachment(
        name, "application/octet-stream", data, hashlib.sha256(data).hexdigest(), origin
    )


def docx_bytes(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx_bytes(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def read(name: str, data: bytes, limits: Limits | None = None) -> Document:
    return read_document(att(name, data), limits=limits or Limits())


# --- docx ---------------------------------------------------------------------------------


def rich_docx() -> bytes:
    d = docx.Document()
    d.add_heading("泰山区职业教育活动周方案", 0)
    d.add_heading("一、指导思想", 1)
    d.add_paragraph("联系人：张三，手机：13805381234")
    d.add_heading("（一）活动安排", 2)
    table = d.add_table(rows=4, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "活动安排表"
    table.cell(1, 0).text, table.cell(1, 1).text, table.cell(1, 2).text = "日期", "活动", "备注"
    table.cell(2, 0).merge(table.cell(3, 0)).text = "11月8日"
    table.cell(2, 1).text = "开幕式"
    table.cell(3, 1).text = "技能展示"
    nested = table.cell(2, 2).add_table(rows=2, cols=2)
    nested.cell(0, 0).text, nested.cell(0, 1).text = "负责人", "电话"
    nested.cell(1, 0).text, nested.cell(1, 1).text = "李四", "0538-6991449"
    d.sections[0].header.paragraphs[0].text = "泰安市教育局"
    d.sections[0].footer.paragraphs[0].text = "第 1 页"
    box = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml">'
        "<w:pict><v:shape><v:textbox><w:txbxContent>"
        "<w:p><w:r><w:t>文本框里的网址 www.tsjy.gov.cn</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    d.add_paragraph("正文结束")._p.append(box)
    return docx_bytes(d)


def test_docx_paragraphs_headings_tables_headers_and_text_boxes() -> None:
    doc = read("方案.docx", rich_docx())
    assert doc.status is ReadStatus.OK and doc.kind == "docx"
    assert [(h.level, h.text) for h in doc.headings] == [
        (0, "泰山区职业教育活动周方案"),
        (1, "一、指导思想"),
        (2, "（一）活动安排"),
    ]
    outer, inner = doc.tables
    assert outer.name == "table 1" and inner.name == "table 2"
    assert outer.rows == (
        ("活动安排表", "活动安排表", "活动安排表"),
        ("日期", "活动", "备注"),
        ("11月8日", "开幕式", ""),
        ("11月8日", "技能展示", ""),
    )
    assert inner.rows == (("负责人", "电话"), ("李四", "0538-6991449"))
    for expected in (
        "联系人：张三，手机：13805381234",
        "泰安市教育局",
        "第 1 页",
        "www.tsjy.gov.cn",
    ):
        assert expected in doc.text
    assert doc.text.count("文本框里的网址") == 1
    # the text box is not glued onto the paragraph that anchors it
    assert "正文结束" in doc.text.splitlines()


def test_docx_title_guessed_from_bold_centred_first_line() -> None:
    d = docx.Document()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("肥城市活动周总结报告").bold = True
    d.add_paragraph("一年来，我市……")
    doc = read("总结.docx", docx_bytes(d))
    assert [(h.level, h.text) for h in doc.headings] == [(0, "肥城市活动周总结报告")]


def test_docx_plain_first_line_is_not_a_title() -> None:
    d = docx.Document()
    d.add_paragraph("各位领导：")
    d.add_paragraph("一年来，我市……")
    assert read("x.docx", docx_bytes(d)).headings == ()


def test_truncated_docx_is_unreadable_with_reason() -> None:
    data = rich_docx()
    doc = read("方案.docx", data[: len(data) // 2])
    assert doc.status is ReadStatus.UNREADABLE
    assert doc.reason.startswith("not a valid docx")


def test_docx_extension_on_other_bytes_is_unreadable() -> None:
    doc = read("方案.docx", b"this is not a word file at all")
    assert doc.status is ReadStatus.UNREADABLE and "docx" in doc.reason


def _replace_member(data: bytes, name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, content if info.filename == name else src.read(info))
    return out.getvalue()


BODY_END = b"</w:body></w:document>"


def _with_doctype(data: bytes, doctype: bytes, entity_ref: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read("word/document.xml")
    head, _, rest = xml.partition(b"?>")
    paragraph = b"<w:p><w:r><w:t>" + entity_ref + b"</w:t></w:r></w:p>"
    rest = rest.replace(b"<w:sectPr", paragraph + b"<w:sectPr", 1)
    return _replace_member(data, "word/document.xml", head + b"?>\n" + doctype + rest)


LAUGHS = (
    b'<!DOCTYPE w:document [<!ENTITY a "lollollollollollollollollollol">'
    + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&%s;" % bytes([97 + i])) * 10) for i in range(9)
    )
    + b"]>"
)
XXE = b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def test_docx_entity_bomb_is_refused() -> None:
    doc = read("bomb.docx", _with_doctype(rich_docx(), LAUGHS, b"&j;"))
    assert doc.status is ReadStatus.UNREADABLE
    assert "DTD" in doc.reason
    assert "lol" not in doc.text


def test_docx_external_entity_never_reads_the_file() -> None:
    hostile = _with_doctype(rich_docx(), XXE, b"&xxe;")
    doc = read("xxe.docx", hostile)
    assert doc.status is ReadStatus.UNREADABLE
    assert "root:x:0:0" not in repr(doc)


def test_python_docx_parser_alone_does_not_resolve_entities() -> None:
    """Defence in depth: even without the DTD pre-check, python-docx does not expand."""
    from parsers.documents.docx import _read

    hostile = _with_doctype(rich_docx(), XXE, b"&xxe;")
    doc = _read(docx.Document(io.BytesIO(hostile)), "docx")
    assert "root:x:0:0" not in repr(doc)
    assert "泰山区职业教育活动周方案" in doc.text
    try:  # libxml2 either refuses the amplification or leaves the entity unexpanded
        bomb = _read(docx.Document(io.BytesIO(_with_doctype(rich_docx(), LAUGHS, b"&j;"))), "x")
    except etree.XMLSyntaxError as exc:
        assert "amplification" in str(exc) or "entit" in str(exc).lower()
    else:
        assert len(bomb.text) < 10_000


def test_openpyxl_uses_defusedxml() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True


def test_xlsx_with_doctype_is_refused() -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "x"
    data = xlsx_bytes(book)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml")
    head, _, rest = xml.partition(b"?>")
    hostile = _replace_member(data, "xl/worksheets/sheet1.xml", head + b"?>" + XXE + rest)
    doc = read("统计表.xlsx", hostile)
    assert doc.status is ReadStatus.UNREADABLE and "DTD" in doc.reason


# --- xlsx ---------------------------------------------------------------------------------


def stats_book() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "统计表"
    ws["A3"] = "2020年职业教育活动周情况统计表"
    ws.merge_cells("A3:D3")
    ws.append(["单位", "活动（项）", None, "参与人数"])
    ws.merge_cells("B4:C4")
    ws.append([None, "线上", "线下", None])
    ws.merge_cells("A4:A5")
    ws.merge_cells("D4:D5")
    ws.append(["岱岳区", 12, 3.0, "0120"])
    ws.append(["新泰市", 7.5, 2, 1e6])
    ws.append(["合计", "=SUM(B6:B7)", "=SUM(C6:C7)", None])
    other = book.create_sheet("说明")
    other["B2"] = "填表人：王五"
    return book


def test_xlsx_merged_headers_numbers_and_sheets() -> None:
    doc = read("统计表.xlsx", xlsx_bytes(stats_book()))
    assert doc.status is ReadStatus.OK and doc.kind == "xlsx"
    sheet, notes = doc.tables
    assert sheet.name == "统计表" and sheet.first_row == 3
    assert sheet.rows[0] == ("2020年职业教育活动周情况统计表",) * 4
    assert sheet.rows[1] == ("单位", "活动（项）", "活动（项）", "参与人数")
    assert sheet.rows[2] == ("单位", "线上", "线下", "参与人数")
    assert sheet.rows[3] == ("岱岳区", "12", "3", "0120")  # number as text kept verbatim
    assert sheet.rows[4] == ("新泰市", "7.5", "2", "1000000")
    # openpyxl writes formulas without cached values: with data_only they read as ""
    assert sheet.rows[5] == ("合计", "", "", "")
    assert notes.name == "说明" and notes.first_row == 2 and notes.rows == (("", "填表人：王五"),)
    assert "填表人：王五" in doc.text and "岱岳区" in doc.text


def test_xlsx_dates_booleans_and_inline_strings() -> None:
    from datetime import date, datetime

    book = openpyxl.Workbook()
    ws = book.active
    ws.append([date(2020, 11, 5), datetime(2020, 11, 8, 9, 30), True, "  空格  "])
    data = xlsx_bytes(book)
    assert read("t.xlsx", data).tables[0].rows == (
        ("2020-11-05", "2020-11-08 09:30:00", "TRUE", "  空格  "),
    )
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml")
    cell = '<c r="E1" t="inlineStr"><is><t>内联</t></is></c></row>'.encode()
    inline = xml.replace(b"</row>", cell, 1)
    doc = read("t.xlsx", _replace_member(data, "xl/worksheets/sheet1.xml", inline))
    assert doc.tables[0].rows[0][-1] == "内联"


def test_xlsx_structure_kept_per_workbook_parts_not_confused() -> None:
    """openpyxl's answer is kept per [Content_Types], workbook, rels and styles parts: other
    cells under the same parts read as themselves, other styles give other date styles."""
    from datetime import date

    book = openpyxl.Workbook()
    book.active.append([date(2020, 11, 5), 3])
    data = xlsx_bytes(book)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml")
        styles = zf.read("xl/styles.xml")
    assert b'numFmtId="164" formatCode="yyyy-mm-dd"' in styles
    other_cells = _replace_member(data, "xl/worksheets/sheet1.xml", sheet.replace(b">3<", b">4<"))
    no_dates = _replace_member(data, "xl/styles.xml", styles.replace(b"yyyy-mm-dd", b"0.00"))
    for _ in range(2):
        assert read("a.xlsx", data).tables[0].rows == (("2020-11-05", "3"),)
        assert read("b.xlsx", other_cells).tables[0].rows == (("2020-11-05", "4"),)
        assert read("c.xlsx", no_dates).tables[0].rows == (("44140", "3"),)


def test_xlsx_huge_sparse_sheet_is_refused() -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "top"
    book.active["XFD1048576"] = "far corner"
    doc = read("sparse.xlsx", xlsx_bytes(book))
    assert doc.status is ReadStatus.UNREADABLE and "too large" in doc.reason


def test_corrupt_xlsx_is_unreadable() -> None:
    data = xlsx_bytes(stats_book())
    broken = _replace_member(data, "xl/workbook.xml", b"<workbook><sheets>")
    doc = read("统计表.xlsx", broken)
    assert doc.status is ReadStatus.UNREADABLE and doc.reason.startswith("not a valid xlsx")


# --- pdf ----------------------------------------------------------------------------------


def test_blank_pdf_is_image_only() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    doc = read("扫描件.pdf", out.getvalue())
    assert doc.status is ReadStatus.IMAGE_ONLY and doc.kind == "pdf"


def test_password_pdf_is_encrypted() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt(user_password="pw", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert read("x.pdf", out.getvalue()).status is ReadStatus.ENCRYPTED


def test_broken_pdf_is_unreadable() -> None:
    doc = read("x.pdf", b"%PDF-1.7\n garbage garbage")
    assert doc.status in (ReadStatus.UNREADABLE, ReadStatus.IMAGE_ONLY)
    assert doc.reason


# --- encrypted Office, small formats ---------------------------------------------------------


def test_password_protected_xlsx_is_encrypted() -> None:
    from tests.fixtures.servers import IN_CI

    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        if IN_CI:
            pytest.fail("msoffcrypto-tool (dev extra) is not installed")
        pytest.skip("msoffcrypto-tool (dev extra) is not installed")
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(xlsx_bytes(stats_book()))).encrypt("pw", out)
    assert sniff(out.getvalue(), "统计表.xlsx") == "encrypted-office"
    doc = read("统计表.xlsx", out.getvalue())
    assert doc.status is ReadStatus.ENCRYPTED
    assert read("统计表.docx", out.getvalue()).status is ReadStatus.ENCRYPTED


def test_unknown_ole_file_is_not_called_encrypted() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000
    assert read("x.bin", data).status is ReadStatus.UNSUPPORTED


@pytest.mark.parametrize(
    ("name", "data", "status", "kind"),
    [
        ("empty.docx", b"", ReadStatus.EMPTY, "docx"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\0" * 20, ReadStatus.IMAGE, "image"),
        ("截图.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 20, ReadStatus.IMAGE, "image"),
        ("x.heic", b"\0\0\0\x18ftypheic" + b"\0" * 20, ReadStatus.IMAGE, "image"),
        ("renamed.docx", b"GIF89a" + b"\0" * 20, ReadStatus.IMAGE, "image"),
        ("data.bin", bytes(range(256)), ReadStatus.UNSUPPORTED, "bin"),
    ],
)
def test_sniffed_small_formats(name: str, data: bytes, status: ReadStatus, kind: str) -> None:
    doc = read(name, data)
    assert (doc.status, doc.kind) == (status, kind)


def test_text_files_utf8_and_gbk_and_html() -> None:
    assert read("联系人.txt", "联系人：张三".encode("gbk")).text == "联系人：张三"
    assert read("联系人.txt", "联系人：张三".encode()).text == "联系人：张三"
    html = read("page.htm", "<p>网址：<b>www.x.cn</b></p><script>x()</script>".encode())
    assert (html.status, html.text) == (ReadStatus.OK, "网址：www.x.cn")


def test_legacy_without_soffice_is_unsupported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legacy_module.shutil, "which", lambda name: None)
    doc = read("方案.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert doc.status is ReadStatus.UNSUPPORTED
    assert doc.reason == "LibreOffice (soffice) is not installed"
    assert doc.kind == "wps"


def test_reader_bug_becomes_a_status(monkeypatch: pytest.MonkeyPatch) -> None:
    from parsers.documents import pdf as pdf_module

    def boom(*args: object, **kwargs: object) -> Document:
        raise RuntimeError("bug")

    monkeypatch.setattr(pdf_module, "read_pdf", boom)
    doc = read("x.pdf", b"%PDF-1.4")
    assert doc.status is ReadStatus.UNREADABLE and "bug" in doc.reason


@pytest.mark.parametrize("name", ["统计表.xls", "活动周方案.doc", "方案.docx"])
def test_a_web_page_under_an_office_name_is_read_as_html(name: str) -> None:
    """OA systems "export to Excel/Word" as HTML under .xls/.doc names: its text and tables
    are read, not reported as a damaged Office file."""
    page = (
        '\ufeff<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">'
        "</head><body><table><tr><td>单位</td><td>活动数</td><td>参与人次</td></tr>"
        "<tr><td>高新区教体局</td><td>7</td><td>2100</td></tr></table></body></html>"
    ).encode()
    doc = read(name, page)
    assert doc.status is ReadStatus.OK and doc.kind == "html"
    assert doc.tables and doc.tables[0].rows[1][:2] == ("高新区教体局", "7")
