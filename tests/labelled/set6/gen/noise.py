"""Mail that is nobody's submission: other notices' business from registered units, the
province and the city's own offices, newsletters (one in Big5), vendors, a parent, auto
replies (English and Chinese, with and without Auto-Submitted), bounces (Coremail, QQ,
Postfix), read receipts (Outlook MDN, Foxmail, 163), spoofs with failed SPF/DMARC, an
empty mail, and mail that uses a campaign keyword for something else."""

from __future__ import annotations

import base64

from .build import Builder, other
from .mime import CITY, RSJ, Att

BULK = [("Precedence", "bulk")]


def _b64(s: str, codec: str = "utf-8") -> bytes:
    enc = base64.b64encode(s.replace("\n", "\r\n").encode(codec))
    return b"\r\n".join(enc[i : i + 76] for i in range(0, len(enc), 76))


def _dsn(boundary: str, human: str, rcpt: str, status: str, diag: str, orig_subj: str) -> bytes:
    return (
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
        f"base64\r\n\r\n".encode()
        + _b64(human)
        + f"\r\n--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; "
        f"mx.ta.shandong.cn\r\n\r\nFinal-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: "
        f"{status}\r\n"
        f"Diagnostic-Code: smtp; {diag}\r\n\r\n--{boundary}\r\nContent-Type: "
        f"text/rfc822-headers\r\n\r\n"
        f"From: {CITY}\r\nTo: {rcpt}\r\nSubject: "
        f"=?utf-8?B?{base64.b64encode(orig_subj.encode()).decode()}?=\r\n"
        f"\r\n--{boundary}--\r\n".encode()
    )


def _mdn(boundary: str, human: str, reporter: str, orig_id: str) -> bytes:
    return (
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
        f"base64\r\n\r\n".encode()
        + _b64(human)
        + f"\r\n--{boundary}\r\nContent-Type: message/disposition-notification\r\n\r\n"
        f"Reporting-UA: {reporter}\r\nFinal-Recipient: rfc822;{reporter}\r\n"
        f"Original-Message-ID: {orig_id}\r\nDisposition: manual-action/MDN-sent-manually; "
        f"displayed\r\n"
        f"\r\n--{boundary}--\r\n".encode()
    )


