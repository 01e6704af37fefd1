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
   appear (below).
3. `liaison_contact` -- From, the original sender, or a contact's email/mobile is already
   known as a unit's liaison.

A rule returns a verdict naming a unit, a verdict with no unit (ambiguous or too weak: later
rules may still decide, and an ambiguity is only broken by a later rule that picks one of
its candidates), or None when it has no opinion.

Scoring of names (rule 2). Names are matched after `rules.text.canon` (NFKC, no spaces,
and the campaign's `[names]`: by default 教体局/教育和体育局/教育局, 职专/职业中专/
职业中等专业学校, 职院/职业技术学院 each one spelling, optional 泰安市 prefix) and
overlapping matches go to the longest name, so "肥城市职业中等专业学校" is one mention of the
school and none of 肥城市. A bureau (a unit of a kind with `bureau = true`: today's county
bureaus) is matched only by its bureau forms (names containing 局); a bare place name such
as 肥城市 or 泰安高新区 appears in school names and addresses and is never counted.

Each place where a unit is named adds that place's weight once, however often the name
occurs there:

    subject, attachment name, signature, contact "unit" field in the body   3  (the sender
        speaking about itself: people title their mail and files with their own unit)
    body free text                                                      2
    contact "unit" field in a document, document title/first lines     2
    document text                                                       1  (an article
        routinely mentions partner schools and the county bureau)

The signature is the text after a "--" line, else the trailing run of short lines that do
not end like a sentence ("肥城职专办公室" / "张三 13805381234"). The quoted part of a reply
(a subject starting Re:/回复：) is not read at all: it is the mail being answered, usually our
own reminder naming other units. The quoted original of a forward is read like a body.

A school whose own county bureau is named in subject, file names or signature -- by a
bureau form, or by the bare place name (东平县) standing alone in the subject or a file
name -- stays unassigned whatever the scores, and so does a bureau whose own school is named
there too (a school belongs to the county whose place name starts its name): that is a
bureau relaying its school's material or a school citing its bureau, and only the sender
address or staff can say who submitted it. Bare place names never assign a unit.

The best unit wins only when its score is at least `MIN_SCORE` (more than a bare mention
inside a document) and at least `DOMINANCE` times the runner-up's; otherwise the verdict
names no unit and lists the candidates. A mail that names two units about equally is left
for staff, never guessed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from parsers.model import Contact, Mail, MailFacts, MailFlag
from rules.campaign import Campaign, Names, Unit
from rules.model import Known, UnitVerdict
from rules.text import (
    canon,
    digits,
    find_names,
    name_variants,
    split_quoted,
    split_signature,
    subject_prefix,
)

log = logging.getLogger(__name__)

UnitRule = Callable[[MailFacts, Campaign, Known], UnitVerdict | None]

MIN_SCORE = 2.0
DOMINANCE = 2.0

# place -> (weight, rule name used when the winner's strongest place is this one)
PLACES: dict[str, tuple[float, str]] = {
    "subject": (3.0, "name-in-subject"),
    "attachment name": (3.0, "name-in-attachment-name"),
    "signature": (3.0, "name-in-signature"),
    "contact in body": (3.0, "name-in-signature"),
    "body": (2.0, "name-in-body"),
    "contact in document": (2.0, "name-in-document"),
    "document title": (2.0, "name-in-document"),
    "document text": (1.0, "name-in-document"),
}


# --------------------------------------------------------------------------- helpers


def _variants(name: str, names: Names) -> set[str]:
    return name_variants(name, names.shortenings, names.region)


def _bureau_place(variant: str, names: Names) -> str | None:
    """The place a bureau's canonical name starts with (肥城市 of 肥城市教体局): the name
    without its institution suffix, a short form of `[names] shortenings` ending in 局."""
    for suffix in names.short_forms:
        if "局" in suffix and variant.endswith(suffix) and len(variant) > len(suffix) + 1:
            return variant[: -len(suffix)]
    return None


