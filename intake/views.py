"""What staff see on the terminal: poll results and the status table; `status --json`.

Headings for staff are Chinese; the JSON keys are English and stable (README documents them).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from intake.pipeline import Outcome, PollReport
from outbox.render import cell_label, cell_tone
from rules.campaign import Campaign
from rules.model import State, UnitStatus

# the digest's words (outbox.render.cell_label) in the digest's colours (cell_tone)
TONE_STYLE = {
    "done": "green",
    "late-done": "green4",
    "partial": "yellow",
    "missing": "default",
    "overdue": "red",
    "none": "dim",
}


def outcome_lines(outcome: Outcome) -> list[str]:
    """One line for the message, one per attachment (plain text, no markup)."""
    head = f"#{outcome.ref} {outcome.state}: {outcome.subject or '(no subject)'}"
    head += f" <{outcome.from_addr or '?'}>"
    lines = [head]
    if outcome.state == "done":
        if outcome.unit_id:
            why = "; ".join(outcome.evidence) or outcome.unit_rule
            lines.append(f"    unit: {outcome.unit_id} ({outcome.unit_rule}: {why})")
        else:
            cands = f" candidates: {', '.join(outcome.candidates)}" if outcome.candidates else ""
            lines.append(f"    unit: unassigned ({outcome.unit_rule}){cands}")
        for f in outcome.files:
            where = f.path or "(container: members filed separately)"
            dup = " (same file received before)" if f.duplicate else ""
            lines.append(f"    {f.category:<10} {f.status:<11} {f.name} -> {where}{dup}")
    elif outcome.reason:
        lines.append(f"    {outcome.reason}")
    return lines


def poll_total(report: PollReport) -> str:
    parts = [
        f"{report.count('done')} taken in",
        f"{report.count('ignored')} ignored",
        f"{report.count('duplicate')} duplicate",
        f"{report.count('failed')} failed",
    ]
    total = f"{len(report.outcomes)} message(s): " + ", ".join(parts)
    if report.remaining:
        total += f"; {report.remaining} left for the next run"
    return total


def _date(dt: datetime, campaign: Campaign) -> str:
    return dt.astimezone(campaign.tz).strftime("%m-%d %H:%M")


def status_table(campaign: Campaign, statuses: Sequence[UnitStatus], now: datetime) -> Table:
    """Units x requirements in the digest's words (完成, 逾期补交, 部分（3/5）, 待补正, 未交,
    逾期); each unit with its id, as `intake assign` and the other commands want it."""
    table = Table(title=f"{campaign.name} 报送情况（{_date(now, campaign)}）", show_lines=False)
    table.add_column("单位（编号）", no_wrap=True)
    for req in campaign.requirements:
        table.add_column(f"{req.title[:10]}\n截止 {_date(req.due, campaign)}", justify="center")
    for us in statuses:
        unit = campaign.unit(us.unit_id)
        by_req = {r.requirement_id: r for r in us.requirements}
        cells = []
        for req in campaign.requirements:
            rs = by_req.get(req.id)
            if rs is None or rs.state is State.NOT_DUE:
                cells.append("[dim]—[/dim]")
                continue
            text = cell_label(rs, now)
            if rs.min_count > 1 and rs.state is not State.PARTIAL:
                text += f" {rs.count}/{rs.min_count}"
            cells.append(f"[{TONE_STYLE[cell_tone(rs, now)]}]{escape(text)}[/]")
        name = f"{escape(unit.name)} [dim]{us.unit_id}[/dim]" if unit else us.unit_id
        table.add_row(name, *cells)
    return table


def print_status(
    console: Console, campaign: Campaign, statuses: Sequence[UnitStatus], now: datetime
) -> None:
    console.print(status_table(campaign, statuses, now))
    owing = sum(1 for us in statuses if not us.complete)
    console.print(f"{len(statuses)} units, {owing} still owe something.")


def status_json(
    campaign: Campaign, statuses: Sequence[UnitStatus], now: datetime
) -> dict[str, Any]:
    """The stable JSON shape of `intake status --json` (documented in the README)."""
    return {
        "campaign": campaign.name,
        "notice": campaign.notice,
        "now": now.isoformat(),
        "requirements": [
            {
                "id": r.id,
                "title": r.title,
                "deliverable": r.deliverable,
                "due": r.due.isoformat(),
                "opens": r.opens.isoformat() if r.opens else None,
                "min_count": r.min_count,
                "kinds": list(r.kinds),
            }
            for r in campaign.requirements
        ],
        "units": [
            {
                "id": us.unit_id,
                "name": (campaign.unit(us.unit_id).name if campaign.unit(us.unit_id) else ""),
                "kind": (campaign.unit(us.unit_id).kind if campaign.unit(us.unit_id) else ""),
                "complete": us.complete,
                "requirements": {
                    rs.requirement_id: {
                        "state": rs.state.value,
                        "count": rs.count,
                        "min_count": rs.min_count,
                        "due": rs.due.isoformat(),
                        "detail": rs.detail,
                        "items": [
                            {"label": i.label, "received_at": i.received_at.isoformat()}
                            for i in rs.items
                        ],
                    }
                    for rs in us.requirements
                },
            }
            for us in statuses
        ],
    }
