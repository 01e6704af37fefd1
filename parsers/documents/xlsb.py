"""Excel binary workbooks (.xlsb) via pyxlsb: every sheet as a Table, then the text of its
drawings and comments (`sheet_extras`; drawings stay XML in an .xlsb).

An .xlsb is a zip of binary parts, so it gets the zip bounds of `check_office_zip` first;
then each cell's text counts against the document's expansion bound. pyxlsb does not read
number formats, so a date cell reads as its serial number ("44140").
"""

from __future__ import annotations

import io
import logging
import zipfile

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
from parsers.documents.sheet_extras import sheet_extras, sheets_text
from parsers.documents.xlsb_parts import SheetRef, sheet_refs, standard_workbook
from parsers.model import Document, ReadStatus, Table

log = logging.getLogger(__name__)


def read_xlsb(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read an .xlsb; UNREADABLE with the reason when it is broken or too big."""
    refused = check_office_zip(data, limits)
    if refused:
        return failed(ReadStatus.UNREADABLE, "xlsb", f"not a valid xlsb: {refused}")
    refs = _sheet_refs(data)
    if any(ref.beta for ref in refs):  # pyxlsb misreads Excel 2007 beta's sheet records
        data = standard_workbook(data)
    budget = Expansion(limits)
    tables: list[Table] = []
    extras: list[list[str]] = []
    try:
        with open_workbook(io.BytesIO(data)) as book:
            for name in book.sheets:
                with book.get_sheet(name) as sheet:
                    tables.append(_sheet(name, sheet, budget))
        if [ref.name for ref in refs] == [t.name for t in tables]:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                extras = [sheet_extras(zf, ref.part, budget) if ref.part else [] for ref in refs]
    except LimitExceeded as exc:
        return failed(ReadStatus.UNREADABLE, "xlsb", str(exc))
    except Exception as exc:  # pyxlsb raises assorted errors on records it does not know
        log.info("xlsb not read by pyxlsb (%s): LibreOffice converts it", describe(exc))
        from parsers.documents.legacy import read_legacy

        converted = read_legacy(data, "xlsb", limits=limits)
        if converted.status is ReadStatus.OK:
            return converted
        return failed(ReadStatus.UNREADABLE, "xlsb", f"not a valid xlsb: {_reason(exc)}")
    text = sheets_text(tables, extras)
    if not text.strip():
        return failed(ReadStatus.EMPTY, "xlsb", "the workbook has no cell, shape or note with text")
    return Document(status=ReadStatus.OK, kind="xlsb", text=text, tables=tuple(tables))


def _sheet_refs(data: bytes) -> list[SheetRef]:
    """The sheets and their parts as the workbook part lists them; [] when that cannot be
    read (pyxlsb then reads or refuses the file, with its own message)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return sheet_refs(zf)
    except Exception as exc:  # lxml, zipfile and a damaged record raise many types
        log.info("xlsb sheet list not read: %s", describe(exc))
        return []


def _reason(exc: Exception) -> str:
    """Why pyxlsb failed, in words: its KeyError shows only the key it missed."""
    if isinstance(exc, KeyError):
        return "a sheet or part the workbook names is missing or unreadable"
    return describe(exc)


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
