"""Word hyperlinks whose text hides the address ("点击进入"): the address is read too, from
python-docx's documents and from LibreOffice's."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from parsers.url_tables import urls_in_tables
from tests.fixtures.office import convert, read_named

COLUMN = "https://www.fczz.cn/zt/2020hdz/"


def _link(paragraph: object, url: str, text: str) -> None:
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)  # type: ignore[attr-defined]
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run, t = OxmlElement("w:r"), OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)  # type: ignore[attr-defined]


def _contact_sheet() -> bytes:
    d = docx.Document()
    d.add_paragraph("肥城职专活动周联络员信息表")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "单位"
    table.cell(0, 1).text = "肥城市职业中等专业学校"
    table.cell(1, 0).text = "宣传专栏"
    _link(table.cell(1, 1).paragraphs[0], COLUMN, "点击进入")
    _link(d.add_paragraph("另见："), "https://www.fczz.cn/", "https://www.fczz.cn/")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_hidden_hyperlink_address_is_read_in_its_cell() -> None:
    doc = read_named("联络员信息表.docx", _contact_sheet())
    assert COLUMN in doc.text
    assert doc.text.count("https://www.fczz.cn/") == 2  # a shown address is not repeated
    (found,) = [u for u in urls_in_tables(doc.tables, "f.docx") if u.url == COLUMN]
    assert found.column_score > 0


@pytest.mark.server
@pytest.mark.parametrize("target", ["docx:MS Word 2007 XML", "odt"])
def test_libreoffice_written_hyperlinks(tmp_path: Path, target: str) -> None:
    source = tmp_path / "联络员信息表.docx"
    source.write_bytes(_contact_sheet())
    data = convert(tmp_path, source, target)
    doc = read_named(f"联络员信息表.{target.split(':')[0]}", data)
    assert COLUMN in doc.text
