"""The daemon: APScheduler running the use cases, IMAP IDLE, outages, a clean stop.

    daemon = Daemon(ctx)                 # clock defaults to the real time in the campaign tz
    daemon.run()                         # blocks until daemon.stop is set (SIGTERM/SIGINT)

Jobs (each `coalesce=True`, `max_instances=1`, `misfire_grace_time` = schedule.misfire_grace):

    poll       every schedule.poll_every, and at once when IDLE announces new mail;
               then acknowledgements + outbox flush
    outgoing   every minute: acknowledgements + outbox flush
    remind     every 5 minutes: reminders whose time came since the last check
    digest     daily at schedule.digest_at (campaign timezone)

`Jobs` holds the job bodies with an injectable clock, so tests and `intake demo` drive the
same code over a simulated campaign. `catch_up` sends at start-up a digest that fell due
while the daemon was down (within the grace time), or logs that it was skipped.
"""

from __future__ import annotations

import logging
import sys
import threading
import time as walltime
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from apscheduler.events import (
    EVENT_JOB_MAX_INSTANCES,
    EVENT_JOB_MISSED,
    JobEvent,
    JobExecutionEvent,
)
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from intake import outgoing
from intake.clock import now_in
from intake.errors import SourceError, StoreError
from intake.health import Backoff, Health
from intake.jobs import poll_once
from intake.pipeline import Context, Outcome, PollReport
from intake.sources import ImapSource, MailSource, open_source
from rules.campaign import parse_offset

log = logging.getLogger(__name__)

DIGEST_META = "digest_sent_on"  # "2020-11-10" when sent, "2020-11-10 skipped" when skipped
OUTGOING_EVERY = timedelta(minutes=1)
REMIND_EVERY = timedelta(minutes=5)
BACKOFF_FIRST = 5.0  # seconds before the first retry of a failing job
BACKOFF_CAP = 300.0  # seconds: at most one retry every 5 minutes during an outage
STOP_WAIT = 10.0  # seconds to let the running jobs finish their current message
PROGRESS_MIN = 50  # a backlog larger than this shows a progress bar on a terminal


# --- the digest slot -------------------------------------------------------------------------


def digest_slot(ctx: Context, now: datetime) -> datetime:
    """The latest scheduled digest time at or before `now` (today's or yesterday's)."""
    tz = ctx.settings.campaign.tz
    hh, mm = (int(x) for x in ctx.settings.schedule.digest_at.split(":"))
    local = now.astimezone(tz)
    slot = datetime.combine(local.date(), time(hh, mm), tzinfo=tz)
    return slot if slot <= local else slot - timedelta(days=1)


def _grace(ctx: Context) -> timedelta:
    return parse_offset(ctx.settings.schedule.misfire_grace)


def _recorded_day(ctx: Context) -> str:
    return (ctx.store.get_meta(DIGEST_META) or "").split(" ")[0]


Flush = Callable[[Context, datetime], outgoing.FlushReport]


def send_digest(
    ctx: Context, slot: datetime, now: datetime, *, flush: Flush = outgoing.flush
) -> outgoing.DigestRun:
    """Compose, save and queue the digest of `slot`'s day, then flush; record it as sent.

    A late digest still describes its own day: after midnight it is composed at the slot.
    """
    tz = ctx.settings.campaign.tz
    at = now if now.astimezone(tz).date() == slot.astimezone(tz).date() else slot
    run = outgoing.digest(ctx, at)
    flush(ctx, now)
    ctx.set_meta(DIGEST_META, f"{slot.astimezone(tz):%Y-%m-%d}")
    log.info("digest of %s saved to %s", f"{slot.astimezone(tz):%Y-%m-%d}", run.html_path)
    return run


def skip_digest(ctx: Context, slot: datetime, now: datetime, why: str) -> None:
    tz = ctx.settings.campaign.tz
    day = f"{slot.astimezone(tz):%Y-%m-%d}"
    ctx.set_meta(DIGEST_META, f"{day} skipped")
    log.warning(
        "digest of %s (due %s) skipped: %s; it is now %s, more than the misfire grace of %s later",
        day,
        f"{slot.astimezone(tz):%H:%M}",
        why,
        f"{now.astimezone(tz):%Y-%m-%d %H:%M}",
        ctx.settings.schedule.misfire_grace,
    )


