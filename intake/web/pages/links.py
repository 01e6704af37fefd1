"""宣传专栏: every unit's column URL (counties, then schools), when it came and the last
check, as `intake links`; 检查链接 and the HTML fragment for the city's column page.

检查链接 runs `publish.check_links` (the safe checker of `intake links --check`: public
addresses only unless `[links] allow_private`, every redirect checked again, each request
bounded by `[links] timeout`) in a background thread of the console, one run at a time,
because a whole list takes seconds to minutes; the page says so and refreshes itself when
the run ends. The results are kept in the store, so the page, the workbook and
`intake links` show them afterwards. The fragment (`publish.links_html`) is shown as text
in a <textarea> to copy into the city's site, and downloads as a file; it is never
rendered here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake import publish
from intake.context import Context
from intake.web.app import console_of
from intake.web.pages.files import disposition
from intake.web.render import done, page
from outbox.links import KIND_HEADINGS, LinkRow, is_web_url, link_rows
from rules.campaign import Campaign

log = logging.getLogger(__name__)

JOB = "linkcheck"
CHECK_WORKERS = 4  # publish.check_links checks this many at a time (check_urls' default)


@dataclass(frozen=True, slots=True)
class Group:
    """Units of one kind (各县市区, 各职业院校) with their current link."""

    heading: str
    rows: tuple[LinkRow, ...]


def groups(campaign: Campaign, rows: list[LinkRow]) -> list[Group]:
    """The rows by kind, in the notice's order (the headings of the city's page)."""
    kinds = list(dict.fromkeys(r.unit.kind for r in rows))
    return [
        Group(KIND_HEADINGS.get(k, "其他单位"), tuple(r for r in rows if r.unit.kind == k))
        for k in kinds
    ]


def linkable(row: LinkRow) -> bool:
    """Whether the console links the URL: a web address whose last check reached it (the
    rule of the city's page: never a dead, internal or javascript: address)."""
    link = row.link
    return bool(link and is_web_url(link.url) and link.check and link.check.ok)


def summary(rows: list[LinkRow]) -> str:
    """The CLI's closing line: units, URLs sent, URLs that work."""
    sent = sum(r.link is not None for r in rows)
    working = sum(bool(r.link and r.link.check and r.link.check.ok) for r in rows)
    return f"共{len(rows)}个单位，已报送专栏地址{sent}个，检查可访问{working}个。"


def _last_checked(rows: list[LinkRow]) -> datetime | None:
    times = [r.link.check.checked_at for r in rows if r.link and r.link.check]
    return max(times) if times else None


def _rows(ctx: Context) -> list[LinkRow]:
    return link_rows(ctx.settings.campaign, publish.column_links(ctx))


async def links(request: Request) -> Response:
    """GET /links: the link list with the last check, and the check button."""
    console = console_of(request)
    ctx = console.ctx
    rows = await run_in_threadpool(_rows, ctx)
    policy = ctx.settings.links
    return page(
        request,
        "links.html",
        active="links",
        groups=groups(ctx.settings.campaign, rows),
        summary=summary(rows),
        last_checked=_last_checked(rows),
        job=console.jobs.state(JOB),
        timeout=f"{policy.timeout:g}",
        workers=CHECK_WORKERS,
        linkable=linkable,
    )


async def check(request: Request) -> Response:
    """POST /links/check: start checking every current URL in the background."""
    await request.form()  # the guard has checked its CSRF token
    console = console_of(request)
    ctx, now = console.ctx, console.clock()
    who = request.scope["state"]["user"]

    def work() -> str:
        rows = link_rows(ctx.settings.campaign, publish.check_links(ctx, now))
        checked = [r for r in rows if r.link is not None]
        ok = sum(bool(r.link and r.link.check and r.link.check.ok) for r in checked)
        return f"检查了{len(checked)}个链接：可访问{ok}个，无法访问或不安全{len(checked) - ok}个。"

    if not console.jobs.start(JOB, work, who=who, now=now):
        return done(request, "/links", "链接检查正在进行中，请等待本次检查结束", ok=False)
    log.info("console: link check started by %s", who)
    return done(request, "/links", "已开始在后台检查链接，结束后本页自动更新（可以先离开本页）")


def _fragment(ctx: Context, now: datetime) -> str:
    return publish.links_html(ctx, publish.column_links(ctx), now)


async def fragment(request: Request) -> Response:
    """GET /links/html: the fragment for the city's column page, as text to copy."""
    console = console_of(request)
    html = await run_in_threadpool(_fragment, console.ctx, console.clock())
    return page(request, "links_html.html", active="links", fragment=html)


async def fragment_file(request: Request) -> Response:
    """GET /links/html/download: the fragment as a file (as `intake links -o`)."""
    console = console_of(request)
    html = await run_in_threadpool(_fragment, console.ctx, console.clock())
    name = f"{console.ctx.settings.campaign.name}宣传专栏链接.html"
    return Response(
        html.encode("utf-8"),
        media_type="application/octet-stream",
        headers={"Content-Disposition": disposition("attachment", name)},
    )


routes = [
    Route("/links", links, name="links"),
    Route("/links/check", check, methods=["POST"]),
    Route("/links/html", fragment, name="links_html"),
    Route("/links/html/download", fragment_file, name="links_html_download"),
]
