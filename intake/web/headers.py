"""Security headers on every response, and the console's error pages.

The Content-Security-Policy allows only the console's own files: no inline script or
style, no plugins, no framing, forms posting only to the console itself. Pages are not
cached (they show who sent what); static files may be.
"""

from __future__ import annotations

import logging
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeaders:
    """Adds the CSP and its companions to every HTTP response; `Cache-Control: no-store`
    to everything but /static/."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope.get("path", "").startswith("/static/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in _HEADERS if k not in have]
                if not static and b"cache-control" not in have:
                    extra.append((b"cache-control", b"no-store"))
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


_TITLES = {
    400: "请求有误",
    403: "操作被拒绝",
    404: "找不到页面",
    405: "不支持的请求方式",
    413: "上传的文件过大",
    429: "请求过于频繁",
}


async def _http_error(request: Request, exc: Exception) -> Response:
    from intake.web.render import error_page

    assert isinstance(exc, HTTPException)
    title = _TITLES.get(exc.status_code, "出错了")
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != title else ""
    return error_page(request, exc.status_code, title, detail)


async def _server_error(request: Request, exc: Exception) -> Response:
    from intake.web.render import error_page

    log.error(
        "console page %s failed: %s: %s",
        request.url.path,
        type(exc).__name__,
        exc,
        exc_info=log.isEnabledFor(logging.DEBUG),
    )
    return error_page(request, 500, "出错了", "服务器内部错误，详情见日志。")


def exception_handlers() -> dict[Any, Any]:
    """Chinese error pages for HTTP errors and for anything unexpected."""
    return {HTTPException: _http_error, Exception: _server_error}
