"""The corrections the console's forms post to: the same functions the command line calls.

Each action reads its form (the guard has already checked the CSRF token), calls one
function of `intake.corrections` with the logged-in user as `who` and the form's note (that
function writes the audit row, once), and redirects back with a message. A refused
correction (a message that is not there, a unit that does not exist) changes nothing
and says why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake import corrections
from intake.errors import IntakeError
from intake.web.app import console_of
from intake.web.render import done
from outbox.render import category_label

log = logging.getLogger(__name__)

NOTE_LIMIT = 500


def text(form: FormData, name: str, limit: int = 200) -> str:
    """A form field as stripped text, at most `limit` characters ("" when absent)."""
    value = form.get(name)
    return value.strip()[:limit] if isinstance(value, str) else ""


async def run(
    request: Request, form: FormData, action: Callable[..., Any], ok: Callable[[Any], str]
) -> Response:
    """Call `action(ctx, now=..., who=..., note=...)` in a worker thread; redirect back to
    the form's `back` with `ok(result)` or the reason it was refused."""
    console = console_of(request)
    who = request.scope["state"]["user"]
    note = text(form, "note", NOTE_LIMIT)
    back = text(form, "back", 1000)
    try:
        result = await run_in_threadpool(
            action, console.ctx, now=console.clock(), who=who, note=note
        )
    except IntakeError as exc:
        log.info("console: %s by %s refused: %s", request.url.path, who, exc)
        return done(request, back, f"操作未完成：{exc}", ok=False)
    log.info("console: %s by %s done", request.url.path, who)
    return done(request, back, ok(result))


def _name(request: Request, unit_id: str) -> str:
    unit = console_of(request).ctx.settings.campaign.unit(unit_id)
    return unit.name if unit else unit_id


async def assign(request: Request) -> Response:
    """POST /act/assign: file a message under a unit (`corrections.assign`)."""
    form = await request.form()
    ref, unit_id = text(form, "message"), text(form, "unit")
    remember = text(form, "remember") == "1"

    def action(ctx: Any, **kw: Any) -> Any:
        return corrections.assign(ctx, ref, unit_id, remember_sender=remember, **kw)

    extra = "，并记住发件地址" if remember else ""
    return await run(
        request, form, action, lambda row: f"邮件 #{row.id} 已归入{_name(request, unit_id)}{extra}"
    )


async def ignore(request: Request) -> Response:
    """POST /act/ignore: take a message out of the campaign (`corrections.ignore`)."""
    form = await request.form()
    ref = text(form, "message")

    def action(ctx: Any, **kw: Any) -> Any:
        return corrections.ignore(ctx, ref, **kw)

    return await run(request, form, action, lambda row: f"邮件 #{row.id} 已忽略")


async def reclassify(request: Request) -> Response:
    """POST /act/reclassify: change a file's category (`corrections.reclassify`)."""
    form = await request.form()
    ref, category = text(form, "attachment"), text(form, "category")

    def action(ctx: Any, **kw: Any) -> Any:
        return corrections.reclassify(ctx, ref, category, **kw)

    return await run(
        request,
        form,
        action,
        lambda att: f"文件“{att.filename}”的类别已改为{category_label(att.category)}",
    )


async def resend(request: Request) -> Response:
    """POST /act/resend: queue a failed or uncertain email again (`corrections.resend`)."""
    form = await request.form()
    ref = text(form, "email")

    def action(ctx: Any, **kw: Any) -> Any:
        return corrections.resend(ctx, [ref], uncertain=False, **kw)

    return await run(
        request,
        form,
        action,
        lambda rows: f"{len(rows)} 封邮件已重新排队（由 intake run 的发送任务在一分钟内发出）",
    )


routes = [
    Route("/act/assign", assign, methods=["POST"]),
    Route("/act/ignore", ignore, methods=["POST"]),
    Route("/act/reclassify", reclassify, methods=["POST"]),
    Route("/act/resend", resend, methods=["POST"]),
]
