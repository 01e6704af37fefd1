"""Key/value tables, two or four columns wide: 姓名 | 张三 | 职务 | 主任."""

from __future__ import annotations

from collections.abc import Sequence

from parsers.contacts.fields import (
    _EMAIL_FIND_RE,
    _MOBILE_FIND_RE,
    _clean,
    _Draft,
    _table_label,
    _to_contact,
)
from parsers.contacts.labels import _label_kind, _label_role
from parsers.contacts.words import _is_name_guess, _looks_like_position
from parsers.model import Contact, Table


def _unlabelled(cell: str) -> tuple[str, str] | None:
    """(kind, value) of an unlabelled cell that plainly is a position, mobile or email."""
    value = _clean(cell)
    if not value or _label_kind(value) is not None:
        return None
    if _MOBILE_FIND_RE.fullmatch(value):
        return "mobile", value
    if _EMAIL_FIND_RE.fullmatch(value):
        return "email", value
    return ("position", value) if _looks_like_position(value) else None


def _cell_pair(cell: str) -> tuple[str, str] | None:
    """(kind, value) of one cell holding both a label and its value ("邮箱：zs@163.com")."""
    label, sep, value = cell.replace("：", ":").partition(":")
    if not sep or not value.strip() or ":" in value:
        return None
    kind = _label_kind(label)
    return (kind, value.strip()) if kind and kind != "mixed" else None


def _kv_pairs(row: Sequence[str]) -> list[tuple[str, str, str]]:
    """(kind, value, role) triples of a key/value row: 姓名 | 张三 | 职务 | 主任.

    A role word as the row's label names the person of the row: "分管领导 | 张三",
    "科长 | 王五" (a weak word, taken only before a name), "联络员 | 姓名 | 李四 | ...".
    """
    pairs: list[tuple[str, str, str]] = []
    i, n = 0, len(row)
    row_role = ""
    first = next((c for c in row if c.strip()), "")
    if _cell_pair(first) is not None:
        return []  # "填表人：张三 | 职务：主任 | …": labelled prose, cell by cell
    while i < n:
        # "手机 | 138… | 邮箱：zs@163.com": after a pair, a cell holding its own label
        if pairs and (own := _cell_pair(row[i])) is not None:
            pairs.append((*own, ""))
            i += 1
            continue
        kind = _label_kind(row[i])
        role = _label_role(row[i])
        j = i + 1
        while j < n and row[j] == row[i]:  # a merged label cell repeats itself
            j += 1
        value = row[j] if j < n else ""
        if kind is None and role and _is_name_guess(_clean(value)):
            kind = "name"  # "科长 | 王五"
        if kind is None:
            i += 1
            continue
        if value.strip() and _label_kind(value) is None:
            pairs.append((kind, value, role if kind == "name" else ""))
            k = j + 1
            while k < n and row[k] == row[j]:  # a merged value cell too
                k += 1
            # "联络员 | 冯雪 | 党政办公室科员 | 13805381234": unlabelled cells after a name
            # are that person's position, mobile and email when they read as such
            while kind == "name" and k < n and (more := _unlabelled(row[k])) is not None:
                pairs.append((*more, ""))
                k += 1
            i = k
        else:
            if role and not pairs:
                row_role = role  # "分管领导 | 姓名 | 张三 | 手机 | ..."
            i = j
    if row_role:
        pairs = [(k, v, r or (row_role if k == "name" else "")) for k, v, r in pairs]
    return pairs


def _kv_contacts(
    table: Table, source: str, role: str = "liaison"
) -> tuple[list[Contact], set[int]]:
    """Contacts of a vertical key/value table; a repeated field, or a name under another
    role, starts the next person."""
    drafts: list[_Draft] = []
    current = _Draft()
    used: set[int] = set()
    for r, row in enumerate(table.rows):
        for kind, value, named_role in _kv_pairs(row):
            used.add(r)
            repeated = current.has(kind) and current.values[kind][0] != value
            other_role = kind == "name" and current.has("name") and named_role != current.role
            if repeated or other_role:
                drafts.append(current)
                unit = current.values.get("unit")
                current = _Draft()
                if unit and kind != "unit":
                    current.add("unit", unit[0], r)  # one unit row serves every liaison
            current.add(kind, value, r, role=named_role)
    drafts.append(current)
    contacts = []
    for d in drafts:
        if sum(len(v) for v in d.values.values()) >= 2 and (d.has("name") or d.has_reach):
            where = f"{source}#{_table_label(table, 0)} row {table.first_row + d.line}"
            contacts.append(_to_contact(d, where, role))
    return contacts, used
