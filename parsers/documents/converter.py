"""A kept-alive LibreOffice for legacy files: one per reading process, started when the
first .doc/.xls/.wps arrives and kept, driven over UNO by a helper process
(`parsers.office_helper`).

    converted, error = convert_kept(data, "doc", "docx", timeout=60)   # None: unavailable

A soffice started per file costs 1-6 s (start, profile, shutdown); a kept one converts a
school's .doc in ~30-60 ms. The bounds of the per-file path hold: the helper and its
LibreOffice run in a process group of their own, killed when a file takes longer than
`timeout` (the next file starts a new one); LibreOffice's address space is capped
(`Limits.soffice_memory_bytes`), and it is restarted when it died, after
`MAX_CONVERSIONS` files, when its memory passes half the cap, and stopped after
`IDLE_SECONDS` without a file. The helper needs a Python that can `import uno` (Debian's
python3-uno, or LibreOffice's own Python); without one, or when it cannot start,
`convert_kept` returns None and the caller converts per file as before.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from parsers.documents.pipes import HelperFailed, receive_exactly, send_all
from parsers.office_helper import REQUEST, RESPONSE

log = logging.getLogger(__name__)

HELPER = Path(__file__).resolve().parents[1] / "office_helper.py"
START_TIMEOUT = 90.0  # LibreOffice's start (profile included), apart from a file's timeout
MAX_CONVERSIONS = 200  # files before LibreOffice is restarted (a long-lived office leaks)
IDLE_SECONDS = 300.0  # a helper without a file for this long is stopped
RETRY_START_AFTER = 300.0  # after a failed start, files are converted per file meanwhile
UNO_PYTHON_ENV = "NOTICE_UNO_PYTHON"  # a Python with `uno`, where it is not found alone
_ENV_KEPT = frozenset({"PATH", "LANG", "TMPDIR", "TZ"})


_UNO_PYTHON: list[str | None] = []


def uno_python(soffice: str) -> str | None:
    """A Python interpreter that can `import uno` (checked once per process), or None."""
    if _UNO_PYTHON:
        return _UNO_PYTHON[0]
    candidates = [os.environ.get(UNO_PYTHON_ENV, "")]
    candidates.append(str(Path(os.path.realpath(soffice)).parent / "python"))  # bundled
    candidates += ["/usr/bin/python3", sys.executable]
    found = None
    for candidate in filter(None, candidates):
        if not os.access(candidate, os.X_OK):
            continue
        try:
            done = subprocess.run(
                [candidate, "-c", "import uno"],
                capture_output=True,
                timeout=30,
                env=_helper_env(tempfile.gettempdir()),
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            found = candidate
            break
    if found is None:
        log.info("no Python with LibreOffice's uno module: legacy files converted per file")
    _UNO_PYTHON.append(found)
    return found


def _helper_env(home: str) -> dict[str, str]:
    # Only what Python and LibreOffice need: the helper opens hostile files, so the
    # daemon's secrets (password variables) are not handed to it; and not our PYTHONPATH:
    # the interpreter may be another Python than ours.
    env = {k: v for k, v in os.environ.items() if k in _ENV_KEPT or k.startswith("LC_")}
    env["HOME"] = home
    return env


class _Office:
    """One helper process, its working folder, and the lock that keeps files one at a time."""

    def __init__(self, memory: int) -> None:
        self.memory = memory
        self.owner = os.getpid()
        self.lock = threading.Lock()
        self.proc: subprocess.Popen[bytes] | None = None
        self.work: Path | None = None
        self.last_used = 0.0
        self.failed_start = 0.0
        self.starts = 0  # helpers started by this process (tests read it)

    def convert(
        self, program: str, python: str, data: bytes, kind: str, target: str, timeout: float
    ) -> tuple[bytes | None, str] | None:
        """(bytes, "") or (None, reason); None when no helper could be started."""
        with self.lock:
            self.last_used = time.monotonic()
            try:
                proc = self._running(program, python)
            except HelperFailed as exc:
                self.failed_start = time.monotonic()
                log.warning("kept-alive LibreOffice not started (%s): converting per file", exc)
                return None
            try:
                status, converted = self._request(proc, data, kind, target, timeout)
            except HelperFailed as exc:
                self._stop(kill=True)
                log.warning("LibreOffice conversion of a .%s failed: %s", kind, exc)
                return None, str(exc)
            finally:
                self.last_used = time.monotonic()
        if status.get("status") != "ok":
            return None, str(status.get("reason", "LibreOffice could not convert the file"))
        return converted, ""

    def _running(self, program: str, python: str) -> subprocess.Popen[bytes]:
        """The helper, started if there is none or it ended (call with the lock held)."""
        proc = self.proc
        if proc is not None and proc.poll() is not None:  # ended while idle (killed)
            self._stop(kill=True)  # its LibreOffice too; the file at hand is not to blame
            proc = None
        if proc is not None:
            return proc
        if self.failed_start and time.monotonic() - self.failed_start < RETRY_START_AFTER:
            raise HelperFailed("it failed to start a short while ago")
        return self._start(program, python)

    def _start(self, program: str, python: str) -> subprocess.Popen[bytes]:
        self.work = Path(tempfile.mkdtemp(prefix="notice-office-"))
        try:
            args = [program, str(self.work), str(self.memory), str(MAX_CONVERSIONS)]
            proc = subprocess.Popen(
                [python, str(HELPER), *args],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=_helper_env(str(self.work)),
                bufsize=0,
                start_new_session=True,  # its own group: a timeout kills it and LibreOffice
            )
        except OSError as exc:
            self._remove_work()
            raise HelperFailed(f"the office helper could not start: {exc}") from None
        self.proc = proc
        self.starts += 1
        assert proc.stdin is not None
        os.set_blocking(proc.stdin.fileno(), False)  # writes wait in select, timed
        try:
            hello, _ = self._answer(proc, time.monotonic() + START_TIMEOUT, START_TIMEOUT)
        except HelperFailed as exc:
            self._stop(kill=True)
            raise HelperFailed(f"LibreOffice did not start: {exc}") from None
        if hello.get("status") != "ready":
            self._stop(kill=True)
            raise HelperFailed(str(hello.get("reason", "LibreOffice did not start")))
        log.debug("kept-alive LibreOffice started (helper pid %d)", proc.pid)
        _watch_idle()
        return proc

    def _request(
        self, proc: subprocess.Popen[bytes], data: bytes, kind: str, target: str, timeout: float
    ) -> tuple[dict, bytes]:
        deadline = time.monotonic() + timeout
        header = json.dumps({"kind": kind, "target": target}).encode()
        late = f"LibreOffice conversion timed out after {timeout:g} s"
        send_all(proc, REQUEST.pack(len(data), len(header)) + header, deadline, _gone(proc), late)
        send_all(proc, data, deadline, _gone(proc), late)
        return self._answer(proc, deadline, timeout)

    def _answer(
        self, proc: subprocess.Popen[bytes], deadline: float, timeout: float
    ) -> tuple[dict, bytes]:
        late = f"LibreOffice conversion timed out after {timeout:g} s"
        head = receive_exactly(proc, RESPONSE.size, deadline, _gone(proc), late)
        size, data_size = RESPONSE.unpack(head)
        status = json.loads(receive_exactly(proc, size, deadline, _gone(proc), late))
        return status, receive_exactly(proc, data_size, deadline, _gone(proc), late)

    def _stop(self, kill: bool = False) -> None:
        """End the helper: closing its input ends it and its LibreOffice; `kill` kills the
        whole group at once (it may be busy with a file)."""
        proc, self.proc = self.proc, None
        if proc is not None and self.owner == os.getpid():
            if kill:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    stream.close()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)  # anything of LibreOffice left behind
        self._remove_work()

    def _remove_work(self) -> None:
        work, self.work = self.work, None
        if work is not None and self.owner == os.getpid():
            shutil.rmtree(work, ignore_errors=True)

    def stop_if_idle(self) -> None:
        """Stop the helper when no file came for IDLE_SECONDS (never while one is read)."""
        if not self.lock.acquire(blocking=False):
            return
        try:
            if self.proc is not None and time.monotonic() - self.last_used > IDLE_SECONDS:
                log.debug("kept-alive LibreOffice stopped after %.0f s idle", IDLE_SECONDS)
                self._stop()
        finally:
            self.lock.release()

    def helper_pid(self) -> int | None:
        """The running helper's process id (its group's), or None."""
        proc = self.proc
        return proc.pid if proc is not None and proc.poll() is None else None


def _gone(proc: subprocess.Popen[bytes]) -> Callable[[], str]:
    return lambda: _ended(proc)


def _ended(proc: subprocess.Popen[bytes]) -> str:
    try:
        code = proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        code = None
    if code is not None and code < 0:
        how = signal.Signals(-code).name if -code in signal.valid_signals() else str(code)
    else:
        how = f"exit status {code}"
    return f"LibreOffice's helper ended while converting it ({how}): a damaged or hostile file"


_OFFICES: dict[int, _Office] = {}
_OFFICES_LOCK = threading.Lock()
_WATCHER: list[int] = []  # the pid whose idle watcher runs


def office(memory: int) -> _Office:
    """This process's kept-alive LibreOffice for this memory cap (a fork starts its own)."""
    with _OFFICES_LOCK:
        found = _OFFICES.get(memory)
        if found is None or found.owner != os.getpid():
            found = _OFFICES[memory] = _Office(memory)
        return found


def convert_kept(
    program: str, data: bytes, kind: str, target: str, timeout: float, memory: int
) -> tuple[bytes | None, str] | None:
    """Convert with this process's kept-alive LibreOffice: (bytes, "") or (None, reason);
    None when none can run here (the caller converts per file)."""
    python = uno_python(program)
    if python is None:
        return None
    return office(memory).convert(program, python, data, kind, target, timeout)


def _watch_idle() -> None:
    with _OFFICES_LOCK:
        if _WATCHER and _WATCHER[0] == os.getpid():
            return
        _WATCHER[:] = [os.getpid()]
    threading.Thread(target=_idle_loop, name="office-idle", daemon=True).start()


def _idle_loop() -> None:
    while True:
        time.sleep(min(30.0, IDLE_SECONDS / 4))
        with _OFFICES_LOCK:
            offices = [o for o in _OFFICES.values() if o.owner == os.getpid()]
        for o in offices:
            o.stop_if_idle()


@atexit.register
def stop_offices() -> None:
    """End the helpers and their LibreOffice (each would also end when its input closes)."""
    with _OFFICES_LOCK:
        offices = list(_OFFICES.values())
    for o in offices:
        if o.owner == os.getpid():
            o._stop()
