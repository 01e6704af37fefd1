"""Set5's mail that is not a unit's submission: other business, spam, newsletters, parents,
auto-replies in English and Chinese, calendar invites, bounces, read receipts."""

from __future__ import annotations

from .build import Builder, t
from .mime import CITY, RSJ, Att, Mail

SYS = "system"


def _report(boundary: str, human: str, kind: str, fields: str, original: str) -> bytes:
    """A multipart/report body (DSN or MDN) written byte by byte."""
    return (
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n{human}\r\n"
        f"--{boundary}\r\nContent-Type: {kind}\r\n\r\n{fields}\r\n"
        f"--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n{original}\r\n"
        f"--{boundary}--\r\n"
    ).encode()


def _ics(uid: str, summary: str, start: str, end: str, organizer: str, attendee: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20201101T010000Z\r\nDTSTART;TZID=Asia/Shanghai:{start}\r\n"
        f"DTEND;TZID=Asia/Shanghai:{end}\r\nSUMMARY:{summary}\r\n"
        f"ORGANIZER:mailto:{organizer}\r\nATTENDEE;RSVP=TRUE:mailto:{attendee}\r\n"
        "LOCATION:市教育局三楼会议室\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def noise(b: Builder) -> None:
    """Every non-submission of the set."""
    add = b.add
    add(
        Mail(
            "n-bgs",
            t("11-02 09:00"),
            "jyj_bgs@ta.shandong.cn",
            "市教育局办公室",
            "关于报送2020年度教育事业统计数据的通知",
            "各科室：\n请于11月20日前报送本科室年度统计数据。\n市教育局办公室",
            client="coremail",
        ),
        "unrelated",
        note="the city's own office: other business",
    )
    add(
        Mail(
            "n-sdedu-list",
            t("11-02 18:00"),
            "news@edu.shandong.gov.cn",
            "山东教育资讯",
            "山东教育资讯 第432期：全省职业教育活动周启动在即",
            "本期要目：1. 全省职业教育活动周11月8日启动 2. 职教高地建设进展\n退订请回复TD",
            client="coremail",
            extra_headers=[
                ("List-Id", "<sdjyzx.edu.shandong.gov.cn>"),
                ("List-Unsubscribe", "<mailto:unsubscribe@edu.shandong.gov.cn>"),
                ("Precedence", "bulk"),
            ],
        ),
        "newsletter",
        note="a newsletter naming the activity week",
    )
    add(
        Mail(
            "n-spam-fp",
            t("11-03 02:14"),
            "zhang8812@sohu.com",
            "",
            "代开各类增值税发票（13963xxxxxx）",
            "本公司长期代开各类发票，点数优惠，请加微信。",
            client="python",
        ),
        "unrelated",
        note="spam",
    )
    add(
        Mail(
            "n-spam-train",
            t("11-04 05:30"),
            "peixun@zhijiao-cert.com",
            "职业技能证书中心",
            "职业院校教师双师型证书考评通知（限时报名）",
            "各职业院校：双师型教师证书考评火热报名中，包过，详询400-888-xxxx。",
            client="qqmail",
        ),
        "unrelated",
        note="spam dressed as a vocational-school notice",
    )
    add(
        Mail(
            "n-parent1",
            t("11-06 21:40"),
            "1318826745@qq.com",
            "学生家长",
            "咨询泰山职业技术学院活动周校园开放日",
            "您好，我是一名初三学生家长，听说职业教育活动周期间泰山职业技术学院有网络校园开放日，"
            "请问家长怎么报名参加？谢谢。",
            client="qqmail",
        ),
        "unrelated",
        note="a parent's question naming a unit and the week: not the unit's mail",
    )
    add(
        Mail(
            "n-parent2",
            t("11-11 22:05"),
            "liming_1980@163.com",
            "李明",
            "泰安卫校招生问题",
            "请问泰安市卫生学校明年护理专业招多少人？",
            client="coremail",
        ),
        "unrelated",
        note="a parent asking about enrolment",
    )
    add(
        Mail(
            "n-ooo-en1",
            t("11-06 09:05"),
            "xcb@tsvtc.edu.cn",
            "Wu Haifeng",
            "Automatic reply: 回执：泰山职业技术学院报送材料已收到",
            "Thank you for your email. I am out of the office until 9 November with limited "
            "access to email.\nFor urgent matters please contact the Publicity Department.",
            client="outlook",
            extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        ),
        "auto_reply",
        note="English out-of-office with Auto-Submitted",
    )
    add(
        Mail(
            "n-ooo-en2",
            t("11-13 09:20"),
            "jwc@tavtc.edu.cn",
            "",
            "Out of Office: 提醒：活动周宣传材料",
            "I am currently travelling and will reply when I return on Monday.\nBest regards",
            client="applemail",
        ),
        "auto_reply",
        note="English out-of-office without Auto-Submitted",
    )
    add(
        Mail(
            "n-ooo-cn",
            t("11-09 09:03"),
            "nyzz2008@126.com",
            "",
            "【自动回复】回执：宁阳县职业中等专业学校报送材料已收到",
            "您的邮件已收到，我会尽快处理。——宁阳县职业中等专业学校办公室",
            client="coremail",
            extra_headers=[("Auto-Submitted", "auto-replied")],
        ),
        "auto_reply",
        note="Chinese auto-reply naming the unit",
    )
    ics = _ics(
        "040000008200E00074C5B7101A82E00800000000",
        "职业教育活动周启动仪式筹备会",
        "20201106T093000",
        "20201106T110000",
        "jyj_tianhj@ta.shandong.cn",
        CITY,
    )
    add(
        Mail(
            "n-ics1",
            t("11-04 16:00"),
            "jyj_tianhj@ta.shandong.cn",
            "田洪娟",
            "邀请: 职业教育活动周启动仪式筹备会 @ 2020年11月6日 9:30",
            client="outlook",
            raw_ctype="text/calendar; method=REQUEST; charset=utf-8",
            raw_body=ics.encode("utf-8"),
        ),
        "unrelated",
        note="a calendar invite (text/calendar) from a colleague: no submission",
    )
    ics2 = _ics(
        "9b3c1f2e-rsj-20201110",
        "技工院校工作例会",
        "20201110T143000",
        "20201110T160000",
        "rsj_bgs@ta.shandong.cn",
        RSJ,
    )
    m = Mail(
        "n-ics2",
        t("11-05 10:00"),
        "rsj_bgs@ta.shandong.cn",
        "市人社局办公室",
        "会议邀请：技工院校工作例会",
        "请准时参加。",
        client="python",
        to=RSJ,
    )
    m.atts.append(Att("invite.ics", ics2.encode("utf-8"), "text/calendar"))
    add(m, "unrelated", note="an invite with an .ics attachment")
    orig = (
        "From: jyj-zcjk01@ta.shandong.cn\r\nTo: tsjg_jwk@qq.cm\r\n"
        "Subject: =?utf-8?B?5o+Q6YaS77ya5rS75Yqo5ZGo5pa55qGI?=\r\n"
    )
    fields = (
        "Reporting-MTA: dns; mail.ta.shandong.cn\r\n\r\n"
        "Final-Recipient: rfc822; tsjg_jwk@qq.cm\r\nAction: failed\r\nStatus: 5.1.2\r\n"
        "Diagnostic-Code: smtp; Host or domain name not found. Name service error for "
        "name=qq.cm type=A: Host not found"
    )
    add(
        Mail(
            "n-dsn1",
            t("11-03 09:01"),
            "MAILER-DAEMON@mail.ta.shandong.cn",
            "Mail Delivery System",
            "Undelivered Mail Returned to Sender",
            client="system",
            extra_headers=[("Auto-Submitted", "auto-replied")],
            raw_ctype='multipart/report; report-type=delivery-status; boundary="dsn5a"',
            raw_body=_report(
                "dsn5a",
                "This is the mail system at host mail.ta.shandong.cn.\r\n"
                "I'm sorry to have to inform you that your message could not be "
                "delivered to one or more recipients.\r\n\r\n<tsjg_jwk@qq.cm>: "
                "Host or domain name not found",
                "message/delivery-status",
                fields,
                orig,
            ),
        ),
        "bounce",
        note="a bounce for a typo'd address (qq.cm)",
    )
    orig2 = (
        "From: jyj-zcjk01@ta.shandong.cn\r\nTo: xtzz_bgs@136.com\r\n"
        "Subject: =?utf-8?B?5Zue5omn77ya5paw5rOw6IGM5LiT?=\r\n"
    )
    fields2 = (
        "Reporting-MTA: dns; mail.ta.shandong.cn\r\n\r\nFinal-Recipient: rfc822; "
        "xtzz_bgs@136.com\r\nAction: failed\r\nStatus: 5.4.4\r\n"
    )
    add(
        Mail(
            "n-dsn2",
            t("11-04 09:01"),
            "postmaster@mail.ta.shandong.cn",
            "系统退信",
            "系统退信：邮件无法投递",
            client="system",
            raw_ctype='multipart/report; report-type=delivery-status; boundary="dsn5b"',
            raw_body=_report(
                "dsn5b",
                "您发送的邮件无法投递到 xtzz_bgs@136.com（域名不存在）。",
                "message/delivery-status",
                fields2,
                orig2,
            ),
        ),
        "bounce",
        note="a Chinese bounce, typo'd 136.com, null-ish sender postmaster",
    )
    mdn = (
        "Reporting-UA: Foxmail 7.2\r\nFinal-Recipient: rfc822; dzb@sdfzxy.edu.cn\r\n"
        "Original-Message-ID: <ack-sdfzxy-1104@ta.shandong.cn>\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    add(
        Mail(
            "n-mdn1",
            t("11-04 11:00"),
            "dzb@sdfzxy.edu.cn",
            "山东服装职业学院",
            "已读：回执：山东服装职业学院报送材料已收到",
            client="foxmail",
            raw_ctype='multipart/report; report-type=disposition-notification; boundary="mdn5a"',
            raw_body=_report(
                "mdn5a",
                "您发送的邮件已被阅读。",
                "message/disposition-notification",
                mdn,
                "Subject: =?utf-8?B?5Zue5omn?=\r\n",
            ),
        ),
        "receipt",
        note="a Foxmail read receipt (MDN) from a registered address",
    )
    add(
        Mail(
            "n-mdn2",
            t("11-16 10:30"),
            "tawx_bgs@ta.shandong.cn",
            "",
            "Read: 回执：泰安市卫生学校报送材料已收到",
            "Your message\n\n  To: tawx_bgs@ta.shandong.cn\n"
            "  Subject: 回执：泰安市卫生学校报送材料已收到\n\nwas read on 2020/11/16 10:29.",
            client="outlook",
        ),
        "receipt",
        note="Outlook's plain 'Read:' receipt, no MDN part",
    )
    add(
        Mail(
            "n-fc-other",
            t("11-10 08:00"),
            "fc_jtj_zcjyk@ta.shandong.cn",
            "肥城市教体局",
            "肥城市2020年中小学生体质健康测试数据报送",
            "市教育局体卫艺科：\n附件为我市体质健康测试汇总数据。\n肥城市教育和体育局",
            client="coremail",
            to="jyj_twyk@ta.shandong.cn",
            cc=CITY,
        ),
        "unrelated",
        note="a registered unit's other business (Cc to the mailbox)",
    )
    add(
        Mail(
            "n-dzw",
            t("11-12 07:00"),
            "daily@dzwww.com",
            "大众网",
            "大众网早报：泰安职业教育活动周亮点纷呈",
            "今日要闻：泰安职业教育活动周亮点纷呈……\n如不想再收到此类邮件，请点击退订。",
            client="python",
            extra_headers=[("List-Id", "dzwww daily <daily.dzwww.com>"), ("Precedence", "bulk")],
        ),
        "newsletter",
        note="a news digest about the week",
    )
    m2 = Mail(
        "n-spam-zip",
        t("11-08 03:33"),
        "invoice@fapiao-service.net",
        "",
        "Invoice 2020-11 / 发票",
        "Please see attached invoice.",
        client="python",
    )
    m2.atts.append(Att("invoice.zip", b"PK\x05\x06" + b"\x00" * 18, "application/zip"))
    add(m2, "unrelated", note="spam with an empty zip")
    add(
        Mail("n-empty", t("11-05 08:00"), "dpzjzx@ta.shandong.cn", "", "", "", client="foxmail"),
        "empty",
        note="an empty mail from a registered address (sent by mistake)",
    )
    add(
        Mail(
            "n-sdjyt",
            t("11-09 16:00"),
            "zcc@sdedu.gov.cn",
            "省教育厅职成处",
            "关于报送全省职业教育活动周典型案例的通知",
            "各市教育局：请于11月20日前报送活动周典型案例1-2个。\n山东省教育厅职业教育处",
            client="coremail",
        ),
        "unrelated",
        note="the province's next request to the city: not a unit's submission",
    )


def more_noise(b: Builder) -> None:
    """Five more non-submissions."""
    b.add(
        Mail(
            "n-cc-ny",
            t("11-05 11:00"),
            "nyjtj_zcg@qq.com",
            "宁阳县教体局职成股",
            "转发：关于做好2020年泰安市职业教育活动周相关工作的通知",
            "各职业学校：\n现将市教育局等9部门通知转发给你们，请认真落实。\n宁阳县教育和体育局",
            client="qqmail",
            to="nyzz2008@126.com",
            cc=CITY,
        ),
        "cc_copy",
        note="a county forwards the notice to its school, the city only in Cc",
    )
    b.add(
        Mail(
            "n-ooo-cn2",
            t("11-10 12:00"),
            "jwc@tavtc.edu.cn",
            "",
            "休假中：回复：提醒：活动周宣传材料",
            "本人11月9日至11月13日休假，期间邮件不能及时回复。",
            client="coremail",
        ),
        "auto_reply",
        note="a Chinese holiday reply without Auto-Submitted",
    )
    b.add(
        Mail(
            "n-spam-seo",
            t("11-07 04:12"),
            "seo@rank-fast.biz",
            "Rank Fast",
            "Get your school website on the first page of Baidu",
            "Dear webmaster, we noticed your website www.ta.shandong.cn could rank higher.",
            client="python",
        ),
        "unrelated",
        note="English spam",
    )
    b.add(
        Mail(
            "n-bgs2",
            t("11-13 15:00"),
            "jyj_rsk@ta.shandong.cn",
            "市教育局人事科",
            "关于做好2020年度职称评审材料报送工作的提醒",
            "各科室：请提醒各单位按时报送职称评审材料。",
            client="coremail",
        ),
        "unrelated",
        note="the city's own staff: other business",
    )
    b.add(
        Mail(
            "n-zjw",
            t("11-15 08:00"),
            "newsletter@chinazy.org",
            "中国职业教育网",
            "职教周刊｜各地职业教育活动周精彩回顾",
            "本周要闻：各地职业教育活动周精彩回顾。\n退订：回复TD",
            client="python",
            extra_headers=[
                ("List-Id", "<zjzk.chinazy.org>"),
                ("List-Unsubscribe", "<https://chinazy.org/u>"),
            ],
        ),
        "newsletter",
        note="a weekly newsletter",
    )
