"""The header block every automatic mail carries, with its plain-text and HTML parts.

    msg = automatic_mail(
        "reminder", subject, to, sender, now,
        message_id=message_id("remind", planned.key, sender.domain),
        text=text, html=html, unit_id=unit.id, key=planned.key,
    )

`Auto-Submitted` (RFC 3834) and `X-Auto-Response-Suppress` keep auto-responders from
answering, so two robots never mail each other in a loop; `X-Notice-Intake` names the kind
of mail (and `-Unit`, `-Key` what it is about), which the `.eml` sink uses for file names.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from outbox.model import Sender
from outbox.render import one_line


def automatic_mail(
    kind: str,
    subject: str,
    to: Sequence[str],
    sender: Sender,
    now: datetime,
    *,
    message_id: str,
    text: str,
    html: str,
    unit_id: str | None = None,
    key: str | None = None,
    replying_to: Sequence[str] = (),
    auto_submitted: str = "auto-generated",
) -> EmailMessage:
    """A mail from `sender` to `to` with the headers of an automatic mail of `kind`;
    `replying_to` (Message-IDs, oldest first) threads it under the last of them."""
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = sender.from_
    msg["To"] = ", ".join(one_line(a, 320) for a in to)
    if sender.reply_to:
        msg["Reply-To"] = sender.reply_to
    msg["Date"] = format_datetime(now.astimezone(UTC))
    msg["Message-ID"] = message_id
    if replying_to:
        msg["In-Reply-To"] = replying_to[-1]
        msg["References"] = " ".join(replying_to)
    msg["Auto-Submitted"] = auto_submitted
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Notice-Intake"] = kind
    if unit_id is not None:
        msg["X-Notice-Intake-Unit"] = unit_id
    if key is not None:
        msg["X-Notice-Intake-Key"] = key
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg
