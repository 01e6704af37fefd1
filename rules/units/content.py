"""Rule `name_in_content`: unit names and aliases found in the mail, scored by where
they appear. (How names are matched: `rules.units.names`.)

Each place where a unit is named adds that place's weight once, however often the name
occurs there:

    subject, attachment name, signature, contact "unit" field in the body   3  (the sender
        speaking about itself: people title their mail and files with their own unit)
    body free text                                                      2
    contact "unit" field in a document, document title/first lines,
        its last line when short (落款, or a page header/footer)         2
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

import re
from dataclasses import dataclass

from parsers.model import MailFacts
from rules.campaign import Campaign
from rules.model import Known, UnitVerdict
from rules.text import canon, find_names, is_signoff, split_quoted, split_signature
from rules.units.names import county_of, display_name, place_names, unit_patterns
from rules.units.senders import all_contacts, is_forward

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


STRONG_PLACES = frozenset(p for p, (w, _) in PLACES.items() if w >= 3.0)


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
        # a first sentence ("11月12日，X公司邀请泰山职院等3所院校…。") names guests, not the writer
        head = [ln for ln in lines[:2] if len(ln.strip()) <= 80 and not _SENTENCE.search(ln)]
        # the last line standing alone and short is the document's 落款 or its page
        # header/footer (read after the body): the writer's own unit, like the title
        if len(lines) > 2 and is_signoff(lines[-1]):
            head.append(lines[-1])
        heads.extend(head)
        rest.append("\n".join(ln for i, ln in enumerate(lines) if i >= 2 or ln not in head))
        for table in doc.tables:
            rest.append("\n".join(" ".join(row) for row in table.rows))
    return heads, rest


_SENTENCE = re.compile(r"[。！？!?；;]\s*$")


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
    for contact, in_body in all_contacts(facts):
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


def county_places_in_titles(facts: MailFacts, campaign: Campaign) -> dict[str, str]:
    """County id -> bare place name (东平县) standing on its own in the subject or a file
    name, i.e. not inside a longer unit name. Never used to assign a unit (a place name is
    also every school's address); only to stop one of that county's schools being credited
    with what may be the bureau's own submission ("东平县报送活动周宣传材料")."""
    patterns = unit_patterns(campaign)
    places = place_names(campaign)
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
        said = display_name(campaign, county) if county in strong else places[county]
        return county, (
            f"ambiguous between {display_name(campaign, best)} and "
            f"{display_name(campaign, county)}: "
            f"the school's own county ({said}) is named in subject, file names or signature"
        )
    schools = sorted(u for u in strong if u != best and county_of(campaign, u) == best)
    if schools and best in strong:
        return schools[0], (
            f"ambiguous between {display_name(campaign, best)} and "
            f"{display_name(campaign, schools[0])}: "
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
    ) + tuple(f"score {display_name(campaign, u)} {s:g}" for u, s in ranked)
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
    names = " and ".join(display_name(campaign, u) for u in close)
    return UnitVerdict(
        unit_id=None,
        rule="ambiguous",
        evidence=(*evidence, f"ambiguous between {names}"),
        candidates=close,
    )
