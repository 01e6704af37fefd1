"""Acknowledgements: content for complete, partial and problem submissions; threading."""

from __future__ import annotations

from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from outbox.ack import compose_ack, reply_subject
from outbox.model import Receipt, ReceiptFile, Sender
from parsers.model import Contact, FieldValue
from rules.campaign import Campaign, Unit
from tests.outbox.conftest import status_at

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2020, 11, 4, 10, 12, tzinfo=TZ)


def ok(value: str) -> FieldValue:
    return FieldValue(value, True)


GOOD_CONTACT = Contact(
    ok("泰山区教体局"), ok("张三"), ok("科长"), ok("zs@ta.cn"), ok("13905381234"), source="body"
)
BAD_MOBILE = Contact(
    ok("泰山区教体局"),
    ok("张三"),
    ok("科长"),
    ok("zs@ta.cn"),
    FieldValue("1390538", False, "invalid mobile number"),
    source="联络员.xlsx#table 1 row 2",
)


def taishan(campaign: Campaign) -> Unit:
    unit = campaign.unit("taishan")
    assert unit is not None
    return unit


def texts(msg: EmailMessage) -> tuple[str, str]:
    return msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()


def test_ack_for_a_complete_submission(campaign: Campaign, sender: Sender) -> None:
    everything = {
        "plan": [T0],
        "column_url": [T0],
        "contact": [T0],
        "articles": [datetime(2020, 11, 9, 9 + i, tzinfo=TZ) for i in range(5)],
        "summary": [datetime(2020, 11, 15, 9, tzinfo=TZ)],
        "statistics": [datetime(2020, 11, 15, 9, tzinfo=TZ)],
    }
    now = datetime(2020, 11, 15, 9, 5, tzinfo=TZ)
    status = status_at(campaign, "taishan", everything, now)
    receipt = Receipt(
        "<sum-1@ta.cn>",
        "泰山区教体局活动周总结及统计表",
        datetime(2020, 11, 15, 9, tzinfo=TZ),
        files=(
            ReceiptFile("泰山区活动周总结报告.docx", "summary"),
            ReceiptFile("2020年职业教育活动周情况统计表.xlsx", "statistics", stats_rows=1),
        ),
    )
    to = "tsqjtj@ta.shandong.cn"
    msg = compose_ack(campaign, taishan(campaign), [receipt], status, to, sender, now)
    text, html = texts(msg)
    assert msg["Subject"] == "Re: 泰山区教体局活动周总结及统计表"
    assert msg["In-Reply-To"] == "<sum-1@ta.cn>"
    assert msg["References"] == "<sum-1@ta.cn>"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Notice-Intake"] == "ack"
    assert msg["To"] == "tsqjtj@ta.shandong.cn"
    assert "附件1：泰山区活动周总结报告.docx" in text
    assert "识别为：总结报告" in text
    assert "识别为：统计表" in text and "读取统计数据1行" in text
    assert "各项材料均已报送齐全" in text and "各项材料均已报送齐全" in html
    assert "尚需报送" not in text
    assert "活动周宣传材料（不少于5篇）：5篇（11月9日）" in text


def test_ack_for_a_partial_submission(campaign: Campaign, sender: Sender) -> None:
    now = datetime(2020, 11, 10, 11, tzinfo=TZ)
    arrivals = [datetime(2020, 11, 9, 10, tzinfo=TZ), datetime(2020, 11, 10, 10, 55, tzinfo=TZ)]
    status = status_at(
        campaign,
        "taishan",
        {"plan": [T0], "column_url": [T0], "contact": [T0], "articles": arrivals},
        now,
    )
    receipt = Receipt(
        "<art-2@ta.cn>",
        "泰山区活动周宣传稿件二",
        arrivals[1],
        files=(ReceiptFile("宣传稿件2.docx", "article"),),
        body_urls=("http://www.tsq.gov.cn/zjhdz/",),
    )
    msg = compose_ack(campaign, taishan(campaign), [receipt], status, "a@x.cn", sender, now)
    text, html = texts(msg)
    assert "识别为：宣传材料" in text
    assert "网址：http://www.tsq.gov.cn/zjhdz/" in text
    assert "贵单位尚需报送：" in text
    owed = "活动周宣传材料（不少于5篇），截止时间：11月14日（星期六）23:59"
    assert f"{owed}；已收到2篇，还差3篇" in text
    assert "活动周总结报告，截止时间：11月16日（星期一）18:00" in text
    assert "已收到2篇，还差3篇" in html
    assert "各项材料均已报送齐全" not in text


