"""Who may use the console: the guard in front of every page, the login and logout pages.

`Guard` (ASGI middleware) lets through only /login and /static/ without a session; every
other request without one is sent to the login page (a 303; the live check gets a 401).
Every request that can change something (POST) must carry the CSRF token, else it is
refused with a 403 before any page sees it. In demo mode every page opens without a
login and the user is "demo"; the CSRF token is still required.

Session cookies are HttpOnly and SameSite=Lax, and Secure when `[web] secure_cookies`
is set or the request came over https (nginx passes X-Forwarded-Proto).
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from intake import users
from intake.web import csrf, sessions
from intake.web.app import MAX_BODY, Console, console_of
from intake.web.render import error_page, local_path, page

log = logging.getLogger(__name__)

SESSION_COOKIE = "intake_session"
DEMO_USER = "demo"


def _public(path: str) -> bool:
    return path == "/login" or path.startswith("/static/")


def _secure(console: Console, request: Request) -> bool:
    return console.web.secure_cookies or request.url.scheme == "https"


class Guard:
    """No page without a session (except in demo mode), no change without the CSRF token."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (
            scope["path"].startswith("/static/") and scope["method"] in csrf.SAFE_METHODS
        ):
            await self.app(scope, receive, send)  # the stylesheet and script are public
            return
        request = Request(scope)
        console: Console = scope["app"].state.console
        path = scope["path"]
        found = None
        if not console.demo:
            token = request.cookies.get(SESSION_COOKIE)
            found = await run_in_threadpool(
                sessions.find, console.ctx.store, token, now=console.wall()
            )
        user = DEMO_USER if console.demo else (found.user if found else "")
        if not user and not _public(path):
            await _to_login(request)(scope, receive, send)
            return
        # the token forms carry: the session's, else the double-submit cookie's
        new_cookie = ""
        if found is not None:
            expected = found.csrf
        else:
            expected = request.cookies.get(csrf.COOKIE, "")
            if not expected:
                expected = new_cookie = csrf.new_token()
        state = scope.setdefault("state", {})
        state["user"], state["csrf"] = user, expected
        if scope["method"] not in csrf.SAFE_METHODS:
            body = await csrf.read_body(receive, MAX_BODY)
            if body is None:
                await error_page(request, 413, "上传的文件过大")(scope, receive, send)
                return
            given = await csrf.token_in(scope, body)
            if new_cookie or not csrf.same(given, expected):
                log.warning("console: %s %s refused: missing or wrong CSRF token", "POST", path)
                refused = error_page(
                    request,
                    403,
                    "操作被拒绝",
                    "页面已过期或缺少安全令牌（CSRF），没有做任何修改。请返回、刷新页面后重试。",
                )
                await refused(scope, receive, send)
                return
            receive = csrf.replay(body)
        if new_cookie:
            send = _with_cookie(send, new_cookie, secure=_secure(console, request))
        await self.app(scope, receive, send)


def _to_login(request: Request) -> Response:
    if request.url.path == "/live":
        return JSONResponse({"login": True}, status_code=401)
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    target = "/login" if here == "/" else f"/login?next={quote(here, safe='')}"
    return RedirectResponse(target, status_code=303)


def _with_cookie(send: Send, token: str, *, secure: bool) -> Send:
    cookie = f"{csrf.COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
    if secure:
        cookie += "; Secure"

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", []), (b"set-cookie", cookie.encode())]
        await send(message)

    return sending


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def login_page(request: Request) -> Response:
    """GET/POST /login: the login form, throttled; a session on success."""
    console = console_of(request)
    if request.scope["state"].get("user"):
        return RedirectResponse(local_path(request.query_params.get("next")), status_code=303)
    if request.method == "GET":
        return page(request, "login.html", next=local_path(request.query_params.get("next")))
    form = await request.form()
    name = str(form.get("name", "")).strip()
    password = str(form.get("password", ""))
    target = local_path(str(form.get("next", "")))
    store, client, now = console.ctx.store, _client(request), console.wall()
    until = await run_in_threadpool(sessions.locked_until, store, name, client, now=now)
    if until is not None:
        minutes = max(1, int((until - now).total_seconds() // 60) + 1)
        log.warning("console: login for %r from %s refused: locked out", name, client)
        return page(
            request,
            "login.html",
            status_code=429,
            next=target,
            error=f"登录失败次数过多，已暂时锁定。请约{minutes}分钟后再试。",
        )
    ok = await run_in_threadpool(users.verify, store, name, password, now=now)
    await run_in_threadpool(sessions.record_attempt, store, name, client, ok=ok, now=now)
    if not ok:
        log.warning("console: login for %r from %s failed", name, client)
        return page(request, "login.html", status_code=401, next=target, error="用户名或密码错误。")
    hours = console.web.session_hours
    token = await run_in_threadpool(sessions.start, store, name, now=now, hours=hours)
    log.info("console: %s logged in from %s", name, client)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(hours * 3600),
        path="/",
        httponly=True,
        samesite="lax",
        secure=_secure(console, request),
    )
    return response


async def logout(request: Request) -> Response:
    """POST /logout: end the session."""
    console = console_of(request)
    await run_in_threadpool(sessions.end, console.ctx.store, request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


routes = [
    Route("/login", login_page, methods=["GET", "POST"]),
    Route("/logout", logout, methods=["POST"]),
]
