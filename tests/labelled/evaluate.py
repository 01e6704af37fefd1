"""Measure the whole product on a labelled set of mail, the way a new user would meet it.

    python -m tests.labelled.evaluate tests/labelled/set2        # the held-out set
    python -m tests.labelled.evaluate --set1                     # the rules' own corpus
    python -m tests.labelled.evaluate tests/labelled/set2 --json out.json

A set is a folder with `config.toml`, `labels.json` and the messages it names (schema in
tests/labelled/set2/README.md). The messages are delivered to a fresh Maildir at their
`received_at` times and taken in by the real pipeline, one poll per arrival, with the
acknowledgement pass after each (nothing is mailed: the file outbox). At `evaluate_at`
the status matrix is read the way `intake status --json` reads it. Printed, per set:

- matrix cells right (units x requirements, against `matrix`);
- unit accuracy over submissions (the labelled unit, or none where `unit_unassigned_ok`);
- wrong units (a submission filed under another unit);
- non-campaign mail filed (auto-replies, receipts, bounces, spoofs, ... filed under a unit
  or acknowledged);
- category accuracy over labelled files;
- liaison field recall (unit, name, position, email, mobile of each labelled liaison);
- column URL recall (labelled column URLs the message was credited with: for its own unit,
  or for a unit it names beside the URL, a county listing its schools' columns).

A mail that arrives twice with the same bytes (To one mailbox, Cc the other) is filed once;
its second copy is recorded as a duplicate of the first and judged as the first was.

Never tune rules on a held-out set: this prints figures and, with --misses, what missed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
LIAISON_FIELDS = ("unit", "name", "position", "email", "mobile")


@dataclass
class Figures:
    """What one set measured; `misses` says what went wrong (for --misses)."""

    name: str
    messages: int = 0
    cells: int = 0
    cells_right: int = 0
    submissions: int = 0
    unit_right: int = 0
    wrong_units: int = 0
    non_campaign: int = 0
    non_campaign_filed: int = 0
    files: int = 0
    files_right: int = 0
    liaison_fields: int = 0
    liaison_found: int = 0
    column_urls: int = 0
    column_found: int = 0
    misses: list[str] = field(default_factory=list)

    def rows(self) -> list[tuple[str, str]]:
        def pct(right: int, total: int) -> str:
            return f"{100 * right / total:.1f} % ({right}/{total})" if total else "n/a"

        return [
            ("messages", str(self.messages)),
            ("matrix cells right", pct(self.cells_right, self.cells)),
            ("unit accuracy (submissions)", pct(self.unit_right, self.submissions)),
            ("wrong units", str(self.wrong_units)),
            (
                "non-campaign mail filed",
                f"{self.non_campaign_filed} of {self.non_campaign}" if self.non_campaign else "n/a",
            ),
            ("category accuracy", pct(self.files_right, self.files)),
            ("liaison field recall", pct(self.liaison_found, self.liaison_fields)),
            ("column URL recall", pct(self.column_found, self.column_urls)),
        ]


# --- running the product ---------------------------------------------------------------


def _deliver(maildir: Path, data: bytes, when: datetime, number: int) -> str:
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    key = f"{int(when.timestamp())}.labelled{number:04d}.eval"
    target = maildir / "new" / key
    target.write_bytes(data)
    os.utime(target, (when.timestamp(), when.timestamp()))
    return key


def run_set(folder: Path, labels: dict[str, Any], work: Path) -> dict[str, Any]:
    """Take the set in through the real pipeline; return what the product recorded."""
    from sqlalchemy import select

    from intake import jobs, outgoing
    from intake.config import load_config
    from intake.context import Context
    from intake.store import AttachmentRow, MessageRow

    shutil.copyfile(folder / labels.get("config", "config.toml"), work / "config.toml")
    settings = load_config(work / "config.toml")
    ctx = Context.open(settings)
    tz = settings.campaign.tz
    maildir = settings.path("data/mail")
    keys: dict[str, int] = {}
    order = sorted(
        range(len(labels["messages"])),
        key=lambda i: (labels["messages"][i]["received_at"], i),
    )
    for i in order:
        m = labels["messages"][i]
        when = datetime.fromisoformat(m["received_at"])
        data = m["raw"] if "raw" in m else (folder / m["file"]).read_bytes()
        keys[_deliver(maildir, data, when, i)] = i
        now = when + timedelta(minutes=1)
        jobs.poll_once(ctx, now=now)
        outgoing.acknowledge(ctx, now)
    at = datetime.fromisoformat(labels["evaluate_at"]).astimezone(tz)
    statuses = {us.unit_id: us for us in jobs.statuses(ctx, at)}
    recorded: dict[int, dict[str, Any]] = {}
    by_row: dict[int, dict[str, Any]] = {}
    copies: list[tuple[int, int]] = []  # (label index, original row) of whole-mail copies
    with ctx.store.session() as s:
        for row in s.scalars(select(MessageRow)):
            if row.uid not in keys:
                continue
            if row.state == "duplicate" and row.duplicate_of is not None:
                copies.append((keys[row.uid], row.duplicate_of))
            files = [
                {
                    "name": PurePosixPath(a.filename.replace("\\", "/")).name,
                    "category": a.category,
                    "unit": getattr(a, "unit_id", None) or row.unit_id,
                    "contacts": (a.facts or {}).get("contacts", []),
                }
                for a in s.scalars(select(AttachmentRow).where(AttachmentRow.message_pk == row.id))
            ]
            body = row.body_facts or {}
            recorded[keys[row.uid]] = by_row[row.id] = {
                "state": row.state,
                "unit": row.unit_id,
                "ack": row.ack_state,
                "files": files,
                "contacts": body.get("contacts", []) + [c for f in files for c in f["contacts"]],
                "column_urls": body.get("column_urls", [])
                + [url for url, _ in body.get("unit_columns", [])],
            }
    # The same mail twice (To one mailbox and Cc the other): the product files it once and
    # records the second as a copy of the first; the copy is judged as its original was.
    for index, original in copies:
        if original in by_row:
            recorded[index] = by_row[original]
    return {"messages": recorded, "statuses": statuses, "campaign": settings.campaign}


# --- comparing ---------------------------------------------------------------------------


def _norm_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url if "://" in url else "http://" + url)
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.netloc.lower()}{path}{query}"


def _norm(field_name: str, value: str) -> str:
    value = (value or "").strip()
    if field_name == "mobile":
        return "".join(ch for ch in value if ch.isdigit())[-11:]
    if field_name == "email":
        return value.lower()
    return "".join(value.split())


def _unit_names(campaign: Any, name: str) -> set[str]:
    """Every way the labelled unit name may be written (its name and aliases)."""
    for unit in campaign.units:
        if name in (unit.name, *unit.aliases):
            return {_norm("unit", n) for n in (unit.name, *unit.aliases)}
    return {_norm("unit", name)}


def _liaison_match(label: dict[str, str], contacts: list[dict], campaign: Any) -> int:
    """Fields of the labelled liaison found in the best matching recorded contact."""
    best = 0
    for c in contacts:
        if c.get("role", "liaison") != "liaison":
            continue
        found = 0
        for key in ("name", "position", "email", "mobile"):
            got = ((c.get(key) or {}).get("value")) or ""
            if label.get(key) and _norm(key, got) == _norm(key, label[key]):
                found += 1
        if label.get("unit"):
            got = ((c.get("unit") or {}).get("value")) or ""
            if _norm("unit", got) in _unit_names(campaign, label["unit"]):
                found += 1
        best = max(best, found)
    return best


def compare(name: str, labels: dict[str, Any], product: dict[str, Any]) -> Figures:
    """Every figure of the module docstring, from the labels and what was recorded."""
    fig = Figures(name=name, messages=len(labels["messages"]))
    campaign = product["campaign"]
    for i, m in enumerate(labels["messages"]):
        got = product["messages"].get(i, {"state": "missing", "unit": None, "files": []})
        tag = m.get("file", f"#{i}")
        filed = got["state"] == "done" and got["unit"] is not None
        if m.get("kind", "submission") != "submission":
            fig.non_campaign += 1
            if filed or got.get("ack") == "queued":
                fig.non_campaign_filed += 1
                fig.misses.append(f"{tag}: {m.get('kind')} filed under {got['unit']}")
        else:
            fig.submissions += 1
            unit = got["unit"] if got["state"] == "done" else None
            if unit == m["unit"] or (unit is None and m.get("unit_unassigned_ok")):
                fig.unit_right += 1
            else:
                fig.misses.append(f"{tag}: unit {unit}, labelled {m['unit']}")
                if unit is not None:
                    fig.wrong_units += 1
        names = {f["name"]: f for f in got["files"]}
        for f in m.get("files", []):
            fig.files += 1
            mine = names.get(f["name"])
            if mine is not None and mine["category"] == f["category"]:
                fig.files_right += 1
            else:
                seen = mine["category"] if mine else "missing"
                fig.misses.append(f"{tag}: {f['name']} {seen}, labelled {f['category']}")
        if m.get("liaison"):
            wanted = sum(
                1 for k in ("unit", "name", "position", "email", "mobile") if m["liaison"].get(k)
            )
            fig.liaison_fields += wanted
            found = _liaison_match(m["liaison"], got.get("contacts", []), campaign)
            fig.liaison_found += found
            if found < wanted:
                fig.misses.append(f"{tag}: liaison {found}/{wanted} fields")
        if m.get("column_url"):
            fig.column_urls += 1
            credited = {_norm_url(u) for u in got.get("column_urls", [])}
            if _norm_url(m["column_url"]) in credited:
                fig.column_found += 1
            else:
                fig.misses.append(f"{tag}: column URL {m['column_url']} not credited ({credited})")
    for unit_id, row in (labels.get("matrix") or {}).items():
        status = product["statuses"].get(unit_id)
        states = {r.requirement_id: str(r.state) for r in status.requirements} if status else {}
        for req, wanted in row.items():
            fig.cells += 1
            if states.get(req) == wanted:
                fig.cells_right += 1
            else:
                fig.misses.append(f"matrix {unit_id}/{req}: {states.get(req)}, labelled {wanted}")
    return fig


def evaluate(folder: Path, labels: dict[str, Any] | None = None, name: str = "") -> Figures:
    """Run one set end to end in a temporary data folder and compare."""
    labels = labels or json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="intake-eval-") as tmp:
        product = run_set(folder, labels, Path(tmp))
    return compare(name or folder.name, labels, product)


def set1_labels() -> tuple[Path, dict[str, Any]]:
    """The rules' own labelled corpus (tests/rules/corpus.py) in the set layout: units and
    categories are labelled there, nothing else."""
    from intake.config import load_config
    from tests.rules.corpus import build_corpus

    campaign = load_config(ROOT / "config.toml").campaign
    messages = []
    start = datetime(2020, 11, 2, 9, 0, tzinfo=campaign.tz)
    for n, sample in enumerate(build_corpus(campaign)):
        messages.append(
            {
                "raw": sample.raw,
                "file": sample.name,
                "received_at": (start + timedelta(minutes=7 * n)).isoformat(),
                "kind": "submission",
                "unit": sample.unit,
                "unit_unassigned_ok": sample.unit is None,
                "files": [{"name": k, "category": v} for k, v in sample.categories.items()],
            }
        )
    labels = {"config": "config.toml", "evaluate_at": "2020-11-17T12:00:00+08:00"}
    return ROOT, {**labels, "messages": messages}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="measure the product on a labelled set")
    parser.add_argument("folder", nargs="?", type=Path, help="a set folder (labels.json)")
    parser.add_argument("--set1", action="store_true", help="the rules' own corpus")
    parser.add_argument("--misses", action="store_true", help="also list every miss")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args(argv)
    import logging

    logging.disable(logging.WARNING)
    if args.set1:
        folder, labels = set1_labels()
        fig = evaluate(folder, labels, name="set1 (rules' corpus)")
    elif args.folder:
        fig = evaluate(args.folder)
    else:
        parser.error("name a set folder or give --set1")
    for label, value in fig.rows():
        print(f"{label:<30} {value}")
    if args.misses:
        for line in fig.misses:
            print("MISS", line)
    if args.json:
        data = asdict(fig)
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
