"""Which unit sent a mail: small named rules, tried in the order of `UNIT_RULES`.

    identify_unit(facts, campaign, known)
    # UnitVerdict(unit_id="fczz", rule="name-in-subject",
    #             evidence=("unit name 肥城职专 in subject", ...), new_sender=True)

The rules, in order:

1. `sender_address` -- From is a registered address (config `emails` plus addresses staff
   assigned, `Known.sender_units`). A forward is judged by its original sender
   (`Mail.forwarded_from`) when that one is registered (a county bureau forwarding its
   school's own mail) or the forwarder is not. Skipped when the sender's authentication
   failed, and never for the campaign's own mailboxes.
2. `name_in_content` -- unit names and aliases found in the mail, scored by where they
   appear (`rules.units.content`).
3. `liaison_contact` -- From, the original sender, or a contact's email/mobile is already
   known as a unit's liaison.

A rule returns a verdict naming a unit, a verdict with no unit (ambiguous or too weak: later
rules may still decide, and an ambiguity is only broken by a later rule that picks one of
its candidates), or None when it has no opinion.

Where each part lives:

    identify  identify_unit, UNIT_RULES: the order, and how verdicts combine
    senders   sender_address, liaison_contact (rules 1 and 3), registered_senders, is_forward
    content   name_in_content (rule 2) and how names are scored by where they appear
    names     unit_patterns, county_of: the campaign's names as the content rules match them
"""

from rules.units.content import content_mentions, county_places_in_titles, name_in_content
from rules.units.identify import UNIT_RULES, UnitRule, identify_unit
from rules.units.names import county_of, unit_patterns
from rules.units.senders import is_forward, liaison_contact, registered_senders, sender_address

__all__ = [
    "UNIT_RULES",
    "UnitRule",
    "content_mentions",
    "county_of",
    "county_places_in_titles",
    "identify_unit",
    "is_forward",
    "liaison_contact",
    "name_in_content",
    "registered_senders",
    "sender_address",
    "unit_patterns",
]
