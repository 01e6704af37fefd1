"""Staff overrides end to end against a real SMTP server: accept or reject an unreadable
file (请重新报送 mailed to the verified address), confirm a liaison, record a submission
that came on paper, exempt a unit, extend its deadline; status and reminders follow."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from intake import jobs, outgoing
from intake.context import Context
from intake.overrides import (
    accept_file,
    confirm_liaison,
    exempt,
    extend_deadline,
    record_offline,
    reject_file,
)
from intake.store import AttachmentRow, ItemRow, MessageRow
from intake.trust import Trust
from rules.model import State
from tests.fixtures.servers import SmtpSink
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail, settings_for

PLAN = docx_bytes("肥城职专2020年职业教育活动周实施方案", "一、活动目的", "二、活动安排")
BROKEN = PLAN[: len(PLAN) // 2]  # a truncated docx


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2020, 11, day, hour, minute, tzinfo=TZ)


def state(ctx: Context, unit: str, requirement: str, now: datetime) -> State:
    status = next(s for s in jobs.statuses(ctx, now) if s.unit_id == unit)
    return next(r for r in status.requirements if r.requirement_id == requirement).state


def _broken_plan(ctx: Context) -> str:
    deliver_maildir(
        ctx.settings.path("data/mail"),
        mail(
            sender="fczz@ta.shandong.cn",
            subject="肥城职专活动周方案",
            files=[("方案.docx", BROKEN)],
            message_id="<b@fczz>",
        ),
        at(3, 9),
    )
    jobs.poll_once(ctx, now=at(3, 10))
    with ctx.store.session() as s:
        att = s.scalars(select(AttachmentRow)).one()
        assert att.doc_status == "unreadable"
        return f"a{att.id}"


def test_an_unreadable_file_waits_until_staff_accept_it(tmp_path: Path) -> None:
    ctx = Context.open(settings_for(tmp_path))
    ref = _broken_plan(ctx)
    assert state(ctx, "fczz", "plan", at(4)) is State.PARTIAL  # received, 待补正
    accept_file(ctx, ref, now=at(3, 11), who="tian", note="打开后内容完整")
    assert state(ctx, "fczz", "plan", at(4)) is State.COMPLETE


def test_rejecting_a_file_mails_the_reason_to_the_verified_address(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    ctx = Context.open(settings_for(tmp_path, outbox_url=smtp_sink.url))
    ref = _broken_plan(ctx)
    number = reject_file(ctx, ref, "文件损坏，无法打开", now=at(3, 11), who="tian")
    assert number > 0
    assert outgoing.flush(ctx, at(3, 11)).sent >= 1
    resubmit = [m for m in smtp_sink.received() if m["X-Notice-Intake"] == "resubmit"]
    assert [str(m["To"]) for m in resubmit] == ["fczz@ta.shandong.cn"]
    text = resubmit[0].get_body(("plain",)).get_content()
    assert "文件损坏，无法打开" in text and "重新报送" in text
    assert state(ctx, "fczz", "plan", at(4)) is State.PARTIAL


def test_a_confirmed_liaison_receives_the_units_mail(tmp_path: Path) -> None:
    ctx = Context.open(settings_for(tmp_path))
    table = [
        ["单位", "姓名", "职务", "邮箱", "手机号码"],
        ["肥城市职业中等专业学校", "王强", "办公室主任", "wq@163.com", "13805381234"],
    ]
    deliver_maildir(
        ctx.settings.path("data/mail"),
        mail(
            sender="stranger@qq.com",
            subject="肥城职专联络员",
            files=[("联络员.docx", docx_bytes("联络员信息", table=table))],
            message_id="<c@x>",
        ),
        at(3, 9),
    )
    jobs.poll_once(ctx, now=at(3, 10))
    assert not Trust.load(ctx).verified("wq@163.com", "fczz")
    with ctx.store.session() as s:
        ref = f"#{s.scalars(select(MessageRow.id)).one()}"
    confirm_liaison(ctx, ref, now=at(3, 11), who="tian")
    trust = Trust.load(ctx)
    assert trust.verified("wq@163.com", "fczz")
    assert trust.recipients("fczz")[0] == "wq@163.com"


def test_an_offline_submission_counts_and_is_marked(tmp_path: Path) -> None:
    ctx = Context.open(settings_for(tmp_path))
    number = record_offline(
        ctx,
        "xtzz",
        "plan",
        "新泰职专方案.docx",
        PLAN,
        channel="微信",
        received_at=at(4, 15),
        now=at(4, 16),
        who="tian",
        note="微信群发来",
    )
    assert state(ctx, "xtzz", "plan", at(5)) is State.COMPLETE
    with ctx.store.session() as s:
        sources = set(s.scalars(select(ItemRow.source).where(ItemRow.message_pk == number)))
        path = s.scalars(select(AttachmentRow.path)).one()
    assert sources == {"offline"}
    assert path.startswith("xtzz/plan/") and ctx.archive.abs(path).read_bytes() == PLAN


def test_exempt_and_extended_units_are_not_reminded_on_the_common_dates(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    ctx = Context.open(settings_for(tmp_path, outbox_url=smtp_sink.url))
    exempt(ctx, "gaoxin", "plan", now=at(1), who="tian", note="并入区县方案")
    for req in ("plan", "column_url", "contact"):
        extend_deadline(ctx, "fczz", req, at(9, 18), now=at(1), who="tian", note="延期")
    assert state(ctx, "gaoxin", "plan", at(6)) is State.EXEMPT
    outgoing.remind(ctx, at(5, 9, 30))
    outgoing.flush(ctx, at(5, 9, 30))
    reminded = {str(m["X-Notice-Intake-Unit"]) for m in smtp_sink.received()}
    assert "fczz" not in reminded  # its own deadline is 11-09
    keys = [
        str(m["X-Notice-Intake-Key"])
        for m in smtp_sink.received()
        if str(m["X-Notice-Intake-Unit"]) == "gaoxin"
    ]
    assert keys and all("plan" not in k.split(":")[2].split("+") for k in keys)
    outgoing.remind(ctx, at(9, 9, 30))  # the 09:00 point of fczz's own due day
    outgoing.flush(ctx, at(9, 9, 30))
    assert "fczz" in {str(m["X-Notice-Intake-Unit"]) for m in smtp_sink.received()}


def test_no_mail_lists_an_unreadable_file_as_received_and_owed(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    ctx = Context.open(settings_for(tmp_path, outbox_url=smtp_sink.url))
    _broken_plan(ctx)
    outgoing.acknowledge(ctx, at(3, 11))
    outgoing.remind(ctx, at(4, 18, 1))
    outgoing.flush(ctx, at(4, 18, 1))
    mine = [m for m in smtp_sink.received() if str(m["X-Notice-Intake-Unit"]) == "fczz"]
    assert {str(m["X-Notice-Intake"]) for m in mine} == {"ack", "reminder"}
    for m in mine:
        text = m.get_body(("plain",)).get_content()
        marker = "目前已收到" if "目前已收到" in text else "已收到的材料"
        owed, _, received = text.partition(marker)
        assert "活动周方案" in owed and "无法读取" in owed  # owed: 待补正
        assert "活动周方案：" not in received  # never also listed as received
