"""Slow work the console does in the background (checking every column link): one thread
per kind of job, one run at a time, and what the last run found.

    jobs = Jobs(clock)
    jobs.start("linkcheck", work, who="wang", now=now)   # False when one is still running
    jobs.state("linkcheck")     # JobState(running=False, summary="检查18个链接……", ...)
    jobs.generation             # changes when a job starts or ends: open pages refresh

The state lives in the console's process (a restarted console has no last run: what a
check found is kept in the store by the work itself). `work` returns a short Chinese
summary; an exception becomes the run's error, logged, never raised into a page.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class JobState:
    """One run of a job: who started it and when, and (once ended) what it found."""

    name: str
    who: str
    started_at: datetime
    running: bool = True
    finished_at: datetime | None = None
    summary: str = ""
    error: str = ""


class Jobs:
    """The console's background jobs, by name."""

    def __init__(self, clock: Callable[[], datetime]) -> None:
        self._lock = threading.Lock()
        self._states: dict[str, JobState] = {}
        self._threads: dict[str, threading.Thread] = {}
        self._clock = clock
        self.generation = 0

    def state(self, name: str) -> JobState | None:
        """The running or last run of `name` (None if it never ran in this process)."""
        with self._lock:
            return self._states.get(name)

    def start(self, name: str, work: Callable[[], str], *, who: str, now: datetime) -> bool:
        """Run `work` in a thread unless a run of `name` is still going (then False)."""
        with self._lock:
            current = self._states.get(name)
            if current is not None and current.running:
                return False
            self._states[name] = JobState(name, who, now)
            self.generation += 1
            thread = threading.Thread(
                target=self._run, args=(name, work), name=f"intake-web-{name}", daemon=True
            )
            self._threads[name] = thread
        log.info("console job %s started by %s", name, who)
        thread.start()
        return True

    def _run(self, name: str, work: Callable[[], str]) -> None:
        summary, error = "", ""
        try:
            summary = work()
        except Exception as exc:  # a page must still say what happened: kept as the error
            log.error("console job %s failed: %s: %s", name, type(exc).__name__, exc)
            error = str(exc) or type(exc).__name__
        with self._lock:
            started = self._states[name]
            self._states[name] = replace(
                started,
                running=False,
                finished_at=self._clock(),
                summary=summary,
                error=error,
            )
            self.generation += 1
        log.info("console job %s ended%s", name, f": {error}" if error else "")

    def wait(self, name: str, timeout: float | None = None) -> JobState | None:
        """Wait for the current run of `name` to end (tests, shutdown); its state."""
        with self._lock:
            thread = self._threads.get(name)
        if thread is not None:
            thread.join(timeout)
        return self.state(name)