@lru_cache(maxsize=16)
def _patterns(
    units: tuple[Unit, ...], names: Names, bureaus: frozenset[str]
) -> tuple[tuple[str, str], ...]:
    """(canonical pattern, unit id) for every usable name and alias."""
    out: dict[str, str] = {}
    for unit in units:
        for name in (unit.name, *unit.aliases):
            for variant in _variants(name, names):
                if unit.kind in bureaus and "局" not in variant:
                    continue  # bare place names are not a mention of the bureau
                if len(variant) < 3:
                    continue
                # A pattern claimed by two units would be ambiguous by construction; the
                # first unit in config order keeps it and the clash is logged.
                if variant in out and out[variant] != unit.id:
                    log.warning("name %s is claimed by %s and %s", variant, out[variant], unit.id)
                    continue
                out[variant] = unit.id
    return tuple(out.items())


@lru_cache(maxsize=16)
def _places(
    units: tuple[Unit, ...], names: Names, bureaus: frozenset[str]
) -> tuple[tuple[str, str], ...]:
    """(bare place name, bureau id): 肥城市/肥城 -> feicheng, from the bureau forms."""
    out: dict[str, str] = {}
    for unit in units:
        if unit.kind not in bureaus:
            continue
        for name in (unit.name, *unit.aliases):
            for variant in _variants(name, names):
                place = _bureau_place(variant, names)
                if place is not None:
                    out.setdefault(place, unit.id)
    return tuple(out.items())


@lru_cache(maxsize=16)
def _counties(
    units: tuple[Unit, ...], names: Names, bureaus: frozenset[str]
) -> tuple[tuple[str, str], ...]:
    """(school id, bureau id) for schools whose name starts with a bureau's place name
    (肥城市职业中等专业学校 -> 肥城市教育和体育局)."""
    places: list[tuple[str, str]] = []
    for unit in units:
        if unit.kind not in bureaus:
            continue
        for name in (unit.name, *unit.aliases):
            for variant in _variants(name, names):
                place = _bureau_place(variant, names)
                if place is not None:
                    places.append((place, unit.id))
    out: dict[str, str] = {}
    for unit in units:
        if unit.kind in bureaus:
            continue
        for name in (unit.name, *unit.aliases):
            for variant in _variants(name, names):
                for place, county in places:
                    if variant.startswith(place):
                        out.setdefault(unit.id, county)
    return tuple(out.items())


def _key(campaign: Campaign) -> tuple[tuple[Unit, ...], Names, frozenset[str]]:
    return campaign.units, campaign.names, campaign.bureau_kinds


def county_of(campaign: Campaign, school_id: str) -> str | None:
    """The county bureau a school belongs to, judged from the names, or None."""
    return dict(_counties(*_key(campaign))).get(school_id)


def unit_patterns(campaign: Campaign) -> dict[str, str]:
    """Canonical name/alias -> unit id, as used by the content rules."""
    return dict(_patterns(*_key(campaign)))


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


def _display(campaign: Campaign, unit_id: str) -> str:
    unit = campaign.unit(unit_id)
    return unit.name if unit else unit_id


def is_forward(mail: Mail) -> bool:
    """A forward carries someone else's mail as content; a reply quotes (usually our) mail.

    The parsers flag both kinds as FORWARDED when they find a quoted header block, so the
    subject's first prefix tells them apart: "Re:"/"回复：" first is a reply.
    """
    return MailFlag.FORWARDED in mail.flags and subject_prefix(mail.subject) != "reply"


def _effective_sender(facts: MailFacts, campaign: Campaign, known: Known) -> tuple[str, str]:
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


def _all_contacts(facts: MailFacts) -> Iterable[tuple[Contact, bool]]:
    """Every contact found, with True when it came from the body/signature."""
    for c in facts.body_contacts:
        yield c, True
    for f in facts.files:
        for c in f.contacts:
            yield c, False


