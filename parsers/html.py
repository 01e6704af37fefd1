"""Read an HTML mail body (or an .html file) into a `Document`: text, headings and tables.

Mail clients write HTML their own ways: Outlook/Word (``<p class=MsoNormal>`` with mso
styles, ``<o:p>``, tables of ``<td><p>`` cells), Foxmail and QQ mail (``<div>`` lines,
``<br>``), Coremail/163 (``<div style="font-size:14px">``), Gmail (``<div dir="ltr">``).
lxml.html parses them all leniently; this module walks the tree once::

    read_html("<p><b>岱岳区职教中心开展技能展示</b></p><table><tr><td>姓名</td><td>阎健</td>"
              "</tr></table>")
    -> Document(status=ok, kind="html", text="岱岳区职教中心开展技能展示\\n姓名\\t阎健",
                headings=(Heading(0, "岱岳区职教中心开展技能展示"),),
                tables=(Table(rows=(("姓名", "阎健"),), name="table 1"),))

- text keeps paragraph and line structure (block elements and ``<br>`` end lines; a table
  row is one line, its cells joined by tabs, as the other readers write tables);
- headings: h1-h6 by level, and a leading line that is all bold/strong or in a large font
  as a level-0 title (clients paste article headlines that way);
- tables: rows of cell texts, rowspan/colspan repeated into the covered cells, a nested
  table read as a table of its own (its text stays in the outer cell too), ``<br>`` inside
  a cell kept as a line break in the cell;
- a link whose text is not its address gets the address after it ("活动周专栏
  http://..."), so a pasted column link is not lost with its tag;
- script, style, head and comments are dropped; input over `MAX_HTML` characters is cut.

Never raises: an empty or tag-only body is EMPTY, an unparsable one EMPTY with a reason.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from parsers.model import Document, Heading, ReadStatus, Table
from parsers.normalize import nfkc
from parsers.urls import bare_url, hidden_address

log = logging.getLogger(__name__)

__all__ = ["MAX_HTML", "read_html"]

MAX_HTML = 2 * 1024 * 1024  # characters; mail.py caps body_html at 2 MB as well
_MAX_TABLES = 200
_MAX_ROWS = 2000
_MAX_COLUMNS = 64
_MAX_SPAN = 64

_BLOCK = frozenset(
    {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "hr", "section",
     "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "center", "address",
     "figure", "figcaption", "form", "fieldset", "main", "nav", "aside", "caption"}
)  # fmt: skip
_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template", "object", "iframe"})
_HEADING = {f"h{n}": n for n in range(1, 7)}
_BOLD = frozenset({"b", "strong"})
_FONT_SIZE_RE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(px|pt|em|rem)?", re.IGNORECASE)
_BOLD_STYLE_RE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.IGNORECASE)
_SPACES_RE = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_LARGE_PX = 20.0  # body text is 14-16 px (10.5-12 pt); a headline is set larger


@dataclass
class _Out:
    lines: list[str] = field(default_factory=list)
    current: list[str] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    tables: list[Table | None] = field(default_factory=list)
    # per finished line: whether all its text was bold or large (a title candidate)
    emphasis: list[bool] = field(default_factory=list)
    marked: list[bool] = field(default_factory=list)  # per fragment of `current`
    table_lines: set[int] = field(default_factory=set)
    links: list[tuple[str, str]] = field(default_factory=list)  # (shown URL, its longer href)

    def add(self, text: str, emphasised: bool) -> None:
        if text:
            self.current.append(text)
            self.marked.append(emphasised or not text.strip())

    def end_line(self) -> None:
        line = _SPACES_RE.sub(" ", "".join(self.current)).strip()
        if line:
            self.lines.append(line)
            self.emphasis.append(all(self.marked))
        self.current, self.marked = [], []


def read_html(html: str) -> Document:
    """The document an HTML body or file holds (kind "html"; OK, or EMPTY without text)."""
    if len(html) > MAX_HTML:
        html = html[:MAX_HTML]
    if not html.strip():
        return Document(status=ReadStatus.EMPTY, kind="html", reason="no text")
    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        return Document(status=ReadStatus.EMPTY, kind="html", reason=f"not readable HTML: {exc}")
    out = _Out()
    try:
        _walk(root, out, emphasised=False)
    except RecursionError:  # absurd nesting: keep what was read
        log.warning("HTML nested too deep; the rest of it is not read")
    out.end_line()
    _leading_title(out)
    text = "\n".join(out.lines)
    if not text.strip():
        return Document(status=ReadStatus.EMPTY, kind="html", reason="no text")
    tables = tuple(t for t in out.tables if t is not None and t.rows)
    return Document(
        status=ReadStatus.OK,
        kind="html",
        text=text,
        headings=tuple(out.headings),
        tables=tables,
        links=tuple(out.links),
    )


def _tag(element: lxml.html.HtmlElement) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""  # comments, processing instructions
    return tag.lower()  # "o:p" (Word) stays "o:p": an inline tag


def _emphasis(element: lxml.html.HtmlElement, tag: str) -> bool:
    """Bold or large: <b>, <strong>, font-weight:bold, font-size over body size, <font size>=5."""
    if tag in _BOLD:
        return True
    style = element.get("style") or ""
    if _BOLD_STYLE_RE.search(style):
        return True
    size = _FONT_SIZE_RE.search(style)
    if size:
        value, unit = float(size.group(1)), (size.group(2) or "px").lower()
        px = value * {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0}[unit]
        if px >= _LARGE_PX:
            return True
    if tag == "font":
        font_size = (element.get("size") or "").strip()
        return font_size.isdigit() and int(font_size) >= 5
    return False


def _walk(element: lxml.html.HtmlElement, out: _Out, emphasised: bool) -> None:
    tag = _tag(element)
    if tag in _SKIP or (not tag and not isinstance(element.tag, str)):
        _tail(element, out, emphasised)
        return
    if tag == "table":
        out.end_line()
        _table(element, out)
        _tail(element, out, emphasised)
        return
    block = tag in _BLOCK or tag in ("tr", "body")
    if block:
        out.end_line()
    if tag == "br":
        out.end_line()
    mine = emphasised or _emphasis(element, tag)
    start = len(out.lines)
    out.add(element.text or "", mine)
    for child in element:
        _walk(child, out, mine)
    _link(element, tag, out, mine)
    if tag in _HEADING:
        out.end_line()
        text = " ".join(out.lines[start:]).strip()
        if text:
            out.headings.append(Heading(level=_HEADING[tag], text=text))
    elif block:
        out.end_line()
    _tail(element, out, emphasised)


def _tail(element: lxml.html.HtmlElement, out: _Out, emphasised: bool) -> None:
    out.add(element.tail or "", emphasised)


def _link(element: lxml.html.HtmlElement, tag: str, out: _Out, emphasised: bool) -> None:
    """Append the address of a link whose text does not show it."""
    if tag != "a":
        return
    href = (element.get("href") or "").strip()
    text = element.text_content()
    if hidden_address(text, href):  # mailto:, anchors, javascript: never
        out.add(f" {href} ", emphasised)
        shown = nfkc(text).strip()
        shown_bare = bare_url(shown)
        if shown_bare and " " not in shown and bare_url(href).startswith(shown_bare + "/"):
            out.links.append((shown, href))  # the text shows a URL the href goes beyond


def _leading_title(out: _Out) -> None:
    """A first line set all bold or large, short and not a greeting, is the title."""
    if any(h.level == 0 for h in out.headings) or not out.lines:
        return
    for n, line in enumerate(out.lines[:3]):
        if n in out.table_lines:
            return
        if out.emphasis[n] and 2 <= len(line) <= 60 and not line.endswith((":", "：")):
            out.headings.insert(0, Heading(level=0, text=line))
            return
        if len(line) > 12:  # a real first line that is not emphasised: no title
            return


# --- tables ---------------------------------------------------------------------------------


def _rows(table: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The table's own rows (through thead/tbody/tfoot), not those of nested tables."""
    rows: list[lxml.html.HtmlElement] = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child if _tag(c) == "tr")
    return rows


