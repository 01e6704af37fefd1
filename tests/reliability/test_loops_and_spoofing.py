"""Loops and spoofing: automatic mail is nobody's submission and never gets an answer, two
notice-intake instances mailing each other stop after one message, and mail whose From
fails SPF/DKIM/DMARC counts for no unit (it waits for staff, raw kept)."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from intake import jobs, outgoing
from intake.corrections import problems
from intake.pipeline import Context
from tests.fixtures.servers import SmtpSink, free_port
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail
from tests.reliability.common import db, deliver_raw, write_config

PLAN = docx_bytes("肥城市职业中等专业学校2020年职业教育活动周实施方案", "一、活动目的")
STRANGER = "fczz.office@163.com"  # not registered: identified only by the unit's name


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2020, 11, day, hour, minute, tzinfo=TZ)


def cycle(ctx: Context, now: datetime) -> None:
    """What the daemon does at `now`: poll, acknowledge, remind, send."""
    jobs.poll_once(ctx, now=now)
    outgoing.acknowledge(ctx, now)
    outgoing.remind(ctx, now)
    outgoing.flush(ctx, now)


def _dsn() -> bytes:
    return (
        "From: Mail Delivery System <MAILER-DAEMON@ta.shandong.cn>\r\n"
        f"To: {STRANGER}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        "Date: Wed, 04 Nov 2020 09:00:00 +0800\r\nMessage-ID: <dsn1@ta.shandong.cn>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status;\r\n"
        ' boundary="DSN"\r\n\r\n--DSN\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
        "This is the mail system. 肥城市职业中等专业学校 活动周方案 could not be delivered.\r\n"
        "--DSN\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; ta.shandong.cn\r\n\r\n"
        "Final-Recipient: rfc822; nobody@fczz.cn\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        "--DSN\r\nContent-Type: message/rfc822\r\n\r\n"
        f"From: {STRANGER}\r\nTo: nobody@fczz.cn\r\n"
        "Subject: 肥城市职业中等专业学校活动周方案\r\n\r\n"
        "方案见附件\r\n--DSN--\r\n"
    ).encode()


AUTOMATIC = {
    "自动回复 subject, no Auto-Submitted": ({}, "自动回复：肥城市职业中等专业学校活动周方案"),
    "自动回复 with Auto-Submitted": (
        {"Auto-Submitted": "auto-replied"},
        "自动回复: 肥城市职业中等专业学校活动周方案",
    ),
    "English out of office, no header": ({}, "Out of Office: 肥城市职业中等专业学校活动周方案"),
    "English automatic reply with X-Autoreply": (
        {"X-Autoreply": "yes"},
        "Automatic reply: 肥城市职业中等专业学校活动周方案",
    ),
    "Auto-Submitted: auto-generated": (
        {"Auto-Submitted": "auto-generated"},
        "肥城市职业中等专业学校活动周方案",
    ),
    "Precedence: bulk": ({"Precedence": "bulk"}, "肥城市职业中等专业学校活动周方案"),
    "list mail (List-Id)": (
        {"List-Id": "<jiaoyu.lists.ta.shandong.cn>"},
        "肥城市职业中等专业学校活动周方案",
    ),
    "null return path": ({"Return-Path": "<>"}, "肥城市职业中等专业学校活动周方案"),
    "DSN bounce (multipart/report)": (None, ""),
}


@pytest.mark.parametrize("case", sorted(AUTOMATIC))
def test_automatic_mail_gets_no_acknowledgement_or_reminder(
    tmp_path: Path, smtp_sink: SmtpSink, case: str
) -> None:
    headers, subject = AUTOMATIC[case]
    _, settings = write_config(tmp_path, outbox_url=smtp_sink.url)
    ctx = Context.open(settings)
    inbox = settings.path("data/mail")
    if headers is None:
        deliver_raw(inbox, _dsn(), at(4, 9))
    else:
        body = (
            "肥城市职业中等专业学校活动周方案见附件。\n"
            f"联络员：张三，邮箱：{STRANGER}，手机：13805380000"
        )
        msg = mail(
            sender=STRANGER,
            subject=subject,
            body=body,
            files=[("方案.docx", PLAN)],
            when=at(4, 9),
            message_id="<auto@163.com>",
            headers=headers,
        )
        deliver_maildir(inbox, msg, at(4, 9))
    # the same content from the unit's registered address gets an acknowledgement: the
    # guard, not the content, is what keeps the automatic mail unanswered
    person = mail(
        sender="fczz@ta.shandong.cn",
        subject="肥城市职业中等专业学校活动周方案",
        files=[("方案2.docx", docx_bytes("肥城职专方案 第二版"))],
        when=at(4, 9, 5),
        message_id="<person@126.com>",
    )
    deliver_maildir(inbox, person, at(4, 9, 5))
    for now in (at(4, 10), at(4, 18), at(5, 9), at(6, 18)):  # acks, then reminder points
        cycle(ctx, now)
    with db(settings) as con:
        states = dict(con.execute("SELECT message_id, state FROM messages"))
        acks = dict(con.execute("SELECT message_id, ack_state FROM messages"))
    auto_id = "<dsn1@ta.shandong.cn>" if headers is None else "<auto@163.com>"
    # not a submission: it counts for nobody, is never answered, and its raw copy is kept
    # so staff can rescue it (a unit name or registered sender is in it)
    assert states[auto_id] == "ignored"
    assert acks[auto_id] == "none"
    with db(settings) as con:
        (kept,) = con.execute("SELECT raw_path FROM messages WHERE message_id = ?", (auto_id,))
    assert kept[0].startswith("_raw/")
    to_stranger = [
        m
        for m, (_, rcpts) in zip(smtp_sink.received(), smtp_sink.envelopes, strict=True)
        if STRANGER in rcpts
    ]
    assert to_stranger == []
    answered = [m for m in smtp_sink.received() if m["X-Notice-Intake"] == "ack"]
    assert [str(m["To"]) for m in answered] == ["fczz@ta.shandong.cn"]
    assert "<auto@163.com>" not in str(answered[0]["References"])


# --- two instances ----------------------------------------------------------------------


class _Relay:
    """An SMTP server that drops every message into a Maildir (the other instance's)."""

    def __init__(self, maildir: Path, clock: list[datetime]) -> None:
        self.maildir, self.clock = maildir, clock
        self.count = 0
        self.lock = threading.Lock()
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
            deliver_raw(self.maildir, envelope.content, self.clock[0])
        return "250 OK"


def _instance_b_config(tmp_path: Path, url: str) -> tuple[Path, object]:
    """Instance B is the 肥城职专 office running its own notice-intake for another notice:
    its mailbox is fczz@, and it has A's address registered as one of its units."""
    path, _ = write_config(
        tmp_path,
        outbox_url=url,
        outbox_extra={
            "from": '"肥城职专办公室 <fczz@ta.shandong.cn>"',
            "reply_to": '"fczz@ta.shandong.cn"',
            "staff": '["fczz@ta.shandong.cn"]',
        },
    )
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        'mailboxes = ["jyj-zcjk01@ta.shandong.cn", "rsjzjk@ta.shandong.cn"]',
        'mailboxes = ["fczz@ta.shandong.cn"]',
    )
    text = text.replace(
        'emails = ["tsqjtj@ta.shandong.cn"]', 'emails = ["jyj-zcjk01@ta.shandong.cn"]'
    )
    text = text.replace(
        'emails = ["fczz@ta.shandong.cn"]', 'emails = ["fczz-other@ta.shandong.cn"]'
    )
    path.write_text(text, encoding="utf-8")
    from intake.config import parse_config

    return path, parse_config(text, base=tmp_path, source=str(path))


