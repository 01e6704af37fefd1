"""The reference programs the pipeline is measured against, on the same folder.

    raw_s, count, _ = reference_raw(srv, "Backlog")          # imapclient fetch only: the limit
    loop = reference_loop(srv, "Backlog")                     # the straightforward program
    loop2 = reference_loop(srv, "Backlog", processes=2)      # the same split over two processes

The straightforward program: fetch in batches of 200, mailparser.parse_from_bytes, open
each attachment with its library (python-docx, openpyxl read-only, pypdf text, xlrd, the
members of a zip likewise). A .doc/.wps goes to the same kept-alive LibreOffice the
pipeline uses (parsers.documents.legacy.convert), then python-docx: the loop is not made
slow by a LibreOffice started per file; what that would cost is `legacy_files` times the
per-file figure of the `legacy` section. The two-process loop gives each process half of
the UIDs, its own connection and its own LibreOffice: the fair comparison on two cores.
"""

from __future__ import annotations

import base64
import io
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from bench.servers import Servers


def reference_raw(srv: Servers, folder: str) -> tuple[float, int, list[bytes]]:
    """Seconds and count of a plain fetch of the whole folder (and what it fetched)."""
    started = time.perf_counter()
    kept: list[bytes] = []
    with srv.client(folder) as c:
        uids = sorted(c.search("ALL"))
        for i in range(0, len(uids), 200):
            data = c.fetch(uids[i : i + 200], ["BODY.PEEK[]"])
            kept.extend(data[u][b"BODY[]"] for u in uids[i : i + 200])
    return time.perf_counter() - started, len(kept), kept


def open_attachment(name: str, data: bytes, legacy: list[float]) -> None:
    """Open one attachment the way a straightforward program would; legacy conversion
    seconds are appended to `legacy`."""
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        from docx import Document

        Document(io.BytesIO(data))
    elif ext == "xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(data), read_only=True)
        for ws in wb.worksheets:
            for _row in ws.iter_rows(values_only=True):
                pass
        wb.close()
    elif ext == "pdf":
        from pypdf import PdfReader

        for page in PdfReader(io.BytesIO(data)).pages:
            page.extract_text()
    elif ext == "xls":
        import xlrd

        book = xlrd.open_workbook(file_contents=data, on_demand=True)
        for sheet in book.sheets():
            for r in range(sheet.nrows):
                sheet.row_values(r)
    elif ext in ("doc", "wps"):
        from parsers.documents.legacy import convert

        started = time.perf_counter()
        converted, _ = convert(data, ext, "docx", 60.0)
        legacy.append(time.perf_counter() - started)
        if converted:
            open_attachment("x.docx", converted, legacy)
    elif ext == "zip":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for info in zf.infolist():
                open_attachment(info.filename, zf.read(info), legacy)


@dataclass(frozen=True)
class LoopResult:
    """What a reference loop did: seconds, messages, legacy conversions and their seconds,
    and the CPU time of the loop's processes (LibreOffice's own apart)."""

    seconds: float
    messages: int
    legacy_files: int
    legacy_seconds: float
    cpu_seconds: float


def _loop_part(
    port: int, user: str, password: str, folder: str, part: int, parts: int
) -> tuple[int, list[float], float]:
    import logging

    import mailparser
    from imapclient import IMAPClient

    logging.getLogger("mailparser").setLevel(logging.ERROR)  # it warns on every defect
    legacy: list[float] = []
    count = 0
    cpu = time.process_time()
    with IMAPClient("127.0.0.1", port=port, ssl=False, timeout=60) as c:
        c.login(user, password)
        c.select_folder(folder, readonly=True)
        uids = sorted(c.search("ALL"))[part::parts]
        for i in range(0, len(uids), 200):
            data = c.fetch(uids[i : i + 200], ["BODY.PEEK[]"])
            for u in uids[i : i + 200]:
                parsed = mailparser.parse_from_bytes(data[u][b"BODY[]"])
                for att in parsed.attachments:
                    payload = att["payload"]
                    blob = base64.b64decode(payload) if att["binary"] else payload.encode()
                    open_attachment(att["filename"] or "", blob, legacy)
                count += 1
    return count, legacy, time.process_time() - cpu


def reference_loop(srv: Servers, folder: str, processes: int = 1) -> LoopResult:
    """The straightforward program over the folder, in this process or split over
    `processes` processes (started inside the timing: a real program pays for them)."""
    args = (srv.dovecot.port, srv.dovecot.user, srv.dovecot.password, folder)
    started = time.perf_counter()
    if processes == 1:
        results = [_loop_part(*args, 0, 1)]
    else:
        with ProcessPoolExecutor(processes) as pool:
            futures = [pool.submit(_loop_part, *args, i, processes) for i in range(processes)]
            results = [f.result() for f in futures]
    seconds = time.perf_counter() - started
    if processes == 1:  # this process's LibreOffice is not left running beside the pipeline
        from parsers.documents.converter import stop_offices

        stop_offices()
    legacy = [s for _, part, _ in results for s in part]
    cpu = sum(c for _, _, c in results)
    return LoopResult(seconds, sum(n for n, _, _ in results), len(legacy), sum(legacy), cpu)


def loop_figures(prefix: str, loop: LoopResult) -> dict[str, Any]:
    """A loop's figures as the JSON report keeps them."""
    return {
        f"{prefix}_msgs_per_s": loop.messages / loop.seconds,
        f"{prefix}_seconds": loop.seconds,
        f"{prefix}_legacy_files": loop.legacy_files,
        f"{prefix}_legacy_seconds": loop.legacy_seconds,
        f"{prefix}_cpu_ms_per_msg": loop.cpu_seconds * 1000 / max(1, loop.messages),
    }