def noise(b: Builder) -> None:
    """Other business, newsletters, vendors, a parent."""
    other(
        b,
        "unrelated",
        "11-02 09:12",
        "outlook",
        "xcb@tavtc.edu.cn",
        "泰安职业技术学院关于报送2020年教师节表彰材料的函",
        "市教育局教师工作科：\n\n根据要求，现报送我院2020年教师节优秀教师推荐材料，请审核。\n\n"
        "泰安职业技术学院党委教师工作部",
        note="another notice's submission from a registered address (teachers' day awards)",
    )
    other(
        b,
        "unrelated",
        "11-03 16:40",
        "foxmail",
        "xtsjtj_zcjk@ta.shandong.cn",
        "新泰市2021年春季中职招生计划",
        "市局职成高教科：\n    新泰市2021年春季中职学校招生计划表见附件。\n新泰市教体局职成教科",
        note="a registered county's other business (enrolment plan)",
    )
    other(
        b,
        "unrelated",
        "11-06 11:15",
        "coremail",
        "fczzxcb@163.com",
        "肥城职专技能大赛报名表",
        "职成高教科：\n\n我校2020年全市职业院校技能大赛报名表见附件。\n\n肥城职专 田雪",
        note="a registered school's other business (skills contest entry)",
    )
    other(
        b,
        "unrelated",
        "11-04 08:30",
        "qqweb",
        "tajtzz@126.com",
        "关于报送学校疫情防控联络员的函",
        "市教育局：\n根据秋冬季疫情防控工作要求，我校疫情防控联络员为：李涛，副校长，13805381122。"
        "\n泰安市交通职业中等专业学校",
        note="a campaign keyword (联络员) about epidemic control",
    )
    other(
        b,
        "unrelated",
        "11-09 15:00",
        "coremail",
        "tsqjdxx_aq@163.com",
        "泰山区中小学安全教育活动周开展情况",
        "市教育局：\n我区中小学安全教育活动周于11月2日至6日开展，情况报告如下……\n"
        "泰山区教体局安全科",
        note="活动周 of another kind (school safety week)",
    )
    other(
        b,
        "unrelated",
        "11-02 10:05",
        "coremail-gov",
        "jyj-bgs@ta.shandong.cn",
        "关于报送2020年度政务信息的通知",
        "各科室：\n请于11月20日前报送本年度政务信息工作总结。\n市教育局办公室",
        note="the city's own office",
    )
    other(
        b,
        "unrelated",
        "11-02 15:30",
        "coremail-gov",
        "zcc@sdedu.gov.cn",
        "转发：关于做好2020年山东省职业教育活动周相关工作的通知",
        "各市教育局：\n"
        "现将《山东省教育厅等10部门关于做好2020年山东省职业教育活动周相关工作的通知》转发给你们，"
        "请遵照执行。\n山东省教育厅职成处",
        note="the province's notice",
    )
    other(
        b,
        "unrelated",
        "11-05 02:14",
        "coremail",
        "fapiao_8866@163.com",
        "代开各类正规发票",
        "您好！本公司代开增值税发票、普通发票，点数优惠，可先验票后付款。联系电话：13988886666",
        note="spam",
    )
    other(
        b,
        "unrelated",
        "11-03 13:20",
        "qqweb",
        "market@yunzhanting.cn",
        "职业教育活动周“云上展厅”一站式解决方案",
        "尊敬的老师：\n值此职业教育活动周之际，我公司推出云上展厅、直播、"
        "VR全景校园一站式解决方案，限时优惠……",
        sender_name="云展厅",
        note="a vendor naming the activity week",
    )
    other(
        b,
        "unrelated",
        "11-10 21:50",
        "qqmobile",
        "2298845512@qq.com",
        "咨询交通职专招生",
        "您好，我是初三学生家长，看到交通职专在搞网络校园开放日，想问一下汽修专业明年招多少人？",
        note="a parent naming a school",
    )
    other(
        b,
        "unrelated",
        "11-11 09:00",
        "qqweb",
        "jszx_tajs@163.com",
        "关于职业技能等级认定工作的请示",
        "市人社局职建科：\n我校拟开展电工、焊工职业技能等级认定工作，特此请示。\n泰安市某技工学校",
        to=RSJ,
        note="the 人社局 mailbox's other business",
    )
    other(
        b,
        "newsletter",
        "11-09 06:00",
        "coremail",
        "newsletter@jyb.cn",
        "中国教育报 2020年11月9日 今日要闻",
        "今日要闻：全国职业教育活动周启动 各地“云上”展示职教风采……\n退订请点击："
        "http://www.jyb.cn/unsubscribe",
        headers=[
            *BULK,
            ("List-Id", "<daily.jyb.cn>"),
            ("List-Unsubscribe", "<http://www.jyb.cn/unsubscribe>"),
        ],
        note="newsletter naming the activity week",
    )
    other(
        b,
        "newsletter",
        "11-12 07:30",
        "coremail",
        "edm@chinazy.org",
        "职教圈周刊｜活动周特辑",
        "本期特辑：各地职业教育活动周亮点回顾……",
        headers=[*BULK, ("List-Id", "<weekly.chinazy.org>")],
        note="newsletter",
    )
    other(
        b,
        "newsletter",
        "11-06 14:00",
        "big5",
        "service@twtech-edu.com.tw",
        "實訓設備型錄 2020冬季版",
        "敬啟者：\n本公司新推出汽車檢測、數控加工實訓設備，歡迎來電洽詢。\n台灣技職設備有限公司",
        headers=BULK,
        note="a vendor newsletter in Big5",
    )
    other(
        b,
        "newsletter",
        "11-14 06:00",
        "coremail",
        "szb@tadaily.com",
        "泰安日报数字报 11月14日",
        "头版：我市职业教育活动周闭幕……\n本邮件为订阅邮件，请勿直接回复。",
        headers=[*BULK, ("List-Id", "<szb.tadaily.com>")],
        note="newsletter",
    )


