"""Claims and outbox claims with several daemons on one database, on SQLite and on
PostgreSQL: each message is claimed by one store, a live daemon's claims stay its own,
a killed one's are taken over once, and each queued email is claimed by one flush. The
other daemons are real processes (killed with SIGKILL) or stores in threads.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, text, update

from intake.store import MessageRow, OutboxRow, Store
from intake.store.claims import NAMESPACE, lock_key
from tests.fixtures.postgres import url_for
from tests.intake.helpers import ROOT

NOW = datetime(2020, 11, 5, 1, 0, tzinfo=UTC)
BOX, VALIDITY = "INBOX", 7

# a daemon in another process: claims argv[2] (comma-separated), prints what it got, then
# dies by SIGKILL ("die") or lives until its stdin closes ("live")
_CLAIMER = """
import os, signal, sys
from datetime import UTC, datetime
from pathlib import Path
from intake.store import Store
store = Store.open(sys.argv[1])
got = store.claim("INBOX", 7, sys.argv[2].split(","), datetime.now(UTC))
print(",".join(got), flush=True)
if sys.argv[3] == "die":
    os.kill(os.getpid(), signal.SIGKILL)
sys.stdin.read()
"""


def _claimer(url: str, uids: list[str], how: str) -> tuple[subprocess.Popen[str], list[str]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", _CLAIMER, url, ",".join(uids), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if how == "die":
        proc.wait(timeout=30)
    return proc, line.split(",") if line else []


def _redo_once_settled(store: Store, expected: int) -> list[str]:
    """poll_state's redo list once `expected` claims are there: PostgreSQL drops a killed
    client's lock when its server process notices the closed socket, a moment later."""
    deadline = time.monotonic() + 20
    while True:
        redo = store.poll_state(BOX, VALIDITY)[0]
        if len(redo) >= expected or time.monotonic() > deadline:
            return sorted(redo, key=int)
        time.sleep(0.05)


def _uids(first: int, last: int) -> list[str]:
    return [str(i) for i in range(first, last + 1)]


def test_two_stores_claiming_at_once_never_claim_one_message_twice(any_store_url: str) -> None:
    stores = [Store.open(any_store_url), Store.open(any_store_url)]
    everything = _uids(1, 240)
    got: list[list[str]] = [[], []]
    errors: list[BaseException] = []

    ready = threading.Barrier(2)

    def run(n: int) -> None:
        rng = random.Random(n)
        starts = list(range(0, len(everything), 20))
        ready.wait()
        try:  # overlapping batches, from either end, shuffled
            for start in starts if n == 0 else reversed(starts):
                batch = everything[max(0, start - 10) : start + 30]
                rng.shuffle(batch)
                got[n].extend(stores[n].claim(BOX, VALIDITY, batch, NOW))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert set(got[0]) & set(got[1]) == set()  # (a store's own claim comes back to it)
    assert set(got[0]) | set(got[1]) == set(everything)
    with stores[0].session() as s:
        holders = dict(s.execute(select(MessageRow.uid, MessageRow.claimed_by)).all())
    assert {u for u, by in holders.items() if by == stores[0].holder.token} == set(got[0])
    for store in stores:
        store.close()


