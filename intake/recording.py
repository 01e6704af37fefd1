"""Recording one judged message: its files into the archive and its whole outcome into
the store in one transaction (message row, attachment rows, the items they count as).

    outcome = record(ctx, row_id, raw, sha, raw_path, facts, judgement, now=now, writes=w)

Also the other final states a message can reach: ignored (headers only, no content
kept), duplicate (a copy of a message taken in before) and failed (raw kept, error).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from intake.archive import Archive
from intake.failpoints import failpoint
from intake.feed.staging import Writes
from intake.items import ItemKinds, file_row, item_values
from intake.outcomes import FiledFile, Outcome
from intake.sources.base import RawMessage
from intake.store import AttachmentRow, ItemRow, MessageRow, Store
from intake.store.serialize import contact_to_json, stats_to_json, url_to_json
from parsers.model import Attachment, Contact, Document, Mail, MailFacts
from rules.campaign import OTHER, Campaign, Unit
from rules.doctext import document_title
from rules.liaisons import owner, settle
from rules.model import Judgement

if TYPE_CHECKING:
    from intake.context import Context

log = logging.getLogger(__name__)


def _headers(mail: Mail, raw: RawMessage, sha: str) -> dict[str, Any]:
    """The message row's columns read from the mail itself."""
    return {
        "received_at": raw.received_at,
        "sha256": sha,
        "size": raw.size or len(raw.data),
        "message_id": mail.message_id,
        "subject": mail.subject,
        "from_addr": mail.from_addr,
        "from_name": mail.from_name,
        "reply_to": mail.reply_to,
        "references": " ".join((*mail.references, mail.message_id)).strip(),
        "flags": sorted(str(f) for f in mail.flags),
        "problems": list(mail.problems),
    }


# Statements of the per-message writes, built once (Core on the tables: the ORM's bulk
# paths coerce every value again on each call). An UPDATE sets the columns it is given.
_MESSAGES, _ATTACHMENTS, _ITEMS = MessageRow.__table__, AttachmentRow.__table__, ItemRow.__table__
_UPDATE_MESSAGE = update(_MESSAGES).where(_MESSAGES.c.id == bindparam("row_id"))
_DELETE_ITEMS = delete(_ITEMS).where(_ITEMS.c.message_pk == bindparam("row_id"))
_DELETE_ATTACHMENTS = delete(_ATTACHMENTS).where(_ATTACHMENTS.c.message_pk == bindparam("row_id"))
_FILED = (
    select(_ATTACHMENTS.c.id, _ATTACHMENTS.c.path)
    .join(_MESSAGES, _MESSAGES.c.id == _ATTACHMENTS.c.message_pk)
    .where(
        _ATTACHMENTS.c.sha256 == bindparam("sha256"),
        _ATTACHMENTS.c.category == bindparam("category"),
        _ATTACHMENTS.c.path != "",
        _ATTACHMENTS.c.duplicate_of.is_(None),
    )
    .limit(1)
)
_FILE_UNIT = func.coalesce(_ATTACHMENTS.c.own_unit_id, _MESSAGES.c.unit_id)
_FILED_FOR_UNIT = _FILED.where(bindparam("unit_id") == _FILE_UNIT)
_FILED_UNASSIGNED = _FILED.where(_FILE_UNIT.is_(None))
_PATH_IN_USE = select(AttachmentRow.id).where(AttachmentRow.path == bindparam("path")).limit(1)


def _update_message(conn: Connection, row_id: int, values: dict[str, Any]) -> None:
    conn.execute(_UPDATE_MESSAGE, {"row_id": row_id, **values})


def finish_ignored(
    store: Store,
    row_id: int,
    mail: Mail,
    raw: RawMessage,
    sha: str,
    reason: str,
    raw_path: str = "",
) -> None:
    """Not a submission: headers and the reason only; the raw copy only when kept for
    staff to rescue (`raw_path`)."""
    values = _headers(mail, raw, sha) | {"problems": [], "state": "ignored", "relevance": reason}
    values["raw_path"] = raw_path
    with store.transaction() as conn:
        _update_message(conn, row_id, values)


