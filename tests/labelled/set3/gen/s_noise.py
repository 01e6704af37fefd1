# ruff: noqa: E501 - mail text and labels stay one sentence a line, as people wrote them
"""What is not a submission (1): auto-replies, read receipts, bounces, empty mail and the
notice forwarded to schools. None of it counts."""

from __future__ import annotations

from . import docs, hand
from .build import DevSet, F, at
from .units import CITY, RSJ, UNITS

U = UNITS
REM = "【提醒】请尽快报送职业教育活动周方案等材料"
REM_ID = "20201104180000.reminder@ta.shandong.cn"


def auto_replies(S: DevSet) -> None:
    """Out-of-office answers to the city's reminders, marked and unmarked."""
    rows = [
        (
            "taishan",
            at(2, 18, 5),
            "自动回复: " + REM,
            "您好，您的邮件已收到，我会尽快处理。",
            True,
            [],
        ),
        (
            "ningyang",
            at(4, 18, 2),
            "休假自动回复：" + REM,
            "本人11月3日至11月6日休假，急事请联系办公室0538-5621234。",
            False,
            [],
        ),
        (
            "nyzz",
            at(2, 18, 1),
            "Out of Office: " + REM,
            "I am out of the office until 2020-11-09. 我将于11月9日返回。",
            True,
            [],
        ),
        (
            "xintai",
            at(5, 9, 1),
            "Auto Reply: " + REM,
            "此为自动回复：您的来信已收到。",
            False,
            ["X-Autoreply: yes"],
        ),
        (
            "dyzjzx",
            at(4, 18, 3),
            "自动回复：您的邮件已收到",
            "这是一封自动回复邮件。您好，您的邮件已收到，谢谢！",
            False,
            [],
        ),
        (
            "tavtc",
            at(2, 18, 1),
            "自动答复: " + REM,
            "我正在外地出差，11月5日返回，期间邮件回复可能不及时。",
            True,
            ["X-Auto-Response-Suppress: All"],
        ),
        (
            "feicheng",
            at(15, 9, 1),
            "休假: 关于报送活动周总结报告和统计表的提醒",
            "本人休假中，11月16日返回。活动周相关事宜请联系张海涛。",
            True,
            [],
        ),
        (
            "dpzz",
            at(13, 9, 2),
            "自动回复:关于报送活动周宣传材料的提醒",
            "您的来信已收到，谢谢！",
            True,
            [],
        ),
        (
            "gaoxin",
            at(16, 9, 2),
            "Auto Reply: 关于报送活动周总结报告和统计表的提醒",
            "您好，邮件已收到。",
            True,
            [],
        ),
    ]
    for uid, when, subject, text, marked, extra in rows:
        u = U[uid]
        raw = hand.auto_reply(
            u.email, u.short, CITY, subject, text + "\n", auto_submitted=marked, extra=extra
        )
        S.add_raw(
            f"{uid}-autoreply",
            when,
            "autoresponder",
            raw,
            frm=u.email,
            kind="auto-reply",
            note="auto-reply"
            + ("" if marked else " without Auto-Submitted")
            + " from a registered address",
        )
    p = U["tshlxy"].liaison
    raw = hand.auto_reply(
        p.email,
        p.name,
        CITY,
        "自动回复：回执：您报送的材料已收到",
        "这是来自网易126邮箱的自动回复邮件。您好，我已收到您的邮件。\n",
        auto_submitted=True,
    )
    S.add_raw(
        "tshlxy-126-autoreply",
        at(4, 8, 50),
        "coremail-126",
        raw,
        frm=p.email,
        kind="auto-reply",
        note="the liaison's personal 126 box answers the acknowledgement",
    )
    raw = hand.auto_reply(
        U["tajsxy"].email,
        "泰安技师学院",
        RSJ,
        "Out of Office: 转发：关于报送活动周材料的提醒",
        "休假中。\n",
        auto_submitted=False,
    )
    S.add_raw(
        "tajsxy-autoreply-rsj",
        at(5, 9, 2),
        "autoresponder",
        raw,
        frm=U["tajsxy"].email,
        kind="auto-reply",
        note="to the 人社局 mailbox; Out of Office without Auto-Submitted",
    )


def receipts(S: DevSet) -> None:
    """MDN reports and the plain 已读 mail some clients send instead."""
    for uid, when in (("tavtc", at(2, 18, 30)), ("daiyue", at(4, 19, 0)), ("xtzz", at(5, 9, 20))):
        raw = hand.mdn(U[uid].email, CITY, REM, REM_ID, uid)
        S.add_raw(
            f"{uid}-mdn",
            when,
            "mdn",
            raw,
            frm=U[uid].email,
            kind="read-receipt",
            note="RFC 8098 disposition notification",
        )
    plain = [
        (
            "taishan",
            at(4, 18, 40),
            "outlook",
            "已读: " + REM,
            f"您的邮件\n\n  收件人: {U['taishan'].email}\n  主题: {REM}\n  发送时间: 2020/11/4 18:00\n\n已于 2020/11/4 18:39 读取。",
        ),
        (
            "tsvtc",
            at(4, 19, 10),
            "outlook",
            "Read: " + REM,
            f"Your message\n\n  To: {U['tsvtc'].email}\n  Subject: {REM}\n\nwas read on 2020/11/4 19:09.",
        ),
        (
            "sdfzxy",
            at(4, 20, 0),
            "foxmail",
            "已读: " + REM,
            "这是邮件已读回执。您发送的邮件已被阅读。",
        ),
        (
            "fczz",
            at(4, 21, 0),
            "qqmail",
            "已读：" + REM,
            "这是邮件收条，1347286605@qq.com 已于 2020年11月4日 21:00 阅读了您的邮件。",
        ),
    ]
    for uid, when, client, subject, text in plain:
        frm = "1347286605@qq.com" if uid == "fczz" else U[uid].email
        m = hand.Mail(
            frm,
            U[uid].short,
            [CITY],
            subject,
            text + "\n",
            charset="gb18030" if client == "qqmail" else "gbk",
        )
        raw = hand.compose({"qqmail": "qq"}.get(client, client), m, f"rcpt{uid}")
        S.add_raw(
            f"{uid}-read-receipt",
            when,
            client,
            raw,
            frm=frm,
            kind="read-receipt",
            note="plain-text read receipt",
        )


def bounces(S: DevSet) -> None:
    """Delivery failures of the city's own mail."""
    raw = hand.dsn(U["nyzz"].email, REM, REM_ID, "b1", CITY)
    S.add_raw(
        "bounce-reminder-nyzz",
        at(4, 18, 1),
        "postfix-dsn",
        raw,
        frm="MAILER-DAEMON@mx.ta.shandong.cn",
        kind="bounce",
        return_path="",
        note="DSN naming a registered address of a unit",
    )
    raw = hand.dsn(
        "wangxm_2008@sina.com",
        "回执：您报送的材料已收到",
        "20201105081300.ack@ta.shandong.cn",
        "b2",
        CITY,
    )
    S.add_raw(
        "bounce-ack-stranger",
        at(5, 8, 20),
        "postfix-dsn",
        raw,
        frm="MAILER-DAEMON@mx.ta.shandong.cn",
        kind="bounce",
        return_path="",
        note="the acknowledgement to the stranger bounced",
    )
    text = (
        f"很抱歉您的邮件没有发送成功。\n收件人：{U['dongping'].email}\n失败原因：对方邮箱已满（552 Mailbox size limit exceeded）\n"
        f"原邮件主题：关于报送活动周宣传材料的提醒\n"
    )
    m = hand.Mail(
        "postmaster@ta.shandong.cn",
        "系统管理员",
        [CITY],
        "系统退信",
        text,
        extra=["Auto-Submitted: auto-replied"],
    )
    S.add_raw(
        "bounce-coremail-cn",
        at(13, 9, 5),
        "coremail",
        hand.compose("coremail", m, "b3", brand="ta.shandong.cn"),
        frm="postmaster@ta.shandong.cn",
        kind="bounce",
        return_path="",
        note="Coremail's Chinese bounce (系统退信)",
    )
    m = hand.Mail(
        "MAILER-DAEMON@qq.com",
        "",
        [CITY],
        "退信：回执：您报送的材料已收到",
        "此邮件是系统自动生成的退信。收件人 fcjtj_zcj@qq.com 不存在。\n",
        charset="gb18030",
    )
    S.add_raw(
        "bounce-qq",
        at(12, 16, 10),
        "qqmail",
        hand.compose("qq", m, "b4"),
        frm="MAILER-DAEMON@qq.com",
        kind="bounce",
        return_path="",
        note="QQ's bounce without a DSN part",
    )


