"""One message through the flow: claim, fetch, parse, judge, file, commit.

    report = poll(ctx, source, now=now)       # everything new in one mailbox

Per message, top to bottom: the store already holds a `claimed` row; the raw bytes are
parsed into a Mail; mail unrelated to the campaign is recorded as ignored (headers only);
otherwise the raw message is archived, documents are read into facts, rules judge them,
files are put in the archive, and one transaction records the outcome. A failure in any
parser or rule marks that message failed (raw kept) and the poll goes on.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from parsers.facts import read_facts

from intake.archive import Archive
from intake.config import Settings
from intake.errors import StoreError
from intake.items import rebuild_items
from intake.sources.base import MailSource, RawMessage
from intake.store import AttachmentRow, MessageRow, Store
from intake.store.serialize import contact_to_json, stats_to_json, url_to_json
from parsers.mail import read_mail
from parsers.model import Mail, MailFacts, MailFlag, StatsField
from rules.campaign import Category
from rules.judge import judge
from rules.model import Judgement, Known
from rules.relevance import relevance

log = logging.getLogger(__name__)


@dataclass
class Context:
    """What every job needs: settings, the store and the archive."""

    settings: Settings
    store: Store
    archive: Archive

    @classmethod
    def open(cls, settings: Settings) -> Context:
        return cls(
            settings=settings,
            store=Store.open(settings.store_url),
            archive=Archive(settings.archive_dir),
        )

    @property
    def stats_fields(self) -> tuple[StatsField, ...]:
        template = self.settings.campaign.statistics
        if template is None:
            return ()
        return tuple(
            StatsField(key=c.key, header=c.header, aliases=c.aliases, numeric=c.numeric)
            for c in template.columns
        )


@dataclass(frozen=True, slots=True)
class FiledFile:
    name: str
    category: str
    path: str  # relative to the archive; "" when not filed (containers)
    status: str
    duplicate: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one message, for the command line and logs."""

    uid: str
    state: str  # done | ignored | duplicate | failed
    ref: int = 0  # the message's number in the store (#12), for assign/ignore/reprocess
    subject: str = ""
    from_addr: str = ""
    unit_id: str | None = None
    unit_rule: str = ""
    evidence: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()
    files: tuple[FiledFile, ...] = ()
    reason: str = ""


@dataclass
class PollReport:
    mailbox: str = ""
    outcomes: list[Outcome] = field(default_factory=list)
    remaining: int = 0  # new messages left for the next run (per-run cap)

    def count(self, state: str) -> int:
        return sum(1 for o in self.outcomes if o.state == state)


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
    settings = ctx.settings.mailbox
    uidvalidity = source.open()
    mailbox = source.name
    store = ctx.store
    redo = store.unfinished(mailbox, uidvalidity)
    new = source.new_uids(
        store.last_uid(mailbox, uidvalidity),
        recorded=lambda: store.recorded_uids(mailbox, uidvalidity),
    )
    todo = redo + [u for u in new if u not in set(redo)]
    report = PollReport(mailbox=mailbox, remaining=max(0, len(todo) - settings.max_per_run))
    todo = todo[: settings.max_per_run]
    if on_total:
        on_total(len(todo))
    known = store.known()
    for start in range(0, len(todo), settings.batch_size):
        batch = todo[start : start + settings.batch_size]
        store.claim(mailbox, uidvalidity, batch, now)
        taken: list[str] = []
        for raw in source.fetch(batch):
            outcome = take_in(ctx, mailbox, uidvalidity, raw, now=now, known=known)
            report.outcomes.append(outcome)
            if outcome.state in ("done", "duplicate"):
                taken.append(raw.uid)
                if outcome.unit_id:
                    known = store.known()  # liaisons learned from this mail help the next
            if on_outcome:
                on_outcome(outcome)
            if stop is not None and stop.is_set():
                break
        if settings.move_to and taken:
            source.move(taken, settings.move_to)
        if stop is not None and stop.is_set():
            report.remaining += len(todo) - start - len(batch)
            break
    return report


