"""Facts to JSON and back, for the store's JSON columns."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from parsers.model import Contact, FieldValue, FoundUrl, StatsTable


def contact_to_json(contact: Contact) -> dict[str, Any]:
    return asdict(contact)


def contact_from_json(data: dict[str, Any]) -> Contact:
    fields = {k: FieldValue(**v) for k, v in data.items() if isinstance(v, dict)}
    return Contact(**fields, source=str(data.get("source", "")))


def url_to_json(url: FoundUrl) -> dict[str, Any]:
    return asdict(url)


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
