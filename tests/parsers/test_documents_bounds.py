"""What one document may expand to is bounded, whatever the format (Limits.max_text_chars,
Limits.max_cells): shared strings used by many cells, merged ranges, repeated ODS rows and
columns, docx spans. Past a bound the document is UNREADABLE "expands beyond ..."; hostile
files from Apache POI's fuzzing corpus and xlrd's corrupt sample come back as a status with
a reason; a reader that runs out of memory under the worker cap gives UNREADABLE."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from parsers.documents import Limits, read_document
from parsers.model import Attachment, Document, ReadStatus

PUBLIC = Path(__file__).resolve().parent.parent / "samples" / "public"
ROOT = Path(__file__).resolve().parent.parent.parent


def read(name: str, data: bytes, limits: Limits | None = None) -> Document:
    att = Attachment(name, "application/octet-stream", data, "")
    return read_document(att) if limits is None else read_document(att, limits)


def shared_string_bomb(cells: int = 12_000, size: int = 100_000) -> bytes:
    """An xlsx (about 110 KB) whose one shared string of `size` characters is used by
    `cells` cells: 1.2 billion characters once expanded."""
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(1, cells + 1)
    )
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )
    strings = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        f'uniqueCount="1"><si><t>{"统" * size}</t></si></sst>'
    )
    book = openpyxl.Workbook()
    book.active["A1"] = "x"
    buffer = io.BytesIO()
    book.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = sheet.encode()
            elif info.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", _STRINGS_TYPE + b"</Types>")
            elif info.filename == "xl/_rels/workbook.xml.rels":
                content = content.replace(b"</Relationships>", _STRINGS_REL + b"</Relationships>")
            dst.writestr(info.filename, content)
        dst.writestr("xl/sharedStrings.xml", strings)
    return out.getvalue()


_STRINGS_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_STRINGS_REL = (
    b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/sharedStrings" Target="sharedStrings.xml" Id="rId9"/>'
)


def test_poi_shared_string_bomb_is_bounded() -> None:
    """Apache POI's poc-shared-strings.xlsx (110 KB): the issue's 12.7 GB reader."""
    doc = read("统计表.xlsx", (PUBLIC / "poi" / "poc-shared-strings.xlsx").read_bytes())
    assert doc.status is ReadStatus.UNREADABLE
    assert doc.reason == "expands beyond 20000000 characters"


def test_a_shared_string_referenced_by_12000_cells_is_bounded() -> None:
    data = shared_string_bomb()
    assert len(data) < 200_000
    doc = read("统计表.xlsx", data)
    assert doc.status is ReadStatus.UNREADABLE and doc.reason.startswith("expands beyond")


def test_the_same_workbook_under_the_bound_is_read() -> None:
    doc = read("统计表.xlsx", shared_string_bomb(cells=20, size=1000))
    assert doc.status is ReadStatus.OK and len(doc.tables[0].rows) == 20


def test_a_merged_range_is_bounded_in_cells() -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "单位名称"
    buffer = io.BytesIO()
    book.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":  # 2.6 million cells from one value
                merge = b'<mergeCells count="1"><mergeCell ref="A1:Z100000"/></mergeCells>'
                content = content.replace(b"</sheetData>", b"</sheetData>" + merge)
            dst.writestr(info.filename, content)
    doc = read("统计表.xlsx", out.getvalue())
    assert doc.status is ReadStatus.UNREADABLE and doc.reason == "expands beyond 2000000 cells"
    book = openpyxl.Workbook()
    book.active["A1"] = "单位名称"
    book.active.merge_cells("A1:C3")
    buffer = io.BytesIO()
    book.save(buffer)
    assert read("统计表.xlsx", buffer.getvalue()).tables[0].rows == (("单位名称",) * 3,) * 3


def ods(rows_xml: str) -> bytes:
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        f'<office:spreadsheet><table:table table:name="统计">{rows_xml}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_ods_empty_repeats_as_libreoffice_writes_them_cost_nothing() -> None:
    data = ods(
        "<table:table-row><table:table-cell><text:p>单位名称</text:p></table:table-cell>"
        '<table:table-cell table:number-columns-repeated="16383"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048575">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    )
    doc = read("统计表.ods", data)
    assert doc.status is ReadStatus.OK and doc.tables[0].rows == (("单位名称",),)


def test_ods_repeated_content_is_bounded() -> None:
    data = ods(
        '<table:table-row table:number-rows-repeated="1048576">'
        '<table:table-cell table:number-columns-repeated="16384">'
        "<text:p>统计</text:p></table:table-cell></table:table-row>"
    )
    doc = read("统计表.ods", data)
    assert doc.status is ReadStatus.UNREADABLE and doc.reason.startswith("expands beyond")
    few = ods(
        '<table:table-row table:number-rows-repeated="2">'
        '<table:table-cell table:number-columns-repeated="3"><text:p>统计</text:p>'
        "</table:table-cell></table:table-row>"
    )
    assert read("统计表.ods", few).tables[0].rows == (("统计",) * 3,) * 2


def test_a_docx_whose_text_is_too_long_is_bounded() -> None:
    document = docx.Document()
    chars = [chr(0x4E00 + (i * 7919) % 20000) for i in range(30_000)]  # barely compressible
    for n in range(30):
        document.add_paragraph("".join(chars[n:] + chars[:n]))
    buffer = io.BytesIO()
    document.save(buffer)
    doc = read("方案.docx", buffer.getvalue(), Limits(max_text_chars=500_000))
    assert doc.status is ReadStatus.UNREADABLE and doc.reason == "expands beyond 500000 characters"
    assert read("方案.docx", buffer.getvalue()).status is ReadStatus.OK


# --- hostile files from public suites ----------------------------------------------------

FUZZED = sorted((PUBLIC / "poi" / "clusterfuzz").iterdir())
HOSTILE = [*FUZZED, PUBLIC / "xlrd" / "corrupted_error.xls"]


@pytest.mark.parametrize("path", HOSTILE, ids=lambda p: p.name)
def test_fuzzed_and_corrupt_files_give_a_status_and_a_reason(path: Path) -> None:
    doc = read(path.name, path.read_bytes())
    assert isinstance(doc.status, ReadStatus)
    if doc.status is not ReadStatus.OK:
        assert doc.reason and "object at 0x" not in doc.reason and "<class" not in doc.reason
    assert not doc.reason.startswith("reader error")
    assert len(doc.text) <= Limits().max_text_chars


# --- the worker's memory cap ---------------------------------------------------------------

_CAPPED = """
import sys
from intake.reading import limit_memory
from parsers.documents import Limits, read_document
from parsers.model import Attachment
data = open(sys.argv[1], "rb").read()
limit_memory(1536 * 1024 * 1024)
unbounded = Limits(max_text_chars=10**12, max_cells=10**12)
doc = read_document(Attachment("统计表.xlsx", "application/octet-stream", data, ""), unbounded)
print(doc.status.value, doc.reason, sep="|")
"""


@pytest.mark.slow
def test_a_reader_out_of_memory_under_the_worker_cap_gives_unreadable(tmp_path: Path) -> None:
    """With the expansion bounds lifted, the shared-string bomb runs into the worker's
    address-space cap: that file is UNREADABLE, the process lives on."""
    path = tmp_path / "bomb.xlsx"
    path.write_bytes((PUBLIC / "poi" / "poc-shared-strings.xlsx").read_bytes())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _CAPPED, str(path)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "unreadable|reading it needs more memory than allowed"
