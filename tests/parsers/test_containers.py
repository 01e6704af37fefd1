"""Containers read as attachments of the same mail: zip (GBK and UTF-8 names, nesting,
bombs by ratio, size, depth and count, lying headers, encrypted members), winmail.dat
(TNEF) and rar without an extractor; made in the test by zipfile. (rar and 7z made by
real tools: test_archives.py.)"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile

import pytest

from parsers.documents import Limits, read_document
from parsers.model import Attachment, ReadStatus
from tests.parsers.test_documents import read, rich_docx, zip_bytes


def gbk_zip(names: list[str]) -> bytes:
    """A zip as Chinese Windows writes it: GBK names, no UTF-8 flag."""
    placeholders = {chr(65 + i) * len(n.encode("gbk")): n for i, n in enumerate(names)}
    data = zip_bytes({p: f"content of {n}".encode() for p, n in placeholders.items()})
    for placeholder, name in placeholders.items():
        data = data.replace(placeholder.encode("ascii"), name.encode("gbk"))
    return data


def test_zip_with_gbk_names() -> None:
    names = ["活动周方案.docx", "统计表/2020年统计表.xlsx"]
    doc = read("岱岳区材料.zip", gbk_zip(names))
    assert doc.status is ReadStatus.CONTAINER and doc.kind == "zip"
    assert [m.filename for m in doc.members] == names
    assert all(m.origin == "岱岳区材料.zip/" for m in doc.members)
    assert doc.members[0].data == "content of 活动周方案.docx".encode()
    assert doc.members[0].sha256 == hashlib.sha256(doc.members[0].data).hexdigest()


def test_zip_utf8_names_nested_zip_and_directories() -> None:
    inner = zip_bytes({"总结.docx": rich_docx(), "照片/": b""})
    outer = zip_bytes({"方案.txt": "方案".encode(), "内层.zip": inner, "空目录/": b""})
    doc = read("外层.zip", outer)
    assert doc.status is ReadStatus.CONTAINER
    assert [(m.origin, m.filename) for m in doc.members] == [
        ("外层.zip/", "方案.txt"),
        ("外层.zip/内层.zip/", "总结.docx"),
    ]
    # an Office file is a zip too, but stays a member
    assert read("总结.docx", doc.members[1].data).kind == "docx"


def test_zip_bomb_by_ratio_is_stopped() -> None:
    bomb = zip_bytes({"zeros.bin": b"\0" * (30 * 1024 * 1024)})
    assert len(bomb) < 100_000
    doc = read("bomb.zip", bomb)
    assert doc.status is ReadStatus.UNREADABLE
    assert "ratio" in doc.reason


def test_zip_total_size_bound() -> None:
    data = zip_bytes({f"f{i}.bin": bytes(range(256)) * 400 for i in range(10)})
    doc = read("big.zip", data, Limits(max_total_bytes=500_000))
    assert doc.status is ReadStatus.UNREADABLE and "size" in doc.reason


def test_zip_nested_too_deep() -> None:
    data = zip_bytes({"a.txt": b"x"})
    for level in range(5):
        data = zip_bytes({f"level{level}.zip": data})
    doc = read("deep.zip", data)
    assert doc.status is ReadStatus.UNREADABLE and "nested deeper than 3" in doc.reason


def test_zip_member_count_bound() -> None:
    data = zip_bytes({f"{i}.txt": b"x" for i in range(201)})
    doc = read("many.zip", data)
    assert doc.status is ReadStatus.UNREADABLE and "200" in doc.reason
    assert read("ok.zip", zip_bytes({f"{i}.txt": b"x" for i in range(200)})).members


def test_zip_lying_header_size_is_not_trusted() -> None:
    """A central directory claiming small sizes does not get past the ratio bound."""
    bomb = bytearray(zip_bytes({"z.bin": b"\0" * (20 * 1024 * 1024)}))
    real = struct.pack("<I", 20 * 1024 * 1024)
    assert bomb.count(real) == 2
    bomb = bomb.replace(real, struct.pack("<I", 1000))
    doc = read("liar.zip", bytes(bomb))
    assert doc.status is ReadStatus.UNREADABLE


def test_office_zip_bomb_is_refused() -> None:
    with zipfile.ZipFile(io.BytesIO(rich_docx())) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    data = zip_bytes({**parts, "word/media/pad.bin": b"\0" * (30 * 1024 * 1024)})
    doc = read("方案.docx", data)
    assert doc.status is ReadStatus.UNREADABLE and "ratio" in doc.reason


def test_encrypted_zip_member() -> None:
    data = bytearray(zip_bytes({"a.txt": b"hello"}, zipfile.ZIP_STORED))
    # set the "encrypted" general-purpose flag in the local and central headers
    data[6] |= 1
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 1
    doc = read("secret.zip", bytes(data))
    assert doc.status is ReadStatus.CONTAINER
    (member,) = doc.members
    assert (member.filename, member.locked, member.data) == ("a.txt", True, b"")
    assert read_document(member).status is ReadStatus.ENCRYPTED


def tnef_blob(files: list[tuple[bytes, bytes]], body: bytes = b"") -> bytes:
    """A minimal TNEF stream (MS-OXTNEF): version, body, and per file RendData/Title/Data."""

    def attribute(level: int, kind: int, name: int, data: bytes) -> bytes:
        head = struct.pack("<BIi", level, (kind << 16) | name, len(data))
        return head + data + struct.pack("<H", sum(data) & 0xFFFF)

    out = struct.pack("<IH", 0x223E9F78, 1)
    out += attribute(1, 0x0006, 0x9006, struct.pack("<I", 0x00010000))
    if body:
        out += attribute(1, 0x0002, 0x800C, body)
    for name, data in files:
        out += attribute(2, 0x0006, 0x9002, b"\x01\x00\x00\x00" + b"\xff" * 4 + b"\x00" * 6)
        out += attribute(2, 0x0001, 0x8010, name + b"\x00")
        out += attribute(2, 0x0006, 0x800F, data)
    return out


def test_winmail_dat_members() -> None:
    data = tnef_blob(
        [(b"plan.docx", rich_docx()), ("统计表.xlsx".encode("gbk"), b"xlsx")], b"see attached"
    )
    doc = read_document(Attachment("winmail.dat", "application/ms-tnef", data, "x"))
    assert doc.status is ReadStatus.CONTAINER and doc.kind == "tnef"
    assert [m.filename for m in doc.members] == ["plan.docx", "统计表.xlsx"]
    assert all(m.origin == "winmail.dat/" for m in doc.members)
    assert doc.text == "see attached"
    assert read_document(doc.members[0]).status is ReadStatus.OK


def test_corrupt_winmail_dat() -> None:
    doc = read("winmail.dat", b"\x78\x9f\x3e\x22\x01\x00\x01\xff\xff")
    assert doc.status in (ReadStatus.UNREADABLE, ReadStatus.CONTAINER)


def test_rar_without_extractor_is_unsupported(monkeypatch: pytest.MonkeyPatch) -> None:
    from parsers.documents import archive

    monkeypatch.setattr(archive.shutil, "which", lambda name: None)
    doc = read("材料.rar", b"Rar!\x1a\x07\x01\x00" + b"\0" * 20)
    assert doc.status is ReadStatus.UNSUPPORTED and "rar" in doc.reason
