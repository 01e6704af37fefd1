"""Excel .xlsx reader: every worksheet as a Table, merged ranges expanded.

openpyxl's reader (read-only) opens the workbook and gives what is hard to get right by
hand: sheet names and order, each sheet's part, which cell styles are dates, the epoch.
That takes 1.5 ms even for a small workbook, and depends only on four small parts and the
list of members, which workbooks from one template share: so it is kept per those bytes.
Its per-object machinery is too slow for the "1 MB in well under a second" target (about
2 s for 150 000 cells, and 10 s for a LibreOffice file's 50 000 shared strings), so the
shared strings and the cells are read here with streaming lxml passes (no entity
resolution, no network).

Formula cells give the value the producing program cached (`<v>`); a workbook written by a
library that computes nothing (openpyxl itself) has no cached values and those cells read as
"". Numbers stored as text stay text ("0012"); integral numbers print without ".0".
"""

from __future__ import annotations

import io
import logging
import os
import re
import threading
import warnings
import zipfile
from collections import OrderedDict
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lxml import etree

# openpyxl imports numpy when it is installed, and numpy starts OpenBLAS's thread pool,
# whose idle threads spun for about 1 % of a backlog's CPU time; nothing here uses BLAS.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from openpyxl.packaging.manifest import Manifest
from openpyxl.packaging.relationship import get_rels_path
from openpyxl.reader import excel as openpyxl_excel
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import column_index_from_string, coordinate_to_tuple
from openpyxl.utils.datetime import from_excel
from openpyxl.xml.constants import ARC_CONTENT_TYPES, ARC_STYLE, SHARED_STRINGS
from openpyxl.xml.functions import fromstring

from parsers.documents.common import (
    DEFAULT_LIMITS,
    Expansion,
    LimitExceeded,
    Limits,
    cell_text,
    check_office_zip,
    describe,
    failed,
)
from parsers.documents.ooxml import normalized
from parsers.model import Document, ReadStatus, Table
from parsers.urls import formula_link, hidden_address

log = logging.getLogger(__name__)

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _MERGE = f"{_NS}row", f"{_NS}c", f"{_NS}mergeCell"
_V, _T, _IS = f"{_NS}v", f"{_NS}t", f"{_NS}is"
_SI, _RPH = f"{_NS}si", f"{_NS}rPh"
_F, _LINK = f"{_NS}f", f"{_NS}hyperlink"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MAX_GRID_CELLS = 20_000_000  # rows x columns of one sheet's table, empty cells included


class SheetTooLarge(Exception):
    """A sheet whose used range would not fit in memory as a grid."""


@dataclass(frozen=True, slots=True)
class _Book:
    sheets: tuple[tuple[str, str], ...]  # (title, part name)
    strings: tuple[str, ...]
    date_styles: Collection[int]
    timedelta_styles: Collection[int]
    epoch: Any


