"""One message's journey: claimed, fetched, read, judged, recorded, acknowledged.

    report = poll(ctx, source, now=now)       # everything new in one mailbox

`poll` takes the new messages of a mailbox from a `Feed` (which claims and fetches them,
and reads a backlog ahead in worker processes: `intake.feed`) and hands each to
`take_in`, which reads it top to bottom:

1. read the raw bytes into a `Mail` (parsers.mail);
2. judge whether it belongs to the campaign at all (rules.relevance): unrelated mail is
   recorded as ignored, headers only, no content kept;
3. keep the raw message in the archive; a copy of a message taken in before is recorded
   as a duplicate and filed no further;
4. read its documents into facts (parsers.facts) and judge them (rules.judge): the unit,
   each file's category, column URLs, contacts, whether to reply;
5. record: file the attachments and write the outcome in one transaction
   (intake.recording). The acknowledgement is queued from that record afterwards
   (intake.outgoing.acknowledge).

A failure in any parser or rule marks that message failed (raw kept) and the poll goes
on; only a store failure stops it.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from datetime import datetime

from intake.context import Context
from intake.errors import StoreError
from intake.feed import Copies, Feed
from intake.feed.screening import header_mail
from intake.feed.staging import DirectWrites, Prepared
from intake.feed.workers import cap_bytes
from intake.outcomes import FiledFile, Outcome, PollReport
from intake.recording import finish_duplicate, finish_failed, finish_ignored, record
from intake.sources.base import MailSource, RawMessage, mailbox_of
from parsers.mail import read_mail
from parsers.model import MailFacts, MailFlag
from rules.judge import judge
from rules.model import Known
from rules.relevance import relevance, relevance_of_documents, relevance_of_facts

log = logging.getLogger(__name__)

__all__ = ["Context", "FiledFile", "Outcome", "PollReport", "poll", "take_in"]


def poll(
    ctx: Context,
    source: MailSource,
    *,
    now: datetime,
    stop: threading.Event | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> PollReport:
    """Take in everything new in `source` (up to mailbox.max_per_run messages)."""
    uidvalidity = source.open()
    store, limit = ctx.store, mailbox_of(source, ctx.settings.mailbox).max_per_run
    redo, last_uid = store.poll_state(source.name, uidvalidity)
    new = source.new_uids(last_uid, recorded=lambda: store.recorded_uids(source.name, uidvalidity))
    todo = redo + [u for u in new if u not in set(redo)]
    report = PollReport(mailbox=source.name, remaining=max(0, len(todo) - limit))
    todo = todo[:limit]
    unclaimed = [u for u in todo if u not in set(redo)]
    if on_total:
        on_total(len(todo))
    if not todo:
        return report
    known = store.known()
    feed = Feed.open(ctx, source, uidvalidity, todo, new=unclaimed, now=now, known=known, stop=stop)
    with feed:
        for arrival in feed:
            outcome = take_in(
                ctx,
                source.name,
                uidvalidity,
                arrival.raw,
                now=now,
                known=feed.known,
                row_id=arrival.row_id,
                prepared=arrival.prepared,
                fresh=True,
                copies=feed.copies,
            )
            feed.done(arrival, outcome)
            report.outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
    ctx.ledger.sync()
    report.remaining += feed.left_over
    return report


def take_in(
    ctx: Context,
    mailbox: str,
    uidvalidity: int,
    raw: RawMessage,
    *,
    now: datetime,
    known: Known,
    row_id: int | None = None,
    prepared: Prepared | None = None,
    fresh: bool = False,
    copies: Copies | None = None,
) -> Outcome:
    """Take one claimed message to its final state and note it in the ledger. Raises only
    StoreError.

    `prepared`: what a worker process already read from `raw` (its archive files being
    written); without it the message is read here. `fresh`: the message was never
    recorded (a poll's claimed row), so there is nothing earlier to replace; reprocessing
    leaves it False. `copies`: the poll's record of messages taken in.
    """
    outcome = _journey(ctx, mailbox, uidvalidity, raw, now, known, row_id, prepared, fresh, copies)
    ctx.ledger.message(
        mailbox=mailbox,
        uidvalidity=uidvalidity,
        uid=raw.uid,
        received_at=raw.received_at,
        state=outcome.state,
        sha=outcome.sha,
        reason=outcome.reason if outcome.state == "ignored" else "",
        subject=outcome.subject if outcome.state == "ignored" else "",
        from_addr=outcome.from_addr if outcome.state == "ignored" else "",
    )
    return outcome


def _journey(
    ctx: Context,
    mailbox: str,
    uidvalidity: int,
    raw: RawMessage,
    now: datetime,
    known: Known,
    row_id: int | None,
    prepared: Prepared | None,
    fresh: bool,
    copies: Copies | None,
) -> Outcome:
    """The journey itself, top to bottom (see the module docstring)."""
    if row_id is None:
        row_id = ctx.store.row_id(mailbox, uidvalidity, raw.uid)
    sha = prepared.sha if prepared is not None else hashlib.sha256(raw.data).hexdigest()
    early = prepared.parsed if prepared is not None else None
    writes = prepared if prepared is not None else DirectWrites(ctx.archive)
    campaign = ctx.settings.campaign
    mail = None
    try:
        if raw.partial:  # the server found no clue in its text: judged on its headers
            mail = header_mail(raw)
        else:
            mail = (
                early.mail if early is not None else read_mail(raw.data, max_bytes=cap_bytes(ctx))
            )
        verdict = relevance(mail, campaign, known, raw.received_at)
        facts = early.facts if early is not None else None
        if verdict.look_inside and not raw.partial:  # it says nothing: do its documents?
            if facts is None:
                facts = ctx.read_facts(mail)
            verdict = relevance_of_documents(facts, campaign, raw.received_at)
        if verdict.relevant and not raw.partial and MailFlag.TOO_LARGE not in mail.flags:
            if facts is None:
                facts = ctx.read_facts(mail)
            verdict = relevance_of_facts(facts, campaign, verdict)  # does it deliver anything?
        if not verdict.relevant:
            reason = verdict.reason
            if raw.partial:
                reason += " (headers; the server's search found no clue in the text)"
            kept = writes.raw(raw, sha) if verdict.keep and not raw.partial else ""
            finish_ignored(ctx.store, row_id, mail, raw, "" if raw.partial else sha, reason, kept)
            log.info("message %s ignored: %s", raw.uid, reason)
            return Outcome(
                uid=raw.uid,
                state="ignored",
                subject=mail.subject,
                from_addr=mail.from_addr,
                reason=reason,
                sha="" if raw.partial else sha,
            )
        copy_of = (copies or Copies(ctx.store)).find(mail.message_id, sha, row_id)
        raw_path = writes.raw(raw, sha)
        if copy_of is not None:
            finish_duplicate(ctx.store, row_id, mail, raw, sha, raw_path, copy_of)
            log.info("message %s is a copy of message #%s: not filed again", raw.uid, copy_of)
            return Outcome(
                uid=raw.uid,
                state="duplicate",
                subject=mail.subject,
                from_addr=mail.from_addr,
                reason=f"copy of message #{copy_of}",
                sha=sha,
            )
        if MailFlag.TOO_LARGE in mail.flags:
            facts = MailFacts(mail=mail)
        elif facts is None:
            facts = ctx.read_facts(mail)
        judgement = judge(facts, campaign, known)
        outcome = record(
            ctx,
            row_id,
            raw,
            sha,
            raw_path,
            facts,
            judgement,
            now=now,
            reason=verdict.reason,
            writes=writes,
            replace=not fresh,
        )
        if copies is not None:
            copies.taken(mail.message_id, sha, row_id)
        log.info(
            "message %s from %s taken in: unit %s (%s), %d file(s)",
            raw.uid,
            mail.from_addr or "?",
            outcome.unit_id or "unassigned",
            outcome.unit_rule,
            len(outcome.files),
        )
        return outcome
    except StoreError:
        raise
    except Exception as exc:
        log.exception("message %s failed; raw message kept", raw.uid)
        error = f"{exc.__class__.__name__}: {exc}"[:500]
        finish_failed(ctx, row_id, raw, sha, mail, error)
        if copies is not None and mail is not None:
            copies.taken(mail.message_id, sha, row_id)  # a failed message counts as taken in
        return Outcome(
            uid=raw.uid,
            state="failed",
            reason=error,
            sha=sha,
            subject=mail.subject if mail else "",
            from_addr=mail.from_addr if mail else "",
        )
