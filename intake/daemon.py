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
import threading
import time as walltime
from collections.abc import Callable
from datetime import datetime, timedelta
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

from intake.catchup import (
    DIGEST_META,
    catch_up,
    digest_slot,
    send_digest,
    skip_digest,
)
from intake.clock import now_in
from intake.daemon_jobs import BACKOFF_CAP, BACKOFF_FIRST, Jobs, Mailbox, described
from intake.errors import StoreError
from intake.pipeline import Context
from intake.progress import PROGRESS_MIN, BacklogProgress
from intake.sources import ImapSource, open_source
from rules.campaign import parse_offset

log = logging.getLogger(__name__)

__all__ = [
    "BACKOFF_CAP",
    "BACKOFF_FIRST",
    "DIGEST_META",
    "PROGRESS_MIN",
    "BacklogProgress",
    "Daemon",
    "Jobs",
    "Mailbox",
    "catch_up",
    "digest_slot",
    "send_digest",
    "skip_digest",
]

OUTGOING_EVERY = timedelta(minutes=1)
REMIND_EVERY = timedelta(minutes=5)
STOP_WAIT = 10.0  # seconds to let the running jobs finish their current message


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
        self.idle: threading.Thread | None = None  # the first watcher (see `watchers`)
        self.watchers: list[threading.Thread] = []  # one IDLE watcher per IMAP mailbox
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
        idle = self.start_idle()
        log.info(
            "daemon started: %s %s polled every %s (IDLE %s), reminders every %d min, "
            "digest daily at %s (%s), outbox %s",
            "mailbox" if len(self.jobs.mailboxes) == 1 else "mailboxes",
            ", ".join(described(box.source) for box in self.jobs.mailboxes),
            settings.schedule.poll_every,
            idle,
            REMIND_EVERY.seconds // 60,
            settings.schedule.digest_at,
            settings.campaign.timezone,
            settings.outbox.endpoint,
        )

    def start_idle(self) -> str:
        """One IDLE watcher per IMAP mailbox, each on a connection of its own and each
        waking the one poll job; "on", "off", or "on for 1 of 2" for the start line."""
        settings = self.ctx.settings
        imap = [box for box in self.jobs.mailboxes if isinstance(box.source, ImapSource)]
        if not settings.schedule.idle or not imap:
            return "off"
        from intake.idle import IdleWatcher

        for box in imap:
            watcher_source = open_source(settings, box.source.mailbox)
            assert isinstance(watcher_source, ImapSource)
            watcher = IdleWatcher(
                watcher_source, on_new=self.request_poll, stop=self.stop, health=box.health
            )
            watcher.start()
            self.watchers.append(watcher)
        self.idle = self.watchers[0]
        total = len(self.jobs.mailboxes)
        return "on" if len(imap) == total else f"on for {len(imap)} of {total}"

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
        for watcher in self.watchers:
            watcher.join(max(0.1, deadline - walltime.monotonic()))
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