def catch_up(ctx: Context, now: datetime, *, flush: Flush = outgoing.flush) -> str:
    """At start-up: the digest due while the daemon was down is sent once if `now` is within
    schedule.misfire_grace of its time, else skipped with a log line.

    Returns "sent", "skipped" or "none" (nothing was due, or it was handled before). A store
    that never sent a digest starts fresh: nothing is sent or logged for the past.
    """
    slot = digest_slot(ctx, now)
    day = f"{slot.astimezone(ctx.settings.campaign.tz):%Y-%m-%d}"
    recorded = ctx.store.get_meta(DIGEST_META)
    if recorded is not None and recorded.split(" ")[0] >= day:
        return "none"
    if now - slot <= _grace(ctx):
        send_digest(ctx, slot, now, flush=flush)
        return "sent"
    if recorded is None:
        return "none"
    skip_digest(ctx, slot, now, "the daemon was not running then")
    return "skipped"


# --- progress on a terminal ---------------------------------------------------------------


class BacklogProgress:
    """A rich progress bar on stderr while a poll works through more than 50 messages.

    Only on a terminal: under systemd or in a pipe the per-message log lines are enough.
    """

    def __init__(self, minimum: int = PROGRESS_MIN) -> None:
        self.minimum = minimum
        self._progress: Any = None
        self._task: Any = None

    def on_total(self, total: int) -> None:
        if total <= self.minimum or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._progress = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task("taking in mail", total=total)

    def on_outcome(self, _outcome: Outcome) -> None:
        if self._progress is not None:
            self._progress.advance(self._task)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


# --- the job bodies --------------------------------------------------------------------------


def _mailbox_label(ctx: Context) -> str:
    ep = ctx.settings.mailbox.endpoint
    if ep.local:
        return f"Maildir {ctx.settings.path(ep.path)}"
    return f"IMAP server {ep.host}:{ep.port}"


def _outbox_label(ctx: Context) -> str:
    ep = ctx.settings.outbox.endpoint
    if ep.local:
        return f"outbox folder {ctx.settings.path(ep.path)}"
    return f"SMTP {ep.host}:{ep.port}"


