"""The kept-alive LibreOffice (parsers.documents.converter and parsers.office_helper) on
real legacy files that LibreOffice wrote: one LibreOffice for many files, restarted when it
is killed (idle or mid-file), bounded in time (the group killed) and in address space.

Counts and states only: no durations are asserted.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from pathlib import Path

import docx
import pytest

from parsers.documents import Limits, read_document
from parsers.documents import converter as conv
from parsers.documents.legacy import soffice_path
from parsers.model import Attachment, Document, ReadStatus
from parsers.office_helper import _descendants
from tests.fixtures.office import convert
from tests.fixtures.servers import require_binary

pytestmark = [pytest.mark.slow, pytest.mark.server]

LIMITS = Limits()


def read(name: str, data: bytes, limits: Limits = LIMITS) -> Document:
    att = Attachment(name, "application/octet-stream", data, hashlib.sha256(data).hexdigest())
    return read_document(att, limits=limits)


def plan_doc(tmp_path: Path, unit: str, chapters: int = 0) -> bytes:
    """A plan written as .doc by LibreOffice; `chapters` tables make it slow to convert
    (30 take LibreOffice about a second)."""
    d = docx.Document()
    d.add_heading(f"{unit}职业教育活动周方案", 0)
    d.add_paragraph(f"联系人：赵六，手机：13905381234，单位：{unit}")
    for i in range(chapters):
        d.add_heading(f"第{i}章", 1)
        table = d.add_table(rows=10, cols=6)
        table.style = "Table Grid"
        for r in range(10):
            for c in range(6):
                table.cell(r, c).text = f"单元{i}-{r}-{c}"
        d.add_paragraph("职业教育活动周" * 40)
    source = tmp_path / f"{unit}-{chapters}.docx"
    d.save(source)
    return convert(tmp_path, source, "doc")


@pytest.fixture
def office(monkeypatch: pytest.MonkeyPatch):
    """This process's kept-alive LibreOffice, fresh for the test and stopped after it."""
    require_binary("soffice")
    if conv.uno_python(soffice_path() or "soffice") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("no Python with LibreOffice's uno module (Debian: python3-uno)")
        pytest.skip("no Python with LibreOffice's uno module (Debian: python3-uno)")
    monkeypatch.setattr(conv, "_OFFICES", {})
    found = conv.office(LIMITS.soffice_memory_bytes)
    yield found
    found._stop(kill=True)


def soffice_bin(helper: int) -> int:
    """The soffice.bin process below the helper (LibreOffice proper, past oosplash)."""
    for pid in _descendants(helper):
        try:
            if Path(f"/proc/{pid}/comm").read_text().strip() == "soffice.bin":
                return pid
        except OSError:
            continue
    raise AssertionError("no soffice.bin below the helper")


def group_alive(pgid: int, wait: float = 10.0) -> bool:
    """Whether a process of group `pgid` still runs (zombies apart: whoever inherits them
    may reap them late), after up to `wait` seconds for SIGKILL to take effect."""
    deadline = time.monotonic() + wait
    while True:
        members = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                members.append(stat)
        if not members or time.monotonic() > deadline:
            return bool(members)
        time.sleep(0.05)


def test_one_libreoffice_converts_many_files(office: conv._Office, tmp_path: Path) -> None:
    units = ("泰山区", "岱岳区", "新泰市", "肥城市")
    files = {u: plan_doc(tmp_path, u) for u in units}
    for unit, data in files.items():
        doc = read(f"{unit}方案.doc", data)
        assert (doc.status, doc.kind) == (ReadStatus.OK, "doc"), doc.reason
        assert f"单位：{unit}" in doc.text
    wps = read("方案.wps", files["泰山区"])
    assert (wps.status, wps.kind) == (ReadStatus.OK, "wps")
    assert office.starts == 1  # kept alive: one LibreOffice for all five
    helper = office.helper_pid()
    assert helper is not None
    limits = Path(f"/proc/{soffice_bin(helper)}/limits").read_text()
    (line,) = [x for x in limits.splitlines() if x.startswith("Max address space")]
    assert int(line.split()[3]) == LIMITS.soffice_memory_bytes  # the soft cap


POI = Path(__file__).resolve().parents[1] / "samples" / "public" / "poi"


def test_word_97_files_from_apache_poi(office: conv._Office) -> None:
    # .doc files Word itself wrote (Apache POI's test data), one LibreOffice for all three
    expected = {
        "SampleDoc.doc": "I am a test document",
        "simple-table.doc": "created using Word 97",
        "HeaderFooterUnicode.doc": "headers and footers",
    }
    for name, words in expected.items():
        doc = read(name, (POI / name).read_bytes())
        assert (doc.status, doc.kind) == (ReadStatus.OK, "doc"), doc.reason
        assert words in doc.text
    # the same bytes under a WPS Office name still go to LibreOffice
    wps = read("活动方案.wps", (POI / "SampleDoc.doc").read_bytes())
    assert (wps.status, wps.kind) == (ReadStatus.OK, "wps"), wps.reason
    assert office.starts == 1


