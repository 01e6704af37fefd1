"""set12's mail that is no unit's submission (kept for staff, counting for nobody), plus two
small unit mails under the city's notice (a 收到 reply and a thank-you question).

Auto-replies (Exchange English and Chinese, government Coremail, QQ, 126; with and without
Auto-Submitted / X-Autoreply), delivery status notifications (Postfix, Exim, Exchange as
multipart/report; Coremail and QQ as plain text with the original attached; every original is
the city's own campaign mail), read receipts (an Outlook MDN, Foxmail's plain 已读 and an
English Read:), spoofs of registered addresses failing SPF/DKIM/DMARC, two list mails naming
the week, other campaigns' mail from registered units (技能大赛, 招生, 学生资助, 安全, 教师培训,
a 2019 活动周 summary sent late), another city's school's plan, a school's internal notice with
the city in Cc, an advert, a calendar invitation and two blank mails."""

from __future__ import annotations

from email.utils import format_datetime

from .build import Builder, t
from .who import NOTICE_SUBJECT, U

REMIND = "【提醒】请于11月16日前报送活动周总结报告和统计表"
ACK = "回执：已收到你单位报送的职业教育活动周材料"
CITY_FROM = "泰安市教育局职成高教科 <jyj-zcjk01@ta.shandong.cn>"


def _orig(to: str, subject: str, when: str, mid: str, body: str) -> bytes:
    """The city's own outgoing mail, as a bounce or auto-reply quotes it."""
    from .mime import enc_word

    head = (
        f"Date: {format_datetime(t(when))}\r\nFrom: {CITY_FROM}\r\nTo: {to}\r\n"
        f"Subject: {enc_word(subject, 'utf-8', 14)}\r\nMessage-ID: <{mid}@ta.shandong.cn>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode() + body.replace("\n", "\r\n").encode("utf-8")


REMIND_BODY = (
    "各单位：\n根据泰教函〔2020〕72号要求，活动周总结报告与《2020年职业教育活动周情况统计表》"
    "请于11月16日18:00前报送。\n泰安市教育局职成高教科\n"
)


def _report(kind: str, text: str, status: bytes, orig: bytes, bnd: str) -> bytes:
    return (
        f"--{bnd}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit"
        f"\r\n\r\n{text}\r\n--{bnd}\r\nContent-Type: message/{kind}\r\n\r\n".encode()
        + status
        + f"\r\n--{bnd}\r\nContent-Type: message/rfc822\r\n\r\n".encode()
        + orig
        + f"\r\n--{bnd}--\r\n".encode()
    )


def _mixed_with_orig(text: str, orig: bytes, bnd: str, cs: str = "utf-8") -> bytes:
    return (
        f"--{bnd}\r\nContent-Type: text/plain; charset={cs}\r\nContent-Transfer-Encoding: 8bit"
        "\r\n\r\n".encode()
        + text.replace("\n", "\r\n").encode(cs)
        + f"\r\n--{bnd}\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment;"
        ' filename="original.eml"\r\n\r\n'.encode()
        + orig
        + f"\r\n--{bnd}--\r\n".encode()
    )


def auto_replies(b: Builder) -> None:
    b_ = b
    other = _other
    other(
        b_,
        "auto_reply",
        "11-13 09:02",
        "system",
        U["tsvtc"].email,
        f"Automatic reply: {REMIND}",
        "I am out of the office from 12 to 16 November with limited access to email.\n"
        "For urgent matters please contact the Publicity Department, 0538-6226011.\n",
        "Chen Jing",
        headers=[
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "xcb@tsvtc.edu.cn"),
            ("In-Reply-To", "<remind-1113@ta.shandong.cn>"),
            ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
        ],
        note="Exchange out-of-office, English, Auto-Submitted",
    )
    other(
        b_,
        "auto_reply",
        "11-04 18:31",
        "system",
        U["sdfz"].email,
        f"自动答复: {ACK}",
        "您好！本人11月4日至6日外出学习，期间邮件无法及时回复，急事请拨打0538-6395102。\n吕晓彤\n",
        "吕晓彤",
        headers=[
            ("X-Auto-Response-Suppress", "All"),
            ("Thread-Topic", "回执"),
            ("In-Reply-To", "<ack-sdfz-1104@ta.shandong.cn>"),
        ],
        note="Exchange out-of-office in Chinese without Auto-Submitted",
    )
    other(
        b_,
        "auto_reply",
        "11-13 09:05",
        "coremail-gov",
        U["dongping"].email,
        f"自动回复：{REMIND}",
        "您好，您的邮件我已收到，将尽快处理。\n东平县教体局职教科\n",
        "东平县教体局职教科",
        headers=[("X-Autoreply", "yes"), ("In-Reply-To", "<remind-1113@ta.shandong.cn>")],
        note="government Coremail auto-reply, X-Autoreply only, the unit's name in the body",
    )
    other(
        b_,
        "auto_reply",
        "11-10 21:21",
        "qqweb",
        "1826354410@qq.com",
        f"自动回复: {ACK}",
        "这是来自QQ邮箱的假期自动回复邮件。\n您好，我最近正在休假中，无法亲自回复您的邮件。"
        "我将在假期结束后，尽快给您回复。\n",
        "Wang Xiao",
        headers=[("Auto-Submitted", "auto-replied")],
        note="QQ mail holiday auto-reply from a teacher's box",
    )
    other(
        b_,
        "auto_reply",
        "11-13 09:07",
        "coremail",
        U["ningyang"].email,
        f"自动回复：{REMIND}",
        "来信已收到，谢谢！宁阳县教体局职成股\n（此邮件为自动回复）\n",
        "宁阳县教体局",
        note="126 auto-reply with no header saying so, only 自动回复 in subject and body",
    )


