"""Documents as every producer writes them: real files from Apache POI, python-docx and
xlrd (tests/samples/public, see its NOTICE.md) and files made here with python-docx,
openpyxl and LibreOffice. Office and OpenDocument packages are read as documents, never
unpacked as archives; a document without text is never `ok`; no reason shows a repr."""

from __future__ import annotations

import hashlib
import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import openpyxl
import pytest

from parsers.documents import read_document, sniff
from parsers.model import Attachment, Document, ReadStatus

PUBLIC = Path(__file__).resolve().parent.parent / "samples" / "public"
REPR = re.compile(r"object at 0x|<class |<_io\.")


def read_file(path: Path, name: str | None = None) -> Document:
    data = path.read_bytes()
    att = Attachment(
        filename=name or path.name,
        content_type="application/octet-stream",
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return read_document(att)


def read_bytes(name: str, data: bytes) -> Document:
    return read_document(Attachment(name, "application/octet-stream", data, ""))


# --- every Office zip family is a document --------------------------------------------

KINDS = [
    ("poi/SimpleStrict.xlsx", "xlsx", "This is sheet 2"),  # ISO 29500 Strict namespaces
    ("poi/SimpleMacro.docm", "docm", "This is a macro word processing document"),
    ("poi/test.dotx", "dotx", "Test"),
    ("poi/SimpleMacro.xlsm", "xlsm", ""),
    ("poi/sample.xlsb", "xlsb", "The quick brown fox jumps over the lazy dog"),
    ("poi/SampleSS.ods", "ods", "Start of 2nd sheet"),
]


@pytest.mark.parametrize(("sample", "kind", "phrase"), KINDS)
def test_office_and_odf_packages_are_read_as_documents(sample: str, kind: str, phrase: str) -> None:
    path = PUBLIC / sample
    assert sniff(path.read_bytes(), path.name) == kind
    doc = read_file(path)
    assert doc.status is ReadStatus.OK, doc.reason
    assert doc.kind == kind and doc.members == ()
    assert doc.text.strip()
    assert phrase in doc.text


def test_an_xlsb_is_one_document_not_nineteen_files() -> None:
    doc = read_file(PUBLIC / "poi" / "sample.xlsb", "统计表.xlsb")
    assert doc.status is ReadStatus.OK and doc.members == ()
    assert doc.tables[0].rows[0][:2] == ("Lorem", "111")


def test_an_office_zip_renamed_to_zip_is_still_a_document() -> None:
    data = (PUBLIC / "poi" / "sample.xlsb").read_bytes()
    assert read_bytes("材料.zip", data).status is ReadStatus.OK


def test_a_zip_with_backslash_names_is_a_workbook_not_an_archive() -> None:
    doc = read_file(PUBLIC / "poi" / "49609.xlsx")  # written with "xl\\workbook.xml" names
    assert doc.status is not ReadStatus.CONTAINER and doc.members == ()


def test_a_real_empty_spreadsheet_is_empty() -> None:
    doc = read_file(PUBLIC / "xlrd" / "sample.ods")  # LibreOffice: one sheet, one empty cell
    assert doc.status is ReadStatus.EMPTY and "no cell" in doc.reason


def test_strict_xlsx_values() -> None:
    doc = read_file(PUBLIC / "poi" / "SimpleStrict.xlsx")
    sheet = doc.tables[0]
    assert sheet.rows[:3] == (("test", "", "1"), ("test 2", "", "2"), ("", "", "3"))
    assert [t.name for t in doc.tables][:2] == ["Sheet1", "Sheet Number 2"]


def _strict(transitional: bytes) -> bytes:
    """A transitional docx rewritten with the Strict namespaces, as Word's "Strict Open XML
    Document" writes them (same elements, purl.oclc.org URIs)."""
    mapping = {
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main": (
            b"http://purl.oclc.org/ooxml/wordprocessingml/main"
        ),
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
            b"http://purl.oclc.org/ooxml/officeDocument/relationships"
        ),
        b"http://schemas.openxmlformats.org/drawingml/2006/main": (
            b"http://purl.oclc.org/ooxml/drawingml/main"
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(transitional)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info)
            for old, new in mapping.items():
                content = content.replace(old, new)
            dst.writestr(info.filename, content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_strict_docx_is_read() -> None:
    document = docx.Document()
    document.add_heading("肥城职专活动周方案", level=1)
    document.add_paragraph("一、活动目的")
    buffer = io.BytesIO()
    document.save(buffer)
    strict = _strict(buffer.getvalue())
    assert b"purl.oclc.org" in zipfile.ZipFile(io.BytesIO(strict)).read("word/document.xml")
    doc = read_bytes("方案.docx", strict)
    assert doc.status is ReadStatus.OK, doc.reason
    assert "一、活动目的" in doc.text
    assert [h.text for h in doc.headings] == ["肥城职专活动周方案"]


# --- notes and comments -----------------------------------------------------------------


def test_docx_footnotes_endnotes_and_comments_are_text() -> None:
    assert "snoska" in read_file(PUBLIC / "poi" / "footnotes.docx").text
    assert "A place in Abkhazia" in read_file(PUBLIC / "poi" / "endnotes.docx").text
    comments = read_file(PUBLIC / "python-docx" / "comments-rich-para.docx")
    assert "Text with character style." in comments.text  # from word/comments.xml
    assert "Document text" in comments.text  # the body still comes first
    assert comments.text.index("Document text") < comments.text.index("character style")


# --- password-protected files -----------------------------------------------------------

ENCRYPTED = ["poi/password.xls", "poi/PasswordProtected.doc", "poi/bug53475-password-is-pass.docx"]


@pytest.mark.parametrize("sample", ENCRYPTED)
def test_password_protected_files_are_encrypted_never_damaged(sample: str) -> None:
    doc = read_file(PUBLIC / sample)
    assert doc.status is ReadStatus.ENCRYPTED, doc.reason
    assert "password" in doc.reason


def test_encrypted_odt_is_encrypted() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
            'xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
            "</manifest:file-entry></manifest:manifest>",
        )
        zf.writestr("content.xml", b"\x8f\x02 scrambled")
    assert read_bytes("方案.odt", out.getvalue()).status is ReadStatus.ENCRYPTED


