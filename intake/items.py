"""What a judged message contributes toward requirements, derived from its stored rows.

Items are rebuilt from the message and attachment rows whenever a message is recorded or
corrected (assign, reclassify), so they can never drift from what the rows say.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import delete
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
    if row.state != "done" or not row.unit_id or row.received_at is None:
        return 0
    items: list[ItemRow] = []

    def add(deliverable: Deliverable, key: str, label: str, contact: dict | None = None) -> None:
        items.append(
            ItemRow(
                message_pk=row.id,
                unit_id=row.unit_id,
                deliverable=deliverable.value,
                received_at=row.received_at,
                key=key,
                label=label,
                contact=contact,
            )
        )

    contacts: list[dict] = list((row.body_facts or {}).get("contacts", []))
    for att in row.attachments:
        deliverable = _FILE_DELIVERABLES.get(att.category)
        if deliverable is not None and att.doc_status != "container":
            add(deliverable, att.sha256, att.filename)
        contacts.extend((att.facts or {}).get("contacts", []))
    for contact in contacts:
        digest = hashlib.sha256(json.dumps(contact, sort_keys=True).encode()).hexdigest()
        label = (contact.get("name") or {}).get("value") or contact.get("source", "")
        add(Deliverable.CONTACT, f"contact:{digest}", label, contact)
    for url in (row.body_facts or {}).get("column_urls", []):
        add(Deliverable.COLUMN_URL, url, url)
    for url in (row.body_facts or {}).get("article_links", []):
        add(Deliverable.ARTICLE, url, url)
    s.add_all(items)
    return len(items)
