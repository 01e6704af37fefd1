"""The body of a Word document walked on its XML: paragraphs, headings, tables (merged
cells repeated, nested tables after their parent), content controls, altChunk imports (read
beforehand by `docx_chunks`, put in their place), a guessed title.

What the walk collects goes into `Out`; every paragraph and table row is counted against
the document's expansion bound (`Expansion`) before it is kept.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from parsers.documents.common import DEFAULT_LIMITS, Expansion
from parsers.model import Document, Heading, ReadStatus, Table
from parsers.urls import hidden_address

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
P, TBL, TR, TC, T = (f"{W}{t}" for t in ("p", "tbl", "tr", "tc", "t"))
TAB, BR, CR, SDT, SDT_CONTENT = (f"{W}{t}" for t in ("tab", "br", "cr", "sdt", "sdtContent"))
TXBX = f"{W}txbxContent"
ALT_CHUNK = f"{W}altChunk"
VAL = f"{W}val"
_PPR, _PSTYLE, _OUTLINE = f"{W}pPr", f"{W}pStyle", f"{W}outlineLvl"
_SKIP = frozenset({TXBX, _MC_FALLBACK, f"{W}delText", f"{W}instrText", f"{W}rPr", f"{W}pPr"})
HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


@dataclass
class Out:
    """What the walk collects, in document order."""

    lines: list[str] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    tables: list[Table | None] = field(default_factory=list)
    title_seen: bool = False
    budget: Expansion = field(default_factory=lambda: Expansion(DEFAULT_LIMITS))
    links: dict[str, str] = field(default_factory=dict)  # hyperlink rId -> address
    chunks: Mapping[str, Document] = field(default_factory=dict)  # altChunk rId -> its content


def block(parent: Any, levels: Mapping[str, int], out: Out) -> None:
    for child in parent:
        tag = child.tag
        if tag == P:
            text = para_text(child, out.links)
            if not text.strip():
                continue
            out.budget.text(len(text))
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
        elif tag in (SDT, SDT_CONTENT) or tag == f"{W}customXml":
            block(child, levels, out)
        elif tag == ALT_CHUNK:
            _chunk(out.chunks.get(child.get(R_ID) or ""), out)


def _chunk(chunk: Document | None, out: Out) -> None:
    """An altChunk's content in its place: its lines, headings and tables (numbered on)."""
    if chunk is None or chunk.status is not ReadStatus.OK:
        return
    out.budget.text(len(chunk.text))
    out.lines.extend(line for line in chunk.text.split("\n") if line.strip())
    out.headings.extend(chunk.headings)
    for table in chunk.tables:
        out.budget.grid(sum(map(len, table.rows)))
        out.tables.append(Table(rows=table.rows, name=f"table {len(out.tables) + 1}"))


def _para_level(p: Any, levels: Mapping[str, int]) -> int | None:
    # one tag at a time: lxml parses a "a/b" path in Python on every call
    props = p.find(_PPR)
    if props is None:
        return None
    style = props.find(_PSTYLE)
    if style is not None and style.get(VAL) in levels:
        return levels[style.get(VAL)]
    outline = props.find(_OUTLINE)
    if outline is not None and (outline.get(VAL) or "").isdigit():
        level = int(outline.get(VAL) or 9)
        return level + 1 if level < 9 else None
    return None


HYPERLINK = f"{W}hyperlink"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def para_text(p: Any, links: Mapping[str, str] | None = None) -> str:
    """A paragraph's text; a hyperlink whose text hides its address ("点击进入专栏") is
    followed by the address, as the HTML reader does."""
    parts: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag == HYPERLINK and links:
                start = len(parts)
                walk(child)
                target = links.get(child.get(R_ID) or "", "")
                if hidden_address("".join(parts[start:]), target):
                    parts.append(f" {target} ")
            elif tag == T:
                parts.append(child.text or "")
            elif tag == TAB:
                parts.append("\t")
            elif tag in (BR, CR):
                parts.append("\n")
            elif tag not in _SKIP and isinstance(tag, str):
                walk(child)

    walk(p)
    return "".join(parts)


def _children(element: Any, tag: str) -> list[Any]:
    """The `tag` children of a table or row, looking through content controls."""
    found: list[Any] = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag in (SDT, SDT_CONTENT, f"{W}customXml"):
            found.extend(_children(child, tag))
    return found


def _int(element: Any, default: int) -> int:
    value = element.get(VAL) if element is not None else None
    return int(value) if value and value.isdigit() else default


def _table(tbl: Any, out: Out) -> None:
    """Append the table (and after it, its nested tables) to `out.tables`."""
    index = len(out.tables)
    out.tables.append(None)  # reserve: nested tables get the numbers after this one
    rows: list[list[str]] = []
    above: list[str] = []
    for tr in _children(tbl, TR):
        row: list[str] = [""] * _int(tr.find(f"{W}trPr/{W}gridBefore"), 0)
        for tc in _children(tr, TC):
            props = tc.find(f"{W}tcPr")
            span = max(
                1, min(_int(props.find(f"{W}gridSpan") if props is not None else None, 1), 64)
            )
            vmerge = props.find(f"{W}vMerge") if props is not None else None
            col = len(row)
            if vmerge is not None and vmerge.get(VAL, "continue") != "restart":
                text = above[col] if col < len(above) else ""
            else:
                text = _cell_text(tc, out)
            row.extend([text] * span)
        out.budget.grid(len(row))
        out.budget.text(sum(map(len, row)))
        rows.append(row)
        above = row
    width = max((len(r) for r in rows), default=0)
    out.tables[index] = Table(
        rows=tuple(tuple(r + [""] * (width - len(r))) for r in rows),
        name=f"table {index + 1}",
    )


def _cell_text(tc: Any, out: Out) -> str:
    lines: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            if child.tag == P:
                text = para_text(child, out.links)
                if text.strip():
                    lines.append(text.strip())
            elif child.tag == TBL:
                _table(child, out)
            elif child.tag in (SDT, SDT_CONTENT, f"{W}customXml"):
                walk(child)

    walk(tc)
    return "\n".join(lines)


def guess_title(body: Any, out: Out) -> None:
    """Without a Title style, a short first line that is bold or centred is the title."""
    for p in list(body.iterchildren(P))[:5]:
        text = para_text(p).strip()
        if not text:
            continue
        if len(text) > 60:
            return
        jc = p.find(f"{W}pPr/{W}jc")
        centred = jc is not None and jc.get(VAL) == "center"
        runs = [r for r in p.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(T)).strip()]
        bold = bool(runs) and all(_bold(r) for r in runs)
        if centred or bold:
            out.headings.insert(0, Heading(level=0, text=text))
        return


def _bold(run: Any) -> bool:
    b = run.find(f"{W}rPr/{W}b")
    return b is not None and b.get(VAL, "true") not in ("0", "false", "off")
