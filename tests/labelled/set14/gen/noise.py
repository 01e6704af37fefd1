"""Set14's mail that is nobody's submission: an auto-reply under the reminder from a
registered box, a delivery failure, a read receipt, a vendor's offer naming the week, a
newspaper's list mail, and a registered school's other business."""

from __future__ import annotations

from .build import Builder, other
from .mk import REMINDER, REMINDER_ID, U, thread


def stories(b: Builder) -> None:
    """Every non-campaign message."""
    other(
        b,
        "auto_reply",
        "11-04 09:01",
        "system",
        U["lmkj"].email,
        "自动回复：" + REMINDER,
        "您好，您的邮件已收到，我会尽快处理。本邮件为自动回复。\n",
        headers=[*thread(REMINDER_ID), ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        note="163 auto-reply under the reminder, from a registered address",
    )
    report = (
        "--=_bounce_tsqzz\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "很抱歉您的邮件未能投递到以下收件人：\r\nzcjk_tsqzz@126.com\r\n原因：收件人地址不存在\r\n"
        "--=_bounce_tsqzz\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.ta.shandong.cn\r\n\r\nFinal-Recipient: rfc822; "
        "zcjk_tsqzz@126.com\r\n"
        "Action: failed\r\nStatus: 5.1.1\r\n"
        "--=_bounce_tsqzz--\r\n"
    ).encode()
    other(
        b,
        "bounce",
        "11-04 09:03",
        "system",
        "MAILER-DAEMON@ta.shandong.cn",
        "系统退信：" + REMINDER,
        raw_body=report,
        raw_ctype='multipart/report; report-type=delivery-status; boundary="=_bounce_tsqzz"',
        note="the city's reminder bounced from a mistyped school address",
    )
    mdn = (
        "--=_mdn_gx\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n您发送的邮件已被阅读。\r\n"
        "--=_mdn_gx\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Final-Recipient: rfc822; gxqjtj@ta.shandong.cn\r\nDisposition: "
        "manual-action/MDN-sent-manually; displayed\r\n"
        "--=_mdn_gx--\r\n"
    ).encode()
    other(
        b,
        "receipt",
        "11-04 10:15",
        "system",
        U["gaoxin"].email,
        "已读: " + REMINDER,
        raw_body=mdn,
        raw_ctype='multipart/report; report-type=disposition-notification; boundary="=_mdn_gx"',
        headers=thread(REMINDER_ID),
        note="Outlook read receipt for the reminder",
    )
    other(
        b,
        "unrelated",
        "11-06 14:00",
        "foxmail",
        "sales@yunzhanting-vr.com",
        "职业教育活动周“云展厅”搭建服务，三天上线",
        "尊敬的老师：\n  值此职业教育活动周之际，我公司提供线上展厅、VR校园全景搭建服务，"
        "三天上线，欢迎来电咨询。\n"
        "联系人：孙经理 0531-88016672\n",
        sender_name="云展厅科技",
        note="a vendor's offer naming the week",
    )
    other(
        b,
        "newsletter",
        "11-10 07:30",
        "system",
        "news@taidaily.com.cn",
        "泰安日报每日要闻：全市职业教育活动周精彩纷呈",
        "今日要闻\n1. 全市职业教育活动周精彩纷呈\n2. 泰安启动冬季供暖\n退订请回复TD\n",
        headers=[
            ("List-Id", "<daily.taidaily.com.cn>"),
            ("List-Unsubscribe", "<mailto:unsub@taidaily.com.cn>"),
            ("Precedence", "list"),
        ],
        note="a newspaper's daily list mail naming the week",
    )
    other(
        b,
        "unrelated",
        "11-12 10:05",
        "wps",
        U["fczz"].email,
        "肥城职专关于申报2021年市级教学成果奖的报告",
        "市教育局职成科：\n  我校拟申报2021年市级教学成果奖，申报书见后续邮件。\n肥城职专\n",
        note="a registered school's other business",
    )


STORIES = [stories]
