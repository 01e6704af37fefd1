"""What a judged message contributes toward requirements, derived from its stored rows.

Items are rebuilt from the message and attachment rows whenever a message is recorded or
corrected (assign, reclassify, accept, reject), so they can never drift from what the rows
say. A file counts for its own unit when it has one (a county forwarding a school's file),
else for the message's; it counts only when readable or accepted by staff.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from intake.store.schema import ItemRow, MessageRow
from rules.articles import article_key
from rules.campaign import Campaign

# read well enough to count; a scanned PDF (image-only) or a photo is a document staff can
# read (a stamped plan, a summary) -- but not a statistics table, whose figures the city's
# workbook adds up: that needs its 电子版 (see `item_values`)
READABLE = frozenset({"ok", "image", "image-only"})
PICTURES = frozenset({"image", "image-only"})


@dataclass(frozen=True, slots=True)
class ItemKinds:
    """Which deliverable each kind of item counts for, in a campaign: a file of a file
    deliverable's category counts for it; contact data for the contact deliverable; a
    column URL (or the WeChat account given instead) for the URL deliverable; an article
    pasted into the body or sent as a link for the news deliverable. None: not asked for
    (nothing is recorded for it, except contact data, kept as "contact" for what the
    store learns of liaisons)."""

    files: frozenset[str] = frozenset({"plan", "article", "summary", "statistics"})
    contact: str = "contact"
    url: str | None = "column_url"
    news: str | None = "article"
    statistics: str | None = "statistics"  # what a statistics table inside another file is

    @classmethod
    def of(cls, campaign: Campaign) -> ItemKinds:
        template = campaign.statistics
        return cls(
            files=frozenset(campaign.file_deliverables),
            contact=campaign.contact_id or "contact",
            url=campaign.url_id,
            news=campaign.news_id,
            statistics=campaign.template_deliverable(template.id) if template else None,
        )


DEFAULT_KINDS = ItemKinds()  # the 2020 activity week's


@dataclass(frozen=True, slots=True)
class FileRow:
    """What items need of one attachment row."""

    category: str
    doc_status: str
    sha256: str
    filename: str
    facts: dict[str, Any] | None
    unit_id: str | None = None  # its own unit, when not the message's
    review: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def readable(self) -> bool:
        if self.review == "rejected":
            return False
        return self.doc_status in READABLE or self.review == "accepted"


def file_row(a: Any) -> FileRow:
    """A FileRow of an AttachmentRow (or of its column values as a mapping)."""
    get = a.get if isinstance(a, dict) else lambda k, d=None: getattr(a, k, d)
    return FileRow(
        category=get("category"),
        doc_status=get("doc_status"),
        sha256=get("sha256"),
        filename=get("filename"),
        facts=get("facts"),
        unit_id=get("own_unit_id"),
        review=get("review", "") or "",
    )


def rebuild_items(s: Session, row: MessageRow, kinds: ItemKinds = DEFAULT_KINDS) -> int:
    """Replace the items of `row` (in the caller's transaction); returns how many."""
    s.execute(delete(ItemRow).where(ItemRow.message_pk == row.id))
    if row.state != "done":
        return 0
    files = [file_row(a) for a in row.attachments]
    values = item_values(row.id, row.unit_id, row.received_at, row.body_facts, files, kinds)
    if values:
        s.execute(insert(ItemRow), values)
    return len(values)


def article_item_key(sha256: str, facts: dict[str, Any] | None) -> str:
    """The item key of an article file: its specific headline (one article however often
    sent, `rules.articles.article_key`), else its content hash."""
    return article_key((facts or {}).get("headline", "")) or sha256


def _holds_figures(facts: dict[str, Any] | None) -> bool:
    """Whether a file's facts hold a filled statistics table (a row with a number)."""
    table = (facts or {}).get("statistics") or {}
    return any(
        isinstance(v, int | float) and not isinstance(v, bool)
        for row in table.get("rows", [])
        for v in row.get("values", {}).values()
    )


def item_values(
    message_pk: int,
    unit_id: str | None,
    received_at: datetime | None,
    body_facts: dict[str, Any] | None,
    files: Iterable[FileRow],
    kinds: ItemKinds = DEFAULT_KINDS,
) -> list[dict[str, Any]]:
    """The item rows of a done message, as column values: one per filed deliverable, per
    contact found in the body or a file, per column URL, per article link and per article
    pasted into the body."""
    if received_at is None:
        return []
    body = body_facts or {}
    change = bool(body.get("liaison_change"))
    items: list[dict[str, Any]] = []

    def add(
        unit: str | None,
        deliverable: str | None,
        key: str,
        label: str,
        *,
        contact: dict | None = None,
        readable: bool = True,
        source: str = "file",
        supersedes: bool = False,
    ) -> None:
        if not unit or deliverable is None:
            return
        items.append(
            {
                "message_pk": message_pk,
                "unit_id": unit,
                "deliverable": deliverable,
                "received_at": received_at,
                "key": key,
                "label": label,
                "contact": contact,
                "readable": readable,
                "source": source,
                "supersedes": supersedes or (change and contact is not None),
            }
        )

    def add_contact(unit: str | None, contact: dict, readable: bool = True) -> None:
        unit = contact.get("for_unit") or unit  # a county's table of its schools' liaisons
        digest = hashlib.sha256(json.dumps(contact, sort_keys=True).encode()).hexdigest()
        label = (contact.get("name") or {}).get("value") or contact.get("source", "")
        source = "body" if contact.get("source") == "body" else "file"
        add(
            unit,
            kinds.contact,
            f"contact:{digest}",
            label,
            contact=contact,
            readable=readable,
            source=source,
        )

    for contact in body.get("contacts", []):
        add_contact(unit_id, contact)
    for f in files:
        unit = f.unit_id or unit_id
        compiled = (f.facts or {}).get("articles") or []
        credited = (f.facts or {}).get("article_units") or []
        if f.category == kinds.news and len(compiled) >= 2 and f.readable:
            for n, title in enumerate(compiled, 1):  # a compilation: each article counts
                school = credited[n - 1] if n <= len(credited) else None
                key = article_key(title) or f"{f.sha256}#{n}"
                add(school or unit, f.category, key, title)  # a school's piece is the school's
        elif f.category == kinds.news and f.doc_status != "container" and f.readable:
            add(unit, f.category, article_item_key(f.sha256, f.facts), f.filename)
        elif f.category in kinds.files and f.doc_status != "container":
            # a photo or scan of the statistics table is no 电子版 of it: received, 待补正,
            # until a readable copy comes or staff accept it
            pictured = f.category == kinds.statistics and f.doc_status in PICTURES
            pictured = pictured and f.review != "accepted"
            add(unit, f.category, f.sha256, f.filename, readable=f.readable and not pictured)
            if f.category != kinds.statistics and f.readable and _holds_figures(f.facts):
                # a summary with the statistics table as its 附件, in the same document
                add(unit, kinds.statistics, f"{f.sha256}#statistics", f.filename)
        for contact in (f.facts or {}).get("contacts", []):
            add_contact(unit, contact, f.readable)
    for url in body.get("column_urls", []):  # a correction (更正) replaces earlier columns
        add(unit_id, kinds.url, url, url, source="body", supersedes=bool(body.get("column_change")))
    for url, named in body.get("unit_columns", []):  # a county's list of its schools' columns
        add(named, kinds.url, url, url, source="body")
    for url in body.get("article_links", []):
        add(unit_id, kinds.news, url, url, source="link")
    for document in body.get("body_documents", []):  # a summary written into the body
        add(unit_id, document["category"], document["key"], document["title"], source="body")
    for article in body.get("body_articles", []):
        add(unit_id, kinds.news, article["key"], article["title"], source="body")
    if not body.get("column_urls"):  # a WeChat account where the column was asked for
        for account in body.get("wechat", []):
            # "视频号：…" names its platform; a bare name is a WeChat official account
            label = account if "：" in account else f"微信公众号：{account}"
            add(
                unit_id,
                kinds.url,
                f"wechat:{account}",
                label,
                readable=False,
                source="wechat",
            )
    if body.get("offline"):  # recorded by staff from paper, WeChat or a USB stick (线下)
        for item in items:
            item["source"] = "offline"
    return items
