"""`intake db`: the database's schema revision, and upgrading it (PostgreSQL above all).

    intake db current        # "sqlite:///…/intake.db: schema revision 0004 (current)"
    intake db upgrade        # runs the migrations up to this version's revision

A SQLite database is upgraded by the daemon itself at start (after a backup copy); a
PostgreSQL database several daemons share is upgraded only here, once, with the daemons
stopped and after a `pg_dump` backup (docs/operations.md).
"""

from __future__ import annotations

import click

from intake.cli.app import Env, cli, common_options


@cli.group()
def db() -> None:
    """The database's schema: which revision it is at, and upgrading it."""


def _open(env: Env):  # -> intake.store.Store, unprepared
    from intake.store import Store

    return Store.open(env.settings.store_url, create=False)


@db.command()
@common_options
def current(env: Env) -> None:
    """Print the schema revision of the database and the one this version needs."""
    from intake.store.migrations import head

    store = _open(env)
    try:
        revision = store.revision()
    finally:
        store.close()
    needed = head()
    if revision is None:
        state = "empty (the first start or `intake db upgrade` makes the tables)"
    elif revision == needed:
        state = f"schema revision {revision} (current)"
    else:
        state = f"schema revision {revision}, this version needs {needed}"
    click.echo(f"{store.url}: {state}")


@db.command()
@common_options
def upgrade(env: Env) -> None:
    """Run the migrations up to the revision this version needs (a new database gets every
    table). Stop the daemons first; back PostgreSQL up with pg_dump first (SQLite: a copy
    is made next to the file)."""
    from intake.errors import StoreError
    from intake.store.migrations import head, known
    from intake.store.opening import backup_before, revision_of
    from intake.store.opening import upgrade as run_upgrade

    store = _open(env)
    try:
        before = store.revision()
        if before == head():
            click.echo(f"{store.url}: already at schema revision {before} (current)")
            return
        if before is not None and not known(before):
            raise StoreError(
                f"{store.url} is at schema revision {before}, newer than this version "
                f"({head()}): use the version that made it"
            )
        if store.engine.dialect.name == "sqlite" and before is not None:
            copy = backup_before(store.engine, before, head())
            click.echo(f"backup copy: {copy}")
        old, new = run_upgrade(store.engine)
        after = store._read(revision_of)
    finally:
        store.close()
    click.echo(f"{store.url}: upgraded from schema revision {old} to {new} (now {after})")
