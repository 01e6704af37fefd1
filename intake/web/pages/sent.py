"""发送记录: every email the outbox queued (回执, 催报, 每日汇总, 请重新报送) with its state:
sent, waiting, failed, or delivery-uncertain (interrupted while being handed to the
server); failed and uncertain ones can be queued again (`corrections.resend`).
"""

from __future__ import annotations

from email import message_from_bytes, policy

from sqlalchemy import func, or_, select
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake.store import OutboxRow
from intake.web.app import console_of
from intake.web.render import page
from intake.web.words import OUTBOX_KINDS, OUTBOX_STATES

PAGE = 100


def sent_list(request: Request) -> Response:
    """GET /sent: the outbox, filtered, newest first."""
    console = console_of(request)
    campaign = console.ctx.settings.campaign
    params = request.query_params
    state, kind = params.get("state", ""), params.get("kind", "")
    q = params.get("q", "").strip()[:200]
    try:
        offset = max(0, int(params.get("offset", "0")))
    except ValueError:
        offset = 0
    query = select(OutboxRow)
    if state in OUTBOX_STATES:
        query = query.where(OutboxRow.state == state)
    if kind:
        query = query.where(OutboxRow.kind == kind)
    if q:
        query = query.where(
            or_(OutboxRow.subject.contains(q), OutboxRow.unit_id == q, OutboxRow.key.contains(q))
        )
    with console.ctx.store.session() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
        counts = dict(
            s.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state)).all()
        )
        rows = list(s.scalars(query.order_by(OutboxRow.id.desc()).offset(offset).limit(PAGE)))
    return page(
        request,
        "sent.html",
        active="sent",
        rows=rows,
        total=total,
        counts=counts,
        state=state,
        kind=kind,
        q=q,
        offset=offset,
        page_size=PAGE,
        states=OUTBOX_STATES,
        kinds=OUTBOX_KINDS,
        names={u.id: u.name for u in campaign.units},
    )


def sent_page(request: Request) -> Response:
    """GET /sent/5: one email as it was queued (headers and text)."""
    console = console_of(request)
    try:
        key = int(request.path_params["email_id"])
    except ValueError:
        raise HTTPException(404, "没有这封邮件。") from None
    with console.ctx.store.session() as s:
        row = s.get(OutboxRow, key)
        if row is None:
            raise HTTPException(404, "没有这封邮件。")
    msg = message_from_bytes(row.eml, policy=policy.default)
    body = msg.get_body(("plain",))
    text = body.get_content() if body is not None else ""
    files = [part.get_filename() or "" for part in msg.iter_attachments()]
    return page(
        request,
        "sent_one.html",
        active="sent",
        o=row,
        headers=[(k, str(msg[k])) for k in ("From", "To", "Reply-To", "Subject", "Date") if msg[k]],
        text=text,
        files=files,
        names={u.id: u.name for u in console.ctx.settings.campaign.units},
    )


routes = [
    Route("/sent", sent_list, name="sent_list"),
    Route("/sent/{email_id}", sent_page, name="sent"),
]
