"""The light .docx open: only the parts read are inflated; anything unusual goes the full way.

The full way is `check_office_zip` then python-docx; its result is the reference here.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Callable

import docx
import pytest

from parsers.documents import docx as docx_reader
from parsers.documents.docx import read_docx
from parsers.model import Document, ReadStatus
from tests.parsers.test_documents import read, rich_docx, zip_bytes
from tests.parsers.test_documents_producers import PUBLIC, _png


def parts_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def full_way(data: bytes) -> Document:
    """What python-docx alone makes of `data` (the path every unusual file takes)."""
    return docx_reader._read(docx.Document(io.BytesIO(data)), "docx")


Forbid = Callable[[], None]


@pytest.fixture
def forbid_full_way(monkeypatch: pytest.MonkeyPatch) -> Forbid:
    """Call it once the test files are made: from then on, taking the full way (python-docx
    or the full-inflate check) fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the full way was taken")

    def forbid() -> None:
        monkeypatch.setattr(docx_reader.docx, "Document", refuse)
        monkeypatch.setattr(docx_reader, "check_office_zip", refuse)

    return forbid


def test_ordinary_docx_is_read_lightly(forbid_full_way: Forbid) -> None:
    data = rich_docx()
    forbid_full_way()
    doc = read_docx(data)
    assert doc.status is ReadStatus.OK
    assert "泰安市教育局" in doc.text and "第 1 页" in doc.text  # header and footer parts
    assert doc.headings[0].text == "泰山区职业教育活动周方案"  # levels from the styles part


def test_light_and_full_way_agree() -> None:
    data = rich_docx()
    assert read_docx(data) == full_way(data)


def renamed_main_part(data: bytes, decoy: bool) -> bytes:
    """The main part moved to doc/main.xml (rels, content types and its own rels follow);
    with `decoy`, a stale word/document.xml with other text stays in the zip."""
    parts = parts_of(data)
    moved: dict[str, bytes] = {}
    for name, content in parts.items():
        if name == "word/document.xml":
            moved["doc/main.xml"] = content
            if decoy:
                moved[name] = content.replace(b"<w:t>", "<w:t>诱饵".encode())
        elif name == "word/_rels/document.xml.rels":
            # targets were relative to word/: make them absolute for the new place
            moved["doc/_rels/main.xml.rels"] = re.sub(
                rb'Target="(?!http)([^"/][^"]*)"', rb'Target="/word/\1"', content
            )
        elif name == "_rels/.rels":
            moved[name] = content.replace(b"word/document.xml", b"doc/main.xml")
        elif name == "[Content_Types].xml":
            moved[name] = content.replace(b"/word/document.xml", b"/doc/main.xml")
        else:
            moved[name] = content
    return zip_bytes(moved)


def test_main_part_is_found_through_the_relationships(forbid_full_way: Forbid) -> None:
    data = renamed_main_part(rich_docx(), decoy=True)
    forbid_full_way()
    doc = read("方案.docx", data)  # the decoy keeps the sniffer calling it a docx
    assert doc.status is ReadStatus.OK
    assert "诱饵" not in doc.text
    assert "联系人：张三，手机：13805381234" in doc.text
    assert "泰安市教育局" in doc.text
    assert [h.level for h in doc.headings] == [0, 1, 2]


def test_moved_main_part_reads_as_python_docx_reads_it() -> None:
    data = renamed_main_part(rich_docx(), decoy=False)
    assert read_docx(data) == full_way(data)


def lying_bomb(data: bytes, member: str) -> bytes:
    """`data` plus a 30 MB member of zeros whose zip directory claims 1000 bytes."""
    bomb = bytearray(zip_bytes({**parts_of(data), member: b"\0" * (30 * 1024 * 1024)}))
    real = struct.pack("<I", 30 * 1024 * 1024)
    assert bomb.count(real) == 2  # the local and the central header
    return bytes(bomb.replace(real, struct.pack("<I", 1000)))


