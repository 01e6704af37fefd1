"""Set7's mail that is not a unit's submission: invitations, newsletters, another year's
activity week, spam naming the week, a blank 测试, bounces, auto-replies, receipts, a spoof,
a copy, other business from registered addresses."""

from __future__ import annotations

import base64
import io
import tempfile
import zipfile
from pathlib import Path

from .build import Builder, other
from .docs import _python_docx
from .mime import CITY, RSJ, Att


def _docx(title: str, paras: list[str]) -> bytes:
    """python-docx bytes with fixed zip member times (python-docx stamps the clock)."""
    with tempfile.TemporaryDirectory() as t:
        out = Path(t) / "x.docx"
        _python_docx([["h", title]] + [["p", p] for p in paras], out)
        src = zipfile.ZipFile(out)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for info in src.infolist():
                fixed = zipfile.ZipInfo(info.filename, (2020, 11, 3, 10, 0, 0))
                fixed.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(fixed, src.read(info))
        return buf.getvalue()


def _ics(uid: str, summary: str, start: str, end: str, organizer: str, where: str) -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VTIMEZONE",
        "TZID:China Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"ORGANIZER;CN=organizer:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CITY}",
        f"SUMMARY;LANGUAGE=zh-CN:{summary}",
        f"DTSTART;TZID=China Standard Time:{start}",
        f"DTEND;TZID=China Standard Time:{end}",
        f"UID:{uid}",
        "DTSTAMP:20201101T000000Z",
        f"LOCATION;LANGUAGE=zh-CN:{where}",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines).encode("utf-8") + b"\r\n"


def _dsn(rcpt: str, subject: str, server: str, when: str) -> tuple[bytes, str]:
    text = (
        f"很抱歉您的邮件没有发送成功。\r\n\r\n收件人：{rcpt}\r\n主题：{subject}\r\n"
        "退信原因：收件人邮箱地址不存在（550 User not found）\r\n\r\n"
        "建议：请核对收件人地址是否书写正确后重新发送。\r\n此为系统邮件，请勿回复。\r\n"
    ).encode()
    b = "----=_Part_DSN_" + rcpt.split("@")[0]
    subj = base64.b64encode(subject.encode()).decode()
    head = (
        f"--{b}\r\nContent-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
    )
    tail = (
        f"\r\n--{b}\r\nContent-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; {server}\r\n"
        f"Arrival-Date: {when}\r\n\r\nFinal-Recipient: rfc822; {rcpt}\r\nAction: failed\r\n"
        "Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 User not found\r\n\r\n"
        f"--{b}\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: {CITY}\r\nTo: {rcpt}\r\n"
        f"Subject: =?UTF-8?B?{subj}?=\r\n\r\n--{b}--\r\n"
    )
    return head.encode() + base64.encodebytes(text).replace(b"\n", b"\r\n") + tail.encode(), b


