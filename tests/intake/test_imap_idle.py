"""IDLE against a real Dovecot, compressed and plain: the watcher wakes on new mail, and
mail announced in the same packet as `+ idling` (already in a buffer of ours: imaplib's
reader or the inflater) is seen without waiting on the socket. The servers and mail are
test_imap_compress's."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest

from intake.health import Health
from intake.idle import IdleWatcher, is_new_mail
from intake.sources import open_source
from intake.sources.imap import ImapSource
from tests.fixtures.servers import Dovecot
from tests.intake.helpers import PASSWORD_ENV
from tests.intake.test_imap_compress import (
    IMAP_LOG,
    _campaign,
    _office,
    _plain_source,
    _settings,
)


@pytest.mark.server
def test_idle_watcher_wakes_on_append_with_compression(
    tmp_path: Path,
    dovecot: Dovecot,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    caplog.set_level(logging.INFO, logger=IMAP_LOG)
    source = open_source(_settings(tmp_path, dovecot, compress=True))
    assert isinstance(source, ImapSource)
    calls: list[float] = []
    woke = threading.Event()

    def on_new() -> None:
        calls.append(time.monotonic())
        if len(calls) >= 2:
            woke.set()

    stop = threading.Event()
    watcher = IdleWatcher(source, on_new=on_new, stop=stop, health=Health("test mailbox"))
    watcher.start()
    try:
        deadline = time.monotonic() + 30  # the first call: on connecting, before IDLE
        while not calls and time.monotonic() < deadline:
            time.sleep(0.05)
        assert calls, "the watcher never connected"
        assert source.compressed
        dovecot.append(_campaign()[0])
        assert woke.wait(30), "IDLE with compression did not wake on the APPEND"
    finally:
        stop.set()
        watcher.join(10)
    assert not watcher.is_alive()
    assert any("COMPRESS=DEFLATE on" in r.getMessage() for r in caplog.records)


@pytest.mark.server
@pytest.mark.parametrize("compress", [True, False], ids=["compressed", "plain"])
def test_idle_sees_mail_announced_with_the_idle_continuation(
    dovecot: Dovecot, compress: bool
) -> None:
    """Mail that arrived before IDLE is announced right after `+ idling`, in the same
    packet (or deflate block): that line is already in a buffer of ours (imaplib's reader,
    or the inflater) when idle_check starts, where waiting on the socket would not see it
    (it would wait for the next packet)."""
    source = _plain_source(dovecot, compress)
    try:
        source.open()
        client = source.client
        assert client is not None and source.compressed == compress
        for n in range(3):
            dovecot.append(_office(n))
            client.idle()
            responses = client.idle_check(timeout=20)
            client.idle_done()
            assert any(is_new_mail(r) for r in responses), (n, responses)
    finally:
        source.close()
