"""Items of a file that holds two deliverables: a summary with the statistics table as its
附件 in the same document counts for the statistics too (a filled table, not a template)."""

from __future__ import annotations

import hashlib
import io
from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import docx

from intake.items import FileRow, ItemKinds, item_values
from intake.statistics import stats_fields
from intake.store.serialize import stats_to_json
from parsers.facts import read_facts
from parsers.model import Attachment, Mail
from rules.campaign import Campaign

HEADER = (
    "单位名称",
    "线上活动（场次）",
    "线下活动（场次）",
    "校园开放日（次）",
    "参与师生（人次）",
)


def _summary(values: tuple[str, ...]) -> bytes:
    d = docx.Document()
    d.add_heading("宁阳职专2020年职业教育活动周总结", level=0)
    d.add_paragraph("活动周期间，我校共开展线上线下活动13场，参与师生1900人次。")
    d.add_paragraph("附件：活动周统计表")
    table = d.add_table(rows=2, cols=len(HEADER))
    for row, cells in zip(table.rows, (HEADER, values), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _items(campaign: Campaign, data: bytes) -> list[dict]:
    name = "宁阳职专活动周总结报告.docx"
    att = Attachment(name, "application/octet-stream", data, hashlib.sha256(data).hexdigest())
    template = campaign.statistics
    assert template is not None
    mail = Mail(
        message_id="<a@x>", from_addr="nyzz@ta.shandong.cn", subject="总结", attachments=(att,)
    )
    facts = read_facts(mail, stats_fields(template), stats_min_matched=template.min_matched)
    (file,) = facts.files
    row = SimpleNamespace(
        sha256=att.sha256,
        filename=name,
        category="summary",
        doc_status="ok",
        readable=True,
        unit_id=None,
        facts={"statistics": stats_to_json(file.statistics)},
    )
    when = datetime(2020, 11, 16, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
    return item_values(1, "nyzz", when, {}, [row], ItemKinds.of(campaign))  # type: ignore[list-item]


def test_a_summary_holding_the_filled_statistics_table_counts_for_both(campaign: Campaign) -> None:
    items = _items(campaign, _summary(("宁阳县职业中等专业学校", "6", "7", "1", "1900")))
    assert sorted(i["deliverable"] for i in items) == ["statistics", "summary"]


def test_an_empty_template_inside_a_summary_is_no_statistics(campaign: Campaign) -> None:
    items = _items(campaign, _summary(("宁阳县职业中等专业学校", "", "", "", "")))
    assert [i["deliverable"] for i in items] == ["summary"]


def _article_row(sha: str, filename: str, headline: str) -> SimpleNamespace:
    return SimpleNamespace(
        sha256=sha,
        filename=filename,
        category="article",
        doc_status="ok",
        readable=True,
        unit_id=None,
        facts={"headline": headline},
    )


def test_a_corrected_article_under_a_new_name_is_the_same_article(campaign: Campaign) -> None:
    """ "岱岳区技能点亮生活成果展（更正）.docx": new bytes, new name, the same headline; a
    headline too short to tell articles apart ("新闻稿") keeps each file its own."""
    rows = [
        _article_row("a" * 64, "岱岳区技能点亮生活成果展.docx", "岱岳区“技能点亮生活”成果展开展"),
        _article_row("b" * 64, "成果展（更正）.docx", "岱岳区“技能点亮生活”成果展开展（更正）"),
        _article_row("c" * 64, "新闻稿1.docx", "新闻稿"),
        _article_row("d" * 64, "新闻稿2.docx", "新闻稿"),
    ]
    when = datetime(2020, 11, 12, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
    items = item_values(1, "daiyue", when, {}, rows, ItemKinds.of(campaign))  # type: ignore[arg-type]
    keys = [i["key"] for i in items]
    assert keys[0] == keys[1] and len(set(keys)) == 3
    pasted = {"body_articles": [{"key": keys[0], "title": "岱岳区“技能点亮生活”成果展开展"}]}
    again = item_values(2, "daiyue", when, pasted, [], ItemKinds.of(campaign))
    assert [i["key"] for i in again] == [keys[0]]


def test_a_scan_counts_for_a_plan_but_not_for_the_statistics_table(campaign: Campaign) -> None:
    """A scanned, stamped plan is a document staff read; a scanned statistics table is no
    电子版 of figures the city's workbook adds up: received, 待补正, until staff accept it."""
    when = datetime(2020, 11, 4, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
    for category, review, readable in (
        ("plan", "", True),
        ("statistics", "", False),
        ("statistics", "accepted", True),
    ):
        row = FileRow(category, "image-only", "e" * 64, "扫描全能王.pdf", {}, review=review)
        (item,) = item_values(1, "ningyang", when, {}, [row], ItemKinds.of(campaign))
        assert (item["deliverable"], item["readable"]) == (category, readable)


def test_a_photo_of_the_statistics_table_is_received_but_completes_nothing(
    campaign: Campaign,
) -> None:
    when = datetime(2020, 11, 16, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
    for review, readable in (("", False), ("accepted", True)):
        row = FileRow("statistics", "image", "f" * 64, "IMG_1.jpg", {}, review=review)
        (item,) = item_values(1, "daiyue", when, {}, [row], ItemKinds.of(campaign))
        assert (item["deliverable"], item["readable"]) == ("statistics", readable)