def test_bomb_in_a_part_never_read_is_not_inflated(forbid_full_way: Forbid) -> None:
    """A part that is not read costs nothing, so its hidden bomb does not matter: the file
    reads as it would without it. (A bomb the zip directory admits to is refused as before,
    see test_office_zip_bomb_is_refused.)"""
    plain = rich_docx()
    data = lying_bomb(plain, "word/media/pad.bin")
    expected = read_docx(plain)
    forbid_full_way()
    assert read_docx(data) == expected


def test_bomb_in_a_part_read_is_refused() -> None:
    parts = parts_of(rich_docx())
    del parts["word/styles.xml"]
    honest = zip_bytes({**parts, "word/styles.xml": b" " * (30 * 1024 * 1024)})
    doc = read("方案.docx", honest)
    assert doc.status is ReadStatus.UNREADABLE and "ratio" in doc.reason
    lying = read("方案.docx", lying_bomb(zip_bytes(parts), "word/styles.xml"))
    assert lying.status is ReadStatus.UNREADABLE and lying.reason.startswith("not a valid docx")


@pytest.mark.parametrize("member", ["word/document.xml", "word/styles.xml", "word/header1.xml"])
def test_dtd_in_a_part_read_is_refused(member: str) -> None:
    parts = parts_of(rich_docx())
    assert member in parts
    head, _, rest = parts[member].partition(b"?>")
    parts[member] = head + b'?><!DOCTYPE x [<!ENTITY e "lol">]>' + rest
    doc = read("方案.docx", zip_bytes(parts))
    assert doc.status is ReadStatus.UNREADABLE and "DTD" in doc.reason


def test_dtd_in_a_part_never_read_is_not_looked_at(forbid_full_way: Forbid) -> None:
    plain = rich_docx()
    parts = parts_of(plain)
    head, _, rest = parts["docProps/core.xml"].partition(b"?>")
    parts["docProps/core.xml"] = head + b'?><!DOCTYPE x [<!ENTITY e "lol">]>' + rest
    expected = read_docx(plain)
    forbid_full_way()
    assert read_docx(zip_bytes(parts)) == expected


def without_styles_relationship(data: bytes) -> bytes:
    parts = parts_of(data)
    rels = parts["word/_rels/document.xml.rels"]
    parts["word/_rels/document.xml.rels"] = re.sub(
        rb"<Relationship [^>]*/styles\"[^>]*/>", b"", rels
    )
    assert parts["word/_rels/document.xml.rels"] != rels
    return zip_bytes(parts)


def test_unusual_package_goes_the_full_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a styles part python-docx supplies default styles: the full way decides."""
    data = without_styles_relationship(rich_docx())
    calls: list[object] = []
    real = docx_reader.docx.Document
    monkeypatch.setattr(docx_reader.docx, "Document", lambda f: calls.append(f) or real(f))
    doc = read_docx(data)
    assert calls, "the full way was not taken"
    assert doc.status is ReadStatus.OK and "联系人：张三" in doc.text
    assert doc == full_way(data)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"document.main+xml", b"document.macroEnabled.main+xml"),  # a .docm: not read
        (b'Extension="jpeg"', b'Extension="jpg"'),  # the thumbnail has no content type
        (b"wordprocessingml.header+xml", b"wordprocessingml.printerSettings"),  # not XML
    ],
)
def test_what_python_docx_refuses_stays_refused(old: bytes, new: bytes) -> None:
    parts = parts_of(rich_docx())
    assert old in parts["[Content_Types].xml"]
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(old, new)
    doc = read("方案.docx", zip_bytes(parts))
    assert doc.status is ReadStatus.UNREADABLE and doc.reason.startswith("not a valid docx")


def test_levels_follow_each_documents_own_styles_part() -> None:
    """Levels are cached by the styles part's bytes: a changed part gets its own levels."""
    plain = rich_docx()
    parts = parts_of(plain)
    styles = parts["word/styles.xml"]
    assert b'w:val="heading 1"' in styles
    parts["word/styles.xml"] = styles.replace(b'w:val="heading 1"', b'w:val="heading 4"')
    changed = zip_bytes(parts)
    for _ in range(2):
        assert [h.level for h in read_docx(plain).headings] == [0, 1, 2]
        assert [h.level for h in read_docx(changed).headings] == [0, 4, 2]
    assert read_docx(changed) == full_way(changed)


