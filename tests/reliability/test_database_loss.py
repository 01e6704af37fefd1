"""Losing or damaging the database never mails anyone twice, and never prints a traceback.

A campaign runs against a real SMTP server (aiosmtpd): acknowledgements, reminders, staff
corrections. Then the database is deleted, emptied or overwritten with garbage. Every
command refuses with one line saying what happened and what to do; `intake rebuild`
re-derives the store from the raw archive and the ledger, sends nothing, and ends with the
same status, the same emails in the same states, and the same corrections. Later cycles
send only what was still due: no acknowledgement or reminder twice, no finished unit
reminded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from intake import jobs, outgoing
from intake.context import Context
from intake.corrections import assign, reclassify
from intake.overrides import exempt, extend_deadline, record_offline
from intake.views import status_json
from tests.fixtures.postgres import on_postgres
from tests.fixtures.servers import SmtpSink, start_smtp
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail, settings_for
from tests.reliability.common import ROOT, intake_env, report_figures

# a SQLite file deleted, emptied or overwritten; PostgreSQL is restored from pg_dump
pytestmark = pytest.mark.skipif(
    on_postgres(), reason="SQLite files; PostgreSQL is restored from pg_dump (docs/operations.md)"
)

PLAN = docx_bytes("2020年职业教育活动周实施方案", "一、活动目的", "二、活动安排")
STRANGER_PLAN = docx_bytes("宁阳县教体局活动周方案")
ARTICLE = docx_bytes("宁阳职专开展活动")


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2020, 11, day, hour, minute, tzinfo=TZ)


LATER = (at(5, 9, 5), at(5, 18), at(6, 18), at(14, 9))


def cycle(ctx: Context, now: datetime) -> None:
    jobs.poll_once(ctx, now=now)
    outgoing.acknowledge(ctx, now)
    outgoing.remind(ctx, now)
    outgoing.flush(ctx, now)


def cli(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(cfg), *args],
        cwd=ROOT,
        env=intake_env(),
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def _campaign(tmp_path: Path, sink: SmtpSink) -> Context:
    """Four units submit, a stranger's mail is assigned by staff, one file reclassified,
    one unit exempted, one given more time, a paper submission recorded; acknowledgements
    and reminders go out."""
    ctx = Context.open(settings_for(tmp_path, outbox_url=sink.url))
    inbox = ctx.settings.path("data/mail")
    sends = [
        ("fczz@ta.shandong.cn", "肥城职专活动周方案", [("方案.docx", PLAN)], at(2, 9)),
        ("xtzz@ta.shandong.cn", "新泰职专活动周方案", [("活动周方案.docx", PLAN)], at(2, 9, 5)),
        (
            "zhang@qq.com",
            "活动周材料",
            [("材料.docx", docx_bytes("宁阳县教体局活动周方案"))],
            at(3, 9),
        ),
        (
            "nyzz@ta.shandong.cn",
            "宁阳职专材料",
            [("稿件.docx", docx_bytes("宁阳职专开展活动"))],
            at(3, 9, 5),
        ),
    ]
    for n, (sender, subject, files, when) in enumerate(sends):
        msg = mail(sender=sender, subject=subject, files=files, when=when, message_id=f"<m{n}@x>")
        deliver_maildir(inbox, msg, when)
    cycle(ctx, at(2, 10))
    cycle(ctx, at(3, 10))
    from sqlalchemy import select

    from intake.store import AttachmentRow, MessageRow

    with ctx.store.session() as s:
        stranger = s.scalars(select(MessageRow).where(MessageRow.from_addr == "zhang@qq.com")).one()
        article = s.scalars(
            select(AttachmentRow).where(AttachmentRow.filename == "稿件.docx")
        ).one()
    assign(ctx, f"#{stranger.id}", "ningyang", remember_sender=True, now=at(3, 11), who="tian")
    reclassify(ctx, f"a{article.id}", "plan", now=at(3, 11, 5), who="tian", note="其实是方案")
    exempt(ctx, "gaoxin", "plan", now=at(3, 11, 6), who="tian", note="并入区县方案")
    extend_deadline(ctx, "dpzz", "plan", at(9, 18), now=at(3, 11, 7), who="tian", note="延期")
    record_offline(
        ctx,
        "tawhys",
        "plan",
        "文化艺术学校方案.docx",
        PLAN,
        channel="纸质",
        received_at=at(3, 8),
        now=at(3, 11, 8),
        who="tian",
    )
    for now in (at(3, 12), at(4, 18), at(5, 9)):
        cycle(ctx, now)
    return ctx


def _snapshot(ctx: Context, now: datetime) -> tuple[dict, list, list]:
    from sqlalchemy import select

    from intake.store import AuditRow, OutboxRow

    status = status_json(ctx.settings.campaign, jobs.statuses(ctx, now), now)
    with ctx.store.session() as s:
        emails = sorted((o.key, o.state, tuple(o.recipients)) for o in s.scalars(select(OutboxRow)))
        audit = sorted((a.action, a.user, a.detail, a.note) for a in s.scalars(select(AuditRow)))
    return status, emails, audit


def _drop(settings_path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{settings_path}{suffix}").unlink(missing_ok=True)


@pytest.mark.parametrize("how", ["deleted", "emptied"])
def test_a_lost_database_refuses_to_start_and_rebuild_sends_nothing_twice(
    tmp_path: Path, smtp_sink: SmtpSink, how: str
) -> None:
    ctx = _campaign(tmp_path, smtp_sink)
    before = _snapshot(ctx, at(5, 9))
    sent_before = len(smtp_sink.received())
    assert sent_before >= 5  # acknowledgements and reminders went out
    db = Path(ctx.settings.store_url.removeprefix("sqlite:///"))
    ctx.store.engine.dispose()
    _drop(db)
    if how == "emptied":  # a new empty database in its place (a restore gone wrong)
        Context.open(ctx.settings, rebuilding=True).store.engine.dispose()
    cfg = tmp_path / "config.toml"
    for command in (["poll", "--once"], ["remind"], ["status"], ["digest"], ["flush"]):
        done = cli(cfg, *command, "--now", "2020-11-05T10:00")
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "intake rebuild" in lines[0], (command, done.stderr)
        assert "Traceback" not in done.stderr
    assert len(smtp_sink.received()) == sent_before
    rebuilt = cli(cfg, "rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "nothing was sent" in rebuilt.stdout
    assert len(smtp_sink.received()) == sent_before
    after_ctx = Context.open(ctx.settings)
    after = _snapshot(after_ctx, at(5, 9))
    assert after[0] == before[0]  # the same status, cell by cell
    assert after[1] == before[1]  # the same emails, in the same states
    assert after[2] == before[2]  # the same corrections in the audit log
    for now in LATER:  # the campaign goes on
        cycle(after_ctx, now)
    received = smtp_sink.received()
    twice = [k for k, n in Counter(str(m["Message-ID"]) for m in received).items() if n > 1]
    assert twice == []
    # exactly what the same campaign sends without the loss: nothing more, nothing less
    control_sink = start_smtp()
    try:
        (tmp_path / "control").mkdir()
        control = _campaign(tmp_path / "control", control_sink)
        control_before = len(control_sink.received())
        for now in LATER:
            cycle(control, now)
        expected = sorted(str(m["Message-ID"]) for m in control_sink.received()[control_before:])
    finally:
        control_sink.controller.stop()  # type: ignore[union-attr]
    assert sorted(str(m["Message-ID"]) for m in received[sent_before:]) == expected
    assert expected, "the campaign still sent something after the loss"
    report_figures(
        f"database {how}",
        emails_before=sent_before,
        sent_twice=len(twice),
        emails_after=len(received) - sent_before,
    )


def test_a_damaged_database_is_one_line_in_every_command(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    ctx = _campaign(tmp_path, smtp_sink)
    db = Path(ctx.settings.store_url.removeprefix("sqlite:///"))
    ctx.store.engine.dispose()
    _drop(db)
    db.write_bytes(b"this is not a database " * 1000)
    cfg = tmp_path / "config.toml"
    for command in (["poll", "--once"], ["status"], ["problems"], ["remind"], ["doctor"]):
        done = cli(cfg, *command)
        assert done.returncode != 0, command
        assert "Traceback" not in done.stderr + done.stdout
        output = (done.stderr + done.stdout).splitlines()
        damaged = [ln for ln in output if "is damaged" in ln]
        assert damaged and str(db) in damaged[0], (command, done.stderr, done.stdout)
    (tmp_path / "aside").mkdir()
    db.rename(tmp_path / "aside" / db.name)
    assert cli(cfg, "rebuild").returncode == 0
    assert json.loads(cli(cfg, "status", "--json", "--now", "2020-11-05T10:00").stdout)["units"]
