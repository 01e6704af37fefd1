"""按要求下载: one zip per requirement (`intake bundle REQUIREMENT FILE.zip`: every file
received for it as 单位名称/类别/原文件名), the consolidated workbook (`intake export`), and
the way to the other files staff hand on (推荐稿件, 通报, 专栏链接).

A zip is written by `publish.bundle` into a folder of its own under data/exports/ in a
worker thread and removed once sent. Requirements that are not files (the column URL, the
liaison) point to where their content is: the 宣传专栏 page and the workbook.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake import outgoing, publish
from intake.web.app import console_of
from intake.web.exports import ZIP, discard, send_file, workspace
from intake.web.pages.files import disposition
from intake.web.pages.overview import matrix
from intake.web.render import page

log = logging.getLogger(__name__)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True, slots=True)
class Offer:
    """One requirement: its title and due time, how many units completed it, and its
    download (a zip path) or where its content is instead."""

    requirement_id: str
    title: str
    due: str
    done: int
    total: int
    zip_href: str
    elsewhere: tuple[str, str] = ("", "")  # (href, words) when it is not files


_ELSEWHERE = {  # by deliverable kind
    "url": ("/links", "不是文件：见宣传专栏页（可复制 HTML）"),
    "contact": ("/downloads/workbook.xlsx", "不是文件：见汇总表的“联络员”表"),
}


def offers(request: Request) -> list[Offer]:
    """Every requirement of the campaign with its download."""
    console = console_of(request)
    ctx, now = console.ctx, console.clock()
    campaign = ctx.settings.campaign
    columns, _rows = matrix(campaign, outgoing.statuses(ctx, now), now)
    by_id = {c.requirement_id: c for c in columns}
    found = []
    for req in campaign.requirements:
        column = by_id[req.id]
        files = req.deliverable in campaign.file_deliverables  # what `bundle` accepts
        spec = campaign.deliverable(req.deliverable)
        found.append(
            Offer(
                req.id,
                req.title,
                column.due,
                column.done,
                column.total,
                f"/downloads/{req.id}.zip" if files else "",
                ("", "") if files else _ELSEWHERE.get(spec.kind if spec else "", ("", "不是文件")),
            )
        )
    return found


async def downloads(request: Request) -> Response:
    """GET /downloads: a zip per requirement and the other files."""
    found = await run_in_threadpool(offers, request)
    return page(request, "downloads.html", active="downloads", offers=found)


async def requirement_zip(request: Request) -> Response:
    """GET /downloads/summary.zip: every file received for one requirement."""
    console = console_of(request)
    ctx, now = console.ctx, console.clock()
    campaign = ctx.settings.campaign
    wanted = request.path_params["requirement"]
    req = next((r for r in campaign.requirements if r.id == wanted), None)
    if req is None or req.deliverable not in campaign.file_deliverables:
        raise HTTPException(404, "没有这项报送要求，或它不是文件。")
    folder = await run_in_threadpool(workspace, ctx)
    target = folder / "bundle.zip"
    try:
        report = await run_in_threadpool(publish.bundle, ctx, req.id, target)
    except BaseException:
        discard(folder)
        raise
    for missing in report.missing:
        log.warning("bundle %s: %s is missing from the archive", req.id, missing)
    log.info("console: bundle %s with %d file(s)", req.id, len(report.files))
    name = f"{campaign.name}{req.title}_{now.astimezone(campaign.tz):%Y%m%d}.zip"
    return send_file(target, name, ZIP, folder)


async def workbook(request: Request) -> Response:
    """GET /downloads/workbook.xlsx: the consolidated workbook (as `intake export`)."""
    console = console_of(request)
    ctx, now = console.ctx, console.clock()
    data = await run_in_threadpool(outgoing.workbook_bytes, ctx, now)
    campaign = ctx.settings.campaign
    name = f"{campaign.name}提交情况汇总_{now.astimezone(campaign.tz):%Y%m%d}.xlsx"
    return Response(
        data, media_type=XLSX, headers={"Content-Disposition": disposition("attachment", name)}
    )


routes = [
    Route("/downloads", downloads, name="downloads"),
    Route("/downloads/workbook.xlsx", workbook, name="workbook"),
    Route("/downloads/{requirement}.zip", requirement_zip, name="requirement_zip"),
]
