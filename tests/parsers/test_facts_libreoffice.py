"""Contacts and column URLs read by structure from files independent producers wrote.

Every source is made in the test (python-docx, openpyxl, plain HTML and CSV text) and
LibreOffice converts it: docx -> pdf, xlsx -> pdf, html -> docx, csv -> xlsx; Chromium
prints an HTML table to PDF (fake-bold headers: each glyph drawn twice). The PDFs carry no
tables, only text at positions and drawn rules: the reader rebuilds them.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest
from openpyxl.styles import Border, Side

from parsers.contacts import contacts_in_document
from parsers.documents import read_document
from parsers.model import Attachment, Document, ReadStatus
from parsers.url_tables import urls_in_tables
from parsers.urls import find_urls, merge_urls
from tests.fixtures.office import convert
from tests.fixtures.servers import require_binary

pytestmark = [pytest.mark.slow, pytest.mark.server]


def read(name: str, data: bytes) -> Document:
    att = Attachment(name, "application/octet-stream", data, hashlib.sha256(data).hexdigest())
    doc = read_document(att)
    assert doc.status is ReadStatus.OK, doc.reason
    return doc


def column_urls(doc: Document, source: str) -> dict[str, float]:
    found = merge_urls(urls_in_tables(doc.tables, source), find_urls(doc.text, source))
    return {u.url: u.column_score for u in found}


def test_docx_contact_table_to_pdf_rebuilt_with_wrapped_cells(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("联络员信息表")
    t = d.add_table(rows=3, cols=5)
    t.style = "Table Grid"
    rows = (
        ("单位", "姓名", "职务", "电子邮箱", "手机号码"),
        ("泰安市岱岳区职业教育中心", "阎健", "办公室主任", "yj@dyzj.cn", "13805381234"),
        ("泰安市岱岳区职业教育中心", "李四", "干事", "ls@qq.com", "139 0538 1234"),
    )
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            t.cell(r, c).text = value
    d.add_paragraph("宣传专栏网址：http://www.dyzj.cn/hdz/")
    d.save(tmp_path / "联络员.docx")
    doc = read("联络员.pdf", convert(tmp_path, tmp_path / "联络员.docx", "pdf"))
    assert doc.tables, doc.text
    first, second = contacts_in_document(doc, "联络员.pdf")[:2]
    # the unit and the mobile number wrap inside their cells in the PDF
    assert (first.unit.value, first.name.value, first.mobile.value) == (
        "泰安市岱岳区职业教育中心",
        "阎健",
        "13805381234",
    )
    assert first.complete and first.source == "联络员.pdf#table 1 row 2"
    assert (second.name.value, second.mobile.value) == ("李四", "13905381234")
    assert column_urls(doc, "联络员.pdf")["http://www.dyzj.cn/hdz/"] > 0.9


def test_docx_leader_and_liaison_rows_to_pdf_keep_their_roles(tmp_path: Path) -> None:
    d = docx.Document()
    t = d.add_table(rows=3, cols=5)
    t.style = "Table Grid"
    rows = (
        ("类别", "姓名", "职务", "手机", "邮箱"),
        ("分管领导", "王五", "副校长", "13905381234", "ww@fczz.cn"),
        ("联络员", "赵六", "教务处主任", "13805381234", "zl@fczz.cn"),
    )
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            t.cell(r, c).text = value
    d.save(tmp_path / "roles.docx")
    for name, doc in (
        ("roles.docx", read("roles.docx", (tmp_path / "roles.docx").read_bytes())),
        ("roles.pdf", read("roles.pdf", convert(tmp_path, tmp_path / "roles.docx", "pdf"))),
    ):
        roles = {c.name.value: c.role for c in contacts_in_document(doc, name)}
        assert roles == {"王五": "leader", "赵六": "liaison"}, name


def test_xlsx_sheet_to_pdf_with_and_without_borders(tmp_path: Path) -> None:
    for bordered in (True, False):
        book = openpyxl.Workbook()
        ws = book.active
        ws.append(["姓名", "单位", "职务", "手机号码", "电子邮箱"])
        ws.append(["钱一", "泰安市文化艺术学校", "办公室主任", 13805381234, "qy@tawx.cn"])
        ws.append(["孙二", "泰安市文化艺术学校", "干事", 13905381234, "se@tawx.cn"])
        for col, width in zip("ABCDE", (8, 22, 12, 14, 14), strict=True):
            ws.column_dimensions[col].width = width
        ws.page_setup.orientation = "landscape"  # all five columns on one page
        if bordered:
            thin = Side(style="thin")
            for row in ws.iter_rows():
                for cell in row:
                    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        source = tmp_path / f"sheet-{bordered}.xlsx"
        book.save(source)
        doc = read("联络员.pdf", convert(tmp_path, source, "pdf"))
        contacts = contacts_in_document(doc, "联络员.pdf")
        people = {(c.name.value, c.mobile.value, c.email.value, c.unit.value) for c in contacts}
        assert ("钱一", "13805381234", "qy@tawx.cn", "泰安市文化艺术学校") in people, bordered
        assert ("孙二", "13905381234", "se@tawx.cn", "泰安市文化艺术学校") in people, bordered


def test_html_to_docx_column_table_beats_the_school_site(tmp_path: Path) -> None:
    html = (
        "<html><head><meta charset='utf-8'></head><body>"
        "<p>泰山职业技术学院活动周材料</p>"
        "<table border='1'><tr><td>学校网站</td><td>http://www.tsvtc.edu.cn</td></tr>"
        "<tr><td>活动周宣传专栏</td><td>http://www.tsvtc.edu.cn/hdz2020/</td></tr>"
        "<tr><td>联系人</td><td>张三</td></tr><tr><td>邮箱</td><td>www.zs@163.com</td></tr>"
        "</table><p>学校网站：www.tsvtc.edu.cn 地址：泰安市泰山区</p></body></html>"
    )
    (tmp_path / "材料.html").write_text(html, encoding="utf-8")
    doc = read("材料.docx", convert(tmp_path, tmp_path / "材料.html", "docx:MS Word 2007 XML"))
    scores = column_urls(doc, "材料.docx")
    assert scores["http://www.tsvtc.edu.cn/hdz2020/"] >= 1.9  # structured
    assert scores["http://www.tsvtc.edu.cn"] == 0  # the school's site, in the table and below
    assert not any("163.com" in url for url in scores)  # an email cell is never a URL


def test_csv_to_xlsx_county_list_keeps_each_schools_column_with_its_unit(tmp_path: Path) -> None:
    csv = (
        "序号,单位名称,宣传专栏网址,联系人,手机\n"
        "1,宁阳县职业中等专业学校,nyzz.cn/hdz,周八,13805381234\n"
        "2,宁阳县第二职业中专,http://www.nyez.cn/zl?kw=活动周,吴九,13905381234\n"
    )
    (tmp_path / "汇总.csv").write_text(csv, encoding="utf-8")
    doc = read(
        "汇总.xlsx", convert(tmp_path, tmp_path / "汇总.csv", "xlsx", "--infilter=CSV:44,34,76")
    )
    found = {u.url: u for u in urls_in_tables(doc.tables, "汇总.xlsx")}
    first = found["http://nyzz.cn/hdz"]
    second = found["http://www.nyez.cn/zl?kw=活动周"]
    assert first.structured and first.column_score == 2.0 and first.label == "宣传专栏网址"
    assert "宁阳县职业中等专业学校" in first.context
    assert "宁阳县第二职业中专" in second.context and second.source.endswith(" row 3")
    contacts = contacts_in_document(doc, "汇总.xlsx")
    assert {c.name.value for c in contacts} == {"周八", "吴九"}


def test_chromium_printed_html_table_to_pdf(tmp_path: Path) -> None:
    chromium = require_binary("chromium")
    html = (
        "<html><head><meta charset='utf-8'><style>table{border-collapse:collapse}"
        "td,th{border:1px solid #000;padding:4px}</style></head><body>"
        "<p>东平县教育和体育局活动周联络员</p><table>"
        "<tr><th>单位</th><th>姓名</th><th>职务</th><th>手机</th><th>邮箱</th></tr>"
        "<tr><td>东平县教育和体育局</td><td>赵六</td><td>职成股股长</td><td>13805381234</td>"
        "<td>dpjt@163.com</td></tr></table>"
        "<p>宣传专栏网址：http://www.dpjy.gov.cn/zjzl/</p></body></html>"
    )
    (tmp_path / "t.html").write_text(html, encoding="utf-8")
    out = tmp_path / "t.pdf"
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--user-data-dir={tmp_path / 'chromium'}", f"--print-to-pdf={out}",
         (tmp_path / "t.html").as_uri()],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    doc = read("联络员.pdf", out.read_bytes())
    assert doc.tables[0].rows[0] == ("单位", "姓名", "职务", "手机", "邮箱")  # bold drawn once
    (c,) = contacts_in_document(doc, "联络员.pdf")
    assert c.complete and (c.name.value, c.email.value) == ("赵六", "dpjt@163.com")
    assert column_urls(doc, "联络员.pdf")["http://www.dpjy.gov.cn/zjzl/"] > 0.9
