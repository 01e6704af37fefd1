"""通报: the progress bulletin for a date, as `intake bulletin --date D [--number 文号]`.

The page shows the plain text for a WeChat work group in a <textarea> (to copy, never
rendered) and offers the 公文-layout .docx and, when LibreOffice is installed, the .pdf;
both are written by `publish.write_bulletin` (what the command calls) into a folder of
their own and sent as downloads. A date means "as of the end of that day" (today: as of
now), as the command reads `--date`.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake import publish
from intake.context import Context
from intake.publish.common import templates_dir
from intake.web.app import Console, console_of
from intake.web.exports import DOCX, PDF, discard, send_file, workspace
from intake.web.render import page
from outbox.bulletin import render_bulletin_text
from parsers.documents.legacy import soffice_path

log = logging.getLogger(__name__)

NUMBER_LIMIT = 100


def as_of(console: Console, day: str) -> datetime:
    """The console's now, or the end (23:59) of `day` (YYYY-MM-DD) in the campaign's
    timezone; ValueError for anything else."""
    now = console.clock()
    if not day:
        return now
    wanted = date.fromisoformat(day)
    tz = console.tz
    if wanted == now.astimezone(tz).date():
        return now
    return datetime.combine(wanted, time(23, 59), tzinfo=tz)


def _text(ctx: Context, moment: datetime, number: str | None) -> str:
    """The WeChat text of the bulletin (the content and template `write_bulletin` uses)."""
    content = publish.bulletin(ctx, moment, number=number)
    return render_bulletin_text(content, templates=templates_dir(ctx))


def _number(request: Request) -> str | None:
    """The 文号 asked for, or None for `[bulletin] number`."""
    value = request.query_params.get("number")
    return None if value is None else value.strip()[:NUMBER_LIMIT]


async def bulletin_page(request: Request) -> Response:
    """GET /bulletin?date=2020-11-10&number=…: the text, and links to the files."""
    console = console_of(request)
    ctx = console.ctx
    day = request.query_params.get("date", "").strip()
    error = ""
    try:
        moment = as_of(console, day)
    except ValueError:
        error = f"“{day[:40]}”不是日期，应写成 2020-11-10 的格式；下面是截至现在的通报。"
        moment, day = console.clock(), ""
    number = _number(request)
    text = await run_in_threadpool(_text, ctx, moment, number)
    return page(
        request,
        "bulletin.html",
        active="bulletin",
        day=day or f"{moment.astimezone(console.tz):%Y-%m-%d}",
        number=ctx.settings.bulletin.number if number is None else number,
        as_of=moment,
        text=text,
        error=error,
        pdf=soffice_path() is not None,
    )


def _file_name(console: Console, moment: datetime) -> str:
    campaign = console.ctx.settings.campaign
    return f"{campaign.name}工作进展通报_{moment.astimezone(campaign.tz):%Y%m%d}.docx"


def _write(ctx: Context, target: Path, moment: datetime, number: str | None, pdf: bool) -> Path:
    files = publish.write_bulletin(ctx, target, moment, number=number, pdf=pdf)
    if not pdf:
        return files.docx
    if files.pdf is None:
        log.warning("console bulletin PDF not made: %s", files.pdf_error)
        raise HTTPException(503, f"无法生成 PDF（{files.pdf_error}），请下载 Word 版。")
    return files.pdf


async def _download(request: Request, pdf: bool) -> Response:
    console = console_of(request)
    try:
        moment = as_of(console, request.query_params.get("date", "").strip())
    except ValueError:
        raise HTTPException(400, "日期应写成 2020-11-10 的格式。") from None
    name = _file_name(console, moment)
    folder = await run_in_threadpool(workspace, console.ctx)
    try:
        made = await run_in_threadpool(
            _write, console.ctx, folder / "bulletin.docx", moment, _number(request), pdf
        )
    except BaseException:
        discard(folder)
        raise
    if pdf:
        return send_file(made, name.removesuffix(".docx") + ".pdf", PDF, folder)
    return send_file(made, name, DOCX, folder)


async def docx(request: Request) -> Response:
    """GET /bulletin/docx?date=…: the bulletin in 公文 layout (.docx)."""
    return await _download(request, pdf=False)


async def pdf(request: Request) -> Response:
    """GET /bulletin/pdf?date=…: the same converted by LibreOffice (seconds; bounded)."""
    return await _download(request, pdf=True)


routes = [
    Route("/bulletin", bulletin_page, name="bulletin"),
    Route("/bulletin/docx", docx, name="bulletin_docx"),
    Route("/bulletin/pdf", pdf, name="bulletin_pdf"),
]
