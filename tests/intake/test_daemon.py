"""The daemon in a subprocess against a real Dovecot: IDLE, polling, outages, SIGTERM, the lock.

Waiting is always "until the effect shows, at most N seconds"; nothing asserts a duration.
"""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from intake.config import load_config
from intake.daemon import DIGEST_META, Jobs, catch_up
from intake.pipeline import Context
from intake.store import Store
from tests.fixtures.servers import Dovecot, SmtpSink, free_port, start_smtp
from tests.intake.helpers import PASSWORD_ENV, ROOT, TZ, docx_bytes, mail, settings_for

SENDER = "dyqjtj@ta.shandong.cn"  # 岱岳区教体局, a registered address


def config_for(
    tmp_path: Path,
    *,
    mailbox_url: str | None = None,
    poll_every: str = "5m",
    idle: bool = True,
    timeout: int = 30,
) -> Path:
    """The default campaign under tmp_path with the given mailbox and schedule."""
    settings_for(tmp_path, mailbox_url=mailbox_url, extra_mailbox=f"timeout = {timeout}")
    path = tmp_path / "config.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('poll_every = "5m"', f'poll_every = "{poll_every}"')
    text = text.replace("idle = true", f"idle = {'true' if idle else 'false'}")
    path.write_text(text, encoding="utf-8")
    return path


