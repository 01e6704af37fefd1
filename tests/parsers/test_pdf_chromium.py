"""A contact table printed to PDF by Chromium: every glyph is positioned on its own, so
PDFium's rectangles are single letters and narrow ones ("i", ":", ".") leave gaps that
read as word breaks unless segments follow PDFium's own text."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest

from parsers.documents import read_document
from parsers.model import Attachment, ReadStatus
from tests.fixtures.servers import require_binary

HTML = """<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: 'WenQuanYi Zen Hei', 'Noto Sans CJK SC', sans-serif; font-size: 14pt; }
td { border: 1px solid #000; padding: 4px; }
table { border-collapse: collapse; }</style></head><body>
<h3>东平县职业中等专业学校职业教育活动周联络员信息表</h3>
<table>
<tr><td>单位名称</td><td>东平县职业中等专业学校</td></tr>
<tr><td>联络员姓名</td><td>朱红英</td></tr>
<tr><td>电子邮箱</td><td>zhuhongying@ta.shandong.cn</td></tr>
<tr><td>专栏链接</td><td>http://www.dpzz.net/Category_58/Index.aspx?list=1</td></tr>
</table></body></html>"""


@pytest.mark.server
def test_a_chromium_pdf_table_keeps_its_addresses_whole(tmp_path: Path) -> None:
    chromium = require_binary("chromium")
    page = tmp_path / "contact.html"
    page.write_text(HTML, encoding="utf-8")
    out = tmp_path / "contact.pdf"
    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    data = out.read_bytes()
    att = Attachment(
        filename="联络员信息表.pdf",
        content_type="application/pdf",
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    doc = read_document(att)
    assert doc.status is ReadStatus.OK
    rows = {row[0]: row[-1] for table in doc.tables for row in table.rows if len(row) >= 2}
    assert rows["电子邮箱"] == "zhuhongying@ta.shandong.cn"
    assert rows["专栏链接"] == "http://www.dpzz.net/Category_58/Index.aspx?list=1"
    assert rows["单位名称"] == "东平县职业中等专业学校"
