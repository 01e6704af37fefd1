"""审计: who corrected what, when, with the note; newest first, filtered by user, action
or target. Written by `intake.corrections` (and the overrides), never by the pages.
"""

from __future__ import annotations

from sqlalchemy import func, select
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake.store import AuditRow
from intake.web.app import console_of
from intake.web.render import page

PAGE = 100


def audit_page(request: Request) -> Response:
    """GET /audit: the audit log, newest first, filtered."""
    console = console_of(request)
    params = request.query_params
    user, action = params.get("user", "")[:100], params.get("action", "")[:40]
    target = params.get("target", "").strip()[:200]
    try:
        offset = max(0, int(params.get("offset", "0")))
    except ValueError:
        offset = 0
    query = select(AuditRow)
    if user:
        query = query.where(AuditRow.user == user)
    if action:
        query = query.where(AuditRow.action == action)
    if target:
        query = query.where(AuditRow.target.contains(target) | AuditRow.detail.contains(target))
    with console.ctx.store.session() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = list(s.scalars(query.order_by(AuditRow.id.desc()).offset(offset).limit(PAGE)))
        users = list(s.scalars(select(AuditRow.user).distinct().order_by(AuditRow.user)))
        actions = list(s.scalars(select(AuditRow.action).distinct().order_by(AuditRow.action)))
    return page(
        request,
        "audit.html",
        active="audit",
        rows=rows,
        total=total,
        offset=offset,
        page_size=PAGE,
        user_filter=user,
        action=action,
        target=target,
        users=users,
        actions=actions,
    )


routes = [Route("/audit", audit_page, name="audit")]
