"""Outage tracking for the daemon: one log line per state change, capped exponential backoff.

    imap = Health("IMAP server 127.0.0.1:10143")
    imap.failed("connection refused")   # logs once: "... unreachable: connection refused;
                                        #   retrying with backoff"
    imap.failed("connection refused")   # silent: still down
    imap.ok()                           # logs once: "... reachable again after 2 failed attempts"

    wait = Backoff(first=5, cap=300)
    wait.next()  # 5.0, then 10.0, 20.0 ... 300.0;  wait.reset() after a success

Retries are silent: an outage of a night is two lines in the log, not two thousand.
Thread-safe: the poll job and the IDLE watcher share the IMAP server's Health.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)


class Health:
    """Whether one dependency (a server, the database) works, logged only when that changes."""

    def __init__(
        self, what: str, *, down_verb: str = "unreachable", up_verb: str = "reachable again"
    ) -> None:
        self.what = what
        self.down_verb = down_verb
        self.up_verb = up_verb
        self.failures = 0  # consecutive failed attempts; 0 while it works
        self.reason = ""
        self._lock = threading.Lock()

    @property
    def down(self) -> bool:
        return self.failures > 0

    def failed(self, reason: str) -> bool:
        """Record a failed attempt; True (and one WARNING line) when it just went down."""
        with self._lock:
            self.failures += 1
            self.reason = reason
            first = self.failures == 1
        if first:
            # the reason usually names the server already ("IMAP server h:p unreachable: ...")
            line = (
                reason
                if reason.startswith(self.what)
                else f"{self.what} {self.down_verb}: {reason}"
            )
            log.warning("%s; retrying with backoff", line)
        return first

    def ok(self) -> bool:
        """Record a success; True (and one INFO line) when it just came back."""
        with self._lock:
            failures, self.failures, self.reason = self.failures, 0, ""
        if failures:
            log.info(
                "%s %s after %d failed attempt%s",
                self.what,
                self.up_verb,
                failures,
                "" if failures == 1 else "s",
            )
        return failures > 0


class Backoff:
    """Capped exponential delays in seconds: first, 2*first, 4*first ... at most `cap`."""

    def __init__(
        self,
        first: float = 5.0,
        cap: float = 300.0,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.first = first
        self.cap = max(cap, first)
        self.clock = clock
        self.attempts = 0
        self.retry_at = 0.0  # clock() value before which the job should not try again

    def next(self) -> float:
        """The delay after one more failure; also sets `retry_at`."""
        delay = min(self.first * 2 ** min(self.attempts, 30), self.cap)
        self.attempts += 1
        self.retry_at = self.clock() + delay
        return delay

    def reset(self) -> None:
        self.attempts = 0
        self.retry_at = 0.0

    def waiting(self) -> bool:
        """True while a failed job should still wait before its next try."""
        return self.attempts > 0 and self.clock() < self.retry_at
