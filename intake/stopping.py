"""A clean stop on SIGTERM/SIGINT that cannot deadlock.

    stop = threading.Event()
    stop_on_signals(stop, "finishing the current message")
    while not stop.wait(0.5): ...

A Python signal handler runs in the main thread between two bytecodes, possibly while that
thread holds the stop event's own lock (inside `stop.wait`, which takes it on entry and
again after each timeout). `stop.set()` in the handler then waits forever for a lock its
own thread holds: the daemon ignores every later SIGTERM and systemd has to SIGKILL it. So
the handler only writes the signal's number to a pipe (no lock); a thread of its own reads
it, logs the line and sets the event.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def stop_on_signals(stop: threading.Event, doing: str) -> None:
    """Install SIGTERM and SIGINT handlers that set `stop` (logging "<SIG> received:
    <doing>"); the relaying thread is started first, so no thread starts in a handler."""
    read_fd, write_fd = os.pipe()
    os.set_blocking(write_fd, False)

    def relay() -> None:
        while data := os.read(read_fd, 1):
            log.info("%s received: %s", signal.Signals(data[0]).name, doing)
            stop.set()

    def handler(signum: int, _frame: object) -> None:
        # a full pipe holds stops nobody read yet: one is enough
        with contextlib.suppress(BlockingIOError):
            os.write(write_fd, bytes([signum]))

    threading.Thread(target=relay, name="stop-signals", daemon=True).start()
    for signum in STOP_SIGNALS:
        signal.signal(signum, handler)