# --- documents without text -------------------------------------------------------------


def _docx(build: object) -> bytes:
    document = docx.Document()
    build(document)  # type: ignore[operator]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _png() -> bytes:
    """A 1x1 white PNG."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_a_blank_docx_is_empty_not_ok() -> None:
    doc = read_bytes("方案.docx", _docx(lambda d: None))
    assert doc.status is ReadStatus.EMPTY and doc.reason == "the docx has no text"


def test_a_docx_of_pictures_only_is_image_only() -> None:
    doc = read_bytes("方案.docx", _docx(lambda d: d.add_picture(io.BytesIO(_png()))))
    assert doc.status is ReadStatus.IMAGE_ONLY and "1 pictures" in doc.reason
    real = read_file(PUBLIC / "python-docx" / "having-images.docx")
    assert real.status is ReadStatus.IMAGE_ONLY


def test_a_workbook_without_values_is_empty() -> None:
    book = openpyxl.Workbook()
    buffer = io.BytesIO()
    book.save(buffer)
    doc = read_bytes("统计表.xlsx", buffer.getvalue())
    assert doc.status is ReadStatus.EMPTY and "no cell" in doc.reason


def test_text_the_reader_cannot_see_is_unreadable_not_empty() -> None:
    """A docx whose runs sit in elements the walk does not know (here: every paragraph moved
    into an unknown wrapper) has text: it must not be reported empty."""
    data = _docx(lambda d: d.add_paragraph("一、活动目的"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "word/document.xml":
                content = content.replace(b"<w:body>", b"<w:body><w:unknownWrapper>").replace(
                    b"<w:sectPr", b"</w:unknownWrapper><w:sectPr"
                )
            dst.writestr(info.filename, content, zipfile.ZIP_DEFLATED)
    doc = read_bytes("方案.docx", out.getvalue())
    assert doc.status is ReadStatus.UNREADABLE
    assert doc.reason == "no text read from a docx that has 1 text runs"


# --- reasons ------------------------------------------------------------------------------


def _every_public_document() -> list[Path]:
    exts = {".docx", ".docm", ".dotx", ".xlsx", ".xlsm", ".xlsb", ".xls", ".doc", ".ods"}
    return sorted(p for p in PUBLIC.rglob("*") if p.suffix in exts and p.suffix != ".doc")


@pytest.mark.parametrize("path", _every_public_document(), ids=lambda p: p.name)
def test_every_kept_document_gets_a_status_and_a_readable_reason(path: Path) -> None:
    doc = read_file(path)
    assert isinstance(doc.status, ReadStatus)
    assert not REPR.search(doc.reason), doc.reason
    assert not doc.reason.startswith("reader error"), doc.reason
    if doc.status is ReadStatus.OK:
        assert doc.text.strip() or any(any(r) for t in doc.tables for r in t.rows)
    else:
        assert doc.reason


# --- OpenDocument written by LibreOffice --------------------------------------------------


@pytest.mark.server
@pytest.mark.slow
def test_odt_and_ods_written_by_libreoffice_are_read_natively() -> None:
    from parsers.documents.legacy import convert
    from tests.fixtures.servers import require_binary

    require_binary("soffice")
    document = docx.Document()
    document.add_heading("肥城职专活动周方案", level=1)
    document.add_paragraph("一、活动目的")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "单位名称", "线上活动"
    table.cell(1, 0).text, table.cell(1, 1).text = "肥城职专", "3"
    buffer = io.BytesIO()
    document.save(buffer)
    odt, error = convert(buffer.getvalue(), "docx", "odt", 120)
    assert odt is not None, error
    doc = read_bytes("方案.odt", odt)
    assert doc.status is ReadStatus.OK and doc.kind == "odt", doc.reason
    assert "一、活动目的" in doc.text
    assert [h.text for h in doc.headings] == ["肥城职专活动周方案"]
    assert doc.tables[0].rows == (("单位名称", "线上活动"), ("肥城职专", "3"))

    book = openpyxl.Workbook()
    book.active.append(["单位名称", "线上活动"])
    book.active.append(["肥城职专", 3])
    book.active.merge_cells("A3:B3")
    book.active["A3"] = "合计"
    sheet_buffer = io.BytesIO()
    book.save(sheet_buffer)
    ods, error = convert(sheet_buffer.getvalue(), "xlsx", "ods", 120)
    assert ods is not None, error
    sheet = read_bytes("统计表.ods", ods)
    assert sheet.status is ReadStatus.OK and sheet.kind == "ods", sheet.reason
    assert sheet.tables[0].rows == (("单位名称", "线上活动"), ("肥城职专", "3"), ("合计", "合计"))
