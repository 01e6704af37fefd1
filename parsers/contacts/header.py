"""Tables with a header row, possibly under title rows, possibly two rows deep::

联络员信息表
单位 | 姓名 | 职务 | 电子邮箱 | 联系电话
岱岳区职教中心 | 张三 | 办公室主任 | zs@163.com | 13805381234 / 0538-6991449
"""

from __future__ import annotations

from parsers.contacts.fields import _Draft, _to_contact
from parsers.contacts.labels import _PERSON_WORDS, _label_kind
from parsers.model import Contact, Table
from parsers.normalize import compact


def _table_label(table: Table, index: int) -> str:
    return table.name or f"table {index + 1}"


def _is_header_row(kinds: dict[int, str]) -> bool:
    distinct = set(kinds.values())
    return len(distinct) >= 2 and bool(distinct & {"name", "mobile", "tel", "email"})


def _header_contacts(table: Table, source: str) -> tuple[list[Contact], set[int]]:
    """Contacts of a table with a header row (possibly under titles, possibly two rows)."""
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
    contacts: list[Contact] = []
    for r in range(data_start, len(rows)):
        row = rows[r]
        draft = _Draft()
        for col, kind in sorted(kinds.items()):
            if col < len(row) and not _label_kind(row[col]):
                draft.add(kind, row[col], r)
        if not any(draft.has(k) for k in ("name", "mobile", "tel", "email", "phone")):
            continue
        # A full-width merged note row ("填表人：…") repeats one text across every column.
        if len({c.strip() for c in row if c.strip()}) == 1 and len(kinds) > 2:
            continue
        used.add(r)
        where = f"{source}#{_table_label(table, 0)} row {table.first_row + r}"
        contacts.append(_to_contact(draft, where))
    return contacts, used