def test_libreoffice_killed_between_files_is_restarted(
    office: conv._Office, tmp_path: Path
) -> None:
    data = plan_doc(tmp_path, "东平县")
    assert read("a.doc", data).status is ReadStatus.OK
    helper = office.helper_pid()
    assert helper is not None
    first = soffice_bin(helper)
    os.kill(first, signal.SIGKILL)
    doc = read("b.doc", data)  # LibreOffice died while idle: this file is not to blame
    assert doc.status is ReadStatus.OK, doc.reason
    assert office.helper_pid() == helper  # the helper restarted its LibreOffice
    assert soffice_bin(helper) != first
    os.killpg(helper, signal.SIGKILL)  # now the helper itself, with its LibreOffice
    assert not group_alive(helper, wait=30)
    doc = read("c.doc", data)
    assert doc.status is ReadStatus.OK, doc.reason
    assert office.starts == 2 and office.helper_pid() not in (None, helper)


def test_libreoffice_killed_mid_file_is_retried_once_on_its_own(
    office: conv._Office, tmp_path: Path
) -> None:
    small, slow = plan_doc(tmp_path, "宁阳县"), plan_doc(tmp_path, "宁阳县", chapters=60)
    assert read("a.doc", small).status is ReadStatus.OK
    helper = office.helper_pid()
    assert helper is not None
    first = soffice_bin(helper)
    result: list[Document] = []
    reader = threading.Thread(target=lambda: result.append(read("slow.doc", slow)))
    reader.start()
    # LibreOffice takes seconds over the 60 tables; it is killed while at it (its CPU
    # time grows from the moment the file arrives)
    ticks = _cpu_ticks(first)
    deadline = time.monotonic() + 30
    while _cpu_ticks(first) < ticks + 20 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(first, signal.SIGKILL)
    reader.join(timeout=120)
    (killed,) = result  # converted again by a LibreOffice of its own: nothing is lost
    assert killed.status is ReadStatus.OK, killed.reason
    assert "单位：宁阳县" in killed.text
    doc = read("next.doc", small)
    assert doc.status is ReadStatus.OK, doc.reason
    assert "单位：宁阳县" in doc.text
    assert office.starts == 1 and soffice_bin(helper) != first


def _cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 1 << 30
    return int(fields[11]) + int(fields[12])


def test_a_file_over_the_time_limit_kills_the_group_and_the_next_is_read(
    office: conv._Office, tmp_path: Path
) -> None:
    slow, small = plan_doc(tmp_path, "新泰市", chapters=30), plan_doc(tmp_path, "新泰市")
    assert read("a.doc", small).status is ReadStatus.OK  # LibreOffice's start is not timed
    helper = office.helper_pid()
    assert helper is not None
    doc = read("slow.doc", slow, Limits(soffice_timeout=0.2))
    assert doc.status is ReadStatus.UNREADABLE
    assert "timed out after 0.2 s" in doc.reason
    assert not group_alive(helper)  # the helper and its LibreOffice were killed
    assert read("b.doc", small).status is ReadStatus.OK
    assert office.starts == 2


def test_without_uno_each_file_gets_its_own_soffice(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    require_binary("soffice")
    monkeypatch.setattr(conv, "_UNO_PYTHON", [None])  # as on a machine without python3-uno
    monkeypatch.setattr(conv, "_OFFICES", {})
    doc = read("方案.doc", plan_doc(tmp_path, "肥城市"))
    assert (doc.status, doc.kind) == (ReadStatus.OK, "doc"), doc.reason
    assert "单位：肥城市" in doc.text
    assert conv._OFFICES == {}  # no kept-alive LibreOffice was asked


def test_a_file_the_kept_office_crashes_on_is_converted_on_its_own(office: object) -> None:
    """Apache POI's footnote.doc crashes LibreOffice's UNO listener, not its command line:
    the file is read, and the kept LibreOffice still serves the next file."""
    sample = Path(__file__).parents[1] / "samples" / "public" / "poi" / "footnote.doc"
    doc = read("footnote.doc", sample.read_bytes())
    assert doc.status is ReadStatus.OK, doc.reason
    assert doc.text.strip()
    again = read("simple-table.doc", (sample.parent / "simple-table.doc").read_bytes())
    assert again.status is ReadStatus.OK
