"""rar and 7z archives as schools send them: real archives made here by 7z and bsdtar and
real RAR 3/RAR 5 files from rarfile's test suite (no free program writes RAR). Members
become attachments; a password-protected archive lists its members by name (each
`encrypted`), or is `encrypted` itself when the names are hidden too; bombs are refused from
the listing; member names and links never escape."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from parsers.documents import Limits, read_document, sniff
from parsers.model import Attachment, Document, ReadStatus
from tests.fixtures.servers import require_binary

PUBLIC = Path(__file__).resolve().parent.parent / "samples" / "public"
RAR = PUBLIC / "rarfile"


def read(name: str, data: bytes, limits: Limits | None = None) -> Document:
    att = Attachment(name, "application/octet-stream", data, "", origin="")
    return read_document(att) if limits is None else read_document(att, limits)


@pytest.fixture()
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "材料"
    folder.mkdir()
    (folder / "活动周方案.txt").write_text("一、活动目的\n二、活动安排\n", encoding="utf-8")
    (folder / "统计").mkdir()
    (folder / "统计" / "统计表.csv").write_text("单位名称,线上活动\n肥城职专,3\n", encoding="utf-8")
    return folder


def _make(command: list[str], cwd: Path) -> None:
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, timeout=60)


def _members(doc: Document) -> dict[str, bytes]:
    return {m.filename: m.data for m in doc.members}


@pytest.mark.server
def test_a_7z_made_by_7z_is_a_container_of_its_files(files: Path) -> None:
    seven = require_binary("7z")
    _make([seven, "a", "-bd", "../材料.7z", "."], files)
    data = (files.parent / "材料.7z").read_bytes()
    assert sniff(data, "材料.7z") == "7z"
    doc = read("材料.7z", data)
    assert doc.status is ReadStatus.CONTAINER, doc.reason
    members = _members(doc)
    assert members["活动周方案.txt"].decode() == "一、活动目的\n二、活动安排\n"
    assert members["统计/统计表.csv"].startswith("单位名称".encode())
    assert {m.origin for m in doc.members} == {"材料.7z/"}


@pytest.mark.server
def test_a_7z_made_by_bsdtar_is_read(files: Path) -> None:
    bsdtar = require_binary("bsdtar")
    require_binary("7z")
    _make([bsdtar, "--format", "7zip", "-cf", "../b.7z", "."], files)
    doc = read("材料.7z", (files.parent / "b.7z").read_bytes())
    assert doc.status is ReadStatus.CONTAINER and "活动周方案.txt" in _members(doc)


def _locked(doc: Document) -> list[str]:
    """The names of a password-protected archive's members, each read as encrypted."""
    assert doc.status is ReadStatus.CONTAINER, doc.reason
    assert all(m.locked and m.data == b"" for m in doc.members)
    for member in doc.members:
        read = read_document(member)
        assert read.status is ReadStatus.ENCRYPTED
        assert read.reason == "inside a password-protected archive (its password was not sent)"
    assert len({m.sha256 for m in doc.members}) == len(doc.members)  # told apart
    return sorted(m.filename for m in doc.members)


@pytest.mark.server
def test_a_password_protected_7z_lists_its_members_by_name(files: Path) -> None:
    """Staff see what the unit sent (活动周方案, 统计表), each received and unreadable."""
    seven = require_binary("7z")
    _make([seven, "a", "-bd", "-pSECRET", "../e.7z", "."], files)
    doc = read("材料.7z", (files.parent / "e.7z").read_bytes())
    assert _locked(doc) == ["活动周方案.txt", "统计/统计表.csv"]
    assert {m.origin for m in doc.members} == {"材料.7z/"}


@pytest.mark.server
def test_a_7z_with_encrypted_names_is_encrypted(files: Path) -> None:
    seven = require_binary("7z")
    _make([seven, "a", "-bd", "-pSECRET", "-mhe=on", "../e.7z", "."], files)
    doc = read("材料.7z", (files.parent / "e.7z").read_bytes())
    assert doc.status is ReadStatus.ENCRYPTED and doc.reason == "the 7z is password-protected"


@pytest.mark.server
@pytest.mark.parametrize("method", ["ZipCrypto", "AES256"])
def test_a_password_protected_zip_made_by_7z_lists_its_members(files: Path, method: str) -> None:
    seven = require_binary("7z")
    _make([seven, "a", "-bd", "-tzip", "-pSECRET", f"-mem={method}", "../e.zip", "."], files)
    doc = read("材料.zip", (files.parent / "e.zip").read_bytes())
    assert _locked(doc) == ["活动周方案.txt", "统计/统计表.csv"]


@pytest.mark.server
def test_a_7z_bomb_is_refused_from_its_listing(tmp_path: Path) -> None:
    seven = require_binary("7z")
    (tmp_path / "zeros.bin").write_bytes(b"\0" * (8 * 1024 * 1024))
    _make([seven, "a", "-bd", "-mx=9", "bomb.7z", "zeros.bin"], tmp_path)
    data = (tmp_path / "bomb.7z").read_bytes()
    assert len(data) < 100_000
    doc = read("材料.7z", data)
    assert doc.status is ReadStatus.UNREADABLE and "compression ratio exceeds 100:1" in doc.reason
    small = read("材料.7z", data, Limits(max_total_bytes=1024 * 1024))
    assert small.reason == "uncompressed size exceeds 1048576 bytes"


@pytest.mark.server
def test_too_many_members_are_refused(tmp_path: Path) -> None:
    seven = require_binary("7z")
    for i in range(30):
        (tmp_path / f"稿件{i}.txt").write_text(f"第{i}篇", encoding="utf-8")
    _make([seven, "a", "-bd", "many.7z", "."], tmp_path)
    doc = read("稿件.7z", (tmp_path / "many.7z").read_bytes(), Limits(max_members=20))
    assert doc.status is ReadStatus.UNREADABLE and doc.reason == "more than 20 members"


@pytest.mark.server
@pytest.mark.parametrize("sample", ["rar5-subdirs.rar", "rar3-subdirs.rar"])
def test_real_rar_archives_are_containers(sample: str) -> None:
    require_binary("bsdtar")
    require_binary("7z")
    doc = read("材料.rar", (RAR / sample).read_bytes())
    assert doc.status is ReadStatus.CONTAINER, doc.reason
    assert _members(doc) == {
        "sub/dir1/file1.txt": b"file1\n",
        "sub/dir2/file2.txt": b"file2\n",
        "sub/with space/long fn.txt": b"long fn\n",
        "sub/üȵĩöḋè/file.txt": b"file\n",
    }


@pytest.mark.server
def test_a_compressed_solid_rar5_is_read() -> None:
    require_binary("bsdtar")
    doc = read("材料.rar", (RAR / "rar5-solid.rar").read_bytes())
    assert doc.status is ReadStatus.CONTAINER
    assert sorted(_members(doc)) == ["stest1.txt", "stest2.txt"]
    assert all(len(d) == 2048 for d in _members(doc).values())


@pytest.mark.server
@pytest.mark.parametrize(
    ("sample", "names"),
    [
        ("rar5-psw.rar", ["stest1.txt", "stest2.txt"]),
        ("rar3-comment-psw.rar", ["file1.txt", "file2.txt"]),
    ],
)
def test_a_password_protected_rar_lists_its_members(sample: str, names: list[str]) -> None:
    require_binary("7z")
    assert _locked(read("材料.rar", (RAR / sample).read_bytes())) == names


@pytest.mark.server
def test_a_rar_with_encrypted_names_is_encrypted() -> None:
    require_binary("7z")
    doc = read("材料.rar", (RAR / "rar5-hpsw.rar").read_bytes())
    assert doc.status is ReadStatus.ENCRYPTED and doc.reason == "the rar is password-protected"


@pytest.mark.server
def test_a_rar_that_cannot_be_fully_extracted_is_unreadable_not_half_read() -> None:
    """libarchive cannot unpack solid RAR 3: no half-written member is passed on."""
    require_binary("bsdtar")
    doc = read("材料.rar", (RAR / "rar3-solid.rar").read_bytes())
    assert doc.status is ReadStatus.UNREADABLE and doc.members == ()
    assert doc.reason.startswith("the rar could not be extracted: ")


@pytest.mark.server
def test_a_symlink_traversal_rar_writes_nothing_outside(tmp_path: Path) -> None:
    """rarfile's rar5-evil-symlink-traversal.rar: a link "up" -> ".." then "up/pwned.txt"."""
    require_binary("bsdtar")
    before = set(Path("/tmp").iterdir())
    doc = read("材料.rar", (RAR / "rar5-evil-symlink-traversal.rar").read_bytes())
    assert doc.status in (ReadStatus.UNREADABLE, ReadStatus.CONTAINER)
    assert all("pwned" not in m.filename and not m.filename.startswith("..") for m in doc.members)
    assert not [p for p in set(Path("/tmp").iterdir()) - before if "pwned" in p.name]
    assert not list(Path("/tmp").glob("pwned*"))


def test_no_extractor_means_unsupported(monkeypatch: pytest.MonkeyPatch) -> None:
    from parsers.documents import archive

    monkeypatch.setattr(archive.shutil, "which", lambda name: None)
    doc = read("材料.7z", b"7z\xbc\xaf\x27\x1c" + b"\0" * 30)
    assert doc.status is ReadStatus.UNSUPPORTED and "7z" in doc.reason
