"""Excel .xlsx reader (openpyxl): every worksheet as a Table, merged ranges expanded.

Workbooks are loaded with `data_only=True`, so formula cells give the value the producing
program cached; a workbook written by a library that computes nothing (openpyxl itself)
has no cached values and those cells read as "". Big workbooks (above
`Limits.read_only_above`) use openpyxl's read-only mode, which is faster and lighter but does
not report merged ranges; they are then taken from the sheet XML directly.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
import zipfile
from typing import Any

import openpyxl
from openpyxl.utils.cell import coordinate_to_tuple

from parsers.documents.common import (
    DEFAULT_LIMITS,
    Limits,
    cell_text,
    check_office_zip,
    failed,
    trim_rows,
)
from parsers.model import Document, ReadStatus, Table

log = logging.getLogger(__name__)

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+):([A-Z]+\d+)"')


def read_xlsx(data: bytes, kind: str = "xlsx", limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read an .xlsx/.xlsm; `kind` is kept in the result (e.g. "et" after conversion)."""
    refused = check_office_zip(data, limits)
    if refused:
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid xlsx: {refused}")
    read_only = len(data) > limits.read_only_above
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles/validation it skips
            book = openpyxl.load_workbook(
                io.BytesIO(data), read_only=read_only, data_only=True, keep_links=False
            )
            try:
                tables = tuple(
                    _sheet(ws, _merged_from_xml(data, ws._worksheet_path) if read_only else None)
                    for ws in book.worksheets
                )
            finally:
                book.close()
    except Exception as exc:  # openpyxl raises many types on corrupt workbooks
        log.info("xlsx unreadable: %s", exc)
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid xlsx: {type(exc).__name__}: {exc}")
    text = "\n".join("\t".join(c for c in row if c) for t in tables for row in t.rows)
    return Document(status=ReadStatus.OK, kind=kind, text=text, tables=tables)


def _sheet(ws: Any, merged: list[tuple[int, int, int, int]] | None) -> Table:
    rows = [[cell_text(v) for v in row] for row in ws.iter_rows(min_row=1, values_only=True)]
    if merged is None:
        merged = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
    for min_row, min_col, max_row, max_col in merged:
        if min_row > len(rows):
            continue
        top = rows[min_row - 1]
        value = top[min_col - 1] if min_col - 1 < len(top) else ""
        for r in range(min_row - 1, min(max_row, len(rows))):
            row = rows[r]
            if len(row) < max_col:
                row.extend([""] * (max_col - len(row)))
            for c in range(min_col - 1, max_col):
                row[c] = value
    rows, first_row = trim_rows(rows, 1)
    return Table(rows=tuple(tuple(r) for r in rows), name=ws.title, first_row=first_row)


def _merged_from_xml(data: bytes, path: str) -> list[tuple[int, int, int, int]]:
    """Merged ranges of one worksheet, read from its XML (read-only mode does not give them)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = zf.read(path.lstrip("/"))
    except (zipfile.BadZipFile, KeyError, OSError):
        return []
    ranges = []
    for start, end in _MERGE.findall(xml):
        r1, c1 = coordinate_to_tuple(start.decode())
        r2, c2 = coordinate_to_tuple(end.decode())
        ranges.append((r1, c1, r2, c2))
    return ranges
