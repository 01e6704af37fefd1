"""Read a statistics table (one row per unit, one column per figure) against a template.

The caller gives the template as `StatsField` values (key, header, aliases, numeric); this
module knows no campaign. A sheet as units fill it in::

    2020年职业教育活动周情况统计表                      <- title rows are skipped
    单位名称 | 活动开展情况       | 活动开展情况       | 参与师生人次   <- merged parent
    单位名称 | 线上活动 (场次)    | 线下活动（场次）   | 参与师生人次   <- children
    岱岳职教 | 3                  | 约20               | 1,234
    合计     | 3                  | 20                 | 1234           <- skipped

reads as::

    StatsTable(sheet="Sheet1", header_row=2, columns={"unit": 0, "online_events": 1, ...},
               rows=(StatsRow(label="岱岳职教", values={"unit": "岱岳职教",
                     "online_events": 3, "offline_events": None, "participants": 1234},
                     row=4),),
               missing_fields=("open_days", ...),
               problems=("Sheet1!C4: '约20' is not a number",))

`header_row` is the sheet row where the header block starts (a merged parent row counts).
Headers match exactly first, then after normalisation (spaces, full-width forms, units in
brackets such as （人次）), then with trailing unit words (场次, 人次, 数) dropped; aliases
are tried the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from parsers.model import Document, StatsField, StatsRow, StatsTable, Table
from parsers.normalize import compact, nfkc

__all__ = ["read_statistics"]

_SCAN_ROWS = 15  # title rows and the header block are looked for this far down
_MAX_HEADER_DEPTH = 3
# Header cells are looked for in this many columns: templates are a few dozen wide, and a
# sheet with stray content thousands of columns out must not cost seconds.
_MAX_HEADER_COLUMNS = 256
_TOTAL_WORDS = ("合计", "总计", "小计", "汇总", "总数", "共计")
_NOTE_PREFIXES = ("注:", "注", "备注", "说明", "填表人", "填报人", "审核人", "负责人", "制表")
# A footer row under the data ("填表人：张三 | | 联系电话：138…"), whatever its other cells hold.
_FOOTER_PREFIXES = (
    "填表人",
    "填报人",
    "审核人",
    "制表人",
    "统计人",
    "负责人",
    "单位负责人",
    "联系人",
    "联系电话",
    "填表日期",
    "填报日期",
    "填表时间",
    "备注:",
    "说明:",
    "注:",
)
# Placeholders that mean "nothing to report" in Chinese statistical tables.
_EMPTY_MARKS = {"", "-", "--", "—", "——", "/", "\\"}
_UNIT_WORDS = (
    "场次",
    "人次",
    "次数",
    "篇数",
    "个数",
    "人数",
    "数量",
    "次",
    "篇",
    "个",
    "人",
    "场",
    "数",
)


@lru_cache(maxsize=8192)
def _level1(text: str) -> str:
    return nfkc(text).strip()


@lru_cache(maxsize=8192)
def _level2(text: str) -> str:
    """Compact, lower-case, without bracketed units: "线上活动 （场次）" -> "线上活动"."""
    s = compact(text).lower()
    s = re.sub(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〔[^〔〕]*〕", "", s)
    return s.strip(":*#")


@lru_cache(maxsize=8192)
def _level3(text: str) -> str:
    """`_level2` without trailing unit words: "线上活动场次数" -> "线上活动"."""
    s = _level2(text)
    for _ in range(2):
        for word in _UNIT_WORDS:
            if s.endswith(word) and len(s) > len(word) + 1:
                s = s[: -len(word)]
                break
    return s


_LEVELS = (_level1, _level2, _level3)


@lru_cache(maxsize=1024)
def _field_forms(f: StatsField) -> tuple[frozenset[str], ...]:
    """For each matching level, the forms of the field's header and aliases."""
    names = (f.header, *f.aliases)
    return tuple(frozenset(level(n) for n in names if level(n)) for level in _LEVELS)