def empties(S: DevSet) -> None:
    """Mail with nothing in it."""
    S.add(
        "gaoxin-empty",
        at(10, 15, 0),
        "python-email",
        frm=U["gaoxin"].email,
        name="",
        subject="",
        text="",
        charset="utf-8",
        kind="empty",
        note="no subject, no body, no attachment from a registered address",
    )
    S.add(
        "sdfzxy-empty",
        at(6, 10, 0),
        "foxmail",
        frm=U["sdfzxy"].email,
        name="山东服装职业学院",
        subject="",
        text="",
        html="<div></div>",
        kind="empty",
        note="Foxmail with an empty HTML body",
    )
    S.add(
        "stranger-empty",
        at(9, 7, 30),
        "python-email",
        frm="13805380000@139.com",
        name="",
        subject="",
        text="",
        charset="utf-8",
        kind="empty",
        note="unknown address, nothing in it",
    )
    S.add(
        "tajsxy-empty-rsj",
        at(12, 10, 0),
        "neomutt",
        frm=U["tajsxy"].email,
        name="泰安技师学院",
        to=[RSJ],
        subject="",
        text="",
        kind="empty",
    )


def notice_forwards(S: DevSet) -> None:
    """A bureau sends the city's notice on to its schools with the city in Cc only."""
    notice = docs.convert(
        docs.docx_file(
            [
                ("title", "泰安市教育局等9部门关于做好2020年泰安市职业教育活动周相关工作的通知"),
                "泰教函〔2020〕72号",
                "各县市区教育和体育局……各职业院校：",
                "我市定于11月8日至14日开展全市职业教育活动周活动。",
            ]
        ),
        "docx",
        "pdf",
    )
    body = (
        "各学校：\n现将《泰安市教育局等9部门关于做好2020年泰安市职业教育活动周相关工作的通知》（泰教函〔2020〕72号）转发给你们，"
        "请认真落实，于11月5日前将活动周方案、宣传专栏地址和联络员信息报市教育局职成高教科（jyj-zcjk01@ta.shandong.cn）。\n"
    )
    S.add(
        "taishan-forwards-notice",
        at(3, 16, 40),
        "neomutt",
        frm=U["taishan"].email,
        name="泰山区教体局",
        to=["tsqzjzx@163.com", "tsqsyxx@163.com"],
        cc=[CITY],
        subject="转发：关于做好2020年泰安市职业教育活动周相关工作的通知",
        text=body + "泰山区教体局\n",
        files=[F("泰教函〔2020〕72号.pdf", notice, "other")],
        kind="notice-forward",
        note="to the bureau's schools, the city only in Cc; files not labelled (not a submission)",
    )
    S.messages[-1]["files"] = []
    S.add(
        "feicheng-forwards-notice",
        at(5, 8, 0),
        "outlook",
        frm=U["feicheng"].email,
        name="肥城市教体局",
        charset="gb2312",
        to=[U["fczz"].email],
        cc=[CITY],
        subject="转发: 关于做好2020年泰安市职业教育活动周相关工作的通知",
        text=body
        + hand.quoted_header(
            "outlook",
            "泰安市教育局职成高教科",
            "2020年11月2日 9:00",
            "各县市区教体局",
            "关于做好2020年泰安市职业教育活动周相关工作的通知",
        ),
        kind="notice-forward",
        note="Outlook forward to the county's school; the quoted notice names many units",
    )
    S.add(
        "daiyue-forwards-notice",
        at(3, 9, 0),
        "foxmail",
        frm=U["daiyue"].email,
        name="岱岳区教体局",
        to=[U["dyzjzx"].email],
        cc=[CITY],
        subject="转发：泰教函〔2020〕72号 职业教育活动周通知",
        text=body,
        kind="notice-forward",
    )


def build(S: DevSet) -> None:
    """Everything in this module."""
    for f in (
        auto_replies,
        receipts,
        bounces,
        empties,
        notice_forwards,
    ):
        f(S)
