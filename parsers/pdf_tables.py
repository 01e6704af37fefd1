"""Tables rebuilt from where a PDF page puts its text: rows and cells from positions.

PDF has no tables, only text runs at coordinates and lines drawn around them. The PDF
helper hands over the page's text segments (PDFium's text rectangles: a run of characters
on one line, with its box) and its thin drawn rules; from them:

- ruled tables (LibreOffice, Word, WPS draw cell borders): the rules that cross one another
  make a grid, each segment goes to the grid cell holding its centre, a cell's lines are
  joined (a wrapped line without a break, a short line with one), and a border missing
  inside a row or column makes a merged cell, repeated into every cell it covers;
- borderless tables: lines of two or more segments apart by wide gaps, one under another,
  whose segments line up with the columns of the widest line.

The result is rows of cell texts per table, as the other readers give them, and the page
text rebuilt in reading order with each table as tab-joined rows::

    page_layout(segments, rules) -> ([[["单位", "姓名"], ["岱岳职教", "阎健"]]],
                                     "联络员信息表\\n单位\\t姓名\\n岱岳职教\\t阎健")

Pure functions on plain numbers (PDF points, y grows upwards); no PDFium here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

__all__ = ["Rule", "Segment", "may_hold_table", "page_layout"]

_THIN = 2.5  # a rule is at most this thick (points)
_NEAR = 2.5  # coordinates this close are the same line
_MAX_ROWS = 400
_MAX_COLUMNS = 40
_MAX_CELL_TEXT = 40  # characters: a borderless "cell" longer than this is prose


@dataclass(frozen=True, slots=True)
class Segment:
    left: float
    bottom: float
    right: float
    top: float
    text: str

    @property
    def cx(self) -> float:
        return (self.left + self.right) / 2

    @property
    def cy(self) -> float:
        return (self.bottom + self.top) / 2

    @property
    def char_width(self) -> float:
        n = len(self.text.strip()) or 1
        return max((self.right - self.left) / n, 1.0)


@dataclass(frozen=True, slots=True)
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return self.y1 - self.y0 <= _THIN and self.x1 - self.x0 > 8

    @property
    def vertical(self) -> bool:
        return self.x1 - self.x0 <= _THIN and self.y1 - self.y0 > 8


def page_layout(
    segments: Sequence[Segment], rules: Sequence[Rule]
) -> tuple[list[list[list[str]]], str]:
    """The page's tables (rows of cells) and its text with the tables as tab-joined rows."""
    placed: list[tuple[float, str]] = []  # (top of the block, its text) for reading order
    tables: list[list[list[str]]] = []
    rest = list(segments)
    for region in _grids(rules):
        rows, used = _grid_table(region, rest)
        if rows:
            tables.append(rows)
            placed.append((region.top, "\n".join("\t".join(r) for r in rows)))
            rest = [s for s in rest if id(s) not in used]
    lines = _lines(rest)
    for found, start, stop in _aligned_tables(lines):
        tables.append(found)
        placed.append((lines[start][0].top, "\n".join("\t".join(r) for r in found)))
        lines[start:stop] = [[] for _ in range(stop - start)]
    for line in lines:
        if line:
            placed.append((max(s.top for s in line), _line_text(line)))
    placed.sort(key=lambda p: -p[0])
    return tables, "\n".join(text for _, text in placed if text.strip())


def may_hold_table(
    boxes: Sequence[tuple[float, float, float, float]], rules: Sequence[Rule]
) -> bool:
    """A cheap look before reading each segment's text: rules that cross, or two lines in a
    row with a gap wider than twice the text's height (prose has neither)."""
    if sum(r.horizontal for r in rules) >= 2 and sum(r.vertical for r in rules) >= 2:
        return True
    segments = [Segment(left, bottom, right, top, "") for left, bottom, right, top in boxes]
    gapped = 0
    for line in _lines(segments):
        height = max(s.top - s.bottom for s in line)
        wide = any(b.left - a.right > 2 * height for a, b in pairwise(line))
        gapped = gapped + 1 if wide else 0
        if gapped >= 2:
            return True
    return False


# --- ruled tables ---------------------------------------------------------------------------


@dataclass
class _Grid:
    xs: list[float]
    ys: list[float]  # top to bottom
    verticals: list[Rule]
    horizontals: list[Rule]

    @property
    def top(self) -> float:
        return self.ys[0]


