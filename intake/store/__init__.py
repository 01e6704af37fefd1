"""The store: processed state, items, the outbox queue and the audit log (SQLAlchemy 2).

    store = Store.open("sqlite:///data/intake.db")
    with store.session() as s: ...          # one transaction; commits or rolls back

SQLite runs in WAL mode with a busy timeout so the daemon and a staff command can share it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    bindparam,
    cast,
    create_engine,
    event,
    func,
    insert,
    select,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from intake.errors import StoreCorrupt, StoreError
from intake.store.schema import (
    SCHEMA_VERSION,
    AttachmentRow,
    AuditRow,
    Base,
    ItemRow,
    MessageRow,
    MetaRow,
    OutboxRow,
    OverrideRow,
    SenderRow,
)
from intake.store.serialize import contact_from_json
from rules.model import Item, Known, Override

log = logging.getLogger(__name__)

__all__ = [
    "AttachmentRow",
    "AuditRow",
    "ItemRow",
    "MessageRow",
    "OutboxRow",
    "SenderRow",
    "Store",
    "with_liaisons",
]


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


# max(CAST(uid AS INTEGER)) per mailbox generation from the index, not a scan of its rows;
# SQLite only (a Maildir's UIDs are not numbers, which PostgreSQL's CAST would refuse)
_UID_NUMBER_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_message_uid_number "
    "ON messages (mailbox, uidvalidity, CAST(uid AS INTEGER))"
)


_WHERE_MAILBOX = (
    MessageRow.mailbox == bindparam("mailbox"),
    MessageRow.uidvalidity == bindparam("uidvalidity"),
)
# by state alone: the planner would otherwise walk the mailbox's index over every row
_CLAIMED = select(MessageRow.mailbox, MessageRow.uidvalidity, MessageRow.uid).where(
    MessageRow.state == "claimed"
)
_LAST_UID = select(func.max(cast(MessageRow.uid, Integer))).where(*_WHERE_MAILBOX)


_DONE_COPY = (
    select(MessageRow.id)
    .where(
        MessageRow.sha256 == bindparam("sha256"),
        MessageRow.message_id == bindparam("message_id"),
        MessageRow.state.in_(("done", "failed")),
        MessageRow.id != bindparam("exclude"),
    )
    .limit(1)
)
# The state is tested on the rows found: with it in the query SQLite scans ix_message_state
# (every message taken in) instead of searching ix_message_identity.
_DONE_COPIES = (
    select(MessageRow.id, MessageRow.message_id, MessageRow.sha256, MessageRow.state)
    .where(MessageRow.message_id.in_(bindparam("ids", expanding=True)))
    .order_by(MessageRow.id)
)
_AUDIT_MARK = select(func.max(AuditRow.id))
_NEW_CONTACTS = (
    select(ItemRow.id, ItemRow.unit_id, ItemRow.contact)
    .where(ItemRow.id > bindparam("after"), ItemRow.contact.is_not(None))
    .order_by(ItemRow.id)
)
_ITEMS = select(
    ItemRow.unit_id,
    ItemRow.deliverable,
    ItemRow.received_at,
    ItemRow.key,
    ItemRow.label,
    ItemRow.message_pk,
    ItemRow.contact,
    ItemRow.readable,
    ItemRow.source,
    ItemRow.supersedes,
).order_by(ItemRow.received_at, ItemRow.id)


def with_liaisons(known: Known, rows: Sequence[tuple[str | None, dict | None]]) -> Known:
    """`known` plus the liaisons of these (unit id, contact json) rows, as `Store.learn`
    adds them: what the poll learns from a message it has just recorded."""
    if not rows:
        return known
    emails, mobiles = dict(known.liaison_emails), dict(known.liaison_mobiles)
    _liaisons(rows, emails, mobiles)
    return Known(sender_units=known.sender_units, liaison_emails=emails, liaison_mobiles=mobiles)


def _liaisons(rows: Any, emails: dict[str, str], mobiles: dict[str, str]) -> None:
    """Add the valid liaison email/mobile of each (unit id, contact json) row; the first
    unit seen with an address keeps it."""
    for unit_id, contact in rows:
        c = contact or {}
        email = (c.get("email") or {}).get("value", "")
        mobile = (c.get("mobile") or {}).get("value", "")
        if email and (c.get("email") or {}).get("valid"):
            emails.setdefault(email.lower(), unit_id)
        if mobile and (c.get("mobile") or {}).get("valid"):
            mobiles.setdefault(mobile, unit_id)


_DAMAGED = ("malformed", "not a database", "file is encrypted", "disk image")


def store_failure(exc: DatabaseError, url: str) -> StoreError:
    """The StoreError a driver error means: busy/unavailable (retry) or damaged (not)."""
    text = str(exc.orig if exc.orig is not None else exc)
    if any(word in text for word in _DAMAGED):
        where = url.removeprefix("sqlite:///")
        return StoreCorrupt(
            f"the database {where} is damaged ({text}): restore a backup (intake backup "
            "makes one) or move the file aside and run `intake rebuild`"
        )
    if isinstance(exc, OperationalError):
        return StoreError(f"database busy or unavailable: {text}")
    return StoreError(f"database error: {text}")


class Store:
    """Access to the database. Methods open their own short transactions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._audit_mark: int | None = -1  # the newest audit row when known() last ran
        self._item_mark = 0  # the newest item row known() or learn() has seen

    @classmethod
    def open(cls, url: str, *, create: bool = True) -> Store:
        """Open (and create, at the current schema) the database at `url`."""
        if url.startswith("sqlite:///") and ":memory:" not in url:
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        try:
            engine = create_engine(url, future=True)
        except (SQLAlchemyError, ImportError) as exc:
            raise StoreError(f"store.url: cannot use database {url!r}: {exc}") from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        if create:
            store.create()
        return store

    def create(self) -> None:
        try:
            Base.metadata.create_all(self.engine)
            with self.engine.begin() as conn:
                if self.engine.dialect.name == "sqlite":  # last_uid() without a scan
                    conn.exec_driver_sql(_UID_NUMBER_INDEX)
            with self.session() as s:
                row = s.get(MetaRow, "schema_version")
                if row is None:
                    s.add(MetaRow(key="schema_version", value=str(SCHEMA_VERSION)))
                elif int(row.value) != SCHEMA_VERSION:
                    raise StoreError(
                        f"database schema {row.value} is not the current {SCHEMA_VERSION}"
                    )
        except DatabaseError as exc:
            raise store_failure(exc, self.url) from None

    def is_empty(self) -> bool:
        """No message taken in and no email queued: a new database, or one that lost all."""
        with self.session() as s:
            return not (
                s.scalar(select(func.count()).select_from(MessageRow))
                or s.scalar(select(func.count()).select_from(OutboxRow))
            )

    def schema_version(self) -> int | None:
        with self.session() as s:
            row = s.get(MetaRow, "schema_version")
            return int(row.value) if row else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
            session.commit()
        except DatabaseError as exc:
            session.rollback()
            raise store_failure(exc, self.url) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One Core transaction: commits or rolls back. For the poll's per-message writes,
        where the ORM's unit of work (identity map, lazy loads, flushes) cost more than the
        statements themselves."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except DatabaseError as exc:
            raise store_failure(exc, self.url) from None

    # --- claiming ------------------------------------------------------------------

    def last_uid(self, mailbox: str, uidvalidity: int) -> int:
        """The highest numeric UID recorded for this mailbox generation (0 if none)."""
        with self.session() as s:
            top = s.scalar(
                select(func.max(cast(MessageRow.uid, Integer))).where(
                    MessageRow.mailbox == mailbox, MessageRow.uidvalidity == uidvalidity
                )
            )
        return int(top or 0)

    def _read(self, query: Any) -> Any:
        """`query(connection)` in a short Core read (no ORM session: per-message lookups)."""
        try:
            with self.engine.connect() as conn:
                return query(conn)
        except DatabaseError as exc:
            raise store_failure(exc, self.url) from None

    def poll_state(self, mailbox: str, uidvalidity: int) -> tuple[list[str], int]:
        """What a poll starts from, in one short read: the UIDs claimed whose work never
        committed (`unfinished`) and the highest numeric UID recorded (`last_uid`)."""
        where = {"mailbox": mailbox, "uidvalidity": uidvalidity}
        try:
            # Core and statements built once: a poll with nothing new stays lean
            with self.engine.connect() as conn:
                redo = [
                    uid
                    for box, validity, uid in conn.execute(_CLAIMED)
                    if box == mailbox and validity == uidvalidity
                ]
                top = conn.scalar(_LAST_UID, where)
        except DatabaseError as exc:
            raise store_failure(exc, self.url) from None
        return redo, int(top or 0)

    def recorded_uids(self, mailbox: str, uidvalidity: int) -> set[str]:
        with self.session() as s:
            return set(
                s.scalars(
                    select(MessageRow.uid).where(
                        MessageRow.mailbox == mailbox, MessageRow.uidvalidity == uidvalidity
                    )
                )
            )

    def unfinished(self, mailbox: str, uidvalidity: int) -> list[str]:
        """UIDs claimed earlier whose work never committed (a crash): to be done again."""
        with self.session() as s:
            return list(
                s.scalars(
                    select(MessageRow.uid).where(
                        MessageRow.mailbox == mailbox,
                        MessageRow.uidvalidity == uidvalidity,
                        MessageRow.state == "claimed",
                    )
                )
            )

    def claim(self, mailbox: str, uidvalidity: int, uids: Sequence[str], now: datetime) -> None:
        """Give every UID a `claimed` row before any work on it starts."""
        with self.transaction() as conn:
            have = set(
                conn.scalars(
                    select(MessageRow.uid).where(
                        MessageRow.mailbox == mailbox,
                        MessageRow.uidvalidity == uidvalidity,
                        MessageRow.uid.in_(list(uids)),
                    )
                )
            )
            rows = [
                {"mailbox": mailbox, "uidvalidity": uidvalidity, "uid": uid, "claimed_at": now}
                for uid in dict.fromkeys(uids)
                if uid not in have
            ]
            if rows:
                conn.execute(insert(MessageRow), rows)

    def row_ids(self, mailbox: str, uidvalidity: int, uids: Sequence[str]) -> dict[str, int]:
        """Store numbers of claimed UIDs, in one query (a batch at a time)."""
        with self.session() as s:
            rows = s.execute(
                select(MessageRow.uid, MessageRow.id).where(
                    MessageRow.mailbox == mailbox,
                    MessageRow.uidvalidity == uidvalidity,
                    MessageRow.uid.in_(list(uids)),
                )
            )
            return {uid: pk for uid, pk in rows}

    def row_id(self, mailbox: str, uidvalidity: int, uid: str) -> int:
        with self.session() as s:
            return s.scalars(
                select(MessageRow.id).where(
                    MessageRow.mailbox == mailbox,
                    MessageRow.uidvalidity == uidvalidity,
                    MessageRow.uid == uid,
                )
            ).one()

    def done_copy(self, message_id: str, sha256: str, exclude: int) -> int | None:
        """A message already taken in with the same Message-ID and bytes, if any."""
        params = {"sha256": sha256, "message_id": message_id, "exclude": exclude}
        return self._read(lambda conn: conn.scalars(_DONE_COPY, params).first())

    def done_copies(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """`done_copy` for many (Message-ID, sha256) keys in one query: the first message
        taken in with each key that has one."""
        wanted = set(keys)
        rows = self._read(
            lambda conn: conn.execute(_DONE_COPIES, {"ids": sorted({m for m, _ in wanted})}).all()
        )
        found: dict[tuple[str, str], int] = {}
        for pk, message_id, sha256, state in rows:
            if (message_id, sha256) in wanted and state in ("done", "failed"):
                found.setdefault((message_id, sha256), pk)
        return found

    # --- what rules need -------------------------------------------------------------

    def known(self) -> Known:
        """Learned sender addresses and liaison emails/mobiles per unit."""
        with self.session() as s:
            self._audit_mark = s.scalar(select(func.max(AuditRow.id)))
            self._item_mark = s.scalar(select(func.max(ItemRow.id))) or 0
            senders = {r.address: r.unit_id for r in s.scalars(select(SenderRow))}
            emails: dict[str, str] = {}
            mobiles: dict[str, str] = {}
            rows = s.execute(
                select(ItemRow.unit_id, ItemRow.contact)
                .where(ItemRow.contact.is_not(None), ItemRow.id <= self._item_mark)
                .order_by(ItemRow.id)
            )
            _liaisons(rows, emails, mobiles)
        return Known(sender_units=senders, liaison_emails=emails, liaison_mobiles=mobiles)

    def learn(self, known: Known) -> Known:
        """`known` plus the contact items recorded since it was read: the same as `known()`,
        without reading every contact item again. A staff correction since (it leaves an
        audit row) may have changed or removed items and senders: then all are read."""

        def read(conn: Any) -> tuple[Any, list[Any]]:
            mark = conn.scalar(_AUDIT_MARK)
            if mark != self._audit_mark:
                return mark, []
            return mark, list(conn.execute(_NEW_CONTACTS, {"after": self._item_mark}))

        mark, rows = self._read(read)
        if mark != self._audit_mark:
            return self.known()
        if not rows:
            return known
        self._item_mark = rows[-1][0]
        return with_liaisons(known, [(unit_id, contact) for _id, unit_id, contact in rows])

    def items(self) -> list[Item]:
        """Every item, oldest first. Plain rows, not ORM objects: statuses read them all
        after every poll (thousands in a campaign)."""
        rows = self._read(lambda conn: conn.execute(_ITEMS).all())
        return [
            Item(
                unit_id=unit_id,
                deliverable=deliverable,
                received_at=received_at,
                key=key,
                label=label,
                message_ref=str(message_pk),
                contact=contact_from_json(contact) if contact else None,
                readable=readable,
                source=source,
                supersedes=supersedes,
            )
            for (
                unit_id,
                deliverable,
                received_at,
                key,
                label,
                message_pk,
                contact,
                readable,
                source,
                supersedes,
            ) in rows
        ]

    def overrides(self) -> list[Override]:
        """Staff's exemptions and extensions, as rules read them."""
        with self.session() as s:
            return [
                Override(r.unit_id, r.requirement_id, exempt=r.exempt, due=r.due, note=r.note)
                for r in s.scalars(select(OverrideRow).order_by(OverrideRow.id))
            ]

    # --- meta --------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self.session() as s:
            row = s.get(MetaRow, key)
            return row.value if row else None

    def set_meta(self, key: str, value: str, session: Session | None = None) -> None:
        def _set(s: Session) -> None:
            row = s.get(MetaRow, key)
            if row is None:
                s.add(MetaRow(key=key, value=value))
            else:
                row.value = value

        if session is not None:
            _set(session)
            return
        with self.session() as s:
            _set(s)

    # --- outbox ------------------------------------------------------------------------

    @staticmethod
    def enqueue(
        s: Session,
        *,
        key: str,
        kind: str,
        unit_id: str | None,
        recipients: Sequence[str],
        subject: str,
        eml: bytes,
        now: datetime,
    ) -> bool:
        """Queue an email in the caller's transaction; False if `key` was queued before
        (also by another process at the same moment: the insert does nothing then)."""
        dialect = s.get_bind().dialect.name
        build = pg_insert if dialect == "postgresql" else sqlite_insert
        stmt = (
            build(OutboxRow)
            .values(
                key=key,
                kind=kind,
                unit_id=unit_id,
                recipients=list(recipients),
                subject=subject,
                eml=eml,
                state="queued",
                attempts=0,
                created_at=now,
                next_attempt_at=now,
                last_error="",
            )
            .on_conflict_do_nothing(index_elements=["key"])
        )
        return bool(s.execute(stmt).rowcount)

    def outbox_due(self, now: datetime, limit: int = 100) -> list[OutboxRow]:
        with self.session() as s:
            return list(
                s.scalars(
                    select(OutboxRow)
                    .where(OutboxRow.state == "queued", OutboxRow.next_attempt_at <= now)
                    .order_by(OutboxRow.id)
                    .limit(limit)
                )
            )

    def audit(
        self,
        s: Session,
        *,
        at: datetime,
        user: str,
        action: str,
        target: str,
        detail: str = "",
        note: str = "",
    ) -> None:
        s.add(AuditRow(at=at, user=user, action=action, target=target, detail=detail, note=note))
