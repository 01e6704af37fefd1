"""Who may receive mail in the bureau's name: the trust model for outgoing mail.

    trust = Trust.load(ctx)
    trust.recipients("ningyang")          # ["ny_liaison@163.com", "nyxjtj@ta.shandong.cn"]
    trust.verified("x@qq.com", "ningyang")  # False: never mailed a unit's status
    trust.why("nyxjtj@ta.shandong.cn")    # "registered for ningyang in config.toml"

An address is verified for a unit when it is
1. registered for the unit in the config (`units.emails`), or
2. confirmed by staff for the unit (`intake assign --remember-sender`, the console), or
3. the email of a liaison contact of the unit that came in mail from an address verified
   for that unit (or for the county bureau the school belongs to) and that mail was not
   automatic (auto-reply, bounce, list, read receipt) and did not fail SPF/DKIM/DMARC, or
4. the email of a liaison contact staff confirmed.

Rule 3 is applied until nothing changes, so a liaison named by a registered address may
in turn name a successor. Nothing else ever receives a unit's acknowledgement, reminder or
请重新报送: a stranger who names a unit and sends a contact table gets nothing, and the
contact waits for staff (`unconfirmed`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.context import Context
from intake.store import ItemRow, MessageRow, SenderRow
from intake.store.schema import LiaisonConfirmationRow
from rules.campaign import Campaign
from rules.units import county_of

# mail from machines or with a forged sender never vouches for an address
UNTRUSTED_FLAGS = frozenset(
    {"auto-reply", "bounce", "list", "null-sender", "read-receipt", "auth-failed"}
)


@dataclass(frozen=True, slots=True)
class LiaisonCandidate:
    """A liaison contact found in mail: its unit, email, the message it came in and when."""

    unit_id: str
    email: str
    message_pk: int
    key: str
    name: str
    received_at: datetime | None
    sender: str
    automatic: bool


@dataclass
class Trust:
    """Verified addresses per unit, with the reason for each."""

    reasons: dict[str, dict[str, str]] = field(default_factory=dict)  # unit -> addr -> why
    order: dict[str, list[str]] = field(default_factory=dict)  # unit -> addresses, best first
    unconfirmed: list[LiaisonCandidate] = field(default_factory=list)

    @classmethod
    def load(cls, ctx: Context) -> Trust:
        """Read the store and the config once and decide every address."""
        campaign = ctx.settings.campaign
        own = {a.lower() for a in campaign.mailboxes}
        trust = cls()
        for unit in campaign.units:
            for addr in unit.emails:
                trust._add(unit.id, addr, "registered for the unit in the config")
        with ctx.store.session() as s:
            for row in s.scalars(select(SenderRow)):
                if campaign.unit(row.unit_id) is not None:
                    trust._add(row.unit_id, row.address, "confirmed by staff")
            confirmed = {(r.message_pk, r.key) for r in s.scalars(select(LiaisonConfirmationRow))}
            candidates = _candidates(s)
        pending = [c for c in candidates if c.email and c.email not in own]
        # newest first, so that the latest trusted liaison leads a unit's recipients
        pending.sort(
            key=lambda c: c.received_at.timestamp() if c.received_at else 0.0, reverse=True
        )
        changed = True
        while changed:
            changed = False
            for c in list(pending):
                why = ""
                if (c.message_pk, c.key) in confirmed:
                    why = "liaison confirmed by staff"
                elif not c.automatic and trust._vouches(campaign, c.sender, c.unit_id):
                    why = f"liaison named by {c.sender}"
                if why:
                    trust._add(c.unit_id, c.email, why, first=True)
                    pending.remove(c)
                    changed = True
        trust.unconfirmed = [c for c in pending if not trust.verified(c.email, c.unit_id)]
        return trust

    def _vouches(self, campaign: Campaign, sender: str, unit_id: str) -> bool:
        if self.verified(sender, unit_id):
            return True
        county = county_of(campaign, unit_id)
        return county is not None and self.verified(sender, county)

    def _add(self, unit_id: str, addr: str, why: str, *, first: bool = False) -> None:
        addr = addr.strip().lower()
        if not addr:
            return
        reasons = self.reasons.setdefault(unit_id, {})
        if addr in reasons:
            return
        reasons[addr] = why
        order = self.order.setdefault(unit_id, [])
        liaisons = sum(1 for a in order if reasons[a].startswith("liaison"))
        order.insert(liaisons if first else len(order), addr)

    def verified(self, addr: str, unit_id: str) -> bool:
        """Whether `addr` may receive mail about `unit_id`."""
        return addr.strip().lower() in self.reasons.get(unit_id, {})

    def why(self, addr: str, unit_id: str) -> str:
        return self.reasons.get(unit_id, {}).get(addr.strip().lower(), "not verified")

    def recipients(self, unit_id: str, *, liaisons: int = 1) -> list[str]:
        """Where a unit's reminders go: its newest verified liaison email(s), then every
        registered and staff-confirmed address."""
        order = self.order.get(unit_id, [])
        reasons = self.reasons.get(unit_id, {})
        named = [a for a in order if reasons[a].startswith("liaison")][:liaisons]
        others = [a for a in order if not reasons[a].startswith("liaison")]
        return named + others


def _candidates(s: Session) -> list[LiaisonCandidate]:
    """Every liaison contact with an email in mail taken in, with its message's sender."""
    senders: dict[int, tuple[str, bool]] = {}
    # both read in chunks: unchunked, the ORM fetched every row and decoded every
    # contact's JSON at once, most of an acknowledgement pass's peak (issue 22)
    rows = s.execute(
        select(MessageRow.id, MessageRow.from_addr, MessageRow.flags)
        .where(MessageRow.state == "done")
        .execution_options(yield_per=500)
    )
    for pk, addr, flags in rows:
        senders[pk] = ((addr or "").lower(), bool(set(flags or ()) & UNTRUSTED_FLAGS))
    out: list[LiaisonCandidate] = []
    items = s.execute(
        select(
            ItemRow.message_pk, ItemRow.unit_id, ItemRow.key, ItemRow.contact, ItemRow.received_at
        )
        .where(ItemRow.contact.is_not(None))  # contact data, whatever its deliverable's id
        .order_by(ItemRow.id)
        .execution_options(yield_per=500)
    )
    for pk, unit_id, key, contact, received_at in items:
        email = (contact or {}).get("email") or {}
        if not email.get("valid") or not email.get("value") or pk not in senders:
            continue
        if (contact or {}).get("role", "liaison") != "liaison":
            continue  # a leader's or a form filler's address is not where the unit's mail goes
        sender, automatic = senders[pk]
        out.append(
            LiaisonCandidate(
                unit_id=unit_id,
                email=email["value"].lower(),
                message_pk=pk,
                key=key,
                name=((contact or {}).get("name") or {}).get("value", ""),
                received_at=received_at,
                sender=sender,
                automatic=automatic,
            )
        )
    return out
