# ruff: noqa: E501  (mail wording, one sentence a string, as the senders wrote it)
"""Set10's mail that is not a unit's material, and small submissions without files.

Non-campaign: a list newsletter and a newspaper list mail naming the week, a Coremail
auto-reply with Auto-Submitted, a QQ Mail bounce (multipart/report, GB18030), an MDN, a
registered county's 招生 business, a vendor's 活动周特惠 advert, a parent, a blank mail from a
phone, a county's notice to its schools with the city in Cc, a school's 技能大赛 list, and a
发票 spam. Small submissions: 收到 from the QQ邮箱 iPhone app, a question, a column sent again
under "Fw:" with no other subject, a note that the table is still being counted.
"""

from __future__ import annotations

import base64

from .build import Builder, other, send
from .mime import CITY
from .parts import U


def _dsn() -> bytes:
    human = (
        "很抱歉您的邮件没有发送成功。\r\n收件人：xtzz_jwc@163.com\r\n"
        "原因：收件人邮箱地址不存在（550 User not found）。\r\n"
        "原邮件主题：关于活动周宣传材料报送情况的通报\r\n"
    ).encode("gb18030")
    b = "----=_NextPart_qqbounce_0001"
    return (
        (
            f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"\r\n\r\n'
            f'--{b}\r\nContent-Type: text/plain; charset="gb18030"\r\n'
            "Content-Transfer-Encoding: base64\r\n\r\n"
        ).encode()
        + base64.encodebytes(human).replace(b"\n", b"\r\n")
        + (
            f"\r\n--{b}\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx3.qq.com\r\n\r\nFinal-Recipient: rfc822; xtzz_jwc@163.com\r\n"
            "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 User not found\r\n"
            f"\r\n--{b}--\r\n"
        ).encode()
    )


def _mdn() -> bytes:
    b = "=_mdn_tzy_20201106"
    return (
        f'multipart/report; report-type=disposition-notification;\r\n\tboundary="{b}"\r\n\r\n'
        f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "您发送的邮件“关于活动周联络员名单的核对”已于2020年11月6日 9:12被阅读。\r\n"
        f"\r\n--{b}\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Reporting-UA: Thunderbird\r\nFinal-Recipient: rfc822;xcbgs@tzy.edu.cn\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
        f"\r\n--{b}--\r\n"
    ).encode()


