"""The CPU-bound part of taking a message in, as worker processes run it: read the raw
bytes into a Mail, judge relevance, and read the documents of relevant mail into facts.

    parsed = read(data, received_at, campaign, known, cap, stats_fields, min_matched)

Kept apart from `intake.pipeline` so that the workers' forkserver imports only the
parsers and rules (not the store, the config loader or the outbox): it starts in about
half the time, and the poll waits for it at the start of every backlog.
"""

from __future__ import annotations

import logging
import os
import resource
import signal
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from intake.statistics import other_templates
from parsers.documents.common import DEFAULT_LIMITS
from parsers.documents.pdf import start_helper
from parsers.facts import read_facts
from parsers.mail import read_mail
from parsers.model import Mail, MailFacts, MailFlag, StatsField
from rules.model import Known, Relevance
from rules.relevance import relevance, relevance_of_documents

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a worker read from one raw message: the Mail, its relevance as the worker saw
    it, and the facts of its documents when it looked relevant."""

    mail: Mail
    relevance: Relevance
    facts: MailFacts | None


def read(
    data: bytes,
    received_at: datetime,
    campaign: Any,
    known: Known,
    cap: int,
    stats_fields: tuple[StatsField, ...],
    min_matched: int,
) -> Parsed:
    """read_mail, relevance and (for relevant mail) read_facts: the CPU-bound part."""
    mail = read_mail(data, max_bytes=cap)
    verdict = relevance(mail, campaign, known, received_at)
    facts = None
    if (verdict.relevant or verdict.look_inside) and MailFlag.TOO_LARGE not in mail.flags:
        facts = other_templates(
            read_facts(mail, stats_fields, stats_min_matched=min_matched), campaign
        )
        if not verdict.relevant:  # it said nothing itself: its documents decide
            verdict = relevance_of_documents(facts, campaign, received_at)
    return Parsed(mail, verdict, facts)


_WORKER: dict[str, Any] = {}

# How much lower the workers' CPU priority is than the poll process's. The poll thread
# feeds them (claim, fetch, record, file) and is the backlog's critical path: on a machine
# with fewer cores than busy processes, an equal share left it waiting for the CPU while
# the workers ran chunks ahead. Measured on 2 cores: nice 5 +4 %, nice 10 +6-8 %.
WORKER_NICE = 10


def worker_init(
    campaign: Any, known: Known, cap: int, fields: tuple, min_matched: int, poller: int
) -> None:
    _WORKER.update(campaign=campaign, known=known, cap=cap, fields=fields, min_matched=min_matched)
    limit_memory(DEFAULT_LIMITS.worker_memory_bytes)
    try:
        os.nice(WORKER_NICE)  # the PDF helper, started below, inherits it
    except OSError as exc:
        log.debug("worker priority not lowered: %s", exc)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the poll process's to handle
    threading.Thread(target=exit_with, args=(poller,), daemon=True).start()
    # the PDF helper starts while the first chunk's other files are read
    threading.Thread(target=start_helper, daemon=True).start()


def limit_memory(limit: int) -> None:
    """Cap this process's address space at `limit` bytes (the soft limit only), so that a
    reader bug or a bomb past the document bounds ends in a MemoryError, which
    `read_document` turns into that file's UNREADABLE, instead of eating the machine. The
    hard limit stays as it was; LibreOffice (started from here) runs under the same cap,
    the rar/7z extractors under a lower one of their own."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        try:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        except (ValueError, OSError) as exc:
            log.warning("worker memory not capped: %s", exc)


def exit_with(poller: int) -> None:
    """End this worker when the poll process is gone. A SIGKILLed poller (OOM killer, kill
    -9) leaves its forkserver and workers holding each other's pipes open: without this
    they would wait forever."""
    while True:
        time.sleep(1.0)
        try:
            os.kill(poller, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:  # the pid now belongs to another user's process
            os._exit(0)


def worker_read(items: list[tuple[bytes, datetime]]) -> list[Parsed | None]:
    """One chunk in a worker process; None for a message whose reading raised (it is then
    read again, and fails, in the main process: the failure is recorded there)."""
    out: list[Parsed | None] = []
    for data, received_at in items:
        try:
            out.append(
                read(
                    data,
                    received_at,
                    _WORKER["campaign"],
                    _WORKER["known"],
                    _WORKER["cap"],
                    _WORKER["fields"],
                    _WORKER["min_matched"],
                )
            )
        except Exception:
            log.exception("reading a message in a worker failed; it is read again in the poll")
            out.append(None)
    return out


def warm() -> None:
    """A task that does nothing: submitted first, it starts a worker (and the forkserver)."""
