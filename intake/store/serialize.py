"""Facts to JSON and back, for the store's JSON columns."""

from __future__ import annotations

from typing import Any

from parsers.model import Contact, FieldValue, FoundUrl, StatsTable

CONTACT_FIELDS = ("unit", "name", "position", "email", "mobile", "phone")


def contact_to_json(contact: Contact) -> dict[str, Any]:
    """As dataclasses.asdict gives it (field order kept), without its deep copies: the poll
    converts every contact of every message."""
    data: dict[str, Any] = {}
    for name in CONTACT_FIELDS:
        v: FieldValue = getattr(contact, name)
        data[name] = {"value": v.value, "valid": v.valid, "problem": v.problem}
    data["source"] = contact.source
    data["role"] = contact.role
    return data


def contact_from_json(data: dict[str, Any]) -> Contact:
    fields = {k: FieldValue(**v) for k, v in data.items() if isinstance(v, dict)}
    return Contact(
        **fields, source=str(data.get("source", "")), role=str(data.get("role", "liaison"))
    )


def url_to_json(url: FoundUrl) -> dict[str, Any]:
    return {
        "url": url.url,
        "source": url.source,
        "context": url.context,
        "column_score": url.column_score,
        "label": url.label,
        "structured": url.structured,
        "site": url.site,
    }


def stats_to_json(table: StatsTable | None) -> dict[str, Any] | None:
    if table is None:
        return None
    return {
        "sheet": table.sheet,
        "header_row": table.header_row,
        "columns": table.columns,
        "rows": [{"label": r.label, "values": r.values, "row": r.row} for r in table.rows],
        "missing_fields": list(table.missing_fields),
        "problems": list(table.problems),
    }
