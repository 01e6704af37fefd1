# ruff: noqa: E501
"""set26's non-campaign mail: a list digest, an auto-reply to the city's acknowledgement, an
advert, a bounce of the city's own mail, a parent's question, a county's notice to its
schools with the city in Cc, and a read receipt."""

from __future__ import annotations

from .build import Builder, other
from .kit import U
from .mime import CITY


def noise(b: Builder) -> None:
    other(
        b, "newsletter", "11-02 08:30", "system", "news@zjjyxx.example.cn",
        "职教资讯周刊 第45期：各地筹备2020年职业教育活动周",
        "职教资讯周刊 第45期\n\n1. 多省部署2020年职业教育活动周\n2. 职业院校技能大赛赛项调整\n"
        "3. 专家谈职教高地建设\n\n退订请回复TD。\n",
        sender_name="职教资讯",
        headers=[("List-Id", "<weekly.zjjyxx.example.cn>"),
                 ("List-Unsubscribe", "<mailto:unsub@zjjyxx.example.cn>"),
                 ("Precedence", "list")],
        note="a mailing list digest naming the week",
    )  # fmt: skip
    other(
        b, "auto_reply", "11-02 11:12", "system", U["tsvtc"].email,
        "自动回复：【回执】泰山职业技术学院 来信已登记",
        "您好，您的邮件已收到，我们会尽快处理。泰山职业技术学院宣传部\n",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                 ("In-Reply-To", "<tsvtc1102.ack@ta.shandong.cn>")],
        note="the college's auto-reply to the city's acknowledgement",
    )  # fmt: skip
    other(
        b, "unrelated", "11-08 14:00", "qqweb", "2954471830@qq.com",
        "职业教育活动周专题片拍摄、宣传画册设计优惠",
        "尊敬的领导：您好！我司专业承接职业教育活动周专题片拍摄、宣传画册设计、"
        "H5制作，活动周期间下单九折。联系人：小陈 17606380215\n泰安市某文化传媒有限公司\n",
        sender_name="文化传媒小陈",
        note="an advert naming the week",
    )  # fmt: skip
    other(
        b, "bounce", "11-11 03:10", "system", "MAILER-DAEMON@ta.shandong.cn",
        "系统退信：【回执】来信已登记",
        "",
        headers=[("Auto-Submitted", "auto-replied")],
        raw_ctype='multipart/report; report-type=delivery-status;\r\n\tboundary="=_dsn_7c1e"',
        raw_body=(
            "--=_dsn_7c1e\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n"
            "很抱歉，您发送的邮件未能送达以下收件人：\r\n  lijun_xt@163.con\r\n"
            "原因：域名不存在。\r\n\r\n"
            "--=_dsn_7c1e\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mail.ta.shandong.cn\r\n\r\n"
            "Final-Recipient: rfc822; lijun_xt@163.con\r\nAction: failed\r\nStatus: 5.1.2\r\n\r\n"
            "--=_dsn_7c1e\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            f"From: {CITY}\r\nTo: lijun_xt@163.con\r\nSubject: =?utf-8?B?"
            "44CQ5Zue5omn44CR5p2l5L+h5bey55m76K6w?=\r\n\r\n"
            "--=_dsn_7c1e--\r\n"
        ).encode(),
        note="the city's own acknowledgement bounced",
    )  # fmt: skip
    other(
        b, "unrelated", "11-13 19:00", "qqmobile", "1137729468@qq.com",
        "咨询中职招生",
        "老师您好，孩子明年初中毕业，想问一下咱们泰安的职业学校有没有护理专业，学费多少？谢谢！\n",
        sender_name="一位家长",
        note="a parent's question",
    )  # fmt: skip
    other(
        b, "cc_copy", "11-14 09:00", "coremail-gov", U["taishan"].email,
        "关于报送职业教育活动周总结的通知",
        "区属各职业学校：\n请于11月15日前将本校职业教育活动周工作总结和统计表报区教体局职成教科，"
        "由区教体局汇总后上报市教育局。\n泰山区教体局职成教科\n",
        to=U["tsqzz"].email, cc=CITY,
        note="a county's notice to its school with the city in Cc",
    )  # fmt: skip
    other(
        b, "receipt", "11-16 08:05", "system", U["nyzz"].email,
        "已读: 【回执】宁阳县职业中等专业学校 来信已登记",
        "",
        raw_ctype='multipart/report; report-type=disposition-notification;\r\n\tboundary="=_mdn_42"',
        raw_body=(
            "--=_mdn_42\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n您发送的邮件已被阅读。\r\n\r\n"
            "--=_mdn_42\r\nContent-Type: message/disposition-notification\r\n\r\n"
            "Reporting-UA: 126.com\r\nFinal-Recipient: rfc822; nyzz_jwk@126.com\r\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n"
            "--=_mdn_42--\r\n"
        ).encode(),
        note="a read receipt",
    )  # fmt: skip


STORIES = [noise]
