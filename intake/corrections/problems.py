"""What needs a human: the problems queue staff work through (command line, console).

problems(ctx)   # [Problem(kind="unassigned", ref="#12", text=..., since=...), ...]
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from intake.context import Context
from intake.store import MessageRow, OutboxRow
from intake.trust import Trust

_BAD_DOCS = {"unreadable", "unsupported", "encrypted", "image-only"}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing staff should look at. `ref` is what to pass to assign/reclassify."""

    kind: str  # unassigned | ambiguous | failed | unreadable | invalid-contact | new-sender |
    # liaison-unconfirmed | auth-failed | too-large | delivery-failed | delivery-uncertain
    ref: str  # "#12" for a message, "a31" for an attachment, "o5" for an outbox email
    text: str
    since: datetime | None


def problems(ctx: Context) -> list[Problem]:
    """Everything that needs a human, oldest first."""
    out: list[Problem] = []
    with ctx.store.session() as s:
        spoofed = select(MessageRow).where(MessageRow.state == "ignored", MessageRow.raw_path != "")
        for m in s.scalars(spoofed):
            if "auth-failed" in (m.flags or []):  # a unit's address forged, or a broken relay
                who = f"{m.subject or '(no subject)'} <{m.from_addr}>"
                text = f"{who}: sender authentication failed; not counted (assign it if genuine)"
                out.append(Problem("auth-failed", f"#{m.id}", text, m.received_at))
        for m in s.scalars(select(MessageRow).where(MessageRow.state.in_(("done", "failed")))):
            who = f"{m.subject or '(no subject)'} <{m.from_addr}>"
            if m.state == "failed":
                out.append(Problem("failed", f"#{m.id}", f"{who}: {m.error}", m.received_at))
                continue
            if m.unit_id is None:
                kind = "ambiguous" if m.candidates else "unassigned"
                cands = f" (candidates: {', '.join(m.candidates)})" if m.candidates else ""
                out.append(Problem(kind, f"#{m.id}", f"{who}{cands}", m.received_at))
            elif m.new_sender:
                out.append(
                    Problem(
                        "new-sender",
                        f"#{m.id}",
                        f"{m.from_addr} is not registered for {m.unit_id} ({m.unit_rule})",
                        m.received_at,
                    )
                )
            if "too-large" in (m.flags or []):
                out.append(
                    Problem(
                        "too-large",
                        f"#{m.id}",
                        f"{who}: over mailbox.max_message_mb, stored raw but not read: "
                        "its files are not filed",
                        m.received_at,
                    )
                )
            if "auth-failed" in (m.flags or []):
                out.append(
                    Problem(
                        "auth-failed",
                        f"#{m.id}",
                        f"{who}: sender authentication failed",
                        m.received_at,
                    )
                )
            for a in m.attachments:
                if a.doc_status in _BAD_DOCS and not a.review:  # staff decided already
                    out.append(
                        Problem(
                            "unreadable",
                            f"a{a.id}",
                            f"{a.filename}: {a.doc_status} {a.doc_reason}".strip(),
                            m.received_at,
                        )
                    )
            for c in _contacts(m):
                bad = [
                    f"{k}: {v.get('problem') or 'invalid'}"
                    for k in ("name", "position", "email", "mobile")
                    if isinstance((v := c.get(k)), dict) and v.get("value") and not v.get("valid")
                ]
                if bad and m.unit_id:
                    out.append(
                        Problem(
                            "invalid-contact",
                            f"#{m.id}",
                            f"{m.unit_id} {c.get('source', '')}: {'; '.join(bad)}",
                            m.received_at,
                        )
                    )
        for c in Trust.load(ctx).unconfirmed:  # from a sender not verified for the unit
            out.append(
                Problem(
                    "liaison-unconfirmed",
                    f"#{c.message_pk}",
                    f"{c.unit_id}: liaison {c.name or '?'} <{c.email}> from {c.sender or '?'}, "
                    "not a verified address: confirm it before it receives the unit's mail",
                    c.received_at,
                )
            )
        for o in s.scalars(
            select(OutboxRow).where(OutboxRow.state == "queued", OutboxRow.attempts >= 3)
        ):
            out.append(
                Problem(
                    "delivery-retrying",
                    f"o{o.id}",
                    f"{o.kind} to {', '.join(o.recipients)}: {o.attempts} attempts, "
                    f"last: {o.last_error}",
                    o.created_at,
                )
            )
        for o in s.scalars(select(OutboxRow).where(OutboxRow.state == "failed")):
            out.append(
                Problem(
                    "delivery-failed",
                    f"o{o.id}",
                    f"{o.kind} to {', '.join(o.recipients)}: {o.last_error}",
                    o.created_at,
                )
            )
        # `sending` outlives a flush only when it was killed while handing the email to
        # the server: it may have arrived, so it is not sent again (at most once)
        for o in s.scalars(select(OutboxRow).where(OutboxRow.state == "sending")):
            out.append(
                Problem(
                    "delivery-uncertain",
                    f"o{o.id}",
                    f"{o.kind} to {', '.join(o.recipients)}: interrupted while being sent; "
                    f"it may or may not have arrived (after checking: intake resend o{o.id})",
                    o.created_at,
                )
            )
    return sorted(out, key=lambda p: (p.since is None, p.since or datetime.min))


def _contacts(m: MessageRow) -> list[dict]:
    found = list((m.body_facts or {}).get("contacts", []))
    for a in m.attachments:
        found.extend((a.facts or {}).get("contacts", []))
    return found
