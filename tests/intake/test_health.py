"""Outage tracking, backoff, the instance lock, IDLE response parsing and the digest catch-up."""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from intake.daemon import DIGEST_META, Jobs, catch_up, digest_slot
from intake.health import Backoff, Health
from intake.idle import is_new_mail
from intake.lock import AlreadyRunning, instance_lock
from intake.pipeline import Context
from tests.intake.helpers import ROOT, TZ, settings_for


def test_one_line_when_down_and_one_when_back(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="intake.health")
    h = Health("IMAP server 127.0.0.1:10143")
    assert h.failed("IMAP server 127.0.0.1:10143 unreachable: connection refused")
    for _ in range(5):
        assert not h.failed("IMAP server 127.0.0.1:10143 unreachable: connection refused")
    assert h.down and h.failures == 6
    assert h.ok()
    assert not h.ok()
    lines = [r.getMessage() for r in caplog.records]
    assert lines == [
        "IMAP server 127.0.0.1:10143 unreachable: connection refused; retrying with backoff",
        "IMAP server 127.0.0.1:10143 reachable again after 6 failed attempts",
    ]


def test_reason_without_the_server_name_gets_it() -> None:
    h = Health("database", down_verb="busy or unavailable")
    records: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda r: records.append(r.getMessage())  # type: ignore[method-assign]
    logging.getLogger("intake.health").addHandler(handler)
    try:
        h.failed("disk I/O error")
    finally:
        logging.getLogger("intake.health").removeHandler(handler)
    assert records == ["database busy or unavailable: disk I/O error; retrying with backoff"]


def test_backoff_doubles_up_to_the_cap_and_resets() -> None:
    now = [100.0]
    b = Backoff(5, 300, clock=lambda: now[0])
    assert not b.waiting()
    delays = [b.next() for _ in range(9)]
    assert delays == [5, 10, 20, 40, 80, 160, 300, 300, 300]
    assert b.waiting()
    now[0] += 299
    assert b.waiting()
    now[0] += 2
    assert not b.waiting()
    b.reset()
    assert b.next() == 5


def test_idle_responses() -> None:
    assert is_new_mail((3, b"EXISTS"))
    assert is_new_mail((1, b"RECENT"))
    assert not is_new_mail((2, b"EXPUNGE"))
    assert not is_new_mail((b"OK", b"Still here"))
    assert not is_new_mail((4, b"FETCH", (b"FLAGS", ())))


def test_second_lock_on_the_same_data_names_the_holder(tmp_path: Path) -> None:
    code = (
        "import sys, time; from pathlib import Path; from intake.lock import instance_lock\n"
        "with instance_lock(Path(sys.argv[1])):\n"
        "    print('locked', flush=True); time.sleep(30)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyRunning) as err, instance_lock(tmp_path):
            pass
        assert f"pid {holder.pid}" in str(err.value)
        assert "already running" in str(err.value)
    finally:
        holder.kill()
        holder.wait()
    with instance_lock(tmp_path) as path:  # released when the holder died
        assert path.read_text().strip().isdigit()


# --- the digest due while the daemon was down -------------------------------------------------


def _ctx(tmp_path: Path) -> Context:
    return Context.open(settings_for(tmp_path))


def _digests(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "data" / "outbox").glob("*_digest_*.eml"))


