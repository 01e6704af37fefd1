"""The daily digest: facts in HTML and text, inline CSS only, a real browser's view."""

from __future__ import annotations

import html as htmllib
import re
import subprocess
from datetime import datetime
from email import message_from_bytes, policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from outbox.digest import compose_digest, render_digest
from outbox.model import Arrival, Problem, Sender
from rules.campaign import Campaign
from rules.model import UnitStatus
from tests.fixtures.servers import require_binary
from tests.outbox.conftest import statuses_at

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2020, 11, 5, 17, 30, tzinfo=TZ)
EVIL = "<script>document.title='pwned'</script>{{ 7*7 }}"
EVIL_FILE = "<img src=x onerror=\"document.title='pwned'\">方案.docx"


def t(day: int, hour: int) -> datetime:
    return datetime(2020, 11, day, hour, tzinfo=TZ)


def scenario(campaign: Campaign) -> tuple[list[UnitStatus], list[Arrival], list[Problem]]:
    first3 = {"plan": [t(4, 9)], "column_url": [t(4, 9)], "contact": [t(4, 9)]}
    schedule = {
        "taishan": first3,
        "daiyue": {"plan": [t(5, 10)]},
        "tsvtc": first3,
    }
    details = {"tsvtc": {"contact": "联络员手机号码无效"}}
    statuses = statuses_at(campaign, schedule, NOW, details)
    arrivals = [
        Arrival("daiyue", t(5, 10), "岱岳区活动周方案", ("岱岳区活动周方案.docx（方案）",)),
        Arrival("daiyue", t(5, 11), EVIL, (EVIL_FILE,), sender="dyqjtj@ta.shandong.cn"),
        Arrival(None, t(5, 12), "咨询活动周事宜", (), sender="someone@qq.com"),
    ]
    problems = [
        Problem("未识别单位", "发件人 someone@qq.com 未登记，内容未提及任何单位", t(5, 12),
                message_ref="咨询活动周事宜"),
        Problem("投递失败", "提醒邮件被拒收：550 mailbox unavailable", t(5, 9), "xintai"),
    ]  # fmt: skip
    return statuses, arrivals, problems


def test_digest_html_carries_the_facts(campaign: Campaign) -> None:
    statuses, arrivals, problems = scenario(campaign)
    page = render_digest(campaign, statuses, arrivals, problems, NOW)
    assert "<style" not in page.lower() and "<script" not in page.lower()
    assert "&lt;script&gt;" in page
    assert "{{ 7*7 }}" in page
    for unit in campaign.units:
        assert unit.name in page
    # due dates in the header, the states in the cells
    assert "截止11月5日（星期四）18:00" in page
    assert "截止11月16日（星期一）18:00" in page
    cells = re.findall(r'<td align="center" bgcolor="(#[0-9a-f]{6})"[^>]*>([^<]*)</td>', page)
    labels = [label for _, label in cells]
    assert len(cells) == len(campaign.units) * len(campaign.requirements)
    assert labels.count("完成") == 3 + 2 + 1  # taishan 3, tsvtc 2 (contact partial), daiyue 1
    assert labels[campaign.units.index(campaign.unit("tsvtc")) * 6 + 2] == "待补正"
    assert ("#c6efce", "完成") in cells and ("#f2f2f2", "未交") in cells
    # next deadline and who still owes for it
    assert "11月5日（星期四）18:00</strong>" in page
    assert "尚未报齐的单位17个" in page
    assert "联络员联系方式（联络员手机号码无效）" in page
    # what needs a human
    assert "550 mailbox unavailable" in page and "东平县教育和体育局" in page
    assert "未识别单位" in page


def test_plain_text_part_carries_the_same_facts(campaign: Campaign) -> None:
    statuses, arrivals, problems = scenario(campaign)
    text = render_digest(campaign, statuses, arrivals, problems, NOW, fmt="txt")
    for unit in campaign.units:
        assert unit.name in text
    assert "泰安市泰山区教育和体育局（已完成3/6）" in text
    assert "[1]完成；[2]完成；[3]完成；[4]未交" in text
    assert "[1] 活动周方案，截止11月5日（星期四）18:00" in text
    assert "尚未报齐的单位17个" in text
    assert "- 泰山职业技术学院：联络员联系方式（联络员手机号码无效）" in text
    assert EVIL in text and EVIL_FILE in text  # plain text: shown as written
    assert "提醒邮件被拒收：550 mailbox unavailable" in text
    assert "未识别单位：" in text and "someone@qq.com" in text


