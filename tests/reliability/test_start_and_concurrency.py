"""Start-up and concurrency: SIGTERM at any moment of start-up is a clean stop, two
`intake poll` at once exclude each other in one line, and a poll beside a running daemon
says the daemon takes mail in by itself."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail
from tests.reliability.common import ROOT, db, intake_env, write_config


def _term_caught(pid: int) -> bool:
    """Whether the process has a SIGTERM handler installed (SigCgt in /proc)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    mask = int(next(ln.split()[1] for ln in status.splitlines() if ln.startswith("SigCgt")), 16)
    return bool(mask & (1 << (signal.SIGTERM - 1)))


def _stopped(proc: subprocess.Popen[bytes], log: Path) -> int:
    """The exit status; a daemon still running a minute after SIGTERM fails with its log
    (once a deadlock in the signal handler: intake/stopping.py)."""
    try:
        return proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        pytest.fail(f"still running 60 s after SIGTERM; its log:\n{log.read_text()}")


def _spawn(cfg: Path, *args: str, log: Path, **env: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "intake", "--config", str(cfg), *args],
        cwd=ROOT,
        env=intake_env(**env),
        stdin=subprocess.DEVNULL,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )


@pytest.mark.parametrize("after_s", [0.0, 0.05, 0.3])
def test_sigterm_during_start_up_is_a_clean_stop(tmp_path: Path, after_s: float) -> None:
    cfg, _ = write_config(tmp_path)
    log = tmp_path / "run.log"
    proc = _spawn(cfg, "run", log=log)
    deadline = time.monotonic() + 60
    while not _term_caught(proc.pid):  # from the first moment the program can catch it
        assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
        time.sleep(0.005)
    time.sleep(after_s)
    proc.send_signal(signal.SIGTERM)
    assert _stopped(proc, log) == 0, log.read_text()
    assert "Traceback" not in log.read_text()


def test_sigterm_while_the_store_opens_is_a_clean_stop(tmp_path: Path) -> None:
    """The daemon stopped while it opens the database (a slow disk, a busy store)."""
    cfg, _ = write_config(tmp_path)
    marker = tmp_path / "paused"
    log = tmp_path / "run.log"
    proc = _spawn(
        cfg, "run", log=log, INTAKE_PAUSE_AT="context:open", INTAKE_PAUSE_FILE=str(marker)
    )
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
        time.sleep(0.01)
    proc.send_signal(signal.SIGTERM)
    assert _stopped(proc, log) == 0, log.read_text()
    assert "Traceback" not in log.read_text()


def _backlog(settings, count: int) -> None:
    when = datetime(2020, 11, 4, 9, tzinfo=TZ)
    for n in range(count):
        msg = mail(
            sender="fczz@ta.shandong.cn",
            subject=f"肥城职专稿件{n}",
            files=[(f"稿件{n}.docx", docx_bytes(f"肥城职专举办活动{n}", "本报讯 11月4日……"))],
            when=when,
            message_id=f"<p{n}@fczz>",
        )
        deliver_maildir(settings.path("data/mail"), msg, when)


def test_two_polls_at_once_exclude_each_other_in_one_line(tmp_path: Path) -> None:
    cfg, settings = write_config(tmp_path)
    _backlog(settings, 80)
    marker = tmp_path / "paused"  # the first poll holds the lock until the marker is gone
    first = _spawn(
        cfg, "poll", "--now", "2020-11-04T10:00", log=tmp_path / "first.log",
        INTAKE_PAUSE_AT="context:open", INTAKE_PAUSE_FILE=str(marker), INTAKE_PAUSE_SECONDS="120",
    )  # fmt: skip
    deadline = time.monotonic() + 60
    lock = settings.data_dir / "intake.lock"
    while not (marker.exists() and lock.exists() and lock.read_text().strip() == str(first.pid)):
        assert first.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    second = subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(cfg), "poll", "--now", "2020-11-04T10:00"],
        cwd=ROOT, env=intake_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert second.returncode == 1
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and "another intake process" in lines[0], second.stderr
    assert f"pid {first.pid}" in lines[0]
    marker.unlink()
    assert first.wait(timeout=300) == 0, (tmp_path / "first.log").read_text()[-2000:]
    with db(settings) as con:
        states = con.execute("SELECT state, count(*) FROM messages GROUP BY state").fetchall()
    assert states == [("done", 80)]


def test_a_poll_beside_the_daemon_says_so(tmp_path: Path) -> None:
    cfg, settings = write_config(tmp_path)
    daemon = _spawn(cfg, "run", log=tmp_path / "daemon.log")
    try:
        lock = settings.data_dir / "intake.lock"
        deadline = time.monotonic() + 60
        while not (lock.exists() and lock.read_text().strip() == str(daemon.pid)):
            assert daemon.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        poll = subprocess.run(
            [sys.executable, "-m", "intake", "--config", str(cfg), "poll"],
            cwd=ROOT, env=intake_env(), capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert poll.returncode == 1 and "Traceback" not in poll.stderr
        assert "the daemon takes in new mail by itself" in poll.stderr
    finally:
        os.kill(daemon.pid, signal.SIGTERM)
        assert daemon.wait(timeout=60) == 0
