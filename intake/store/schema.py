"""Tables of the store (SQLAlchemy 2). The store is the truth; IMAP flags are a convenience.

messages     one row per fetched message, claimed before work starts
attachments  one row per flattened attachment, with its category and archive path
items        what counts toward requirements (files, URLs, contacts), rebuilt per message
senders      addresses staff assigned to units (learned)
outbox       queued emails with a unique key: each reminder/ack is sent once
audit        staff corrections: who, when, what, note
meta         job cursors (last reminder check, last digest day)
users        staff accounts of the console (argon2 password hashes)
web_sessions console sessions: the sha256 of the cookie's token, its CSRF token, expiry
login_attempts  console logins tried, for throttling per user and per client address
recommendations  articles staff recommend (推荐) for the province and the press, with a note
liaison_confirmations, file_moves, overrides: see their classes

Schema changes are Alembic migrations (intake/store/migrations): a change here needs a
migration there (tests/store/test_migrations.py compares the two).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Clipped(TypeDecorator[str]):
    """A VARCHAR(n) whose values are cut to n characters (and, on PostgreSQL, rid of NUL
    characters it cannot store): SQLite ignores the length, PostgreSQL refuses a longer
    value, and a hostile header must not stop the poll on one engine only."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if dialect.name == "postgresql" and "\x00" in value:
            value = value.replace("\x00", "\ufffd")
        return value[: self.impl.length] if self.impl.length else value


class PgText(TypeDecorator[str]):
    """TEXT that PostgreSQL can store: NUL characters (which SQLite keeps) become U+FFFD."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        if value is not None and dialect.name == "postgresql" and "\x00" in value:
            return value.replace("\x00", "\ufffd")
        return value


# IMAP's UIDVALIDITY and UIDs are unsigned 32-bit numbers: past PostgreSQL's INTEGER.
# SQLite's INTEGER holds 64 bits already (and its tables keep the type they were made with).
UInt32 = BigInteger().with_variant(Integer(), "sqlite")


def uid_number(uid: str) -> int | None:
    """An IMAP UID as a number; None for a Maildir key (not a number)."""
    return int(uid) if uid.isascii() and uid.isdigit() and len(uid) <= 18 else None


def _uid_number_default(context: Any) -> int | None:
    return uid_number(str(context.get_current_parameters().get("uid") or ""))


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as UTC and returned aware (SQLite keeps no offset)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class MessageRow(Base):
    """state: claimed -> done | failed | ignored | duplicate."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_message_location"),
        Index("ix_message_identity", "message_id", "sha256"),
        Index("ix_message_state", "state"),
        # the poll's highest UID per mailbox generation from the index, not a scan
        Index("ix_message_uid_number", "mailbox", "uidvalidity", "uid_number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(Clipped(300))
    uidvalidity: Mapped[int] = mapped_column(UInt32)
    uid: Mapped[str] = mapped_column(Clipped(200))
    # the UID as a number (IMAP), NULL for a Maildir key: set from `uid` on insert
    uid_number: Mapped[int | None] = mapped_column(
        UInt32, nullable=True, default=_uid_number_default
    )
    state: Mapped[str] = mapped_column(Clipped(20), default="claimed")
    # the process that claimed it (intake.store.claims): a claim of a live daemon is its
    # own, a dead one's is taken over
    claimed_by: Mapped[str] = mapped_column(Clipped(100), default="", server_default="")
    error: Mapped[str] = mapped_column(PgText, default="")
    claimed_at: Mapped[datetime]
    received_at: Mapped[datetime | None]
    message_id: Mapped[str] = mapped_column(Clipped(500), default="")
    sha256: Mapped[str] = mapped_column(Clipped(64), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    raw_path: Mapped[str] = mapped_column(Clipped(500), default="")
    subject: Mapped[str] = mapped_column(PgText, default="")
    from_addr: Mapped[str] = mapped_column(Clipped(320), default="")
    from_name: Mapped[str] = mapped_column(PgText, default="")
    reply_to: Mapped[str] = mapped_column(Clipped(320), default="")
    references: Mapped[str] = mapped_column(PgText, default="")
    flags: Mapped[list[Any]] = mapped_column(default=list)
    problems: Mapped[list[Any]] = mapped_column(default=list)
    relevance: Mapped[str] = mapped_column(PgText, default="")
    unit_id: Mapped[str | None] = mapped_column(Clipped(100), nullable=True)
    unit_rule: Mapped[str] = mapped_column(Clipped(100), default="")
    unit_evidence: Mapped[list[Any]] = mapped_column(default=list)
    candidates: Mapped[list[Any]] = mapped_column(default=list)
    new_sender: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[list[Any]] = mapped_column(default=list)
    body_facts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    may_reply: Mapped[bool] = mapped_column(default=False)
    ack_state: Mapped[str] = mapped_column(Clipped(20), default="none")  # none|pending|queued
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), nullable=True)

    attachments: Mapped[list[AttachmentRow]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="AttachmentRow.idx"
    )