def take_in(
    ctx: Context,
    mailbox: str,
    uidvalidity: int,
    raw: RawMessage,
    *,
    now: datetime,
    known: Known,
) -> Outcome:
    """Process one claimed message to its final state. Raises only StoreError."""
    row_id = ctx.store.row_id(mailbox, uidvalidity, raw.uid)
    sha = hashlib.sha256(raw.data).hexdigest()
    cap = int(ctx.settings.mailbox.max_message_mb * 1024 * 1024)
    mail: Mail | None = None
    try:
        mail = read_mail(raw.data, max_bytes=cap)
        campaign = ctx.settings.campaign
        verdict = relevance(mail, campaign, known, raw.received_at)
        if not verdict.relevant:
            _finish_ignored(ctx.store, row_id, mail, raw, sha, verdict.reason)
            log.info("message %s ignored: %s", raw.uid, verdict.reason)
            return Outcome(
                uid=raw.uid,
                state="ignored",
                subject=mail.subject,
                from_addr=mail.from_addr,
                reason=verdict.reason,
            )
        copy_of = ctx.store.done_copy(mail.message_id, sha, row_id)
        raw_path = ctx.archive.write_raw(raw.data, sha)
        if copy_of is not None:
            _finish_duplicate(ctx.store, row_id, mail, raw, sha, raw_path, copy_of)
            log.info("message %s is a copy of message #%s: not filed again", raw.uid, copy_of)
            return Outcome(
                uid=raw.uid,
                state="duplicate",
                subject=mail.subject,
                from_addr=mail.from_addr,
                reason=f"copy of message #{copy_of}",
            )
        if MailFlag.TOO_LARGE in mail.flags:
            facts = MailFacts(mail=mail)
        else:
            facts = read_facts(mail, ctx.stats_fields, stats_min_matched=_min_matched(ctx.settings))
        judgement = judge(facts, campaign, known)
        outcome = record(
            ctx, row_id, raw, sha, raw_path, facts, judgement, now=now, reason=verdict.reason
        )
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
        raw_path = ctx.archive.write_raw(raw.data, sha)
        with ctx.store.session() as s:
            row = s.get_one(MessageRow, row_id)
            row.state, row.error, row.sha256, row.raw_path = "failed", error, sha, raw_path
            row.received_at, row.size = raw.received_at, len(raw.data)
            if mail is not None:
                row.subject, row.from_addr, row.message_id = (
                    mail.subject,
                    mail.from_addr,
                    mail.message_id,
                )
        return Outcome(
            uid=raw.uid,
            state="failed",
            reason=error,
            subject=mail.subject if mail else "",
            from_addr=mail.from_addr if mail else "",
        )


def _min_matched(settings: Settings) -> int:
    template = settings.campaign.statistics
    return template.min_matched if template else 3


def _headers(row: MessageRow, mail: Mail, raw: RawMessage, sha: str) -> None:
    row.received_at = raw.received_at
    row.sha256, row.size = sha, len(raw.data)
    row.message_id, row.subject = mail.message_id, mail.subject
    row.from_addr, row.from_name = mail.from_addr, mail.from_name
    row.reply_to = mail.reply_to
    row.references = " ".join((*mail.references, mail.message_id)).strip()
    row.flags = sorted(str(f) for f in mail.flags)
    row.problems = list(mail.problems)


def _finish_ignored(
    store: Store, row_id: int, mail: Mail, raw: RawMessage, sha: str, reason: str
) -> None:
    with store.session() as s:
        row = s.get_one(MessageRow, row_id)
        _headers(row, mail, raw, sha)
        row.problems = []
        row.state, row.relevance = "ignored", reason


def _finish_duplicate(
    store: Store, row_id: int, mail: Mail, raw: RawMessage, sha: str, raw_path: str, copy_of: int
) -> None:
    with store.session() as s:
        row = s.get_one(MessageRow, row_id)
        _headers(row, mail, raw, sha)
        row.state, row.raw_path, row.duplicate_of = "duplicate", raw_path, copy_of