def test_digest_slot(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    assert digest_slot(ctx, datetime(2020, 11, 10, 18, 0, tzinfo=TZ)) == datetime(
        2020, 11, 10, 17, 30, tzinfo=TZ
    )
    assert digest_slot(ctx, datetime(2020, 11, 10, 9, 0, tzinfo=TZ)) == datetime(
        2020, 11, 9, 17, 30, tzinfo=TZ
    )


def test_catch_up_sends_once_within_grace_and_skips_after(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ctx = _ctx(tmp_path)
    caplog.set_level(logging.INFO)
    # the daemon comes up at 17:50, 20 minutes after the 17:30 digest (grace: 1h)
    assert catch_up(ctx, datetime(2020, 11, 9, 17, 50, tzinfo=TZ)) == "sent"
    first = _digests(tmp_path)
    assert len(first) == 1
    msg = message_from_bytes(first[0].read_bytes(), policy=policy.default)
    assert "jyj-zcjk01@ta.shandong.cn" in str(msg["To"])
    assert ctx.store.get_meta(DIGEST_META) == "2020-11-09"
    assert (tmp_path / "data" / "digests" / "20201109.html").stat().st_size > 0
    # a restart the same evening sends nothing again
    assert catch_up(ctx, datetime(2020, 11, 9, 18, 5, tzinfo=TZ)) == "none"
    assert len(_digests(tmp_path)) == 1
    # the next day the daemon was down from before 17:30 until 19:45: beyond the grace
    caplog.clear()
    assert catch_up(ctx, datetime(2020, 11, 10, 19, 45, tzinfo=TZ)) == "skipped"
    assert len(_digests(tmp_path)) == 1
    skipped = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert len(skipped) == 1
    assert skipped[0].startswith("digest of 2020-11-10 (due 17:30) skipped")
    assert caplog.records[-1].levelno == logging.WARNING
    # and that skip is logged once, not on every restart
    caplog.clear()
    assert catch_up(ctx, datetime(2020, 11, 10, 20, 0, tzinfo=TZ)) == "none"
    assert not [r for r in caplog.records if "skipped" in r.getMessage()]


def test_a_late_digest_after_midnight_describes_its_own_day(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    text = (tmp_path / "config.toml").read_text(encoding="utf-8")
    text = text.replace('digest_at = "17:30"', 'digest_at = "23:50"\nmisfire_grace = "2h"')
    (tmp_path / "config.toml").write_text(text, encoding="utf-8")
    from intake.config import load_config

    settings = load_config(tmp_path / "config.toml")
    ctx = Context.open(settings)
    assert catch_up(ctx, datetime(2020, 11, 11, 0, 30, tzinfo=TZ)) == "sent"
    assert ctx.store.get_meta(DIGEST_META) == "2020-11-10"
    assert (tmp_path / "data" / "digests" / "20201110.html").exists()
    assert not (tmp_path / "data" / "digests" / "20201111.html").exists()


def test_digest_job_with_an_injected_clock_runs_once_per_day(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    now = [datetime(2020, 11, 12, 17, 30, tzinfo=TZ)]
    jobs = Jobs(ctx, clock=lambda: now[0], progress=False)
    jobs.digest()
    jobs.digest()  # coalesced twice by the scheduler, say: still one digest
    assert len(_digests(tmp_path)) == 1
    now[0] = datetime(2020, 11, 13, 19, 0, tzinfo=TZ)  # ran 1.5 h late: beyond the grace
    jobs.digest()
    assert len(_digests(tmp_path)) == 1
    assert ctx.store.get_meta(DIGEST_META) == "2020-11-13 skipped"


# --- missed runs reported by APScheduler while the daemon runs --------------------------------


def test_missed_digest_and_missed_job_each_give_one_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent

    from intake.daemon import Daemon

    ctx = _ctx(tmp_path)
    now = datetime(2020, 11, 12, 20, 0, tzinfo=TZ)
    daemon = Daemon(ctx, clock=lambda: now)
    caplog.set_level(logging.INFO)
    due = datetime(2020, 11, 12, 17, 30, tzinfo=TZ)
    daemon._on_event(JobExecutionEvent(EVENT_JOB_MISSED, "digest", "default", due))
    daemon._on_event(JobExecutionEvent(EVENT_JOB_MISSED, "remind", "default", due))
    lines = [r.getMessage() for r in caplog.records if r.name == "intake.daemon"]
    assert len(lines) == 2, lines
    assert lines[0].startswith("digest of 2020-11-12 (due 17:30) skipped: the machine was asleep")
    assert lines[1].startswith("job remind due at 2020-11-12 17:30:00 missed")
    assert ctx.store.get_meta(DIGEST_META) == "2020-11-12 skipped"
    assert _digests(tmp_path) == []
    daemon.jobs.close()


@pytest.mark.slow
def test_database_busy_is_one_line_each_way_and_the_mail_is_taken_in_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import sqlite3

    from intake.demo.samples import build_samples, deliver

    ctx = _ctx(tmp_path)
    sample = build_samples(ctx.settings.campaign)[0]
    deliver(ctx.settings.path("data/mail"), sample, 1)
    now = [datetime(2020, 11, 3, 12, 0, tzinfo=TZ)]
    jobs = Jobs(ctx, clock=lambda: now[0], progress=False)
    tick = [0.0]
    jobs.poll_backoff = Backoff(5, 300, clock=lambda: tick[0])
    caplog.set_level(logging.INFO)
    blocker = sqlite3.connect(ctx.settings.store_url.removeprefix("sqlite:///"), timeout=1)
    blocker.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
    try:
        assert jobs.poll() is None  # waits out the busy timeout, then gives up for now
        tick[0] += 1
        assert jobs.poll() is None  # still backing off: not even tried
    finally:
        blocker.rollback()
        blocker.close()
    tick[0] += 10
    report = jobs.poll()
    assert report is not None and report.count("done") == 1
    again = jobs.poll()
    assert again is not None and again.outcomes == []  # nothing twice
    health = [r.getMessage() for r in caplog.records if r.name == "intake.health"]
    assert len(health) == 2, health
    assert health[0].startswith("database busy or unavailable")
    assert health[1] == "database usable again after 1 failed attempt"
    with sqlite3.connect(ctx.settings.store_url.removeprefix("sqlite:///")) as conn:
        assert conn.execute("select count(*) from messages").fetchone() == (1,)
        assert conn.execute("select state from messages").fetchone() == ("done",)
    jobs.close()