def _with_directory_field(data: bytes, member: str, offset: int, value: int) -> bytes:
    """`data` with a 4-byte field of `member`'s central directory entry changed (16: the
    CRC-32, 24: the uncompressed size)."""
    name = member.encode()
    at = data.rindex(b"PK\x01\x02", 0, data.rindex(name))  # the central entry of `member`
    assert data[at + 46 : at + 46 + len(name)] == name
    return data[: at + offset] + struct.pack("<I", value) + data[at + offset + 4 :]


@pytest.mark.parametrize("change", ["crc", "shorter", "longer"])
def test_cached_levels_never_stand_in_for_a_read_that_would_differ(change: str) -> None:
    """The same stored styles bytes under another CRC-32 or size read differently (a CRC
    error, a cut part): such a file reads as it does with nothing cached."""
    plain = rich_docx()
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        info = zf.getinfo("word/styles.xml")
    field, value = {
        "crc": (16, info.CRC ^ 1),
        "shorter": (24, info.file_size - 100),
        "longer": (24, info.file_size + 100),
    }[change]
    changed = _with_directory_field(plain, "word/styles.xml", field, value)
    docx_reader._styles_cache.clear()
    cold = read_docx(changed)
    read_docx(plain)  # its styles part is now cached
    assert read_docx(changed) == cold
    assert read_docx(plain) == full_way(plain)


def test_a_cached_styles_part_is_still_held_to_the_bounds() -> None:
    """read_member's budget and ratio bounds refuse a cached part as they refuse a read one,
    and a hit spends the same budget."""
    from parsers.documents.common import Budget, LimitExceeded, Limits

    data = rich_docx()
    member = "word/styles.xml"
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(member)
        size = info.file_size
        tight_ratio = Limits(ratio_floor=0, max_ratio=size / info.compress_size - 0.5)

        def levels(limits: Limits, remaining: int) -> int:
            package = docx_reader._Package(zf, limits, Budget(remaining=remaining))
            docx_reader._styles_levels(package, member)
            return package.budget.remaining

        docx_reader._styles_cache.clear()
        for _ in range(2):  # cold, then cached
            with pytest.raises(LimitExceeded):
                levels(Limits(), size - 1)
            with pytest.raises(LimitExceeded):
                levels(tight_ratio, size)
            assert levels(Limits(), size) == 0
            assert len(docx_reader._styles_cache) == 1


def test_a_picture_the_writer_left_out_does_not_lose_the_text() -> None:
    """A docx naming an image part that is not in the zip (python-docx refuses the whole
    package with a KeyError) is read without the picture, by the light open."""
    d = docx.Document()
    d.add_heading("东平职专活动周宣传稿", level=0)
    d.add_paragraph("学生走进社区开展家电维修服务。")
    d.add_picture(io.BytesIO(_png()))
    out = io.BytesIO()
    d.save(out)
    parts = parts_of(out.getvalue())
    [media] = [name for name in parts if name.startswith("word/media/")]
    del parts[media]
    doc = read("稿件.docx", zip_bytes(parts))
    assert doc.status is ReadStatus.OK, doc.reason
    assert "学生走进社区开展家电维修服务" in doc.text


def test_apache_pois_template_with_a_missing_image_is_read() -> None:
    """POI's 60316b.dotx names word/media/image1.png, which it does not hold."""
    data = (PUBLIC / "poi" / "60316b.dotx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert "word/media/image1.png" not in zf.namelist()
    doc = read("模板.dotx", data)
    assert doc.status is ReadStatus.OK and "KeyError" not in doc.reason
    assert "header 2" in doc.text and "footer 1" in doc.text
