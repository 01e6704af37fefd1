"""Set15's non-campaign mail: a county's notice to its schools with the city in Cc, a school's
answer to its county with the city in Cc, a county's other business, a city-level school's
other business sent through a county, machines (auto-reply, bounce, read receipt), a
newspaper's list mail and an advert."""

# ruff: noqa: E501  (wording: Chinese sentences and table rows are kept whole on one line)

from __future__ import annotations

from .build import Builder, other
from .mime import CITY
from .shape import U


def _mdn(to: str) -> bytes:
    return (
        b'--mdn1\r\nContent-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        + "您发送的邮件已被阅读。\r\n".encode()
        + b"\r\n--mdn1\r\nContent-Type: message/disposition-notification\r\n\r\n"
        + f"Final-Recipient: rfc822;{to}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n".encode()
        + b"\r\n--mdn1--\r\n"
    )


def noise(b: Builder) -> None:
    ts, dq, fc = U["taishan"], U["dyq"], U["feicheng"]
    other(
        b,
        "cc_copy",
        "11-06 08:30",
        "coremail-gov",
        ts.email,
        "关于做好职业教育活动周宣传稿件报送工作的通知",
        "各中小学、区职专：\n按照泰教函〔2020〕72号要求，请各校于11月13日前将活动周宣传稿件报区教体局职成科，"
        "由区里汇总后报市局。\n泰山区教育和体育局\n2020年11月6日",
        to="tsqzz_zs@163.com, dmjdzx@163.com",
        cc=CITY,
        note="a county's notice to its schools, the city in Cc",
    )
    other(
        b,
        "cc_copy",
        "11-06 11:02",
        "coremail",
        U["tsqzz"].email,
        "回复：关于做好职业教育活动周宣传稿件报送工作的通知",
        "孟老师：收到，我校按时报送。\n邵明轩",
        to=ts.email,
        cc=CITY,
        note="a school's answer to its county's notice, the city in Cc",
    )
    other(
        b,
        "unrelated",
        "11-09 15:30",
        "coremail",
        dq.email,
        "岱岳区2020年秋季学前教育统计报表",
        "市局基教科：岱岳区学前教育统计报表已在系统填报，纸质版随后报送。（误发请转）",
        note="a county's other business",
    )
    other(
        b,
        "unrelated",
        "11-10 09:20",
        "coremail-gov",
        ts.email,
        "转：交通职专2021年招生计划调整申请",
        "市局：市交通职专的招生计划调整申请误发我局，转交。",
        note="a city-level school's other business through a county",
    )
    other(
        b,
        "auto_reply",
        "11-10 15:01",
        "system",
        fc.email,
        "自动回复：肥城市活动周宣传稿",
        "您好，您的邮件已收到，我近期外出学习，急事请拨0538-3212019。",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        note="an auto-reply",
    )
    other(
        b,
        "bounce",
        "11-12 18:11",
        "system",
        "MAILER-DAEMON@ta.shandong.cn",
        "系统退信",
        "您发送到 jtzz_jw@163 的邮件无法投递：收件人地址格式错误。",
        note="a government Coremail bounce",
    )
    other(
        b,
        "receipt",
        "11-13 09:05",
        "system",
        U["xintai"].email,
        "已读: 关于报送活动周总结的提醒",
        raw_body=_mdn(CITY),
        raw_ctype='multipart/report; report-type=disposition-notification; boundary="mdn1"',
        note="a read receipt",
    )
    other(
        b,
        "newsletter",
        "11-14 07:00",
        "system",
        "news@dzwww.com",
        "大众网教育频道周报：各地职业教育活动周精彩纷呈",
        "本周要闻：全省职业教育活动周启动……退订请回复TD。",
        headers=[
            ("List-Id", "<edu-weekly.dzwww.com>"),
            ("List-Unsubscribe", "<mailto:unsub@dzwww.com>"),
        ],
        note="a newspaper's list mail naming the week",
    )
    other(
        b,
        "unrelated",
        "11-15 10:00",
        "qqweb",
        "3320198765@qq.com",
        "职教活动周直播设备租赁优惠",
        "各位老师好，活动周期间直播设备租赁八折，详询13012345678。",
        sender_name="泰山视讯",
        note="an advert",
    )


STORIES = [noise]