@dataclass
class Jobs:
    """What each scheduled job does, with `now` from `clock`. Raises nothing: failures go
    to the Health of the failing dependency and the failing job backs off."""

    ctx: Context
    clock: Callable[[], datetime]
    stop: threading.Event = field(default_factory=threading.Event)
    source: MailSource | None = None
    on_retry: Callable[[str, float], None] | None = None  # (job id, seconds) after a failure
    progress: bool = True
    imap: Health = field(init=False)
    smtp: Health = field(init=False)
    store: Health = field(init=False)
    poll_backoff: Backoff = field(init=False)
    _out_lock: threading.Lock = field(init=False, default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.imap = Health(_mailbox_label(self.ctx))
        self.smtp = Health(_outbox_label(self.ctx))
        self.store = Health("database", down_verb="busy or unavailable", up_verb="usable again")
        self.poll_backoff = Backoff(BACKOFF_FIRST, BACKOFF_CAP)
        if self.source is None:
            self.source = open_source(self.ctx.settings)

    # poll ------------------------------------------------------------------------------

    def poll(self) -> PollReport | None:
        """Take in new mail, then acknowledge and flush. None when skipped or failed."""
        if self.stop.is_set() or self.poll_backoff.waiting():
            return None
        assert self.source is not None
        bar = BacklogProgress() if self.progress else None
        try:
            report = poll_once(
                self.ctx,
                now=self.clock(),
                source=self.source,
                stop=self.stop,
                on_total=bar.on_total if bar else None,
                on_outcome=bar.on_outcome if bar else None,
            )
        except SourceError as exc:
            self.source.close()
            self.imap.failed(str(exc))
            self._backoff("poll")
            return None
        except StoreError as exc:
            self.store.failed(str(exc))
            self._backoff("poll")
            return None
        finally:
            if bar:
                bar.close()
        self.imap.ok()
        self.store.ok()
        self.poll_backoff.reset()
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

    def _backoff(self, job: str) -> None:
        delay = self.poll_backoff.next()
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
                if _recorded_day(self.ctx) >= day:
                    return
                if now - slot > _grace(self.ctx):
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
        if self.source is not None:
            self.source.close()


# --- the scheduler ---------------------------------------------------------------------------


class Daemon:
    """The scheduler, the IDLE watcher and a clean stop around one `Jobs`."""

    def __init__(
        self,
        ctx: Context,
        *,
        clock: Callable[[], datetime] | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.ctx = ctx
        settings = ctx.settings
        self.tz = settings.campaign.tz
        self.clock = clock or (lambda: now_in(self.tz))
        self.stop = stop or threading.Event()
        self.jobs = Jobs(ctx, self.clock, self.stop, on_retry=self._retry)
        self.poll_every = parse_offset(settings.schedule.poll_every)
        self.grace = parse_offset(settings.schedule.misfire_grace)
        self.scheduler = BackgroundScheduler(
            timezone=self.tz,
            job_defaults={
                "coalesce": True,
                "max_instances": 1,
                "misfire_grace_time": max(1, int(self.grace.total_seconds())),
            },
        )
        self.idle: threading.Thread | None = None
        self.web: Any = None  # intake.web.server.WebServer when [web] enabled
        self._state = threading.Lock()
        self._running = 0
        self._polling = False
        self._poll_again = False

    # guarded job entry points -----------------------------------------------------------

    def _guarded(self, name: str, body: Callable[[], Any]) -> Callable[[], None]:
        def run() -> None:
            if self.stop.is_set():
                return
            with self._state:
                self._running += 1
            try:
                body()
            except Exception as exc:  # the job boundary: one line, the daemon goes on
                log.error("job %s failed: %s: %s", name, exc.__class__.__name__, exc, exc_info=True)
            finally:
                with self._state:
                    self._running -= 1

        run.__name__ = name
        return run

    def _poll_loop(self) -> None:
        """One poll, again while IDLE announced mail during it or the per-run cap left mail
        for the next run (never two polls at once)."""
        with self._state:
            self._polling = True
        try:
            while True:
                with self._state:
                    self._poll_again = False
                report = self.jobs.poll()
                more = report is not None and report.remaining > 0
                with self._state:
                    if not (self._poll_again or more) or self.stop.is_set():
                        self._polling = False
                        return
        except BaseException:
            with self._state:
                self._polling = False
            raise

    def request_poll(self) -> None:
        """Poll as soon as possible (IDLE saw new mail); joins a poll already running."""
        with self._state:
            self._poll_again = True
            if self._polling:
                return
        self._wake("poll", 0.0)

    def _wake(self, job_id: str, delay: float) -> None:
        if self.stop.is_set():
            return
        try:
            self.scheduler.modify_job(
                job_id, next_run_time=now_in(self.tz) + timedelta(seconds=delay)
            )
        except Exception as exc:  # the job is gone while shutting down
            log.debug("cannot reschedule %s: %s", job_id, exc)

    def _retry(self, job_id: str, delay: float) -> None:
        # a retry sooner than the regular interval moves the next run forward; a later one
        # is enforced by the job's own backoff check
        if timedelta(seconds=delay) < self.poll_every:
            self._wake(job_id, delay)

    def _on_event(self, event: JobEvent) -> None:
        if event.code == EVENT_JOB_MISSED and isinstance(event, JobExecutionEvent):
            when = event.scheduled_run_time.astimezone(self.tz)
            if event.job_id == "digest":
                with self.jobs._out_lock:
                    try:
                        skip_digest(self.ctx, when, self.clock(), "the machine was asleep or busy")
                    except StoreError as exc:
                        self.jobs.store.failed(str(exc))
            else:
                log.info(
                    "job %s due at %s missed by more than the misfire grace of %s: skipped; "
                    "it runs again at its next time",
                    event.job_id,
                    f"{when:%Y-%m-%d %H:%M:%S}",
                    self.ctx.settings.schedule.misfire_grace,
                )
        elif event.code == EVENT_JOB_MAX_INSTANCES:
            log.debug("job %s still running: this run is skipped", event.job_id)

    # life cycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Catch up on a missed digest, schedule the jobs and start the IDLE watcher."""
        if not log.isEnabledFor(logging.DEBUG):
            # our own listener reports missed runs; APScheduler's lines would repeat them
            logging.getLogger("apscheduler.executors.default").setLevel(logging.ERROR)
            logging.getLogger("apscheduler.scheduler").setLevel(logging.ERROR)
        settings = self.ctx.settings
        if settings.web.enabled:  # first: a port in use stops the start before any job runs
            self.start_web()
        self.jobs.catch_up()
        now = now_in(self.tz)
        hh, mm = (int(x) for x in settings.schedule.digest_at.split(":"))
        add = self.scheduler.add_job
        add(
            self._guarded("poll", self._poll_loop),
            IntervalTrigger(seconds=self.poll_every.total_seconds(), timezone=self.tz),
            id="poll",
            next_run_time=now,
        )
        add(
            self._guarded("outgoing", self.jobs.outgoing),
            IntervalTrigger(seconds=OUTGOING_EVERY.total_seconds(), timezone=self.tz),
            id="outgoing",
        )
        add(
            self._guarded("remind", self.jobs.remind),
            IntervalTrigger(seconds=REMIND_EVERY.total_seconds(), timezone=self.tz),
            id="remind",
            next_run_time=now,
        )
        add(
            self._guarded("digest", self.jobs.digest),
            CronTrigger(hour=hh, minute=mm, timezone=self.tz),
            id="digest",
        )
        self.scheduler.add_listener(self._on_event, EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES)
        self.scheduler.start()
        idle = "off"
        ep = settings.mailbox.endpoint
        if settings.schedule.idle and not ep.local:
            from intake.idle import IdleWatcher

            watcher_source = open_source(settings)
            assert isinstance(watcher_source, ImapSource)
            self.idle = IdleWatcher(
                watcher_source, on_new=self.request_poll, stop=self.stop, health=self.jobs.imap
            )
            self.idle.start()
            idle = "on"
        log.info(
            "daemon started: mailbox %s polled every %s (IDLE %s), reminders every %d min, "
            "digest daily at %s (%s), outbox %s",
            ep,
            settings.schedule.poll_every,
            idle,
            REMIND_EVERY.seconds // 60,
            settings.schedule.digest_at,
            settings.campaign.timezone,
            settings.outbox.endpoint,
        )

    def start_web(self) -> None:
        """Serve the staff console ([web] host:port) in a thread beside the jobs."""
        from intake.web.app import create_app
        from intake.web.server import WebServer

        web = self.ctx.settings.web
        self.web = WebServer(create_app(self.ctx), web.host, web.port)
        self.web.start()
        log.info("console listening on %s", self.web.url)

    def shutdown(self, wait: float = STOP_WAIT) -> bool:
        """Stop: no new jobs, the current message finishes, connections close. True when
        every job finished within `wait` seconds."""
        self.stop.set()
        if self.web is not None:
            self.web.stop()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        deadline = walltime.monotonic() + wait
        while walltime.monotonic() < deadline:
            with self._state:
                if self._running == 0:
                    break
            walltime.sleep(0.05)
        if self.idle is not None:
            self.idle.join(max(0.1, deadline - walltime.monotonic()))
        with self._state:
            finished = self._running == 0
        if finished:
            self.jobs.close()
            log.info("daemon stopped")
        else:
            log.warning(
                "daemon stopping with a job still running; an unfinished message stays "
                "claimed and is taken in on the next start"
            )
        return finished

    def run(self) -> bool:
        """Start, wait for `stop` (set by a signal handler), shut down."""
        self.start()
        while not self.stop.wait(0.5):
            pass
        return self.shutdown()
