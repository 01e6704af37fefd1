"""单位: everything of one unit.

Each requirement's state (the matrix's words), due time and what counts for it; every
message filed under the unit with each file's category, the evidence for the unit and for
the category, download and preview links and the corrections; the liaison contacts, the
column URLs, the addresses mail goes to, the emails sent to the unit, and the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake import outgoing
from intake.store import OutboxRow, SenderRow
from intake.trust import Trust
from intake.web import records
from intake.web.app import console_of
from intake.web.pages.overview import EXEMPT_WORD
from intake.web.render import page
from outbox.digest import short_title
from outbox.render import cell_label, cell_tone, contact_problems, contact_summary, status_detail
from rules.campaign import Campaign
from rules.model import Item, RequirementStatus, State


@dataclass(frozen=True, slots=True)
class RequirementView:
    id: str
    title: str
    short: str
    label: str
    tone: str
    due: datetime
    count: int
    min_count: int
    detail: str
    items: tuple[Item, ...]
    applies: bool


def _requirements(request: Request, unit_id: str) -> list[RequirementView]:
    console = console_of(request)
    ctx, now = console.ctx, console.clock()
    campaign = ctx.settings.campaign
    status = next((s for s in outgoing.statuses(ctx, now) if s.unit_id == unit_id), None)
    by_req: dict[str, RequirementStatus] = (
        {r.requirement_id: r for r in status.requirements} if status else {}
    )
    views = []
    for req in campaign.requirements:
        st = by_req.get(req.id)
        applies = st is not None and st.state is not State.NOT_DUE
        views.append(
            RequirementView(
                id=req.id,
                title=req.title,
                short=short_title(req.title),
                label=(EXEMPT_WORD if st.state is State.EXEMPT else cell_label(st, now))
                if applies
                else "不适用",
                tone=cell_tone(st, now) if applies else "none",
                due=st.due if st else req.due,
                count=st.count if st else 0,
                min_count=req.min_count,
                detail=status_detail(st, req.deliverable) if applies else "",
                items=st.items if st else (),
                applies=applies,
            )
        )
    return views


def unit_page(request: Request) -> Response:
    """GET /unit/ID: everything of one unit."""
    console = console_of(request)
    ctx = console.ctx
    campaign = ctx.settings.campaign
    unit = campaign.unit(request.path_params["unit_id"])
    if unit is None:
        raise HTTPException(404, "配置中没有这个单位。")
    requirements = _requirements(request, unit.id)
    trust = Trust.load(ctx)
    contacts = [li for li in outgoing.liaisons(ctx.store) if li.unit_id == unit.id]
    with ctx.store.session() as s:
        messages = records.messages_of_unit(s, unit.id)
        history = records.history_of(s, messages)
        learned = list(
            s.scalars(
                select(SenderRow).where(SenderRow.unit_id == unit.id).order_by(SenderRow.address)
            )
        )
        emails = list(
            s.scalars(
                select(OutboxRow).where(OutboxRow.unit_id == unit.id).order_by(OutboxRow.id.desc())
            )
        )
        unit_audit = records.audit_about(s, unit.id)
    column_urls = _column_items(campaign, requirements)
    return page(
        request,
        "unit.html",
        active="overview",
        unit=unit,
        requirements=requirements,
        messages=messages,
        history=history,
        contacts=[
            (
                li,
                contact_summary(li.contact),
                contact_problems(li.contact, campaign),
                trust.verified(li.contact.email.value, unit.id) if li.contact.email.value else None,
            )
            for li in contacts
        ],
        unconfirmed=[c for c in trust.unconfirmed if c.unit_id == unit.id],
        column_urls=column_urls,
        addresses=[(a, trust.why(a, unit.id)) for a in trust.recipients(unit.id)],
        learned=learned,
        emails=emails,
        unit_audit=unit_audit,
        units=campaign.units,
        categories=list(campaign.categories),
    )


def _column_items(campaign: Campaign, requirements: list[RequirementView]) -> list[Item]:
    column_reqs = {r.id for r in campaign.requirements if r.deliverable == campaign.url_id}
    return [i for r in requirements if r.id in column_reqs for i in r.items]


routes = [Route("/unit/{unit_id}", unit_page, name="unit")]
