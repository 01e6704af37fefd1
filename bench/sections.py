"""The other bench sections: latency, idle poll cost, a shared mailbox, one big attachment.

latency  the daemon (intake.daemon.Daemon, IDLE on) from APPEND to the acknowledgement
         arriving at the SMTP sink, one message at a time
poll     a poll with nothing new on a folder of 10,000 recorded messages: on a held
         connection and with a fresh login (Dovecot tuned as a server in service is,
         see bench.servers.TUNED_DOVECOT, and with the test fixture's defaults)
shared   20,000 unrelated + 300 campaign messages: bytes received from the server by
         the first poll, over the bytes of the campaign messages
memory   peak RSS of the backlog run (from `backlog`) and of one 25 MB attachment
"""

from __future__ import annotations

import statistics
import time
from datetime import datetime, timedelta
from typing import Any

from bench.data import (
    START,
    TZ,
    Attachments,
    BenchUnit,
    big_mail,
    campaign_mail,
    campaign_mails,
    unrelated_mails,
)
from bench.servers import NOW, Servers, child


def measure_latency(
    srv: Servers, count: int, units: list[BenchUnit], atts: Attachments
) -> dict[str, Any]:
    """The daemon, IDLE on, ack_interval 1s; one message at a time from distinct senders."""
    import logging
    import random

    from intake.config import load_config
    from intake.context import Context
    from intake.daemon import Daemon

    logging.getLogger().setLevel(logging.ERROR)
    with srv.client("Latency"):
        pass
    config = srv.config("latency", "Latency", smtp=True, ack_interval="1s")
    ctx = Context.open(load_config(config))
    # the liaisons' own addresses, as staff confirmed them: only verified addresses are
    # acknowledged (intake.trust), and a distinct sender per message keeps each one's
    # acknowledgement out of the previous one's ack_interval
    from intake.store import SenderRow

    with ctx.store.session() as s:
        for i in range(count):
            unit = units[i % len(units)]
            s.add(
                SenderRow(
                    address=f"liaison{i}@{unit.id}.edu.cn",
                    unit_id=unit.id,
                    learned_at=datetime.now(TZ),
                )
            )
    daemon = Daemon(ctx)
    daemon.start()
    rng = random.Random(3)
    samples: list[float] = []
    timeouts = 0
    try:
        time.sleep(1.0)  # the first poll and the IDLE watcher get going
        conn = srv.client("Latency")
        for i in range(count):
            unit = units[i % len(units)]
            sender = f"liaison{i}@{unit.id}.edu.cn"
            raw = campaign_mail(10_000 + i, unit, atts, rng, when=datetime.now(TZ), sender=sender)
            before = len(srv.smtp.received())
            t0 = time.perf_counter()
            conn.append("Latency", raw)
            deadline = t0 + 30
            got = False
            while time.perf_counter() < deadline:
                if any(sender in str(m["To"]) for m in srv.smtp.received()[before:]):
                    got = True
                    break
                time.sleep(0.005)
            if got:
                samples.append(time.perf_counter() - t0)
            else:
                timeouts += 1
        conn.logout()
    finally:
        daemon.shutdown()
    samples.sort()
    return {
        "messages": count,
        "acknowledged": len(samples),
        "timeouts": timeouts,
        "median_s": statistics.median(samples) if samples else None,
        "p95_s": samples[max(0, int(len(samples) * 0.95) - 1)] if samples else None,
        "max_s": samples[-1] if samples else None,
        "watcher": "intake.daemon.Daemon + intake.idle.IdleWatcher",
    }


# --- 3. idle poll cost -----------------------------------------------------------------


def _tiny(i: int) -> bytes:
    return (
        f"From: someone{i}@office.example.cn\r\nTo: x@example.cn\r\nSubject: note {i}\r\n"
        f"Message-ID: <t{i}@office.example.cn>\r\nDate: Mon, 2 Nov 2020 08:00:00 +0800\r\n\r\n"
        f"hello {i}\r\n"
    ).encode()


