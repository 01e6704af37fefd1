"""Talking to a helper process over its pipes within a deadline: the PDF reader
(`parsers.pdf_helper`) and the kept-alive LibreOffice (`parsers.office_helper`).

    send_all(proc, data, deadline, gone=lambda: "it ended", late="took too long")
    receive_exactly(proc, size, deadline, gone=..., late=...)  # bytes, or HelperFailed

Non-blocking on both ends: a helper that stops reading or writing cannot hold the caller
past the deadline. `gone` says why the helper ended (asked only when it has), `late` what
to say when the deadline passed.
"""

from __future__ import annotations

import os
import select
import subprocess
import time
from collections.abc import Callable


class HelperFailed(Exception):
    """The helper ended, hung past the deadline, or could not start."""


def send_all(
    proc: subprocess.Popen[bytes],
    data: bytes,
    deadline: float,
    gone: Callable[[], str],
    late: str,
) -> None:
    """Write all of `data` to the helper's input by `deadline` (time.monotonic())."""
    assert proc.stdin is not None
    fd = proc.stdin.fileno()
    view = memoryview(data)
    while view:
        try:
            view = view[os.write(fd, view) :]
            continue
        except BlockingIOError:
            pass
        except OSError:  # the helper is gone (BrokenPipeError)
            raise HelperFailed(gone()) from None
        _, ready, _ = select.select([], [fd], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise HelperFailed(late)


def receive_exactly(
    proc: subprocess.Popen[bytes],
    size: int,
    deadline: float,
    gone: Callable[[], str],
    late: str,
) -> bytes:
    """Read exactly `size` bytes of the helper's output by `deadline`."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    parts: list[bytes] = []
    while size:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise HelperFailed(late)
        part = os.read(fd, min(size, 1 << 20))
        if not part:
            raise HelperFailed(gone())
        parts.append(part)
        size -= len(part)
    return b"".join(parts)
