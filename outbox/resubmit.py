"""The 请重新报送 mail: staff rejected a file, and the unit is told why and asked again.

msg = compose_resubmit(campaign, unit, request, to, sender, now)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from outbox.model import Sender
from outbox.render import (
    format_deadline,
    format_full_date,
    format_moment,
    make_environment,
    message_id,
    one_line,
    render_subject,
)
from rules.campaign import Campaign, Unit


@dataclass(frozen=True, slots=True)
class Resubmit:
    """What staff rejected: the file, when it came, why, and the requirement's deadline."""

    key: str
    file_name: str
    received_at: datetime
    reason: str
    due: datetime | None = None


def compose_resubmit(
    campaign: Campaign,
    unit: Unit,
    request: Resubmit,
    to: Sequence[str],
    sender: Sender,
    now: datetime,
    *,
    templates: Path | None = None,
) -> EmailMessage:
    """Chinese plain text plus an HTML alternative, from resubmit.txt/.html."""
    if not [a for a in to if a.strip()]:
        raise ValueError("a message needs at least one recipient")
    tz = campaign.tz
    context = {
        "unit_name": unit.name,
        "campaign_name": campaign.name,
        "issuer": campaign.issuer,
        "file_name": one_line(request.file_name, 200),
        "received_text": format_moment(request.received_at, tz),
        "reason": one_line(request.reason, 1000),
        "due_text": format_deadline(request.due, tz) if request.due else "",
        "mailboxes": list(campaign.mailboxes) or [sender.reply_to or sender.address],
        "date_text": format_full_date(now, tz),
    }
    env = make_environment(templates)
    msg = EmailMessage()
    msg["Subject"] = render_subject(
        env, "resubmit", {**context, "file_short": one_line(request.file_name, 80)}
    )
    msg["From"] = sender.from_
    msg["To"] = ", ".join(one_line(a, 320) for a in to)
    if sender.reply_to:
        msg["Reply-To"] = sender.reply_to
    msg["Date"] = format_datetime(now.astimezone(UTC))
    msg["Message-ID"] = message_id("resubmit", request.key, sender.domain)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Notice-Intake"] = "resubmit"
    msg["X-Notice-Intake-Unit"] = unit.id
    msg.set_content(env.get_template("resubmit.txt").render(context))
    msg.add_alternative(env.get_template("resubmit.html").render(context), subtype="html")
    return msg
