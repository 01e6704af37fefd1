"""Console sessions and login throttling, kept in the store.

    token = start(store, "wang", now=now, hours=12)    # the cookie's value
    found = find(store, token, now=now)                # Session(user="wang", csrf=...) | None
    end(store, token)
    locked_until(store, "wang", "203.0.113.5", now=now)  # datetime | None

Only the sha256 of a session token is stored, so the database does not hand out sessions.
Throttling counts failed logins in the last `WINDOW`, per account name as typed and per
client address, since that name's or address's last success: `USER_LIMIT` failures lock
the name, `CLIENT_LIMIT` the address, until `LOCKOUT` after the last failure.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as DbSession

from intake.store import Store
from intake.store.schema import LoginAttemptRow, WebSessionRow
from intake.web.csrf import new_token

WINDOW = timedelta(minutes=15)
LOCKOUT = timedelta(minutes=15)
USER_LIMIT = 5
CLIENT_LIMIT = 20
_KEEP_ATTEMPTS = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Session:
    """A live session: whose, and the CSRF token its forms carry."""

    user: str
    csrf: str
    expires_at: datetime


def _key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(store: Store, user: str, *, now: datetime, hours: float) -> str:
    """A new session for `user`; returns the token for the cookie."""
    token = secrets.token_urlsafe(32)
    with store.session() as s:
        s.execute(delete(WebSessionRow).where(WebSessionRow.expires_at <= now))
        s.add(
            WebSessionRow(
                id=_key(token),
                user=user,
                csrf=new_token(),
                created_at=now,
                expires_at=now + timedelta(hours=hours),
            )
        )
    return token


def find(store: Store, token: str | None, *, now: datetime) -> Session | None:
    """The live session of `token`, or None (unknown, expired or ended)."""
    if not token or len(token) > 200:
        return None
    with store.session() as s:
        row = s.get(WebSessionRow, _key(token))
        if row is None or row.expires_at <= now:
            return None
        return Session(user=row.user, csrf=row.csrf, expires_at=row.expires_at)


def end(store: Store, token: str | None) -> None:
    """End the session of `token` (logout)."""
    if token:
        with store.session() as s:
            s.execute(delete(WebSessionRow).where(WebSessionRow.id == _key(token)))


def record_attempt(store: Store, user: str, client: str, *, ok: bool, now: datetime) -> None:
    """Remember one login attempt (and forget those older than a week)."""
    with store.session() as s:
        s.execute(delete(LoginAttemptRow).where(LoginAttemptRow.at < now - _KEEP_ATTEMPTS))
        s.add(LoginAttemptRow(at=now, user=user[:100], client=client[:100], ok=ok))


def locked_until(store: Store, user: str, client: str, *, now: datetime) -> datetime | None:
    """When a login for `user` from `client` may be tried again, if it may not now."""
    with store.session() as s:
        ends = [
            _lock_end(s, LoginAttemptRow.user, user[:100], USER_LIMIT, now),
            _lock_end(s, LoginAttemptRow.client, client[:100], CLIENT_LIMIT, now),
        ]
    found = [e for e in ends if e is not None and e > now]
    return max(found) if found else None


def _lock_end(
    s: DbSession, column: InstrumentedAttribute[str], value: str, limit: int, now: datetime
) -> datetime | None:
    last_ok = s.scalar(
        select(func.max(LoginAttemptRow.at)).where(column == value, LoginAttemptRow.ok)
    )
    since = max(now - WINDOW, last_ok) if last_ok else now - WINDOW
    failures = select(LoginAttemptRow.at).where(
        column == value, LoginAttemptRow.at > since, LoginAttemptRow.ok.is_(False)
    )
    count = s.scalar(select(func.count()).select_from(failures.subquery()))
    if count < limit:
        return None
    last = s.scalar(
        select(func.max(LoginAttemptRow.at)).where(column == value, ~LoginAttemptRow.ok)
    )
    return last + LOCKOUT if last else None
