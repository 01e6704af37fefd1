"""`identify_unit`: the unit rules in the order of `UNIT_RULES`, and how their verdicts
combine (see `rules.units`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from parsers.model import MailFacts, MailFlag
from rules.campaign import Campaign
from rules.model import Known, UnitVerdict
from rules.units.content import name_in_content
from rules.units.senders import (
    effective_sender,
    liaison_contact,
    registered_senders,
    sender_address,
)

log = logging.getLogger(__name__)

UnitRule = Callable[[MailFacts, Campaign, Known], UnitVerdict | None]


UNIT_RULES: tuple[UnitRule, ...] = (sender_address, name_in_content, liaison_contact)


def identify_unit(facts: MailFacts, campaign: Campaign, known: Known) -> UnitVerdict:
    """Run `UNIT_RULES` in order; the first rule naming a unit decides (see module doc)."""
    mail = facts.mail
    pending: UnitVerdict | None = None
    decided: UnitVerdict | None = None
    for rule in UNIT_RULES:
        verdict = rule(facts, campaign, known)
        if verdict is None:
            continue
        if verdict.unit_id is None:
            if pending is None or pending.rule != "ambiguous":
                pending = verdict
            elif verdict.rule == "ambiguous":
                merged = tuple(dict.fromkeys(pending.candidates + verdict.candidates))
                pending = replace(
                    pending, candidates=merged, evidence=pending.evidence + verdict.evidence
                )
            continue
        if pending is not None and pending.rule == "ambiguous":
            if verdict.unit_id in pending.candidates:
                decided = replace(
                    verdict,
                    evidence=(
                        *verdict.evidence,
                        f"breaks the tie between {', '.join(pending.candidates)}",
                    ),
                )
                break
            pending = replace(
                pending,
                candidates=(*pending.candidates, verdict.unit_id),
                evidence=pending.evidence + verdict.evidence,
            )
            continue
        decided = verdict
        break
    result = (
        decided
        or pending
        or UnitVerdict(
            unit_id=None,
            rule="no-match",
            evidence=("no registered sender, unit name or known liaison found",),
        )
    )
    extra: list[str] = []
    if MailFlag.AUTH_FAILED in mail.flags:
        extra.append("sender authentication failed")
    if result.unit_id is not None and result.rule not in ("sender-address", "forwarded-sender"):
        sender, why = effective_sender(facts, campaign, known)
        registered = registered_senders(campaign, known)
        if why:
            extra.append(why)
        boxes = {b.lower() for b in campaign.mailboxes}
        if sender and sender not in boxes and registered.get(sender) != result.unit_id:
            extra.append(f"new sender {sender}")
            result = replace(result, new_sender=True)
    if extra:
        result = replace(result, evidence=result.evidence + tuple(extra))
    log.debug("message %s: unit %s by rule %s", mail.message_id, result.unit_id or "-", result.rule)
    return result
