"""Claiming messages, so that several daemons on one database (one per mailbox, or two on
one mailbox for failover) never take one message twice.

    redo, last = store.poll_state(mailbox, uidvalidity)   # claims a dead holder left
    mine = store.claim(mailbox, uidvalidity, uids, now)   # only these may be worked on

A UID is claimed by inserting its row: the unique (mailbox, uidvalidity, uid) lets one
insert win, whichever daemon makes it. The row names its holder (`claimed_by`,
intake.store.claims); a claim whose holder died is taken over by an UPDATE on rows locked
with `FOR UPDATE SKIP LOCKED` (PostgreSQL; SQLite has one writer at a time), conditional
on the dead holder still being named, so one taker wins there too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from intake.store.claims import NAMESPACE, lock_key
from intake.store.schema import MessageRow

if TYPE_CHECKING:
    from intake.store.claims import Holder

_WHERE_MAILBOX = (
    MessageRow.mailbox == bindparam("mailbox"),
    MessageRow.uidvalidity == bindparam("uidvalidity"),
)
# by state alone: the planner would otherwise walk the mailbox's index over every row
_CLAIMED = select(
    MessageRow.mailbox, MessageRow.uidvalidity, MessageRow.uid, MessageRow.claimed_by
).where(MessageRow.state == "claimed")
_LAST_UID = select(func.max(MessageRow.uid_number)).where(*_WHERE_MAILBOX)
_LOCATION = ["mailbox", "uidvalidity", "uid"]
_CLAIM_LOCK = text("SELECT pg_advisory_xact_lock(CAST(:ns AS integer), CAST(:key AS integer))")

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


class Claims:
    """The claiming half of `Store` (a mixin: it uses the store's sessions)."""

    holder: Holder
    _read: Any
    transaction: Any
    session: Any

    def last_uid(self, mailbox: str, uidvalidity: int) -> int:
        """The highest numeric UID recorded for this mailbox generation (0 if none)."""
        where = {"mailbox": mailbox, "uidvalidity": uidvalidity}
        return int(self._read(lambda conn: conn.scalar(_LAST_UID, where)) or 0)

    def poll_state(self, mailbox: str, uidvalidity: int) -> tuple[list[str], int]:
        """What a poll starts from, in one short read: the UIDs claimed whose work never
        committed (`unfinished`: this store's own, and those of holders that died) and the
        highest numeric UID recorded (`last_uid`). Claims of a live daemon are its own."""
        where = {"mailbox": mailbox, "uidvalidity": uidvalidity}

        def read(conn: Any) -> tuple[list[tuple[str, str]], Any]:
            claimed = [
                (uid, by)
                for box, validity, uid, by in conn.execute(_CLAIMED)
                if box == mailbox and validity == uidvalidity
            ]
            return claimed, conn.scalar(_LAST_UID, where)

        claimed, top = self._read(read)
        dead = self.holder.dead({by for _, by in claimed}) if claimed else set()
        mine = self.holder.token
        return [uid for uid, by in claimed if by == mine or by in dead], int(top or 0)

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
        return self.poll_state(mailbox, uidvalidity)[0]

    def claim(
        self, mailbox: str, uidvalidity: int, uids: Sequence[str], now: datetime
    ) -> list[str]:
        """Claim `uids` before any work on them starts; returns those this store holds now,
        in the order given: the ones it inserted, its own earlier claims, and claims of
        holders that died (taken over). A UID recorded already, or claimed by another live
        daemon, is left out: only what is returned may be worked on."""
        token = self.holder.ensure()
        wanted = list(dict.fromkeys(uids))
        if not wanted:
            return []
        place = {"mailbox": mailbox, "uidvalidity": uidvalidity}
        with self.transaction() as conn:
            postgres = conn.dialect.name == "postgresql"
            if postgres:
                # one claim of a mailbox at a time: two transactions inserting the same keys
                # in different orders would each wait for the other's rows (a deadlock)
                conn.execute(_CLAIM_LOCK, {"ns": NAMESPACE + 1, "key": lock_key(mailbox)})
            build = pg_insert if postgres else sqlite_insert
            conn.execute(
                build(MessageRow).on_conflict_do_nothing(index_elements=_LOCATION),
                [place | {"uid": uid, "claimed_at": now, "claimed_by": token} for uid in wanted],
            )
        holders = self._holders(mailbox, uidvalidity, wanted)
        dead = self.holder.dead({by for by in holders.values() if by != token})
        if dead:
            self._take_over(mailbox, uidvalidity, wanted, dead, token)
            holders = self._holders(mailbox, uidvalidity, wanted)
        return [uid for uid in wanted if holders.get(uid) == token]

    def _holders(self, mailbox: str, uidvalidity: int, uids: list[str]) -> dict[str, str]:
        """Who holds each of `uids` that is still claimed."""
        query = select(MessageRow.uid, MessageRow.claimed_by).where(
            MessageRow.mailbox == mailbox,
            MessageRow.uidvalidity == uidvalidity,
            MessageRow.uid.in_(uids),
            MessageRow.state == "claimed",
        )
        return self._read(lambda conn: dict(conn.execute(query).all()))

    def _take_over(
        self, mailbox: str, uidvalidity: int, uids: list[str], dead: set[str], token: str
    ) -> None:
        """Name this store as the holder of the claims of dead holders among `uids`: rows
        another taker has locked are skipped, and a row another taker took is no longer
        the dead holder's, so each claim changes hands once."""
        rows = (
            select(MessageRow.id)
            .where(
                MessageRow.mailbox == mailbox,
                MessageRow.uidvalidity == uidvalidity,
                MessageRow.uid.in_(uids),
                MessageRow.state == "claimed",
                MessageRow.claimed_by.in_(sorted(dead)),
            )
            .with_for_update(skip_locked=True)
        )
        with self.transaction() as conn:
            conn.execute(
                update(MessageRow)
                .where(
                    MessageRow.id.in_(rows.scalar_subquery()),
                    MessageRow.claimed_by.in_(sorted(dead)),
                    MessageRow.state == "claimed",
                )
                .values(claimed_by=token)
            )

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
