"""Alembic's environment for intake's migrations: always online, on the connection the
caller hands over in `config.attributes["connection"]` (intake.store.migrations)."""

from __future__ import annotations

from alembic import context

from intake.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("intake's migrations run on a connection: use intake.store.migrations")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite changes a column by copying its table
)
with context.begin_transaction():
    context.run_migrations()
