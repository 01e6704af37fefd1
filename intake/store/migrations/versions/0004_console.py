"""The staff console's tables: users (argon2 password hashes), web sessions (the sha256
of the cookie's token, its CSRF token, expiry) and login attempts (throttling).

Databases made by the versions between 0003 and migrations' arrival on main got them from
`create_all` at start: what exists already is left as it is.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    tables = set(sa.inspect(op.get_bind()).get_table_names())
    if "users" not in tables:
        op.create_table(
            "users",
            sa.Column("name", sa.String(length=100), nullable=False),
            sa.Column("password_hash", sa.String(length=300), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("disabled", sa.Boolean(), nullable=False),
            sa.Column("last_login_at", sa.DateTime(), nullable=True),
            sa.PrimaryKeyConstraint("name"),
        )
    if "web_sessions" not in tables:
        op.create_table(
            "web_sessions",
            sa.Column("id", sa.String(length=64), nullable=False),
            sa.Column("user", sa.String(length=100), nullable=False),
            sa.Column("csrf", sa.String(length=100), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("expires_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
        op.create_index("ix_web_session_user", "web_sessions", ["user"])
    if "login_attempts" not in tables:
        op.create_table(
            "login_attempts",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("at", sa.DateTime(), nullable=False),
            sa.Column("user", sa.String(length=100), nullable=False),
            sa.Column("client", sa.String(length=100), nullable=False),
            sa.Column("ok", sa.Boolean(), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
        op.create_index("ix_login_attempt_user", "login_attempts", ["user", "at"])
        op.create_index("ix_login_attempt_client", "login_attempts", ["client", "at"])


def downgrade() -> None:
    for table in ("login_attempts", "web_sessions", "users"):
        op.drop_table(table)
