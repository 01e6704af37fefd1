"""总览: the unit x requirement matrix with the digest's words and colours.

Cells are `outbox.render.cell_label` / `cell_tone` of the same statuses the digest reads
(`intake.outgoing.statuses`); column titles are the digest's short titles. Filters: kind
(区县/学校), state (欠交/已报齐/有逾期) and a name search. Under the matrix: the next
deadline and who still owes for it, and the newest mail (refreshed live).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake import corrections, outgoing
from intake.store import MessageRow
from intake.web.app import console_of
from intake.web.render import page
from outbox.digest import short_title
from outbox.render import cell_label, cell_tone, format_deadline, status_detail
from rules.campaign import Campaign
from rules.model import State, UnitStatus

KINDS = {"county": "区县教育局", "school": "学校"}
EXEMPT_WORD = "免报"  # rules' State.EXEMPT; outbox.render.cell_label has no word for it yet
STATE_FILTERS = {"owing": "尚有欠交", "complete": "已报齐", "overdue": "有逾期"}
LEGEND = (
    ("完成", "done"),
    ("逾期补交", "late-done"),
    ("部分（已交/应交）、待补正", "partial"),
    ("未交", "missing"),
    ("逾期", "overdue"),
)


@dataclass(frozen=True, slots=True)
class Column:
    requirement_id: str
    title: str
    due: str
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class Cell:
    requirement_id: str
    title: str
    label: str
    tone: str
    detail: str
    due: str


@dataclass(frozen=True, slots=True)
class Row:
    unit_id: str
    name: str
    kind: str
    cells: tuple[Cell, ...]
    done: int
    total: int

    @property
    def complete(self) -> bool:
        return self.done == self.total

    @property
    def overdue(self) -> bool:
        return any(c.tone == "overdue" for c in self.cells)


@dataclass(frozen=True, slots=True)
class NextDeadline:
    due: str
    titles: tuple[str, ...]
    owing: tuple[tuple[str, str, str], ...]  # unit id, unit name, what


def matrix(
    campaign: Campaign, statuses: Sequence[UnitStatus], now: datetime
) -> tuple[list[Column], list[Row]]:
    """The columns (with done/total per requirement) and one row per unit."""
    tz = campaign.tz
    by_unit = {s.unit_id: s for s in statuses}
    done = {r.id: 0 for r in campaign.requirements}
    total = dict(done)
    rows: list[Row] = []
    for unit in campaign.units:
        status = by_unit.get(unit.id)
        by_req = {r.requirement_id: r for r in status.requirements} if status else {}
        cells: list[Cell] = []
        unit_done = unit_total = 0
        for req in campaign.requirements:
            st = by_req.get(req.id)
            title = short_title(req.title)
            if st is None or st.state is State.NOT_DUE:
                cells.append(Cell(req.id, title, "—", "none", "", ""))
                continue
            if st.state is State.EXEMPT:  # not owed, not delivered: out of the counts
                cells.append(Cell(req.id, title, EXEMPT_WORD, "none", "", ""))
                continue
            detail = "" if st.state is State.COMPLETE else status_detail(st, req.deliverable)
            cells.append(
                Cell(
                    req.id,
                    title,
                    cell_label(st, now),
                    cell_tone(st, now),
                    detail,
                    format_deadline(st.due, tz),
                )
            )
            unit_total += 1
            total[req.id] += 1
            if st.state in (State.COMPLETE, State.LATE):
                unit_done += 1
                done[req.id] += 1
        rows.append(Row(unit.id, unit.name, unit.kind, tuple(cells), unit_done, unit_total))
    columns = [
        Column(r.id, short_title(r.title), format_deadline(r.due, tz), done[r.id], total[r.id])
        for r in campaign.requirements
    ]
    return columns, rows


def next_deadline(
    campaign: Campaign, statuses: Sequence[UnitStatus], now: datetime
) -> NextDeadline | None:
    """The earliest deadline still ahead and who owes something for it."""
    upcoming = sorted({r.due for r in campaign.requirements if r.due > now})
    if not upcoming:
        return None
    due = upcoming[0]
    reqs = {r.id: r for r in campaign.requirements if r.due == due}
    names = {u.id: u.name for u in campaign.units}
    owing: list[tuple[str, str, str]] = []
    for status in statuses:
        parts = []
        for st in status.owed:
            req = reqs.get(st.requirement_id)
            if req is None:
                continue
            detail = status_detail(st, req.deliverable)
            parts.append(short_title(req.title) + (f"（{detail}）" if detail else ""))
        if parts:
            owing.append(
                (status.unit_id, names.get(status.unit_id, status.unit_id), "、".join(parts))
            )
    return NextDeadline(
        format_deadline(due, campaign.tz),
        tuple(short_title(r.title) for r in reqs.values()),
        tuple(owing),
    )


def _wanted(row: Row, kind: str, state: str, q: str, aliases: Sequence[str]) -> bool:
    if kind and row.kind != kind:
        return False
    if state == "owing" and row.complete:
        return False
    if state == "complete" and not row.complete:
        return False
    if state == "overdue" and not row.overdue:
        return False
    if q:
        names = (row.name, row.unit_id, *aliases)
        return any(q.lower() in n.lower() for n in names)
    return True


def recent_mail(request: Request, limit: int = 8) -> list[MessageRow]:
    """The newest messages taken in (or failed), newest first."""
    with console_of(request).ctx.store.session() as s:
        return list(
            s.scalars(
                select(MessageRow)
                .options(selectinload(MessageRow.attachments))
                .where(MessageRow.state.in_(("done", "failed")))
                .order_by(MessageRow.id.desc())
                .limit(limit)
            )
        )


def overview(request: Request) -> Response:
    """GET /: the matrix, filtered, with the figures and the newest mail."""
    console = console_of(request)
    ctx, now = console.ctx, console.clock()
    campaign = ctx.settings.campaign
    statuses = outgoing.statuses(ctx, now)
    columns, rows = matrix(campaign, statuses, now)
    kind = request.query_params.get("kind", "")
    state = request.query_params.get("state", "")
    q = request.query_params.get("q", "").strip()
    aliases = {u.id: u.aliases for u in campaign.units}
    shown = [r for r in rows if _wanted(r, kind, state, q, aliases.get(r.unit_id, ()))]
    return page(
        request,
        "overview.html",
        active="overview",
        columns=columns,
        rows=shown,
        all_rows=len(rows),
        complete_units=sum(1 for r in rows if r.complete),
        kinds=KINDS,
        state_filters=STATE_FILTERS,
        kind=kind if kind in KINDS else "",
        state=state if state in STATE_FILTERS else "",
        q=q,
        legend=LEGEND,
        next_deadline=next_deadline(campaign, statuses, now),
        recent=recent_mail(request),
        names={u.id: u.name for u in campaign.units},
        problem_count=len(corrections.problems(ctx)),
    )


routes = [Route("/", overview, name="overview")]
