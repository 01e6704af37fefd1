"""邮件: every message the daemon recorded (ignored, duplicate and failed ones too),
searchable by unit, sender, subject and date; one message with its text, files and history.

The message text is the parsers' plain text of the stored raw mail (an HTML-only mail is
shown as its text, never rendered); everything from the mail is escaped by the templates.
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta, tzinfo
from urllib.parse import urlencode

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake.store import MessageRow
from intake.web import records
from intake.web.app import console_of
from intake.web.render import page
from intake.web.words import MESSAGE_STATES
from parsers.mail import read_mail

log = logging.getLogger(__name__)

PAGE = 50
TEXT_LIMIT = 200_000  # characters of a message's text shown


def _day(value: str, tz: tzinfo) -> datetime | None:
    try:
        return datetime.combine(datetime.strptime(value, "%Y-%m-%d").date(), time(0), tzinfo=tz)
    except ValueError:
        return None


def mail_list(request: Request) -> Response:
    """GET /mail: messages matching the search, newest first, a page at a time."""
    console = console_of(request)
    campaign = console.ctx.settings.campaign
    params = request.query_params
    q = params.get("q", "").strip()[:200]
    unit = params.get("unit", "")
    sender = params.get("sender", "").strip()[:320]
    state = params.get("state", "")
    since, until = (
        _day(params.get("from", ""), campaign.tz),
        _day(params.get("to", ""), campaign.tz),
    )
    try:
        offset = max(0, int(params.get("offset", "0")))
    except ValueError:
        offset = 0
    query = select(MessageRow).options(selectinload(MessageRow.attachments))
    if q:
        query = query.where(
            or_(MessageRow.subject.contains(q), MessageRow.from_addr.contains(q.lower()))
        )
    if unit == "_none":
        query = query.where(MessageRow.unit_id.is_(None))
    elif unit:
        query = query.where(MessageRow.unit_id == unit)
    if sender:
        query = query.where(MessageRow.from_addr.contains(sender.lower()))
    if state in MESSAGE_STATES:
        query = query.where(MessageRow.state == state)
    when = func.coalesce(MessageRow.received_at, MessageRow.claimed_at)
    if since is not None:
        query = query.where(when >= since)
    if until is not None:
        query = query.where(when < until + timedelta(days=1))
    with console.ctx.store.session() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery()))
        rows = list(s.scalars(query.order_by(MessageRow.id.desc()).offset(offset).limit(PAGE)))
    return page(
        request,
        "mail_list.html",
        active="mail",
        rows=rows,
        total=total or 0,
        offset=offset,
        page_size=PAGE,
        q=q,
        unit=unit,
        sender=sender,
        state=state,
        date_from=params.get("from", "")[:10],
        date_to=params.get("to", "")[:10],
        units=campaign.units,
        names={u.id: u.name for u in campaign.units},
        states=MESSAGE_STATES,
        query_base=_without_offset(request),
    )


def _without_offset(request: Request) -> str:
    kept = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]
    return urlencode(kept)


def message_text(request: Request, row: MessageRow) -> str:
    """The plain text of a stored message ("" when its raw mail was not kept)."""
    if not row.raw_path:
        return ""
    try:
        raw = console_of(request).ctx.archive.read(row.raw_path)
    except OSError as exc:
        log.warning("raw mail of #%s cannot be read: %s", row.id, exc)
        return "（原始邮件无法读取）"
    text = read_mail(raw).body_text
    return text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT] + "\n…（以下省略）"


def mail_page(request: Request) -> Response:
    """GET /mail/12: one message with its text, files and history."""
    console = console_of(request)
    campaign = console.ctx.settings.campaign
    try:
        key = int(request.path_params["message_id"])
    except ValueError:
        raise HTTPException(404, "没有这封邮件。") from None
    with console.ctx.store.session() as s:
        row = records.message(s, key)
        if row is None:
            raise HTTPException(404, "没有这封邮件。")
        history = records.history_of(s, [row])
    return page(
        request,
        "mail.html",
        active="mail",
        m=row,
        body=message_text(request, row),
        history=history,
        units=campaign.units,
        names={u.id: u.name for u in campaign.units},
        categories=list(campaign.categories),
    )


routes = [
    Route("/mail", mail_list, name="mail_list"),
    Route("/mail/{message_id}", mail_page, name="mail"),
]
