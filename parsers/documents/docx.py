"""Word .docx reader (python-docx): paragraphs, headings, tables, headers/footers, text boxes.

python-docx opens the package (its lxml parser does not resolve entities); the body is then
walked on the XML directly, which is both faster than python-docx's object API and the only
way to see merged cells (gridSpan, vMerge), nested tables and text boxes.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from parsers.documents.common import DEFAULT_LIMITS, Limits, check_office_zip, failed
from parsers.model import Document, Heading, ReadStatus, Table

log = logging.getLogger(__name__)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
P, TBL, TR, TC, T = (f"{_W}{t}" for t in ("p", "tbl", "tr", "tc", "t"))
TAB, BR, CR, SDT, SDT_CONTENT = (f"{_W}{t}" for t in ("tab", "br", "cr", "sdt", "sdtContent"))
TXBX = f"{_W}txbxContent"
VAL = f"{_W}val"
_SKIP = frozenset({TXBX, _MC_FALLBACK, f"{_W}delText", f"{_W}instrText", f"{_W}rPr", f"{_W}pPr"})
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


@dataclass
class _Out:
    """What the walk collects, in document order."""

    lines: list[str] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    tables: list[Table | None] = field(default_factory=list)
    title_seen: bool = False


def read_docx(data: bytes, kind: str = "docx", limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a .docx; `kind` is kept in the result (e.g. "doc" after LibreOffice conversion)."""
    refused = check_office_zip(data, limits)
    if refused:
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid docx: {refused}")
    try:
        document = docx.Document(io.BytesIO(data))
        return _read(document, kind)
    except Exception as exc:  # python-docx raises many types on corrupt parts
        log.info("docx unreadable: %s", exc)
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid docx: {type(exc).__name__}: {exc}")


def _read(document: Any, kind: str) -> Document:
    levels = _style_levels(document)
    out = _Out()
    body = document.element.body
    _block(body, levels, out)
    if not any(h.level == 0 for h in out.headings):
        _guess_title(body, out)
    boxes = dict.fromkeys(
        "\n".join(t for p in box.iter(P) if (t := _para_text(p)).strip()) for box in body.iter(TXBX)
    )
    out.lines.extend(text for text in boxes if text)
    for rel in document.part.rels.values():
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
            element = rel.target_part.element
            out.lines.extend(t for p in element.iter(P) if (t := _para_text(p)).strip())
    tables = tuple(t for t in out.tables if t is not None)
    return Document(
        status=ReadStatus.OK,
        kind=kind,
        text="\n".join(out.lines),
        headings=tuple(out.headings),
        tables=tables,
    )


def _style_levels(document: Any) -> dict[str, int]:
    """Heading level by paragraph style id (Title → 0, Heading N / 标题 N / outline level)."""
    levels: dict[str, int] = {}
    try:
        styles = document.styles.element
    except Exception:  # a docx without a styles part
        return levels
    for style in styles.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId") or ""
        name_el = style.find(f"{_W}name")
        name = (name_el.get(VAL) if name_el is not None else "") or ""
        outline = style.find(f"{_W}pPr/{_W}outlineLvl")
        if name.strip().lower() == "title" or style_id.lower() == "title":
            levels[style_id] = 0
        elif match := _HEADING_NAME.match(name.strip()):
            levels[style_id] = int(match.group(1))
        elif outline is not None and (outline.get(VAL) or "").isdigit():
            level = int(outline.get(VAL) or 9)
            if level < 9:
                levels[style_id] = level + 1
    return levels


def _block(parent: Any, levels: dict[str, int], out: _Out) -> None:
    for child in parent:
        tag = child.tag
        if tag == P:
            text = _para_text(child)
            if not text.strip():
                continue
            out.lines.append(text)
            level = _para_level(child, levels)
            if level is not None:
                out.headings.append(Heading(level=level, text=text.strip()))
        elif tag == TBL:
            start = len(out.tables)
            _table(child, out)
            for table in out.tables[start:]:
                if table is not None:
                    out.lines.extend("\t".join(row) for row in table.rows)
        elif tag in (SDT, SDT_CONTENT) or tag == f"{_W}customXml":
            _block(child, levels, out)


