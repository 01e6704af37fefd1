"""Legacy Excel .xls reader (xlrd): every sheet as a Table, merged ranges expanded; after
each sheet's cells, the text of its text boxes and shapes (`xls_objects`) and comments."""

from __future__ import annotations

import io
import logging
from collections import Counter
from typing import Any

import xlrd

from parsers.documents.common import (
    DEFAULT_LIMITS,
    Expansion,
    LimitExceeded,
    Limits,
    cell_text,
    describe,
    failed,
    trim_rows,
)
from parsers.documents.sheet_extras import sheets_text
from parsers.documents.xls_objects import text_objects
from parsers.model import Document, ReadStatus, Table

log = logging.getLogger(__name__)


def read_xls(data: bytes, kind: str = "xls", limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a BIFF .xls workbook; ENCRYPTED for a password-protected one."""
    log_sink = io.StringIO()  # xlrd writes warnings to a file, not to logging
    budget = Expansion(limits)
    try:
        try:
            book = xlrd.open_workbook(
                file_contents=data, formatting_info=True, logfile=log_sink, ragged_rows=True
            )
        except NotImplementedError:  # formatting_info is not implemented for some files
            book = xlrd.open_workbook(file_contents=data, logfile=log_sink, ragged_rows=True)
        tables = tuple(_sheet(book, book.sheet_by_index(i), budget) for i in range(book.nsheets))
        extras = _extras(book, data, budget)
    except LimitExceeded as exc:
        return failed(ReadStatus.UNREADABLE, kind, str(exc))
    except xlrd.XLRDError as exc:
        if "encrypted" in str(exc).lower():
            return failed(ReadStatus.ENCRYPTED, kind, "the workbook is password-protected")
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid xls: {describe(exc)}")
    except Exception as exc:  # xlrd raises assorted errors on corrupt files
        log.info("xls unreadable: %s", exc)
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid xls: {describe(exc)}")
    text = sheets_text(tables, extras)
    if not text.strip():
        return failed(ReadStatus.EMPTY, kind, "the workbook has no cell, shape or note with text")
    return Document(status=ReadStatus.OK, kind=kind, text=text, tables=tables)


def _extras(book: Any, data: bytes, budget: Expansion) -> list[list[str]]:
    """Per sheet: the lines of its text boxes and shapes, then its comments (notes, in
    cell order). xlrd reads the notes; the other text objects come from `text_objects`,
    which sees the notes' text objects too: those are taken out."""
    objects = text_objects(data)
    if objects is not None and len(objects) != book.nsheets:
        log.info("xls text objects: %s lists for %s sheets; not used", len(objects), book.nsheets)
        objects = None
    extras: list[list[str]] = []
    for index in range(book.nsheets):
        notes = [note.text for _, note in sorted(book.sheet_by_index(index).cell_note_map.items())]
        unmatched = Counter(note.strip() for note in notes)
        lines: list[str] = []
        for text in objects[index] if objects else ():
            if unmatched[text.strip()] > 0:
                unmatched[text.strip()] -= 1
                continue
            lines.extend(line for line in text.split("\n") if line.strip())
        lines.extend(note.strip() for note in notes if note.strip())
        budget.text(sum(map(len, lines)))
        extras.append(lines)
    return extras


def _value(book: Any, cell: Any) -> str:
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell_text(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERROR")
    return cell_text(cell.value) if cell.ctype != xlrd.XL_CELL_EMPTY else ""


def _sheet(book: Any, sheet: Any, budget: Expansion) -> Table:
    # Rows are ragged (as long as their last cell) and counted up to their last value:
    # formatted blank cells far out (a whole row or column styled) are no content.
    rows: list[list[str]] = []
    for r in range(sheet.nrows):
        values = [_value(book, c) for c in sheet.row(r)]
        while values and not values[-1]:
            values.pop()
        budget.grid(len(values))
        budget.text(sum(map(len, values)))
        rows.append(values)
    for rlo, rhi, clo, chi in getattr(sheet, "merged_cells", ()):
        if rlo >= len(rows):
            continue
        top = rows[rlo]
        value = top[clo] if clo < len(top) else ""
        budget.grid(max(0, min(rhi, len(rows)) - rlo) * max(0, chi - clo))
        budget.text(max(0, min(rhi, len(rows)) - rlo) * max(0, chi - clo) * len(value))
        for r in range(rlo, min(rhi, len(rows))):
            row = rows[r]
            if len(row) < chi:
                row.extend([""] * (chi - len(row)))
            for c in range(clo, chi):
                row[c] = value
    rows, first_row = trim_rows(rows, 1)
    return Table(rows=tuple(tuple(r) for r in rows), name=sheet.name, first_row=first_row)
