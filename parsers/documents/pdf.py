"""PDF reader: the text layer of every page; no text at all means a scan; a password
needed to open it means ENCRYPTED.

The text comes from PDFium (pypdfium2), the PDF engine of Chromium. On the PDFs schools
send (CJK fonts with ToUnicode maps, from WPS, Word and LibreOffice) it reads a two-page
report in about 2 ms where pypdf took 28 ms, without the spaces pypdf put inside names
and phone numbers. PDFium is native code and decodes every stream whole, without a
bound; so it runs in a helper process (`pdf_helper`), one per reading process, started
on the first PDF and kept: its address space is capped (`Limits.pdf_memory_bytes`), a
PDF taking longer than `Limits.pdf_timeout` ends it, and a crash or a decompression
bomb costs that PDF (UNREADABLE, with the reason) and a new helper, nothing else.

Tables come back rebuilt from text positions and drawn rules (`parsers.pdf_tables`), as
`Document.tables` named "table N" in page order, so the table readers read PDFs as they
read docx and xlsx files.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from parsers.documents.common import DEFAULT_LIMITS, Limits, failed
from parsers.documents.pipes import HelperFailed, receive_exactly, send_all
from parsers.model import Document, ReadStatus, Table
from parsers.pdf_helper import REQUEST, RESPONSE

log = logging.getLogger(__name__)

_ROOT = Path(__file__).resolve().parents[2]  # the folder holding `parsers`
_ENV_KEPT = frozenset({"PATH", "PYTHONPATH", "PYTHONHOME", "LANG", "TMPDIR", "HOME", "TZ"})
# PDFium allocates and frees buffers of a few hundred KB per page. With glibc's default
# thresholds a fresh process hands them back to the kernel and faults them in again: about
# 480 page faults and 1 ms of CPU per two-page PDF, a third of the helper's time. Buffers up
# to 32 MB come from the heap, and up to 64 MB of free heap is kept (a bomb's gigabyte is
# mmapped and returned).
_MALLOC = "glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=67108864"


def read_pdf(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a PDF's text layer; IMAGE_ONLY without text, ENCRYPTED behind a password."""
    try:
        answer = _helper(limits.pdf_memory_bytes).read(data, limits)
    except HelperFailed as exc:
        return failed(ReadStatus.UNREADABLE, "pdf", str(exc))
    status = answer.get("status")
    if status == "encrypted":
        return failed(ReadStatus.ENCRYPTED, "pdf", str(answer.get("reason", "")))
    if status != "ok":
        return failed(ReadStatus.UNREADABLE, "pdf", str(answer.get("reason", "")))
    count = int(answer["pages"])
    texts = [t for t in answer["texts"] if t]
    text = "\n".join(texts)
    if not text:
        return Document(
            status=ReadStatus.IMAGE_ONLY, kind="pdf", reason=f"no text layer in {count} page(s)"
        )
    read = len(answer["texts"])
    reason = f"only the first {limits.max_pdf_pages} pages read" if count > read else ""
    tables = tuple(
        Table(rows=tuple(tuple(str(c) for c in row) for row in t["rows"]), name=f"table {i + 1}")
        for i, t in enumerate(answer.get("tables", ()))
    )
    return Document(status=ReadStatus.OK, kind="pdf", text=text, reason=reason, tables=tables)


class _Helper:
    """One helper process and the lock that keeps its requests one at a time."""

    def __init__(self, memory: int) -> None:
        self.memory = memory
        self.owner = os.getpid()
        self.lock = threading.Lock()
        self.proc: subprocess.Popen[bytes] | None = None

    def read(self, data: bytes, limits: Limits) -> dict[str, Any]:
        with self.lock:
            proc = self.running()
            try:
                return self._request(proc, data, limits)
            except HelperFailed:
                self.stop(kill=True)
                raise

    def running(self) -> subprocess.Popen[bytes]:
        """The helper process, started if there is none (call with the lock held)."""
        proc = self.proc
        if proc is not None and proc.poll() is not None:  # ended while idle (killed)
            self.stop()  # its pipes closed; the PDF at hand is not to blame
            proc = None
        return proc if proc is not None else self._start()

    def _start(self) -> subprocess.Popen[bytes]:
        # Only what Python needs: the helper reads hostile files with native code, so the
        # daemon's secrets (password variables) are not handed to it.
        env = {k: v for k, v in os.environ.items() if k in _ENV_KEPT or k.startswith("LC_")}
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(_ROOT), os.environ.get("PYTHONPATH")])
        )
        env["GLIBC_TUNABLES"] = _MALLOC
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "parsers.pdf_helper", str(self.memory)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                bufsize=0,
                # Ctrl-C is for the reading process to handle; the helper ends when its
                # stdin closes (this process exited, or was killed)
                start_new_session=True,
            )
        except OSError as exc:
            raise HelperFailed(f"the PDF reader process could not start: {exc}") from None
        assert self.proc.stdin is not None
        os.set_blocking(self.proc.stdin.fileno(), False)  # writes wait in select, timed
        log.debug("pdf helper started (pid %d)", self.proc.pid)
        return self.proc

    def _request(self, proc: subprocess.Popen[bytes], data: bytes, limits: Limits) -> dict:
        deadline = time.monotonic() + limits.pdf_timeout
        late = f"reading it took longer than {limits.pdf_timeout:g} s"

        def gone() -> str:
            return self._ended(proc, limits)

        send_all(proc, REQUEST.pack(len(data), limits.max_pdf_pages), deadline, gone, late)
        send_all(proc, data, deadline, gone, late)
        (size,) = RESPONSE.unpack(receive_exactly(proc, RESPONSE.size, deadline, gone, late))
        answer: dict[str, Any] = json.loads(receive_exactly(proc, size, deadline, gone, late))
        return answer

    def _ended(self, proc: subprocess.Popen[bytes], limits: Limits) -> str:
        try:
            code = proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            code = None
        if code is not None and code < 0:
            how = signal.Signals(-code).name if -code in signal.valid_signals() else str(code)
        else:
            how = f"exit status {code}"
        mb = limits.pdf_memory_bytes // (1024 * 1024)
        return (
            f"the PDF reader ended while reading it ({how}): a damaged or hostile PDF, "
            f"or one needing more than {mb} MB"
        )

    def stop(self, kill: bool = False) -> None:
        proc, self.proc = self.proc, None
        if proc is None or self.owner != os.getpid():
            return
        if kill:  # it may be busy with a PDF: closing its input would not end it
            proc.kill()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


_HELPERS: dict[int, _Helper] = {}
_HELPERS_LOCK = threading.Lock()


def _helper(memory: int) -> _Helper:
    """This process's helper for this memory cap (a forked child starts its own)."""
    with _HELPERS_LOCK:
        helper = _HELPERS.get(memory)
        if helper is None or helper.owner != os.getpid():
            helper = _HELPERS[memory] = _Helper(memory)
        return helper


def start_helper(limits: Limits = DEFAULT_LIMITS) -> None:
    """Start this process's helper now, not at its first PDF (a reading process that will
    meet PDFs then does not wait the ~0.1 s the helper takes to start). Never raises."""
    helper = _helper(limits.pdf_memory_bytes)
    with helper.lock:
        try:
            helper.running()
        except HelperFailed as exc:  # the first PDF will try again, and report it
            log.debug("pdf helper not started ahead: %s", exc)


@atexit.register
def stop_helpers() -> None:
    """End the helper processes (each would also end when this process's pipes close)."""
    with _HELPERS_LOCK:
        helpers = list(_HELPERS.values())
    for helper in helpers:
        helper.stop()
