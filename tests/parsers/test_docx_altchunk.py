"""Word documents whose body is (partly) an altChunk: an HTML or MHT part Word imports when
it opens the file; and SmartArt, whose text is in a diagram data part of its own. Apache
Tika's altChunk samples (tests/samples/public, see its NOTICE.md) have no styles part, so
they take the full python-docx path; the documents made here with python-docx take the
light path. LibreOffice writes no altChunk, so no independent producer can make one.
"""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

import docx
import pytest

from parsers.documents.docx_chunks import read_chunk
from parsers.model import ReadStatus
from tests.fixtures.office import read_named

PUBLIC = Path(__file__).resolve().parent.parent / "samples" / "public"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@pytest.mark.parametrize(
    ("sample", "rows"),
    [
        ("tika/testAltChunkHTML.docx", (("ROW 1", "ROW 1"), ("ROW 2", "ROW 2"))),
        ("tika/testAltChunkMHT.docx", (("Red PNG dot; ROW 1", ""), ("Red PNG dot; ROW 2", ""))),
    ],
)
def test_tika_altchunk_body_is_read(sample: str, rows: tuple[tuple[str, ...], ...]) -> None:
    path = PUBLIC / sample
    doc = read_named(path.name, path.read_bytes())
    assert doc.status is ReadStatus.OK, doc.reason
    assert "emphasized word." in doc.text and "Example of a table:" in doc.text
    (table,) = doc.tables
    assert table.rows == (("Col 1", "Col 2"), *rows)
    assert "\t".join(rows[0]).strip() in doc.text.split("\n")


_HTML_GBK = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    "</head><body><p>宁阳县第一中学活动总结</p><table><tr><td>联系人</td><td>赵六</td></tr>"
    "</table></body></html>"
).encode("gb2312")

_MHT = (
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/related; boundary="b1"; type="text/html"\r\n\r\n'
    b'--b1\r\nContent-Type: text/html; charset="utf-8"\r\n'
    b"Content-Transfer-Encoding: base64\r\n\r\n"
    + base64.encodebytes("<html><body><p>岱岳区职教中心开展技能展示</p></body></html>".encode())
    + b"\r\n--b1--\r\n"
)


def _with_chunk(content: bytes, content_type: str, name: str) -> bytes:
    """A python-docx document: a paragraph, then an altChunk of `content`, then another
    paragraph; the part, its relationship and its content type added as Word expects."""
    d = docx.Document()
    d.add_paragraph("前言")
    d.add_paragraph("附：回执见下")
    plain = io.BytesIO()
    d.save(plain)
    out = io.BytesIO()
    chunk = f'<w:altChunk xmlns:w="{_W}" xmlns:r="{_R}" r:id="rIdChunk1"/>'.encode()
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                head, sep, tail = data.partition(b"<w:p>")  # after the first paragraph
                end = tail.index(b"</w:p>") + len(b"</w:p>")
                data = head + sep + tail[:end] + chunk + tail[end:]
            elif info.filename == "word/_rels/document.xml.rels":
                rel = (
                    f'<Relationship Id="rIdChunk1" Type="{_R}/aFChunk" Target="{name}"/>'
                ).encode()
                data = data.replace(b"</Relationships>", rel + b"</Relationships>")
            elif info.filename == "[Content_Types].xml":
                override = f'<Override PartName="/word/{name}" ContentType="{content_type}"/>'
                data = data.replace(b"</Types>", override.encode() + b"</Types>")
            dst.writestr(info, data)
        dst.writestr(f"word/{name}", content)
    return out.getvalue()


def test_html_chunk_between_paragraphs_in_its_place() -> None:
    doc = read_named("总结.docx", _with_chunk(_HTML_GBK, "text/html", "chunk1.html"))
    assert doc.status is ReadStatus.OK, doc.reason
    assert doc.text.split("\n") == [
        "前言",
        "宁阳县第一中学活动总结",
        "联系人\t赵六",
        "附：回执见下",
    ]
    assert [t.rows for t in doc.tables] == [(("联系人", "赵六"),)]


def test_mht_chunk_base64_utf8() -> None:
    doc = read_named("总结.docx", _with_chunk(_MHT, "message/rfc822", "chunk1.mht"))
    assert doc.status is ReadStatus.OK, doc.reason
    assert doc.text.split("\n") == ["前言", "岱岳区职教中心开展技能展示", "附：回执见下"]


def test_chunk_of_a_format_not_read_leaves_the_rest() -> None:
    doc = read_named("总结.docx", _with_chunk(b"{\\rtf1 x}", "application/rtf", "chunk1.rtf"))
    assert doc.status is ReadStatus.OK
    assert doc.text == "前言\n附：回执见下"


def test_read_chunk_plain_text_and_unknown() -> None:
    text = read_chunk("报送说明".encode(), "text/plain", "/word/a.txt")
    assert text is not None and text.text == "报送说明"
    assert read_chunk(b"\x00\x01", "application/octet-stream", "/word/a.bin") is None


def test_body_only_of_a_chunk_not_read_is_unreadable_not_empty() -> None:
    data = _with_chunk(b"{\\rtf1 x}", "application/rtf", "chunk1.rtf")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "word/document.xml":
                for text in ("前言", "附：回执见下"):
                    content = content.replace(text.encode(), b"")
            dst.writestr(info, content)
    doc = read_named("总结.docx", out.getvalue())
    assert doc.status is ReadStatus.UNREADABLE
    assert "altChunk" in doc.reason


@pytest.mark.parametrize("path", ["light", "full"])
def test_docx_smartart_text_after_the_body(monkeypatch: pytest.MonkeyPatch, path: str) -> None:
    """Tika's testWORD_diagramData.docx: SmartArt text is in a diagram data part only."""
    if path == "full":
        import parsers.documents.docx as reader

        def unusual(data: bytes, limits: object) -> None:
            raise ValueError("take the full path")

        monkeypatch.setattr(reader, "_open_light", unusual)
    sample = PUBLIC / "tika/testWORD_diagramData.docx"
    doc = read_named(sample.name, sample.read_bytes())
    assert doc.status is ReadStatus.OK, doc.reason
    assert doc.text.split("\n") == [
        "This is a regular text in document body.",
        "From here",
        "To here",
        "And then here.",
    ]
