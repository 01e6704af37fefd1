"""The status sheets: 联络员, 提交情况, 统计汇总, 问题.

Each writer adds one sheet to a workbook and finishes it (widths, heights, printing).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from outbox.links import ColumnLink, link_rows
from outbox.model import Liaison, Problem
from outbox.render import cell_label, cell_tone, format_deadline
from outbox.workbook.cells import AUTHOR, BAD_FILL, FILLS, finish, header, kind_label, put
from parsers.model import StatsRow
from rules.campaign import Campaign
from rules.model import RequirementStatus, State, UnitStatus

LIAISON_HEADERS = (
    "单位",
    "类型",
    "联络员单位",
    "姓名",
    "职务",
    "邮箱",
    "手机号码",
    "办公电话",
    "宣传专栏地址",
    "信息来源",
    "收到时间",
)
_CONTACT_FIELDS = (
    ("unit", "单位"),
    ("name", "姓名"),
    ("position", "职务"),
    ("email", "邮箱"),
    ("mobile", "手机号码"),
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TABLE_ROW = re.compile(r"^table (\d+) row (\d+)$")
_SHEET_ROW = re.compile(r"^(.+) row (\d+)$")


def local(dt: datetime, campaign: Campaign) -> datetime:
    """`dt` in the campaign's timezone, naive (spreadsheets keep no offset)."""
    return dt.astimezone(campaign.tz).replace(tzinfo=None)


def source_label(source: str) -> str:
    """Where a contact was read, in Chinese: "body" -> "邮件正文", "表.docx#table 1 row 2"
    -> "表.docx（表1第2行）", "表.xlsx#联络员 row 2" -> "表.xlsx（工作表“联络员”第2行）"."""
    if source in ("", "body"):
        return "邮件正文" if source else ""
    name, _, where = source.rpartition("#")
    if not name:
        return source
    if where == "text":
        return f"{name}（正文）"
    if m := _TABLE_ROW.match(where):
        return f"{name}（表{m.group(1)}第{m.group(2)}行）"
    if m := _SHEET_ROW.match(where):
        return f"{name}（工作表“{m.group(1)}”第{m.group(2)}行）"
    return f"{name}（{where}）"


def liaisons_sheet(
    wb: Workbook,
    campaign: Campaign,
    liaisons: Sequence[Liaison],
    links: Sequence[ColumnLink],
    title: str,
) -> Worksheet:
    """Every unit's liaisons (invalid fields filled and commented) and its column URL."""
    ws = wb.create_sheet("联络员")
    header(ws, LIAISON_HEADERS)
    urls = {r.unit.id: r.link.url for r in link_rows(campaign, links) if r.link}
    by_unit: dict[str, list[Liaison]] = {}
    for liaison in liaisons:
        by_unit.setdefault(liaison.unit_id, []).append(liaison)
    asked = {f.key for f in campaign.contact.fields}
    row = 2
    for unit in campaign.units:
        found = by_unit.get(unit.id, [])
        url = urls.get(unit.id, "")
        if not found:
            put(ws, row, 1, unit.name)
            put(ws, row, 2, kind_label(campaign, unit.kind))
            put(ws, row, 4, "未报送").fill = BAD_FILL
            put(ws, row, 9, url or "未报送").fill = FILLS["none"] if url else BAD_FILL
            row += 1
            continue
        for liaison in found:
            contact = liaison.contact
            put(ws, row, 1, unit.name)
            put(ws, row, 2, kind_label(campaign, unit.kind))
            for col, (key, label) in enumerate(_CONTACT_FIELDS, start=3):
                value = getattr(contact, key)
                cell = put(ws, row, col, value.value)
                if not value.valid and key in asked:  # a field the notice does not ask
                    cell.fill = BAD_FILL  # for is shown as it is, never as a problem
                    why = "缺失" if not value.value or value.problem == "missing" else "无效"
                    # readers' problems are English for logs; staff read the Chinese only
                    extra = f"（{value.problem}）" if _CJK.search(value.problem) else ""
                    cell.comment = Comment(f"{label}{why}{extra}", AUTHOR, width=240, height=60)
            put(ws, row, 8, contact.phone.value)
            put(ws, row, 9, url or "未报送").fill = FILLS["none"] if url else BAD_FILL
            put(ws, row, 10, source_label(contact.source))
            if liaison.received_at is not None:
                put(ws, row, 11, local(liaison.received_at, campaign))
            row += 1
    finish(ws, title, max_width=32)
    return ws


def _completed_on(status: RequirementStatus) -> datetime | None:
    """When the requirement became complete (the min_count-th item), else the latest item."""
    items = sorted(status.items, key=lambda i: i.received_at)
    if not items:
        return None
    if status.state in (State.COMPLETE, State.LATE) and len(items) >= status.min_count:
        return items[status.min_count - 1].received_at
    return items[-1].received_at


