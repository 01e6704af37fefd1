"""Staff accounts of the console: add, list, disable, change a password, check a login.

    add_user(store, "wang", "a long passphrase", now=now)
    verify(store, "wang", "a long passphrase", now=now)   # -> True / False
    list_users(store)        # -> [Account(name="wang", disabled=False, ...)]

Passwords are hashed with argon2id (argon2-cffi's current defaults); a hash made with older
parameters is replaced at the next successful login. Disabling an account or changing its
password ends its console sessions.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from intake.errors import UsageError
from intake.store import Store
from intake.store.schema import UserRow, WebSessionRow

log = logging.getLogger(__name__)

MIN_PASSWORD = 8
_NAME = re.compile(r"^[^\s/\\:<>\"'&\x00-\x1f\x7f]{1,64}$")
_HASHER = PasswordHasher()
# verified against when the account does not exist, so a wrong name costs as long as a
# wrong password (no telling names apart by timing)
_DUMMY_HASH = _HASHER.hash("not a password of anyone")


@dataclass(frozen=True, slots=True)
class Account:
    """A staff account as listed: no hash."""

    name: str
    created_at: datetime
    disabled: bool
    last_login_at: datetime | None


def check_name(name: str) -> str:
    """`name` if it can be an account name (1-64 characters, no spaces, quotes or slashes)."""
    if not _NAME.match(name or ""):
        raise UsageError(
            f"NAME: {name!r} cannot be an account name "
            "(1-64 characters without spaces, quotes, slashes or < >)"
        )
    return name


def check_password(password: str) -> str:
    """`password` if it is long enough to be one."""
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"password: at least {MIN_PASSWORD} characters, please")
    return password


def add_user(store: Store, name: str, password: str, *, now: datetime) -> Account:
    """Create an account; refuses a name that exists."""
    check_name(name)
    check_password(password)
    with store.session() as s:
        if s.get(UserRow, name) is not None:
            raise UsageError(f"NAME: account {name!r} exists (intake user passwd {name})")
        row = UserRow(name=name, password_hash=_HASHER.hash(password), created_at=now)
        s.add(row)
        s.flush()
        log.info("console account %s added", name)
        return _account(row)


def list_users(store: Store) -> list[Account]:
    """Every account, by name."""
    with store.session() as s:
        return [_account(r) for r in s.scalars(select(UserRow).order_by(UserRow.name))]


def disable_user(store: Store, name: str) -> int:
    """Disable an account and end its sessions; returns how many sessions ended."""
    with store.session() as s:
        row = _existing(s, name)
        row.disabled = True
        ended = s.execute(delete(WebSessionRow).where(WebSessionRow.user == name)).rowcount
    log.info("console account %s disabled (%d session(s) ended)", name, ended)
    return int(ended or 0)


def enable_user(store: Store, name: str) -> None:
    """Let a disabled account log in again."""
    with store.session() as s:
        _existing(s, name).disabled = False


def set_password(store: Store, name: str, password: str) -> int:
    """Replace an account's password and end its sessions; returns how many ended."""
    check_password(password)
    with store.session() as s:
        row = _existing(s, name)
        row.password_hash = _HASHER.hash(password)
        ended = s.execute(delete(WebSessionRow).where(WebSessionRow.user == name)).rowcount
    log.info("console account %s: password changed", name)
    return int(ended or 0)


def verify(store: Store, name: str, password: str, *, now: datetime) -> bool:
    """True when `name` is an enabled account and `password` is its password."""
    with store.session() as s:
        row = s.get(UserRow, name) if name else None
        stored = row.password_hash if row is not None else _DUMMY_HASH
        try:
            _HASHER.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False
        if row is None or row.disabled:
            return False
        if _HASHER.check_needs_rehash(stored):
            row.password_hash = _HASHER.hash(password)
        row.last_login_at = now
        return True


def is_active(store: Store, name: str) -> bool:
    """Whether `name` is an account that may use the console now."""
    with store.session() as s:
        row = s.get(UserRow, name)
        return row is not None and not row.disabled


def _existing(s: Session, name: str) -> UserRow:
    row = s.get(UserRow, name)
    if row is None:
        raise UsageError(f"NAME: no account {name!r} (intake user list)")
    return row


def _account(row: UserRow) -> Account:
    return Account(
        name=row.name,
        created_at=row.created_at,
        disabled=bool(row.disabled),
        last_login_at=row.last_login_at,
    )