@dataclass
class Daemon:
    proc: subprocess.Popen[bytes]
    log: Path
    db: Path

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def count(self, needle: str) -> int:
        return sum(1 for line in self.text().splitlines() if needle in line)

    def done(self) -> int:
        return count_rows(self.db, "select count(*) from messages where state='done'")

    def wait_for(self, what: str, check: Callable[[], bool], timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if check():
                return
            if self.proc.poll() is not None:
                pytest.fail(
                    f"daemon exited ({self.proc.returncode}) waiting for {what}:\n" + self.text()
                )
            time.sleep(0.1)
        pytest.fail(f"no {what} within {timeout} s; daemon log:\n{self.text()}")

    def terminate(self, timeout: float = 20) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            pytest.fail(f"daemon did not exit within {timeout} s after SIGTERM:\n{self.text()}")


def count_rows(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=10) as conn:
            return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # tables not created yet
        return 0


def env_with_password(password: str = "secret") -> dict[str, str]:
    env = dict(os.environ)
    env[PASSWORD_ENV] = password
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture()
def start_daemon(tmp_path: Path) -> Iterator[Callable[..., Daemon]]:
    started: list[Daemon] = []

    def start(config: Path, name: str = "daemon") -> Daemon:
        log = config.parent / f"{name}-{len(started)}.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "intake", "--config", str(config), "run"],
                cwd=ROOT,
                env=env_with_password(),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        d = Daemon(proc=proc, log=log, db=config.parent / "data" / "intake.db")
        started.append(d)
        d.wait_for("start-up line", lambda: d.count("daemon started") == 1)
        return d

    yield start
    for d in started:
        if d.proc.poll() is None:
            d.proc.kill()
            d.proc.wait()


def plan_mail(n: int, subject: str = "岱岳区教体局活动周实施方案") -> bytes:
    return mail(
        sender=SENDER,
        subject=f"{subject} {n}",
        message_id=f"<daemon-{n}@dyqjtj>",
        files=[
            (f"活动周实施方案{n}.docx", docx_bytes(f"岱岳区活动周实施方案（第{n}稿）", "一、目的"))
        ],
    ).as_bytes()


def no_traceback(d: Daemon) -> None:
    assert "Traceback" not in d.text()


@pytest.mark.server
@pytest.mark.slow
def test_idle_takes_in_mail_appended_while_running(
    tmp_path: Path, dovecot: Dovecot, start_daemon: Callable[..., Daemon]
) -> None:
    # a poll interval of an hour: only the IDLE path can explain the mail arriving
    d = start_daemon(config_for(tmp_path, mailbox_url=dovecot.url, poll_every="1h", idle=True))
    d.wait_for("IDLE", lambda: d.count("IMAP IDLE watching INBOX") == 1)
    time.sleep(1.0)  # the start-up polls are over
    assert d.done() == 0
    dovecot.append(plan_mail(1))
    d.wait_for("mail taken in by IDLE", lambda: d.done() == 1)
    dovecot.append(plan_mail(2))
    d.wait_for("second mail taken in by IDLE", lambda: d.done() == 2)
    assert d.terminate() == 0
    assert d.count("daemon stopped") == 1
    no_traceback(d)


@pytest.mark.server
@pytest.mark.slow
def test_poll_path_takes_in_mail_within_the_interval(
    tmp_path: Path, dovecot: Dovecot, start_daemon: Callable[..., Daemon]
) -> None:
    d = start_daemon(config_for(tmp_path, mailbox_url=dovecot.url, poll_every="2s", idle=False))
    assert d.count("IDLE off") == 1
    dovecot.append(plan_mail(1))
    d.wait_for("mail taken in by polling", lambda: d.done() == 1)
    archive = tmp_path / "data" / "archive" / "daiyue" / "plan"
    assert len(list(archive.glob("*.docx"))) == 1
    assert d.count("taken in: unit daiyue") == 1  # one log line per message
    assert d.terminate() == 0
    no_traceback(d)


def _deliver_on_disk(dovecot: Dovecot, raw: bytes, name: str) -> None:
    """What a local delivery agent does while the IMAP server is down: a file in new/."""
    maildir = dovecot.root / "mail" / dovecot.user / "Maildir"
    for sub in ("tmp", "new", "cur"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    tmp = maildir / "tmp" / name
    tmp.write_bytes(raw)
    os.chown(tmp, 65534, 65534)
    os.replace(tmp, maildir / "new" / name)


@pytest.mark.server
@pytest.mark.slow
def test_outage_is_logged_once_and_mail_delivered_meanwhile_is_taken_in_once(
    tmp_path: Path, dovecot: Dovecot, start_daemon: Callable[..., Daemon]
) -> None:
    # a stopped Dovecot may leave its connections open but mute: a short timeout notices
    config = config_for(tmp_path, mailbox_url=dovecot.url, poll_every="2s", idle=True, timeout=5)
    d = start_daemon(config)
    dovecot.append(plan_mail(1))
    d.wait_for("first mail", lambda: d.done() == 1)
    dovecot.stop()
    d.wait_for("outage line", lambda: d.count("retrying with backoff") >= 1)
    _deliver_on_disk(dovecot, plan_mail(2), f"{int(time.time())}.outage.localhost")
    time.sleep(7)  # several failed retries by the poll and the IDLE watcher
    dovecot.start()
    d.wait_for("mail delivered during the outage", lambda: d.done() == 2, timeout=90)
    d.wait_for("recovery line", lambda: d.count("reachable again after") >= 1)
    time.sleep(3)  # a few more polls: nothing more may come in or be logged
    assert d.done() == 2
    ids = count_rows(d.db, "select count(distinct message_id) from messages")
    assert ids == 2
    port = f"127.0.0.1:{dovecot.port}"
    assert d.count(f"IMAP server {port}") >= 1
    assert d.count("retrying with backoff") == 1
    assert d.count("reachable again after") == 1
    raw = list((tmp_path / "data" / "archive" / "_raw").glob("*.eml"))
    assert len(raw) == 2
    assert d.terminate() == 0
    no_traceback(d)


@pytest.mark.server
@pytest.mark.slow
def test_sigterm_during_a_batch_then_restart_files_every_message_once(
    tmp_path: Path, dovecot: Dovecot, start_daemon: Callable[..., Daemon]
) -> None:
    total = 120
    with dovecot.client() as c:
        for n in range(total):
            c.append("INBOX", plan_mail(n))
    config = config_for(tmp_path, mailbox_url=dovecot.url, poll_every="1h", idle=False)
    d = start_daemon(config)
    d.wait_for("the first messages filed", lambda: d.done() >= 3)
    assert d.terminate() == 0
    assert d.count("SIGTERM received") == 1
    first_run = d.done()
    assert first_run < total, "the batch finished before SIGTERM: nothing was interrupted"
    no_traceback(d)

    again = start_daemon(config, name="restart")
    again.wait_for("every message", lambda: again.done() == total, timeout=120)
    assert again.terminate() == 0
    db = again.db
    assert count_rows(db, "select count(*) from messages") == total
    assert count_rows(db, "select count(distinct message_id) from messages") == total
    assert count_rows(db, "select count(*) from messages where state != 'done'") == 0
    assert count_rows(db, "select count(*) from attachments") == total
    archive = tmp_path / "data" / "archive"
    assert len(list((archive / "_raw").glob("*.eml"))) == total
    assert len(list((archive / "daiyue").rglob("*.docx"))) == total
    no_traceback(again)


@pytest.mark.server
def test_a_backlog_above_the_per_run_cap_is_taken_in_without_waiting_for_the_interval(
    tmp_path: Path, dovecot: Dovecot, start_daemon: Callable[..., Daemon]
) -> None:
    with dovecot.client() as c:
        for n in range(12):
            c.append("INBOX", plan_mail(n))
    config = config_for(tmp_path, mailbox_url=dovecot.url, poll_every="1h", idle=False)
    text = config.read_text(encoding="utf-8")
    assert "max_per_run = 1000" in text
    config.write_text(text.replace("max_per_run = 1000", "max_per_run = 5"), encoding="utf-8")
    d = start_daemon(config)
    d.wait_for("all twelve in runs of five", lambda: d.done() == 12)
    assert d.count("left for the next run") == 2  # 5 + 7 left, 5 + 2 left, 2
    assert d.terminate() == 0
    no_traceback(d)


def test_second_daemon_on_the_same_data_refuses(
    tmp_path: Path, start_daemon: Callable[..., Daemon]
) -> None:
    config = config_for(tmp_path, poll_every="1h", idle=False)  # Maildir: no server needed
    first = start_daemon(config)
    second = subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(config), "run"],
        cwd=ROOT,
        env=env_with_password(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == 1
    assert "already running" in second.stderr
    assert f"pid {first.proc.pid}" in second.stderr
    assert "Traceback" not in second.stderr
    assert first.proc.poll() is None  # the first one is untouched
    assert first.terminate() == 0


def test_run_refuses_now(tmp_path: Path) -> None:
    config = config_for(tmp_path, poll_every="1h", idle=False)
    out = subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(config), "--now", "2020-11-05", "run"],
        cwd=ROOT,
        env=env_with_password(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1
    assert "--now is not supported" in out.stderr


# --- outgoing mail with an injected clock and a real SMTP server -------------------------------


@pytest.mark.server
def test_digest_due_while_down_goes_to_smtp_once(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    ctx = Context.open(settings_for(tmp_path, outbox_url=smtp_sink.url))
    assert catch_up(ctx, datetime(2020, 11, 9, 18, 10, tzinfo=TZ)) == "sent"
    assert catch_up(ctx, datetime(2020, 11, 9, 18, 20, tzinfo=TZ)) == "none"
    received = smtp_sink.received()
    assert len(received) == 1
    assert received[0]["X-Notice-Intake"] == "digest"


@pytest.mark.server
def test_smtp_outage_logged_once_and_queue_drains_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()  # nothing listens yet: connection refused
    ctx = Context.open(settings_for(tmp_path, outbox_url=f"smtp://127.0.0.1:{port}"))
    now = [datetime(2020, 11, 9, 17, 30, tzinfo=TZ)]
    jobs = Jobs(ctx, clock=lambda: now[0], progress=False)
    caplog.set_level(logging.INFO)
    jobs.digest()  # queued; the send fails
    assert [r.name for r in caplog.records].count("intake.health") == 1
    for minute in (32, 36, 45):
        now[0] = now[0].replace(minute=minute)
        jobs.outgoing()
    sink = start_smtp(port)
    try:
        now[0] = datetime(2020, 11, 9, 19, 0, tzinfo=TZ)
        jobs.outgoing()
        jobs.outgoing()
        assert len(sink.received()) == 1
    finally:
        sink.controller.stop()  # type: ignore[union-attr]
    lines = [r.getMessage() for r in caplog.records if r.name == "intake.health"]
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"SMTP 127.0.0.1:{port}")
    assert "retrying with backoff" in lines[0]
    assert lines[1].startswith(f"SMTP 127.0.0.1:{port} reachable again after")
    assert load_config(tmp_path / "config.toml").schedule.digest_at == "17:30"


def test_unreachable_mailbox_from_the_start_is_one_line_and_no_traceback(
    tmp_path: Path, start_daemon: Callable[..., Daemon]
) -> None:
    port = free_port()  # nothing listens: connection refused, for the poll and for IDLE
    url = f"imap://staff@127.0.0.1:{port}/INBOX"
    d = start_daemon(config_for(tmp_path, mailbox_url=url, poll_every="2s", idle=True))
    d.wait_for("outage line", lambda: d.count("retrying with backoff") == 1)
    time.sleep(6)  # the poll and the IDLE watcher retry a few times meanwhile
    assert d.count("retrying with backoff") == 1
    assert d.count(f"IMAP server 127.0.0.1:{port} unreachable: connection refused") == 1
    assert d.terminate() == 0
    assert d.count("daemon stopped") == 1
    no_traceback(d)


def test_progress_bar_only_on_a_terminal_and_for_a_backlog(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from intake.daemon import BacklogProgress
    from intake.pipeline import Outcome

    quiet = BacklogProgress()
    quiet.on_total(500)  # stderr is not a terminal under pytest
    assert quiet._progress is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    small = BacklogProgress()
    small.on_total(50)
    assert small._progress is None
    big = BacklogProgress()
    big.on_total(60)
    assert big._progress is not None
    for n in range(60):
        big.on_outcome(Outcome(uid=str(n), state="done"))
    assert big._progress.tasks[0].completed == 60
    big.close()
    assert big._progress is None


def _with_digest_at(config: Path, ago: timedelta) -> datetime:
    """Set schedule.digest_at to `ago` before the real now (campaign time); return that slot."""
    slot = (datetime.now(TZ) - ago).replace(second=0, microsecond=0)
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace('digest_at = "17:30"', f'digest_at = "{slot:%H:%M}"'), encoding="utf-8"
    )
    return slot


def test_daemon_sends_the_digest_missed_while_down_once_then_skips_a_late_one(
    tmp_path: Path, start_daemon: Callable[..., Daemon]
) -> None:
    config = config_for(tmp_path, poll_every="1h", idle=False)
    slot = _with_digest_at(config, timedelta(minutes=10))  # within the 1 h grace
    outbox = tmp_path / "data" / "outbox"
    d = start_daemon(config)
    d.wait_for("the late digest", lambda: len(list(outbox.glob("*_digest_*.eml"))) == 1)
    assert d.terminate() == 0
    assert d.count(f"digest of {slot:%Y-%m-%d} saved") == 1
    again = start_daemon(config, name="restart")
    time.sleep(2)
    assert again.terminate() == 0
    assert len(list(outbox.glob("*_digest_*.eml"))) == 1  # not twice
    assert again.count("digest of") == 0

    other = tmp_path / "later"
    other.mkdir()
    config = config_for(other, poll_every="1h", idle=False)
    slot = _with_digest_at(config, timedelta(hours=2))  # beyond the grace
    store = Store.open(load_config(config).store_url)
    store.set_meta(DIGEST_META, f"{slot - timedelta(days=1):%Y-%m-%d}")  # yesterday's went out
    store.engine.dispose()
    late = start_daemon(config, name="late")
    late.wait_for("the skip line", lambda: late.count("skipped") == 1)
    assert late.terminate() == 0
    assert late.count(f"digest of {slot:%Y-%m-%d} (due {slot:%H:%M}) skipped") == 1
    assert not list((other / "data" / "outbox").glob("*_digest_*.eml"))
    no_traceback(late)