def measure_poll(srv: Servers, size: int = 10_000, rounds: int = 200) -> dict[str, Any]:
    """Polls with nothing new on a folder whose messages are all recorded in the store."""
    from intake import jobs
    from intake.config import load_config
    from intake.context import Context
    from intake.sources import open_source
    from intake.store import MessageRow

    srv.append("Poll", [_tiny(i) for i in range(size)])
    ctx = Context.open(load_config(srv.config("poll", "Poll")))
    source = open_source(ctx.settings)
    uidvalidity = source.open()
    uids = source.new_uids(0, recorded=set)
    with ctx.store.engine.begin() as conn:  # recorded as the pipeline leaves them: ignored
        conn.execute(
            MessageRow.__table__.insert(),
            [
                {
                    "mailbox": source.name,
                    "uidvalidity": uidvalidity,
                    "uid": u,
                    "state": "ignored",
                    "claimed_at": NOW,
                    "error": "",
                    "message_id": "",
                    "sha256": "",
                    "size": 0,
                    "raw_path": "",
                    "subject": "",
                    "from_addr": "",
                    "from_name": "",
                    "reply_to": "",
                    "references": "",
                    "flags": [],
                    "problems": [],
                    "relevance": "bench",
                    "unit_rule": "",
                    "unit_evidence": [],
                    "candidates": [],
                    "new_sender": False,
                    "notes": [],
                    "body_facts": {},
                    "may_reply": False,
                    "ack_state": "none",
                }
                for u in uids
            ],
        )
    held: list[float] = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        report = jobs.poll_once(ctx, now=NOW, source=source)
        held.append(time.perf_counter() - t0)
        assert not report.outcomes, "the poll found mail that is recorded"
    source.close()

    def fresh_polls() -> list[float]:
        times: list[float] = []
        for _ in range(max(20, rounds // 10)):
            t0 = time.perf_counter()
            report = jobs.poll_once(ctx, now=NOW)  # opens, logs in, selects, closes
            times.append(time.perf_counter() - t0)
            assert not report.outcomes
        return times

    fresh = fresh_polls()
    srv.tune(False)  # the test fixture's defaults: a process per login, Maildir re-scanned
    try:
        fresh_default = fresh_polls()
    finally:
        srv.tune(True)
    return {
        "mailbox_messages": len(uids),
        "held_ms_median": statistics.median(held) * 1000,
        "held_ms_p95": sorted(held)[int(len(held) * 0.95) - 1] * 1000,
        "fresh_ms_median": statistics.median(fresh) * 1000,
        "fresh_ms_p95": sorted(fresh)[int(len(fresh) * 0.95) - 1] * 1000,
        "fresh_ms_median_default_dovecot": statistics.median(fresh_default) * 1000,
    }


# --- 4. shared mailbox -----------------------------------------------------------------


def measure_shared(
    srv: Servers, other: int, campaign: int, units: list[BenchUnit], atts: Attachments
) -> dict[str, Any]:
    unrelated = unrelated_mails(other)
    ours = campaign_mails(campaign, units, atts=atts, seed=19)
    step = max(1, other // max(1, campaign))
    mails: list[bytes] = []
    wanted = 0
    for i, m in enumerate(unrelated):  # campaign mail scattered through the office's mail
        mails.append(m)
        if i % step == step - 1 and wanted < campaign:
            mails.append(ours[wanted])
            wanted += 1
    mails.extend(ours[wanted:])
    dates = [START + timedelta(seconds=11 * i) for i in range(len(mails))]
    srv.append("Shared", mails, dates)
    campaign_bytes = sum(map(len, ours))
    del mails, unrelated
    result = child(srv.config("shared", "Shared", max_per_run=1_000_000), NOW, count_bytes=True)
    plain = child(
        srv.config("shared-plain", "Shared", max_per_run=1_000_000, compress=False),
        NOW,
        count_bytes=True,
    )
    return {
        "ratio_uncompressed": plain["bytes_received"] / campaign_bytes,
        "unrelated": other,
        "campaign": campaign,
        "campaign_bytes": campaign_bytes,
        "bytes_received": result["bytes_received"],
        "ratio": result["bytes_received"] / campaign_bytes,
        "states": result["states"],
        "seconds": result["seconds"],
    }


# --- 5. memory -------------------------------------------------------------------------


def measure_memory(
    srv: Servers, units: list[BenchUnit], backlog: dict[str, Any] | None, big_mb: int = 25
) -> dict[str, Any]:
    size = big_mb * 1024 * 1024
    srv.append("Big", [big_mail(units[0], size)])
    result = child(srv.config("big", "Big"), NOW)
    return {
        "backlog_rss_mb": backlog["rss_mb"] if backlog else None,
        "backlog_rss_workers_mb": backlog["rss_workers_mb"] if backlog else None,
        "big_attachment_mb": big_mb,
        "big_rss_mb": result["rss_mb"],
        "big_target_mb": 100 + 3 * big_mb,
        "big_states": result["states"],
    }
