"""Key/value tables, two or four columns wide: 姓名 | 张三 | 职务 | 主任."""

from __future__ import annotations

from collections.abc import Sequence

from parsers.contacts.fields import _Draft, _to_contact
from parsers.contacts.header import _table_label
from parsers.contacts.labels import _label_kind
from parsers.model import Contact, Table


def _kv_pairs(row: Sequence[str]) -> list[tuple[str, str]]:
    """(kind, value) pairs of a key/value row: 姓名 | 张三 | 职务 | 主任."""
    pairs: list[tuple[str, str]] = []
    i, n = 0, len(row)
    while i < n:
        kind = _label_kind(row[i])
        if kind is None:
            i += 1
            continue
        j = i + 1
        while j < n and row[j] == row[i]:  # a merged label cell repeats itself
            j += 1
        if j < n and row[j].strip() and _label_kind(row[j]) is None:
            pairs.append((kind, row[j]))
            k = j + 1
            while k < n and row[k] == row[j]:  # a merged value cell too
                k += 1
            i = k
        else:
            i = j
    return pairs


def _kv_contacts(table: Table, source: str) -> tuple[list[Contact], set[int]]:
    """Contacts of a vertical key/value table; a repeated field starts the next person."""
    drafts: list[_Draft] = []
    current = _Draft()
    used: set[int] = set()
    for r, row in enumerate(table.rows):
        for kind, value in _kv_pairs(row):
            used.add(r)
            if current.has(kind) and current.values[kind][0] != value:
                drafts.append(current)
                unit = current.values.get("unit")
                current = _Draft()
                if unit and kind != "unit":
                    current.add("unit", unit[0], r)  # one unit row serves every liaison
            current.add(kind, value, r)
    drafts.append(current)
    contacts = []
    for d in drafts:
        if sum(len(v) for v in d.values.values()) >= 2 and (d.has("name") or d.has_reach):
            where = f"{source}#{_table_label(table, 0)} row {table.first_row + d.line}"
            contacts.append(_to_contact(d, where))
    return contacts, used
