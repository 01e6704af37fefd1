"""What the schema gained after SCHEMA_VERSION 1 and before migrations: files' own unit
and staff review, items' readable/source/supersedes, and the tables of liaison
confirmations, file moves (the corrections' redo log), recommendations and overrides.

Databases made by the versions in between got the new tables from `create_all` at start
(and new ones got the columns too): what exists already is left as it is.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (table, column) for each new column; existing rows get the value the program defaults to
_COLUMNS = (
    ("attachments", sa.Column("own_unit_id", sa.String(length=100), nullable=True)),
    (
        "attachments",
        sa.Column("unit_evidence", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    ),
    ("attachments", sa.Column("review", sa.String(length=20), nullable=False, server_default="")),
    ("attachments", sa.Column("review_note", sa.Text(), nullable=False, server_default="")),
    ("items", sa.Column("readable", sa.Boolean(), nullable=False, server_default=sa.true())),
    ("items", sa.Column("source", sa.String(length=20), nullable=False, server_default="file")),
    ("items", sa.Column("supersedes", sa.Boolean(), nullable=False, server_default=sa.false())),
)


def _tables() -> set[str]:
    return set(sa.inspect(op.get_bind()).get_table_names())


def _columns(table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    for table, column in _COLUMNS:
        if column.name not in _columns(table):
            op.add_column(table, column)
    tables = _tables()
    if "liaison_confirmations" not in tables:
        op.create_table(
            "liaison_confirmations",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("message_pk", sa.Integer(), nullable=False),
            sa.Column("key", sa.String(length=100), nullable=False),
            sa.Column("who", sa.String(length=100), nullable=False),
            sa.Column("at", sa.DateTime(), nullable=False),
            sa.ForeignKeyConstraint(["message_pk"], ["messages.id"]),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("message_pk", "key", name="uq_liaison_confirmation"),
        )
    if "file_moves" not in tables:
        op.create_table(
            "file_moves",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("op", sa.String(length=10), nullable=False),
            sa.Column("src", sa.Text(), nullable=False),
            sa.Column("dst", sa.Text(), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
    if "recommendations" not in tables:
        op.create_table(
            "recommendations",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("unit_id", sa.String(length=100), nullable=False),
            sa.Column("item_key", sa.Text(), nullable=False),
            sa.Column("message_pk", sa.Integer(), nullable=True),
            sa.Column("attachment_id", sa.Integer(), nullable=True),
            sa.Column("note", sa.Text(), nullable=False),
            sa.Column("user", sa.String(length=100), nullable=False),
            sa.Column("at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("unit_id", "item_key", name="uq_recommendation_item"),
        )
    if "overrides" not in tables:
        op.create_table(
            "overrides",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("unit_id", sa.String(length=100), nullable=False),
            sa.Column("requirement_id", sa.String(length=100), nullable=False),
            sa.Column("exempt", sa.Boolean(), nullable=False),
            sa.Column("due", sa.DateTime(), nullable=True),
            sa.Column("note", sa.Text(), nullable=False),
            sa.Column("who", sa.String(length=100), nullable=False),
            sa.Column("at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("unit_id", "requirement_id", name="uq_override"),
        )


def downgrade() -> None:
    for table in ("overrides", "recommendations", "file_moves", "liaison_confirmations"):
        op.drop_table(table)
    for table, column in reversed(_COLUMNS):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column.name)