def _column_texts(block: Sequence[Sequence[str]], col: int) -> list[str]:
    """Texts a header column offers: each row's cell and the parent+child combination."""
    cells: list[str] = []
    for row in block:
        cell = row[col].strip() if col < len(row) else ""
        if cell and cell not in cells:
            cells.append(cell)
    texts = list(cells)
    if len(cells) > 1:
        texts.append("".join(cells))
        texts.extend("".join(cells[i : i + 2]) for i in range(len(cells) - 1))
    return texts


def _match_header(block: Sequence[Sequence[str]], fields: Sequence[StatsField]) -> dict[str, int]:
    """Field key -> column for one header block; best level first, each column used once."""
    width = min(max((len(r) for r in block), default=0), _MAX_HEADER_COLUMNS)
    forms = [_field_forms(f) for f in fields]
    # For each level, which columns offer each field's form: one pass over the cells, so a
    # sheet thousands of columns wide costs its width, not width x fields.
    candidates: list[list[list[int]]] = [[[] for _ in fields] for _ in _LEVELS]
    texts = [_column_texts(block, col) for col in range(width)]  # the same at every level
    for li, level in enumerate(_LEVELS):
        wanted: dict[str, list[int]] = {}
        for fi in range(len(fields)):
            for form in forms[fi][li]:
                wanted.setdefault(form, []).append(fi)
        for col in range(width):
            hits = {fi for t in texts[col] for fi in wanted.get(level(t), ())}
            for fi in hits:
                candidates[li][fi].append(col)
    columns: dict[str, int] = {}
    taken: set[int] = set()
    for li in range(len(_LEVELS)):
        for fi, f in enumerate(fields):
            if f.key in columns:
                continue
            col = next((c for c in candidates[li][fi] if c not in taken), None)
            if col is not None:
                columns[f.key] = col
                taken.add(col)
    return columns


def _column_letter(index: int) -> str:
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


_SPACE_RUN = re.compile(r"\s+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?:\D|$))")


def _parse_number(raw: str) -> tuple[bool, float | None]:
    """(ok, value) for a cell: "1,234" / " 12 " / "１２" / "12.0" -> (True, 12)."""
    if len(raw) <= 15 and raw.isascii() and raw.isdigit():
        return True, int(raw)  # the common cell; what the steps below make of it (exact)
    s = _SPACE_RUN.sub("", nfkc(raw))
    if s in _EMPTY_MARKS:
        return True, None
    s = _THOUSANDS.sub("", s)  # thousands separators only
    if not _NUMBER_RE.fullmatch(s):
        return False, None
    value = float(s)
    if value != value or value in (float("inf"), float("-inf")):
        return False, None
    return True, int(value) if value.is_integer() and abs(value) < 2**53 else value


def _is_total(row: Sequence[str], label_col: int) -> bool:
    cells = [row[label_col]] if label_col < len(row) else []
    cells.extend(row[:3])
    texts = [compact(c) for c in cells if c.strip()]
    return any(word in t for t in texts for word in _TOTAL_WORDS)


def _is_note(row: Sequence[str]) -> bool:
    filled = [c.strip() for c in row if c.strip()]
    if not filled:
        return False
    if len(row) > 2 and len(set(filled)) == 1 and len(filled) > 1:
        return True  # a merged full-width row: a note or a sub-title, not data
    first = compact(filled[0])
    if first.startswith(_FOOTER_PREFIXES):
        return True
    return first.startswith(_NOTE_PREFIXES) and len(set(filled)) == 1


