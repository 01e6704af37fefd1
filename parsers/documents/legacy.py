"""Legacy office files (.doc, .wps, .et, .rtf, .odt, ...) via LibreOffice headless conversion.

A conversion goes to this process's kept-alive LibreOffice (`converter`: started at the
first legacy file, ~30-60 ms a file after that). Where that cannot run (no Python with
LibreOffice's `uno` module, or it failed to start), each file gets a soffice of its own, as
before: a fresh temporary profile (a shared profile locks and breaks when two instances
start), one at a time (a module-level lock: soffice instances contend badly), in its own
process group so that a timeout kills soffice and its helper processes. Either way a file
is bounded by `Limits.soffice_timeout`. The converted .docx/.xlsx is read by the normal
readers; `kind` stays the original one.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import threading
from pathlib import Path

from parsers.documents.common import DEFAULT_LIMITS, Limits, failed
from parsers.documents.converter import convert_kept
from parsers.model import Document, ReadStatus
from parsers.office_helper import LISTENER_CRASHED

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
SPREADSHEET_KINDS = frozenset({"et", "ets", "ods", "xls", "xlsb", "csv"})


def soffice_path() -> str | None:
    """The LibreOffice executable on PATH (soffice or libreoffice), or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(
    data: bytes,
    kind: str,
    target: str,
    timeout: float,
    memory: int = DEFAULT_LIMITS.soffice_memory_bytes,
) -> tuple[bytes | None, str]:
    """Convert `data` (a .`kind` file) to `target` ("docx", "xlsx", "pdf"...); (bytes, error)."""
    program = soffice_path()
    if program is None:
        return None, "LibreOffice (soffice) is not installed"
    kept = convert_kept(program, data, kind, target, timeout, memory)
    if kept is None:
        return convert_once(program, data, kind, target, timeout)
    if kept[0] is None and kept[1] == LISTENER_CRASHED:
        # LibreOffice listening over UNO crashes on some files its command line converts
        # (Apache POI's footnote.doc, test-fields.doc): a readable file is not unreadable.
        # A timeout is not retried, so a hostile file still costs one deadline.
        log.info("kept LibreOffice crashed on a .%s; converting it once on its own", kind)
        once = convert_once(program, data, kind, target, timeout)
        if once[0] is not None:
            return once
    return kept


def convert_once(
    program: str, data: bytes, kind: str, target: str, timeout: float
) -> tuple[bytes | None, str]:
    """Convert with a soffice started for this file alone (the path without `uno`)."""
    with _LOCK, tempfile.TemporaryDirectory(prefix="notice-soffice-") as tmp:
        work = Path(tmp)
        source = work / f"input.{kind}"
        source.write_bytes(data)
        outdir = work / "out"
        command = [
            program,
            "--headless",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(source),
        ]
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env={**os.environ, "HOME": tmp},
        )
        try:
            _, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            log.warning("LibreOffice conversion of a .%s timed out after %ss", kind, timeout)
            return None, f"LibreOffice conversion timed out after {timeout:g} s"
        finally:
            _kill_group(process)  # helper processes may outlive a finished soffice
        results = list(outdir.glob("input.*")) if outdir.exists() else []
        if not results or results[0].stat().st_size == 0:
            message = stderr.decode("utf-8", "replace").strip().splitlines()
            tail = message[-1] if message else f"exit status {process.returncode}"
            return None, f"LibreOffice could not convert the file: {tail}"
        return results[0].read_bytes(), ""


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        log.error("LibreOffice process %s did not exit after SIGKILL", process.pid)


def read_legacy(data: bytes, kind: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Convert with LibreOffice and read the result; UNSUPPORTED when it is not installed."""
    from parsers.documents.docx import read_docx
    from parsers.documents.xlsx import read_xlsx

    target = "xlsx" if kind in SPREADSHEET_KINDS else "docx"
    converted, error = convert(
        data, kind, target, limits.soffice_timeout, limits.soffice_memory_bytes
    )
    if converted is None:
        status = ReadStatus.UNSUPPORTED if "not installed" in error else ReadStatus.UNREADABLE
        return failed(status, kind, error)
    if target == "xlsx":
        return read_xlsx(converted, kind=kind, limits=limits)
    return read_docx(converted, kind=kind, limits=limits)
