"""The consolidated workbook (openpyxl): liaisons, the submission matrix, statistics, problems.

    data = build_workbook(campaign, statuses, liaisons, statistics, problems, now)

Sheets: 联络员 (invalid fields filled and commented), 提交情况 (units × requirements with
received dates, "完成 11-04"), 统计汇总 (each unit's statistics row in the template's
columns plus a 合计 row of computed values, so previews that do not recalculate still show
totals), 问题. Every text from mail is written as a string cell: a file name such as
"=HYPERLINK(...)" is stored as that text, never as a formula.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from outbox.model import Liaison, Problem
from outbox.render import cell_label, cell_tone, format_deadline
from parsers.model import StatsRow
from rules.campaign import Campaign
from rules.model import RequirementStatus, State, UnitStatus

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_AUTHOR = "notice-intake"
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_BAD_FILL = PatternFill("solid", fgColor="FFC7CE")
_FILLS = {
    "done": PatternFill("solid", fgColor="C6EFCE"),
    "late-done": PatternFill("solid", fgColor="E2EFDA"),
    "partial": PatternFill("solid", fgColor="FFEB9C"),
    "missing": PatternFill("solid", fgColor="F2F2F2"),
    "overdue": PatternFill("solid", fgColor="FFC7CE"),
    "none": PatternFill("solid", fgColor="FFFFFF"),
}
_KIND = {"county": "县市区", "school": "学校"}
_LIAISON_HEADERS = ("单位", "类型", "联络员单位", "姓名", "职务", "邮箱", "手机号码")
_LIAISON_HEADERS += ("办公电话", "来源", "收到时间")
_CONTACT_FIELDS = (
    ("unit", "单位"),
    ("name", "姓名"),
    ("position", "职务"),
    ("email", "邮箱"),
    ("mobile", "手机号码"),
)


def put_text(cell: Cell, value: str) -> Cell:
    """Write untrusted text as a string cell, whatever it starts with.

    openpyxl turns any str starting with "=" into a formula; forcing data_type "s" makes
    it an inline string, and quotePrefix keeps Excel/LibreOffice from re-reading it as a
    formula when a user edits the cell.
    """
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.value = text
    cell.data_type = "s"
    if text.startswith(_FORMULA_START):
        cell.quotePrefix = True
    return cell


def _put(ws: Worksheet, row: int, col: int, value: object) -> Cell:
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        return put_text(cell, value)
    if isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = "yyyy-mm-dd hh:mm"
        return cell
    cell.value = value  # numbers and None only
    return cell


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: wide (CJK) characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _header(ws: Worksheet, headers: Sequence[str], freeze: str = "A2") -> None:
    for col, text in enumerate(headers, start=1):
        cell = _put(ws, 1, col, text)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.freeze_panes = freeze


def _finish(ws: Worksheet, last_row: int | None = None, max_width: int = 40) -> None:
    """Column widths from content (CJK counted double), auto-filter over the data rows."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            text = cell.value if isinstance(cell.value, str) else str(cell.value)
            longest = max((display_width(line) for line in text.splitlines()), default=0)
            widths[cell.column] = max(widths.get(cell.column, 0), longest)
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 8), max_width)
    last = last_row if last_row is not None else ws.max_row
    ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{max(last, 1)}"


def _local(dt: datetime, campaign: Campaign) -> datetime:
    return dt.astimezone(campaign.tz).replace(tzinfo=None)


def _liaisons_sheet(wb: Workbook, campaign: Campaign, liaisons: Sequence[Liaison]) -> Worksheet:
    ws = wb.create_sheet("联络员")
    _header(
        ws,
        [
            "单位",
            "类型",
            "联络员单位",
            "姓名",
            "职务",
            "邮箱",
            "手机号码",
            "办公电话",
            "来源",
            "收到时间",
        ],
    )
    by_unit: dict[str, list[Liaison]] = {}
    for liaison in liaisons:
        by_unit.setdefault(liaison.unit_id, []).append(liaison)
    row = 2
    for unit in campaign.units:
        found = by_unit.get(unit.id, [])
        if not found:
            _put(ws, row, 1, unit.name)
            _put(ws, row, 2, _KIND.get(unit.kind, unit.kind))
            cell = _put(ws, row, 4, "未报送")
            cell.fill = _BAD_FILL
            row += 1
            continue
        for liaison in found:
            contact = liaison.contact
            _put(ws, row, 1, unit.name)
            _put(ws, row, 2, _KIND.get(unit.kind, unit.kind))
            for col, (key, label) in enumerate(_CONTACT_FIELDS, start=3):
                value = getattr(contact, key)
                cell = _put(ws, row, col, value.value)
                if not value.valid:
                    cell.fill = _BAD_FILL
                    why = "缺失" if not value.value or value.problem == "missing" else "无效"
                    note = f"{label}{why}" + (f"（{value.problem}）" if value.problem else "")
                    cell.comment = Comment(note, _AUTHOR, width=240, height=60)
            _put(ws, row, 8, contact.phone.value)
            _put(ws, row, 9, contact.source)
            if liaison.received_at is not None:
                _put(ws, row, 10, _local(liaison.received_at, campaign))
            row += 1
    _finish(ws)
    return ws


def _completed_on(status: RequirementStatus) -> datetime | None:
    """When the requirement became complete (the min_count-th item), else the latest item."""
    items = sorted(status.items, key=lambda i: i.received_at)
    if not items:
        return None
    if status.state in (State.COMPLETE, State.LATE) and len(items) >= status.min_count:
        return items[status.min_count - 1].received_at
    return items[-1].received_at


