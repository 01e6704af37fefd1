"""Bringing a database to the schema this program needs, when a store opens.

    revision = prepare(engine, url)    # "0003"; raises StoreError when it cannot

- no tables: a new database, made at the newest revision (`create_all`, then stamped);
- at the newest revision: nothing to do;
- SQLite behind: a backup copy next to the file (intake.store.maintenance.backup), then
  the migrations, in one go at start;
- PostgreSQL behind: refused in one line; `intake db upgrade` migrates it (several
  daemons may share it: none of them changes the schema under the others);
- a revision this program does not know (a newer version made it): refused.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, event, inspect, text

from intake.errors import StoreError
from intake.failpoints import failpoint
from intake.store import migrations
from intake.store.maintenance import backup, sqlite_path
from intake.store.schema import Base

log = logging.getLogger(__name__)

_PREPARE_LOCK = text("SELECT pg_advisory_xact_lock(6782, 1)")


@event.listens_for(Base.metadata, "before_create")
def _creating(*_: object, **__: object) -> None:
    """Between create_all's look at which tables exist and its first CREATE: where a
    second daemon's start raced the first (a test pauses here)."""
    failpoint("store:schema-create")


def _lock_schema(conn: Connection) -> None:
    """Two daemons starting at once on one database: the first to come here creates or
    upgrades, the other waits and then finds it done. On SQLite the driver opens no
    transaction for a read or for DDL, so both would see no tables and both create
    ("table messages already exists"): BEGIN IMMEDIATE takes the write lock first."""
    if conn.dialect.name == "postgresql":
        conn.execute(_PREPARE_LOCK)
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def revision_of(conn: Connection) -> str | None:
    """The database's revision: the recorded one, the baseline for a database made before
    migrations (tables, no alembic_version), None for an empty database."""
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" in tables:
        return migrations.current(conn) or (
            migrations.BASELINE if tables - {"alembic_version"} else None
        )
    return migrations.BASELINE if tables else None


def behind_message(shown: str, revision: str) -> str:
    """The one line that says a PostgreSQL database must be upgraded first."""
    return (
        f"the database {shown} is at schema revision {revision}, this version needs "
        f"{migrations.head()}: run `intake db upgrade` (after a pg_dump backup)"
    )


def prepare(engine: Engine, shown: str) -> str:
    """Make a new database, upgrade a SQLite one that is behind, refuse the rest (see the
    module docstring). Returns the revision the database is at."""
    head = migrations.head()
    with engine.connect() as conn:  # the usual case, a read only: no lock taken
        if revision_of(conn) == head:
            return head
    with engine.begin() as conn:
        _lock_schema(conn)
        revision = revision_of(conn)
        if revision is None:
            Base.metadata.create_all(conn)
            migrations.stamp(conn, head)
            return head
    if revision == head:
        return head
    if not migrations.known(revision):
        raise StoreError(
            f"the database {shown} is at schema revision {revision}, which this version "
            f"does not know (it knows up to {head}): a newer version made it; use that"
        )
    if engine.dialect.name != "sqlite":
        raise StoreError(behind_message(shown, revision))
    copy = backup_before(engine, revision, head)
    upgrade(engine)
    log.warning(
        "database upgraded from revision %s to %s; the copy before: %s", revision, head, copy
    )
    return head


def backup_before(engine: Engine, revision: str, head: str) -> Path:
    """A backup copy of a SQLite database next to it, named by the revisions."""
    url = engine.url.render_as_string(hide_password=False)
    path = sqlite_path(url)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    return backup(url, path.with_name(f"{path.name}.rev{revision}-before-{head}.{stamp}.bak"))


def upgrade(engine: Engine) -> tuple[str, str]:
    """Run the migrations up to the newest revision; (revision before, revision after)."""
    with engine.begin() as conn:
        _lock_schema(conn)
        before = revision_of(conn)
        if before is None:  # empty: the migrations make every table
            migrations.upgrade(conn)
            return "none", migrations.head()
        if migrations.current(conn) is None:
            migrations.stamp(conn, migrations.BASELINE)
        migrations.upgrade(conn)
        return before, migrations.head()
