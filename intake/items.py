"""What a judged message contributes toward requirements, derived from its stored rows.

Items are rebuilt from the message and attachment rows whenever a message is recorded or
corrected (assign, reclassify), so they can never drift from what the rows say.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from intake.store.schema import ItemRow, MessageRow
from rules.campaign import Category, Deliverable

_FILE_DELIVERABLES = {
    Category.PLAN.value: Deliverable.PLAN,
    Category.ARTICLE.value: Deliverable.ARTICLE,
    Category.SUMMARY.value: Deliverable.SUMMARY,
    Category.STATISTICS.value: Deliverable.STATISTICS,
}


def rebuild_items(s: Session, row: MessageRow) -> int:
    """Replace the items of `row` (in the caller's transaction); returns how many."""
    s.execute(delete(ItemRow).where(ItemRow.message_pk == row.id))
    if row.state != "done":
        return 0
    files = [(a.category, a.doc_status, a.sha256, a.filename, a.facts) for a in row.attachments]
    values = item_values(row.id, row.unit_id, row.received_at, row.body_facts, files)
    if values:
        s.execute(insert(ItemRow), values)
    return len(values)


def item_values(
    message_pk: int,
    unit_id: str | None,
    received_at: datetime | None,
    body_facts: dict[str, Any] | None,
    files: Iterable[tuple[str, str, str, str, dict[str, Any] | None]],
) -> list[dict[str, Any]]:
    """The item rows of a done message, as column values: one per filed deliverable
    (`files`: category, read status, sha256, file name, facts of each attachment), per
    contact found in the body or a file, per column URL and per article link."""
    if not unit_id or received_at is None:
        return []
    items: list[dict[str, Any]] = []

    def add(deliverable: Deliverable, key: str, label: str, contact: dict | None = None) -> None:
        items.append(
            {
                "message_pk": message_pk,
                "unit_id": unit_id,
                "deliverable": deliverable.value,
                "received_at": received_at,
                "key": key,
                "label": label,
                "contact": contact,
            }
        )

    body = body_facts or {}
    contacts: list[dict] = list(body.get("contacts", []))
    for category, doc_status, sha256, filename, facts in files:
        deliverable = _FILE_DELIVERABLES.get(category)
        if deliverable is not None and doc_status != "container":
            add(deliverable, sha256, filename)
        contacts.extend((facts or {}).get("contacts", []))
    for contact in contacts:
        digest = hashlib.sha256(json.dumps(contact, sort_keys=True).encode()).hexdigest()
        label = (contact.get("name") or {}).get("value") or contact.get("source", "")
        add(Deliverable.CONTACT, f"contact:{digest}", label, contact)
    for url in body.get("column_urls", []):
        add(Deliverable.COLUMN_URL, url, url)
    for url in body.get("article_links", []):
        add(Deliverable.ARTICLE, url, url)
    return items
