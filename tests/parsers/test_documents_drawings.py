"""Spreadsheet text outside the cells: text boxes, shapes, SmartArt and cell comments.

Real files from Apache POI and Apache Tika (tests/samples/public, see its NOTICE.md), files
LibreOffice writes (xlsx, xls, ods) from a flat ODS made here, and a threaded comment added
to an openpyxl workbook the way Excel stores one. A workbook whose only text is in a text
box is `ok`, not `empty`; the tables stay the cells, the extra text comes after each
sheet's cells.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.comments import Comment

from parsers.model import Document, ReadStatus
from tests.fixtures.office import convert, read_named

PUBLIC = Path(__file__).resolve().parent.parent / "samples" / "public"


def read_sample(sample: str) -> Document:
    path = PUBLIC / sample
    return read_named(path.name, path.read_bytes())


@pytest.mark.parametrize(
    ("sample", "text"),
    [
        ("poi/WithTextBox.xlsx", "Line 1\nLine 2\nLine 3"),  # runs "Line", " 2" make one line
        ("poi/57826.xlsx", "test ok"),
        ("poi/56514.xlsx", "my styled text"),
        ("tika/testEXCEL_textbox.xlsx", "this is some autoshape text"),
        ("tika/testEXCEL_textbox.xls", "this is some autoshape text"),  # a BIFF8 TXO record
        ("tika/testEXCEL_diagramData.xlsx", "SmartArt text#1.\nSmartArt text#2.\nSmartArt text#3."),
    ],
)
def test_text_only_in_a_drawing_is_read(sample: str, text: str) -> None:
    doc = read_sample(sample)
    assert doc.status is ReadStatus.OK, doc.reason
    assert doc.text == text
    assert all(not any(row) for table in doc.tables for row in table.rows)  # no cell text


@pytest.mark.parametrize("sample", ["poi/comments.xlsx", "poi/comments.xls"])
def test_comments_come_after_the_cells_and_tables_stay_cells(sample: str) -> None:
    doc = read_sample(sample)
    assert doc.status is ReadStatus.OK
    sheet = doc.tables[0]
    assert sheet.rows == (("", "row1"), ("", ""), ("row3", "row3"), ("", "row4"))
    lines = doc.text.split("\n")
    assert lines[:4] == ["row1", "", "row3\trow3", "row4"]
    assert lines[4:7] == [
        "comment top row1 (index0)",
        "comment top row3 (index2)",
        "comment top row4 (index3)",
    ]


_FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:body><office:spreadsheet>
  <table:table table:name="回执">
   <table:shapes>
    <draw:frame svg:x="1cm" svg:y="1cm" svg:width="8cm" svg:height="3cm">
     <draw:text-box><text:p>宁阳县第一中学回执</text:p><text:p>联系人：赵六</text:p></draw:text-box>
    </draw:frame>
    <draw:custom-shape svg:x="1cm" svg:y="5cm" svg:width="6cm" svg:height="2cm">
     <text:p>活动周已完成</text:p><draw:enhanced-geometry draw:type="rectangle"/>
    </draw:custom-shape>
   </table:shapes>
   <table:table-column table:number-columns-repeated="2"/>
   <table:table-row>{cells}</table:table-row>
  </table:table>
 </office:spreadsheet></office:body>
</office:document>
"""
_CELLS = (
    '<table:table-cell office:value-type="string"><text:p>单位</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><office:annotation><dc:creator>赵六'
    "</dc:creator><text:p>请于5月10日前报送</text:p></office:annotation>"
    "<text:p>宁阳一中</text:p></table:table-cell>"
)
_BOX_LINES = "宁阳县第一中学回执\n联系人：赵六\n活动周已完成"


@pytest.mark.slow
@pytest.mark.server
@pytest.mark.parametrize("target", ["xlsx", "xls", "ods"])
def test_libreoffice_text_box_on_an_empty_sheet(tmp_path: Path, target: str) -> None:
    source = tmp_path / "box.fods"
    source.write_text(_FODS.format(cells="<table:table-cell/>"), encoding="utf-8")
    doc = read_named(f"回执.{target}", convert(tmp_path, source, target))
    assert (doc.status, doc.kind) == (ReadStatus.OK, target), doc.reason
    assert doc.text == _BOX_LINES


@pytest.mark.slow
@pytest.mark.server
@pytest.mark.parametrize("target", ["xlsx", "xls", "ods"])
def test_libreoffice_box_and_comment_after_the_cells(tmp_path: Path, target: str) -> None:
    source = tmp_path / "both.fods"
    source.write_text(_FODS.format(cells=_CELLS), encoding="utf-8")
    doc = read_named(f"回执.{target}", convert(tmp_path, source, target))
    assert doc.status is ReadStatus.OK, doc.reason
    assert [t.rows for t in doc.tables] == [(("单位", "宁阳一中"),)]
    assert doc.text == f"单位\t宁阳一中\n{_BOX_LINES}\n请于5月10日前报送"


_THREADED = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/'
    'threadedcomments"><threadedComment ref="B1" dT="2020-05-06T10:00:00.00" '
    'personId="{00000000-0000-0000-0000-000000000001}" '
    'id="{00000000-0000-0000-0000-000000000002}"><text>已核对，无误</text>'
    "</threadedComment></ThreadedComments>"
)


def _with_threaded_comment() -> bytes:
    """An openpyxl workbook whose B1 note is made the stand-in of a threaded comment, as
    Excel 365 saves one: author "tc={id}", text "[Threaded comment] ...", and the thread
    in its own part, related from the sheet."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["单位", "宁阳一中"])
    sheet["A1"].comment = Comment("普通批注", "赵六")
    sheet["B1"].comment = Comment("[Threaded comment]\n\nComment:\n    已核对，无误", "tc")
    plain = io.BytesIO()
    book.save(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/comments"):
                data = data.replace(b"<author>tc</author>", b"<author>tc={0002}</author>")
            if info.filename == "xl/worksheets/_rels/sheet1.xml.rels":
                rel = (
                    b'<Relationship Id="rIdTc" Type="http://schemas.microsoft.com/office/'
                    b'2017/10/relationships/threadedComment" '
                    b'Target="../threadedComments/threadedComment1.xml"/>'
                )
                data = data.replace(b"</Relationships>", rel + b"</Relationships>")
            dst.writestr(info, data)
        dst.writestr("xl/threadedComments/threadedComment1.xml", _THREADED)
    return out.getvalue()


def test_threaded_comment_is_read_once() -> None:
    doc = read_named("回执.xlsx", _with_threaded_comment())
    assert doc.status is ReadStatus.OK, doc.reason
    assert doc.text.split("\n") == ["单位\t宁阳一中", "普通批注", "已核对，无误"]


def test_broken_drawing_loses_only_its_own_text() -> None:
    with zipfile.ZipFile(PUBLIC / "poi/comments.xlsx") as src:
        parts = {info.filename: src.read(info) for info in src.infolist()}
    parts["xl/comments1.xml"] = b"<comments><not closed"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    doc = read_named("comments.xlsx", out.getvalue())
    assert doc.status is ReadStatus.OK
    assert doc.text == "row1\n\nrow3\trow3\nrow4"
