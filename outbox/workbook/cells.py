"""Cells and pages shared by every sheet: untrusted text as text, widths, row heights, printing.

    put(ws, row, col, value)      # str as a string cell (never a formula), datetime formatted
    header(ws, ["单位", ...])      # bold, filled, wrapped header row; frozen below it
    finish(ws, title)             # 10 pt text, column widths (CJK counted double), row heights,
                                  # print setup

A finished sheet prints on A4 landscape, scaled to the page width, with its header row on
every page and "联络员　第 1 页，共 2 页" in the footer; row heights are written out, so a
wrapped header never runs over the first data row (Excel and LibreOffice differ on rows
without an explicit height). When a sheet would take more than two pages at the width's
scale, it is fitted to two pages tall as long as that keeps the scale at least
`MIN_FIT_SCALE` (`fit_scale`); a longer sheet prints on more pages rather than smaller.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from copy import copy
from datetime import datetime

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from rules.campaign import Campaign

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
AUTHOR = "notice-intake"
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
BAD_FILL = PatternFill("solid", fgColor="FFC7CE")
# one fill per cell tone of outbox.render.cell_tone (the digest's colours, as ARGB)
FILLS = {
    "done": PatternFill("solid", fgColor="C6EFCE"),
    "late-done": PatternFill("solid", fgColor="E2EFDA"),
    "partial": PatternFill("solid", fgColor="FFEB9C"),
    "missing": PatternFill("solid", fgColor="F2F2F2"),
    "overdue": PatternFill("solid", fgColor="FFC7CE"),
    "none": PatternFill("solid", fgColor="FFFFFF"),
}
KIND_LABELS = {"county": "县市区", "school": "学校"}


def kind_label(campaign: Campaign, kind: str) -> str:
    """A unit kind in a cell: 县市区 / 学校 for the built-in ones, else the kind's title."""
    spec = campaign.unit_kind(kind)
    return KIND_LABELS.get(kind) or (spec.title if spec is not None else kind)


# a campaign lasts weeks inside one year (the year is in every page's header): month-day
_DATE_FORMAT = "mm-dd hh:mm"
DAY_FORMAT = "mm-dd"
# Arial 10 for every cell and as the Normal style: its digit is 7 px wide like Calibri 11's,
# so widths mean the same in Excel and in LibreOffice, which has the metric-compatible
# Liberation Sans (it has no Calibri, and DejaVu Sans in its place makes every column
# wider); CJK text falls back to the system's Chinese font in both
FONT_NAME = "Arial"
FONT_POINTS = 10.0
_LINE_POINTS = 12.75  # one line of 10 pt text, CJK glyphs included
_PAD = 1.5  # a column's width beyond its text: cell padding and the grid line
# A4 landscape in points, and the margins (inches) within which the sheet prints
_PAGE_WIDTH, _PAGE_HEIGHT = 841.9, 595.3
_MARGINS = PageMargins(left=0.35, right=0.35, top=0.55, bottom=0.55, header=0.25, footer=0.25)
MIN_FIT_SCALE = 0.6  # below this a sheet prints on more pages instead (legibility)
BASE_FONT = Font(name=FONT_NAME, size=FONT_POINTS, family=2)
_BODY_FONT = BASE_FONT
_HEADER_FONT = Font(name=FONT_NAME, size=FONT_POINTS, family=2, bold=True)
_WRAP = Alignment(wrap_text=True, vertical="center")
_ONE_LINE = Alignment(vertical="center")
# a line may break after a wide character or after a run of other characters ending in a
# space, "/", "-" ...; closing punctuation stays with what it closes
_WIDE = "\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”‘’—…"
_BREAKS = re.compile(rf"(?:[{_WIDE}]|[^\s/\-_?&={_WIDE}]+)[\s/\-_?&=）)，、；：。！？”’]*|.", re.S)
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")


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


