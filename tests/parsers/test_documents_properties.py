"""Property test: read_document never raises, whatever the bytes under whatever name."""

from __future__ import annotations

import hashlib
import io
import zipfile

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.documents import read_document
from parsers.model import Attachment, Document, ReadStatus

FAILED = {ReadStatus.UNREADABLE, ReadStatus.UNSUPPORTED, ReadStatus.ENCRYPTED, ReadStatus.EMPTY}


def _seed_docx() -> bytes:
    d = docx.Document()
    d.add_heading("标题", 0)
    d.add_table(rows=2, cols=2).cell(0, 0).text = "单位"
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _seed_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.txt", "联系人：张三")
        zf.writestr("b.zip", b"PK\x05\x06" + b"\0" * 18)
    return out.getvalue()


SEEDS = [_seed_docx(), _seed_zip(), b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"]
NAMES = ["a.docx", "a.xlsx", "a.zip", "a.pdf", "a.xls", "a.txt", "winmail.dat", "a"]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        pos = draw(st.integers(0, len(data) - 1))
        if draw(st.booleans()):
            data[pos] = draw(st.integers(0, 255))
        else:
            del data[pos : pos + draw(st.integers(1, 200))]
        if not data:
            break
    return bytes(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(), st.sampled_from(NAMES))
def test_read_document_never_raises(data: bytes, name: str) -> None:
    att = Attachment(name, "application/octet-stream", data, hashlib.sha256(data).hexdigest())
    doc = read_document(att)
    assert isinstance(doc, Document)
    if doc.status in FAILED:
        assert doc.reason, doc  # every failure says why
