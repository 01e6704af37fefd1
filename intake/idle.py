"""IMAP IDLE watcher: a second connection that wakes the poll job when mail arrives.

    watcher = IdleWatcher(open_source(settings), on_new=daemon.request_poll,
                          stop=stop_event, health=imap_health)
    watcher.start()          # a thread; returns at once
    ...
    watcher.join(5)          # after stop_event.set()

The watcher never fetches: on an EXISTS or RECENT response it calls `on_new`, and the poll
job (the only one that takes mail in) does the rest, so a poll never overlaps another.
IDLE is re-issued every 25 minutes (RFC 2177 lets servers drop it after 29); a dropped
connection is reopened with capped backoff, and the outage goes to the shared `Health`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from imapclient.exceptions import IMAPClientError

from intake.errors import SourceError
from intake.health import Backoff, Health
from intake.sources.imap import ImapSource, _reason

log = logging.getLogger(__name__)

REISSUE_AFTER = 25 * 60.0  # seconds; RFC 2177 servers may end IDLE after 29 minutes
CHECK_EVERY = 1.0  # seconds between looks at the stop event while idling


def is_new_mail(response: Any) -> bool:
    """True for untagged `* 3 EXISTS` / `* 1 RECENT` responses as imapclient returns them:
    (3, b'EXISTS'); not for (b'OK', b'Still here') or (2, b'EXPUNGE')."""
    return (
        isinstance(response, tuple)
        and len(response) >= 2
        and isinstance(response[0], int)
        and response[1] in (b"EXISTS", b"RECENT")
    )


class IdleWatcher(threading.Thread):
    """Keeps one IDLE command open on its own connection and reports new mail."""

    def __init__(
        self,
        source: ImapSource,
        *,
        on_new: Callable[[], None],
        stop: threading.Event,
        health: Health,
        backoff: Backoff | None = None,
        reissue_after: float = REISSUE_AFTER,
    ) -> None:
        super().__init__(name="imap-idle", daemon=True)
        self.source = source
        self.on_new = on_new
        self.stop = stop
        self.health = health
        self.backoff = backoff or Backoff()
        self.reissue_after = reissue_after
        self.unsupported = False
        self.watching = False

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.source.open()
                self.health.ok()
                self.backoff.reset()
                if not self._supported():
                    return
                if not self.watching:
                    log.info(
                        "IMAP IDLE watching %s at %s:%d for new mail",
                        self.source.folder,
                        self.source.host,
                        self.source.port,
                    )
                    self.watching = True
                # mail that came while this connection was down is announced by nobody
                self.on_new()
                self._idle_until_reissue()
            except SourceError as exc:
                self._failed(str(exc))
            except (IMAPClientError, OSError) as exc:
                where = f"{self.source.host}:{self.source.port}"
                self._failed(f"IMAP server {where}: {_reason(exc)}")
        self.source.close()

    def _supported(self) -> bool:
        client = self.source.client
        assert client is not None
        if client.has_capability("IDLE"):
            return True
        self.unsupported = True
        log.info("IMAP server does not support IDLE: new mail is found by the regular poll only")
        self.source.close()
        return False

    def _idle_until_reissue(self) -> None:
        client = self.source.client
        assert client is not None
        client.idle()
        log.debug("IMAP IDLE started")
        started = time.monotonic()
        try:
            while not self.stop.is_set() and time.monotonic() - started < self.reissue_after:
                responses = client.idle_check(timeout=CHECK_EVERY)
                if any(is_new_mail(r) for r in responses):
                    log.debug("IMAP IDLE: new mail announced: %s", responses)
                    self.on_new()
        finally:
            if self.source.client is client:
                try:
                    client.idle_done()
                except (IMAPClientError, OSError):
                    self.source.close()

    def _failed(self, reason: str) -> None:
        self.source.close()
        self.health.failed(reason)
        self.stop.wait(self.backoff.next())
