"""Crash safety: SIGKILL the poller and the outbox at random points, restart, and prove
that nothing is lost or done twice.

The poller runs as a real subprocess (`python -m intake poll --once`) against a real Dovecot
with 300 campaign messages and an SMTP outbox to an aiosmtpd sink in this process. It is
killed with SIGKILL at seeded random points (every other run a random time after start:
start-up, claiming, the first message; otherwise after a random number of further
messages were committed), restarted, killed again until the backlog is done (at least 20
kills while work remained), then run clean. Afterwards the store, the archive and the
sink must agree: one row per UID, every attachment filed once, no partial files, every
filed path on disk and every file referenced, no acknowledgement twice at the sink.
"""

from __future__ import annotations

import hashlib
import random
import re
import signal
import time
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from intake import jobs, outgoing
from intake.corrections import problems
from intake.pipeline import Context
from tests.fixtures.servers import Dovecot, SmtpSink
from tests.intake.helpers import PASSWORD_ENV, TZ, deliver_maildir
from tests.reliability.common import (
    DB_NOT_READY,
    archive_files,
    campaign_message,
    db,
    duplicates,
    intake_env,
    missing_store,
    report_figures,
    run_cli,
    start_cli,
    units,
    write_config,
)

BACKLOG = 300
MIN_KILLS = 20
MAX_ROUNDS = 200
SEED = 20201105


def _kill_loop(
    args_for_round, env: dict[str, str], logs: Path, kill_after, finished, progress=None
) -> tuple[int, int, list]:
    """Start the command, let `kill_after(round, proc)` wait for a random point, SIGKILL it
    there; repeat until `finished()` (then at least MIN_KILLS must have landed on a running
    process). Returns (kills, rounds, [progress() after each round])."""
    kills = rounds = 0
    seen = []
    while not finished() and rounds < MAX_ROUNDS:
        proc = start_cli(args_for_round(rounds), env, logs, f"round{rounds:03d}")
        kill_after(rounds, proc)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
        rounds += 1
        if progress is not None:
            seen.append(progress())
    return kills, rounds, seen


