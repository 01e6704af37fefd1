"""Excel binary workbooks (.xlsb) that pyxlsb alone misreads or reads without their text:
Excel 2007 beta's sheet records, text boxes (drawings are XML in an .xlsb too) and binary
comments. Real files from Apache POI (tests/samples/public, see its NOTICE.md); LibreOffice
cannot write .xlsb, so no independent producer is used here.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from parsers.documents.xlsb_parts import records, standard_workbook
from parsers.model import Document, ReadStatus
from tests.fixtures.office import read_named

PUBLIC = Path(__file__).resolve().parent.parent / "samples" / "public"
REPR = re.compile(r"object at 0x|<class |<_io\.|\\x|KeyError: '")


def read_sample(sample: str) -> Document:
    path = PUBLIC / sample
    return read_named(path.name, path.read_bytes())


def test_excel_2007_beta_xlsb_is_read() -> None:
    doc = read_sample("poi/Simple.xlsb")
    assert doc.status is ReadStatus.OK, doc.reason
    assert [t.name for t in doc.tables] == ["Sheet1", "Sheet2", "Sheet3"]
    assert doc.text == "This is an example spreadsheet created with Microsoft Excel 2007 Beta 2."


def test_beta_sheet_records_are_rewritten_in_the_standard_layout() -> None:
    data = (PUBLIC / "poi/Simple.xlsb").read_bytes()
    with zipfile.ZipFile(io.BytesIO(standard_workbook(data))) as zf:
        sheets = [body for kind, body in records(zf.read("xl/workbook.bin")) if kind == 156]
    # hsState, iTabID 1..3, then the relationship id "rId1".. as a 4-byte count + UTF-16
    assert [body[4:8] for body in sheets] == [bytes([n, 0, 0, 0]) for n in (1, 2, 3)]
    assert [body[12:20].decode("utf-16-le") for body in sheets] == ["rId1", "rId2", "rId3"]


def test_xlsb_text_box_is_read() -> None:
    doc = read_sample("poi/WithTextBox.xlsb")
    assert doc.status is ReadStatus.OK, doc.reason
    assert doc.text == "Line 1\nLine 2\nLine 3"


def test_xlsb_binary_comments_after_the_cells() -> None:
    doc = read_sample("poi/comments.xlsb")
    assert doc.status is ReadStatus.OK
    assert doc.tables[0].rows == (("", "row1"), ("", ""), ("row3", "row3"), ("", "row4"))
    lines = doc.text.split("\n")
    assert lines[:4] == ["row1", "", "row3\trow3", "row4"]
    assert lines[4] == "comment top row1 (index0)"
    assert "comment top row4 (index3)" in lines[5:]


def test_xlsb_missing_sheet_relationship_has_a_plain_reason() -> None:
    """pyxlsb fails with KeyError('rId1'); the reason says what is wrong, not the key."""
    source = (PUBLIC / "poi/sample.xlsb").read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/_rels/workbook.bin.rels":
                data = re.sub(rb'Id="rId(\d)"', rb'Id="other\1"', data)
            dst.writestr(info, data)
    doc = read_named("统计表.xlsb", out.getvalue())
    assert doc.status is ReadStatus.UNREADABLE
    assert doc.reason.startswith("not a valid xlsb: a sheet or part"), doc.reason
    assert not REPR.search(doc.reason), doc.reason
