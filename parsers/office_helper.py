"""The office helper process: one kept-alive LibreOffice converting legacy files sent by
`parsers.documents.converter`.

    PYTHON_WITH_UNO parsers/office_helper.py SOFFICE WORKDIR MEMORY_BYTES MAX_CONVERSIONS

Run by a Python that can `import uno` (Debian's python3 with python3-uno, or the Python
that LibreOffice bundles), not by the daemon's own: so this module imports only the
standard library at the top and `uno` inside `main`, and never our packages.

It starts `soffice --headless --accept=pipe,...` with a fresh profile in WORKDIR, its
address space capped at MEMORY_BYTES, and converts one file at a time over UNO (~30-60 ms
a file instead of the 1-6 s of a soffice started per file). LibreOffice is restarted when
it died (killed, crashed on a hostile file), after MAX_CONVERSIONS files, and when its
resident memory passes half the cap (leaks of a long-lived office). The time a file may
take is the client's to bound: it kills this process's group (this process and
LibreOffice) at the deadline.

Protocol on stdin/stdout, one request at a time, until stdin closes:
    hello:    RESPONSE frame {"status": "ready"} or {"status": "error", "reason": ...}
    request:  8-byte big-endian data length, 4-byte header length, the header JSON
              {"kind": "doc", "target": "docx"}, then the file's bytes
    response: 8-byte JSON length, 8-byte output length, JSON {"status": "ok" | "error",
              "reason": "..."}, then the converted bytes
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, BinaryIO

REQUEST = struct.Struct(">QI")
RESPONSE = struct.Struct(">QQ")
START_WAIT = 60.0  # seconds for LibreOffice to accept connections
# Export filters by target and document family (a .doc may hold a spreadsheet: then the
# docx target has no filter, and the reason says so).
FILTERS = {
    ("docx", "text"): "MS Word 2007 XML",
    ("xlsx", "sheet"): "Calc MS Excel 2007 XML",
    ("pdf", "text"): "writer_pdf_Export",
    ("pdf", "sheet"): "calc_pdf_Export",
    ("pdf", "slides"): "impress_pdf_Export",
    ("pdf", "drawing"): "draw_pdf_Export",
    ("odt", "text"): "writer8",
    ("ods", "sheet"): "calc8",
}
FAMILIES = (
    ("com.sun.star.text.TextDocument", "text"),
    ("com.sun.star.sheet.SpreadsheetDocument", "sheet"),
    ("com.sun.star.presentation.PresentationDocument", "slides"),
    ("com.sun.star.drawing.DrawingDocument", "drawing"),
)


# The reason when LibreOffice itself died mid-file; parsers.documents.legacy then converts
# the file once on its own.
LISTENER_CRASHED = "LibreOffice ended while converting it"


def read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    """`size` bytes, or None at end of input."""
    parts: list[bytes] = []
    while size:
        part = stream.read(size)
        if not part:
            return None
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def answer(stdout: BinaryIO, status: dict[str, Any], data: bytes = b"") -> None:
    """Write one response frame."""
    body = json.dumps(status, ensure_ascii=False).encode("utf-8")
    stdout.write(RESPONSE.pack(len(body), len(data)) + body + data)
    stdout.flush()


class Office:
    """The LibreOffice process and the UNO desktop that drives it."""

    def __init__(self, soffice: str, work: Path, memory: int, max_conversions: int) -> None:
        self.soffice, self.work, self.memory = soffice, work, memory
        self.max_conversions = max_conversions
        self.proc: subprocess.Popen[bytes] | None = None
        self.desktop: Any = None
        self.generation = 0
        self.converted = 0

    def start(self) -> None:
        """Start LibreOffice with a fresh profile and connect to it (raises on failure)."""
        import uno
        from com.sun.star.connection import NoConnectException

        self.stop()
        self.generation += 1
        profile = self.work / f"profile-{self.generation}"
        shutil.rmtree(self.work / f"profile-{self.generation - 1}", ignore_errors=True)
        pipe = f"notice-intake-{os.getpid()}-{self.generation}"
        memory = self.memory

        def capped() -> None:  # in the child, before exec: LibreOffice inherits the cap
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            soft = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))

        self.proc = subprocess.Popen(
            [
                self.soffice,
                "--headless",
                "--invisible",
                "--norestore",
                "--nologo",
                "--nodefault",
                "--nolockcheck",
                f"-env:UserInstallation={profile.as_uri()}",
                f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=capped,  # no threads in this process
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        deadline = time.monotonic() + START_WAIT
        while True:
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    code = self.proc.poll()
                    self.stop()
                    raise RuntimeError(f"LibreOffice did not start (exit status {code})") from None
                time.sleep(0.05)
        self.desktop = ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", ctx
        )
        self.converted = 0

    def alive(self) -> bool:
        """Whether LibreOffice runs and answers over its bridge (one cheap UNO call)."""
        if self.proc is None or self.proc.poll() is not None or self.desktop is None:
            return False
        try:
            self.desktop.getComponents()
        except Exception:  # DisposedException: killed or crashed (oosplash may not know yet)
            return False
        return True

    def stop(self) -> None:
        """End LibreOffice (politely, then by signal)."""
        proc, desktop, self.proc, self.desktop = self.proc, self.desktop, None, None
        if proc is None:
            return
        if desktop is not None and proc.poll() is None:
            with contextlib.suppress(Exception):  # the bridge may be gone already
                desktop.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        for pid in _descendants(os.getpid()):  # soffice.bin, if oosplash left it behind
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)

    def worn(self) -> bool:
        """Whether LibreOffice should be restarted before the next file."""
        if self.converted >= self.max_conversions:
            return True
        return self.proc is not None and _rss_bytes(self.proc.pid) > self.memory // 2

    def convert(self, data: bytes, kind: str, target: str) -> tuple[dict[str, Any], bytes]:
        """Convert one file; (status, converted bytes)."""
        import uno
        from com.sun.star.beans import PropertyValue

        def prop(name: str, value: Any) -> Any:
            p = PropertyValue()
            p.Name, p.Value = name, value
            return p

        if not self.alive() or self.worn():
            self.start()
        self.converted += 1
        source = self.work / f"input.{kind}"
        output = self.work / f"output.{target}"
        source.write_bytes(data)
        output.unlink(missing_ok=True)
        doc = None
        try:
            doc = self.desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(str(source)),
                "_blank",
                0,
                (
                    prop("Hidden", True),
                    prop("ReadOnly", True),
                    prop("MacroExecutionMode", 0),  # NEVER_EXECUTE
                    prop("UpdateDocMode", 0),  # NO_UPDATE: no linked content fetched
                ),
            )
            if doc is None:
                return {"status": "error", "reason": "LibreOffice could not open the file"}, b""
            family = next((f for s, f in FAMILIES if doc.supportsService(s)), "other")
            name = FILTERS.get((target, family))
            if name is None:
                reason = f"LibreOffice read it as a {family} document, not convertible to {target}"
                return {"status": "error", "reason": reason}, b""
            doc.storeToURL(uno.systemPathToFileUrl(str(output)), (prop("FilterName", name),))
        except Exception as exc:  # UNO raises its own exception classes
            if not self.alive():
                self.stop()
                return {"status": "error", "reason": LISTENER_CRASHED}, b""
            message = str(getattr(exc, "Message", "") or exc).strip().splitlines()
            detail = message[0][:200] if message else type(exc).__name__
            return {"status": "error", "reason": f"LibreOffice could not convert it: {detail}"}, b""
        finally:
            if doc is not None:
                try:
                    doc.close(True)
                except Exception:  # a dead bridge: restarted next time
                    self.desktop = None
            source.unlink(missing_ok=True)
        if not output.exists() or output.stat().st_size == 0:
            return {"status": "error", "reason": "LibreOffice wrote nothing"}, b""
        converted = output.read_bytes()
        output.unlink()
        return {"status": "ok"}, converted


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                children = Path(f"/proc/{parent}/task/{tid}/children").read_text().split()
            except OSError:
                continue
            found.extend(map(int, children))
            todo.extend(map(int, children))
    return found


def _rss_bytes(pid: int) -> int:
    """Resident memory of `pid` and the processes below it (oosplash and soffice.bin)."""
    total = 0
    for p in [pid, *_descendants(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def serve(office: Office, stdin: BinaryIO, stdout: BinaryIO) -> None:
    while (head := read_exactly(stdin, REQUEST.size)) is not None:
        size, header_size = REQUEST.unpack(head)
        header = read_exactly(stdin, header_size)
        data = read_exactly(stdin, size)
        if header is None or data is None:
            return
        request = json.loads(header)
        try:
            status, converted = office.convert(data, str(request["kind"]), str(request["target"]))
        except Exception as exc:  # a restart that failed: this file only
            office.stop()
            status, converted = {"status": "error", "reason": str(exc)[:300]}, b""
        del data
        answer(stdout, status, converted)


def main() -> int:
    soffice, work, memory, max_conversions = sys.argv[1:5]
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the reading process handles Ctrl-C
    office = Office(soffice, Path(work), int(memory), int(max_conversions))
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    try:
        office.start()
    except Exception as exc:
        answer(stdout, {"status": "error", "reason": str(exc)[:300]})
        return 1
    answer(stdout, {"status": "ready"})
    try:
        serve(office, stdin, stdout)
    finally:
        office.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