@pytest.mark.parametrize(
    "strip_auto_submitted", [False, True], ids=["headers-kept", "relay-strips-Auto-Submitted"]
)
def test_two_instances_mailing_each_other_stop_after_one_message(
    tmp_path: Path, strip_auto_submitted: bool
) -> None:
    clock = [at(4, 9)]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    port_a, port_b = free_port(), free_port()
    _, settings_a = write_config(tmp_path / "a", outbox_url=f"smtp://127.0.0.1:{port_a}")
    _, settings_b = _instance_b_config(tmp_path / "b", f"smtp://127.0.0.1:{port_b}")
    relay_a = _Relay(settings_b.path("data/mail"), clock)  # A's outgoing mail lands at B
    relay_b = _Relay(settings_a.path("data/mail"), clock)
    if strip_auto_submitted:
        for relay in (relay_a, relay_b):
            original = relay.handle_DATA

            async def stripping(server, session, envelope, _orig=original):
                envelope.content = b"\r\n".join(
                    line
                    for line in envelope.content.split(b"\r\n")
                    if not line.lower().startswith((b"auto-submitted:", b"x-auto-response"))
                )
                return await _orig(server, session, envelope)

            relay.handle_DATA = stripping
    controllers = [
        Controller(relay_a, hostname="127.0.0.1", port=port_a),
        Controller(relay_b, hostname="127.0.0.1", port=port_b),
    ]
    for c in controllers:
        c.start()
    try:
        ctx_a, ctx_b = Context.open(settings_a), Context.open(settings_b)
        # a person at 肥城职专 (fczz@, registered at A) sends A the plan
        deliver_maildir(
            settings_a.path("data/mail"),
            mail(
                sender="fczz@ta.shandong.cn",
                subject="肥城职专活动周方案",
                files=[("方案.docx", PLAN)],
                when=at(4, 9),
                message_id="<start@fczz>",
            ),
            at(4, 9),
        )
        for step in range(8):
            clock[0] = at(4, 10) + timedelta(minutes=15 * step)
            for ctx in (ctx_a, ctx_b):
                jobs.poll_once(ctx, now=clock[0])
                outgoing.acknowledge(ctx, clock[0])
                outgoing.flush(ctx, clock[0])
    finally:
        for c in controllers:
            c.stop()
    assert relay_a.count == 1  # A acknowledged the person once
    assert relay_b.count == 0  # B never answered A's acknowledgement
    with db(settings_b) as con:
        [(state, unit, ack)] = con.execute("SELECT state, unit_id, ack_state FROM messages")
    assert (state, unit, ack) == ("ignored", None, "none")  # machine mail: nobody's submission