def test_a_live_daemons_claims_stay_its_own_and_a_killed_ones_are_taken_over_once(
    any_store_url: str,
) -> None:
    url = any_store_url
    mine = Store.open(url)
    alive, alive_got = _claimer(url, _uids(1, 10), "live")
    try:
        assert alive_got == _uids(1, 10)
        assert mine.poll_state(BOX, VALIDITY) == ([], 10)  # not ours to redo
        assert mine.claim(BOX, VALIDITY, _uids(1, 12), NOW) == ["11", "12"]
        _, killed_got = _claimer(url, _uids(13, 20), "die")
        assert killed_got == _uids(13, 20)
        # its own unfinished claims, and the dead daemon's: to be done again
        assert _redo_once_settled(mine, 10) == _uids(11, 20)
        assert mine.poll_state(BOX, VALIDITY)[1] == 20
        other = Store.open(url)
        taken: list[list[str]] = [[], []]

        def take(n: int, store: Store) -> None:
            taken[n] = store.claim(BOX, VALIDITY, _uids(13, 20), NOW)

        threads = [threading.Thread(target=take, args=(n, s)) for n, s in enumerate((mine, other))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert set(taken[0]) & set(taken[1]) == set()
        assert sorted(taken[0] + taken[1], key=int) == _uids(13, 20)
        assert mine.claim(BOX, VALIDITY, _uids(1, 10), NOW) == []  # still alive: still its
    finally:
        alive.kill()
        alive.wait(timeout=30)
    redo = _redo_once_settled(mine, 12 + len(taken[0]))  # the live one's, once it died
    assert redo == sorted(_uids(1, 12) + taken[0], key=int)
    assert mine.claim(BOX, VALIDITY, _uids(1, 10), NOW) == _uids(1, 10)  # now it died
    other.close()
    mine.close()


def test_a_finished_message_is_never_claimed_again(any_store_url: str) -> None:
    store = Store.open(any_store_url)
    assert store.claim(BOX, VALIDITY, ["1", "2"], NOW) == ["1", "2"]
    with store.transaction() as conn:
        conn.execute(update(MessageRow).where(MessageRow.uid == "1").values(state="done"))
    store.close()
    again = Store.open(any_store_url)  # a restart: the old claim's holder is gone
    assert again.poll_state(BOX, VALIDITY) == (["2"], 2)
    assert again.claim(BOX, VALIDITY, ["1", "2", "3"], NOW) == ["2", "3"]
    again.close()


def _queue(store: Store, n: int) -> None:
    with store.session() as s:
        for i in range(n):
            assert Store.enqueue(
                s,
                key=f"ack:unit{i}@school.cn:{i}",
                kind="ack",
                unit_id=f"u{i}",
                recipients=[f"unit{i}@school.cn"],
                subject=f"回执 {i}",
                eml=b"Subject: x\r\n\r\nbody\r\n",
                now=NOW,
            )
        assert not Store.enqueue(  # a key queued before is a no-op
            s,
            key="ack:unit0@school.cn:0",
            kind="ack",
            unit_id="u0",
            recipients=["unit0@school.cn"],
            subject="again",
            eml=b"",
            now=NOW,
        )


def test_each_queued_email_is_claimed_by_one_flush(any_store_url: str) -> None:
    stores = [Store.open(any_store_url), Store.open(any_store_url)]
    _queue(stores[0], 150)
    got: list[list[int]] = [[], []]

    def flush(n: int) -> None:
        while due := stores[n].outbox_due(NOW, limit=20):
            got[n].extend(row.id for row in due if stores[n].claim_email(row.id))

    threads = [threading.Thread(target=flush, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(got[0]) & set(got[1]) == set()
    assert len(got[0]) + len(got[1]) == 150
    with stores[0].session() as s:
        assert set(s.scalars(select(OutboxRow.state))) == {"sending"}
    for store in stores:
        store.close()


def test_uids_as_numbers_a_32_bit_uidvalidity_and_maildir_keys(any_store_url: str) -> None:
    store = Store.open(any_store_url)
    top = 4_294_967_295  # UIDVALIDITY is unsigned 32-bit: past PostgreSQL's INTEGER
    assert store.claim(BOX, top, ["5", "100", "99"], NOW) == ["5", "100", "99"]
    keys = ["1604456789.M1P2Q3.host", "1604456790.M4P5Q6.host"]
    assert store.claim("maildir", 0, keys, NOW) == keys
    assert store.poll_state(BOX, top) == (["5", "100", "99"], 100)
    assert store.last_uid(BOX, top) == 100
    assert store.last_uid("maildir", 0) == 0  # a Maildir key is not a number
    with store.session() as s:
        assert set(s.scalars(select(MessageRow.uidvalidity))) == {top, 0}
    store.close()


def test_long_and_nul_header_values_are_stored_on_either_engine(any_store_url: str) -> None:
    """SQLite keeps any length and NUL characters; PostgreSQL refuses both: hostile
    headers must not stop the poll on one engine only."""
    store = Store.open(any_store_url)
    [uid] = store.claim(BOX, VALIDITY, ["1"], NOW)
    long_id = "<" + "x" * 900 + "@evil>"
    with store.transaction() as conn:
        conn.execute(
            update(MessageRow)
            .where(MessageRow.uid == uid)
            .values(
                message_id=long_id,
                from_addr="a" * 400 + "@evil.cn",
                subject="方案\x00附件",
                state="done",
            )
        )
    with store.session() as s:
        row = s.scalars(select(MessageRow)).one()
    assert row.message_id == long_id[:500] and len(row.from_addr) == 320
    expected = "方案\ufffd附件" if store.engine.dialect.name == "postgresql" else "方案\x00附件"
    assert row.subject == expected
    assert store.done_copy(long_id, "", exclude=0) == row.id  # looked up as it is stored
    store.close()


def test_a_claim_lock_the_server_dropped_is_taken_anew(tmp_path: Path) -> None:
    """PostgreSQL ended the session that held this daemon's lock (a restart, a network
    cut): others may take its claims over, so it claims under a new token, and its old
    claims are redone once, by whoever claims them first."""
    url = url_for(tmp_path, "postgresql")
    store = Store.open(url)
    assert store.claim(BOX, VALIDITY, ["1", "2"], NOW) == ["1", "2"]
    old = store.holder.token
    with store.engine.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' "
                "AND classid = :ns AND objid = :key"
            ),
            {"ns": NAMESPACE, "key": lock_key(old)},
        )
        conn.commit()
    held = text(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = :ns "
        "AND objid = :key"
    )
    deadline = time.monotonic() + 20  # the server process ends a moment later
    while time.monotonic() < deadline:
        with store.engine.connect() as conn:
            if not conn.scalar(held, {"ns": NAMESPACE, "key": lock_key(old)}):
                break
        time.sleep(0.05)
    assert store.claim(BOX, VALIDITY, ["1", "2", "3"], NOW) == ["1", "2", "3"]
    assert store.holder.token != old
    store.close()