def record(
    ctx: Context,
    row_id: int,
    raw: RawMessage,
    sha: str,
    raw_path: str,
    facts: MailFacts,
    judgement: Judgement,
    *,
    now: datetime,
    reason: str = "",
) -> Outcome:
    """File the attachments and write the whole outcome in one transaction."""
    mail = facts.mail
    unit_id = judgement.unit.unit_id
    categories = {d.index: d.category for d in judgement.files}
    local = raw.received_at.astimezone(ctx.settings.campaign.tz)
    filed: list[FiledFile] = []
    with ctx.store.session() as s:
        row = s.get_one(MessageRow, row_id)
        _headers(row, mail, raw, sha)
        row.state, row.error, row.raw_path, row.relevance = "done", "", raw_path, reason
        row.unit_id = unit_id
        row.unit_rule = judgement.unit.rule
        row.unit_evidence = list(judgement.unit.evidence)
        row.candidates = list(judgement.unit.candidates)
        row.new_sender = judgement.unit.new_sender
        row.notes = list(judgement.notes)
        row.may_reply = judgement.may_reply
        row.ack_state = "pending" if judgement.may_reply and unit_id else "none"
        row.body_facts = {
            "contacts": [contact_to_json(c) for c in facts.body_contacts],
            "urls": [url_to_json(u) for u in facts.body_urls],
            "column_urls": list(judgement.column_urls),
            "article_links": list(judgement.article_links),
        }
        row.attachments.clear()
        s.flush()
        for i, ff in enumerate(facts.files):
            verdict = categories.get(i)
            category = verdict.category if verdict else Category.OTHER
            att = ff.attachment
            doc = ff.document
            path, duplicate_of = "", None
            if doc.status != "container":
                prior = _filed_copy(s, att.sha256, unit_id, category.value)
                if prior is not None:
                    path, duplicate_of = prior.path, prior.id
                else:
                    path = ctx.archive.target(
                        unit_id, category.value, local, att.filename, att.sha256
                    )
                    ctx.archive.put(path, att.data)
            row.attachments.append(
                AttachmentRow(
                    idx=i,
                    filename=att.filename,
                    origin=att.origin,
                    content_type=att.content_type,
                    sha256=att.sha256,
                    size=len(att.data),
                    doc_kind=doc.kind,
                    doc_status=str(doc.status),
                    doc_reason=doc.reason,
                    category=category.value,
                    category_rule=verdict.rule if verdict else "",
                    category_evidence=list(verdict.evidence) if verdict else [],
                    path=path,
                    duplicate_of=duplicate_of,
                    facts={
                        "contacts": [contact_to_json(c) for c in ff.contacts],
                        "urls": [url_to_json(u) for u in ff.urls],
                        "statistics": stats_to_json(ff.statistics),
                    },
                )
            )
            filed.append(
                FiledFile(
                    name=att.filename,
                    category=category.value,
                    path=path,
                    status=str(doc.status),
                    duplicate=duplicate_of is not None,
                )
            )
        s.flush()
        rebuild_items(s, row)
    return Outcome(
        uid=raw.uid,
        state="done",
        ref=row_id,
        subject=mail.subject,
        from_addr=mail.from_addr,
        unit_id=unit_id,
        unit_rule=judgement.unit.rule,
        evidence=judgement.unit.evidence,
        candidates=judgement.unit.candidates,
        files=tuple(filed),
    )


def _filed_copy(s, sha256: str, unit_id: str | None, category: str) -> AttachmentRow | None:
    """The same file already filed for this unit and category (a resend)."""
    from sqlalchemy import select

    return s.scalars(
        select(AttachmentRow)
        .join(MessageRow)
        .where(
            AttachmentRow.sha256 == sha256,
            AttachmentRow.category == category,
            AttachmentRow.path != "",
            AttachmentRow.duplicate_of.is_(None),
            MessageRow.unit_id.is_(unit_id) if unit_id is None else MessageRow.unit_id == unit_id,
        )
        .limit(1)
    ).first()