def _document_parts(facts: MailFacts) -> tuple[list[str], list[str]]:
    """Titles/first lines and the remaining text (with table cells) of readable documents."""
    heads: list[str] = []
    rest: list[str] = []
    for f in facts.files:
        doc = f.document
        if not doc.readable:
            continue
        heads.extend(h.text for h in doc.headings if h.level == 0)
        lines = [ln for ln in doc.text.splitlines() if ln.strip()]
        head = [ln for ln in lines[:2] if len(ln.strip()) <= 80]
        heads.extend(head)
        rest.append("\n".join(ln for i, ln in enumerate(lines) if i >= 2 or ln not in head))
        for table in doc.tables:
            rest.append("\n".join(" ".join(row) for row in table.rows))
    return heads, rest


@dataclass(frozen=True, slots=True)
class _Mention:
    unit_id: str
    place: str
    written: str  # the pattern as matched (canonical)


def content_mentions(facts: MailFacts, campaign: Campaign) -> list[_Mention]:
    """Every (unit, place) where a unit name or alias appears in the mail."""
    mail = facts.mail
    patterns = unit_patterns(campaign)
    forwarded = is_forward(mail)
    own, quoted = split_quoted(mail.body_text)
    own_free, own_sig = split_signature(own)
    texts: list[tuple[str, str]] = [
        ("subject", mail.subject),
        ("subject", mail.forwarded_subject),
        ("body", own_free),
        ("signature", own_sig),
    ]
    if forwarded:
        q_free, q_sig = split_signature(quoted)
        texts += [("body", q_free), ("signature", q_sig)]
    # The quoted part of a reply is the mail being answered -- usually ours, often a
    # reminder listing other units -- and says nothing about who is answering.
    names = [f.attachment.origin + " " + f.attachment.filename for f in facts.files]
    if not facts.files:
        names = [a.origin + " " + a.filename for a in mail.attachments]
    texts += [("attachment name", n) for n in names]
    for contact, in_body in _all_contacts(facts):
        if contact.unit.value:
            texts.append(
                ("contact in body" if in_body else "contact in document", contact.unit.value)
            )
    heads, rest = _document_parts(facts)
    texts += [("document title", h) for h in heads]
    texts += [("document text", r) for r in rest]

    out: list[_Mention] = []
    seen: set[tuple[str, str]] = set()
    for place, text in texts:
        if not text:
            continue
        for m in find_names(canon(text, campaign.names.shortenings), patterns):
            if (m.key, place) not in seen:
                seen.add((m.key, place))
                out.append(_Mention(m.key, place, m.pattern))
    return out


# --------------------------------------------------------------------------- rules


def sender_address(facts: MailFacts, campaign: Campaign, known: Known) -> UnitVerdict | None:
    """From (or the original sender of a forward) is a registered address of one unit."""
    mail = facts.mail
    if MailFlag.AUTH_FAILED in mail.flags:
        return None
    registered = registered_senders(campaign, known)
    sender, why = _effective_sender(facts, campaign, known)
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


STRONG_PLACES = frozenset(p for p, (w, _) in PLACES.items() if w >= 3.0)


def county_places_in_titles(facts: MailFacts, campaign: Campaign) -> dict[str, str]:
    """County id -> bare place name (东平县) standing on its own in the subject or a file
    name, i.e. not inside a longer unit name. Never used to assign a unit (a place name is
    also every school's address); only to stop one of that county's schools being credited
    with what may be the bureau's own submission ("东平县报送活动周宣传材料")."""
    patterns = unit_patterns(campaign)
    places = dict(_places(*_key(campaign)))
    combined = {**{p: f"place:{c}" for p, c in places.items()}, **patterns}
    titles = [facts.mail.subject, facts.mail.forwarded_subject]
    titles += [f.attachment.filename for f in facts.files]
    out: dict[str, str] = {}
    for text in titles:
        for m in find_names(canon(text, campaign.names.shortenings), combined) if text else ():
            if m.key.startswith("place:"):
                out.setdefault(m.key[len("place:") :], m.pattern)
    return out


