"""Who holds a claim: every store that claims messages has a holder token, and a claim
whose holder died is taken over by the next poll (one daemon's, or another's).

    holder = Holder.open(engine)        # this store's token, announced as alive
    holder.token                        # "host:pid:start:random", kept in messages.claimed_by
    holder.dead({"a:1:2:x", "b:3:4:y"}) # the tokens whose process is gone

PostgreSQL: the holder keeps a session advisory lock (namespace `NAMESPACE`, key = a hash
of its token) on a connection of its own for as long as it lives. The server drops the lock
when that connection ends, however the process ends (SIGKILL included), so `pg_locks`
lists exactly the live holders, on any machine.

SQLite (one machine, one file): the token names the host, pid and start time of the
process; a holder is alive while that process runs (and, within this process, while its
store is open).
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import socket
import threading
import zlib
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

NAMESPACE = 0x1A7E  # first key of intake's advisory locks (pg_locks.classid)

_LOCK = text("SELECT pg_advisory_lock(CAST(:ns AS integer), CAST(:key AS integer))")
_HOLDERS = text(
    "SELECT objid FROM pg_locks WHERE locktype = 'advisory' AND granted "
    "AND classid = CAST(:ns AS oid) AND objsubid = 2"
)
_open_here: set[str] = set()  # tokens of the stores open in this process
_open_lock = threading.Lock()


def _start_time(pid: int) -> str:
    """The process's start time in clock ticks since boot ("" when it is not running)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            stat = f.read()
    except OSError:
        return ""
    return stat.rsplit(")", 1)[-1].split()[19]  # field 22: starttime


def _host() -> str:
    return socket.gethostname()[:40].replace(":", "_")


def lock_key(token: str) -> int:
    """The advisory lock key of a token: 31 bits, so the signed and unsigned views agree."""
    return zlib.crc32(token.encode()) & 0x7FFFFFFF


class Holder:
    """This store's claim token and the means to tell live holders from dead ones."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.postgres = engine.dialect.name == "postgresql"
        self.token = ""
        self._conn: Connection | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, engine: Engine) -> Holder:
        holder = cls(engine)
        holder.announce()
        return holder

    def _new_token(self) -> str:
        pid = os.getpid()
        return f"{_host()}:{pid}:{_start_time(pid)}:{secrets.token_hex(4)}"

    def announce(self) -> None:
        """Take a new token and make it known as alive (PostgreSQL: lock it)."""
        token = self._new_token()
        if self.postgres:
            conn = self.engine.connect()
            conn.detach()  # closing it ends the session (and the lock), not back to the pool
            try:
                conn.execute(_LOCK, {"ns": NAMESPACE, "key": lock_key(token)})
                conn.commit()  # a session lock outlives the transaction that took it
            except BaseException:
                conn.close()
                raise
            self._conn = conn
        with _open_lock:
            _open_here.discard(self.token)
            _open_here.add(token)
        self.token = token

    def ensure(self) -> str:
        """The token, after checking that it is still announced: a PostgreSQL connection
        lost (a server restart) lost the lock too, and others may already have taken this
        holder's claims over, so a new token is taken."""
        with self._lock:
            if self.postgres:
                try:
                    assert self._conn is not None
                    self._conn.exec_driver_sql("SELECT 1")
                    self._conn.commit()
                except (DBAPIError, AssertionError):
                    log.warning("the claim lock's connection was lost: claiming anew")
                    self._drop_connection()
                    self.announce()
            return self.token

    def dead(self, tokens: Iterable[str]) -> set[str]:
        """Those of `tokens` whose holder is gone ("" is the claim of a version that kept
        no holder: gone)."""
        tokens = set(tokens) - {self.token}
        if not tokens:
            return set()
        if self.postgres:
            with self.engine.connect() as conn:
                alive = {int(k) for (k,) in conn.execute(_HOLDERS, {"ns": NAMESPACE})}
            return {t for t in tokens if not t or lock_key(t) not in alive}
        return {t for t in tokens if not _alive_here(t)}

    def close(self) -> None:
        with _open_lock:
            _open_here.discard(self.token)
        self._drop_connection()

    def _drop_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(DBAPIError):
                self._conn.close()  # the lock goes with the session
            self._conn = None


def _alive_here(token: str) -> bool:
    """Whether a SQLite holder lives: its process runs (and, if it is this process, its
    store is still open). A holder on another host is taken as alive: SQLite is one
    machine's, and nothing here can tell."""
    parts = token.split(":")
    if len(parts) != 4 or not parts[1].isdigit():
        return False
    host, pid, start = parts[0], int(parts[1]), parts[2]
    if host != _host():
        return True
    if pid == os.getpid():
        with _open_lock:
            return token in _open_here
    return bool(start) and _start_time(pid) == start