def finish_duplicate(
    store: Store, row_id: int, mail: Mail, raw: RawMessage, sha: str, raw_path: str, copy_of: int
) -> None:
    values = _headers(mail, raw, sha)
    values |= {"state": "duplicate", "raw_path": raw_path, "duplicate_of": copy_of}
    with store.transaction() as conn:
        _update_message(conn, row_id, values)


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
    writes: Writes,
    replace: bool = True,
) -> Outcome:
    """File the attachments and write the whole outcome in one transaction: the message
    row, its attachment rows (with `replace`, earlier ones are deleted first) and the
    items they count as."""
    mail = facts.mail
    unit_id = judgement.unit.unit_id
    decisions = {d.index: d for d in judgement.files}
    local = raw.received_at.astimezone(ctx.settings.campaign.tz)
    campaign = ctx.settings.campaign
    own = campaign.unit(unit_id) if unit_id else None
    body_facts = {
        "contacts": [_contact(c, own, campaign, unit_id) for c in facts.body_contacts],
        "urls": [url_to_json(u) for u in facts.body_urls],
        "column_urls": list(judgement.column_urls),
        "article_links": list(judgement.article_links),
        "body_articles": [
            {"key": a.key, "title": a.title, "length": a.length, "images": a.images}
            for a in judgement.body_articles
        ],
        "external_files": list(judgement.external_files),
        "wechat": list(judgement.wechat_accounts),
        "liaison_change": judgement.liaison_change,
        "column_change": judgement.column_change,
        "unit_columns": [list(pair) for pair in judgement.unit_columns],
        "body_documents": [
            {"category": d.category, "title": d.title, "key": d.key}
            for d in judgement.body_documents
        ],
    }
    values = _headers(mail, raw, sha) | {
        "state": "done",
        "error": "",
        "raw_path": raw_path,
        "relevance": reason,
        "unit_id": unit_id,
        "unit_rule": judgement.unit.rule,
        "unit_evidence": list(judgement.unit.evidence),
        "candidates": list(judgement.unit.candidates),
        "new_sender": judgement.unit.new_sender,
        "notes": list(judgement.notes),
        "may_reply": judgement.may_reply,
        "ack_state": "pending" if judgement.may_reply and unit_id else "none",
        "body_facts": body_facts,
    }
    filed: list[FiledFile] = []
    attachments: list[dict[str, Any]] = []
    with ctx.store.transaction() as conn:
        _update_message(conn, row_id, values)
        if replace:  # a message judged again (reprocess) replaces what it recorded before
            conn.execute(_DELETE_ITEMS, {"row_id": row_id})
            conn.execute(_DELETE_ATTACHMENTS, {"row_id": row_id})
        for i, ff in enumerate(facts.files):
            decision = decisions.get(i)
            verdict = decision.category if decision else None
            category = verdict.category if verdict else OTHER
            owner = decision.unit if decision is not None else None
            file_unit = owner.unit_id if owner is not None else unit_id
            holder = campaign.unit(file_unit) if file_unit else None
            att = ff.attachment
            doc = ff.document
            status, reason = _as_kept(campaign, category, att.filename, str(doc.status), doc.reason)
            path, duplicate_of = "", None
            # a locked member's bytes are its archive's: the archive is filed in its place
            if _filed_itself(att, doc):
                prior = _filed_copy(conn, att.sha256, file_unit, category)
                own = ctx.archive.target(file_unit, category, local, att.filename, att.sha256)
                if prior is not None:
                    duplicate_of, path = prior
                    _drop_leftover(conn, ctx.archive, own, path)
                else:
                    path = own
                    writes.put(path, att.data, att.sha256)
            attachments.append(
                {
                    "message_pk": row_id,
                    "idx": i,
                    "filename": att.filename,
                    "origin": att.origin,
                    "content_type": att.content_type,
                    "sha256": att.sha256,
                    "size": len(att.data),
                    "doc_kind": doc.kind,
                    "doc_status": status,
                    "doc_reason": reason,
                    "category": category,
                    "category_rule": verdict.rule if verdict else "",
                    "category_evidence": list(verdict.evidence) if verdict else [],
                    "path": path,
                    "duplicate_of": duplicate_of,
                    "own_unit_id": owner.unit_id if owner is not None else None,
                    "unit_evidence": list(owner.evidence) if owner is not None else [],
                    "facts": {
                        "contacts": [_contact(c, holder, campaign, file_unit) for c in ff.contacts],
                        "urls": [url_to_json(u) for u in ff.urls],
                        "statistics": stats_to_json(ff.statistics),
                        "articles": list(decision.articles) if decision else [],
                        "article_units": list(decision.article_units) if decision else [],
                        "headline": document_title(ff) if doc.readable else "",
                    },
                }
            )
            filed.append(
                FiledFile(
                    name=att.filename,
                    category=category,
                    path=path,
                    status=status,
                    duplicate=duplicate_of is not None,
                )
            )
        if attachments:
            conn.execute(insert(_ATTACHMENTS), attachments)
        failpoint("record:files-placed")
        files = [file_row(a) for a in attachments]
        kinds = ItemKinds.of(campaign)
        items = item_values(row_id, unit_id, raw.received_at, body_facts, files, kinds)
        if items:
            conn.execute(insert(_ITEMS), items)
    contact = kinds.contact
    return Outcome(
        uid=raw.uid,
        state="done",
        ref=row_id,
        sha=sha,
        subject=mail.subject,
        from_addr=mail.from_addr,
        unit_id=unit_id,
        unit_rule=judgement.unit.rule,
        evidence=judgement.unit.evidence,
        candidates=judgement.unit.candidates,
        files=tuple(filed),
        liaisons=tuple((i["unit_id"], i["contact"]) for i in items if i["deliverable"] == contact),
    )