def _span(cell: lxml.html.HtmlElement, name: str) -> int:
    value = (cell.get(name) or "1").strip()
    return max(1, min(int(value), _MAX_SPAN)) if value.isdigit() else 1


def _table(element: lxml.html.HtmlElement, out: _Out) -> None:
    """Add the table (then its nested tables) to `out.tables` and its rows to the text."""
    if len(out.tables) >= _MAX_TABLES:
        return
    index = len(out.tables)
    out.tables.append(None)  # reserve: nested tables are numbered after this one
    grid: dict[tuple[int, int], str] = {}
    width = 0
    rows = _rows(element)[:_MAX_ROWS]
    for r, tr in enumerate(rows):
        col = 0
        for cell in tr:
            if _tag(cell) not in ("td", "th"):
                continue
            while (r, col) in grid:
                col += 1  # covered by a rowspan from above
            text = _cell_text(cell, out)
            for dr in range(min(_span(cell, "rowspan"), len(rows) - r)):
                for dc in range(_span(cell, "colspan")):
                    if col + dc < _MAX_COLUMNS:
                        grid[(r + dr, col + dc)] = text
            col += _span(cell, "colspan")
        width = max(width, min(col, _MAX_COLUMNS))
    table_rows = tuple(tuple(grid.get((r, c), "") for c in range(width)) for r in range(len(rows)))
    table_rows = tuple(row for row in table_rows if any(c.strip() for c in row))
    out.tables[index] = Table(rows=table_rows, name=f"table {index + 1}")
    for row in table_rows:
        out.table_lines.add(len(out.lines))
        out.lines.append("\t".join(c.replace("\n", " ") for c in row).strip())
        out.emphasis.append(False)


def _cell_text(cell: lxml.html.HtmlElement, out: _Out) -> str:
    """A cell's text, its paragraphs and <br> as line breaks; nested tables go to `out`."""
    inner = _Out(tables=out.tables)
    inner.add(cell.text or "", False)
    for child in cell:
        _walk(child, inner, False)
    inner.end_line()
    return "\n".join(inner.lines)