def _find_header(
    table: Table, fields: Sequence[StatsField]
) -> tuple[int, int, dict[str, int]] | None:
    """(first header row index, depth, columns) of the best header block in the table."""
    best: tuple[int, int, dict[str, int]] | None = None
    rows = table.rows
    everything = len({f.key for f in fields})
    for depth in range(1, _MAX_HEADER_DEPTH + 1):
        for r in range(min(len(rows), _SCAN_ROWS)):
            if r + depth > len(rows):
                break
            columns = _match_header(rows[r : r + depth], fields)
            # More matched fields wins; on a tie the shallower block, so a data row or a
            # title row is never swallowed into the header.
            if best is None or len(columns) > len(best[2]):
                best = (r, depth, columns)
                if len(columns) == everything:
                    break  # later blocks (further down or deeper) can only tie: best stays
        if best is not None and len(best[2]) == everything:
            break
    if best is None:
        return None
    r, depth, columns = best
    # Grow the block over rows a merged header cell spans (the reader repeats a vertically
    # merged cell in every row it covers): a parent row above, a units row below.
    while r > 0 and depth < _MAX_HEADER_DEPTH and _spans(rows[r - 1], rows[r]):
        grown = _match_header(rows[r - 1 : r + depth], fields)
        if len(grown) < len(columns):
            break
        r, depth, columns = r - 1, depth + 1, grown
    while r + depth < len(rows) and depth < _MAX_HEADER_DEPTH:
        below = rows[r + depth]
        if not _spans(rows[r + depth - 1], below) or _has_number(below, columns, fields):
            break
        grown = _match_header(rows[r : r + depth + 1], fields)
        if len(grown) < len(columns):
            break
        depth, columns = depth + 1, grown
    return r, depth, columns


def _spans(upper: Sequence[str], lower: Sequence[str]) -> bool:
    """Whether some non-empty cell repeats straight down (a vertically merged cell)."""
    return any(a.strip() and a == b for a, b in zip(upper, lower, strict=False))


def _has_number(row: Sequence[str], columns: dict[str, int], fields: Sequence[StatsField]) -> bool:
    numeric = {f.key for f in fields if f.numeric}
    return any(
        col < len(row) and row[col].strip() and _parse_number(row[col])[1] is not None
        for key, col in columns.items()
        if key in numeric
    )


def _read_table(
    table: Table, label: str, fields: Sequence[StatsField], min_matched: int
) -> StatsTable | None:
    found = _find_header(table, fields)
    if found is None or len(found[2]) < min_matched:
        return None
    r0, depth, unordered = found
    columns = dict(sorted(unordered.items(), key=lambda kv: kv[1]))
    by_key = {f.key: f for f in fields}
    text_cols = [columns[f.key] for f in fields if not f.numeric and f.key in columns]
    label_col = min(text_cols) if text_cols else 0
    rows: list[StatsRow] = []
    problems: list[str] = []
    for r in range(r0 + depth, len(table.rows)):
        row = table.rows[r]
        cells = {key: (row[col] if col < len(row) else "") for key, col in columns.items()}
        if not any(c.strip() for c in cells.values()) or _is_note(row) or _is_total(row, label_col):
            continue
        # A header holds no numbers; checking that first keeps long sheets fast.
        repeated = not _has_number(row, columns, fields)
        if repeated and len(_match_header([row], fields)) >= min_matched:
            continue  # the header repeated (a second page of the same table)
        sheet_row = table.first_row + r
        values: dict[str, float | str | None] = {}
        for key, raw in cells.items():
            if not by_key[key].numeric:
                values[key] = _level1(raw) or None
                continue
            ok, number = _parse_number(raw)
            values[key] = number
            if not ok:
                coordinate = f"{label}!{_column_letter(columns[key])}{sheet_row}"
                problems.append(f"{coordinate}: {raw.strip()!r} is not a number")
        row_label = _level1(row[label_col]) if label_col < len(row) else ""
        rows.append(StatsRow(label=row_label, values=values, row=sheet_row))
    return StatsTable(
        sheet=label,
        header_row=table.first_row + r0,
        columns=columns,
        rows=tuple(rows),
        missing_fields=tuple(f.key for f in fields if f.key not in columns),
        problems=tuple(problems),
    )


def read_statistics(
    doc: Document, fields: Sequence[StatsField], min_matched: int = 3
) -> StatsTable | None:
    """The best-matching statistics table in `doc`, or None when no header matches enough."""
    best: StatsTable | None = None
    for i, table in enumerate(doc.tables):
        label = table.name or f"table {i + 1}"
        candidate = _read_table(table, label, fields, min_matched)
        if candidate is None:
            continue
        rank = (len(candidate.columns), len(candidate.rows))
        if best is None or rank > (len(best.columns), len(best.rows)):
            best = candidate
    return best