def machines(b: Builder) -> None:
    """Auto replies, bounces, receipts, spoofs, an empty mail."""
    other(
        b,
        "auto_reply",
        "11-04 10:05",
        "outlook",
        "xcb@tavtc.edu.cn",
        "Automatic reply: 【回执】泰安职业技术学院",
        "I am out of the office until 9 November with limited access to email.\n"
        "我于11月9日前出差，邮件回复可能延迟。",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        note="Outlook out-of-office with Auto-Submitted",
    )
    other(
        b,
        "auto_reply",
        "11-10 10:02",
        "qqweb",
        "3426718835@qq.com",
        "自动回复: 【回执】泰安岱宗技工学校",
        "这是来自QQ邮箱的假期自动回复邮件。\n您好，我最近正在休假中，无法亲自回复您的邮件。",
        headers=[("X-QQ-AutoReply", "1")],
        to=RSJ,
        note="QQ mail's holiday auto reply, no Auto-Submitted",
    )
    other(
        b,
        "auto_reply",
        "11-13 09:00",
        "coremail",
        "daiyuejtj@163.com",
        "自动回复：【提醒】活动周宣传材料报送",
        "您好，您的邮件已收到，我会尽快处理。（此邮件为自动回复）",
        headers=[("Auto-Submitted", "auto-replied")],
        note="163 auto reply",
    )
    other(
        b,
        "auto_reply",
        "11-12 09:01",
        "thunderbird",
        "zhaozh@fcjy.cn",
        "Out of Office: Re: 活动周",
        "I will be out of the office from 11 Nov to 13 Nov. For urgent matters please call "
        "0538-3213317.",
        note="English out-of-office without Auto-Submitted, from a liaison's address",
    )
    other(
        b,
        "bounce",
        "11-04 10:06",
        "system",
        "postmaster@ta.shandong.cn",
        "系统退信",
        sender_name="系统管理员",
        raw_ctype='multipart/report; report-type=delivery-status; boundary="cm-dsn-1"',
        raw_body=_dsn(
            "cm-dsn-1",
            "很抱歉您的邮件没有发送成功。\n收件人：dpjtj_zcjy@ta.shandong.com\n退信原因："
            "域名不存在。",
            "dpjtj_zcjy@ta.shandong.com",
            "5.1.2",
            "550 Host unknown",
            "【回执】东平县教育和体育局",
        ),
        headers=[("Auto-Submitted", "auto-generated")],
        note="Coremail bounce for a typo'd address",
    )
    other(
        b,
        "bounce",
        "11-11 09:31",
        "qqweb",
        "PostMaster@qq.com",
        "退信",
        "很抱歉您的邮件被退回。\n收件人：285310774@qq.com\n原因：该邮件地址不存在，"
        "请检查后重新发送。",
        sender_name="QQ邮箱",
        note="QQ mail's plain-text bounce",
    )
    other(
        b,
        "bounce",
        "11-13 09:04",
        "system",
        "MAILER-DAEMON@m15.mail.126.com",
        "Undelivered Mail Returned to Sender",
        raw_ctype='multipart/report; report-type=delivery-status; boundary="pf-dsn-2"',
        raw_body=_dsn(
            "pf-dsn-2",
            "This is the mail system at host m15.mail.126.com.\nI'm sorry to have to inform you "
            "that your message could not be delivered.",
            "nyyzz@126.con",
            "5.4.4",
            "554 5.4.4 Host or domain name not found",
            "【提醒】活动周宣传材料报送",
        ),
        headers=[("Return-Path", "<>")],
        note="Postfix DSN",
    )
    other(
        b,
        "receipt",
        "11-03 11:00",
        "system",
        "ts_jtj_zck@ta.shandong.cn",
        "已读: 【回执】泰安市泰山区教育和体育局",
        raw_ctype='multipart/report; report-type=disposition-notification; boundary="mdn-3"',
        raw_body=_mdn(
            "mdn-3",
            "您的邮件\n  主题: 【回执】泰安市泰山区教育和体育局\n已于 2020/11/3 10:59 被阅读。",
            "ts_jtj_zck@ta.shandong.cn",
            "<ack-taishan-1@ta.shandong.cn>",
        ),
        note="Outlook read receipt (MDN)",
    )
    other(
        b,
        "receipt",
        "11-05 08:10",
        "foxmail",
        "xtsjtj_zcjk@ta.shandong.cn",
        "已读: 【回执】新泰市教育和体育局",
        "这是邮件收条，表示您发送的邮件已被打开。\n主题：【回执】新泰市教育和体育局\n发送时间："
        "2020年11月4日 16:00",
        note="Foxmail read receipt as text",
    )
    other(
        b,
        "receipt",
        "11-10 12:00",
        "coremail",
        "fczzxcb@163.com",
        "已读回执：【提醒】活动周宣传材料",
        "您发送给 fczzxcb@163.com 的邮件已于 2020-11-10 11:58 被阅读。",
        headers=[("X-Coremail-Receipt", "1")],
        note="163 read receipt",
    )
    spf = [
        (
            "Authentication-Results",
            "mx.ta.shandong.cn; spf=fail (sender IP is 185.234.72.19) smtp.mailfrom=qq.com; "
            "dkim=none; dmarc=fail action=none header.from=qq.com",
        ),
        (
            "Received-SPF",
            "Fail (mx.ta.shandong.cn: domain of qq.com does not designate 185.234.72.19 as "
            "permitted sender)",
        ),
    ]
    other(
        b,
        "spoof",
        "11-09 03:12",
        "qqweb",
        "2853107741@qq.com",
        "活动周材料补充说明",
        "职成高教科：\n活动周材料补充说明见附件，请尽快登录查看。\n宁阳县教体局",
        headers=spf,
        atts=[
            Att(
                "活动周材料补充说明.html",
                b"<html><form action='http://185.234.72.19/login'>",
                "text/html",
            )
        ],
        note="a registered address spoofed: SPF and DMARC fail",
    )
    other(
        b,
        "spoof",
        "11-12 04:40",
        "coremail-gov",
        "tagczz_bgs@ta.shandong.cn",
        "关于职业教育活动周经费申报的紧急通知",
        "各位老师：\n活动周经费申报表见附件压缩包，请今日内填写。",
        headers=[
            (
                "Authentication-Results",
                "mx.ta.shandong.cn; spf=softfail smtp.mailfrom=ta.shandong.cn; dmarc=fail "
                "(p=quarantine) header.from=ta.shandong.cn",
            )
        ],
        atts=[Att("经费申报表.zip", b"PK\x05\x06" + b"\0" * 18, "application/zip")],
        note="a registered address spoofed: DMARC fail",
    )
    other(
        b,
        "empty",
        "11-06 16:20",
        "foxmail",
        "xcb_tsvtc@163.com",
        "",
        "",
        note="an empty mail from a registered address",
    )