def build(b: Builder) -> None:
    """Every non-campaign message of set7."""
    inv = _ics(
        "040000008200E00074C5B7101A82E0080000000077A1",
        "全市职业教育工作推进会",
        "20201106T090000",
        "20201106T113000",
        "zhangli_jyj@ta.shandong.cn",
        "市教育局三楼会议室",
    )
    other(
        b,
        "unrelated",
        "11-02 11:00",
        "outlook",
        "zhangli_jyj@ta.shandong.cn",
        "会议邀请：全市职业教育工作推进会",
        "时间：2020年11月6日 9:00-11:30\n地点：市教育局三楼会议室\n请准时参加。",
        sender_name="张丽",
        atts=[Att("invite.ics", inv, "text/calendar; method=REQUEST; charset=UTF-8")],
        note="a calendar invitation (.ics) from a colleague",
    )
    inv2 = _ics(
        "tavtc-xqhz-20201120",
        "校企合作洽谈会",
        "20201120T140000",
        "20201120T170000",
        "dwxcb@tavtc.edu.cn",
        "泰安职院行政楼201",
    )
    other(
        b,
        "unrelated",
        "11-10 09:40",
        "outlook",
        "dwxcb@tavtc.edu.cn",
        "邀请：校企合作洽谈会（11月20日）",
        "诚邀市教育局领导莅临指导我院校企合作洽谈会。\n泰安职业技术学院党委宣传部",
        sender_name="泰安职院党委宣传部",
        atts=[Att("meeting.ics", inv2, "text/calendar; method=REQUEST; charset=UTF-8")],
        note="a registered school's calendar invitation for other business",
    )
    other(
        b,
        "newsletter",
        "11-06 08:00",
        "coremail",
        "tsvtc_xcb@126.com",
        "泰山职院校报（电子版）第216期",
        "本期要目：\n· 我院召开第三届教代会\n· 职业教育活动周筹备工作部署会召开\n"
        "· 学生在全国职业院校技能大赛中获奖\n\n"
        "退订请回复TD。",
        sender_name="泰山职院校报编辑部",
        headers=[
            ("List-Id", "<xiaobao.tsvtc.edu.cn>"),
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<mailto:tsvtc_xcb@126.com?subject=TD>"),
        ],
        note="a registered school's newsletter mentioning the week",
    )
    other(
        b,
        "newsletter",
        "11-12 07:30",
        "system",
        "news@zjzk.example.cn",
        "职教周刊第45期：各地职业教育活动周精彩纷呈",
        "各地职业教育活动周精彩纷呈；职业教育提质培优行动计划解读。",
        sender_name="职教周刊",
        headers=[("List-Id", "<zjzk.example.cn>"), ("Precedence", "list")],
    )
    other(
        b,
        "unrelated",
        "11-03 10:50",
        "coremail",
        "xtjtj_zjk@126.com",
        "2019年职业教育活动周工作总结（补报）",
        "市局：去年活动周总结当时漏报，现补报，请存档。\n孙海燕",
        atts=[
            Att(
                "新泰市2019年职业教育活动周工作总结.docx",
                _docx(
                    "新泰市2019年职业教育活动周工作总结", ["2019年5月，新泰市开展职业教育活动周……"]
                ),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        ],
        note="another year's activity week from a registered county",
    )
    other(
        b,
        "unrelated",
        "11-14 10:00",
        "coremail-gov",
        "zcjyc@sdedu.gov.cn",
        "关于征求2021年全国职业教育活动周筹备意见的函",
        "各市教育局：2021年全国职业教育活动周拟于5月举办，请于11月25日前反馈意见。\n山东省教育厅职成教处",
        note="another year's week (2021), from the province",
    )
    other(
        b,
        "unrelated",
        "11-07 13:20",
        "qqweb",
        "2580147369@qq.com",
        "职业教育活动周宣传展板、易拉宝制作 特惠",
        "各位老师好！本公司承接活动周宣传展板、易拉宝、条幅制作，48小时出货，电话 13900000000。",
        note="spam naming the week",
    )
    other(
        b,
        "unrelated",
        "11-09 02:10",
        "system",
        "service@jianzhan-sem.example.com",
        "【活动周】宣传专栏网站建设 898元起",
        "宣传专栏网站建设，898元起，包备案包维护。",
        note="spam with 【活动周】 and 宣传专栏",
    )
    other(
        b,
        "unrelated",
        "11-15 23:10",
        "qqweb",
        "1357924680@qq.com",
        "活动周经费报销 代开发票",
        "代开各类发票，活动周经费报销无忧。",
        note="invoice spam naming the week",
    )
    other(
        b,
        "empty",
        "11-04 08:10",
        "coremail-gov",
        "dyzjzx@ta.shandong.cn",
        "测试",
        "测试",
        note="a blank 测试 mail from a registered address",
    )
    raw, bd = _dsn(
        "tsqjtj_zcjyk@136.com",
        "回执：泰山区教体局活动周方案",
        "mx.ta.shandong.cn",
        "Tue, 3 Nov 2020 10:31:00 +0800",
    )
    other(
        b,
        "bounce",
        "11-03 10:31",
        "system",
        "postmaster@ta.shandong.cn",
        "系统退信",
        headers=[
            ("Return-Path", "<>"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Mailer", "Coremail Webmail Server Version XT6.0.1"),
        ],
        raw_body=raw,
        raw_ctype=f'multipart/report; report-type=delivery-status; boundary="{bd}"',
        note="Coremail DSN in Chinese",
    )
    raw2, bd2 = _dsn(
        "dpzz_xb@136.com",
        "回执：东平职专活动周稿件",
        "mx.ta.shandong.cn",
        "Tue, 10 Nov 2020 10:50:00 +0800",
    )
    other(
        b,
        "bounce",
        "11-10 10:50",
        "system",
        "MAILER-DAEMON@ta.shandong.cn",
        "退信：回执：东平职专活动周稿件",
        headers=[("Return-Path", "<>")],
        raw_body=raw2,
        raw_ctype=f'multipart/report; report-type=delivery-status; boundary="{bd2}"',
        note="a second Chinese DSN, to a mistyped address",
    )
    other(
        b,
        "auto_reply",
        "11-04 16:22",
        "coremail",
        "nyxjtj_zcjy@163.com",
        "自动回复：关于报送活动周方案、专栏地址和联络员的提示",
        "您好，我已收到您的邮件，近期外出学习，回来后尽快处理。",
        headers=[("Auto-Submitted", "auto-replied")],
        note="163 auto-reply from a registered county",
    )
    other(
        b,
        "auto_reply",
        "11-10 09:01",
        "outlook-mac",
        "xcb@sdfzxy.edu.cn",
        "自动答复: 关于活动周宣传材料报送的提示",
        "我目前不在办公室，11月10日返回。紧急事务请联系宣传统战部办公室。",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        note="Outlook for Mac automatic reply",
    )
    mdn = (
        b"--mdn1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
        + "您的邮件已被阅读。".encode()
        + b"\r\n--mdn1\r\nContent-Type: message/disposition-notification\r\n\r\n"
        b"Reporting-UA: dwxcb@tavtc.edu.cn; Microsoft Outlook 16.0\r\n"
        b"Final-Recipient: rfc822;dwxcb@tavtc.edu.cn\r\n"
        b"Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--mdn1--\r\n"
    )
    other(
        b,
        "receipt",
        "11-03 09:00",
        "outlook",
        "dwxcb@tavtc.edu.cn",
        "已读: 回执：泰安职院活动周方案",
        raw_body=mdn,
        raw_ctype='multipart/report; report-type=disposition-notification; boundary="mdn1"',
    )
    other(
        b,
        "receipt",
        "11-16 18:30",
        "foxmail",
        "fczz_bgs@126.com",
        "已读回执：关于统计表填报的说明",
        "这是邮件 [关于统计表填报的说明] 的已读回执。\n该邮件已于 2020-11-16 18:29 被阅读。",
        note="Foxmail text read receipt",
    )
    other(
        b,
        "cc_copy",
        "11-05 09:00",
        "foxmail",
        "nyxjtj_zcjy@163.com",
        "转发：关于做好2020年泰安市职业教育活动周相关工作的通知",
        "各职业学校：现将市教育局等9部门通知转发给你们，请认真落实，于11月4日前将方案报县局。\n宁阳县教体局职成教科",
        to="2470135869@qq.com",
        cc=CITY,
        note="a county passing the notice to its school, city in Cc",
    )
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w") as z:
        z.writestr(zipfile.ZipInfo("fangan.txt", (2020, 11, 5, 3, 0, 0)), "x")
    other(
        b,
        "spoof",
        "11-05 03:12",
        "coremail",
        "dyqjtj@ta.shandong.cn",
        "活动周方案（请查收）",
        "请查收附件。",
        headers=[
            (
                "Authentication-Results",
                "mx.ta.shandong.cn; spf=fail smtp.mailfrom=dyqjtj@ta.shandong.cn; "
                "dkim=none; dmarc=fail",
            )
        ],
        atts=[Att("fangan.zip", zbuf.getvalue(), "application/zip")],
        note="spoof of a registered address",
    )
    other(
        b,
        "unrelated",
        "11-10 20:15",
        "qqmobile",
        "1122334455@qq.com",
        "请问肥城职专活动周有开放日吗",
        "孩子明年中考，想去肥城职专看看，请问活动周有没有开放日？",
        note="a parent naming a school",
    )
    other(
        b,
        "unrelated",
        "11-11 09:30",
        "coremail",
        "xtjgxx_zsb@163.com",
        "新泰市技工学校2021年招生计划",
        "市人社局：我校2021年招生计划见正文：焊接200人、电工150人、汽修100人。",
        to=RSJ,
        note="other business from a registered school to the 人社局 mailbox",
    )
    other(
        b,
        "unrelated",
        "11-02 17:00",
        "outlook",
        "dongdn@ta.shandong.cn",
        "活动周专栏页面设计稿",
        "殿楠：专栏页面设计稿已改好，请看是否可以上线。",
        sender_name="市教育局信息中心",
        note="the city's own office",
    )
    other(
        b,
        "unrelated",
        "11-13 11:40",
        "coremail",
        "taidaily_jyb@163.com",
        "泰安日报约稿：职业教育活动周典型案例",
        "您好，我报拟刊发职业教育活动周专版，请推荐3个典型案例。\n泰安日报教育部",
        note="a newspaper asking",
    )
    other(
        b,
        "unrelated",
        "11-08 06:00",
        "system",
        "postmaster@ta.shandong.cn",
        "邮箱容量提醒",
        "您的邮箱已使用90%，请及时清理。",
        headers=[("Auto-Submitted", "auto-generated")],
        note="the mail server's quota notice",
    )
    other(
        b,
        "unrelated",
        "11-12 10:00",
        "wps",
        "tsqzz@ta.shandong.cn",
        "泰山区职专关于申报市级教学成果奖的请示",
        "市教育局：我校拟申报市级教学成果奖，材料随后报送。",
        note="other business from a registered school",
    )
