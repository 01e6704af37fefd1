"""The trust model for outgoing mail, end to end against a real SMTP server (aiosmtpd):
only registered, staff-confirmed and properly vouched-for liaison addresses ever receive
an acknowledgement or a reminder in the bureau's name."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from intake import jobs, outgoing
from intake.context import Context
from intake.corrections import assign
from intake.trust import Trust
from tests.fixtures.servers import SmtpSink
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail, settings_for

VICTIM = "victim@victim.example"
NINGYANG = "nyxjtj@ta.shandong.cn"
CONTACTS = docx_bytes(
    "宁阳县教育和体育局活动周联络员",
    table=[
        ["单位", "姓名", "职务", "邮箱", "手机号码"],
        ["宁阳县教育和体育局", "王强", "职成股股长", VICTIM, "13805381234"],
    ],
)


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2020, 11, day, hour, minute, tzinfo=TZ)


def cycle(ctx: Context, now: datetime) -> None:
    jobs.poll_once(ctx, now=now)
    outgoing.acknowledge(ctx, now)
    outgoing.remind(ctx, now)
    outgoing.flush(ctx, now)


def _recipients(sink: SmtpSink) -> list[str]:
    return [r for _, rcpts in sink.envelopes for r in rcpts]


def _stranger_mail(sender: str = "attacker@qq.com", **headers: str):
    return mail(
        sender=sender,
        subject="宁阳县教体局联络员信息",
        body="联络员信息见附件。",
        files=[("联络员.docx", CONTACTS)],
        message_id="<stranger@qq.com>",
        when=at(2, 9),
        headers=headers or None,
    )


def test_a_stranger_naming_a_unit_gets_no_status_and_redirects_no_reminder(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    ctx = Context.open(settings_for(tmp_path, outbox_url=smtp_sink.url))
    deliver_maildir(ctx.settings.path("data/mail"), _stranger_mail(), at(2, 9))
    for now in (at(2, 10), at(2, 18), at(4, 18), at(5, 9)):  # ack, then reminder points
        cycle(ctx, now)
    rcpts = _recipients(smtp_sink)
    assert "attacker@qq.com" not in rcpts  # no acknowledgement carrying ningyang's status
    assert VICTIM not in rcpts  # and no reminder redirected
    ningyang = [rcpts for _, rcpts in smtp_sink.envelopes if NINGYANG in rcpts]
    assert ningyang, "ningyang's reminders still go out"
    assert all(list(rcpts) == [NINGYANG] for rcpts in ningyang)
    trust = Trust.load(ctx)
    assert [(c.unit_id, c.email) for c in trust.unconfirmed] == [("ningyang", VICTIM)]


def test_a_liaison_named_by_the_registered_address_receives_the_reminders(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    ctx = Context.open(settings_for(tmp_path, outbox_url=smtp_sink.url))
    deliver_maildir(ctx.settings.path("data/mail"), _stranger_mail(NINGYANG), at(2, 9))
    cycle(ctx, at(2, 10))
    trust = Trust.load(ctx)
    assert trust.recipients("ningyang") == [VICTIM, NINGYANG]
    assert trust.why(VICTIM, "ningyang") == f"liaison named by {NINGYANG}"
    cycle(ctx, at(4, 18))
    reminders = [
        list(rcpts)
        for m, (_, rcpts) in zip(smtp_sink.received(), smtp_sink.envelopes, strict=True)
        if m["X-Notice-Intake"] == "reminder" and NINGYANG in rcpts
    ]
    assert reminders and all(rcpts == [VICTIM, NINGYANG] for rcpts in reminders)


def test_a_forged_registered_sender_vouches_for_nothing(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    ctx = Context.open(settings_for(tmp_path, outbox_url=smtp_sink.url))
    forged = _stranger_mail(
        NINGYANG, **{"Authentication-Results": "mx.ta.shandong.cn; spf=fail smtp.mailfrom=x"}
    )
    deliver_maildir(ctx.settings.path("data/mail"), forged, at(2, 9))
    for now in (at(2, 10), at(4, 18)):
        cycle(ctx, now)
    assert VICTIM not in _recipients(smtp_sink)
    assert not Trust.load(ctx).verified(VICTIM, "ningyang")


def test_staff_confirming_the_sender_makes_it_verified(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    ctx = Context.open(settings_for(tmp_path, outbox_url=smtp_sink.url))
    deliver_maildir(ctx.settings.path("data/mail"), _stranger_mail(), at(2, 9))
    cycle(ctx, at(2, 10))
    with ctx.store.session() as s:
        from sqlalchemy import select

        from intake.store import MessageRow

        row = s.scalars(select(MessageRow)).one()
        assert row.ack_state == "held"
    assign(ctx, f"#{row.id}", "ningyang", remember_sender=True, now=at(2, 11), who="staff")
    trust = Trust.load(ctx)
    assert trust.why("attacker@qq.com", "ningyang") == "confirmed by staff"
    assert trust.verified(VICTIM, "ningyang")  # named by a sender staff confirmed
    cycle(ctx, at(2, 12))
    acks = [m for m in smtp_sink.received() if m["X-Notice-Intake"] == "ack"]
    assert [str(m["To"]) for m in acks] == ["attacker@qq.com"]
