# ruff: noqa: E501
"""Non-campaign mail of set28: a list mail, an advert naming the week, an auto-reply from a
registered address, a 163 bounce, a read receipt, a parent's question, a county's notice to
its schools with the city in Cc, a blank mail from a school's iPhone."""

from __future__ import annotations

import base64

from .build import other
from .mime import CITY


def _bounce() -> bytes:
    b = "----=_Part_bounce_1605"
    return (
        f"This is a multi-part message in MIME format.\r\n\r\n--{b}\r\n"
        "Content-Type: text/plain; charset=GBK\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + "很抱歉，您的邮件未能成功发送到以下地址：\r\n    zcjk-old@ta.shandong.cn\r\n原因：收件人不存在\r\n"
        f"\r\n--{b}\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; m13-44.163.com\r\n\r\n"
        "Final-Recipient: rfc822; zcjk-old@ta.shandong.cn\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        f"\r\n--{b}\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: nyjtj_zc@126.com\r\n"
        "To: zcjk-old@ta.shandong.cn\r\nSubject: =?GBK?B?"
        + base64.b64encode("宁阳县活动周宣传稿".encode("gbk")).decode()
        + "?=\r\n"
        f"\r\n--{b}--\r\n"
    ).encode("gbk")


def _mdn() -> bytes:
    b = "=_mdn_set28_a1"
    return (
        f"--{b}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
        "这是邮件已读回执：您发送给 jyj-zcjk01@ta.shandong.cn 的邮件已被阅读。\r\n"
        f"\r\n--{b}\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Reporting-UA: Foxmail 7.2\r\nFinal-Recipient: rfc822;jyj-zcjk01@ta.shandong.cn\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
        f"\r\n--{b}--\r\n"
    ).encode()


def noise(b) -> None:
    other(
        b,
        "newsletter",
        "11-02 07:30",
        "system",
        "news@zjzx-list.cn",
        "职教资讯周刊第45期：各地职业教育活动周动态",
        "本期导读：\n1. 各地筹备2020年职业教育活动周\n2. 职业院校“云上开放日”经验谈\n\n退订请回复TD",
        sender_name="职教资讯",
        headers=[
            ("List-Id", "<weekly.zjzx-list.cn>"),
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<mailto:unsub@zjzx-list.cn>"),
        ],
        note="a mailing list naming the week",
    )
    other(
        b,
        "unrelated",
        "11-06 10:05",
        "foxmail",
        "sales@yunzhan-vr.com",
        "职业教育活动周“云上展厅”搭建方案（限时优惠）",
        "尊敬的老师：\n\n值此职业教育活动周之际，我公司推出VR云上展厅搭建服务，3天上线，活动周期间签约享九折。\n\n"
        "济南云展数字科技有限公司 市场部\n400-000-1234",
        sender_name="云展数字",
        note="a vendor's advert naming the week",
    )
    other(
        b,
        "auto_reply",
        "11-10 11:41",
        "coremail",
        "dpxjtj_zck@163.com",
        "自动回复：东平县活动周宣传稿件打包",
        "您好，我已收到您的邮件，近期外出学习，将于11月12日后回复。",
        sender_name="dpxjtj_zck",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        note="an auto-reply from a registered address (its subject names the unit's own mail)",
    )
    other(
        b,
        "bounce",
        "11-11 15:02",
        "system",
        "MAILER-DAEMON@163.com",
        "系统退信",
        raw_body=_bounce(),
        raw_ctype='multipart/report; report-type=delivery-status; boundary="----=_Part_bounce_1605"',
        headers=[("Auto-Submitted", "auto-replied")],
        note="a 163 bounce (GBK) of a county's mail to an old address",
    )
    other(
        b,
        "receipt",
        "11-12 08:30",
        "system",
        "fczz_xb@ta.shandong.cn",
        "已读: 关于报送活动周总结和统计表的提醒",
        raw_body=_mdn(),
        raw_ctype='multipart/report; report-type=disposition-notification; boundary="=_mdn_set28_a1"',
        note="an MDN from a registered school",
    )
    other(
        b,
        "unrelated",
        "11-09 21:15",
        "qqweb",
        "1583320947@qq.com",
        "咨询孩子上职专的事",
        "老师您好，看到新闻说职业教育活动周有开放日，我家孩子今年初三，想问一下泰山区职专的招生政策和学费，谢谢！\n一位家长",
        sender_name="晴天",
        note="a parent's question; names a school and the week but delivers nothing",
    )
    other(
        b,
        "cc_copy",
        "11-06 15:20",
        "wps",
        "fcjtj_zcjk@ta.shandong.cn",
        "关于做好职业教育活动周宣传材料报送工作的通知",
        "各职业学校：\n  请各校于活动周期间每天报送活动信息，每校不少于5篇，同时抄送市教育局职成高教科。\n"
        "肥城市教体局职成科",
        to="fczz_xb@ta.shandong.cn, feichenggjjg@163.com",
        cc=CITY,
        sender_name="肥城市教体局职成科",
        note="a county's notice to its schools with the city in Cc: nothing delivered",
    )
    other(
        b,
        "empty",
        "11-13 07:02",
        "iphone",
        "tajtzz_jwc@163.com",
        "",
        "\n\n发自我的iPhone",
        sender_name="交通职专教务处",
        note="a blank mail from a registered school's iPhone",
    )


STORIES = [noise]