def noise(b: Builder) -> None:
    other(
        b,
        "newsletter",
        "11-02 07:30",
        "system",
        "news@list.zjw-edu.cn",
        "职教周刊第45期：各地职业教育活动周精彩预告",
        "本期导读：\n1. 2020年全国职业教育活动周各地安排\n2. 云上活动周如何办出实效\n\n退订请回复TD",
        sender_name="职教周刊",
        headers=[
            ("List-Id", "<zjzk.list.zjw-edu.cn>"),
            ("List-Unsubscribe", "<mailto:unsub@list.zjw-edu.cn>"),
            ("Precedence", "bulk"),
        ],
        note="a weekly list mail naming the week",
    )
    other(
        b,
        "cc_copy",
        "11-06 09:00",
        "outlook",
        U["xintai"].email,
        "关于做好职业教育活动周宣传稿件报送工作的通知",
        "各职业学校：\n  根据市教育局要求，请各校于11月12日前将活动周宣传稿件报市教体局职成教科汇总。\n\n新泰市教育和体育局职成教科",
        to="xtzzjwc@163.com, xtzyxx@163.com",
        cc=CITY,
        note="the county's notice to its schools; the city only in Cc",
    )
    other(
        b,
        "receipt",
        "11-06 09:12",
        "system",
        U["tzy"].email,
        "已读: 关于活动周联络员名单的核对",
        raw_body=_mdn()[_mdn().index(b"\r\n\r\n") + 4 :],
        raw_ctype=_mdn()[: _mdn().index(b"\r\n\r\n")].decode(),
        note="an MDN",
    )
    other(
        b,
        "unrelated",
        "11-08 03:17",
        "coremail",
        "fp_kai88@163.com",
        "您好",
        "本公司常年代开各类增值税发票，点数优惠，联系电话：13800000000 张经理",
        note="spam",
    )
    other(
        b,
        "unrelated",
        "11-09 14:20",
        "coremail-gov",
        U["taishan"].email,
        "泰山区2021年中等职业学校招生计划（征求意见）",
        "职成高教科：\n  我区2021年中职招生计划初稿已拟定，请提出意见。\n泰山区教体局职成教科",
        note="a registered county's other business",
    )
    other(
        b,
        "empty",
        "11-10 07:58",
        "mailmaster",
        U["gaoxin"].email,
        "",
        "",
        note="a blank mail from a phone",
    )
    other(
        b,
        "auto_reply",
        "11-11 15:23",
        "coremail-gov",
        U["tshl"].email,
        "自动回复：活动周宣传材料已收到",
        "您好，我已收到您的邮件，因外出培训，11月13日后回复。孟凡荣",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        note="an auto-reply to the city's acknowledgement",
    )
    other(
        b,
        "unrelated",
        "11-11 10:02",
        "qqweb",
        "sales@zhijiaoyun.com",
        "【活动周特惠】智慧职教直播平台免费试用一个月",
        "尊敬的老师：\n  职业教育活动周期间，我公司推出“云上开放日”直播平台特惠，签约即送专业直播设备。\n联系人：刘经理 17705381234",
        sender_name="职教云直播",
        note="a vendor's advert naming the week",
    )
    other(
        b,
        "unrelated",
        "11-12 21:40",
        "qqmobile",
        "394857261@qq.com",
        "咨询职专报名",
        "老师您好，我家孩子今年初三，想了解一下泰安的职专哪个好，汽修专业怎么报名？\n\n发自我的iPhone",
        note="a parent",
    )
    other(
        b,
        "bounce",
        "11-13 08:05",
        "system",
        "PostMaster@qq.com",
        "退信：关于活动周宣传材料报送情况的通报",
        raw_body=_dsn()[_dsn().index(b"\r\n\r\n") + 4 :],
        raw_ctype=_dsn()[: _dsn().index(b"\r\n\r\n")].decode(),
        sender_name="系统退信",
        note="a QQ Mail delivery failure",
    )
    other(
        b,
        "unrelated",
        "11-14 09:30",
        "py-smtp",
        U["fczz"].email,
        "肥城职专2020年省职业院校技能大赛获奖名单",
        "职成高教科：\n  我校省赛获奖学生名单如下：王浩（汽车维修，二等奖），李晓（电子商务，三等奖）。\n邵明",
        note="a registered school's other business",
    )
    other(
        b,
        "newsletter",
        "11-15 06:00",
        "system",
        "jyzk@tadaily.com",
        "泰安日报·教育周刊电子版：职业教育活动周专版",
        "本期教育周刊推出职业教育活动周专版，展示全市职业院校风采。\n阅读全文：http://epaper.tadaily.com/jyzk/20201115/",
        sender_name="泰安日报教育周刊",
        headers=[("List-Id", "<jyzk.tadaily.com>"), ("Precedence", "list")],
        note="a newspaper list mail naming the week",
    )


def small(b: Builder) -> None:
    send(
        b,
        U["tsvtc"],
        "11-03 08:20",
        "qqmobile",
        "回复：泰教函〔2020〕72号通知",
        "收到，我院按要求报送。\n泰山职院教务处 王海涛\n\n发自我的iPhone",
        sender="wanght_ts@qq.com",
        sender_name="王海涛",
        note="a teacher's QQ box; the college only in the signature",
    )
    send(
        b,
        U["ningyang"],
        "11-09 10:12",
        "sina",
        "请问稿件要求",
        "职成高教科：\n  请问宣传稿件是否需要配图片？字数有没有要求？\n宁阳县教体局 高志强",
    )
    send(
        b,
        U["gaoxin"],
        "11-09 16:44",
        "mailmaster",
        "Fw:",
        "专栏网址再发一次：http://www.tagxq.gov.cn/jyty/zjhdz/\n许文静\n\n发自网易邮箱大师",
        column_url="http://www.tagxq.gov.cn/jyty/zjhdz/",
    )
    send(
        b,
        U["dyzj"],
        "11-13 07:52",
        "iphone",
        "稿件收到了吗",
        "您好，昨天发的三篇稿件收到了吗？\n杜卫东\n\n发自我的iPhone",
    )
    send(
        b,
        U["nyzz"],
        "11-12 09:05",
        "qqmobile",
        "回复：Fw:宁阳职专活动周方案",
        "好的，谢谢老师！\n\n张红霞\n\n发自我的iPhone\n\n------------------ Original ------------------\nFrom: 职成高教科 <jyj-zcjk01@ta.shandong.cn>\nDate: Thu,Nov 12,2020 8:55 AM\nSubject: Re: Fw:宁阳职专活动周方案\n\n已收到5篇，谢谢。",
    )
    send(
        b,
        U["lmkj"],
        "11-17 09:40",
        "nodemailer",
        "关于统计表的说明",
        "职成高教科：\n  我院统计表数据仍在汇总，今天下午报送，望谅解。\n韩冬梅",
    )


STORIES = [noise, small]