def _matrix_sheet(
    wb: Workbook, campaign: Campaign, statuses: Sequence[UnitStatus], now: datetime
) -> Worksheet:
    ws = wb.create_sheet("提交情况")
    headers = ["单位", "类型"]
    headers += [
        f"{r.title}\n（截止{format_deadline(r.due, campaign.tz)}）" for r in campaign.requirements
    ]
    headers.append("已完成")
    _header(ws, headers, freeze="B2")
    by_unit = {s.unit_id: s for s in statuses}
    for row, unit in enumerate(campaign.units, start=2):
        _put(ws, row, 1, unit.name)
        _put(ws, row, 2, _KIND.get(unit.kind, unit.kind))
        status = by_unit.get(unit.id)
        by_req = {r.requirement_id: r for r in status.requirements} if status else {}
        done = total = 0
        for col, req in enumerate(campaign.requirements, start=3):
            st = by_req.get(req.id)
            if st is None:
                _put(ws, row, col, "—")
                continue
            text = cell_label(st, now)
            when = _completed_on(st)
            if when is not None:
                text += f" {_local(when, campaign):%m-%d}"
            cell = _put(ws, row, col, text)
            cell.fill = _FILLS[cell_tone(st, now)]
            if st.detail:
                cell.comment = Comment(ILLEGAL_CHARACTERS_RE.sub("", st.detail), _AUTHOR)
            if st.state is not State.NOT_DUE:
                total += 1
                done += st.state in (State.COMPLETE, State.LATE)
        _put(ws, row, len(headers), f"{done}/{total}")
    _finish(ws, max_width=24)
    for row in ws.iter_rows(min_row=1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    return ws


def _number(value: float | str | None) -> float | int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() else value


def _statistics_sheet(
    wb: Workbook, campaign: Campaign, statistics: Sequence[tuple[str, StatsRow]]
) -> Worksheet:
    ws = wb.create_sheet("统计汇总")
    columns = campaign.statistics.columns if campaign.statistics else ()
    # the template's first text column (单位名称) holds the row label the reader found
    label_key = next((c.key for c in columns if not c.numeric), None)
    _header(ws, ["单位", *(c.header for c in columns), "备注"], freeze="B2")
    by_unit: dict[str, list[StatsRow]] = {}
    for unit_id, stats_row in statistics:
        by_unit.setdefault(unit_id, []).append(stats_row)
    totals: dict[str, float] = {}
    row = 2
    for unit in campaign.units:
        rows = by_unit.get(unit.id, [])
        if not rows:
            _put(ws, row, 1, unit.name)
            cell = _put(ws, row, len(columns) + 2, "未报送")
            cell.fill = _BAD_FILL
            row += 1
            continue
        for stats_row in rows:
            _put(ws, row, 1, unit.name)
            notes = []
            for col, column in enumerate(columns, start=2):
                value = stats_row.values.get(column.key)
                if value is None and column.key == label_key:
                    value = stats_row.label or None
                number = _number(value)
                if column.numeric and number is not None:
                    _put(ws, row, col, number)
                    totals[column.key] = totals.get(column.key, 0) + number
                elif value is not None:
                    cell = _put(ws, row, col, str(value))
                    if column.numeric:
                        cell.fill = _BAD_FILL
                        notes.append(f"“{column.header}”不是数字")
            if len(rows) > 1:
                notes.append(f"表内第{stats_row.row}行")
            _put(ws, row, len(columns) + 2, "；".join(notes))
            row += 1
    last_data_row = row - 1
    cell = _put(ws, row, 1, "合计")
    cell.font = Font(bold=True)
    for col, column in enumerate(columns, start=2):
        if column.numeric:
            total = totals.get(column.key, 0)
            cell = _put(ws, row, col, int(total) if float(total).is_integer() else total)
            cell.font = Font(bold=True)
    _finish(ws, last_row=last_data_row, max_width=24)
    return ws


def _problems_sheet(wb: Workbook, campaign: Campaign, problems: Sequence[Problem]) -> Worksheet:
    ws = wb.create_sheet("问题")
    _header(ws, ["类型", "单位", "说明", "邮件", "发现时间"])
    names = {u.id: u.name for u in campaign.units}
    for row, problem in enumerate(sorted(problems, key=lambda p: p.since), start=2):
        _put(ws, row, 1, problem.kind)
        _put(ws, row, 2, names.get(problem.unit_id or "", problem.unit_id or "未识别"))
        _put(ws, row, 3, problem.text)
        _put(ws, row, 4, problem.message_ref)
        _put(ws, row, 5, _local(problem.since, campaign))
    _finish(ws, max_width=60)
    return ws


def build_workbook(
    campaign: Campaign,
    statuses: Sequence[UnitStatus],
    liaisons: Sequence[Liaison],
    statistics: Sequence[tuple[str, StatsRow]],
    problems: Sequence[Problem],
    now: datetime,
) -> bytes:
    """The workbook as .xlsx bytes. `statistics` pairs a unit id with a statistics row
    (intake passes each unit's latest; several rows for one unit are all listed)."""
    wb = Workbook()
    wb.remove(wb.active)
    _liaisons_sheet(wb, campaign, liaisons)
    _matrix_sheet(wb, campaign, statuses, now)
    _statistics_sheet(wb, campaign, statistics)
    _problems_sheet(wb, campaign, problems)
    wb.properties.creator = _AUTHOR
    wb.properties.title = f"{campaign.name}汇总"
    wb.properties.created = _local(now, campaign)
    wb.properties.modified = _local(now, campaign)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def workbook_filename(campaign: Campaign, now: datetime) -> str:
    """ "2020年泰安市职业教育活动周汇总_20201116.xlsx"."""
    return f"{campaign.name}汇总_{now.astimezone(campaign.tz):%Y%m%d}.xlsx"
