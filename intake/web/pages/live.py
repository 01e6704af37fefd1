"""The live check: a short stamp of the store that changes whenever something a page shows
could have changed (mail taken in, items rebuilt, a correction, an email queued or sent,
a background job of the console started or ended).

An open page asks `/live?v=STAMP` every `[web] refresh_seconds`; when the answer differs it
fetches itself again and swaps in its `data-live` regions, so new mail shows up without
reloading. Reading the stamp is one small query.
"""

from __future__ import annotations

from sqlalchemy import func, select
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from intake.store import AuditRow, ItemRow, MessageRow, OutboxRow, Store
from intake.web.app import Console, console_of


def stamp(store: Store) -> str:
    """ "12.0.340.7.52.3": newest message, messages being read, newest item, newest audit
    row, newest outbox email, emails not yet sent."""
    query = select(
        select(func.max(MessageRow.id)).scalar_subquery(),
        select(func.count()).where(MessageRow.state == "claimed").scalar_subquery(),
        select(func.max(ItemRow.id)).scalar_subquery(),
        select(func.max(AuditRow.id)).scalar_subquery(),
        select(func.max(OutboxRow.id)).scalar_subquery(),
        select(func.count())
        .where(OutboxRow.state.in_(("queued", "sending", "failed")))
        .scalar_subquery(),
    )
    with store.session() as s:
        values = s.execute(query).one()
    return ".".join(str(v or 0) for v in values)


def page_stamp(console: Console) -> str:
    """The store's stamp and the console's background jobs (a link check that ended)."""
    return f"{stamp(console.ctx.store)}.{console.jobs.generation}"


def live(request: Request) -> Response:
    """GET /live?v=STAMP: the current stamp and whether it differs from `v`."""
    now = page_stamp(console_of(request))
    return JSONResponse({"v": now, "changed": now != request.query_params.get("v")})


routes = [Route("/live", live, name="live")]
