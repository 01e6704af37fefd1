"""Tables that reached us as text, rebuilt so the table readers can read them.

Mail clients flatten an HTML table into its plain-text alternative, and text layers of
PDFs and converted files do the same, in three shapes (labels without a colon)::

    单位 姓名 职务 邮箱 手机                 a header line (tabs or spaces) over value lines
    泰安市岱岳区职业教育中心 阎健 主任 yj@qq.com 138 0538 1234

    单位                                     one cell per line: the labels, then the values
    姓名                                     (Outlook's <td><p>), row after row
    ...
    泰安市岱岳区职业教育中心
    阎健

    姓名                                     a label on its line, its value on the next
    阎健

`text_tables(lines)` returns the rebuilt tables and the line numbers they took, so the prose
reader does not read those lines a second time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.contacts.labels import _label_kind
from parsers.contacts.words import _is_name_guess, _is_unit_guess
from parsers.model import Table

_MAX_COLUMNS = 12
_WRAPPING = frozenset({"unit", "position"})  # columns whose text a narrow cell wraps
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[A-Za-z]{2,}")
_NUMBER_TOKEN = re.compile(r"[+(]?\d[\d()\-]*")


def _kind(line: str) -> str | None:
    """The field a line names when the line is a bare label ("姓名", "手机号码："), else None."""
    s = line.strip()
    return _label_kind(s) if 0 < len(s) <= 14 else None


def _fits(kind: str, value: str) -> bool:
    """Whether `value` can be the value of a `kind` column (so missing cells can be skipped)."""
    v = value.strip()
    if not v or _kind(v):
        return False
    digits = sum(ch.isdigit() for ch in v)
    if kind == "email":
        return "@" in v or bool(re.fullmatch(r"[\w.\-]+\.[a-z]{2,}", v, re.I))
    if kind in ("mobile", "tel", "phone"):
        return digits >= 7 and digits * 2 >= len(v.replace(" ", ""))
    if kind == "mixed":
        return True
    if "@" in v or digits >= 7:
        return False
    if kind == "name":
        return len(v) <= 12
    return len(v) <= 60


def _split(line: str) -> list[str]:
    """Cells of a flattened row: tab-separated, else whitespace-separated."""
    if "\t" in line:
        return [c.strip() for c in line.split("\t") if c.strip()]
    return line.split()


def _merge_numbers(cells: list[str]) -> list[str]:
    """Join a number a writer spaced ("138 0538 1234") back into one cell."""
    out: list[str] = []
    for cell in cells:
        if (
            out
            and _NUMBER_TOKEN.fullmatch(cell)
            and _NUMBER_TOKEN.fullmatch(out[-1].replace(" ", ""))
            and len(re.sub(r"\D", "", out[-1] + cell)) <= 12
        ):
            out[-1] = f"{out[-1]} {cell}"
        else:
            out.append(cell)
    return out


def _align(kinds: Sequence[str], values: Sequence[str]) -> list[str] | None:
    """Values laid into the columns in order, a column left empty where the next value
    cannot be its value; None when values are left over. A person's name is never the unit
    when a name column follows (the unit's cell, wrapped in a PDF, comes on other lines)."""
    row: list[str] = []
    i = 0
    for n, kind in enumerate(kinds):
        if (
            kind == "unit"
            and i < len(values)
            and "name" in kinds[n + 1 :]
            and _is_name_guess(values[i])
            and len(values) < len(kinds)
        ):
            row.append("")
            continue
        if i < len(values) and _fits(kind, values[i]):
            row.append(values[i])
            i += 1
        else:
            row.append("")
    return row if i == len(values) and any(row) else None


def _continued(kinds: Sequence[str], previous: Sequence[str], cells: Sequence[str]) -> int | None:
    """The column a lone cell under a row continues (a unit or position cell a narrow PDF
    column wrapped): one left empty in that row that it fits, or one whose text it
    completes ("东平县职业教育中心" + "学校"); None when it starts a row of its own."""
    if len(cells) != 1:
        return None
    cell = cells[0]
    for n, kind in enumerate(kinds):
        if kind not in _WRAPPING:
            continue
        if not previous[n] and _fits(kind, cell):
            return n
        if previous[n] and len(cell) <= 6 and kind == "unit" and _is_unit_guess(previous[n] + cell):
            return n
    return None


def _is_header(kinds: Sequence[str | None]) -> bool:
    found = [k for k in kinds if k]
    return (
        len(found) == len(kinds) >= 2
        and len(set(found)) >= 2
        and bool(set(found) & {"name", "mixed"})
        and bool(set(found) & {"mobile", "tel", "email", "phone", "mixed"})
    )


def _header_line_table(lines: Sequence[str], at: int) -> tuple[Table, int] | None:
    """A header line at `at` with the value lines under it; the table and its end line."""
    header = _split(lines[at])
    if len(header) > _MAX_COLUMNS:
        return None
    kinds = [_label_kind(c) for c in header]
    if not _is_header(kinds):
        return None
    rows: list[tuple[str, ...]] = [tuple(header)]
    end = at + 1
    while end < len(lines) and lines[end].strip():
        cells = _merge_numbers(_split(lines[end]))
        wrapped = _continued(kinds, rows[-1], cells) if len(rows) > 1 else None  # type: ignore[arg-type]
        if wrapped is not None:
            # "东平县职业教育中心" / "学校": a text cell wrapped onto lines of its own
            previous = list(rows[-1])
            previous[wrapped] += cells[0]
            rows[-1] = tuple(previous)
            end += 1
            continue
        row = cells if len(cells) == len(header) else _align(kinds, cells)  # type: ignore[arg-type]
        if row is None:
            break
        rows.append(tuple(row))
        end += 1
    return (Table(rows=tuple(rows)), end) if len(rows) > 1 else None


def _cell_lines_table(lines: Sequence[str], at: int) -> tuple[Table, int] | None:
    """Labels one per line from `at`, then the values one per line, row after row."""
    kinds: list[str] = []
    end = at
    while end < len(lines) and len(kinds) < _MAX_COLUMNS and (k := _kind(lines[end])):
        kinds.append(k)
        end += 1
    if not _is_header(kinds):
        return None
    header = tuple(lines[i].strip() for i in range(at, end))
    rows: list[tuple[str, ...]] = [header]
    while end < len(lines):
        values: list[str] = []
        row: list[str] = []
        for kind in kinds:
            value = lines[end + len(values)].strip() if end + len(values) < len(lines) else ""
            if value and _fits(kind, value):
                values.append(value)
                row.append(value)
            else:
                row.append("")
        if len(values) < 2:
            break
        rows.append(tuple(row))
        end += len(values)
    return (Table(rows=tuple(rows)), end) if len(rows) > 1 else None


def _pair_lines_table(lines: Sequence[str], at: int) -> tuple[Table, int] | None:
    """Label line, value line, label line, value line ...: a key/value table."""
    rows: list[tuple[str, str]] = []
    end = at
    while end + 1 < len(lines):
        kind = _kind(lines[end])
        value = lines[end + 1].strip()
        if not kind or not _fits(kind, value):
            break
        rows.append((lines[end].strip(), value))
        end += 2
    return (Table(rows=tuple(rows)), end) if len(rows) >= 2 else None


def text_tables(lines: Sequence[str]) -> tuple[list[Table], set[int]]:
    """Tables rebuilt from flattened lines, and the line numbers they cover."""
    tables: list[Table] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        found = None
        if _kind(lines[i]):
            found = _cell_lines_table(lines, i) or _pair_lines_table(lines, i)
        elif len(lines[i]) <= 200 and ("\t" in lines[i] or " " in lines[i].strip()):
            found = _header_line_table(lines, i)
        if found is None:
            i += 1
            continue
        table, end = found
        tables.append(table)
        used.update(range(i, end))
        i = end
    return tables, used
