"""Cells and pages shared by every sheet: untrusted text as text, widths, row heights, printing.

    put(ws, row, col, value)      # str as a string cell (never a formula), datetime formatted
    header(ws, ["单位", ...])      # bold, filled, wrapped header row; frozen below it
    finish(ws, title)             # column widths (CJK counted double), row heights, print setup

A finished sheet prints on A4 landscape, scaled to the page width, with its header row on
every page and "联络员　第 1 页，共 2 页" in the footer; row heights are written out, so a
wrapped header never runs over the first data row (Excel and LibreOffice differ on rows
without an explicit height).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
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


_DATE_FORMAT = "yyyy-mm-dd hh:mm"
_DATE_WIDTH = 17
_LINE_POINTS = 15.0  # one line of 11 pt text, CJK glyphs included
_WRAP = Alignment(wrap_text=True, vertical="center")
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
    """Columns a text takes in a spreadsheet: wide (CJK) characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def header(ws: Worksheet, headers: Sequence[str], freeze: str = "A2") -> None:
    """The bold, filled header row (wrapped, centred) and the panes frozen below it."""
    for col, text in enumerate(headers, start=1):
        cell = put(ws, 1, col, text)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = _HEADER_ALIGN
    ws.freeze_panes = freeze


def _text_of(cell: Cell) -> str:
    if isinstance(cell.value, datetime):
        return "0000-00-00 00:00"
    return cell.value if isinstance(cell.value, str) else str(cell.value)


def _widths(
    ws: Worksheet, max_width: int, min_width: int, caps: dict[int, int]
) -> dict[int, float]:
    """Each column's width from its longest line (header lines count too), capped at
    `caps[column]` or `max_width`."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            longest = max((display_width(line) for line in _text_of(cell).splitlines()), default=0)
            if isinstance(cell.value, datetime):
                longest = _DATE_WIDTH - 2
            widths[cell.column] = max(widths.get(cell.column, 0), longest)
    return {
        col: min(max(width + 2, min_width), caps.get(col, max_width))
        for col, width in widths.items()
    }


def lines_needed(text: str, width: float) -> int:
    """How many lines `text` wraps to in a column `width` characters wide."""
    usable = max(width - 1.5, 1)
    return sum(max(1, math.ceil(display_width(line) / usable)) for line in text.split("\n"))


def _fit_rows(ws: Worksheet, widths: dict[int, float]) -> None:
    """Explicit row heights from the wrapped line count of each row's tallest cell."""
    for row in ws.iter_rows():
        lines = 1
        for cell in row:
            if cell.value is None or isinstance(cell.value, datetime | int | float):
                continue
            lines = max(lines, lines_needed(_text_of(cell), widths.get(cell.column, 8.43)))
        ws.row_dimensions[row[0].row].height = lines * _LINE_POINTS + 3


def _print_setup(ws: Worksheet, title: str) -> None:
    """A4 landscape, fit to one page wide (as many tall as needed), header row repeated,
    the title in the page header and the sheet name with page numbers in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = "1:1"
    ws.print_options.horizontalCentered = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.7, bottom=0.7, header=0.3, footer=0.3)
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
    min_width: int = 8,
    caps: dict[int, int] | None = None,
) -> None:
    """Column widths from content (CJK counted double, long texts wrap; the first column,
    the unit, up to 40 unless `caps` says otherwise), explicit row heights, an auto-filter
    over the data rows (up to `last_row`) and the print setup."""
    widths = _widths(ws, max_width, min_width, {1: 40, **(caps or {})})
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.value is not None:
                cell.alignment = _WRAP
    _fit_rows(ws, widths)
    last = last_row if last_row is not None else ws.max_row
    ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{max(last, 1)}"
    _print_setup(ws, title)
