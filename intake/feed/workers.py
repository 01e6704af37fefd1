"""Worker processes that read a backlog's messages while the poll process records them.

    workers = Workers.open(ctx, known)        # None when the machine cannot have them
    future = workers.submit([(data, received_at), ...])
    parsed = workers.result(future, count)    # [Parsed | None, ...]

A worker that dies (killed, out of memory) breaks the pool: every message not yet read is
then read in the poll process, so a broken pool costs speed, never a message.
"""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from intake.reading import Parsed, warm, worker_init, worker_read
from parsers.documents import READER_MODULES
from rules.model import Known

if TYPE_CHECKING:
    from intake.context import Context

log = logging.getLogger(__name__)

POOL_WORKERS = min(2, os.cpu_count() or 1)
STAGE_THREADS = 8  # concurrent fsyncs of archive files (the disk commits them together)
# A chunk's results are ~400 KB (the attachments come back to be filed). Through the
# pool's pipes at Linux's default 64 KB, a worker waited several times per chunk for this
# process's result thread, which needs the GIL the poll thread holds: +2-3 % with 1 MB
# (the limit for an unprivileged pipe, /proc/sys/fs/pipe-max-size).
POOL_PIPE_BYTES = 1 << 20


def cap_bytes(ctx: Context) -> int:
    """The size over which a message is kept raw and not parsed (mailbox.max_message_mb)."""
    return int(ctx.settings.mailbox.max_message_mb * 1024 * 1024)


def min_matched(ctx: Context) -> int:
    """Header columns a sheet needs to be read as the statistics table."""
    template = ctx.settings.campaign.statistics
    return template.min_matched if template else 3


class Workers:
    """Worker processes for one poll, and threads that make archive files durable."""

    def __init__(self, pool: ProcessPoolExecutor) -> None:
        self.pool = pool
        self.broken = False
        self.writer = ThreadPoolExecutor(STAGE_THREADS, thread_name_prefix="archive-sync")

    @classmethod
    def open(cls, ctx: Context, known: Known) -> Workers | None:
        if POOL_WORKERS < 2:
            return None
        import multiprocessing

        try:
            # forkserver: the poll may run beside other threads (daemon, IDLE), where
            # fork() is unsafe; the server imports the readers once and forks workers fast
            mp = multiprocessing.get_context("forkserver")
            mp.set_forkserver_preload(["intake.reading", *READER_MODULES])
            pool = ProcessPoolExecutor(
                POOL_WORKERS,
                mp_context=mp,
                initializer=worker_init,
                initargs=(
                    ctx.settings.campaign,
                    known,
                    cap_bytes(ctx),
                    ctx.stats_fields,
                    min_matched(ctx),
                    os.getpid(),
                ),
            )
        except (OSError, ValueError, NotImplementedError) as exc:
            log.warning("no worker processes (%s): messages are read in the poll", exc)
            return None
        widen_pipes(pool)
        workers = cls(pool)
        # The first task starts the forkserver (its imports take most of a second) and a
        # worker: from a thread, while this one claims and fetches the first batch.
        threading.Thread(target=workers._start, name="pool-start", daemon=True).start()
        return workers

    def _start(self) -> None:
        try:
            self.pool.submit(warm)
        except Exception as exc:  # shut down meanwhile, or the pool broke: submit reports it
            log.debug("worker warm-up not submitted: %s", exc)

    def submit(self, items: list[tuple[bytes, datetime]]) -> Future | None:
        if self.broken:
            return None
        try:
            return self.pool.submit(worker_read, items)
        except Exception as exc:  # BrokenProcessPool, shut down
            self._broke(exc)
            return None

    def result(self, future: Future | None, count: int) -> list[Parsed | None]:
        if future is None:
            return [None] * count
        try:
            return future.result()
        except Exception as exc:  # a worker died (killed, out of memory): read here
            self._broke(exc)
            return [None] * count

    def _broke(self, exc: BaseException) -> None:
        if not self.broken:
            log.warning("worker processes failed (%s): the rest is read in the poll", exc)
        self.broken = True

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.writer.shutdown(wait=True)


def pipe_limit(wanted: int = POOL_PIPE_BYTES) -> int:
    """`wanted`, or less where the machine allows an unprivileged pipe less."""
    try:
        return min(wanted, int(Path("/proc/sys/fs/pipe-max-size").read_text()))
    except (OSError, ValueError):
        return wanted


def widen_pipes(pool: ProcessPoolExecutor) -> bool:
    """Enlarge the pipes that carry a pool's tasks and results (Linux; best effort: the
    pool keeps them in private attributes, so a Python that moved them loses only speed,
    and tests/intake/test_poll_backlog.py notices)."""
    size = pipe_limit()
    try:
        import fcntl

        for conn in (pool._result_queue._reader, pool._call_queue._reader):  # type: ignore[attr-defined]
            fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, size)
    except (AttributeError, OSError) as exc:
        log.debug("worker pipes left at their default size: %s", exc)
        return False
    return True
