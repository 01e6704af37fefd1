"""CSRF tokens: one per session, checked on every request that can change something.

A logged-in user's token lives in the session row (server side) and is written into every
form as the hidden field `csrf`. Before a login (the login form) and in demo mode, where
there is no session row, the token is a double-submit cookie (`intake_csrf`, HttpOnly,
SameSite=Strict) that the form must repeat. `token_in` reads the token a request carries
(the `X-CSRF-Token` header or the form field) from a buffered body, so the page that
handles the request reads the same body again.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qs

from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.types import Message, Receive, Scope

FIELD = "csrf"
HEADER = "x-csrf-token"
COOKIE = "intake_csrf"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def new_token() -> str:
    """A fresh unguessable token."""
    return secrets.token_urlsafe(32)


def same(given: str | None, expected: str | None) -> bool:
    """Whether the token given matches the one expected (constant time; empty never does)."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


def replay(body: bytes) -> Callable[[], Awaitable[Message]]:
    """An ASGI `receive` that hands out `body` once, then waits as a client would."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


async def read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole request body, or None when it is longer than `limit` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def token_in(scope: Scope, body: bytes) -> str:
    """The CSRF token a request carries: its header, else its form field ("" if none)."""
    for name, value in scope.get("headers", []):
        if name == HEADER.encode():
            return value.decode("latin-1")
    content_type = ""
    for name, value in scope.get("headers", []):
        if name == b"content-type":
            content_type = value.decode("latin-1").lower()
    if content_type.startswith("application/x-www-form-urlencoded"):
        values = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).get(FIELD)
        return values[0] if values else ""
    if content_type.startswith("multipart/form-data"):
        request = Request(scope, replay(body))
        try:
            form = await request.form()
        except (HTTPException, MultiPartException):  # a broken body carries no token
            return ""
        try:
            value = form.get(FIELD)
            return value if isinstance(value, str) else ""
        finally:
            await form.close()
    return ""
