"""Text a worksheet holds outside its cells: text boxes and shapes, SmartArt, cell comments.

A school may put its whole answer in a text box over an empty sheet; read from the cells
alone such a workbook looks empty. The parts are found the way Excel links them, from the
sheet part's relationships, for .xlsx and .xlsb alike (both keep drawings as XML):

- drawing (``xl/drawings/drawingN.xml``): every shape's ``xdr:txBody`` paragraphs, group
  shapes included, markup-compatibility fallbacks skipped (they repeat the choice);
- SmartArt: the drawing's diagram data parts (``xl/diagrams/dataN.xml``), the text of its
  content nodes (not the drawing Excel caches of it, which repeats that text);
- comments (``xl/commentsN.xml``, an .xlsb's ``commentsN.bin``) and threaded comments;
  a legacy comment Excel writes as the stand-in of a threaded one ("[Threaded comment]
  ...") is skipped when the threaded part is there.

The lines come after the sheet's cells in the document's text; the tables stay the cells.
Parts are parsed without entity resolution or network access; the zip was bounded before.

Shape::

    sheet_extras(zf, "xl/worksheets/sheet1.xml", budget) -> ["Line 1", "Line 2", ...]
"""

from __future__ import annotations

import logging
import posixpath
import zipfile
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from lxml import etree

from parsers.documents.common import Expansion, describe
from parsers.documents.xlsb_parts import comment_lines
from parsers.model import Table

log = logging.getLogger(__name__)

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
_DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_TC = "{http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_DRAWING = _OFFICE_RELS + "drawing"
_DIAGRAM_DATA = _OFFICE_RELS + "diagramData"
_COMMENTS = _OFFICE_RELS + "comments"
_THREADED = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_T = TypeVar("_T")
_NODE_TYPES = frozenset({"node", "asst"})  # SmartArt points that hold text shown as text


def sheet_extras(zf: zipfile.ZipFile, part: str, budget: Expansion) -> list[str]:
    """Lines of text in the drawings, SmartArt and comments of the sheet stored at `part`
    (each counted against `budget`); a part that cannot be read loses only its own text."""
    lines: list[str] = []
    rels = _guarded(part, lambda: _rels(zf, part)) or {}
    for drawing in rels.get(_DRAWING, ()):
        lines.extend(_guarded(drawing, lambda d=drawing: list(_drawing_lines(_xml(zf, d)))) or ())
        drawing_rels = _guarded(drawing, lambda d=drawing: _rels(zf, d)) or {}
        for data in drawing_rels.get(_DIAGRAM_DATA, ()):
            lines.extend(_guarded(data, lambda d=data: list(_diagram_lines(_xml(zf, d)))) or ())
    parsed = (_guarded(t, lambda t=t: _xml(zf, t)) for t in rels.get(_THREADED, ()))
    threaded = [root for root in parsed if root is not None]  # an element may be falsy
    for comments in rels.get(_COMMENTS, ()):
        lines.extend(_guarded(comments, lambda c=comments: _comments(zf, c, bool(threaded))) or ())
    for root in threaded:
        lines.extend(_threaded_lines(root))
    for line in lines:
        budget.text(len(line))
    return lines


def _guarded(member: str, read: Callable[[], _T]) -> _T | None:
    """What `read` returns, or None (logged) when the part is broken: the cells were read,
    a broken drawing or comment part must not make the workbook unreadable."""
    try:
        return read()
    except Exception as exc:  # lxml, zipfile and zlib raise many types on damaged parts
        log.info("drawing/comment part %s not read: %s", member, describe(exc))
        return None


def _comments(zf: zipfile.ZipFile, member: str, skip_threaded: bool) -> list[str]:
    if member.endswith(".bin"):  # an .xlsb's comments are binary records
        return list(comment_lines(zf.read(member)))
    return list(_comment_lines(_xml(zf, member), skip_threaded))


def _rels(zf: zipfile.ZipFile, part: str) -> dict[str, list[str]]:
    """Internal relationship targets of `part` by type, as member names that exist."""
    folder, name = posixpath.split(part)
    rels_part = posixpath.join(folder, "_rels", f"{name}.rels")
    if rels_part not in zf.NameToInfo:
        return {}
    found: dict[str, list[str]] = {}
    for rel in _xml(zf, rels_part).iter(_REL):
        target = rel.get("Target") or ""
        if not target or rel.get("TargetMode") == "External":
            continue
        if target.startswith("/"):
            member = target.lstrip("/")
        else:
            member = posixpath.normpath(posixpath.join(folder, target))
        if member in zf.NameToInfo:
            found.setdefault(rel.get("Type") or "", []).append(member)
    return found


def _xml(zf: zipfile.ZipFile, member: str) -> Any:
    return etree.fromstring(zf.read(member), _PARSER)


def _paragraphs(body: Any) -> Iterator[str]:
    """The non-blank paragraphs (a:p) of a DrawingML text body; a:br breaks a line."""
    for p in body.iter(f"{_A}p"):
        parts = []
        for element in p.iter(f"{_A}t", f"{_A}br"):
            parts.append("\n" if element.tag == f"{_A}br" else element.text or "")
        text = "".join(parts)
        if text.strip():
            yield text


def _drawing_lines(root: Any) -> Iterator[str]:
    for body in root.iter(f"{_XDR}txBody"):
        if any(a.tag == _MC_FALLBACK for a in body.iterancestors()):
            continue
        yield from _paragraphs(body)


def diagram_text(content: bytes) -> list[str]:
    """The lines of a SmartArt diagram data part (its content nodes' paragraphs)."""
    return list(_diagram_lines(etree.fromstring(content, _PARSER)))


def _diagram_lines(root: Any) -> Iterator[str]:
    for point in root.iter(f"{_DGM}pt"):
        if point.get("type", "node") not in _NODE_TYPES:
            continue
        text = point.find(f"{_DGM}t")
        if text is not None:
            yield from _paragraphs(text)


def _comment_lines(root: Any, skip_threaded: bool) -> Iterator[str]:
    authors = [a.text or "" for a in root.iter(f"{_S}author")]
    for comment in root.iter(f"{_S}comment"):
        if skip_threaded and _author(comment, authors).startswith("tc="):
            continue  # the stand-in Excel writes for a threaded comment
        body = comment.find(f"{_S}text")
        if body is None:
            continue
        # rich-text runs <r><t>; phonetic guides <rPh> are not part of the text
        text = "".join(t.text or "" for t in body.iter(f"{_S}t") if t.getparent().tag != f"{_S}rPh")
        if text.strip():
            yield text.strip()


def _author(comment: Any, authors: list[str]) -> str:
    author_id = comment.get("authorId") or ""
    if author_id.isdigit() and int(author_id) < len(authors):
        return authors[int(author_id)]
    return ""


def _threaded_lines(root: Any) -> Iterator[str]:
    for comment in root.iter(f"{_TC}threadedComment"):
        text = comment.findtext(f"{_TC}text") or ""
        if text.strip():
            yield text.strip()


def sheets_text(tables: Sequence[Table], extras: Sequence[Sequence[str]]) -> str:
    """A workbook's text: each sheet's rows (cells joined by tabs), then that sheet's
    drawing and comment lines."""
    lines: list[str] = []
    for index, table in enumerate(tables):
        lines.extend("\t".join(c for c in row if c) for row in table.rows)
        if index < len(extras):
            lines.extend(extras[index])
    return "\n".join(lines)