def _wait_for(proc, condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while proc.poll() is None and not condition() and time.monotonic() < deadline:
        time.sleep(0.003)


def _sink_counts(sink: SmtpSink) -> tuple[list[str], dict[str, int], dict[str, int]]:
    """(kinds, Message-IDs seen more than once, original messages acknowledged twice)."""
    received = sink.received()
    ids = [str(m["Message-ID"]) for m in received]
    acked = [
        ref
        for m in received
        if m["X-Notice-Intake"] == "ack"
        for ref in str(m["References"] or "").split()
    ]
    keys = [str(m["X-Notice-Intake-Key"]) for m in received if m["X-Notice-Intake-Key"]]
    twice = duplicates(ids)
    twice.update(duplicates(keys))
    return [str(m["X-Notice-Intake"]) for m in received], twice, duplicates(acked)


@pytest.mark.slow
@pytest.mark.server
def test_poller_killed_at_random_points_loses_and_duplicates_nothing(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink
) -> None:
    cfg, settings = write_config(
        tmp_path,
        mailbox_url=dovecot.url,
        outbox_url=smtp_sink.url,
        mailbox_extra={"batch_size": "25", "max_per_run": "100000"},
    )
    who = units(settings)
    start = datetime(2020, 11, 4, 8, 0, tzinfo=TZ)
    expected_files: set[tuple[str, str]] = set()  # (unit, sha256) of every distinct file
    message_ids: list[str] = []
    with dovecot.client() as c:
        for i in range(BACKLOG):
            unit = who[i % len(who)]
            # every 10th message resends the files of the same unit's previous message
            resend = i - len(who) if i % 10 == 9 and i >= len(who) else None
            msg, files = campaign_message(i, unit, start + timedelta(minutes=i), resend_of=resend)
            for _, data in files:
                expected_files.add((unit[0], hashlib.sha256(data).hexdigest()))
            message_ids.append(str(msg["Message-ID"]))
            c.append("INBOX", msg.as_bytes(), msg_time=start + timedelta(minutes=i))
    env = intake_env(**{PASSWORD_ENV: dovecot.password})
    logs = tmp_path / "logs"
    base = datetime(2020, 11, 5, 9, 0, tzinfo=TZ)

    def args(r: int) -> list[str]:  # the clock moves 11 minutes per run: new acks are due
        now = base + timedelta(minutes=11 * r)
        return ["--config", str(cfg), "--now", now.isoformat(timespec="minutes"), "poll"]

    def progress() -> tuple[int, int, int]:  # (messages done, claimed, files on disk)
        if missing_store(settings):
            return 0, 0, 0
        try:
            with db(settings) as con:
                states = Counter(s for (s,) in con.execute("SELECT state FROM messages"))
        except DB_NOT_READY:  # created but no tables yet, or locked
            return 0, 0, 0
        return states["done"], states["claimed"], len(archive_files(settings.archive_dir))

    rng = random.Random(SEED)

    def kill_after(r: int, proc) -> None:
        if r % 2 == 0:  # start-up, claiming, the first messages: a random time from start
            time.sleep(rng.uniform(0.0, 1.5))
            return
        target = progress()[0] + rng.randint(1, 12)  # in the middle of the backlog
        _wait_for(proc, lambda: progress()[0] >= target)
        time.sleep(rng.uniform(0.0, 0.05))

    kills, rounds, seen = _kill_loop(
        args, env, logs, kill_after, lambda: progress()[0] >= BACKLOG, progress=progress
    )
    assert kills >= MIN_KILLS, (kills, rounds)
    # finish: clean runs until nothing is left (the clock still moves, acks drain)
    for r in range(rounds, rounds + 3):
        assert run_cli(args(r), env, logs, f"final{r}") == 0, (logs / f"final{r}.err").read_text()

    ctx = Context.open(settings)
    with db(settings) as con:
        rows = con.execute("SELECT uid, state, message_id, id FROM messages").fetchall()
        atts = con.execute(
            "SELECT a.path, a.sha256, a.category, m.unit_id, a.duplicate_of "
            "FROM attachments a JOIN messages m ON a.message_pk = m.id"
        ).fetchall()
        outbox_rows = con.execute("SELECT key, state FROM outbox").fetchall()
    # every message recorded once, done
    assert duplicates(uid for uid, *_ in rows) == {}
    assert len(rows) == BACKLOG
    assert Counter(state for _, state, *_ in rows) == {"done": BACKLOG}
    assert sorted(mid for _, _, mid, _ in rows) == sorted(message_ids)
    raws = sorted((settings.archive_dir / "_raw").glob("*.eml"))
    assert len(raws) == BACKLOG
    # every attachment filed once; rows and files agree; nothing partial left
    root = settings.archive_dir
    filed = {p for p, _, _, _, dup in atts if p and dup is None}
    on_disk = {str(p.relative_to(root)) for p in archive_files(root)}
    assert ctx.archive.partial_files() == []
    assert on_disk == filed, (on_disk - filed, filed - on_disk)
    assert all((root / p).is_file() for p, *_ in atts if p)
    by_place: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p in on_disk:
        unit_id, category = Path(p).parts[:2]
        by_place[(unit_id, category)].append(hashlib.sha256((root / p).read_bytes()).hexdigest())
    assert {k: duplicates(v) for k, v in by_place.items() if duplicates(v)} == {}
    resent = sum(1 for *_, dup in atts if dup is not None)
    assert resent > 0  # resends met files already filed: the dedupe path ran under kills
    assert len(on_disk) == len(expected_files)
    assert {(u, s) for (u, _), shas in by_place.items() for s in shas} == expected_files
    # no acknowledgement twice
    kinds, twice, acked_twice = _sink_counts(smtp_sink)
    uncertain = [p for p in problems(ctx) if p.kind == "delivery-uncertain"]
    assert twice == {} and acked_twice == {}
    sent = [k for k, state in outbox_rows if state == "sent"]
    assert len(sent) == kinds.count("ack")
    assert len(outbox_rows) == len(sent) + len(uncertain)
    swept = sum(
        int(m.group(1))
        for f in logs.glob("*.err")
        for m in re.finditer(r"removed (\d+) partial file", f.read_text(errors="replace"))
    )
    report_figures(
        "poller kill loop",
        partial_files_swept=swept,
        messages=BACKLOG,
        kills=kills,
        rounds=rounds,
        progress_per_round=seen,
        lost=BACKLOG - Counter(s for _, s, *_ in rows)["done"],
        duplicate_rows=len(duplicates(uid for uid, *_ in rows)),
        files=len(on_disk),
        resent_files_not_filed_again=resent,
        expected_files=len(expected_files),
        acks_sent=kinds.count("ack"),
        acks_twice=len(twice),
        delivery_uncertain=len(uncertain),
    )


@pytest.mark.slow
def test_outbox_flush_killed_at_random_points_sends_nothing_twice(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    cfg, settings = write_config(tmp_path, outbox_url=smtp_sink.url)
    ctx = Context.open(settings)
    who = units(settings)
    inbox = settings.path("data/mail")
    t = datetime(2020, 11, 2, 9, 0, tzinfo=TZ)
    # six rounds of mail from every unit, each acknowledged separately (ack_interval 10m)
    for r in range(6):
        for k, unit in enumerate(who):
            i = r * len(who) + k
            msg, _ = campaign_message(i, unit, t + timedelta(minutes=1))
            deliver_maildir(inbox, msg, t + timedelta(minutes=1))
        t += timedelta(minutes=15)
        jobs.poll_once(ctx, now=t)
        outgoing.acknowledge(ctx, t)
    # reminders at several due points for what the units still owe
    for when in ("2020-11-02T18:00", "2020-11-04T18:00", "2020-11-05T09:00", "2020-11-06T18:00"):
        outgoing.remind(ctx, datetime.fromisoformat(when).replace(tzinfo=TZ))
    with db(settings) as con:
        queued = con.execute("SELECT count(*) FROM outbox WHERE state='queued'").fetchone()[0]
    assert queued >= 150
    assert smtp_sink.received() == []

    env = intake_env()
    logs = tmp_path / "logs"
    now = "2020-11-07T09:00"

    def args(_r: int) -> list[str]:
        return ["--config", str(cfg), "--now", now, "flush"]

    rng = random.Random(SEED + 1)

    def kill_after(_r: int, proc) -> None:  # while sending: after 1 to 6 more emails
        target = len(smtp_sink.received()) + rng.randint(1, 6)
        _wait_for(proc, lambda: len(smtp_sink.received()) >= target)
        time.sleep(rng.uniform(0.0, 0.01))

    def drained() -> bool:
        with db(settings) as con:
            return not con.execute("SELECT count(*) FROM outbox WHERE state='queued'").fetchone()[0]

    kills, rounds, _ = _kill_loop(args, env, logs, kill_after, drained)
    assert kills >= MIN_KILLS, (kills, rounds)
    # each flush sends 200 at most: run it until the queue is empty
    for r in range(3):
        assert run_cli(args(r), env, logs, f"final{r}") == 0

    kinds, twice, acked_twice = _sink_counts(smtp_sink)
    with db(settings) as con:
        states = Counter(s for (s,) in con.execute("SELECT state FROM outbox"))
        sent_ids = {row[0] for row in con.execute("SELECT eml FROM outbox WHERE state='sent'")}
    uncertain = [p for p in problems(ctx) if p.kind == "delivery-uncertain"]
    received_ids = {str(m["Message-ID"]) for m in smtp_sink.received()}
    sent_msgids = {_message_id(e) for e in sent_ids}
    report_figures(
        "outbox kill loop",
        queued=queued,
        kills=kills,
        rounds=rounds,
        received=len(kinds),
        received_by_kind=dict(Counter(kinds)),
        sent_twice=len(twice),
        acked_twice=len(acked_twice),
        delivery_uncertain=len(uncertain),
        states=dict(states),
    )
    assert twice == {} and acked_twice == {}
    assert states.get("queued", 0) == 0
    assert states["sent"] + len(uncertain) == queued  # nothing silently lost
    assert sent_msgids <= received_ids  # a row marked sent really reached the server


def _message_id(eml: bytes) -> str:
    from email import message_from_bytes, policy

    return str(message_from_bytes(eml, policy=policy.default)["Message-ID"])
