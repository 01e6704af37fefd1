"""The PDF reader and its helper process: text, encryption, page limit, and the faults
the helper exists for (a decompression bomb, a hang, a helper killed between files).

PDFs are written byte by byte (`build_pdf`: Helvetica text, no font file needed) or by
pypdf; LibreOffice's CJK PDFs are in test_documents_libreoffice.py.
"""

from __future__ import annotations

import contextlib
import io
import os
import resource
import signal

import pytest
from pypdf import PdfReader, PdfWriter

from parsers.documents import pdf as pdf_reader
from parsers.documents.common import Limits
from parsers.documents.pdf import read_pdf
from parsers.model import ReadStatus
from tests.reliability.hostile import build_pdf, pdf_bomb_page, pdf_text_page

REPORT = build_pdf(
    [
        pdf_text_page("Feicheng vocational school: activity week summary", "www.fc.edu.cn/zjz"),
        pdf_text_page("Contact: 13705381234"),
    ]
)


def test_text_of_every_page_in_order() -> None:
    doc = read_pdf(REPORT)
    assert (doc.status, doc.kind) == (ReadStatus.OK, "pdf")
    assert doc.text.splitlines() == [
        "Feicheng vocational school: activity week summary",
        "www.fc.edu.cn/zjz",
        "Contact: 13705381234",
    ]
    assert doc.reason == ""


def test_pages_past_the_limit_are_not_read_and_the_reason_says_so() -> None:
    doc = read_pdf(REPORT, Limits(max_pdf_pages=1))
    assert doc.status is ReadStatus.OK
    assert "13705381234" not in doc.text
    assert doc.reason == "only the first 1 pages read"


def test_owner_only_protection_is_read_and_a_user_password_is_encrypted() -> None:
    for user, expected in (("", ReadStatus.OK), ("secret", ReadStatus.ENCRYPTED)):
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(REPORT)))
        writer.encrypt(user_password=user, owner_password="owner", algorithm="AES-256")
        out = io.BytesIO()
        writer.write(out)
        doc = read_pdf(out.getvalue())
        assert doc.status is expected, doc.reason
        if expected is ReadStatus.OK:
            assert "13705381234" in doc.text


def _helper_pid() -> int:
    helper = pdf_reader._helper(Limits().pdf_memory_bytes)
    assert helper.proc is not None and helper.proc.poll() is None
    return helper.proc.pid


def test_a_decompression_bomb_costs_one_file_and_not_this_process() -> None:
    limits = Limits(pdf_memory_bytes=512 * 1024 * 1024)
    bomb = build_pdf([pdf_bomb_page(inflated_mb=768)])
    assert len(bomb) < 2 * 1024 * 1024
    assert read_pdf(REPORT, limits).status is ReadStatus.OK  # the helper is up
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    doc = read_pdf(bomb, limits)
    assert doc.status is ReadStatus.UNREADABLE
    assert "PDF reader ended while reading it" in doc.reason
    assert "512 MB" in doc.reason
    # the inflating happened in the helper: this process grew by far less than the bomb
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 100 * 1024
    # and the next file is read by a new helper
    assert read_pdf(REPORT, limits).status is ReadStatus.OK


def test_a_helper_that_hangs_is_ended_after_the_timeout() -> None:
    assert read_pdf(REPORT).status is ReadStatus.OK
    hung = _helper_pid()
    os.kill(hung, signal.SIGSTOP)  # a PDF that never finishes, as the helper sees it
    big = REPORT + b"%" + b" " * (4 * 1024 * 1024)  # more than a pipe holds: the write waits
    try:
        doc = read_pdf(big, Limits(pdf_timeout=0.5))
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(hung, signal.SIGCONT)
    assert doc.status is ReadStatus.UNREADABLE
    assert doc.reason == "reading it took longer than 0.5 s"
    with pytest.raises(ProcessLookupError):  # killed and reaped
        os.kill(hung, 0)
    assert read_pdf(REPORT).status is ReadStatus.OK
    assert _helper_pid() != hung


def test_a_helper_killed_between_files_is_replaced_without_blaming_the_next() -> None:
    assert read_pdf(REPORT).status is ReadStatus.OK
    first = _helper_pid()
    os.kill(first, signal.SIGKILL)
    os.waitpid(first, 0)  # what the OOM killer leaves: a helper gone while idle
    assert read_pdf(REPORT).status is ReadStatus.OK
    assert _helper_pid() != first


def test_the_helper_gets_no_secrets_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The helper runs native code on hostile files: the password variables the daemon
    reads its IMAP/SMTP passwords from are not in its environment."""
    monkeypatch.setenv("INTAKE_IMAP_PASSWORD", "Imap-Pw-7c1q-Zx9")
    pdf_reader.stop_helpers()  # one started before the variable was set would not show it
    try:
        assert read_pdf(REPORT).status is ReadStatus.OK
        with open(f"/proc/{_helper_pid()}/environ", "rb") as f:
            environ = f.read().split(b"\0")
    finally:
        pdf_reader.stop_helpers()
    assert not any(b"Imap-Pw-7c1q-Zx9" in entry for entry in environ)
    assert any(entry.startswith(b"PYTHONPATH=") for entry in environ)


def _minor_faults(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as f:
        return int(f.read().rsplit(")", 1)[1].split()[7])


def test_the_helper_keeps_its_page_buffers_between_files() -> None:
    """PDFium's per-page buffers (hundreds of KB for a page of text) stay in the helper's
    heap: with glibc's defaults each file mapped them anew, about 260 page faults (and a
    third of the helper's CPU) per file like this one."""
    page = pdf_text_page(
        *(f"line {i} of a long page of the activity week report" for i in range(50))
    )
    long_report = build_pdf([page, page])
    assert read_pdf(long_report).status is ReadStatus.OK
    pid = _helper_pid()
    before = _minor_faults(pid)
    for _ in range(10):
        assert read_pdf(long_report).status is ReadStatus.OK
    assert _helper_pid() == pid
    assert (_minor_faults(pid) - before) / 10 < 20


def test_a_helper_started_ahead_reads_the_first_pdf() -> None:
    pdf_reader.stop_helpers()
    pdf_reader.start_helper()
    pid = _helper_pid()
    pdf_reader.start_helper()  # already running: left as it is
    assert _helper_pid() == pid
    assert read_pdf(REPORT).status is ReadStatus.OK
    assert _helper_pid() == pid
