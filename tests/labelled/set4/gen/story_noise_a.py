"""Machine mail that is no unit's submission: auto-replies, read receipts, bounces, empty mail."""

# ruff: noqa: E501  (mail and document text: long Chinese lines are kept whole)

from __future__ import annotations

from .mimeparts import Part, addr, date_header, enc_words, text_part
from .story import CITY_REMINDER_ID, Msg, frm

CITY = "jyj-zcjk01@ta.shandong.cn"
RS = addr("泰安市教育局职成高教科", "jyj-zcjk01@ta.shandong.cn")


def _auto(slug, when, client, sender, subject, text, headers, note):
    return Msg(
        slug,
        when,
        client,
        sender,
        subject,
        text,
        unit=None,
        kind="auto_reply",
        headers=headers,
        in_reply_to=CITY_REMINDER_ID,
        note=note,
    )


def auto_replies() -> list[Msg]:
    rem = "关于职业教育活动周宣传材料报送情况的提醒"
    return [
        _auto(
            "auto-tawhys",
            "11-12 09:01",
            "coremail",
            frm("tawhys", "卢广义"),
            f"自动回复：{rem}",
            "您好，您的来信已收到，我将尽快处理。",
            [("Auto-Submitted", "auto-replied")],
            "Coremail auto-reply with Auto-Submitted",
        ),
        _auto(
            "auto-dpzzdx",
            "11-12 09:02",
            "qqmail",
            frm("dpzzdx", "东平职专东校区"),
            f"自动回复: {rem}",
            "您好，我最近正在休假中，无法亲自回复您的邮件。我将在休假结束后，尽快给您回复。",
            [],
            "QQ mail auto-reply: no Auto-Submitted header",
        ),
        _auto(
            "auto-daiyue",
            "11-12 09:03",
            "outlook",
            frm("daiyue", "高建军"),
            f"自动答复: {rem}",
            "本人11月12日至13日外出参加培训，急事请拨打15806386125。",
            [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
            "Outlook 自动答复",
        ),
        _auto(
            "auto-sdlm",
            "11-12 09:04",
            "sina",
            frm("sdlm", "力明学院宣传部"),
            f"Auto Reply: {rem}",
            "您的邮件已收到，谢谢！",
            [("X-Autoreply", "yes")],
            "Sina Auto Reply",
        ),
        _auto(
            "auto-tsvtc",
            "11-12 09:05",
            "outlook",
            frm("tsvtc", "吴楠"),
            f"Out of Office: {rem}",
            "I am out of the office until 11/13. 本人外出学习，11月13日返回。",
            [
                ("Auto-Submitted", "auto-replied"),
                ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
            ],
            "Exchange Out of Office",
        ),
        _auto(
            "auto-tajsxy",
            "11-12 09:06",
            "coremail",
            frm("tajsxy", "泰安技师学院"),
            f"休假中：{rem}",
            "本人休假至11月15日，期间邮件不能及时处理。",
            [],
            "休假 without any auto-reply header",
        ),
        _auto(
            "auto-xtyzz",
            "11-12 09:07",
            "coremail",
            frm("xtyzz", "李春雷"),
            f"自动回复：{rem}",
            "这是一封自动回复邮件。已经收到您的来信，我会尽快回复。",
            [("X-Autoreply", "yes")],
            "163 auto-reply",
        ),
        _auto(
            "auto-taishan-ooo",
            "11-06 17:31",
            "foxmail",
            frm("taishan", "孙晓燕"),
            "自动回复：活动周方案已收到",
            "您好，本人11月6日至8日休假，急事请联系职成教科办公室0538-8291245。",
            [("Auto-Submitted", "auto-replied")],
            "Foxmail holiday auto-reply from a registered address",
        ),
        _auto(
            "auto-gaoxin-ios",
            "11-12 09:09",
            "iphone",
            frm("gaoxin", "李明远"),
            f"Re: {rem}",
            "[自动回复] 我正在开会，稍后回复。\n\n发自我的iPhone",
            [("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
            "a phone auto-reply whose subject looks like a reply",
        ),
        _auto(
            "auto-tshlxy",
            "11-12 09:08",
            "qqmail",
            frm("tshlxy", "冯雪"),
            f"【自动回复】{rem}",
            "您好，邮件已收到。",
            [],
            "QQ 【自动回复】",
        ),
    ]


def _report(
    slug,
    when,
    sender,
    subject,
    human,
    report_type,
    report_ctype,
    report_body,
    kind,
    note,
    extra=None,
    return_path="<>",
):
    dt = Msg("x", when, "python-email", ("", ""), "").dt()
    bnd = f"----=_report_{slug}"
    heads = [
        ("Return-Path", return_path),
        ("Date", date_header(dt)),
        ("From", sender),
        ("To", RS),
        ("Subject", enc_words(subject, "utf-8", "B", 12)),
        ("Message-ID", f"<{slug}.{int(dt.timestamp())}@report>"),
        *(extra or []),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/report; report-type={report_type};\r\n\tboundary="{bnd}"'),
    ]
    parts = [
        text_part(human, "plain", "utf-8", "base64"),
        Part([("Content-Type", report_ctype)], report_body.encode()),
    ]
    raw = Part(heads, children=parts, boundary=bnd).render()
    return Msg(slug, when, "raw", ("", ""), subject, unit=None, kind=kind, raw=raw, note=note)


def receipts() -> list[Msg]:
    rem = "关于职业教育活动周宣传材料报送情况的提醒"
    mdn = (
        "Reporting-UA: {ua}\r\nFinal-Recipient: rfc822;{who}\r\nOriginal-Message-ID: <"
        + CITY_REMINDER_ID
        + ">\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    out = [
        _report(
            "mdn-taishan",
            "11-12 09:15",
            addr("孙晓燕", "tsqjtj_zcjk@ta.shandong.cn"),
            f"已读: {rem}",
            "您发送的邮件已被阅读。",
            "disposition-notification",
            "message/disposition-notification",
            mdn.format(ua="Foxmail", who="tsqjtj_zcjk@ta.shandong.cn"),
            "receipt",
            "Foxmail MDN",
        ),
        _report(
            "mdn-talgzz",
            "11-12 09:40",
            addr("邱志强", "talgzz@ta.shandong.cn"),
            f"已读: {rem}",
            "收件人: 邱志强\r\n主题: " + rem + "\r\n\r\n已于 2020/11/12 9:40 读取。",
            "disposition-notification",
            "message/disposition-notification",
            mdn.format(ua="Microsoft Outlook 16.0", who="talgzz@ta.shandong.cn"),
            "receipt",
            "Outlook MDN",
        ),
        _report(
            "mdn-fczjzx",
            "11-12 10:02",
            addr("", "fczjzx@ta.shandong.cn"),
            f"Read: {rem}",
            "This is a Return Receipt for the mail that you sent to fczjzx@ta.shandong.cn.",
            "disposition-notification",
            "message/disposition-notification",
            mdn.format(ua="Thunderbird", who="fczjzx@ta.shandong.cn"),
            "receipt",
            "English Read: MDN",
        ),
    ]
    plain = [
        (
            "receipt-qq",
            "11-12 09:20",
            "qqmail",
            frm("tshlxy", "冯雪"),
            f"已读：{rem}",
            f"这是邮件收条，{rem} 已被 冯雪 阅读。",
            "QQ 已读 receipt, plain text only",
        ),
        (
            "receipt-163",
            "11-12 09:31",
            "coremail",
            frm("xtyzz", "李春雷"),
            f"已读回执：{rem}",
            "您发送给李春雷的邮件已被阅读。",
            "163 plain receipt",
        ),
        (
            "receipt-sdlm",
            "11-12 11:00",
            "sina",
            frm("sdlm", "杜宏伟"),
            f"已读: {rem}",
            "您于2020-11-12 09:00发送的邮件已于2020-11-12 11:00被阅读。",
            "Sina plain receipt",
        ),
        (
            "receipt-tajtzz",
            "11-12 10:58",
            "phpmailer",
            frm("tajtzz", "泰安交通职专"),
            f"阅读回执：{rem}",
            "收件人已阅读您的邮件。",
            "a school OA's receipt",
        ),
        (
            "receipt-nyzz",
            "11-12 10:11",
            "foxmail",
            frm("nyzz", "许丽"),
            f"回执：{rem}",
            "您发送的邮件已被阅读。阅读时间：2020-11-12 10:11",
            "plain 回执",
        ),
    ]
    for slug, when, client, sender, subject, text, note in plain:
        out.append(
            Msg(
                slug,
                when,
                client,
                sender,
                subject,
                text,
                unit=None,
                kind="receipt",
                in_reply_to=CITY_REMINDER_ID,
                note=note,
            )
        )
    return out


def bounces() -> list[Msg]:
    dsn = (
        "Reporting-MTA: dns; {mta}\r\n\r\nFinal-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 User not found\r\n"
    )
    return [
        _report(
            "dsn-ta",
            "11-12 09:01",
            "Mail Delivery System <MAILER-DAEMON@ta.shandong.cn>",
            "Undelivered Mail Returned to Sender",
            "This is the mail system at host mx.ta.shandong.cn.\r\nI'm sorry to have to inform you that your "
            "message could not be delivered.\r\n<tawhys_old@ta.shandong.cn>: user unknown",
            "delivery-status",
            "message/delivery-status",
            dsn.format(mta="mx.ta.shandong.cn", rcpt="tawhys_old@ta.shandong.cn"),
            "bounce",
            "Postfix DSN",
        ),
        _report(
            "dsn-163",
            "11-03 09:10",
            "postmaster@163.com",
            "系统退信",
            "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\r\n收件人：gxq_jyk@163.com\r\n退信原因：收件人不存在",
            "delivery-status",
            "message/delivery-status",
            dsn.format(mta="163.com", rcpt="gxq_jyk@163.com"),
            "bounce",
            "163 系统退信 (the city's notice to an old address)",
        ),
        _report(
            "dsn-qq",
            "11-03 09:12",
            "PostMaster@qq.com",
            "退信：关于做好2020年泰安市职业教育活动周相关工作的通知",
            "您的邮件被退回，收件人邮箱已满。",
            "delivery-status",
            "message/delivery-status",
            dsn.format(mta="mx3.qq.com", rcpt="tshlzyxy_old@qq.com").replace("5.1.1", "5.2.2"),
            "bounce",
            "QQ 退信 naming the campaign in the subject",
        ),
        Msg(
            "bounce-126-plain",
            "11-05 18:30",
            "coremail",
            ("系统退信", "postmaster@126.com"),
            "系统退信：东平职专东校区活动周方案",
            "您的邮件未能成功投递到 dpzzdx@qq.com，原因：地址不存在。",
            unit=None,
            kind="bounce",
            headers=[("Auto-Submitted", "auto-generated"), ("Return-Path", "<>")],
            note="a plain-text bounce naming a unit in the subject",
        ),
    ]


def empties() -> list[Msg]:
    return [
        Msg(
            "empty-tawhys",
            "11-06 11:11",
            "foxmail",
            frm("tawhys", "卢广义"),
            None,
            "",
            unit=None,
            kind="empty",
            note="no subject, no body, no attachment",
        ),
        Msg(
            "empty-xtezz",
            "11-09 16:00",
            "s-nail",
            frm("xtezz", "新泰二职专办公室"),
            "",
            "\n",
            unit=None,
            kind="empty",
            note="an empty mail sent by mistake",
        ),
        Msg(
            "empty-gaoxin",
            "11-11 07:20",
            "iphone",
            frm("gaoxin", "李明远"),
            "",
            "发自我的iPhone",
            unit=None,
            kind="empty",
            note="only the phone's signature",
        ),
    ]


def messages() -> list[Msg]:
    return [*auto_replies(), *receipts(), *bounces(), *empties()]
