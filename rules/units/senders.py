"""The unit a mail's addresses name: a registered sender (rule `sender_address`) or an
address or mobile already known as a unit's liaison (rule `liaison_contact`).

`sender_address` uses config `emails` plus addresses staff assigned (`Known.sender_units`).
A forward is judged by its original sender (`Mail.forwarded_from`) when that one is
registered (a county bureau forwarding its school's own mail) or the forwarder is not. It
is skipped when the sender's authentication failed, and never for the campaign's own
mailboxes.
"""

from __future__ import annotations

from collections.abc import Iterable

from parsers.model import Contact, Mail, MailFacts, MailFlag
from rules.campaign import Campaign
from rules.model import Known, UnitVerdict
from rules.text import digits, subject_prefix
from rules.units.names import display_name


def registered_senders(campaign: Campaign, known: Known) -> dict[str, str]:
    """Address -> unit id: config addresses, then addresses staff assigned (never a mailbox)."""
    ids = {u.id for u in campaign.units}
    out = {a.lower(): uid for a, uid in known.sender_units.items() if uid in ids}
    for unit in campaign.units:
        for addr in unit.emails:
            out[addr.lower()] = unit.id
    for box in campaign.mailboxes:
        out.pop(box.lower(), None)
    return out


def is_forward(mail: Mail) -> bool:
    """A forward carries someone else's mail as content; a reply quotes (usually our) mail.

    The parsers flag both kinds as FORWARDED when they find a quoted header block, so the
    subject's first prefix tells them apart: "Re:"/"回复：" first is a reply.
    """
    return MailFlag.FORWARDED in mail.flags and subject_prefix(mail.subject) != "reply"


def effective_sender(facts: MailFacts, campaign: Campaign, known: Known) -> tuple[str, str]:
    """(address the mail is judged by, why): the sender, or the original sender of a
    forward when that one is registered (a county bureau forwarding its school's own mail
    forwards the school's submission) or the forwarder is not."""
    mail = facts.mail
    registered = registered_senders(campaign, known)
    sender = mail.from_addr.lower()
    original = mail.forwarded_from.lower()
    boxes = {b.lower() for b in campaign.mailboxes}
    if (
        original
        and original not in boxes
        and original != sender
        and (is_forward(mail) or sender in boxes)
        and (original in registered or sender not in registered)
    ):
        return original, f"forwarded by {sender or 'unknown'}, judged by original sender"
    return sender, ""


def all_contacts(facts: MailFacts) -> Iterable[tuple[Contact, bool]]:
    """Every contact found, with True when it came from the body/signature."""
    for c in facts.body_contacts:
        yield c, True
    for f in facts.files:
        for c in f.contacts:
            yield c, False


def sender_address(facts: MailFacts, campaign: Campaign, known: Known) -> UnitVerdict | None:
    """From (or the original sender of a forward) is a registered address of one unit."""
    mail = facts.mail
    if MailFlag.AUTH_FAILED in mail.flags:
        return None
    registered = registered_senders(campaign, known)
    sender, why = effective_sender(facts, campaign, known)
    unit_id = registered.get(sender)
    if unit_id is None:
        return None
    learned = sender in {a.lower() for a in known.sender_units} and not any(
        sender == e for u in campaign.units for e in u.emails
    )
    evidence = [f"registered sender {sender}" + (" (assigned by staff)" if learned else "")]
    if why:
        evidence.append(why)
    return UnitVerdict(
        unit_id=unit_id,
        rule="forwarded-sender" if why else "sender-address",
        evidence=tuple(evidence),
    )


def liaison_contact(facts: MailFacts, campaign: Campaign, known: Known) -> UnitVerdict | None:
    """An address or mobile number in the mail is already known as a unit's liaison."""
    mail = facts.mail
    boxes = {b.lower() for b in campaign.mailboxes}
    emails = {k.lower(): v for k, v in known.liaison_emails.items()}
    mobiles = {digits(k): v for k, v in known.liaison_mobiles.items()}
    hits: dict[str, list[str]] = {}
    addresses = [("From", mail.from_addr), ("original sender", mail.forwarded_from)]
    for contact, _ in all_contacts(facts):
        addresses.append((f"contact in {contact.source or 'mail'}", contact.email.value))
    for where, addr in addresses:
        addr = addr.strip().lower()
        if addr and addr not in boxes and addr in emails:
            hits.setdefault(emails[addr], []).append(f"known liaison email {addr} ({where})")
    for contact, _ in all_contacts(facts):
        number = digits(contact.mobile.value)
        if number and number in mobiles:
            hits.setdefault(mobiles[number], []).append(
                f"known liaison mobile {number} (contact in {contact.source or 'mail'})"
            )
    ids = {u.id for u in campaign.units}
    hits = {u: ev for u, ev in hits.items() if u in ids}
    if not hits:
        return None
    if len(hits) == 1:
        ((unit_id, evidence),) = hits.items()
        return UnitVerdict(unit_id=unit_id, rule="liaison-contact", evidence=tuple(evidence))
    names = " and ".join(display_name(campaign, u) for u in sorted(hits))
    return UnitVerdict(
        unit_id=None,
        rule="ambiguous",
        evidence=(*(e for ev in hits.values() for e in ev), f"ambiguous between {names}"),
        candidates=tuple(sorted(hits)),
    )