def _bureau_and_own_school(
    campaign: Campaign, mentions: list[_Mention], best: str, places: dict[str, str]
) -> tuple[str, str] | None:
    """(other unit, why) when `best` cannot be told from its county bureau or own school:
    the two are named together where senders name themselves. None otherwise.

    A bureau relays its schools' material ("肥城市教体局转报肥城职专稿件", "东平县报送宣传材料"
    with the school's articles attached) and a school cites its bureau; the documents are
    about the school either way, so only the sender address or staff can say who
    submitted it.
    """
    strong = {m.unit_id for m in mentions if m.place in STRONG_PLACES}
    county = county_of(campaign, best)
    if county is not None and (county in strong or county in places):
        said = _display(campaign, county) if county in strong else places[county]
        return county, (
            f"ambiguous between {_display(campaign, best)} and {_display(campaign, county)}: "
            f"the school's own county ({said}) is named in subject, file names or signature"
        )
    schools = sorted(u for u in strong if u != best and county_of(campaign, u) == best)
    if schools and best in strong:
        return schools[0], (
            f"ambiguous between {_display(campaign, best)} and {_display(campaign, schools[0])}: "
            "a county bureau and its own school are both named in subject, file names or "
            "signature"
        )
    return None


def name_in_content(facts: MailFacts, campaign: Campaign, known: Known) -> UnitVerdict | None:
    """Unit names/aliases in subject, attachment names, body, signature and documents."""
    mentions = content_mentions(facts, campaign)
    if not mentions:
        return None
    scores: dict[str, float] = {}
    for m in mentions:
        scores[m.unit_id] = scores.get(m.unit_id, 0.0) + PLACES[m.place][0]
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, s1 = ranked[0]
    s2 = ranked[1][1] if len(ranked) > 1 else 0.0
    evidence = tuple(
        f"unit name {m.written} in {m.place}"
        for m in sorted(mentions, key=lambda m: -PLACES[m.place][0])
    ) + tuple(f"score {_display(campaign, u)} {s:g}" for u, s in ranked)
    relayed = _bureau_and_own_school(
        campaign, mentions, best, county_places_in_titles(facts, campaign)
    )
    if relayed is not None:
        other, why = relayed
        return UnitVerdict(
            unit_id=None, rule="ambiguous", evidence=(*evidence, why), candidates=(best, other)
        )
    if s1 >= MIN_SCORE and s1 >= DOMINANCE * s2:
        strongest = max(
            (m for m in mentions if m.unit_id == best), key=lambda m: PLACES[m.place][0]
        )
        return UnitVerdict(unit_id=best, rule=PLACES[strongest.place][1], evidence=evidence)
    if s1 < MIN_SCORE:
        return UnitVerdict(
            unit_id=None,
            rule="weak-mention",
            evidence=(*evidence, "only mentioned inside documents"),
            candidates=tuple(u for u, _ in ranked),
        )
    close = tuple(u for u, s in ranked if s * DOMINANCE > s1)
    names = " and ".join(_display(campaign, u) for u in close)
    return UnitVerdict(
        unit_id=None,
        rule="ambiguous",
        evidence=(*evidence, f"ambiguous between {names}"),
        candidates=close,
    )


def liaison_contact(facts: MailFacts, campaign: Campaign, known: Known) -> UnitVerdict | None:
    """An address or mobile number in the mail is already known as a unit's liaison."""
    mail = facts.mail
    boxes = {b.lower() for b in campaign.mailboxes}
    emails = {k.lower(): v for k, v in known.liaison_emails.items()}
    mobiles = {digits(k): v for k, v in known.liaison_mobiles.items()}
    hits: dict[str, list[str]] = {}
    addresses = [("From", mail.from_addr), ("original sender", mail.forwarded_from)]
    for contact, _ in _all_contacts(facts):
        addresses.append((f"contact in {contact.source or 'mail'}", contact.email.value))
    for where, addr in addresses:
        addr = addr.strip().lower()
        if addr and addr not in boxes and addr in emails:
            hits.setdefault(emails[addr], []).append(f"known liaison email {addr} ({where})")
    for contact, _ in _all_contacts(facts):
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
    names = " and ".join(_display(campaign, u) for u in sorted(hits))
    return UnitVerdict(
        unit_id=None,
        rule="ambiguous",
        evidence=(*(e for ev in hits.values() for e in ev), f"ambiguous between {names}"),
        candidates=tuple(sorted(hits)),
    )


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
        sender, why = _effective_sender(facts, campaign, known)
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
