"""OpenDocument text and spreadsheets (.odt, .ods, .ott, .ots) read from content.xml.

The package is a zip: its members are read with the bounds of `read_member`, content.xml
is refused if it declares a DTD and is parsed without entity resolution or network. A
password-protected package lists encryption data in its manifest: ENCRYPTED. Repeated rows
and cells (`table:number-rows-repeated`, `table:number-columns-repeated`, which LibreOffice
writes for the million empty rows after the data) cost nothing while empty; repeated
content and merged ranges count against the expansion bound before they are built.

Shape::

    read_odf(data, "ods") -> Document(status=OK, kind="ods", tables=(Table(name="Sheet1"),))
"""

from __future__ import annotations

import io
import logging
import zipfile
from typing import Any

from lxml import etree

from parsers.documents.common import (
    DEFAULT_LIMITS,
    Budget,
    Expansion,
    LimitExceeded,
    Limits,
    describe,
    failed,
    has_dtd,
    no_text,
    read_member,
    trim_rows,
)
from parsers.model import Document, Heading, ReadStatus, Table
from parsers.urls import formula_link, hidden_address

log = logging.getLogger(__name__)

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_P, _H, _S, _TAB, _BREAK = (f"{_TEXT}{t}" for t in ("p", "h", "s", "tab", "line-break"))
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_LINK, _HREF = f"{_TEXT}a", "{http://www.w3.org/1999/xlink}href"
# Parts of a paragraph read as paragraphs of their own (notes, comments, text boxes) or
# not text at all (a note's number, tracked deletions).
_SKIP = frozenset(
    {f"{_TEXT}note", f"{_TEXT}note-citation", f"{_OFFICE}annotation", f"{_TEXT}tracked-changes",
     f"{_DRAW}frame"}
)  # fmt: skip
_ROW, _CELL = f"{_TABLE}table-row", f"{_TABLE}table-cell"
_COVERED = f"{_TABLE}covered-table-cell"
_ROW_GROUPS = frozenset(
    f"{_TABLE}{t}" for t in ("table-header-rows", "table-rows", "table-row-group")
)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def read_odf(data: bytes, kind: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read an OpenDocument text or spreadsheet; `kind` is "odt" or "ods"."""
    try:
        content = _content(data, limits)
        if content is None:
            return failed(ReadStatus.ENCRYPTED, kind, "the document is password-protected")
        root = etree.fromstring(content, _PARSER)
        budget = Expansion(limits)
        body = root.find(f"{_OFFICE}body")
        if body is None:
            return failed(ReadStatus.UNREADABLE, kind, f"not a valid {kind}: no document body")
        if body.find(f"{_OFFICE}spreadsheet") is not None:
            return _spreadsheet(body.find(f"{_OFFICE}spreadsheet"), kind, budget)
        return _text(body, kind, budget)
    except LimitExceeded as exc:
        return failed(ReadStatus.UNREADABLE, kind, str(exc))
    except Exception as exc:  # zipfile and lxml raise many types on broken packages
        log.info("%s unreadable: %s", kind, exc)
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid {kind}: {describe(exc)}")


def _content(data: bytes, limits: Limits) -> bytes | None:
    """content.xml, bounded and DTD-free; None for an encrypted package."""
    budget = Budget(remaining=limits.max_total_bytes)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        if "META-INF/manifest.xml" in zf.NameToInfo:
            manifest = read_member(zf, zf.getinfo("META-INF/manifest.xml"), limits, budget)
            if b"encryption-data" in manifest:
                return None
        content = read_member(zf, zf.getinfo("content.xml"), limits, budget)
    if has_dtd(content):
        raise ValueError("XML with a DTD/entity declarations is refused")
    return content


def _para(element: Any) -> str:
    """A paragraph's text: spaces (text:s c="N"), tabs and line breaks kept."""
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == _S:
            count = child.get(f"{_TEXT}c") or "1"
            parts.append(" " * min(int(count) if count.isdigit() else 1, 1000))
        elif tag == _TAB:
            parts.append("\t")
        elif tag == _BREAK:
            parts.append("\n")
        elif tag == _LINK:
            shown = _para(child)
            parts.append(shown)
            target = (child.get(_HREF) or "").strip()
            if hidden_address(shown, target):  # the text hides the address ("点击进入")
                parts.append(f" {target} ")
        elif tag not in _SKIP and isinstance(tag, str):
            parts.append(_para(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _text(body: Any, kind: str, budget: Expansion) -> Document:
    lines: list[str] = []
    headings: list[Heading] = []
    tables: list[Table] = []
    for element in body.iter(_P, _H, f"{_TABLE}table"):
        if element.tag == f"{_TABLE}table":
            table = _table(element, budget, len(tables))
            tables.append(table)
            lines.extend("\t".join(c for c in row if c) for row in table.rows)
            continue
        if any(a.tag == f"{_TABLE}table-cell" for a in element.iterancestors()):
            continue  # a cell's paragraphs are read with its table
        text = _para(element)
        if not text.strip():
            continue
        budget.text(len(text))
        lines.append(text)
        if element.tag == _H:
            level = element.get(f"{_TEXT}outline-level") or "1"
            headings.append(Heading(level=int(level) if level.isdigit() else 1, text=text.strip()))
    if not any(line.strip() for line in lines):
        pictures = sum(1 for _ in body.iter(f"{_DRAW}image"))
        return no_text(kind, 0, pictures)
    return Document(
        status=ReadStatus.OK,
        kind=kind,
        text="\n".join(lines),
        headings=tuple(headings),
        tables=tuple(tables),
    )


def _spreadsheet(sheet_root: Any, kind: str, budget: Expansion) -> Document:
    tables = [_table(t, budget, i) for i, t in enumerate(sheet_root.iterchildren(f"{_TABLE}table"))]
    text = "\n".join("\t".join(c for c in row if c) for t in tables for row in t.rows)
    if not text.strip():
        return failed(ReadStatus.EMPTY, kind, "the spreadsheet has no cell with a value")
    return Document(status=ReadStatus.OK, kind=kind, text=text, tables=tuple(tables))


def _rows(table: Any) -> list[Any]:
    found: list[Any] = []
    for child in table:
        if child.tag == _ROW:
            found.append(child)
        elif child.tag in _ROW_GROUPS:
            found.extend(_rows(child))
    return found


def _repeat(element: Any, name: str) -> int:
    value = element.get(f"{_TABLE}{name}") or "1"
    return max(1, int(value)) if value.isdigit() else 1


def _cell_value(cell: Any) -> str:
    paragraphs = [_para(p) for p in cell.iter(_P)]
    text = "\n".join(p for p in paragraphs if p.strip())
    formula = cell.get(f"{_TABLE}formula")
    if formula and "HYPERLINK" in formula.upper():
        return formula_link(text, formula)
    return text or cell.get(f"{_OFFICE}value") or ""


def _table(table: Any, budget: Expansion, index: int) -> Table:
    """A table as rows; repeated and spanned cells with content repeat it in every cell."""
    cells: dict[tuple[int, int], str] = {}
    row_number = 0
    for row in _rows(table):
        rows_repeated = _repeat(row, "number-rows-repeated")
        col = 0
        found: list[tuple[int, int, str, int, int]] = []  # col, repeat, text, row span, col span
        for cell in row:
            if cell.tag not in (_CELL, _COVERED):
                continue
            repeat = _repeat(cell, "number-columns-repeated")
            text = _cell_value(cell) if cell.tag == _CELL else ""
            if text:
                spans = (
                    _repeat(cell, "number-rows-spanned"),
                    _repeat(cell, "number-columns-spanned"),
                )
                found.append((col, repeat, text, *spans))
            col += repeat
        for col, repeat, text, row_span, col_span in found:
            area = rows_repeated * repeat * row_span * col_span
            budget.grid(area)
            budget.text(area * len(text))
            for r in range(row_number, row_number + rows_repeated * row_span):
                for c in range(col, col + repeat * col_span):
                    cells[(r, c)] = text
        row_number += rows_repeated
    name = table.get(f"{_TABLE}name") or f"table {index + 1}"
    if not cells:
        return Table(rows=(), name=name)
    height = max(r for r, _ in cells) + 1
    width = max(c for _, c in cells) + 1
    budget.grid(height * width)
    grid = [[""] * width for _ in range(height)]
    for (r, c), text in cells.items():
        grid[r][c] = text
    trimmed, first_row = trim_rows(grid, 1)
    return Table(rows=tuple(tuple(r) for r in trimmed), name=name, first_row=first_row)