def put(ws: Worksheet, row: int, col: int, value: object) -> Cell:
    """Write a value: text as text (`put_text`), a naive local datetime formatted, numbers
    and None as they are."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        return put_text(cell, value)
    if isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = _DATE_FORMAT
        return cell
    cell.value = value  # numbers and None only
    return cell


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: wide (CJK) characters count double, and so
    do ambiguous ones (“”, ——, №): Chinese fonts draw them full width."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 1 for ch in text)


def header(ws: Worksheet, headers: Sequence[str], freeze: str = "A2") -> None:
    """The bold, filled header row (wrapped, centred) and the panes frozen below it."""
    for col, text in enumerate(headers, start=1):
        cell = put(ws, 1, col, text)
        cell.font = _HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = _HEADER_ALIGN
    ws.freeze_panes = freeze


def _text_of(cell: Cell) -> str:
    if isinstance(cell.value, datetime):  # as wide as its format: "mm-dd" or "mm-dd hh:mm"
        return "0" * len(cell.number_format)
    return cell.value if isinstance(cell.value, str) else str(cell.value)


def text_width(text: str) -> float:
    """The column width (in 7 px characters) one line of `text` takes at `FONT_POINTS`: a
    CJK glyph is 1 em, a character of the width unit about half an em (a margin kept)."""
    return display_width(text) * FONT_POINTS / 10


def _widths(
    ws: Worksheet, max_width: int, min_width: int, caps: dict[int, int]
) -> dict[int, float]:
    """Each column's width from its longest line (header lines count too), capped at
    `caps[column]` or `max_width`."""
    widths: dict[int, float] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            longest = max((text_width(line) for line in _text_of(cell).splitlines()), default=0)
            widths[cell.column] = max(widths.get(cell.column, 0), longest)
    return {
        col: min(max(math.ceil(width + _PAD), min_width), caps.get(col, max_width))
        for col, width in widths.items()
    }


def _wrapped_lines(line: str, usable: float) -> int:
    """Lines one paragraph takes, wrapped as spreadsheets do: a CJK character may start a
    line, Latin text breaks after a space, "/", "-", "_", "，" ... and a word longer than
    the line is cut (a URL such as "http://" + "www.x.edu.cn/zjhdz/" + "index.html")."""
    lines, used = 1, 0.0
    for piece in _BREAKS.findall(line):
        size = text_width(piece)
        if used + size <= usable:
            used += size
            continue
        if size <= usable:
            lines, used = lines + 1, size
            continue
        for ch in piece:  # longer than a line: cut anywhere
            w = text_width(ch)
            if used + w > usable:
                lines, used = lines + 1, 0.0
            used += w
    return lines


def lines_needed(text: str, width: float) -> int:
    """How many lines `text` wraps to in a column `width` characters wide."""
    usable = max(width - _PAD, 1)
    return sum(_wrapped_lines(line, usable) for line in text.split("\n"))


def _fit_rows(ws: Worksheet, widths: dict[int, float], wrapped: int) -> None:
    """Explicit row heights from the wrapped line count of each row's tallest cell among
    the first `wrapped` columns."""
    for row in ws.iter_rows(max_col=wrapped):
        lines = 1
        for cell in row:
            if cell.value is None or isinstance(cell.value, datetime | int | float):
                continue
            lines = max(lines, lines_needed(_text_of(cell), widths.get(cell.column, 8.43)))
        ws.row_dimensions[row[0].row].height = lines * _LINE_POINTS + 1


def _column_points(width: float) -> float:
    """A column's printed width in points at 100 % (7 px a character plus 5 px, 96 dpi)."""
    return (7 * width + 5) * 0.75


def fit_scale(ws: Worksheet, pages_tall: int = 2, columns: int = 0) -> tuple[float, float]:
    """The scale a finished sheet prints at when fitted to the page width, and the scale
    that would fit it `pages_tall` pages tall (header row repeated on each), from the
    widths of its first `columns` columns (0: all) and its row heights."""
    default = ws.sheet_format.defaultColWidth or 8.43
    width = sum(
        _column_points(ws.column_dimensions[get_column_letter(col)].width or default)
        for col in range(1, (columns or ws.max_column) + 1)
    )
    heights = [ws.row_dimensions[r].height or _LINE_POINTS for r in range(1, ws.max_row + 1)]
    usable_w = _PAGE_WIDTH - 72 * (_MARGINS.left + _MARGINS.right)
    usable_h = _PAGE_HEIGHT - 72 * (_MARGINS.top + _MARGINS.bottom)
    by_width = min(1.0, usable_w / width)
    # every page repeats the header: pages_tall * (usable - header) >= body, at scale s
    by_height = min(1.0, pages_tall * usable_h / (sum(heights) + (pages_tall - 1) * heights[0]))
    return by_width, by_height


def _print_setup(ws: Worksheet, title: str, columns: int) -> None:
    """A4 landscape, fit to one page wide and, when that stays legible, two tall (else as
    many tall as needed), header row repeated, the title in the page header and the sheet
    name with page numbers in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_margins = copy(_MARGINS)
    if columns:
        ws.print_area = f"A1:{get_column_letter(columns)}{ws.max_row}"
    by_width, by_height = fit_scale(ws, columns=columns)
    ws.page_setup.fitToWidth = 1
    # Excel and LibreOffice take the smaller of the two scales; 0 means "as many as needed"
    ws.page_setup.fitToHeight = 2 if min(by_width, by_height) >= MIN_FIT_SCALE else 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = "1:1"
    ws.print_options.horizontalCentered = True
    ws.oddHeader.center.text = title.replace("&", "&&")
    ws.oddHeader.center.size = 10
    ws.oddFooter.center.text = "&A　第 &P 页，共 &N 页"
    ws.oddFooter.center.size = 9


def finish(
    ws: Worksheet,
    title: str,
    *,
    last_row: int | None = None,
    max_width: int = 40,
    min_width: int = 6,
    caps: dict[int, int] | None = None,
    print_columns: int = 0,
) -> None:
    """Column widths from content (CJK counted double, long texts wrap at `max_width` or
    the column's entry in `caps`), 10 pt text, explicit row heights, an auto-filter over
    the data rows (up to `last_row`) and the print setup (of the first `print_columns`
    columns only, when given; the others do not wrap)."""
    widths = _widths(ws, max_width, min_width, caps or {})
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    wrapped = print_columns or ws.max_column
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.value is not None:
                # a column left out of print runs on in one line (the last one, into
                # empty cells) instead of making every row taller
                cell.alignment = _WRAP if cell.column <= wrapped else _ONE_LINE
                cell.font = _HEADER_FONT if cell.font.bold else _BODY_FONT
    _fit_rows(ws, widths, wrapped)
    last = last_row if last_row is not None else ws.max_row
    ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{max(last, 1)}"
    _print_setup(ws, title, print_columns)
