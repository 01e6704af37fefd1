"""Excel binary workbooks (.xlsb) via pyxlsb: every sheet as a Table.

An .xlsb is a zip of binary parts, so it gets the zip bounds of `check_office_zip` first;
then each cell's text counts against the document's expansion bound. pyxlsb does not read
number formats, so a date cell reads as its serial number ("44140").
"""

from __future__ import annotations

import io
import logging

from pyxlsb import open_workbook

from parsers.documents.common import (
    DEFAULT_LIMITS,
    Expansion,
    LimitExceeded,
    Limits,
    cell_text,
    check_office_zip,
    describe,
    failed,
    trim_rows,
)
from parsers.model import Document, ReadStatus, Table

log = logging.getLogger(__name__)


def read_xlsb(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read an .xlsb; UNREADABLE with the reason when it is broken or too big."""
    refused = check_office_zip(data, limits)
    if refused:
        return failed(ReadStatus.UNREADABLE, "xlsb", f"not a valid xlsb: {refused}")
    budget = Expansion(limits)
    tables: list[Table] = []
    try:
        with open_workbook(io.BytesIO(data)) as book:
            for name in book.sheets:
                with book.get_sheet(name) as sheet:
                    tables.append(_sheet(name, sheet, budget))
    except LimitExceeded as exc:
        return failed(ReadStatus.UNREADABLE, "xlsb", str(exc))
    except Exception as exc:  # pyxlsb raises assorted errors on records it does not know
        log.info("xlsb not read by pyxlsb (%s): LibreOffice converts it", describe(exc))
        from parsers.documents.legacy import read_legacy

        converted = read_legacy(data, "xlsb", limits=limits)
        if converted.status is ReadStatus.OK:
            return converted
        return failed(ReadStatus.UNREADABLE, "xlsb", f"not a valid xlsb: {describe(exc)}")
    text = "\n".join("\t".join(c for c in row if c) for t in tables for row in t.rows)
    if not text.strip():
        return failed(ReadStatus.EMPTY, "xlsb", "the workbook has no cell with a value")
    return Document(status=ReadStatus.OK, kind="xlsb", text=text, tables=tuple(tables))


def _sheet(name: str, sheet: object, budget: Expansion) -> Table:
    cells: dict[tuple[int, int], str] = {}
    for row in sheet.rows(sparse=True):  # type: ignore[attr-defined]
        for cell in row:
            text = cell_text(cell.v)
            if text:
                budget.text(len(text))
                cells[(cell.r, cell.c)] = text
    if not cells:
        return Table(rows=(), name=name)
    first = min(r for r, _ in cells)
    height = max(r for r, _ in cells) - first + 1
    width = max(c for _, c in cells) + 1
    budget.grid(height * width)
    rows = [[""] * width for _ in range(height)]
    for (r, c), text in cells.items():
        rows[r - first][c] = text
    trimmed, first_row = trim_rows(rows, first + 1)
    return Table(rows=tuple(tuple(r) for r in trimmed), name=name, first_row=first_row)