def _para_level(p: Any, levels: dict[str, int]) -> int | None:
    style = p.find(f"{_W}pPr/{_W}pStyle")
    if style is not None and style.get(VAL) in levels:
        return levels[style.get(VAL)]
    outline = p.find(f"{_W}pPr/{_W}outlineLvl")
    if outline is not None and (outline.get(VAL) or "").isdigit():
        level = int(outline.get(VAL) or 9)
        return level + 1 if level < 9 else None
    return None


def _para_text(p: Any) -> str:
    parts: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag == T:
                parts.append(child.text or "")
            elif tag == TAB:
                parts.append("\t")
            elif tag in (BR, CR):
                parts.append("\n")
            elif tag not in _SKIP and isinstance(tag, str):
                walk(child)

    walk(p)
    return "".join(parts)


def _cells(tr: Any) -> list[Any]:
    found: list[Any] = []
    for child in tr:
        if child.tag == TC:
            found.append(child)
        elif child.tag in (SDT, SDT_CONTENT, f"{_W}customXml"):
            found.extend(_cells(child))
    return found


def _rows(tbl: Any) -> list[Any]:
    found: list[Any] = []
    for child in tbl:
        if child.tag == TR:
            found.append(child)
        elif child.tag in (SDT, SDT_CONTENT, f"{_W}customXml"):
            found.extend(_rows(child))
    return found


def _int(element: Any, default: int) -> int:
    value = element.get(VAL) if element is not None else None
    return int(value) if value and value.isdigit() else default


def _table(tbl: Any, out: _Out) -> None:
    """Append the table (and after it, its nested tables) to `out.tables`."""
    index = len(out.tables)
    out.tables.append(None)  # reserve: nested tables get the numbers after this one
    rows: list[list[str]] = []
    above: list[str] = []
    for tr in _rows(tbl):
        row: list[str] = [""] * _int(tr.find(f"{_W}trPr/{_W}gridBefore"), 0)
        for tc in _cells(tr):
            props = tc.find(f"{_W}tcPr")
            span = max(
                1, min(_int(props.find(f"{_W}gridSpan") if props is not None else None, 1), 64)
            )
            vmerge = props.find(f"{_W}vMerge") if props is not None else None
            col = len(row)
            if vmerge is not None and vmerge.get(VAL, "continue") != "restart":
                text = above[col] if col < len(above) else ""
            else:
                text = _cell_text(tc, out)
            row.extend([text] * span)
        rows.append(row)
        above = row
    width = max((len(r) for r in rows), default=0)
    out.tables[index] = Table(
        rows=tuple(tuple(r + [""] * (width - len(r))) for r in rows),
        name=f"table {index + 1}",
    )


def _cell_text(tc: Any, out: _Out) -> str:
    lines: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            if child.tag == P:
                text = _para_text(child)
                if text.strip():
                    lines.append(text.strip())
            elif child.tag == TBL:
                _table(child, out)
            elif child.tag in (SDT, SDT_CONTENT, f"{_W}customXml"):
                walk(child)

    walk(tc)
    return "\n".join(lines)


def _guess_title(body: Any, out: _Out) -> None:
    """Without a Title style, a short first line that is bold or centred is the title."""
    for p in list(body.iterchildren(P))[:5]:
        text = _para_text(p).strip()
        if not text:
            continue
        if len(text) > 60:
            return
        jc = p.find(f"{_W}pPr/{_W}jc")
        centred = jc is not None and jc.get(VAL) == "center"
        runs = [r for r in p.iter(f"{_W}r") if "".join(t.text or "" for t in r.iter(T)).strip()]
        bold = bool(runs) and all(_bold(r) for r in runs)
        if centred or bold:
            out.headings.insert(0, Heading(level=0, text=text))
        return


def _bold(run: Any) -> bool:
    b = run.find(f"{_W}rPr/{_W}b")
    return b is not None and b.get(VAL, "true") not in ("0", "false", "off")
