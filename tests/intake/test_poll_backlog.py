"""A backlog big enough for the worker processes (POOL_MIN messages or more), from a Maildir:
what one message teaches the poll must reach the messages after it in the same poll, as
it does when messages are read one at a time.

- a liaison's address learned from one mail attributes a later mail sent from it;
- a byte-identical copy of a mail taken in earlier (same poll, same chunk or not, or an
  earlier poll) is recorded as a duplicate and filed once.

And the workers yield the CPU to the poll process that feeds them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from intake import jobs
from intake.feed import POOL_CHUNK, POOL_MIN
from intake.feed.workers import Workers, pipe_limit
from intake.pipeline import Context
from intake.reading import WORKER_NICE
from rules.model import Known
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail, settings_for

NOW = datetime(2020, 11, 6, 12, 0, tzinfo=TZ)
START = datetime(2020, 11, 4, 9, 0, tzinfo=TZ)


@pytest.fixture
def ctx(tmp_path: Path) -> Context:
    return Context.open(settings_for(tmp_path))


def _filler(number: int) -> bytes:
    """A plain submission of a registered unit, with a file of its own."""
    plan = docx_bytes("肥城市职业中专活动周方案", f"第{number}份")
    return mail(
        sender="fczz@ta.shandong.cn",
        subject=f"肥城职专活动周宣传稿件{number}",
        files=[(f"稿件{number}.docx", plan)],
        message_id=f"<filler-{number}@fczz>",
    ).as_bytes()


def _deliver(ctx: Context, messages: list[bytes]) -> None:
    folder = ctx.settings.data_dir / "mail"
    for i, data in enumerate(messages):
        deliver_maildir(folder, data, START + timedelta(minutes=i))


def test_a_liaison_learned_in_a_poll_attributes_later_mail_in_it(ctx: Context) -> None:
    liaison = mail(
        sender="fczz@ta.shandong.cn",
        subject="肥城职专报送活动周联络员信息",
        body="联络员：张晓梅，职务：办公室主任，邮箱：zhxm2020@qq.com，手机：13905381234",
        message_id="<liaison@fczz>",
    ).as_bytes()

    def from_liaison(n: int) -> bytes:
        return mail(
            sender="zhxm2020@qq.com",
            subject="活动周宣传稿件",
            body="稿件见附件。",
            files=[(f"稿件-{n}.docx", docx_bytes("宣传稿件", f"稿件{n}"))],
            message_id=f"<from-liaison-{n}@qq.com>",
        ).as_bytes()

    # the liaison's mails: right after (same chunk) and in a later chunk
    messages = [liaison, from_liaison(1), *(_filler(n) for n in range(POOL_MIN)), from_liaison(2)]
    assert len(messages) - 1 > POOL_CHUNK
    _deliver(ctx, messages)
    report = jobs.poll_once(ctx, now=NOW)
    outcomes = {o.subject: o for o in report.outcomes}
    assert len(report.outcomes) == len(messages)
    later = [o for o in report.outcomes if o.from_addr == "zhxm2020@qq.com"]
    assert [(o.unit_id, o.unit_rule) for o in later] == [("fczz", "liaison-contact")] * 2
    assert outcomes["肥城职专报送活动周联络员信息"].unit_id == "fczz"


def test_copies_are_found_in_the_same_chunk_a_later_chunk_and_a_later_poll(
    ctx: Context,
) -> None:
    original = _filler(100)
    messages = [original, original, *(_filler(n) for n in range(POOL_MIN)), original]
    _deliver(ctx, messages)
    first = jobs.poll_once(ctx, now=NOW)
    states = [o.state for o in first.outcomes]
    assert states == ["done", "duplicate", *["done"] * POOL_MIN, "duplicate"]
    done = first.outcomes[0].ref
    assert {o.reason for o in first.outcomes if o.state == "duplicate"} == {
        f"copy of message #{done}"
    }

    # the next poll, a backlog again: the copy is found by the chunk's query
    _deliver(ctx, [*(_filler(n) for n in range(200, 200 + POOL_MIN)), original])
    second = jobs.poll_once(ctx, now=NOW)
    assert [o.state for o in second.outcomes][-1] == "duplicate"
    assert second.outcomes[-1].reason == f"copy of message #{done}"
    filed = list((ctx.archive.root / "fczz").rglob("*_稿件100.docx"))
    assert len(filed) == 1


def test_a_poll_stopped_after_a_chunk_was_staged_ahead_leaves_no_file_behind(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next chunk's files are staged while this one is recorded: a poll stopped then
    removes them, and the next poll takes in the rest, each message once."""
    import threading
    from concurrent.futures import Future, wait

    from intake.feed import _Batch

    submitted: list[Future] = []
    prepared: list[int] = []
    submit, prepare = Workers.submit, _Batch._prepare

    def recording_submit(self: Workers, items: list) -> Future | None:
        future = submit(self, items)
        if future is not None:
            submitted.append(future)
        return future

    def recording_prepare(self: _Batch, number: int) -> object:
        prepared.append(number)
        return prepare(self, number)

    monkeypatch.setattr(Workers, "submit", recording_submit)
    monkeypatch.setattr(_Batch, "_prepare", recording_prepare)
    messages = [_filler(n) for n in range(3 * POOL_CHUNK)]
    _deliver(ctx, messages)
    stop = threading.Event()
    seen: list[str] = []

    def on_outcome(outcome: object) -> None:
        seen.append(outcome.state)  # type: ignore[attr-defined]
        if len(seen) == 1:  # every chunk read: the next message stages the second ahead
            assert wait(submitted, timeout=120).not_done == set()
        if len(seen) == 2:
            stop.set()

    first = jobs.poll_once(ctx, now=NOW, stop=stop, on_outcome=on_outcome)
    assert prepared[:2] == [0, 1], "the second chunk was not staged ahead"
    assert [o.state for o in first.outcomes] == ["done", "done"]
    assert list(ctx.archive.root.rglob(".tmp-*")) == []  # staged ahead, then removed
    second = jobs.poll_once(ctx, now=NOW)
    assert [o.state for o in second.outcomes] == ["done"] * (len(messages) - 2)
    filed = list((ctx.archive.root / "fczz").rglob("*.docx"))
    assert len(filed) == len(messages)
    assert list(ctx.archive.root.rglob(".tmp-*")) == []


@pytest.fixture
def reader(ctx: Context) -> Iterator[Workers]:
    """A poll's worker pool, open, without a poll."""
    opened = Workers.open(ctx, Known())
    assert opened is not None, "this machine runs the poll without workers"
    yield opened
    opened.close()


def test_workers_run_at_a_lower_priority_than_the_poll(reader: Workers) -> None:
    # os.nice(0) returns the calling process's niceness without changing it
    worker = reader.pool.submit(os.nice, 0).result(timeout=60)
    assert worker == min(19, os.nice(0) + WORKER_NICE)


def test_the_pipes_to_and_from_the_workers_are_widened(reader: Workers) -> None:
    import fcntl

    assert pipe_limit() > 64 * 1024  # wider than Linux's default
    pool = reader.pool
    for conn in (pool._result_queue._reader, pool._call_queue._reader):
        assert fcntl.fcntl(conn.fileno(), fcntl.F_GETPIPE_SZ) >= pipe_limit()
