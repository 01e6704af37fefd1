"""The acknowledgement pass over a backlog: it reads the store a chunk at a time and each
unit's own items (issue 22), and still queues one 回执 per recipient and unit covering
each pending message once, the same mail whatever the chunk size. On the pass's engine
(INTAKE_TEST_DB: SQLite, or PostgreSQL in the second pass)."""

from __future__ import annotations

import email
import json
from datetime import datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake import jobs, outgoing
from intake.outgoing import acknowledgements
from intake.pipeline import Context
from intake.store import MessageRow, OutboxRow
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail, settings_for

NOW = datetime(2020, 11, 9, 10, 0, tzinfo=TZ)
SENDERS = {"fczz@ta.shandong.cn": 7, "tsqjtj@ta.shandong.cn": 3}  # unit address: messages


def _backlog(folder: Path) -> Context:
    """Ten messages of two units taken in, none acknowledged yet."""
    folder.mkdir(parents=True, exist_ok=True)
    ctx = Context.open(settings_for(folder))
    for sender, count in SENDERS.items():
        for i in range(count):
            deliver_maildir(
                ctx.settings.path("data/mail"),
                mail(
                    sender=sender,
                    subject=f"活动周宣传稿件{i}",
                    files=[(f"宣传稿件{i}.docx", docx_bytes(f"{sender}的宣传稿件{i}", "活动"))],
                    message_id=f"<{i}.{sender}>",
                ),
                datetime(2020, 11, 9, 9, i, tzinfo=TZ),
            )
    jobs.poll_once(ctx, now=NOW)
    return ctx


def _acks(ctx: Context) -> dict[str, email.message.EmailMessage]:
    """The queued acknowledgements by recipient."""
    with ctx.store.session() as s:
        rows = s.execute(select(OutboxRow.recipients, OutboxRow.eml).where(OutboxRow.kind == "ack"))
        return {
            to[0]: email.message_from_bytes(eml, policy=policy.default)  # type: ignore[misc]
            for to, eml in rows
        }


def _text(msg: email.message.EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_a_backlog_larger_than_a_chunk_is_acknowledged_once_per_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(acknowledgements, "ACK_CHUNK", 3)  # 7 messages: three chunks
    ctx = _backlog(tmp_path)
    assert outgoing.acknowledge(ctx, NOW) == 2
    acks = _acks(ctx)
    assert sorted(acks) == sorted(SENDERS)
    for sender, count in SENDERS.items():
        text = _text(acks[sender])
        for i in range(count):
            assert text.count(f"宣传稿件{i}.docx") == 1, (sender, i)
            assert f"<{i}.{sender}>" in acks[sender]["References"]
        assert f"宣传稿件{count}.docx" not in text
    with ctx.store.session() as s:
        query = select(MessageRow.ack_state, func.count()).group_by(MessageRow.ack_state)
        states = {state: n for state, n in s.execute(query)}
    assert states == {"queued": 10}
    # the ledger notes which messages each acknowledgement covers: each once
    events = ctx.settings.path("data/ledger/events.jsonl").read_text(encoding="utf-8")
    covers = [json.loads(line).get("covers") for line in events.splitlines()]
    covered = [tuple(c) for group in covers if group for c in group]
    assert len(covered) == len(set(covered)) == 10
    # nothing is pending any more: a second pass queues nothing
    assert outgoing.acknowledge(ctx, NOW) == 0
    assert len(_acks(ctx)) == 2


def test_the_chunk_size_does_not_change_the_acknowledgement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _backlog(tmp_path / "whole")
    assert outgoing.acknowledge(whole, NOW) == 2
    monkeypatch.setattr(acknowledgements, "ACK_CHUNK", 2)
    chunked = _backlog(tmp_path / "chunked")
    assert outgoing.acknowledge(chunked, NOW) == 2
    a, b = _acks(whole), _acks(chunked)
    assert a.keys() == b.keys()
    for to in a:
        assert _text(a[to]) == _text(b[to])
        assert a[to].get_body(("html",)).get_content() == b[to].get_body(("html",)).get_content()
        for header in ("Subject", "Message-ID", "In-Reply-To", "References"):
            assert a[to][header] == b[to][header]


def test_one_acknowledgement_lists_at_most_its_cap_and_the_rest_wait_for_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A recipient with more pending mail than one 回执 lists gets the oldest now and the
    rest in the next one, after the interval: each message once."""
    monkeypatch.setattr(acknowledgements, "ACK_MAX_MESSAGES", 4)
    ctx = _backlog(tmp_path)
    assert outgoing.acknowledge(ctx, NOW) == 2
    first = _text(_acks(ctx)["fczz@ta.shandong.cn"])
    assert [f"宣传稿件{i}.docx" in first for i in range(7)] == [True] * 4 + [False] * 3
    assert outgoing.acknowledge(ctx, NOW) == 0  # within the interval: the rest wait
    later = NOW + ctx.settings.outbox.ack_delay + timedelta(minutes=1)
    assert outgoing.acknowledge(ctx, later) == 1
    with ctx.store.session() as s:
        rows = s.execute(select(OutboxRow.recipients, OutboxRow.eml).where(OutboxRow.kind == "ack"))
        emls = [eml for to, eml in rows if to == ["fczz@ta.shandong.cn"]]
    assert len(emls) == 2
    texts = [_text(email.message_from_bytes(e, policy=policy.default)) for e in emls]  # type: ignore[arg-type]
    for i in range(7):
        assert sum(t.count(f"宣传稿件{i}.docx") for t in texts) == 1, i
