"""Mail that is nobody's submission: read receipts, auto-replies, delivery reports, told
apart by headers, structure, subject markers and (for receipts) short bodies; and the
subjects of real submissions that merely mention 休假, 外出, 回执 or 退信 are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.mail import read_mail
from parsers.model import MailFlag

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "public"
MACHINE = {MailFlag.AUTO_REPLY, MailFlag.READ_RECEIPT, MailFlag.BOUNCE}


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def plain(subject: str, body: str = "正文见附件。", sender: str = "fczz@ta.shandong.cn") -> bytes:
    return crlf(
        f"From: {sender}\nTo: jyj-zcjk01@ta.shandong.cn\nSubject: {subject}\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{body}\n"
    )


# --- read receipts ----------------------------------------------------------------------

MDN = """From: 肥城职专 <fczz@ta.shandong.cn>
To: jyj-zcjk01@ta.shandong.cn
Subject: =?utf-8?B?5bey6K+7OiDogqXln47ogYzkuJPmtLvliqjlkajmlrnmoYg=?=
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="R"

--R
Content-Type: text/plain; charset=UTF-8

This is a Return Receipt for the mail that you sent to fczz@ta.shandong.cn.

Note: This Return Receipt only acknowledges that the message was displayed on the
recipient's computer.
--R
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline

Reporting-UA: fczz-pc; Mozilla Thunderbird
Final-Recipient: rfc822;fczz@ta.shandong.cn
Original-Message-ID: <ack-1@ta.shandong.cn>
Disposition: manual-action/MDN-sent-manually; displayed
--R
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline

Subject: =?utf-8?B?6IKl5Z+O6IGM5LiT5rS75Yqo5ZGo5pa55qGI?=
Message-ID: <ack-1@ta.shandong.cn>
--R--
"""

RECEIPTS = {
    "MDN (Thunderbird)": MDN.replace("\n", "\r\n").encode(),
    "MDN without a report-type parameter": MDN.replace("; report-type=disposition-notification", "")
    .replace("\n", "\r\n")
    .encode(),
    "Coremail 已读: subject": plain(
        "已读: 肥城职专活动周方案",
        "这是邮件系统自动发送的回执。\n您于2020-11-04 10:00发送给 jyj-zcjk01@ta.shandong.cn 的邮件"
        "\n主题：肥城职专活动周方案\n已于 2020-11-04 10:12 被阅读。",
    ),
    "Outlook 已读： subject": plain(
        "已读： 肥城职专活动周方案",
        "您的邮件\n\n  收件人: jyj-zcjk01@ta.shandong.cn\n  主题: 肥城职专活动周方案\n"
        "  发送时间: 2020/11/4 10:00\n\n已于 2020/11/4 10:12 阅读。",
    ),
    "Outlook Read: subject": plain(
        "Read: activity week plan",
        "Your message\n\n  To: jyj-zcjk01@ta.shandong.cn\n  Subject: activity week plan\n"
        "  Sent: 11/4/2020 10:00 AM\n\nwas read on 11/4/2020 10:12 AM.",
    ),
    "已读回执 subject": plain("已读回执：肥城职专活动周方案", "对方已阅读您的邮件。"),
    "Read receipt subject": plain("Read receipt: plan", "The message was opened."),
    "body only (Coremail)": plain(
        "肥城职专活动周方案",
        "您发送给 jyj-zcjk01@ta.shandong.cn 的邮件《肥城职专活动周方案》已被阅读。",
    ),
    "body only (您发出的邮件…已被阅读)": plain(
        "回执：肥城职专活动周方案",
        "您发出的邮件：肥城职专活动周方案\n收件人：jyj-zcjk01@ta.shandong.cn\n"
        "已于 2020年11月4日 10:12 被对方阅读。",
    ),
    "body only (Outlook, English)": plain(
        "plan", "Your message\n\n  To: a@b.cn\n  Subject: plan\n\nwas read on Wednesday."
    ),
}


@pytest.mark.parametrize("case", sorted(RECEIPTS))
def test_read_receipts_are_flagged_and_never_answered(case: str) -> None:
    mail = read_mail(RECEIPTS[case])
    assert MailFlag.READ_RECEIPT in mail.flags
    assert MailFlag.AUTO_REPLY in mail.flags  # what the layers that never answer look at
    assert MailFlag.BOUNCE not in mail.flags


def test_an_mdn_has_no_attachments_and_keeps_its_human_text() -> None:
    mail = read_mail(RECEIPTS["MDN (Thunderbird)"])
    assert mail.attachments == ()
    assert "Return Receipt" in mail.body_text
    assert mail.subject == "已读: 肥城职专活动周方案"


def test_a_long_body_that_quotes_a_receipt_is_a_persons() -> None:
    body = "附件为我校活动周方案，请审阅。\n" * 200 + "您发送给 a@b.cn 的邮件已被阅读。"
    assert MailFlag.READ_RECEIPT not in read_mail(plain("肥城职专活动周方案", body)).flags


# --- auto-replies -----------------------------------------------------------------------

AUTO_SUBJECTS = [
    "自动回复：肥城职专活动周方案",
    "自动回复: 关于报送活动周方案的通知",
    "自動回覆：活動周方案",
    "【自动回复】关于报送活动周方案的通知",
    "[自动回复] plan",
    "关于报送活动周方案的通知 - 自动回复",
    "休假自动回复：关于报送活动周方案的通知",
    "Automatic reply: 关于报送活动周方案的通知",
    "Auto Reply: thanks",
    "Auto-Reply: plan",
    "Autoreply: plan",
    "AutoReply",
    "Out of Office: back on Monday",
    "Out of Office AutoReply: 活动周方案",
    "Auto: out of office",
    "休假：11月9日返岗",
    "休假中",
    "外出：11月8日回",
    "【外出】关于报送活动周方案的通知",
    "出差中：有事请致电",
    "不在办公室：关于报送活动周方案的通知",
]


@pytest.mark.parametrize("subject", AUTO_SUBJECTS)
def test_auto_reply_subjects_without_any_header(subject: str) -> None:
    flags = read_mail(plain(subject, "您好，我已休假，11月9日返岗。")).flags
    assert MailFlag.AUTO_REPLY in flags and MailFlag.READ_RECEIPT not in flags


@pytest.mark.parametrize(
    "header", ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Auto-Submitted: auto-generated"]
)
def test_auto_reply_headers_with_an_ordinary_subject(header: str) -> None:
    raw = crlf(f"From: a@b.cn\nSubject: 肥城职专活动周方案\n{header}\n\n我已收到。\n")
    assert MailFlag.AUTO_REPLY in read_mail(raw).flags


# --- delivery reports -------------------------------------------------------------------

BOUNCE_SUBJECTS = [
    "Undeliverable: 肥城职专活动周方案",
    "Undelivered Mail Returned to Sender",
    "Delivery Status Notification (Failure)",
    "Mail delivery failed: returning message to sender",
    "系统退信",
    "系统退信：肥城职专活动周方案",
    "退信：肥城职专活动周方案",
    "【退信】肥城职专活动周方案",
    "无法投递：肥城职专活动周方案",
]


@pytest.mark.parametrize("subject", BOUNCE_SUBJECTS)
def test_bounce_subjects(subject: str) -> None:
    assert MailFlag.BOUNCE in read_mail(plain(subject, "邮件无法送达。")).flags


def test_a_real_delivery_report_from_mail_parser_tests() -> None:
    """mail-parser's tests/mails/mail_malformed_2: a MailSite DSN (report-type=delivery-status,
    a message/delivery-status part named as an attachment, From: postmaster, Return-Path <>)."""
    mail = read_mail((SAMPLES / "mail-parser" / "mail_malformed_2.eml").read_bytes())
    assert {MailFlag.BOUNCE, MailFlag.NULL_SENDER} <= mail.flags
    assert MailFlag.READ_RECEIPT not in mail.flags
    assert mail.attachments == ()  # the report parts are not files to file
    assert "Delivery failed" in mail.body_text


def test_a_report_part_alone_marks_a_bounce() -> None:
    raw = crlf(
        "From: mx@ta.cn\nSubject: notice\nContent-Type: multipart/mixed; boundary=B\n\n--B\n"
        "Content-Type: text/plain\n\nfailed\n--B\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.ta.cn\n\nFinal-Recipient: rfc822; x@ta.cn\nAction: failed\n--B--\n"
    )
    assert MailFlag.BOUNCE in read_mail(raw).flags


# --- real submissions stay people's -----------------------------------------------------

PERSON_SUBJECTS = [
    "肥城职专活动周方案",
    "关于休假期间活动周安排的方案",
    "外出研学活动总结",
    "肥城职专活动周方案（含外出参观安排）",
    "自动化专业部活动周方案",
    "Re: 关于报送活动周方案的通知",
    "回复：关于报送活动周方案的通知",
    "阅读推广活动方案",
    "读书月活动总结",
    "活动周回执",
    "肥城职专活动周报名回执",
    "关于退信后重新报送的活动周方案",
    "活动周方案（上次投递失败，重发）",
    "出差报告及活动周总结",
    "Reading week plan",
    "Ready: activity week plan",
    "Readme",
    "2020年职业教育活动周宣传稿件：学生外出实践",
    "活动周方案 休假安排",
    "外出 研学活动方案",
    "休假 期间值班安排及活动周方案",
]


@pytest.mark.parametrize("subject", PERSON_SUBJECTS)
def test_submissions_that_mention_such_words_are_not_machine_mail(subject: str) -> None:
    flags = read_mail(plain(subject, "附件为我校活动周方案，请查收。\n联系人：张三")).flags
    assert not flags & MACHINE, flags
