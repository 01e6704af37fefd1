"""Whether a mail belongs to the campaign at all (the office mailbox carries other mail too).

    relevance(mail, campaign, known)
    # Relevance(relevant=True, reason="registered sender tsqjtj@ta.shandong.cn")
    # Relevance(relevant=False, reason="before campaign start 2020-11-01")

Relevant when the mail is from a registered sender (config addresses or addresses staff
assigned; the original sender of a forward counts too), or names a unit (bureau forms
only, see `rules.units`), or carries a campaign keyword in its subject, attachment names
or body -- and was received on or after the campaign start. A mail with no date at all is
judged by content only. Bounces and auto-replies from a registered sender are relevant
(they are recorded); whether to answer them is decided in `rules.judge`.
"""

from __future__ import annotations

from datetime import datetime

from parsers.model import Mail
from rules.campaign import Campaign
from rules.model import Known, Relevance
from rules.text import canon, find_names, keyword_hits
from rules.units import registered_senders, unit_patterns


def _aware(moment: datetime, campaign: Campaign) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=campaign.tz)


def _before_start(mail: Mail, campaign: Campaign, received_at: datetime | None) -> str:
    moment = received_at or mail.date
    if moment is None:
        return ""
    if _aware(moment, campaign) < campaign.start_at():
        return f"before campaign start {campaign.start.isoformat()}"
    return ""


def _content_reason(mail: Mail, campaign: Campaign, known: Known) -> str:
    registered = registered_senders(campaign, known)
    for addr in (mail.from_addr, mail.forwarded_from):
        if addr and addr.lower() in registered:
            return f"registered sender {addr.lower()}"
    places = [
        ("subject", mail.subject),
        ("subject", mail.forwarded_subject),
        *(("attachment name", a.filename) for a in mail.attachments),
        ("body", mail.body_text),
    ]
    patterns = unit_patterns(campaign)
    for place, text in places:
        if text:
            hits = find_names(canon(text), patterns)
            if hits:
                return f"unit name {hits[0].pattern} in {place}"
    for place, text in places:
        if text:
            hits = keyword_hits(text, campaign.keywords)
            if hits:
                return f"keyword {hits[0].key} in {place}"
    return ""


def relevance(
    mail: Mail, campaign: Campaign, known: Known, received_at: datetime | None = None
) -> Relevance:
    """Whether `mail` belongs to `campaign`; `received_at` (else the Date header) dates it."""
    reason = _content_reason(mail, campaign, known)
    if not reason:
        return Relevance(False, "no registered sender, unit name or campaign keyword")
    too_early = _before_start(mail, campaign, received_at)
    if too_early:
        return Relevance(False, f"{too_early} ({reason})")
    return Relevance(True, reason)
