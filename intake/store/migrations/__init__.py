"""Schema migrations (Alembic), run from code: no alembic.ini at run time.

    upgrade(conn)            # to the newest revision (`head()`)
    current(conn)            # "0003", or None for a database no migration has touched
    stamp(conn, "0003")      # record a revision without running anything (new databases)

Revisions live in `versions/`, named by number: 0001 is the schema every database made
before migrations has (SQLite, with its expression index), each later one a change on top.
A change to intake/store/schema.py needs a revision here; tests/store/test_migrations.py
fails when the migrated schema and schema.py differ.
"""

from __future__ import annotations

import logging
from pathlib import Path

# Alembic says at INFO which plugins and context it sets up, at every start: the store
# logs what it did instead
logging.getLogger("alembic").setLevel(logging.WARNING)

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from alembic.runtime.migration import MigrationContext  # noqa: E402
from alembic.script import ScriptDirectory  # noqa: E402
from sqlalchemy import Connection  # noqa: E402

SCRIPTS = Path(__file__).resolve().parent
BASELINE = "0001"  # the schema of databases older than migrations (SCHEMA_VERSION 1)


def config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at these scripts, carrying `connection` to env.py."""
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    cfg.attributes["connection"] = connection
    return cfg


def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    """The newest revision: the schema this program needs."""
    top = scripts().get_current_head()
    assert top is not None
    return top


def known(revision: str) -> bool:
    """Whether `revision` is one of ours (a newer program's is not)."""
    return any(s.revision == revision for s in scripts().walk_revisions())


def current(conn: Connection) -> str | None:
    """The revision recorded in the database (None: none recorded)."""
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(conn: Connection, target: str = "head") -> None:
    """Run every migration from the recorded revision up to `target`, in `conn`'s
    transaction (the caller commits)."""
    command.upgrade(config(conn), target)


def stamp(conn: Connection, revision: str) -> None:
    """Record `revision` without running a migration."""
    command.stamp(config(conn), revision)
