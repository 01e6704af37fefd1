"""Archive: names from mail never escape; writes are atomic; resends keep one copy."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.archive import Archive, safe_name, synced_temp

TZ = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\x\\y.docx", "y.docx"),
        ("/etc/shadow", "shadow"),
        ("a\x00b.docx", "a_b.docx"),
        ("CON.txt", "_CON.txt"),
        ("..", "attachment"),
        ("", "attachment"),
        ("活动周方案.docx", "活动周方案.docx"),
    ],
)
def test_safe_name(name: str, expected: str) -> None:
    assert safe_name(name) == expected


def test_long_name_is_cut_keeping_extension() -> None:
    name = safe_name("很" * 300 + ".docx")
    assert name.endswith(".docx") and len(name.encode()) <= 180


@given(st.text())
def test_safe_name_never_escapes(name: str) -> None:
    out = safe_name(name)
    assert out and "/" not in out and "\\" not in out and "\x00" not in out
    assert out not in (".", "..")


def test_target_and_put_stay_inside(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive")
    data = b"hello"
    sha = hashlib.sha256(data).hexdigest()
    when = datetime(2020, 11, 4, 9, 30, tzinfo=TZ)
    rel = archive.target("taishan", "plan", when, "../../../etc/passwd", sha)
    assert rel == "taishan/plan/20201104-0930_passwd"
    archive.put(rel, data)
    assert (tmp_path / "archive" / rel).read_bytes() == data
    for outside in ("../outside", "taishan/../../outside", "/etc/passwd"):
        with pytest.raises(ValueError, match="outside the archive"):
            archive.abs(outside)


def test_a_unit_folder_linked_to_another_disk_is_followed(tmp_path: Path) -> None:
    (tmp_path / "archive").mkdir()
    (tmp_path / "other-disk").mkdir()
    (tmp_path / "archive" / "taishan").symlink_to(tmp_path / "other-disk")
    archive = Archive(tmp_path / "archive")
    archive.put("taishan/plan.docx", b"plan")
    assert (tmp_path / "other-disk" / "plan.docx").read_bytes() == b"plan"


def test_same_name_other_content_gets_hash_suffix(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    when = datetime(2020, 11, 4, 9, 30, tzinfo=TZ)
    a, b = b"one", b"two"
    rel_a = archive.target(None, "article", when, "稿件.docx", hashlib.sha256(a).hexdigest())
    archive.put(rel_a, a)
    sha_b = hashlib.sha256(b).hexdigest()
    rel_b = archive.target(None, "article", when, "稿件.docx", sha_b)
    assert rel_a.startswith("_unassigned/article/") and rel_b != rel_a and sha_b[:8] in rel_b
    # the same content again maps to the same place (idempotent after a crash)
    assert (
        archive.target(None, "article", when, "稿件.docx", hashlib.sha256(a).hexdigest()) == rel_a
    )


def test_raw_is_content_addressed_and_sweep_removes_partials(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    rel = archive.write_raw(b"raw", "ab" * 32)
    assert rel == f"_raw/{'ab' * 32}.eml" and archive.read(rel) == b"raw"
    (tmp_path / "_raw" / ".tmp-x.part").write_bytes(b"half")
    assert archive.sweep() == 1 and archive.partial_files() == []


def test_staged_files_of_a_live_writer_survive_a_sweep_of_abandoned_ones(tmp_path: Path) -> None:
    """The poll stages archive files before its transaction; a sweep that keeps live
    writes (the one every poll starts with) must not take them from under it."""
    archive = Archive(tmp_path)
    staged = synced_temp(tmp_path, b"attachment")
    assert staged.read_bytes() == b"attachment" and archive.partial_files() == [staged]
    assert archive.sweep(abandoned_only=True) == 0 and staged.exists()
    assert archive.sweep() == 1 and not staged.exists()
