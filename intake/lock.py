"""One daemon per data folder: an exclusive `fcntl.flock` on `data/intake.lock`.

    with instance_lock(settings.data_dir):   # raises AlreadyRunning naming the holder's pid
        run_the_daemon()

The kernel drops the lock when the process dies, however it dies, so a stale file never
blocks a restart. The file keeps the holder's pid only for the message.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from intake.errors import IntakeError

LOCK_NAME = "intake.lock"


class AlreadyRunning(IntakeError):
    """Another daemon holds the lock on the same data folder (exit status 1)."""


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return text if text.isdigit() else ""


@contextlib.contextmanager
def instance_lock(data_dir: Path, doing: str = "") -> Iterator[Path]:
    """Hold the lock for the `with` block; raise AlreadyRunning if another process has it.
    The daemon, `intake poll`, `reprocess` and `rebuild` hold it: never two at once."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _holder(path)
            who = f"pid {pid}" if pid else "another process"
            if doing:
                raise AlreadyRunning(
                    f"{doing}: another intake process ({who}: the daemon or a poll) is taking "
                    f"in mail on {data_dir}; the daemon takes in new mail by itself, or wait "
                    f"for that poll to end (lock file {path})"
                ) from None
            raise AlreadyRunning(
                f"another intake daemon ({who}) is already running on {data_dir}; "
                f"stop it first (lock file {path})"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        yield path
    finally:
        os.close(fd)  # closing releases the flock