def more(b: Builder) -> None:
    """A copy, another auto reply, another receipt, a meeting reply."""
    other(
        b,
        "cc_copy",
        "11-05 16:10",
        "foxmail",
        "xtsjtj_zcjk@ta.shandong.cn",
        "转发：关于做好2020年泰安市职业教育活动周相关工作的通知",
        "各职业学校：\n    现将泰教函〔2020〕72号转发给你们，请按要求于11月5日前报送方案、"
        "专栏地址和联络员信息。\n"
        "新泰市教体局职成教科",
        to="xtyzz_xb@163.com",
        headers=[("Cc", CITY)],
        note="the county passes the notice on to its school, the city in Cc",
    )
    other(
        b,
        "auto_reply",
        "11-13 09:02",
        "coremail",
        "nyyzz@126.com",
        "自动回复：【提醒】活动周宣传材料报送",
        "您的来信已收到，谢谢！",
        headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "junk")],
        note="126 auto reply",
    )
    other(
        b,
        "receipt",
        "11-09 10:00",
        "qqweb",
        "tajtzz@126.com",
        "已读回执：【回执】泰安市交通职业中等专业学校",
        "这是一封已读回执。您发给 tajtzz@126.com 的邮件已于 2020年11月9日 09:58 被阅读。",
        note="QQ-style read receipt",
    )
    other(
        b,
        "unrelated",
        "11-06 15:45",
        "coremail",
        "daiyuejtj@163.com",
        "全市职业教育工作会议参会回执",
        "市教育局：\n我局参加全市职业教育工作会议人员：李红梅，职成教科副科长。\n岱岳区教体局",
        note="a registered county's reply to another notice (a meeting)",
    )
