"""Excel hyperlinks whose text hides the address ("点击访问"): a cell hyperlink (the sheet's
rels) and a =HYPERLINK() formula are read with their address, from openpyxl's workbooks
and from LibreOffice's."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from parsers.url_tables import urls_in_tables
from tests.fixtures.office import convert, read_named

COLUMN = "https://www.xtzz.cn/zt/2020hdz/"
HOME = "https://jyj.xintai.gov.cn/"


def _contact_book(formula: bool = False) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["单位", "联络员", "手机", "宣传专栏"])
    ws.append(["新泰市职业中专", "李明", "13953801234", "点击访问"])
    if formula:
        ws["D2"] = f'=HYPERLINK("{COLUMN}","点击访问")'
    else:
        ws["D2"].hyperlink = COLUMN
    ws["A4"] = HOME
    ws["A4"].hyperlink = HOME  # a shown address is not repeated
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_cell_hyperlink_hiding_its_address_is_read_as_the_column() -> None:
    doc = read_named("联络员.xlsx", _contact_book())
    assert COLUMN in doc.text
    assert doc.text.count(HOME) == 1
    (found,) = [u for u in urls_in_tables(doc.tables, "f.xlsx") if u.url == COLUMN]
    assert found.column_score > 0


def test_a_hyperlink_formula_without_a_cached_value_still_gives_its_address() -> None:
    doc = read_named("联络员.xlsx", _contact_book(formula=True))  # openpyxl caches no value
    assert COLUMN in doc.text


def test_a_hyperlink_to_a_missing_relationship_is_ignored() -> None:
    data = _contact_book()
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if not info.filename.endswith("sheet1.xml.rels"):
                target.writestr(info, source.read(info))
    doc = read_named("联络员.xlsx", out.getvalue())
    assert doc.status.value == "ok"
    assert COLUMN not in doc.text and "点击访问" in doc.text


@pytest.mark.server
@pytest.mark.parametrize("formula", [False, True])
@pytest.mark.parametrize("target", ["xlsx:Calc MS Excel 2007 XML", "ods"])
def test_libreoffice_written_hyperlinks(tmp_path: Path, target: str, formula: bool) -> None:
    source = tmp_path / "联络员.xlsx"
    source.write_bytes(_contact_book(formula))
    data = convert(tmp_path, source, target)
    doc = read_named(f"联络员.{target.split(':')[0]}", data)
    assert COLUMN in doc.text
