"""Re-deriving a lost or damaged database from the raw archive and the ledger, sending
nothing.

    report = rebuild(settings)   # RebuildReport(messages=312, corrections=4, emails=58, ...)

The ledger (`intake.ledger`) is replayed in order: every message is taken in again from
its raw copy through the same pipeline (an ignored one is recorded from its ledger line),
every staff correction is applied again through the same functions, every email is put
back in the state it last reached (queued, sent, failed or delivery-uncertain) and every
job cursor is restored. Emails already sent keep their keys, so no reminder, acknowledgement
or digest goes out twice; the messages an acknowledgement covered are marked acknowledged.
A message whose raw copy is missing stays claimed: the next poll fetches it again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from intake import corrections
from intake.config import Settings
from intake.context import Context
from intake.errors import StoreError, UsageError
from intake.ledger import Ledger
from intake.pipeline import take_in
from intake.sources.base import RawMessage
from intake.store import AttachmentRow, MessageRow, OutboxRow

log = logging.getLogger(__name__)


class _Silent(Ledger):
    """The ledger while it is being replayed: reads it, writes nothing more."""

    def append(self, event: str, *, sync: bool = False, **fields: Any) -> None:
        return None


@dataclass
class RebuildReport:
    messages: int = 0
    ignored: int = 0
    missing_raw: int = 0
    corrections: int = 0
    emails: int = 0
    skipped: int = 0  # events that named something the replay could not find


def rebuild(settings: Settings) -> RebuildReport:
    """Replay the ledger into an empty database (refuses one that holds messages)."""
    ctx = Context.open(settings, rebuilding=True)
    if not ctx.store.is_empty():
        raise UsageError(
            f"the database {ctx.store.url.removeprefix('sqlite:///')} is not empty; "
            "rebuild replays the ledger into a new one: move the file aside first"
        )
    ledger = ctx.ledger
    ctx.ledger = _Silent(ledger.folder)
    report = RebuildReport()
    known = ctx.store.known()
    seen: set[tuple[str, int, str]] = set()
    for event in ledger.events():
        kind = event.get("event")
        try:
            if kind == "message":
                known = _message(ctx, event, known, seen, report)
            elif kind == "correction":
                _correction(ctx, event, report)
                known = ctx.store.known()
            elif kind == "email":
                _email(ctx, ledger, event, report)
            elif kind == "meta":
                ctx.store.set_meta(event["key"], event["value"])
        except StoreError:
            raise
        except Exception as exc:  # one bad event must not stop the rest coming back
            report.skipped += 1
            log.warning("ledger event %s not replayed: %s: %s", kind, exc.__class__.__name__, exc)
    return report


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _message(
    ctx: Context,
    event: dict[str, Any],
    known: Any,
    seen: set[tuple[str, int, str]],
    report: RebuildReport,
) -> Any:
    place = (event["mailbox"], int(event["uidvalidity"]), str(event["uid"]))
    received_at = _when(event["received_at"])
    ctx.store.claim(*place[:2], [place[2]], received_at)
    row_id = ctx.store.row_id(*place)
    if event["state"] == "ignored":
        with ctx.store.session() as s:
            row = s.get_one(MessageRow, row_id)
            row.state, row.relevance, row.received_at = (
                "ignored",
                event.get("reason", ""),
                received_at,
            )
            row.subject, row.from_addr = event.get("subject", ""), event.get("from_addr", "")
        report.ignored += 1
        return known
    try:
        data = ctx.archive.read(f"_raw/{event['sha']}.eml")
    except (OSError, ValueError):
        report.missing_raw += 1  # stays claimed: the next poll takes it from the mailbox
        return known
    raw = RawMessage(uid=place[2], data=data, received_at=received_at)
    take_in(
        ctx,
        place[0],
        place[1],
        raw,
        now=received_at,
        known=known,
        row_id=row_id,
        fresh=place not in seen,
    )
    seen.add(place)
    report.messages += 1
    return ctx.store.learn(known)


def _row_ref(ctx: Context, place: list[Any]) -> str:
    return f"#{ctx.store.row_id(place[0], int(place[1]), str(place[2]))}"


def _correction(ctx: Context, event: dict[str, Any], report: RebuildReport) -> None:
    action, at, who, note = event["action"], _when(event["at"]), event["who"], event.get("note", "")
    if action == "assign":
        corrections.assign(
            ctx,
            _row_ref(ctx, event["message"]),
            event["unit"],
            remember_sender=bool(event.get("remember_sender")),
            now=at,
            who=who,
            note=note,
        )
    elif action == "reclassify":
        *place, idx = event["attachment"]
        with ctx.store.session() as s:
            pk = s.scalar(
                select(AttachmentRow.id).where(
                    AttachmentRow.message_pk == int(_row_ref(ctx, place)[1:]),
                    AttachmentRow.idx == int(idx),
                )
            )
        if pk is None:
            raise ValueError(f"no attachment {idx} of {place}")
        corrections.reclassify(ctx, f"a{pk}", event["category"], now=at, who=who, note=note)
    elif action == "ignore":
        corrections.ignore(ctx, _row_ref(ctx, event["message"]), now=at, who=who, note=note)
    elif action == "resend":
        with ctx.store.session() as s:
            ids = s.scalars(select(OutboxRow.id).where(OutboxRow.key.in_(event["emails"])))
            refs = [f"o{i}" for i in ids]
        if refs:
            corrections.resend(ctx, refs, uncertain=False, now=at, who=who, note=note)
    else:
        from intake import overrides

        overrides.replay(ctx, event)
    report.corrections += 1


def _email(ctx: Context, ledger: Ledger, event: dict[str, Any], report: RebuildReport) -> None:
    key, state, at = event["key"], event["state"], _when(event["at"])
    with ctx.store.session() as s:
        row = s.scalars(select(OutboxRow).where(OutboxRow.key == key)).first()
        if row is None:
            if "eml" not in event:
                raise ValueError(f"email {key} has no recorded bytes")
            row = OutboxRow(
                key=key,
                kind=event["kind"],
                unit_id=event.get("unit_id"),
                recipients=event.get("recipients", []),
                subject=event.get("subject", ""),
                eml=ledger.eml(event["eml"]) or b"",
                created_at=at,
                next_attempt_at=at,
                state="queued",
            )
            s.add(row)
            report.emails += 1
        row.state = "sending" if state == "sending" else state
        if state == "sent":
            row.sent_at = at
        if state in ("sent", "failed"):
            row.attempts += 1
            row.last_error = event.get("error", "")
        for place in event.get("covers", []):
            s.execute(
                update(MessageRow)
                .where(
                    MessageRow.mailbox == place[0],
                    MessageRow.uidvalidity == int(place[1]),
                    MessageRow.uid == str(place[2]),
                )
                .values(ack_state="queued")
            )
