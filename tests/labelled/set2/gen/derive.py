"""Re-derive the status matrix from the message labels alone, with the counting rules of the set
(README): only kind=submission counts; readable files count for the unit they name; a resent
identical file counts once; articles sent before the week count; the latest liaison supersedes."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

DELIVERABLE = {
    "plan": "plan",
    "article": "articles",
    "summary": "summary",
    "statistics": "statistics",
}
MOBILE = re.compile(r"^1[3-9]\d{9}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


def complete_liaison(li: dict[str, Any]) -> bool:
    """All five fields present and valid."""
    return (
        all(li.get(k) for k in ("unit", "name", "position", "email", "mobile"))
        and bool(MOBILE.match(str(li["mobile"])))
        and bool(EMAIL.match(str(li["email"])))
    )


def derive(
    labels: dict[str, Any], units: list[dict[str, Any]], requirements: list[dict[str, Any]]
) -> dict[str, dict[str, str]]:
    """{unit: {requirement id: state}} from labels.json content."""
    by_name = {u["name"]: u["id"] for u in units}
    now = datetime.fromisoformat(labels["evaluate_at"])
    items: dict[tuple[str, str], dict[str, datetime]] = {}
    received: set[tuple[str, str]] = set()
    contacts: dict[str, list[tuple[datetime, dict[str, Any]]]] = {}

    def add(unit: str, req: str, key: str, t: datetime) -> None:
        slot = items.setdefault((unit, req), {})
        if key not in slot or t < slot[key]:
            slot[key] = t

    for m in labels["messages"]:
        if m["kind"] != "submission":
            continue
        t = datetime.fromisoformat(m["received_at"])
        if t > now:
            continue
        unit = m["unit"]
        for f in m["files"]:
            req = DELIVERABLE.get(f["category"])
            if req is None:
                continue
            owner = f["unit"] or unit
            if f["readable"]:
                add(owner, req, "file:" + f["name"], t)
            else:
                received.add((owner, req))
        if m["body_article"]:
            add(unit, "articles", "body:" + m["body_article"]["title"], t)
        for url in m["article_links"]:
            add(unit, "articles", "link:" + url, t)
        if m["column_url"]:
            add(unit, "column_url", m["column_url"], t)
        if m["wechat_only"]:
            received.add((unit, "column_url"))
        if m["liaison"]:
            contacts.setdefault(by_name[m["liaison"]["unit"]], []).append((t, m["liaison"]))

    out: dict[str, dict[str, str]] = {}
    for u in units:
        row: dict[str, str] = {}
        for r in requirements:
            rid = r["id"]
            due = r["due"]
            if rid == "contact":
                recs = sorted(contacts.get(u["id"], []), key=lambda x: x[0])
                if not recs:
                    row[rid] = "missing"
                else:
                    t, li = recs[-1]
                    if complete_liaison(li):
                        row[rid] = "complete" if t <= due else "late"
                    else:
                        row[rid] = "partial"
                continue
            need = int(r.get("min_count", 1))
            slot = items.get((u["id"], rid), {})
            on_time = [k for k, t in slot.items() if t <= due]
            if len(on_time) >= need:
                row[rid] = "complete"
            elif len(slot) >= need:
                row[rid] = "late"
            elif slot or (u["id"], rid) in received:
                row[rid] = "partial"
            else:
                row[rid] = "missing"
        out[u["id"]] = row
    return out
