"""待处理: the problems queue of `intake problems`, each with its one-click corrections.

The list is `intake.corrections.problems` (the same the command line and the digest show),
in the digest's words; each entry is shown with the message, file or email it names and
the forms that fix it: assign to a unit (remembering the sender), reclassify, ignore,
accept or reject an unreadable file, confirm a new sender's liaison, resend an email.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake import corrections
from intake.store import AttachmentRow, MessageRow, OutboxRow
from intake.web import records
from intake.web.app import console_of
from intake.web.render import page
from intake.web.words import PROBLEM_KINDS

_MESSAGE_KINDS = ("unassigned", "ambiguous", "new-sender", "auth-failed", "failed", "too-large")


@dataclass(frozen=True, slots=True)
class ProblemView:
    """A problem and the row it names (one of message, attachment, email is set)."""

    kind: str
    word: str
    ref: str
    since: datetime | None
    text: str
    message: MessageRow | None = None
    attachment: AttachmentRow | None = None
    email: OutboxRow | None = None


def _view(s: Session, p: corrections.Problem) -> ProblemView:
    base = {
        "kind": p.kind,
        "word": PROBLEM_KINDS.get(p.kind, p.kind),
        "ref": p.ref,
        "since": p.since,
        "text": p.text,
    }
    key = p.ref.lstrip("#ao")
    if not key.isdigit():
        return ProblemView(**base)
    if p.ref.startswith("#"):
        return ProblemView(**base, message=records.message(s, int(key)))
    if p.ref.startswith("a"):
        att = s.get(AttachmentRow, int(key))
        if att is not None:
            records.message(s, att.message_pk)  # loads the message and its files
        return ProblemView(**base, attachment=att, message=att.message if att else None)
    return ProblemView(**base, email=s.get(OutboxRow, int(key)))


def problem_views(request: Request) -> list[ProblemView]:
    """Every problem with its row, oldest first."""
    ctx = console_of(request).ctx
    found = corrections.problems(ctx)
    with ctx.store.session() as s:
        return [_view(s, p) for p in found]


def problems_page(request: Request) -> Response:
    """GET /problems: the problems queue, optionally of one kind."""
    campaign = console_of(request).ctx.settings.campaign
    views = problem_views(request)
    kind = request.query_params.get("kind", "")
    shown = [v for v in views if not kind or v.kind == kind]
    counts: dict[str, int] = {}
    for v in views:
        counts[v.kind] = counts.get(v.kind, 0) + 1
    return page(
        request,
        "problems.html",
        active="problems",
        problems=shown,
        total=len(views),
        counts=counts,
        kind=kind,
        units=campaign.units,
        names={u.id: u.name for u in campaign.units},
        categories=list(campaign.categories),
        message_kinds=_MESSAGE_KINDS,
    )


routes = [Route("/problems", problems_page, name="problems")]