def test_ack_names_every_problem(campaign: Campaign, sender: Sender) -> None:
    details = {"contact": "联络员手机号码无效"}
    status = status_at(campaign, "taishan", {"plan": [T0]}, T0, details=details)
    receipt = Receipt(
        "<p-1@ta.cn>",
        "泰山区 方案和联络员",
        T0,
        files=(
            ReceiptFile("活动周方案.docx", "plan"),
            ReceiptFile("联络员.xlsx", "contact", contacts=(BAD_MOBILE,)),
            ReceiptFile("宣传.docx", "other", read_status="encrypted"),
            ReceiptFile("照片.rar", "other", read_status="unreadable"),
            ReceiptFile("统计.xlsx", "statistics", stats_rows=2, problems=("C5“约20”不是数字",)),
        ),
    )
    msg = compose_ack(campaign, taishan(campaign), [receipt], status, "a@x.cn", sender, T0)
    text, html = texts(msg)
    assert "联络员：张三（科长），邮箱 zs@ta.cn，手机 1390538" in text
    assert "问题：联络员手机号码无效" in text
    assert "问题：文件已加密" in text
    assert "问题：文件无法读取" in text
    assert "问题：C5“约20”不是数字" in text
    for fact in ("联络员手机号码无效", "文件已加密", "文件无法读取", "活动周方案.docx"):
        assert fact in html
    # the contact requirement is still owed, with the reason
    owed = "联络员联系方式（单位、姓名、职务、邮箱、手机号码），截止时间：11月5日（星期四）18:00"
    assert f"{owed}；联络员手机号码无效" in text


def test_a_burst_of_three_gives_one_threaded_reply(campaign: Campaign, sender: Sender) -> None:
    receipts = [
        Receipt(f"<m{i}@ta.cn>", subject, datetime(2020, 11, 4, 10, i, tzinfo=TZ))
        for i, subject in enumerate(["回复：泰山区方案", "泰山区联络员", "泰山区专栏地址"])
    ]
    status = status_at(campaign, "taishan", {}, T0)
    # given out of order: the reply still threads under the latest one
    msg = compose_ack(campaign, taishan(campaign), receipts[::-1], status, "a@x.cn", sender, T0)
    assert msg["Subject"] == "回复：泰山区方案 等3封邮件"
    assert msg["In-Reply-To"] == "<m2@ta.cn>"
    assert msg["References"] == "<m0@ta.cn> <m1@ta.cn> <m2@ta.cn>"
    text, _ = texts(msg)
    assert "贵单位发送的3封邮件均已收到" in text
    assert text.index("邮件1：“回复：泰山区方案”") < text.index("邮件3：“泰山区专栏地址”")
    assert text.count("（无附件）") == 3


@pytest.mark.parametrize(
    ("subjects", "expected"),
    [
        (["泰山区方案"], "Re: 泰山区方案"),
        (["Re: 泰山区方案"], "Re: 泰山区方案"),
        (["RE：泰山区方案"], "RE：泰山区方案"),
        ([""], "Re: （无主题）"),
        (["a", "b"], "Re: a 等2封邮件"),
        (["line\r\nBcc: evil@x.cn"], "Re: line Bcc: evil@x.cn"),
    ],
)
def test_reply_subject(subjects: list[str], expected: str) -> None:
    assert reply_subject(subjects) == expected


def test_hostile_subject_and_names_stay_inert(campaign: Campaign, sender: Sender) -> None:
    receipt = Receipt(
        "<bad id with spaces>",
        "<script>alert(1)</script>{{ 7*7 }}\r\nBcc: evil@x.cn",
        T0,
        files=(ReceiptFile('<img src=x onerror="alert(2)">{% raw %}.docx', "other"),),
    )
    status = status_at(campaign, "taishan", {}, T0)
    msg = compose_ack(campaign, taishan(campaign), [receipt], status, "a@x.cn", sender, T0)
    raw = msg.as_bytes()
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["Bcc"] is None
    assert parsed["In-Reply-To"] is None  # an id that cannot be one is not echoed
    text, html = texts(msg)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in text and "49" not in text
    assert "{% raw %}" in text


def test_an_ack_needs_a_receipt(campaign: Campaign, sender: Sender) -> None:
    status = status_at(campaign, "taishan", {}, T0)
    with pytest.raises(ValueError):
        compose_ack(campaign, taishan(campaign), [], status, "a@x.cn", sender, T0)