def _cluster(values: Sequence[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _NEAR:
            out.append(v)
    return out


def _grids(rules: Sequence[Rule]) -> list[_Grid]:
    """Groups of crossing horizontal and vertical rules, each a grid."""
    hs = [r for r in rules if r.horizontal][:2000]
    vs = [r for r in rules if r.vertical][:2000]
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        hy = (h.y0 + h.y1) / 2
        for j, v in enumerate(vs):
            vx = (v.x0 + v.x1) / 2
            if h.x0 - _NEAR <= vx <= h.x1 + _NEAR and v.y0 - _NEAR <= hy <= v.y1 + _NEAR:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    grids = []
    for horizontals, verticals in groups.values():
        xs = _cluster([(v.x0 + v.x1) / 2 for v in verticals])
        ys = sorted(_cluster([(h.y0 + h.y1) / 2 for h in horizontals]), reverse=True)
        if 2 <= len(xs) <= _MAX_COLUMNS + 1 and 2 <= len(ys) <= _MAX_ROWS + 1:
            grids.append(_Grid(xs, ys, verticals, horizontals))
    return grids


def _index(value: float, edges: Sequence[float], descending: bool = False) -> int | None:
    for i in range(len(edges) - 1):
        lo, hi = (edges[i + 1], edges[i]) if descending else (edges[i], edges[i + 1])
        if lo <= value < hi or (descending and lo < value <= hi):
            return i
    return None


def _has_vertical(grid: _Grid, x: float, y: float) -> bool:
    return any(
        abs((v.x0 + v.x1) / 2 - x) <= _NEAR and v.y0 - _NEAR <= y <= v.y1 + _NEAR
        for v in grid.verticals
    )


def _has_horizontal(grid: _Grid, x: float, y: float) -> bool:
    return any(
        abs((h.y0 + h.y1) / 2 - y) <= _NEAR and h.x0 - _NEAR <= x <= h.x1 + _NEAR
        for h in grid.horizontals
    )


def _grid_table(grid: _Grid, segments: Sequence[Segment]) -> tuple[list[list[str]], set[int]]:
    """Rows of cell texts of one grid, and the ids of the segments it took."""
    n_rows, n_cols = len(grid.ys) - 1, len(grid.xs) - 1
    cells: dict[tuple[int, int], list[Segment]] = {}
    used: set[int] = set()
    for s in segments:
        r = _index(s.cy, grid.ys, descending=True)
        c = _index(s.cx, grid.xs)
        if r is not None and c is not None:
            cells.setdefault((r, c), []).append(s)
            used.add(id(s))
    if not cells:
        return [], set()
    text = {
        key: _cell_text(found, grid.xs[key[1]], grid.xs[key[1] + 1]) for key, found in cells.items()
    }
    rows = [[text.get((r, c), "") for c in range(n_cols)] for r in range(n_rows)]
    # A border missing between two cells merges them: repeat the text across the span.
    for r in range(n_rows):
        mid_y = (grid.ys[r] + grid.ys[r + 1]) / 2
        for c in range(n_cols - 1):
            if not _has_vertical(grid, grid.xs[c + 1], mid_y):
                merged = rows[r][c] or rows[r][c + 1]
                rows[r][c] = rows[r][c + 1] = merged
    for c in range(n_cols):
        mid_x = (grid.xs[c] + grid.xs[c + 1]) / 2
        for r in range(n_rows - 1):
            if not _has_horizontal(grid, mid_x, grid.ys[r + 1]):
                merged = rows[r][c] or rows[r + 1][c]
                rows[r][c] = rows[r + 1][c] = merged
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if len(rows) < 1 or n_cols < 2:
        return [], set()
    return rows, used


_NUMBER_LINE_RE = re.compile(r"[+(]?\d[\d\-() ]{5,}\d")


def _cell_text(segments: Sequence[Segment], left_edge: float, right_edge: float) -> str:
    """A cell's lines joined: where the next line's first word would not have fitted at the
    end of the line before, the line wrapped (joined as is); else a line break."""
    lines = _lines(segments)
    pad = min(max(min(s.left for s in segments) - left_edge, 0.0), 10.0)
    out = ""
    for i, line in enumerate(lines):
        text = _line_text(line)
        if not i:
            out = text
            continue
        previous = lines[i - 1]
        room = right_edge - pad - max(s.right for s in previous)
        first = line[0]
        word = len(text.split(" ", 1)[0]) * first.char_width
        # a whole number under a number is a second number ("13805381234" over
        # "0538-6991449"), even where it could not have fitted on the line above
        second_number = bool(_NUMBER_LINE_RE.fullmatch(text)) and out[-1:].isdigit()
        if word >= room and not second_number:  # wrapped: at a space, or inside a word
            out += (" " if previous[-1].text.endswith(" ") else "") + text
        else:
            out += "\n" + text
    return out.strip()


# --- lines and borderless tables ------------------------------------------------------------


def _lines(segments: Sequence[Segment]) -> list[list[Segment]]:
    """Segments grouped into lines (top to bottom), each line left to right."""
    lines: list[list[Segment]] = []
    for s in sorted(segments, key=lambda s: (-s.top, s.left)):
        if lines:
            line = lines[-1]
            bottom = min(x.bottom for x in line)
            top = max(x.top for x in line)
            if bottom <= s.cy <= top:
                line.append(s)
                continue
        lines.append([s])
    return [sorted(line, key=lambda s: s.left) for line in lines]


def _line_text(line: Sequence[Segment]) -> str:
    parts: list[str] = []
    for i, s in enumerate(line):
        if i and s.left - line[i - 1].right > line[i - 1].char_width * 0.8:
            parts.append(" ")
        parts.append(s.text)
    return "".join(parts).strip()


def _cells(line: Sequence[Segment]) -> list[tuple[float, float, str]]:
    """(left, right, text) of the cells of a line: segments apart by a wide gap."""
    cells: list[list[Segment]] = []
    for s in line:
        if cells:
            last = cells[-1][-1]
            gap = s.left - last.right
            if gap < max(2.0 * last.char_width, 6.0):
                cells[-1].append(s)
                continue
        cells.append([s])
    return [(c[0].left, c[-1].right, _line_text(c)) for c in cells if _line_text(c)]


def _column(anchors: Sequence[tuple[float, float]], left: float, right: float) -> int | None:
    """The column whose span overlaps [left, right] most, else None."""
    best, best_overlap = None, 0.0
    for i, (a, b) in enumerate(anchors):
        overlap = min(b, right) - max(a, left)
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    return best


def _aligned_tables(lines: Sequence[Sequence[Segment]]) -> list[tuple[list[list[str]], int, int]]:
    """Borderless tables: (rows, first line, end line) for each run of aligned lines."""
    found: list[tuple[list[list[str]], int, int]] = []
    i = 0
    while i < len(lines):
        if len(_cells(lines[i])) < 2:
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j] and len(_cells(lines[j])) >= 2:
            j += 1
        widest = max(len(_cells(line)) for line in lines[i:j])
        # two lines of two cells are a letterhead or a signature ("单位    日期"), not a table
        if j - i >= 3 or (j - i >= 2 and widest >= 3):
            rows = _aligned_rows([_cells(line) for line in lines[i:j]])
            if rows:
                found.append((rows, i, j))
        i = max(j, i + 1)
    return found


def _aligned_rows(lines: Sequence[list[tuple[float, float, str]]]) -> list[list[str]] | None:
    """The rows of aligned lines, or None when they are not a table: justified prose also
    has wide gaps, but at no common place and between long runs of text."""
    widest = max(lines, key=len)
    if len(widest) > _MAX_COLUMNS:
        return None
    anchors = [(left, right) for left, right, _ in widest]
    rows: list[list[str]] = []
    cells_seen = misplaced = 0
    for cells in lines:
        row = [""] * len(anchors)
        for left, right, text in cells:
            cells_seen += 1
            col = _column(anchors, left, right)
            if col is None or len(text) > _MAX_CELL_TEXT:
                misplaced += 1
                continue
            if sum(1 for a, b in anchors if min(b, right) > max(a, left)) > 1:
                misplaced += 1  # runs across two columns: prose, not a cell
            row[col] = f"{row[col]} {text}".strip()
        rows.append(row)
    if misplaced * 5 > cells_seen:
        return None
    # beyond the widest line itself, some other line must fill two columns
    if sum(1 for row in rows if sum(1 for c in row if c) >= 2) < 2:
        return None
    return rows