class AttachmentRow(Base):
    __tablename__ = "attachments"
    # by message: replacing a message's rows and loading its attachments would otherwise
    # scan the whole table each time, which makes a backlog quadratic
    __table_args__ = (
        Index("ix_attachment_sha", "sha256"),
        Index("ix_attachment_message", "message_pk"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    idx: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(PgText)
    origin: Mapped[str] = mapped_column(PgText, default="")
    content_type: Mapped[str] = mapped_column(Clipped(200), default="")
    sha256: Mapped[str] = mapped_column(Clipped(64))
    size: Mapped[int] = mapped_column(Integer, default=0)
    doc_kind: Mapped[str] = mapped_column(Clipped(40), default="")
    doc_status: Mapped[str] = mapped_column(Clipped(40), default="")
    doc_reason: Mapped[str] = mapped_column(PgText, default="")
    category: Mapped[str] = mapped_column(Clipped(40), default="other")
    category_rule: Mapped[str] = mapped_column(Clipped(100), default="")
    category_evidence: Mapped[list[Any]] = mapped_column(default=list)
    path: Mapped[str] = mapped_column(PgText, default="")  # relative to the archive; "" = not filed
    duplicate_of: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL"), nullable=True
    )
    facts: Mapped[dict[str, Any]] = mapped_column(default=dict)  # contacts, urls, statistics
    # the unit this file counts for when it is not the message's (a county forwarding a
    # school's file credits the school), with why
    own_unit_id: Mapped[str | None] = mapped_column(Clipped(100), nullable=True)
    unit_evidence: Mapped[list[Any]] = mapped_column(default=list)
    # staff's word on a file that could not be read: "" | accepted | rejected
    review: Mapped[str] = mapped_column(Clipped(20), default="")
    review_note: Mapped[str] = mapped_column(PgText, default="")

    message: Mapped[MessageRow] = relationship(back_populates="attachments")

    @property
    def unit_id(self) -> str | None:
        """The unit this file counts for."""
        return self.own_unit_id or self.message.unit_id


class ItemRow(Base):
    """Something that counts toward a requirement; rebuilt whenever its message is judged."""

    __tablename__ = "items"
    __table_args__ = (Index("ix_item_unit", "unit_id"), Index("ix_item_message", "message_pk"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    unit_id: Mapped[str] = mapped_column(Clipped(100))
    deliverable: Mapped[str] = mapped_column(Clipped(40))
    received_at: Mapped[datetime]
    key: Mapped[str] = mapped_column(PgText)
    label: Mapped[str] = mapped_column(PgText)
    contact: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    readable: Mapped[bool] = mapped_column(default=True)
    source: Mapped[str] = mapped_column(Clipped(20), default="file")  # file|body|link|offline
    supersedes: Mapped[bool] = mapped_column(default=False)  # a change of liaison


class SenderRow(Base):
    __tablename__ = "senders"

    address: Mapped[str] = mapped_column(Clipped(320), primary_key=True)
    unit_id: Mapped[str] = mapped_column(Clipped(100))
    learned_at: Mapped[datetime]


class OutboxRow(Base):
    """state: queued -> sent | failed (permanent). `key` makes each email unique."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Clipped(500), unique=True)
    kind: Mapped[str] = mapped_column(Clipped(20))  # reminder | ack | digest
    unit_id: Mapped[str | None] = mapped_column(Clipped(100), nullable=True)
    recipients: Mapped[list[Any]] = mapped_column(default=list)
    subject: Mapped[str] = mapped_column(PgText, default="")
    eml: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(Clipped(20), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    next_attempt_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(PgText, default="")


class AuditRow(Base):
    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    user: Mapped[str] = mapped_column(Clipped(100))
    action: Mapped[str] = mapped_column(Clipped(40))
    target: Mapped[str] = mapped_column(PgText)
    detail: Mapped[str] = mapped_column(PgText, default="")
    note: Mapped[str] = mapped_column(PgText, default="")


class MetaRow(Base):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(Clipped(100), primary_key=True)
    value: Mapped[str] = mapped_column(PgText)


class UserRow(Base):
    """A staff account of the console. `disabled` accounts cannot log in."""

    __tablename__ = "users"

    name: Mapped[str] = mapped_column(Clipped(100), primary_key=True)
    password_hash: Mapped[str] = mapped_column(Clipped(300))
    created_at: Mapped[datetime]
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[datetime | None]


class WebSessionRow(Base):
    """A console session; `id` is the sha256 of the cookie's token (the token is not kept)."""

    __tablename__ = "web_sessions"
    __table_args__ = (Index("ix_web_session_user", "user"),)

    id: Mapped[str] = mapped_column(Clipped(64), primary_key=True)
    user: Mapped[str] = mapped_column(Clipped(100))
    csrf: Mapped[str] = mapped_column(Clipped(100))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]


class LoginAttemptRow(Base):
    """One login tried on the console: by whom (as typed), from where, whether it worked."""

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempt_user", "user", "at"),
        Index("ix_login_attempt_client", "client", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    user: Mapped[str] = mapped_column(Clipped(100))
    client: Mapped[str] = mapped_column(Clipped(100))
    ok: Mapped[bool] = mapped_column(Boolean, default=False)


class LiaisonConfirmationRow(Base):
    """A liaison contact staff confirmed (from mail whose sender was not verified): its
    email may then receive the unit's mail. `key` is the contact item's key."""

    __tablename__ = "liaison_confirmations"
    __table_args__ = (UniqueConstraint("message_pk", "key", name="uq_liaison_confirmation"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    key: Mapped[str] = mapped_column(Clipped(100))
    who: Mapped[str] = mapped_column(Clipped(100))
    at: Mapped[datetime]


class FileMoveRow(Base):
    """A file operation a correction committed to and has not finished yet (a redo log):
    the rows already name `dst`; `intake.corrections.files.finish_moves` completes it at
    the next start if the correction was killed in between. op: move | copy | delete."""

    __tablename__ = "file_moves"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    op: Mapped[str] = mapped_column(Clipped(10))
    src: Mapped[str] = mapped_column(PgText)
    dst: Mapped[str] = mapped_column(PgText, default="")
    created_at: Mapped[datetime]


class RecommendationRow(Base):
    """An article staff recommend (推荐): the item (unit + key, as in `items`), the message
    and attachment it came in, why, who and when."""

    __tablename__ = "recommendations"
    __table_args__ = (UniqueConstraint("unit_id", "item_key", name="uq_recommendation_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[str] = mapped_column(Clipped(100))
    item_key: Mapped[str] = mapped_column(PgText)
    message_pk: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attachment_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(PgText, default="")
    user: Mapped[str] = mapped_column(Clipped(100))
    at: Mapped[datetime]


class OverrideRow(Base):
    """Staff exempted a unit from a requirement (免报) or gave it its own deadline (延期)."""

    __tablename__ = "overrides"
    __table_args__ = (UniqueConstraint("unit_id", "requirement_id", name="uq_override"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[str] = mapped_column(Clipped(100))
    requirement_id: Mapped[str] = mapped_column(Clipped(100))
    exempt: Mapped[bool] = mapped_column(default=False)
    due: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(PgText, default="")
    who: Mapped[str] = mapped_column(Clipped(100))
    at: Mapped[datetime]