def matrix_sheet(
    wb: Workbook, campaign: Campaign, statuses: Sequence[UnitStatus], now: datetime, title: str
) -> Worksheet:
    """Units × requirements with the digest's state words and colours and the dates."""
    ws = wb.create_sheet("提交情况")
    headers = ["单位", "类型"]
    headers += [
        f"{r.title}\n（截止{format_deadline(r.due, campaign.tz)}）" for r in campaign.requirements
    ]
    headers.append("已完成")
    header(ws, headers, freeze="B2")
    by_unit = {s.unit_id: s for s in statuses}
    for row, unit in enumerate(campaign.units, start=2):
        put(ws, row, 1, unit.name)
        put(ws, row, 2, kind_label(campaign, unit.kind))
        status = by_unit.get(unit.id)
        by_req = {r.requirement_id: r for r in status.requirements} if status else {}
        done = total = 0
        for col, req in enumerate(campaign.requirements, start=3):
            st = by_req.get(req.id)
            if st is None:
                put(ws, row, col, "—")
                continue
            text = cell_label(st, now)
            when = _completed_on(st)
            if when is not None:
                text += f" {local(when, campaign):%m-%d}"
            cell = put(ws, row, col, text)
            cell.fill = FILLS[cell_tone(st, now)]
            if st.detail:
                cell.comment = Comment(ILLEGAL_CHARACTERS_RE.sub("", st.detail), AUTHOR)
            if st.state is not State.NOT_DUE:
                total += 1
                done += st.state in (State.COMPLETE, State.LATE)
        put(ws, row, len(headers), f"{done}/{total}")
    finish(ws, title, max_width=20)
    return ws


def _number(value: float | str | None) -> float | int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() else value


def statistics_sheet(
    wb: Workbook, campaign: Campaign, statistics: Sequence[tuple[str, StatsRow]], title: str
) -> Worksheet:
    """Each unit's statistics row in the template's columns, then a 合计 row."""
    ws = wb.create_sheet("统计汇总")
    columns = campaign.statistics.columns if campaign.statistics else ()
    # the template's first text column (单位名称) holds the row label the reader found
    label_key = next((c.key for c in columns if not c.numeric), None)
    header(ws, ["单位", *(c.header for c in columns), "备注"], freeze="B2")
    by_unit: dict[str, list[StatsRow]] = {}
    for unit_id, stats_row in statistics:
        by_unit.setdefault(unit_id, []).append(stats_row)
    totals: dict[str, float] = {}
    row = 2
    for unit in campaign.units:
        rows = by_unit.get(unit.id, [])
        if not rows:
            put(ws, row, 1, unit.name)
            put(ws, row, len(columns) + 2, "未报送").fill = BAD_FILL
            row += 1
            continue
        for stats_row in rows:
            put(ws, row, 1, unit.name)
            notes = []
            for col, column in enumerate(columns, start=2):
                value = stats_row.values.get(column.key)
                if value is None and column.key == label_key:
                    value = stats_row.label or None
                number = _number(value)
                if column.numeric and number is not None:
                    put(ws, row, col, number)
                    totals[column.key] = totals.get(column.key, 0) + number
                elif value is not None:
                    cell = put(ws, row, col, str(value))
                    if column.numeric:
                        cell.fill = BAD_FILL
                        notes.append(f"“{column.header}”不是数字")
            if len(rows) > 1:
                notes.append(f"表内第{stats_row.row}行")
            put(ws, row, len(columns) + 2, "；".join(notes))
            row += 1
    last_data_row = row - 1
    put(ws, row, 1, "合计").font = Font(bold=True)
    for col, column in enumerate(columns, start=2):
        if column.numeric:
            total = totals.get(column.key, 0)
            put(ws, row, col, int(total) if float(total).is_integer() else total).font = Font(
                bold=True
            )
    finish(ws, title, last_row=last_data_row, max_width=16)
    return ws


def problems_sheet(
    wb: Workbook, campaign: Campaign, problems: Sequence[Problem], title: str
) -> Worksheet:
    """What needs a human, oldest first."""
    ws = wb.create_sheet("问题")
    header(ws, ["类型", "单位", "说明", "邮件", "发现时间"])
    names = {u.id: u.name for u in campaign.units}
    for row, problem in enumerate(sorted(problems, key=lambda p: p.since), start=2):
        put(ws, row, 1, problem.kind)
        put(ws, row, 2, names.get(problem.unit_id or "", problem.unit_id or "未识别"))
        put(ws, row, 3, problem.text)
        put(ws, row, 4, problem.message_ref)
        put(ws, row, 5, local(problem.since, campaign))
    finish(ws, title, max_width=60)
    return ws