def _contact(
    contact: Contact, holder: Unit | None, campaign: Campaign, unit_id: str | None
) -> dict[str, Any]:
    """A contact as stored: its missing unit inferred from `holder`, and the unit it is the
    liaison of when its 单位 names another unit ("for_unit": a county's list of schools)."""
    data = contact_to_json(settle(contact, holder, campaign))
    belongs = owner(contact, campaign, unit_id)
    if belongs and belongs != unit_id:
        data["for_unit"] = belongs
    return data


def _as_kept(
    campaign: Campaign, category: str, filename: str, status: str, reason: str
) -> tuple[str, str]:
    """A file of a kind its deliverable takes as it is (a video's mp4: `file_kinds`) is
    received whole, not "unsupported": nothing reads videos, and none need reading."""
    spec = campaign.deliverable(category)
    suffix = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    if status == "unsupported" and spec is not None and suffix in spec.file_kinds:
        return "ok", f"a .{suffix} file, kept as it is (not read)"
    return status, reason


def _filed_itself(att: Attachment, doc: Document) -> bool:
    """Whether the file's bytes go to the archive: not an archive's (its members do), unless
    members are locked; never a locked member (it has no bytes)."""
    if doc.status == "container":
        return any(member.locked for member in doc.members)
    return not att.locked


def _filed_copy(
    conn: Connection, sha256: str, unit_id: str | None, category: str
) -> tuple[int, str] | None:
    """(id, path) of the same file already filed for this unit and category (a resend)."""
    params = {"sha256": sha256, "category": category}
    if unit_id is None:
        found = conn.execute(_FILED_UNASSIGNED, params).first()
    else:
        found = conn.execute(_FILED_FOR_UNIT, {**params, "unit_id": unit_id}).first()
    return (found[0], found[1]) if found is not None else None


def _drop_leftover(conn: Connection, archive: Archive, own: str, kept: str) -> None:
    """Remove this message's own copy of a file now recorded as a duplicate of `kept`.

    The copy exists when an earlier attempt at this message placed its files and died
    before its transaction committed, and a resend of the same file was filed before
    the message was taken in again: no row names the copy, so nothing else would ever
    remove it. Removing it before the commit is safe: no committed row refers to it."""
    if own == kept or not archive.abs(own).exists():
        return
    if conn.execute(_PATH_IN_USE, {"path": own}).first() is None:
        archive.abs(own).unlink(missing_ok=True)
        log.info("removed %s, left by an interrupted attempt at a resent file", own)


def finish_failed(
    ctx: Context, row_id: int, raw: RawMessage, sha: str, mail: Mail | None, error: str
) -> None:
    """A message whose reading or judging raised: raw kept, error recorded, never lost."""
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
