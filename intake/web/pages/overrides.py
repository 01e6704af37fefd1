"""The overrides staff need, posted from the problems queue and a unit's page: accept an
unreadable file, reject it with a reason mailed back (请重新报送), confirm a liaison, record
a submission that came on paper, by WeChat or USB (线下), exempt a unit from a requirement,
extend one unit's deadline.

Each calls one function of `intake.overrides` (the backend; it audits, once) through
`actions.run`, with the logged-in user as `who`. The forms appear only when that module
is installed (`available()`).
"""

from __future__ import annotations

import importlib.util
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake.web.app import console_of
from intake.web.pages.actions import NOTE_LIMIT, run, text
from intake.web.render import done

CHANNELS = ("纸质", "微信", "U盘", "其他")
REASON_LIMIT = 1000
UPLOAD_LIMIT = 60 * 1024 * 1024


def available() -> bool:
    """Whether the backend of the overrides (`intake.overrides`) is there."""
    return importlib.util.find_spec("intake.overrides") is not None


def _backend() -> Any:
    import intake.overrides as backend  # the lead's module (see the module docstring)

    return backend


def _moment(request: Request, value: str) -> datetime | None:
    """A datetime-local field ("2020-11-20T18:00") in the campaign's timezone."""
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    return dt.replace(tzinfo=console_of(request).tz) if dt.tzinfo is None else dt


async def accept(request: Request) -> Response:
    """POST /act/accept: an unreadable file counts after all."""
    form = await request.form()
    ref = text(form, "attachment")

    def action(ctx: Any, **kw: Any) -> Any:
        return _backend().accept_file(ctx, ref, **kw)

    return await run(request, form, action, lambda att: f"文件“{att.filename}”已认可，计入报送")


async def reject(request: Request) -> Response:
    """POST /act/reject: mail 请重新报送 with the reason to the unit's verified addresses."""
    form = await request.form()
    ref, reason = text(form, "attachment"), text(form, "reason", REASON_LIMIT)
    if not reason:
        return done(request, text(form, "back", 1000), "请填写退回原因", ok=False)

    def action(ctx: Any, **kw: Any) -> Any:
        return _backend().reject_file(ctx, ref, reason, **kw)

    return await run(request, form, action, lambda oid: f"已退回，“请重新报送”邮件已排队（o{oid}）")


async def confirm_liaison(request: Request) -> Response:
    """POST /act/confirm-liaison: the contacts of a message become trusted."""
    form = await request.form()
    ref = text(form, "message")

    def action(ctx: Any, **kw: Any) -> Any:
        return _backend().confirm_liaison(ctx, ref, **kw)

    return await run(request, form, action, lambda _none: f"邮件 {ref} 中的联络员已确认")


async def record_offline(request: Request) -> Response:
    """POST /act/offline (multipart): a file that came on paper, by WeChat or USB counts."""
    form = await request.form(max_part_size=UPLOAD_LIMIT)
    back = text(form, "back", 1000)
    unit_id, requirement_id = text(form, "unit"), text(form, "requirement")
    channel = text(form, "channel")
    received_at = _moment(request, text(form, "received_at")) or console_of(request).clock()
    upload = form.get("file")
    if channel not in CHANNELS or upload is None or isinstance(upload, str):
        return done(request, back, "请选择报送方式并上传文件", ok=False)
    data = await upload.read(UPLOAD_LIMIT + 1)
    await form.close()
    if not data or len(data) > UPLOAD_LIMIT:
        return done(request, back, "文件为空或超过 60 MB", ok=False)
    filename = upload.filename or "线下报送"

    def action(ctx: Any, **kw: Any) -> Any:
        return _backend().record_offline(
            ctx,
            unit_id,
            requirement_id,
            filename,
            data,
            channel=channel,
            received_at=received_at,
            **kw,
        )

    return await run(
        request, form, action, lambda mid: f"已登记线下报送（{channel}）：{filename}（#{mid}）"
    )


async def exempt(request: Request) -> Response:
    """POST /act/exempt: a unit need not deliver a requirement (with a note)."""
    form = await request.form()
    unit_id, requirement_id = text(form, "unit"), text(form, "requirement")
    if not text(form, "note", NOTE_LIMIT):
        return done(request, text(form, "back", 1000), "免报须写明原因", ok=False)

    def action(ctx: Any, **kw: Any) -> Any:
        return _backend().exempt(ctx, unit_id, requirement_id, **kw)

    return await run(request, form, action, lambda _none: "已免报")


async def unexempt(request: Request) -> Response:
    """POST /act/unexempt: the requirement applies to the unit again."""
    form = await request.form()
    unit_id, requirement_id = text(form, "unit"), text(form, "requirement")

    def action(ctx: Any, **kw: Any) -> Any:
        return _backend().unexempt(ctx, unit_id, requirement_id, **kw)

    return await run(request, form, action, lambda _none: "已取消免报")


async def extend(request: Request) -> Response:
    """POST /act/extend: one unit's deadline for one requirement moves."""
    form = await request.form()
    back = text(form, "back", 1000)
    unit_id, requirement_id = text(form, "unit"), text(form, "requirement")
    due = _moment(request, text(form, "due"))
    if due is None:
        return done(request, back, "请填写新的截止时间", ok=False)
    if not text(form, "note", NOTE_LIMIT):
        return done(request, back, "延长截止时间须写明原因", ok=False)

    def action(ctx: Any, **kw: Any) -> Any:
        return _backend().extend_deadline(ctx, unit_id, requirement_id, due, **kw)

    return await run(request, form, action, lambda _none: f"截止时间已延长至 {due:%Y-%m-%d %H:%M}")


routes = [
    Route("/act/accept", accept, methods=["POST"]),
    Route("/act/reject", reject, methods=["POST"]),
    Route("/act/confirm-liaison", confirm_liaison, methods=["POST"]),
    Route("/act/offline", record_offline, methods=["POST"]),
    Route("/act/exempt", exempt, methods=["POST"]),
    Route("/act/unexempt", unexempt, methods=["POST"]),
    Route("/act/extend", extend, methods=["POST"]),
]
