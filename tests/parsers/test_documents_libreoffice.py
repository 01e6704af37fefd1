"""Readers on files that LibreOffice wrote (an independent producer), and the legacy path.

Every source file is made in the test; LibreOffice converts it (docx/xlsx/doc/xls/rtf/pdf).
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest

from parsers.documents import Limits, read_document
from parsers.model import Attachment, Document, ReadStatus
from tests.fixtures.office import convert
from tests.fixtures.servers import require_binary

pytestmark = [pytest.mark.slow, pytest.mark.server]


def read(name: str, data: bytes, limits: Limits | None = None) -> Document:
    attachment = Attachment(
        name, "application/octet-stream", data, hashlib.sha256(data).hexdigest()
    )
    return read_document(attachment, limits=limits or Limits())


def plan_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("宁阳县职业教育活动周方案", 0)
    d.add_heading("一、活动安排", 1)
    d.add_paragraph("联系人：赵六，手机：13905381234，邮箱：zl@ny.edu.cn")
    table = d.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(0, 2)).text = "联络员信息"
    for col, text in enumerate(("单位", "姓名", "手机")):
        table.cell(1, col).text = text
    for col, text in enumerate(("宁阳县教育和体育局", "赵六", "13905381234")):
        table.cell(2, col).text = text
    d.sections[0].header.paragraphs[0].text = "宁阳县教育和体育局"
    d.save(path)
    return path


def stats_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "统计表"
    ws.append(["2020年职业教育活动周情况统计表"])
    ws.merge_cells("A1:D1")
    ws.append(["单位", "线上活动", "线下活动", "合计"])
    ws.append(["岱岳区", 12, 3, "=B3+C3"])
    ws.append(["新泰市", "0007", 2.5, "=C4*2"])
    book.save(path)
    return path


def test_libreoffice_xlsx_has_cached_formula_values(tmp_path: Path) -> None:
    data = convert(tmp_path, stats_xlsx(tmp_path / "stats.xlsx"), "xlsx")
    doc = read("统计表.xlsx", data)
    assert doc.status is ReadStatus.OK
    (sheet,) = doc.tables
    assert sheet.rows == (
        ("2020年职业教育活动周情况统计表",) * 4,
        ("单位", "线上活动", "线下活动", "合计"),
        ("岱岳区", "12", "3", "15"),  # computed by LibreOffice, cached in the file
        ("新泰市", "0007", "2.5", "5"),  # a number stored as text stays text
    )


def test_libreoffice_xls_read_by_xlrd_with_merged_cells(tmp_path: Path) -> None:
    data = convert(tmp_path, stats_xlsx(tmp_path / "stats.xlsx"), "xls")
    assert data.startswith(b"\xd0\xcf\x11\xe0")
    doc = read("统计表.xls", data)
    assert (doc.status, doc.kind) == (ReadStatus.OK, "xls")
    (sheet,) = doc.tables
    assert sheet.name == "统计表"
    assert sheet.rows[0] == ("2020年职业教育活动周情况统计表",) * 4
    assert sheet.rows[2] == ("岱岳区", "12", "3", "15")
    assert sheet.rows[3][1:] == ("0007", "2.5", "5")


def test_libreoffice_docx_from_html_with_spans(tmp_path: Path) -> None:
    html = tmp_path / "contacts.html"
    html.write_text(
        "<html><body><h1>联络员名单</h1><table border=1>"
        "<tr><td colspan=2>东平县</td><td>备注</td></tr>"
        "<tr><td rowspan=2>联络员</td><td>孙七</td><td>办公室主任</td></tr>"
        "<tr><td>周八</td><td>科员</td></tr></table><p>网址：www.dp.edu.cn</p></body></html>",
        encoding="utf-8",
    )
    data = convert(tmp_path, html, "docx:MS Word 2007 XML", "--infilter=HTML (StarWriter)")
    doc = read("名单.docx", data)
    assert doc.status is ReadStatus.OK
    assert "www.dp.edu.cn" in doc.text
    assert any(h.text == "联络员名单" for h in doc.headings)
    (table,) = doc.tables
    assert table.rows == (
        ("东平县", "东平县", "备注"),
        ("联络员", "孙七", "办公室主任"),
        ("联络员", "周八", "科员"),
    )


def _has_cjk_font() -> bool:
    try:
        found = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return bool(found.stdout.strip())


def test_libreoffice_pdf_text_layer(tmp_path: Path) -> None:
    text = tmp_path / "summary.txt"
    text.write_text(
        "肥城市职业教育活动周总结报告\nSummary: www.fc.edu.cn\n联系人：钱九 13705381234\n",
        encoding="utf-8",
    )
    doc = read("总结.pdf", convert(tmp_path, text, "pdf"))
    assert (doc.status, doc.kind) == (ReadStatus.OK, "pdf")
    assert "Summary: www.fc.edu.cn" in doc.text
    assert "13705381234" in doc.text
    if _has_cjk_font():  # without a CJK font LibreOffice maps every Chinese glyph to one
        assert "总结报告" in doc.text.replace(" ", "")


def test_doc_wps_and_rtf_via_libreoffice(tmp_path: Path) -> None:
    source = plan_docx(tmp_path / "plan.docx")
    doc_bytes = convert(tmp_path, source, "doc")
    assert doc_bytes.startswith(b"\xd0\xcf\x11\xe0")
    for name, kind in (("方案.doc", "doc"), ("方案.wps", "wps")):
        doc = read(name, doc_bytes)
        assert (doc.status, doc.kind) == (ReadStatus.OK, kind), doc.reason
        assert "zl@ny.edu.cn" in doc.text
        assert "宁阳县职业教育活动周方案" in [h.text for h in doc.headings]
        assert doc.tables[0].rows[0] == ("联络员信息",) * 3
        assert doc.tables[0].rows[2] == ("宁阳县教育和体育局", "赵六", "13905381234")
    rtf = read("方案.rtf", convert(tmp_path, source, "rtf"))
    assert (rtf.status, rtf.kind) == (ReadStatus.OK, "rtf")
    assert "13905381234" in rtf.text


def test_libreoffice_docx_read_back(tmp_path: Path) -> None:
    data = convert(tmp_path, plan_docx(tmp_path / "plan.docx"), "docx")
    doc = read("方案.docx", data)
    assert doc.status is ReadStatus.OK
    assert doc.tables[0].rows[0] == ("联络员信息",) * 3
    assert "宁阳县教育和体育局" in doc.text.splitlines()  # the header


def test_legacy_conversion_timeout_returns_a_status(tmp_path: Path) -> None:
    require_binary("soffice")
    # 30 tables of 60 cells: about a second for LibreOffice, kept alive or not (a small
    # file converts in well under 0.2 s once LibreOffice runs)
    d = docx.Document()
    for i in range(30):
        table = d.add_table(rows=10, cols=6)
        for r in range(10):
            for c in range(6):
                table.cell(r, c).text = f"单元{i}-{r}-{c}"
        d.add_paragraph("职业教育活动周" * 40)
    d.save(tmp_path / "long.docx")
    doc_bytes = convert(tmp_path, tmp_path / "long.docx", "doc")
    doc = read("方案.doc", doc_bytes, Limits(soffice_timeout=0.2))
    assert doc.status is ReadStatus.UNREADABLE
    assert "timed out" in doc.reason


def test_corrupt_doc_is_unreadable(tmp_path: Path) -> None:
    require_binary("soffice")
    doc = read("坏文件.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    assert doc.status is ReadStatus.UNREADABLE
    assert doc.kind == "doc" and doc.reason
