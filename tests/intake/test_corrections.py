"""Staff corrections: problems listed; assign/reclassify/ignore move files, update status and
are audited; a remembered sender's next mail lands directly."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from intake import jobs
from intake.cli import main
from intake.corrections import assign, ignore, problems, reclassify
from intake.pipeline import Context
from intake.store import AuditRow
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail, settings_for

NOW = datetime(2020, 11, 4, 12, 0, tzinfo=TZ)
PLAN = docx_bytes("2020年职业教育活动周实施方案", "一、活动目的", "二、活动安排")


@pytest.fixture()
def ctx(tmp_path: Path) -> Context:
    return Context.open(settings_for(tmp_path))


def deliver(ctx: Context, msg) -> None:
    deliver_maildir(ctx.settings.path("data/mail"), msg)


def _plan_state(ctx: Context, unit: str, now: datetime = NOW) -> str:
    us = next(s for s in jobs.statuses(ctx, now) if s.unit_id == unit)
    return next(r.state.value for r in us.requirements if r.requirement_id == "plan")


def test_unknown_sender_waits_then_assign_moves_files_and_remembers(ctx: Context) -> None:
    deliver(
        ctx, mail(sender="zhangsan1980@163.com", subject="活动周方案", files=[("方案.docx", PLAN)])
    )
    [outcome] = jobs.poll_once(ctx, now=NOW).outcomes
    assert outcome.unit_id is None and outcome.files[0].path.startswith("_unassigned/")
    listed = problems(ctx)
    assert [(p.kind, p.ref) for p in listed if p.kind == "unassigned"] == [
        ("unassigned", f"#{outcome.ref}")
    ]
    assert _plan_state(ctx, "xtzz") == "missing"

    row = assign(
        ctx,
        f"#{outcome.ref}",
        "xtzz",
        remember_sender=True,
        now=NOW,
        who="tester",
        note="phoned the school",
    )
    [att] = row.attachments
    assert att.path.startswith("xtzz/plan/")
    assert (ctx.archive.root / att.path).exists()
    assert not (ctx.archive.root / outcome.files[0].path).exists()
    assert _plan_state(ctx, "xtzz") == "complete"
    assert not [p for p in problems(ctx) if p.kind == "unassigned"]
    with ctx.store.session() as s:
        [audit] = s.scalars(select(AuditRow)).all()
        assert (audit.user, audit.action, audit.note) == ("tester", "assign", "phoned the school")
        assert "xtzz" in audit.detail and "remembered" in audit.detail

    # the next mail from that address lands directly, without naming the school
    deliver(
        ctx,
        mail(
            sender="zhangsan1980@163.com",
            subject="活动周宣传稿",
            files=[("稿件一.docx", docx_bytes("技能下乡进社区", "11月9日，……"))],
        ),
    )
    [second] = jobs.poll_once(ctx, now=NOW).outcomes
    assert second.unit_id == "xtzz"


def test_reclassify_moves_file_and_changes_status(ctx: Context) -> None:
    deliver(
        ctx, mail(sender="fczz@ta.shandong.cn", subject="肥城职专材料", files=[("材料.docx", PLAN)])
    )
    jobs.poll_once(ctx, now=NOW)
    with ctx.store.session() as s:
        from intake.store import AttachmentRow

        att_id = s.scalars(select(AttachmentRow.id)).one()
    att = reclassify(ctx, f"a{att_id}", "summary", now=NOW, who="tester")
    assert att.path.startswith("fczz/summary/") and (ctx.archive.root / att.path).exists()
    late = datetime(2020, 11, 17, tzinfo=TZ)
    us = next(s for s in jobs.statuses(ctx, late) if s.unit_id == "fczz")
    states = {r.requirement_id: r.state.value for r in us.requirements}
    assert states["summary"] == "complete" and states["plan"] == "missing"
    with pytest.raises(Exception, match="CATEGORY"):
        reclassify(ctx, f"a{att_id}", "poster", now=NOW, who="tester")


def test_ignore_takes_message_out_of_status(ctx: Context) -> None:
    deliver(
        ctx, mail(sender="fczz@ta.shandong.cn", subject="活动周方案", files=[("方案.docx", PLAN)])
    )
    [outcome] = jobs.poll_once(ctx, now=NOW).outcomes
    assert _plan_state(ctx, "fczz") == "complete"
    ignore(ctx, f"#{outcome.ref}", now=NOW, who="tester", note="test mail")
    assert _plan_state(ctx, "fczz") == "missing"


def test_cli_corrections_report_clear_errors(
    ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = str(ctx.settings.base / "config.toml")
    assert main(["--config", cfg, "assign", "#999", "fczz"]) == 1
    assert "no message #999" in capsys.readouterr().err
    assert main(["--config", cfg, "assign", "#1", "nosuchunit"]) == 1
    assert "no unit 'nosuchunit'" in capsys.readouterr().err
    assert main(["--config", cfg, "reprocess"]) == 1
    assert "--failed" in capsys.readouterr().err


def test_reprocess_reruns_stored_raw_mail(ctx: Context) -> None:
    deliver(
        ctx, mail(sender="fczz@ta.shandong.cn", subject="活动周方案", files=[("方案.docx", PLAN)])
    )
    [first] = jobs.poll_once(ctx, now=NOW).outcomes
    [again] = jobs.reprocess(ctx, [f"#{first.ref}"], failed=False, now=NOW)
    assert again.state == "done" and again.unit_id == "fczz"
    assert again.files[0].path == first.files[0].path
    files = [p for p in (ctx.archive.root / "fczz").rglob("*") if p.is_file()]
    assert len(files) == 1


def test_resend_requeues_an_uncertain_delivery(
    ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    from intake import outgoing
    from intake.store import OutboxRow

    deliver(
        ctx, mail(sender="fczz@ta.shandong.cn", subject="活动周方案", files=[("方案.docx", PLAN)])
    )
    jobs.poll_once(ctx, now=NOW)
    outgoing.acknowledge(ctx, NOW)
    with ctx.store.session() as s:  # as a kill between 'sending' and 'sent' leaves it
        row = s.scalars(select(OutboxRow)).one()
        row.state = "sending"
        ref = f"o{row.id}"
    assert [p.ref for p in problems(ctx) if p.kind == "delivery-uncertain"] == [ref]
    cfg = str(ctx.settings.base / "config.toml")
    assert main(["--config", cfg, "--now", "2020-11-04T12:05", "resend", ref]) == 0
    assert "1 email(s) queued again; sent 1" in capsys.readouterr().out
    assert not [p for p in problems(ctx) if p.kind.startswith("delivery")]
    assert main(["--config", cfg, "resend", ref]) == 1
    assert "is sent, not failed or uncertain" in capsys.readouterr().err
