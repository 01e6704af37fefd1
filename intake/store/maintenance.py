"""Looking after the database file: an online backup and an integrity check (SQLite).

    backup("sqlite:///data/intake.db", Path("/backup/intake-2020-11-06.db"))
    quick_check("sqlite:///data/intake.db")     # [] when sound, else SQLite's findings

PostgreSQL deployments use `pg_dump` and the server's own checks instead.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from intake.errors import StoreCorrupt, StoreError, UsageError

PREFIX = "sqlite:///"


def sqlite_path(url: str) -> Path:
    """The file of a SQLite store URL; UsageError for other databases."""
    if not url.startswith(PREFIX) or ":memory:" in url:
        raise UsageError(
            "this works on a SQLite store only; back up PostgreSQL with pg_dump "
            "(see docs/operations.md)"
        )
    return Path(url.removeprefix(PREFIX))


def backup(url: str, target: Path) -> Path:
    """A consistent copy of the database while the daemon may be writing (SQLite's online
    backup), written whole or not at all."""
    source = sqlite_path(url)
    if not source.exists():
        raise StoreError(f"no database at {source} to back up")
    target = target.resolve()
    if target == source.resolve():
        raise UsageError("FILE: the backup must not be the database itself")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        with tmp.open("rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except sqlite3.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise StoreCorrupt(
                f"the database {source} is damaged ({exc}): nothing to back up"
            ) from None
        raise StoreError(f"backup of {source} failed: {exc}") from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"backup to {target} failed: {exc.strerror or exc}") from None
    return target


def quick_check(url: str) -> list[str]:
    """SQLite's `PRAGMA quick_check` findings ([] when the file is sound)."""
    path = sqlite_path(url)
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows
