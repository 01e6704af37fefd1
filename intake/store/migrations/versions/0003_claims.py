"""Claims several daemons can share: who holds a claim (`messages.claimed_by`), the UID as
a number both engines index (`messages.uid_number`, in place of SQLite's index on
CAST(uid AS INTEGER), which PostgreSQL refuses for Maildir keys), and UIDVALIDITY as a
64-bit number on PostgreSQL (IMAP's is unsigned 32-bit).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_NUMBER = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
# a UID that is all digits (at most 18: it fits 64 bits) is an IMAP UID
_FILL = {
    "sqlite": (
        "UPDATE messages SET uid_number = CAST(uid AS INTEGER) "
        "WHERE uid != '' AND uid NOT GLOB '*[^0-9]*' AND length(uid) <= 18"
    ),
    "postgresql": (
        "UPDATE messages SET uid_number = CAST(uid AS BIGINT) WHERE uid ~ '^[0-9]{1,18}$'"
    ),
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column(
        "messages",
        sa.Column("claimed_by", sa.String(length=100), nullable=False, server_default=""),
    )
    op.add_column("messages", sa.Column("uid_number", _NUMBER, nullable=True))
    op.execute(_FILL[dialect])
    op.execute("DROP INDEX IF EXISTS ix_message_uid_number")
    op.create_index("ix_message_uid_number", "messages", ["mailbox", "uidvalidity", "uid_number"])
    if dialect == "postgresql":
        op.alter_column("messages", "uidvalidity", type_=sa.BigInteger())


def downgrade() -> None:
    op.drop_index("ix_message_uid_number", table_name="messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("uid_number")
        batch.drop_column("claimed_by")