# --- spoofing ---------------------------------------------------------------------------


@pytest.mark.parametrize("result", ["spf=fail", "dkim=fail", "dmarc=fail"])
def test_a_spoofed_registered_sender_is_not_trusted(
    tmp_path: Path, smtp_sink: SmtpSink, result: str
) -> None:
    _, settings = write_config(tmp_path, outbox_url=smtp_sink.url)
    ctx = Context.open(settings)
    auth = f"mx.ta.shandong.cn; {result} smtp.mailfrom=fczz@ta.shandong.cn; " + (
        "spf=pass" if result != "spf=fail" else "dkim=none"
    )
    spoof = mail(
        sender="fczz@ta.shandong.cn",  # 肥城职专's registered address, forged
        subject="泰山职业技术学院活动周方案",
        files=[("泰山职院方案.docx", docx_bytes("泰山职业技术学院2020年职业教育活动周实施方案"))],
        when=at(4, 9),
        message_id="<spoof@evil>",
        headers={"Authentication-Results": auth},
    )
    deliver_maildir(settings.path("data/mail"), spoof, at(4, 9))
    cycle(ctx, at(4, 10))
    with db(settings) as con:
        [(state, unit, flags, ack, raw)] = con.execute(
            "SELECT state, unit_id, flags, ack_state, raw_path FROM messages"
        )
        items = con.execute("SELECT count(*) FROM items").fetchone()[0]
    # counts for nobody (not even the unit its content names), kept for staff to rescue
    assert (state, unit, items) == ("ignored", None, 0)
    assert "auth-failed" in flags and ack == "none" and raw.startswith("_raw/")
    assert smtp_sink.received() == []  # no acknowledgement to a forged address
    kinds = {p.kind for p in problems(ctx)}
    assert "auth-failed" in kinds
    html = outgoing.digest(ctx, at(4, 17, 30)).html_path.read_text(encoding="utf-8")
    assert "发件人验证失败" in html  # flagged in the digest's problem list


def test_a_spoofed_sender_naming_nobody_is_listed_for_staff(tmp_path: Path) -> None:
    _, settings = write_config(tmp_path)
    ctx = Context.open(settings)
    spoof = mail(
        sender="fczz@ta.shandong.cn",
        subject="职业教育活动周材料",
        files=[("材料.docx", docx_bytes("活动周材料"))],
        when=at(4, 9),
        message_id="<spoof2@evil>",
        headers={"Authentication-Results": "mx; spf=fail smtp.mailfrom=fczz@ta.shandong.cn"},
    )
    deliver_maildir(settings.path("data/mail"), spoof, at(4, 9))
    jobs.poll_once(ctx, now=at(4, 10))
    with db(settings) as con:
        [(unit, flags)] = con.execute("SELECT unit_id, flags FROM messages")
    assert unit is None and "auth-failed" in flags
    assert "auth-failed" in {p.kind for p in problems(ctx)}
