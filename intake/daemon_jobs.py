"""The daemon's job bodies: what the poll, outgoing, remind and digest jobs do.

    jobs = Jobs(ctx, clock=lambda: now)   # every configured mailbox, its own Health each
    jobs.poll()                           # PollReport of every mailbox polled, or None
    jobs.remind(); jobs.digest()

`Jobs` holds them with an injectable clock, so tests and `intake demo` drive the same code
over a simulated campaign; `intake.daemon` schedules them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from intake import outgoing
from intake.catchup import catch_up, digest_slot, grace, recorded_day, send_digest, skip_digest
from intake.context import Context
from intake.errors import SourceError, StoreError
from intake.health import Backoff, Health
from intake.jobs import merge_reports, poll_once
from intake.outcomes import PollReport
from intake.progress import BacklogProgress
from intake.sources import ImapSource, MailSource, open_sources

log = logging.getLogger("intake.daemon")  # the daemon's lines, as they always were

BACKOFF_FIRST = 5.0  # seconds before the first retry of a failing job
BACKOFF_CAP = 300.0  # seconds: at most one retry every 5 minutes during an outage


def _mailbox_labels(ctx: Context, sources: list[MailSource]) -> list[str]:
    """What the Health lines call each mailbox: "IMAP server host:port" or "Maildir PATH";
    the user (or the configured name) is added when two mailboxes would read the same."""
    plain: list[str] = []
    for source in sources:
        if isinstance(source, ImapSource):
            plain.append(f"IMAP server {source.host}:{source.port}")
        else:
            plain.append(f"Maildir {getattr(source, 'path', source.name)}")
    out = []
    for label, source in zip(plain, sources, strict=True):
        if plain.count(label) > 1:
            who = source.user if isinstance(source, ImapSource) else source.label
            label = f"{label} ({who})"
        out.append(label)
    return out


@dataclass
class Mailbox:
    """One mailbox the poll job reads: its source (the connection stays open between
    polls), whether it works, and how long to wait after it failed. A mailbox that is down
    never holds up the others."""

    source: MailSource
    health: Health
    backoff: Backoff


def described(source: MailSource) -> str:
    """A mailbox on the start line: its name and where it is."""
    box = getattr(source, "mailbox", None)
    where = str(box.endpoint) if box is not None else source.name
    return f"{source.label} ({where})" if source.label != source.name else where


def _outbox_label(ctx: Context) -> str:
    ep = ctx.settings.outbox.endpoint
    if ep.local:
        return f"outbox folder {ctx.settings.path(ep.path)}"
    return f"SMTP {ep.host}:{ep.port}"


@dataclass
class Jobs:
    """What each scheduled job does, with `now` from `clock`. Raises nothing: failures go
    to the Health of the failing dependency and the failing job backs off.

    The poll job reads every configured mailbox in config order (or only `source`); each
    has its own Health and backoff (`mailboxes`), the store one for all (`poll_backoff`)."""

    ctx: Context
    clock: Callable[[], datetime]
    stop: threading.Event = field(default_factory=threading.Event)
    source: MailSource | None = None
    on_retry: Callable[[str, float], None] | None = None  # (job id, seconds) after a failure
    progress: bool = True
    mailboxes: list[Mailbox] = field(init=False)
    smtp: Health = field(init=False)
    store: Health = field(init=False)
    poll_backoff: Backoff = field(init=False)
    _out_lock: threading.Lock = field(init=False, default_factory=threading.Lock)

    def __post_init__(self) -> None:
        sources = [self.source] if self.source is not None else open_sources(self.ctx.settings)
        self.mailboxes = [
            Mailbox(source, Health(label), Backoff(BACKOFF_FIRST, BACKOFF_CAP))
            for source, label in zip(sources, _mailbox_labels(self.ctx, sources), strict=True)
        ]
        self.source = sources[0]
        self.smtp = Health(_outbox_label(self.ctx))
        self.store = Health("database", down_verb="busy or unavailable", up_verb="usable again")
        self.poll_backoff = Backoff(BACKOFF_FIRST, BACKOFF_CAP)

    @property
    def imap(self) -> Health:
        """The first mailbox's Health (the only one with a single [mailbox])."""
        return self.mailboxes[0].health

    # poll ------------------------------------------------------------------------------

    def poll(self) -> PollReport | None:
        """Take in new mail from every mailbox that is not backing off, then acknowledge
        and flush. None when nothing was polled (skipped, or every mailbox failed)."""
        if self.stop.is_set() or self.poll_backoff.waiting():
            return None
        reports: list[PollReport] = []
        for box in self.mailboxes:
            if self.stop.is_set():
                break
            if box.backoff.waiting():
                continue
            try:
                report = self._poll_one(box)
            except StoreError as exc:
                self.store.failed(str(exc))
                self._backoff("poll", self.poll_backoff)
                return None
            if report is not None:
                reports.append(report)
        if not reports:
            return None
        self.store.ok()
        self.poll_backoff.reset()
        report = merge_reports(reports)
        if report.outcomes:
            log.info(
                "poll: %d message(s), %d taken in%s",
                len(report.outcomes),
                report.count("done"),
                f", {report.remaining} left for the next run" if report.remaining else "",
            )
        if not self.stop.is_set():
            self.outgoing()
        return report

    def _poll_one(self, box: Mailbox) -> PollReport | None:
        """One mailbox's poll; None when its server failed (its Health says so)."""
        bar = BacklogProgress() if self.progress else None
        try:
            report = poll_once(
                self.ctx,
                now=self.clock(),
                source=box.source,
                stop=self.stop,
                on_total=bar.on_total if bar else None,
                on_outcome=bar.on_outcome if bar else None,
            )
        except SourceError as exc:
            box.source.close()
            box.health.failed(str(exc))
            self._backoff("poll", box.backoff)
            return None
        finally:
            if bar:
                bar.close()
        box.health.ok()
        box.backoff.reset()
        return report

    def _backoff(self, job: str, backoff: Backoff) -> None:
        delay = backoff.next()
        if self.on_retry:
            self.on_retry(job, delay)

    # outgoing ----------------------------------------------------------------------------

    def _flush(self, now: datetime, ctx: Context | None = None) -> outgoing.FlushReport:
        """Flush the outbox and tell the outbox server's Health what happened."""
        report = outgoing.flush(ctx or self.ctx, now)
        if report.sent:
            self.smtp.ok()
        elif report.retry:
            self.smtp.failed(report.error)
        return report

    def _guard_store(self, action: Callable[[], Any]) -> Any:
        try:
            result = action()
        except StoreError as exc:
            self.store.failed(str(exc))
            return None
        self.store.ok()
        return result

    def outgoing(self) -> None:
        """Queue due acknowledgements and send what the outbox holds."""

        def work() -> None:
            with self._out_lock:
                now = self.clock()
                outgoing.acknowledge(self.ctx, now)
                self._flush(now)

        self._guard_store(work)

    def remind(self) -> None:
        """Queue the reminders that became due since the last check, and send them."""

        def work() -> None:
            with self._out_lock:
                now = self.clock()
                outgoing.remind(self.ctx, now)
                self._flush(now)

        self._guard_store(work)

    def digest(self) -> None:
        """The daily digest (once per day; skipped with a line when later than the grace)."""

        def work() -> None:
            with self._out_lock:
                now = self.clock()
                slot = digest_slot(self.ctx, now)
                day = f"{slot.astimezone(self.ctx.settings.campaign.tz):%Y-%m-%d}"
                if recorded_day(self.ctx) >= day:
                    return
                if now - slot > grace(self.ctx):
                    skip_digest(self.ctx, slot, now, "it was not run in time")
                    return
                send_digest(self.ctx, slot, now, flush=lambda c, n: self._flush(n, c))

        self._guard_store(work)

    def catch_up(self) -> str:
        with self._out_lock:
            return (
                self._guard_store(
                    lambda: catch_up(self.ctx, self.clock(), flush=lambda c, n: self._flush(n, c))
                )
                or "none"
            )

    def close(self) -> None:
        for box in self.mailboxes:
            box.source.close()