def _other(
    b: Builder,
    kind: str,
    when: str,
    client: str,
    sender: str,
    subject: str,
    text: str = "",
    name: str = "",
    **kw: object,
):
    from .build import other

    return other(b, kind, when, client, sender, subject, text, sender_name=name, **kw)  # type: ignore[arg-type]


def bounces(b: Builder) -> None:
    o1 = _orig("dyzjzx_bgs@163.com", REMIND, "11-13 09:00", "remind-1113-dyzj", REMIND_BODY)
    status = (
        b"Reporting-MTA: dns; mail.ta.shandong.cn\r\nX-Postfix-Queue-ID: 4CX1m52WqVz9\r\n"
        b"Arrival-Date: Fri, 13 Nov 2020 09:00:02 +0800 (CST)\r\n\r\n"
        b"Final-Recipient: rfc822; dyzjzx_bgs@163.com\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        b"Diagnostic-Code: smtp; 550 User not found: dyzjzx_bgs@163.com\r\n"
    )
    text = (
        "This is the mail system at host mail.ta.shandong.cn.\r\n\r\nI'm sorry to have to inform "
        "you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n"
        "<dyzjzx_bgs@163.com>: host mx3.163.com said: 550 User not found"
    )
    bnd = "4CX1m52WqVz9.1605229203/mail.ta.shandong.cn"
    _other(
        b,
        "bounce",
        "11-13 09:00",
        "system",
        "MAILER-DAEMON@mail.ta.shandong.cn",
        "Undelivered Mail Returned to Sender",
        name="Mail Delivery System",
        headers=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
        raw_body=_report("delivery-status", text, status, o1, bnd),
        raw_ctype=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"',
        note="Postfix DSN of the city's reminder; the original names the campaign",
    )
    o2 = _orig(
        "lina@tsvtc.edu.cn",
        ACK,
        "11-11 09:20",
        "ack-tsvtc-1111",
        "你单位报送的3篇宣传材料已收到。\n",
    )
    text2 = (
        "This message was created automatically by mail delivery software.\n\nA message that you "
        "sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
        "The following address(es) failed:\n\n  lina@tsvtc.edu.cn\n    No Such User Here\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
    )
    _other(
        b,
        "bounce",
        "11-11 09:21",
        "system",
        "Mailer-Daemon@mx.tsvtc.edu.cn",
        "Mail delivery failed: returning message to sender",
        name="Mail Delivery System",
        headers=[
            ("Return-Path", "<>"),
            ("X-Failed-Recipients", "lina@tsvtc.edu.cn"),
            ("Auto-Submitted", "auto-replied"),
        ],
        raw_body=text2.replace("\n", "\r\n").encode() + o2,
        raw_ctype="text/plain; charset=utf-8",
        note="Exim bounce, plain, the original quoted inline",
    )
    o3 = _orig("zhengyh@tavtc.edu.cn", REMIND, "11-13 09:00", "remind-1113-tavtc", REMIND_BODY)
    st3 = (
        b"Reporting-MTA: dns;EXCH01.tavtc.edu.cn\r\n\r\n"
        b"Final-recipient: RFC822; zhengyh@tavtc.edu.cn"
        b"\r\nAction: failed\r\nStatus: 5.2.2\r\nDiagnostic-code: smtp;554 5.2.2 mailbox full;\r\n"
    )
    text3 = (
        "无法将邮件传递给以下收件人或组:\r\n\r\nzhengyh@tavtc.edu.cn\r\n"
        "收件人的邮箱已满，此时无法接收邮件。"
    )
    bnd3 = "_4c9a1f07-5b7e-4e21-9f2c-0d6e1c3a7b55_"
    _other(
        b,
        "bounce",
        "11-13 09:01",
        "system",
        "postmaster@tavtc.edu.cn",
        f"无法传递: {REMIND}",
        name="Microsoft Outlook",
        headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
        raw_body=_report("delivery-status", text3, st3, o3, bnd3),
        raw_ctype=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd3}"',
        note="Exchange NDR in Chinese (mailbox full)",
    )
    o4 = _orig(
        "nyzz_xx@163.com", ACK, "11-04 16:40", "ack-nyzz-1104", "你单位报送的活动周方案已收到。\n"
    )
    _other(
        b,
        "bounce",
        "11-04 16:41",
        "system",
        "postmaster@163.com",
        "系统退信",
        name="163邮箱系统",
        headers=[("Return-Path", "<>")],
        raw_body=_mixed_with_orig(
            "很抱歉您的邮件没能成功发送给以下收件人：\n nyzz_xx@163.com\n"
            "退信原因：收件人不存在。\n",
            o4,
            "----=_Part_bounce_163",
        ),
        raw_ctype='multipart/mixed; boundary="----=_Part_bounce_163"',
        note="Coremail 系统退信, plain, the original attached as message/rfc822",
    )
    o5 = _orig(
        "386152207@qq.con",
        ACK,
        "11-13 22:40",
        "ack-gaoxin-1113",
        "你单位报送的5篇宣传材料已收到。\n",
    )
    _other(
        b,
        "bounce",
        "11-13 22:41",
        "system",
        "PostMaster@qq.com",
        "邮件投递失败",
        name="PostMaster",
        headers=[("Return-Path", "<>")],
        raw_body=_mixed_with_orig(
            "此邮件是系统自动发出的退信。\n您发送的邮件无法投递到以下地址：386152207@qq.con\n"
            "原因：域名不存在\n",
            o5,
            "----=_NextPart_qqbounce",
            "gb18030",
        ),
        raw_ctype='multipart/mixed; boundary="----=_NextPart_qqbounce"',
        note="QQ mail delivery failure in GB18030, the original attached",
    )


