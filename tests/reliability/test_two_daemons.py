"""Two daemons on one mailbox and one database (failover, or one per office): one of them
is SIGKILLed again and again while the other keeps polling; nothing is lost, no message
is taken in twice, no email is sent twice.

Both run `intake poll` as real subprocesses against a real Dovecot, with an SMTP outbox to
an aiosmtpd sink in this process, each with a data folder of its own (instance lock,
ledger) and one archive they share (a symbolic link, as the same machine or an NFS mount
would give them), on this pass's engine (PostgreSQL with INTAKE_TEST_DB=postgresql, else
one SQLite file). The backlog arrives in two waves, the second resending files of the
first. Afterwards: one row per UID, all done; every daemon's ledger and log name each
message once at most (taken in once); every attachment filed once; no email twice at the
sink, no message acknowledged twice.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import threading
import time
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from intake.corrections import problems
from intake.pipeline import Context
from tests.fixtures.postgres import url_for
from tests.fixtures.servers import Dovecot, SmtpSink
from tests.intake.helpers import PASSWORD_ENV, TZ
from tests.reliability.common import (
    DB_NOT_READY,
    archive_files,
    campaign_message,
    db,
    duplicates,
    intake_env,
    report_figures,
    run_cli,
    start_cli,
    units,
    write_config,
)
from tests.reliability.test_crash_kill import _sink_counts

FIRST, SECOND = 150, 50  # the two waves of the backlog
MIN_KILLS = 20
MAX_ROUNDS = 200
SEED = 20201106


def _daemon(tmp_path: Path, name: str, shared: Path, url: str, dovecot: Dovecot, sink: SmtpSink):
    folder = tmp_path / name
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "archive").symlink_to(shared, target_is_directory=True)
    return write_config(
        folder,
        mailbox_url=dovecot.url,
        outbox_url=sink.url,
        mailbox_extra={"batch_size": "10", "max_per_run": "60"},
        store_url=url,
    )


@pytest.mark.slow
@pytest.mark.server
def test_two_daemons_one_killed_again_and_again_lose_and_repeat_nothing(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink
) -> None:
    url = url_for(tmp_path)
    if url.startswith("sqlite:///"):  # one file both find
        url = f"sqlite:///{tmp_path / 'shared.db'}"
    shared = tmp_path / "archive"
    shared.mkdir()
    cfg_a, settings_a = _daemon(tmp_path, "a", shared, url, dovecot, smtp_sink)
    cfg_b, _ = _daemon(tmp_path, "b", shared, url, dovecot, smtp_sink)
    who = units(settings_a)
    start = datetime(2020, 11, 4, 8, 0, tzinfo=TZ)
    expected_files: set[tuple[str, str]] = set()
    message_ids: list[str] = []

    def deliver(first: int, last: int) -> None:
        with dovecot.client() as c:
            for i in range(first, last):
                unit = who[i % len(who)]
                resend = i - FIRST if i >= FIRST and i % 2 else None  # wave 2 resends wave 1
                if resend is not None:
                    unit = who[resend % len(who)]
                when = start + timedelta(minutes=i)
                msg, files = campaign_message(i, unit, when, resend_of=resend)
                for _, data in files:
                    expected_files.add((unit[0], hashlib.sha256(data).hexdigest()))
                message_ids.append(str(msg["Message-ID"]))
                c.append("INBOX", msg.as_bytes(), msg_time=when)

    env = intake_env(**{PASSWORD_ENV: dovecot.password})
    logs = tmp_path / "logs"
    base = datetime(2020, 11, 5, 9, 0, tzinfo=TZ)

    def args(cfg: Path, r: int) -> list[str]:  # each daemon's clock moves 11 minutes a run
        now = base + timedelta(minutes=11 * r)
        return ["--config", str(cfg), "--now", now.isoformat(timespec="minutes"), "poll"]

    def done() -> int:
        try:
            with db(settings_a) as con:
                return Counter(s for (s,) in con.execute("SELECT state FROM messages"))["done"]
        except DB_NOT_READY:
            return 0

    # B: polls again and again, never killed, until told to stop
    stop = threading.Event()
    survivor_runs = [0]
    survivor_failed: list[str] = []

    def survivor() -> None:
        while not stop.is_set():
            tag = f"b{survivor_runs[0]:03d}"
            if run_cli(args(cfg_b, survivor_runs[0]), env, logs, tag) != 0:
                survivor_failed.append((logs / f"{tag}.err").read_text(errors="replace")[-2000:])
            survivor_runs[0] += 1

    rng = random.Random(SEED)
    kills = rounds = 0

    def kill_loop(target: int, min_kills: int) -> None:
        """A: started, SIGKILLed at a random point, restarted, until `target` messages are
        done and at least `min_kills` kills landed on a running process."""
        nonlocal kills, rounds
        landed = 0
        while (done() < target or landed < min_kills) and rounds < MAX_ROUNDS:
            proc = start_cli(args(cfg_a, rounds), env, logs, f"a{rounds:03d}")
            if rounds % 2 == 0:  # start-up, claiming, the first messages
                time.sleep(rng.uniform(0.3, 2.0))
            else:  # in the middle of the backlog, after a few more messages
                goal = done() + rng.randint(1, 8)
                deadline = time.monotonic() + 60
                while proc.poll() is None and done() < goal and time.monotonic() < deadline:
                    time.sleep(0.005)
                time.sleep(rng.uniform(0.0, 0.05))
            if proc.poll() is None:
                proc.kill()
                kills += 1
                landed += 1
            proc.wait(timeout=60)
            rounds += 1

    deliver(0, FIRST)
    thread = threading.Thread(target=survivor)
    thread.start()
    try:
        kill_loop(FIRST, MIN_KILLS // 2)
        deliver(FIRST, FIRST + SECOND)
        kill_loop(FIRST + SECOND, MIN_KILLS - MIN_KILLS // 2)
    finally:
        stop.set()
        thread.join(timeout=600)
    assert kills >= MIN_KILLS, (kills, rounds)
    assert survivor_failed == []
    # both finish cleanly: acknowledgements due later are queued and sent
    for r in range(3):
        for name, cfg in (("a", cfg_a), ("b", cfg_b)):
            n = rounds + survivor_runs[0] + r
            status = run_cli(args(cfg, n), env, logs, f"final-{name}{r}")
            assert status == 0, (logs / f"final-{name}{r}.err").read_text()

    total = FIRST + SECOND
    ctx = Context.open(settings_a)
    with db(settings_a) as con:
        rows = con.execute("SELECT uid, state, message_id FROM messages").fetchall()
        atts = con.execute(
            "SELECT a.path, a.sha256, m.unit_id, a.duplicate_of "
            "FROM attachments a JOIN messages m ON a.message_pk = m.id"
        ).fetchall()
        outbox_rows = con.execute("SELECT key, state FROM outbox").fetchall()
    # every message once, done
    assert duplicates(uid for uid, *_ in rows) == {}
    assert len(rows) == total
    assert Counter(state for _, state, _ in rows) == {"done": total}
    assert sorted(mid for *_, mid in rows) == sorted(message_ids)
    assert len(list((shared / "_raw").glob("*.eml"))) == total
    # taken in once: no message in both ledgers, or twice in one; no log says it twice
    noted = [
        json.loads(line)["uid"]
        for name in ("a", "b")
        for line in (tmp_path / name / "data" / "ledger" / "events.jsonl").read_text().splitlines()
        if json.loads(line)["event"] == "message"
    ]
    taken_twice = duplicates(noted)
    logged = [
        m.group(1)
        for f in logs.glob("*.err")
        for m in re.finditer(r"message (\S+) from \S+ taken in", f.read_text(errors="replace"))
    ]
    logged_twice = duplicates(logged)
    by_daemon = Counter(
        "a" if f.name.startswith(("a", "final-a")) else "b"
        for f in logs.glob("*.err")
        for _ in re.finditer(r" taken in: unit", f.read_text(errors="replace"))
    )
    assert taken_twice == {} and logged_twice == {}
    assert by_daemon["a"] > 0 and by_daemon["b"] > 0  # both took part
    # every attachment filed once, in the one shared archive
    filed = {p for p, _, _, dup in atts if p and dup is None}
    on_disk = {str(p.relative_to(shared)) for p in archive_files(shared)}
    assert ctx.archive.partial_files() == []
    assert on_disk == filed, (on_disk - filed, filed - on_disk)
    by_place: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p in on_disk:
        unit_id, category = Path(p).parts[:2]
        by_place[(unit_id, category)].append(hashlib.sha256((shared / p).read_bytes()).hexdigest())
    assert {k: duplicates(v) for k, v in by_place.items() if duplicates(v)} == {}
    resent = sum(1 for *_, dup in atts if dup is not None)
    assert resent > 0
    assert {(u, s) for (u, _), shas in by_place.items() for s in shas} == expected_files
    # no email twice
    kinds, twice, acked_twice = _sink_counts(smtp_sink)
    uncertain = [p for p in problems(ctx) if p.kind == "delivery-uncertain"]
    assert twice == {} and acked_twice == {}
    sent = [k for k, state in outbox_rows if state == "sent"]
    assert len(sent) == len(kinds)
    assert len(outbox_rows) == len(sent) + len(uncertain)
    report_figures(
        "two daemons, one killed",
        engine=url.split(":", 1)[0],
        messages=total,
        kills=kills,
        killed_daemon_runs=rounds,
        survivor_runs=survivor_runs[0],
        taken_in_by={"killed": by_daemon["a"], "survivor": by_daemon["b"]},
        lost=total - Counter(s for _, s, _ in rows)["done"],
        taken_twice=len(taken_twice) + len(logged_twice),
        files=len(on_disk),
        resent_files_not_filed_again=resent,
        emails_sent=len(kinds),
        emails_by_kind=dict(Counter(kinds)),
        emails_twice=len(twice),
        acked_twice=len(acked_twice),
        delivery_uncertain=len(uncertain),
    )
