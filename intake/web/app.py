"""The console application: one Starlette app over a `Context`, its pages and its guards.

    app = create_app(ctx)                            # staff log in (intake user add NAME)
    app = create_app(ctx, demo=True, clock=fixed)    # no login, the demo's frozen clock

Every page is a module under `intake/web/pages/` with a `routes` list. Three layers wrap
them (outermost first): security headers on every response (`headers`), the session and
CSRF guard (`auth.Guard`: no page without a login, no change without the form's token),
then the routes. Pages read the store through the views the digest uses and correct it
through `intake.corrections`, with the staff user as `who`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

from intake.clock import now_in
from intake.config import WebSettings
from intake.context import Context
from intake.web.jobs import Jobs

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024 * 1024  # a POST's body (the guard reads it whole): a scan uploaded


@dataclass
class Console:
    """What every page needs: the context, the campaign clock, the wall clock for
    sessions, and the console's settings."""

    ctx: Context
    clock: Callable[[], datetime]  # campaign time: statuses, corrections (--now replays)
    wall: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))  # sessions, logins
    demo: bool = False
    web: WebSettings = field(default_factory=WebSettings)
    jobs: Jobs = field(default_factory=lambda: Jobs(lambda: datetime.now(UTC)))  # background work

    @property
    def tz(self):  # -> ZoneInfo
        return self.ctx.settings.campaign.tz


def console_of(request: Request) -> Console:
    """The `Console` of the app serving `request`."""
    return request.app.state.console


def static_dir() -> Path:
    """The folder of the console's stylesheet, script and icon."""
    return Path(str(resources.files("intake.web").joinpath("static")))


def create_app(
    ctx: Context,
    *,
    clock: Callable[[], datetime] | None = None,
    wall: Callable[[], datetime] | None = None,
    demo: bool = False,
    web: WebSettings | None = None,
) -> Starlette:
    """The console over `ctx`. `clock` is campaign time (default: now in the campaign's
    timezone); `demo` opens every page without a login (the user is "demo")."""
    from intake.web import auth, headers
    from intake.web.pages import (
        actions,
        articles,
        audit,
        bulletin,
        downloads,
        files,
        links,
        live,
        mail,
        overrides,
        overview,
        problems,
        sent,
        unit,
    )

    tz = ctx.settings.campaign.tz
    console = Console(
        ctx=ctx,
        clock=clock or (lambda: now_in(tz)),
        demo=demo,
        web=web or ctx.settings.web,
    )
    if wall is not None:
        console.wall = wall
    console.jobs = Jobs(console.clock)  # a run's end in campaign time, like its results
    routes: list[BaseRoute] = [
        *auth.routes,
        *overview.routes,
        *unit.routes,
        *problems.routes,
        *mail.routes,
        *sent.routes,
        *audit.routes,
        *files.routes,
        *live.routes,
        *actions.routes,
        *articles.routes,
        *links.routes,
        *bulletin.routes,
        *downloads.routes,
        *(overrides.routes if overrides.available() else []),
        Mount("/static", app=StaticFiles(directory=static_dir()), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(headers.SecurityHeaders), Middleware(auth.Guard)],
        exception_handlers=headers.exception_handlers(),
    )
    app.state.console = console
    return app
