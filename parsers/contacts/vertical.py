"""Vertical tables: labels down the first column, one liaison per column::

姓名 | 张三 | 李四
职务 | 主任 | 干事
手机 | 13805381234 | 13905381234
"""

from __future__ import annotations

from parsers.contacts.fields import _Draft, _table_label, _to_contact
from parsers.contacts.labels import _label_kind, _label_role
from parsers.model import Contact, Table


def _transposed_contacts(
    table: Table, source: str, role: str = "liaison"
) -> tuple[list[Contact], set[int]]:
    """Several liaisons side by side: labels down the first column, one person per column;
    a row above them may name each column's role (| 分管领导 | 联络员)."""
    label_rows = [
        (r, kind)
        for r, row in enumerate(table.rows)
        if len(row) >= 3
        and (kind := _label_kind(row[0]))
        and not any(_label_kind(c) for c in row[1:])
    ]
    if len(label_rows) < 2 or len({k for _, k in label_rows}) < len(label_rows):
        return [], set()  # one field per row: rows of people ("分管领导 | 张三 | ...") are not
    width = max(len(table.rows[r]) for r, _ in label_rows)
    drafts = [_Draft() for _ in range(width)]
    for r, kind in label_rows:
        row = table.rows[r]
        for col in range(1, len(row)):
            drafts[col].add(kind, row[col], r)
    for above in table.rows[: label_rows[0][0]]:
        for col in range(1, min(len(above), width)):
            drafts[col].role = drafts[col].role or _label_role(above[col])
    people = [d for d in drafts[1:] if d.has("name") or d.has_reach]
    # Distinct people only: a merged value repeated across every column is one person.
    distinct = {tuple(sorted((k, tuple(v)) for k, v in d.values.items())) for d in people}
    if len(distinct) < 2:
        return [], set()
    # Two people never share both their mobile and their email: cells merged across the
    # columns of one person's table (冯雪 | 党政办公室科员 under one 联络员 row) are one.
    reach = {(tuple(d.values.get("mobile", ())), tuple(d.values.get("email", ()))) for d in people}
    if len(reach) == 1 and all(any(r) for r in reach):
        return [], set()
    where = f"{source}#{_table_label(table, 0)} row {table.first_row + label_rows[0][0]}"
    contacts = [_to_contact(d, where, role) for d in people]
    return contacts, {r for r, _ in label_rows}
