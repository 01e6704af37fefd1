"""Outgoing mail use cases: acknowledge, remind, digest, export, flush.

Each decision is written in the same transaction as its outbox row (unique key), so a
reminder or acknowledgement is queued once whatever restarts happen; `flush` delivers the
queue with capped backoff. Composing is pure (outbox/); this package reads the store and
builds the outbox's plain input values:

    acknowledgements  acknowledge: one 回执 per recipient and unit
    reminders         remind: the reminders whose time came
    digest            digest, export, workbook_bytes, liaisons, PROBLEM_KINDS: staff's view
    delivery          flush: send what is due, at most once, with backoff
    queue             queue, sender_of, templates_of, statuses: what all of them share
"""

from intake.outgoing.acknowledgements import acknowledge
from intake.outgoing.delivery import FlushReport, flush, open_delivery
from intake.outgoing.digest import (
    PROBLEM_KINDS,
    DigestRun,
    digest,
    export,
    liaisons,
    workbook_bytes,
)
from intake.outgoing.queue import queue, sender_of, statuses, templates_of
from intake.outgoing.reminders import REMINDER_CURSOR, ReminderRun, remind

__all__ = [
    "PROBLEM_KINDS",
    "REMINDER_CURSOR",
    "DigestRun",
    "FlushReport",
    "ReminderRun",
    "acknowledge",
    "digest",
    "export",
    "flush",
    "liaisons",
    "open_delivery",
    "queue",
    "remind",
    "sender_of",
    "statuses",
    "templates_of",
    "workbook_bytes",
]
