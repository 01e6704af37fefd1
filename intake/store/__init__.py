"""The store: processed state, items, the outbox queue and the audit log (SQLAlchemy 2).

    store = Store.open("sqlite:///data/intake.db")
    with store.session() as s: ...          # one transaction; commits or rolls back

SQLite runs in WAL mode with a busy timeout so the daemon and a staff command can share it;
PostgreSQL (`postgresql+psycopg://…`) lets several daemons share one campaign: claims and
outbox sending are made for that (intake.store.claiming, intake.store.claims). The schema
is brought up to date when a store opens (intake.store.opening, intake.store.migrations).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    create_engine,
    event,
    func,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from intake.errors import StoreCorrupt, StoreError
from intake.store.claiming import Claims
from intake.store.claims import Holder
from intake.store.schema import (
    AttachmentRow,
    AuditRow,
    ItemRow,
    MessageRow,
    MetaRow,
    OutboxRow,
    OverrideRow,
    SenderRow,
)
from intake.store.serialize import CONTACT_FIELDS, contact_from_json
from parsers.model import Contact
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
    "read_items",
    "with_liaisons",
]


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


_CHUNK = 500  # rows a whole-table read fetches and decodes at a time
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


def read_items(conn: Connection | Session, unit_id: str | None = None) -> list[Item]:
    """Every item (or every item of `unit_id`), oldest first, read in chunks on `conn` (a
    connection or a session: the caller's transaction). Plain rows, not ORM objects:
    statuses read them all (tens of thousands in a big campaign); equal contacts, field
    values and repeated names are one object each, since a unit sends its liaison's data
    again and again (issue 22: these lists were most of the acknowledgement pass's peak)."""
    query = _ITEMS if unit_id is None else _ITEMS.where(ItemRow.unit_id == unit_id)
    rows = conn.execute(query.execution_options(yield_per=_CHUNK))
    shared: dict[Any, Any] = {}  # value -> the one object that stands for it

    def one(value: Any) -> Any:
        return shared.setdefault(value, value)

    def contact_of(data: dict[str, Any]) -> Contact:
        contact = contact_from_json(data)
        fields = {name: one(getattr(contact, name)) for name in CONTACT_FIELDS}
        return one(replace(contact, **fields))

    return [
        Item(
            unit_id=one(unit),
            deliverable=one(deliverable),
            received_at=received_at,
            key=key,
            label=label,
            message_ref=str(message_pk),
            contact=contact_of(contact) if contact else None,
            readable=readable,
            source=one(source),
            supersedes=supersedes,
        )
        for (
            unit,
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


def _shown(url: str) -> str:
    """A database URL as it may be shown: without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


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


class Store(Claims):
    """Access to the database. Methods open their own short transactions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._audit_mark: int | None = -1  # the newest audit row when known() last ran
        self._item_mark = 0  # the newest item row known() or learn() has seen
        self._holder: Holder | None = None

    @classmethod
    def open(cls, url: str, *, create: bool = True) -> Store:
        """Open the database at `url`; with `create`, make it when new and bring a SQLite
        one to the current schema (intake.store.opening)."""
        if url.startswith("sqlite:///") and ":memory:" not in url:
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        try:
            engine = create_engine(url)
        except (SQLAlchemyError, ImportError) as exc:
            hint = " (pip install 'notice-intake[postgres]')" if "psycopg" in str(exc) else ""
            raise StoreError(f"store.url: cannot use database {_shown(url)}: {exc}{hint}") from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        if create:
            store.create()
        return store

    def create(self) -> None:
        """Make a new database at the current schema, or upgrade or refuse an older one."""
        from intake.store.opening import prepare

        try:
            prepare(self.engine, self.url)
        except DatabaseError as exc:
            raise store_failure(exc, self.url) from None

    @property
    def holder(self) -> Holder:  # type: ignore[override]
        """This store's claim token (made when it first claims)."""
        if self._holder is None:
            try:
                self._holder = Holder.open(self.engine)
            except DatabaseError as exc:
                raise store_failure(exc, self.url) from None
        return self._holder

    def close(self) -> None:
        """Let go of the claim token and the connections."""
        if self._holder is not None:
            self._holder.close()
            self._holder = None
        self.engine.dispose()

    def is_empty(self) -> bool:
        """No message taken in and no email queued: a new database, or one that lost all."""
        with self.session() as s:
            return not (
                s.scalar(select(func.count()).select_from(MessageRow))
                or s.scalar(select(func.count()).select_from(OutboxRow))
            )

    def revision(self) -> str | None:
        """The schema revision the database is at (intake.store.migrations)."""
        from intake.store.opening import revision_of

        return self._read(revision_of)

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

    def _read(self, query: Any) -> Any:
        """`query(connection)` in a short Core read (no ORM session: per-message lookups)."""
        try:
            with self.engine.connect() as conn:
                return query(conn)
        except DatabaseError as exc:
            raise store_failure(exc, self.url) from None

    # --- what rules need -------------------------------------------------------------

    def known(self) -> Known:
        """Learned sender addresses and liaison emails/mobiles per unit."""
        with self.session() as s:
            self._audit_mark = s.scalar(select(func.max(AuditRow.id)))
            self._item_mark = s.scalar(select(func.max(ItemRow.id))) or 0
            senders = {r.address: r.unit_id for r in s.scalars(select(SenderRow))}
            emails: dict[str, str] = {}
            mobiles: dict[str, str] = {}
            # in chunks: unchunked, the ORM fetches every row and decodes every contact's
            # JSON before the first is used, a peak that grows with the backlog (issue 22)
            rows = s.execute(
                select(ItemRow.unit_id, ItemRow.contact)
                .where(ItemRow.contact.is_not(None), ItemRow.id <= self._item_mark)
                .order_by(ItemRow.id)
                .execution_options(yield_per=_CHUNK)
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

    def items(self, unit_id: str | None = None) -> list[Item]:
        """Every item (or every item of `unit_id`), oldest first: `read_items` in a short
        read of its own."""
        return self._read(lambda conn: read_items(conn, unit_id))

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
            .returning(OutboxRow.id)  # a row back: inserted (psycopg's rowcount says -1)
        )
        return s.execute(stmt).first() is not None

    def claim_email(self, row_id: int) -> bool:
        """Mark a queued email `sending`, committed before it is handed to the server;
        False when it is not queued (sent, or another daemon's flush has it). The row is
        locked with SKIP LOCKED: a flush never waits for another's."""
        locked = (
            select(OutboxRow.id)
            .where(OutboxRow.id == row_id, OutboxRow.state == "queued")
            .with_for_update(skip_locked=True)
        )
        with self.transaction() as conn:
            done = conn.execute(
                update(OutboxRow)
                .where(OutboxRow.id.in_(locked.scalar_subquery()), OutboxRow.state == "queued")
                .values(state="sending")
            )
            return bool(done.rowcount)

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