def test_compose_digest_attaches_the_workbook(campaign: Campaign, sender: Sender) -> None:
    statuses, arrivals, problems = scenario(campaign)
    msg = compose_digest(
        campaign, statuses, arrivals, problems, NOW, ["staff@ta.cn"], sender, b"PK-xlsx"
    )
    raw = msg.as_bytes()
    assert b"filename*" in raw  # RFC 2231 for the Chinese name
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["Subject"] == (
        "【每日汇总】2020年泰安市职业教育活动周 11月5日：0/18个单位已报齐，今日收到3封"
    )
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["X-Notice-Intake"] == "digest"
    (attachment,) = list(parsed.iter_attachments())
    assert attachment.get_filename() == "2020年泰安市职业教育活动周汇总_20201105.xlsx"
    assert attachment.get_content_type().endswith("spreadsheetml.sheet")
    assert attachment.get_content() == b"PK-xlsx"
    assert "泰安市泰山区教育和体育局" in parsed.get_body(("plain",)).get_content()
    assert "&lt;script&gt;" in parsed.get_body(("html",)).get_content()
    without = compose_digest(campaign, statuses, [], [], NOW, ["s@ta.cn"], sender)
    assert list(without.iter_attachments()) == []


def test_after_the_last_deadline(campaign: Campaign) -> None:
    now = datetime(2020, 11, 18, 17, 30, tzinfo=TZ)
    statuses = statuses_at(campaign, {}, now)
    page = render_digest(campaign, statuses, [], [], now)
    assert "各项截止时间均已过" in page
    assert "今日未收到邮件" in page
    cells = re.findall(r'<td align="center" bgcolor="#ffc7ce"[^>]*>逾期</td>', page)
    assert len(cells) == len(campaign.units) * len(campaign.requirements)


@pytest.mark.server
def test_a_real_browser_shows_every_unit_and_runs_no_script(
    campaign: Campaign, tmp_path: Path
) -> None:
    chromium = require_binary("chromium", "/usr/bin/chromium")
    statuses, arrivals, problems = scenario(campaign)
    page = render_digest(campaign, statuses, arrivals, problems, NOW)
    path = tmp_path / "digest.html"
    path.write_text(page, encoding="utf-8")
    result = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=2000",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    dom = result.stdout
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert title is not None
    assert htmllib.unescape(title.group(1)) == "2020年泰安市职业教育活动周每日汇总（11月5日）"
    assert "pwned" not in title.group(1)
    # the subject and the file name are text nodes, not elements
    assert "<script" not in dom and "<img" not in dom
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;{{ 7*7 }}" in dom
    assert "&lt;img src=x onerror=" in dom
    body = re.sub(r"<[^>]+>", "", dom)
    for unit in campaign.units:
        assert unit.name in body
    # the matrix survived parsing: one row per unit plus header and footer
    matrix = dom.split("二、报送情况", 1)[1].split("</table>", 1)[0]
    assert matrix.count("<tr") == len(campaign.units) + 2


def test_with_statuses_from_rules(campaign: Campaign, sender: Sender) -> None:
    from outbox.reminders import compose_reminder, plan_reminders
    from rules.model import Item
    from rules.status import campaign_status

    now = datetime(2020, 11, 11, 9, 0, tzinfo=TZ)  # the articles' "3d@09:00" reminder
    items = [
        Item("daiyue", "article", t(9, 10), "a1", "稿件1.docx"),
        Item("daiyue", "article", t(10, 10), "a2", "稿件2.docx"),
        Item("daiyue", "article", t(10, 11), "a2", "稿件2（重发）.docx"),
    ]
    statuses = campaign_status(campaign, items, now)
    text = render_digest(campaign, statuses, [], [], now, fmt="txt")
    assert (
        "泰安市岱岳区教育和体育局（已完成0/6）：[1]逾期；[2]逾期；[3]逾期；[4]部分（2/5）" in text
    )
    planned = {p.unit_id: p for p in plan_reminders(campaign, statuses, now)}
    daiyue = next(s for s in statuses if s.unit_id == "daiyue")
    unit = campaign.unit("daiyue")
    assert unit is not None
    msg = compose_reminder(campaign, unit, daiyue, planned["daiyue"], ["x@x.cn"], sender, now)
    body = msg.get_body(("plain",)).get_content()
    assert body.count("已收到2篇，还差3篇") == 1
    assert "活动周宣传材料（不少于5篇）：已收到2篇（11月9日、11月10日）" in body
