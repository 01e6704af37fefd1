"""Contacts in tables: every layout is tried and the one that reads the most wins."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from parsers.contacts.fields import _dedupe, _table_label
from parsers.contacts.header import _header_contacts
from parsers.contacts.keyvalue import _kv_contacts
from parsers.contacts.labels import _LABEL_RE
from parsers.contacts.prose import _text_contacts
from parsers.contacts.vertical import _transposed_contacts
from parsers.model import Contact, Table
from parsers.normalize import nfkc


def _score(contacts: Sequence[Contact]) -> int:
    return sum(
        f.valid for c in contacts for f in (c.unit, c.name, c.position, c.email, c.mobile, c.phone)
    )


def _one_table(table: Table, label: str, source: str, role: str = "liaison") -> list[Contact]:
    named = Table(rows=table.rows, name=label, first_row=table.first_row)
    by_header, used_h = _header_contacts(named, source, role)
    by_pairs, used_kv = _kv_contacts(named, source, role)
    by_columns, used_t = _transposed_contacts(named, source, role)
    # The layout that yields the most valid fields wins; on a tie, header rows first.
    contacts, used = max(
        ((by_header, used_h), (by_pairs, used_kv), (by_columns, used_t)),
        key=lambda pair: _score(pair[0]),
    )
    # Rows no layout used may still hold prose ("联系人：张三，手机：…" in one cell).
    for r, row in enumerate(table.rows):
        if r in used:
            continue
        text = " ".join(dict.fromkeys(c for c in row if c.strip()))
        if not text or not _LABEL_RE.search(nfkc(text)):
            continue  # no label, so no labelled prose: skip the full pass
        where = f"{source}#{label} row {table.first_row + r}"
        # Only labelled prose here: an unlabelled "张三 13805381234" row is a schedule's
        # person in charge far more often than the liaison.
        contacts.extend(_text_contacts(text, where, labelled_only=True, role=role))
    return contacts


def contacts_in_tables(
    tables: Sequence[Table], source: str, footers: Mapping[str, int] | None = None
) -> tuple[Contact, ...]:
    """Contacts in header-row or key/value tables; source "<file>#<table> row <n>".

    `footers` maps a table's name to the sheet row where its footer starts (below a
    statistics table): people found there without a role label are "filler".
    """
    contacts: list[Contact] = []
    for i, table in enumerate(tables):
        label = _table_label(table, i)
        start = (footers or {}).get(label)
        if start is None or start <= table.first_row:
            role = "liaison" if start is None else "filler"
            contacts.extend(_one_table(table, label, source, role))
            continue
        cut = start - table.first_row
        head = Table(rows=table.rows[:cut], name=label, first_row=table.first_row)
        foot = Table(rows=table.rows[cut:], name=label, first_row=start)
        contacts.extend(_one_table(head, label, source))
        contacts.extend(_one_table(foot, label, source, "filler"))
    return _dedupe(contacts)