def read_xlsx(data: bytes, kind: str = "xlsx", limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read an .xlsx/.xlsm/.xltx (Strict or transitional); `kind` is kept in the result
    (e.g. "et" after conversion)."""
    try:
        data = normalized(data, limits) or data
    except (LimitExceeded, ValueError) as exc:
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid xlsx: {exc}")
    refused = check_office_zip(data, limits)
    if refused:
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid xlsx: {refused}")
    budget = Expansion(limits)
    try:
        book = _open(data, budget)
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            tables = tuple(_sheet(zf, title, part, book, budget) for title, part in book.sheets)
    except (SheetTooLarge, LimitExceeded) as exc:
        return failed(ReadStatus.UNREADABLE, kind, str(exc))
    except Exception as exc:  # openpyxl and lxml raise many types on corrupt workbooks
        log.info("xlsx unreadable: %s", exc)
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid xlsx: {describe(exc)}")
    text = "\n".join("\t".join(c for c in row if c) for t in tables for row in t.rows)
    if not text.strip():
        values = _raw_values(data)
        if values:  # e.g. a pre-release namespace: the format shows values that were not read
            reason = f"no value read from an {kind} whose sheets hold {values} values"
            return failed(ReadStatus.UNREADABLE, kind, reason)
        return failed(ReadStatus.EMPTY, kind, "the workbook has no cell with a value")
    return Document(status=ReadStatus.OK, kind=kind, text=text, tables=tables)


_RAW_VALUE = re.compile(rb"<(?:\w+:)?(?:v|t)>[^<\s]")


def _raw_values(data: bytes) -> int:
    """How many cell values (<v>, <t>) the sheets and shared strings hold, read as bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return sum(
            len(_RAW_VALUE.findall(zf.read(info)))
            for info in zf.infolist()
            if info.filename.startswith("xl/")
            and info.filename.endswith(".xml")
            and ("worksheets/" in info.filename or "sharedStrings" in info.filename)
        )


@dataclass(frozen=True, slots=True)
class _Structure:
    """What openpyxl tells about a workbook, besides its shared strings."""

    sheets: tuple[tuple[str, str], ...]  # (title, part name)
    strings_part: str | None
    date_styles: frozenset[int]
    timedelta_styles: frozenset[int]
    epoch: Any


def _open(data: bytes, budget: Expansion) -> _Book:
    """Workbook structure (openpyxl, kept per workbook), then the shared strings."""
    structure = _kept_structure(data)
    strings: tuple[str, ...] = ()
    if structure.strings_part:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            strings = _shared_strings(zf, structure.strings_part, budget)
    return _Book(
        sheets=structure.sheets,
        strings=strings,
        date_styles=structure.date_styles,
        timedelta_styles=structure.timedelta_styles,
        epoch=structure.epoch,
    )


def _structure(data: bytes) -> _Structure:
    """Workbook structure via openpyxl's reader, without its slow shared-string parse."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles/validation it skips
        reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
        try:
            reader.read_manifest()
            reader.read_workbook()
            try:
                apply_stylesheet(reader.archive, reader.wb)
            except Exception as exc:  # odd styles (other producers): no date formats then
                log.info("xlsx styles not read: %s", describe(exc))
            sheets = tuple(
                (sheet.name, rel.target.lstrip("/"))
                for sheet, rel in reader.parser.find_sheets()
                if rel.target in reader.valid_files and "chartsheet" not in rel.Type
            )
            part = reader.package.find(SHARED_STRINGS)
            wb = reader.wb
            return _Structure(
                sheets=sheets,
                strings_part=part.PartName[1:] if part else None,
                date_styles=frozenset(wb._date_formats),
                timedelta_styles=frozenset(wb._timedelta_formats),
                epoch=wb.epoch,
            )
        finally:
            reader.archive.close()


# openpyxl's reader reads [Content_Types].xml, the workbook part, its rels and xl/styles.xml,
# and checks sheet parts against the member list: with those equal, its answer is equal.
_KEPT = 32
_KEPT_KEY_BYTES = 1024 * 1024  # workbooks with bigger such parts are not kept
_kept: OrderedDict[tuple[object, ...], _Structure] = OrderedDict()
_kept_lock = threading.Lock()


def _kept_structure(data: bytes) -> _Structure:
    try:
        key = _structure_key(data)
    except Exception:  # let openpyxl itself fail, with its own message
        key = None
    if key is None:
        return _structure(data)
    with _kept_lock:
        found = _kept.get(key)
        if found is not None:
            _kept.move_to_end(key)
            return found
    found = _structure(data)  # raises for a broken workbook: nothing is kept
    with _kept_lock:
        _kept[key] = found
        while len(_kept) > _KEPT:
            _kept.popitem(last=False)
    return found


def _structure_key(data: bytes) -> tuple[object, ...] | None:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = tuple(zf.namelist())
        content_types = zf.read(ARC_CONTENT_TYPES)
        part = _workbook_part(content_types)
        workbook = zf.read(part)
        rels = zf.read(get_rels_path(part)) if get_rels_path(part) in zf.NameToInfo else None
        styles = zf.read(ARC_STYLE) if ARC_STYLE in zf.NameToInfo else None
    size = sum(len(b) for b in (content_types, workbook, rels or b"", styles or b""))
    if size > _KEPT_KEY_BYTES:
        return None
    return (names, content_types, part, workbook, rels, styles)


@lru_cache(maxsize=_KEPT)
def _workbook_part(content_types: bytes) -> str:
    """The workbook part's name as openpyxl's reader finds it in [Content_Types].xml."""
    manifest = Manifest.from_tree(fromstring(content_types))
    part: str = openpyxl_excel._find_workbook_part(manifest).PartName  # what read_workbook uses
    return part[1:]


def _shared_strings(archive: zipfile.ZipFile, part: str, budget: Expansion) -> tuple[str, ...]:
    """The shared-string table (openpyxl builds an object per string: 10 s for 50 000).
    Its characters count once here; each cell that uses a string counts it again."""
    strings: list[str] = []
    with archive.open(part) as stream:
        for _, si in etree.iterparse(
            stream, events=("end",), tag=_SI, resolve_entities=False, no_network=True
        ):
            first = si[0] if len(si) else None
            if first is not None and first.tag == _T and len(si) == 1:
                text = first.text or ""  # the common case: <si><t>text</t></si>
            else:  # rich text runs <r><t>; phonetic guides <rPh> are not part of the text
                text = "".join(t.text or "" for t in si.iter(_T) if t.getparent().tag != _RPH)
            budget.text(len(text))
            strings.append(text.replace("_x005F_", "_") if "_x" in text else text)
            si.clear()
            while si.getprevious() is not None:
                del si.getparent()[0]
    return tuple(strings)


def _value(cell: Any, book: _Book) -> str:
    kind = cell.get("t", "n")
    raw = None
    formula = None
    for child in cell:  # children are few: <f>, <v>, <is>; direct access beats findtext
        tag = child.tag
        if tag == _V:
            raw = child.text
        elif tag == _IS:
            return "".join(t.text or "" for t in child.iter(_T))
        elif tag == _F:
            formula = child.text
    if formula and "HYPERLINK" in formula.upper():
        return formula_link(_plain(raw, kind, cell, book), formula)
    return _plain(raw, kind, cell, book)


def _plain(raw: str | None, kind: str, cell: Any, book: _Book) -> str:
    if not raw:  # no cached value (a formula nobody computed) or an empty cell
        return ""
    if kind == "s":
        index = int(raw)
        return book.strings[index] if 0 <= index < len(book.strings) else ""
    if kind == "n":
        return _numeric(raw, cell.get("s"), book)
    if kind == "b":
        return "TRUE" if raw.strip() in ("1", "true") else "FALSE"
    return raw  # "str" (formula text), "e" (error), "d" (ISO date)


def _number(raw: str) -> str:
    if raw.isdigit() and len(raw) < 16 and (raw == "0" or raw[0] != "0"):
        return raw  # the common case: a plain integer, already in its shortest form
    try:
        return cell_text(float(raw))
    except ValueError:
        return raw


def _sheet(zf: zipfile.ZipFile, title: str, part: str, book: _Book, budget: Expansion) -> Table:
    return _grid(*_stream(zf, part, book, budget), title, budget)


def _numeric(raw: str, style: bytes | str | None, book: _Book) -> str:
    if style is not None and style not in (b"0", "0"):
        number = float(raw)
        index = int(style)
        if index in book.date_styles:
            try:
                return cell_text(from_excel(number, book.epoch))
            except (ValueError, OverflowError):
                return cell_text(number)
        if index in book.timedelta_styles:
            return str(from_excel(number, book.epoch, timedelta=True))
    return _number(raw)


def _stream(
    zf: zipfile.ZipFile, part: str, book: _Book, budget: Expansion
) -> tuple[dict[tuple[int, int], str], list[tuple[int, int, int, int]]]:
    """Cells and merged ranges of a sheet, parsed as a stream (bounded memory)."""
    cells: dict[tuple[int, int], str] = {}
    columns: dict[str, int] = {}  # "AB12" -> 28 via its letters, computed once per column
    merges: list[tuple[int, int, int, int]] = []
    links: list[tuple[str, str]] = []  # (cell range, relationship id)
    row_number = 0
    with zf.open(part) as stream:
        parser = etree.iterparse(
            stream,
            events=("end",),
            tag=(_ROW, _MERGE, _LINK),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=True,
        )
        for _, element in parser:
            if element.tag == _MERGE:
                ref = element.get("ref", "")
                if ":" in ref:
                    start, end = ref.split(":", 1)
                    merges.append((*coordinate_to_tuple(start), *coordinate_to_tuple(end)))
                continue
            if element.tag == _LINK:
                if element.get(_R_ID):
                    links.append((element.get("ref", ""), element.get(_R_ID, "")))
                continue
            row_number = int(element.get("r") or row_number + 1)
            col = 0
            for cell in element.iterchildren(_CELL):
                ref = cell.get("r")
                if ref:
                    letters = ref.rstrip("0123456789")
                    col = columns.get(letters) or columns.setdefault(
                        letters, column_index_from_string(letters)
                    )
                else:
                    col += 1
                text = _value(cell, book)
                if text:
                    budget.text(len(text))  # a shared string counts in every cell using it
                    cells[(row_number, col)] = text
            element.clear()
            while element.getprevious() is not None:
                del element.getparent()[0]
    if links:
        _add_link_targets(zf, part, links, cells)
    return cells, merges


def _add_link_targets(
    zf: zipfile.ZipFile, part: str, links: list[tuple[str, str]], cells: dict[tuple[int, int], str]
) -> None:
    """A cell hyperlink whose text hides its address ("点击访问") gets the address after
    its text, as the Word and HTML readers do; the targets are in the sheet's rels."""
    rels_part = get_rels_path(part)
    if rels_part not in zf.NameToInfo:
        return
    targets: dict[str, str] = {}
    root = etree.fromstring(zf.read(rels_part), etree.XMLParser(resolve_entities=False))
    for rel in root.iter(_REL):
        if rel.get("TargetMode") == "External" and rel.get("Id"):
            targets[rel.get("Id", "")] = rel.get("Target", "")
    for ref, rid in links:
        target = targets.get(rid, "")
        try:
            at = coordinate_to_tuple(ref.split(":", 1)[0])
        except (ValueError, TypeError):
            continue
        shown = cells.get(at, "")
        if target and shown and hidden_address(shown, target):
            cells[at] = f"{shown} {target}"


def _grid(
    cells: dict[tuple[int, int], str],
    merges: list[tuple[int, int, int, int]],
    title: str,
    budget: Expansion,
) -> Table:
    """The used range of a sheet as rows, merged ranges repeating their top-left value."""
    merges = [m for m in merges if (m[0], m[1]) in cells]
    if not cells:
        return Table(rows=(), name=title, first_row=1)
    first = min(r for r, _ in cells)
    last = max(max(r for r, _ in cells), max((m[2] for m in merges), default=0))
    width = max(max(c for _, c in cells), max((m[3] for m in merges), default=0))
    if (last - first + 1) * width > _MAX_GRID_CELLS:
        raise SheetTooLarge(f"sheet {title!r} is too large ({last - first + 1} rows x {width})")
    budget.grid((last - first + 1) * width)
    for min_row, min_col, max_row, max_col in merges:  # a merged value fills every cell
        area = (max_row - max(min_row, first) + 1) * (max_col - min_col + 1) - 1
        budget.text(max(area, 0) * len(cells[(min_row, min_col)]))
    rows = [[""] * width for _ in range(last - first + 1)]
    for (r, c), text in cells.items():
        rows[r - first][c - 1] = text
    for min_row, min_col, max_row, max_col in merges:
        value = cells[(min_row, min_col)]
        for r in range(max(min_row, first), max_row + 1):
            row = rows[r - first]
            for c in range(min_col, max_col + 1):
                row[c - 1] = value
    return Table(rows=tuple(tuple(r) for r in rows), name=title, first_row=first)
