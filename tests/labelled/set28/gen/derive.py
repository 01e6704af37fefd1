"""The matrix derived from the message labels alone, by the rules the README states (set5's, plus: a
file holding several articles counts each; a WeChat account alone makes the column partial;
set9: `body_count` articles in one body count each)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

DUE = {
    "plan": "2020-11-05T18:00:00+08:00",
    "column_url": "2020-11-05T18:00:00+08:00",
    "contact": "2020-11-05T18:00:00+08:00",
    "articles": "2020-11-14T23:59:00+08:00",
    "summary": "2020-11-16T18:00:00+08:00",
    "statistics": "2020-11-16T18:00:00+08:00",
}
FIELDS = ("name", "position", "email", "mobile")


def _state(first: datetime | None, due: str, partial: bool) -> str:
    if first is not None:
        return "complete" if first <= datetime.fromisoformat(due) else "late"
    return "partial" if partial else "missing"


def derive(labels: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """units x requirements from the labels."""
    seen: dict[str, dict[str, Any]] = {}

    def row(u: str) -> dict[str, Any]:
        return seen.setdefault(
            u,
            {
                "files": {},
                "bad": set(),
                "url": None,
                "people": {},
                "contact": None,
                "contact_partial": False,
                "arts": {},
            },
        )

    for m in sorted(labels, key=lambda m: m["received_at"]):
        if m["kind"] != "submission" or not m["unit"]:
            continue
        when = datetime.fromisoformat(m["received_at"])
        r = row(m["unit"])
        for f in m["files"]:
            fr = row(f["unit"])
            if not f["readable"]:
                fr["bad"].add(f["category"])
                continue
            if f["category"] == "article":  # the same headline counts once, whatever the format
                stem = f["name"].rsplit(".", 1)[0]
                for k in range(f.get("count") or 1):
                    fr["arts"].setdefault(("f", stem, k), when)
            else:
                fr["files"].setdefault(f["category"], when)
        if m["body_article"]:  # set9: body_count articles pasted one after the other
            for k in range(m.get("body_count") or 1):
                r["arts"].setdefault(("b", m["file"], k), when)
        for link in m["article_links"]:
            r["arts"].setdefault(("l", link), when)
        if m["column_url"] and r["url"] is None:
            r["url"] = when
        if m.get("wechat_only"):
            r["wechat"] = True
        if m["liaison"]:
            have = r["people"].setdefault(m["liaison"]["name"], set())
            have |= {k for k in FIELDS if m["liaison"].get(k)}
            if have == set(FIELDS):
                r["contact"] = r["contact"] or when
            else:
                r["contact_partial"] = True
    out: dict[str, dict[str, str]] = {}
    for u, r in seen.items():
        times = sorted(r["arts"].values())
        art = times[4] if len(times) >= 5 else None
        out[u] = {
            "plan": _state(r["files"].get("plan"), DUE["plan"], "plan" in r["bad"]),
            "column_url": _state(r["url"], DUE["column_url"], bool(r.get("wechat"))),
            "contact": _state(r["contact"], DUE["contact"], r["contact_partial"]),
            "articles": _state(art, DUE["articles"], bool(times)),
            "summary": _state(r["files"].get("summary"), DUE["summary"], "summary" in r["bad"]),
            "statistics": _state(
                r["files"].get("statistics"), DUE["statistics"], "statistics" in r["bad"]
            ),
        }
    return out