def receipts(b: Builder) -> None:
    mdn = (
        b"Reporting-UA: HK0PR03MB4421.apcprd03.prod.outlook.com\r\n"
        b"Final-Recipient: rfc822;fczz@ta.shandong.cn\r\n"
        b"Original-Message-ID: <notice-72@ta.shandong.cn>\r\n"
        b"Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    orig = _orig(
        "fczz@ta.shandong.cn", NOTICE_SUBJECT, "11-02 15:00", "notice-72", "（通知全文略）\n"
    )
    text = (
        "您的邮件\r\n\r\n  收件人: fczz@ta.shandong.cn\r\n"
        f"  主题: {NOTICE_SUBJECT}\r\n\r\n已被阅读。"
    )
    _other(
        b,
        "receipt",
        "11-02 16:12",
        "system",
        U["fczz"].email,
        f"已读: {NOTICE_SUBJECT}",
        name="肥城职专办公室",
        raw_body=_report("disposition-notification", text, mdn, orig, "mdn_b_fczz_1102"),
        raw_ctype=(
            "multipart/report; report-type=disposition-notification;\r\n"
            '\tboundary="mdn_b_fczz_1102"'
        ),
        note="an Outlook MDN on the city's notice",
    )
    _other(
        b,
        "receipt",
        "11-04 16:45",
        "foxmail",
        U["nyzz"].email,
        f"已读：{ACK}",
        "这是邮件收条, 2020-11-04 16:45:10 发给 泰安市教育局职成高教科 的信件已被接收人阅读。\n",
        "宁阳职专",
        note="Foxmail's plain read receipt",
    )
    _other(
        b,
        "receipt",
        "11-13 10:30",
        "system",
        U["tsvtc"].email,
        f"Read: {REMIND}",
        "Your message\n\n  To: xcb@tsvtc.edu.cn\n  Subject: "
        + REMIND
        + "\n  Sent: Friday, November 13, 2020 9:00 AM\n\n"
        "was read on Friday, November 13, 2020 10:30 AM.\n",
        "Publicity Dept.",
        note="an English Read: receipt, plain",
    )


STORIES = [auto_replies, bounces, receipts]
