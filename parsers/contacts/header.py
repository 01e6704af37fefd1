"""Tables with a header row, possibly under title rows, possibly two rows deep::

联络员信息表
单位 | 姓名 | 职务 | 电子邮箱 | 联系电话
岱岳区职教中心 | 张三 | 办公室主任 | zs@163.com | 13805381234 / 0538-6991449
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.contacts.fields import _Draft, _table_label, _to_contact
from parsers.contacts.keyvalue import _kv_pairs
from parsers.contacts.labels import (
    _PERSON_WORDS,
    _WEAK_LABELS,
    GROUP_LABELS,
    _label_kind,
    _label_role,
    _row_role,
)
from parsers.model import Contact, Table
from parsers.normalize import compact


def _is_header_row(kinds: dict[int, str]) -> bool:
    distinct = set(kinds.values())
    return len(distinct) >= 2 and bool(distinct & {"name", "mobile", "tel", "email"})


def _header_contacts(
    table: Table, source: str, role: str = "liaison"
) -> tuple[list[Contact], set[int]]:
    """Contacts of a table with a header row (possibly under titles, possibly two rows);
    several people per row when the header names several (分管领导 ... 联络员 ...)."""
    rows = table.rows
    header_at = None
    kinds: dict[int, str] = {}
    for r, row in enumerate(rows[:12]):
        found = {i: k for i, cell in enumerate(row) if (k := _label_kind(cell))}
        if "name" not in found.values() and set(found.values()) & {"unit", "position", "email"}:
            # "负责人"/"填表人" name the liaison in a liaison table, but only there: in a
            # schedule ("时间 | 内容 | 负责人 | 电话") they are people in charge.
            for i, cell in enumerate(row):
                if compact(cell).strip(":") in _PERSON_WORDS:
                    found[i] = "name"
        if _is_header_row(found):
            header_at, kinds = r, found
            break
    if header_at is None:
        return [], set()
    used = {header_at}
    data_start = header_at + 1
    # A second header row under merged parents ("联系方式" over "手机" and "邮箱") refines
    # the columns it names; columns it leaves blank keep the parent's kind.
    while data_start < len(rows):
        row = rows[data_start]
        sub = {i: k for i, cell in enumerate(row) if (k := _label_kind(cell))}
        filled = [c for c in row if c.strip()]
        if len(sub) >= 2 and len(sub) * 2 >= len(filled):
            kinds.update(sub)
            used.add(data_start)
            data_start += 1
        else:
            break
    roles = _column_roles(rows, header_at, data_start, kinds)
    groups = _groups(kinds)
    drafts: list[tuple[_Draft, str, int]] = []  # (person, where, row)
    for r in range(data_start, len(rows)):
        row = rows[r]
        # A full-width merged note row ("填表人：…") repeats one text across every column.
        if len({c.strip() for c in row if c.strip()}) == 1 and len(kinds) > 2:
            continue
        # "邮箱 | zs@163.com | zs@163.com" under the header: a key/value row, not a person.
        # It completes the one person of the row above; it never makes one of its own.
        if _labelled_row(row, kinds):
            above = [d for d, _, at in drafts if at == r - 1]
            if len(above) == 1:
                for kind, value, _ in _kv_pairs(row):
                    if kind not in ("name", "mixed") and not above[0].has(kind):
                        above[0].add(kind, value, r)
                        used.add(r)
            continue
        # The row's own label ("分管领导", "科长", "联络员" in a column no header names)
        row_role = _row_role([c for i, c in enumerate(row) if i not in kinds])
        where = f"{source}#{_table_label(table, 0)} row {table.first_row + r}"
        found = False
        for columns in groups:
            draft = _Draft()
            cell_role = ""
            for col in columns:
                if col < len(row) and not _label_kind(row[col]):
                    value = row[col]
                    if kinds[col] == "name":
                        cell_role, value = _role_in_cell(value)
                    draft.add(kinds[col], value, r)
            if not any(draft.has(k) for k in ("name", "mobile", "tel", "email", "phone")):
                continue
            if any(_NOT_A_NAME.search(v) for v in draft.values.get("name", ())):
                continue  # "宣传专栏地址 | http://…" under the header: an address, no person
            # A role word typed where the position goes ("联络员" in the 职务 column).
            # ("校长" there is a position: only a word that is never one counts)
            position_role = next(
                (
                    _label_role(v)
                    for v in draft.values.get("position", ())
                    if v not in _WEAK_LABELS or v in GROUP_LABELS
                ),
                "",
            )
            if draft.values.get("position") and draft.values["position"][0] in GROUP_LABELS:
                draft.values.pop("position")  # "组长" in the 职务 column: a role, no position
            name_col = next((c for c in columns if kinds[c] == "name"), columns[0])
            draft.role = cell_role or roles.get(name_col, "") or row_role or position_role
            found = True
            drafts.append((draft, where, r))
        if found:
            used.add(r)
    return [_to_contact(d, where, role) for d, where, _ in drafts], used


_NOT_A_NAME = re.compile(r"://|@|www\.", re.IGNORECASE)
_ROLE_IN_CELL_RE = re.compile(r"\s*([^:：\d]{2,8})\s*[:：]\s*(\S.*)", re.DOTALL)


def _role_in_cell(cell: str) -> tuple[str, str]:
    """A name cell that names the role too ("分管领导：张三"): (role, name), else ("", cell)."""
    m = _ROLE_IN_CELL_RE.fullmatch(cell)
    role = _label_role(m.group(1)) if m else ""
    return (role, m.group(2).strip()) if m and role else ("", cell)


def _column_roles(
    rows: Sequence[Sequence[str]], header_at: int, data_start: int, kinds: dict[int, str]
) -> dict[int, str]:
    """Role by column, from the header rows and a parent row above them ("分管领导" merged
    over 姓名 | 职务 | 手机)."""
    roles: dict[int, str] = {}
    for r in range(max(0, header_at - 1), data_start):
        for col in kinds:
            if col < len(rows[r]) and (role := _label_role(rows[r][col])) and col not in roles:
                roles[col] = role
    return roles


def _groups(kinds: dict[int, str]) -> list[list[int]]:
    """Columns per person: one group per name column with the columns after it; columns
    before the first name column (单位, 序号) belong to every group."""
    names = sorted(c for c, k in kinds.items() if k == "name")
    if len(names) < 2:
        return [sorted(kinds)]
    shared = [c for c in sorted(kinds) if c < names[0]]
    groups: list[list[int]] = []
    for i, start in enumerate(names):
        stop = names[i + 1] if i + 1 < len(names) else max(kinds) + 1
        groups.append([start, *shared, *(c for c in sorted(kinds) if start < c < stop)])
    return groups


def _labelled_row(row: Sequence[str], kinds: dict[int, str]) -> bool:
    """Whether a row under the header is labelled by its first cell with a field the
    header puts elsewhere ("邮箱 | zs@163.com | …" under "联络员 | 姓名 | 职务 | 手机"):
    key/value, not a person."""
    first = next((i for i, cell in enumerate(row) if cell.strip()), None)
    if first is None:
        return False
    kind = _label_kind(row[first])
    return kind is not None and kind not in ("name", kinds.get(first))
