"""The unit each document belongs to, when it is not the mail's: a county bureau
forwarding or bundling its schools' files credits each school for its own file.

    file_units(facts, campaign, unit, files)   # (None, UnitVerdict("nyzz", ...), None)
    settle_unit(unit, owners, files, campaign) # the mail's unit once its files are known

A file belongs to another unit than the mail when the mail's unit is a county bureau and
the file names one school clearly where a document names its author: its file name (or
the name of the archive it came in), its title, or the 单位 of the contact table it holds
(weights 3, 2, 2; the school wins with at least `MIN_SCORE` and `DOMINANCE` times any
other unit, the bureau itself included). The bureau's own files stay the bureau's. A
news item is the school's only when something says the school wrote it or the bureau
passes it on (`_authored`): its headline names what the news is about, and a bureau
reports on its schools too.

When every file that delivers something belongs to one school, the mail is that school's
(a bureau relaying one school's material); mails naming both a school and its bureau,
left ambiguous by `rules.units`, are settled the same way. Containers and files of
category `other` follow the mail.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.model import FileFacts, MailFacts, ReadStatus
from rules.campaign import OTHER, Campaign, Unit
from rules.doctext import document_title
from rules.model import FileDecision, UnitVerdict
from rules.text import canon, find_names, is_signoff, nfkc, split_quoted
from rules.units import county_of, is_forward, unit_patterns

MIN_SCORE = 2.0
DOMINANCE = 2.0


def _places(file: FileFacts) -> list[tuple[str, str, float]]:
    """(place, text, weight) where a document names the unit it is from."""
    att = file.attachment
    places = [("file name", att.filename, 3.0)]
    if att.origin and att.origin.endswith("/"):
        places.append(("archive name", att.origin.rstrip("/"), 3.0))
    if file.document.readable:
        title = document_title(file)
        if title:
            places.append(("title", title, 2.0))
    for contact in file.contacts:
        if contact.unit.value and getattr(contact, "role", "liaison") == "liaison":
            places.append(("contact unit", contact.unit.value, 2.0))
    return places


def named_unit(file: FileFacts, campaign: Campaign) -> UnitVerdict | None:
    """The unit a document names as its own, clearly, or None."""
    patterns = unit_patterns(campaign)
    scores: dict[str, float] = {}
    evidence: list[str] = []
    for place, text, weight in _places(file):
        seen: set[str] = set()
        for m in find_names(canon(text, campaign.names.shortenings), patterns):
            if m.key not in seen:
                seen.add(m.key)
                scores[m.key] = scores.get(m.key, 0.0) + weight
                evidence.append(f"{m.pattern} in {place}")
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top < MIN_SCORE or top < DOMINANCE * second:
        return None
    return UnitVerdict(unit_id=best, rule="named-in-document", evidence=tuple(evidence))


def _delivers(decision: FileDecision, file: FileFacts) -> bool:
    return decision.category.category != OTHER and file.document.status is not ReadStatus.CONTAINER


# The bureau says it passes on someone else's material: "现将东平职专宣传材料转报你科",
# "学校委托我局一并报送".
_RELAY = re.compile(
    r"转报|转发|转送|转交|代报|代转|代为报送|代为上报|代交|代发|委托我|汇总报送|转呈|各校|各学校|报来"
)
# Who wrote a news item: "（供稿：东平职专东校区）", "通讯员 张三（肥城职专）", "来源：…".
# A credit ends at its bracket or the sentence: "（通讯员 杜文华）11月10日，宁阳职专举行…"
# credits 杜文华, not the school the lead sentence names.
_CREDIT = re.compile(r"(?:供稿|来源|通讯员|撰稿|投稿|作者|报送单位|稿件来源)[^\n)）。，,]{0,24}")


# A file name that starts with who sent it: "宁阳职专-开放日.docx", "【宁阳职专】开放日.docx"
_LABELLED_NAME = re.compile(
    r"^(?:[\[【(]\s*(?P<bracketed>[^\]】)]{2,20}?)\s*[\]】)]"
    r"|(?P<lead>[^\-_—－·、\s]{2,20}?)\s*[\-_—－·、])"
)


# A photo's caption under the text ("图1 岱岳区职教中心开展…现场") is no sign-off
_CAPTION = re.compile(r"^(?:图\s*\d|图片|[（(]图|摄影|照片|摄[:：])")


def _authored(
    facts: MailFacts, file: FileFacts, school: Unit, campaign: Campaign, sender: str = ""
) -> bool:
    """Whether a news item naming a school is the school's own, not its bureau's report
    about the school: a headline names what the news is about, not who wrote it. It is
    the school's when the bureau says it passes it on (转报, a forward, 各校), when the
    item credits the school (供稿, 通讯员, 来源) or signs off with its name, or the file's
    name is labelled with the school (宁阳职专-开放日.docx), or when the bureau bundled it in
    an archive (issue D: a bundled school's file is the school's)."""
    mail = facts.mail
    own, _ = split_quoted(mail.body_text or "")
    if is_forward(mail) or _RELAY.search(nfkc(f"{mail.subject}\n{own}")):
        return True
    lines = [ln.strip() for ln in file.document.text.split("\n") if ln.strip()]
    patterns = unit_patterns(campaign)
    shortenings = campaign.names.shortenings

    def names(text: str) -> set[str]:
        return {m.key for m in find_names(canon(text, shortenings), patterns)}

    if file.attachment.origin.endswith("/"):
        return True  # bundled in an archive (issue D); its name was weighed in `named_unit`
    label = _LABELLED_NAME.match(nfkc(file.attachment.filename))
    if label is not None and school.id in names(label.group("bracketed") or label.group("lead")):
        return True  # "宁阳职专-开放日.docx": the file name labels who sent it

    if sender and len(lines) > 1 and is_signoff(lines[1]) and sender in names(lines[1]):
        return False  # a byline under the headline names the bureau ("岱岳区教体局 韩雪梅")
    credits = [m.group(0) for m in _CREDIT.finditer(file.document.text)]
    signoff = next((ln for ln in reversed(lines) if not _CAPTION.match(ln)), "")
    if signoff and is_signoff(signoff):
        credits.append(signoff)
    return any(school.id in names(c) for c in credits)


# The bureau's own text says it sends material of its own: "附件为我县活动周总结和统计表".
_OWN_MATERIAL = re.compile(
    r"(?:我县|我区|我市|我局|本局|本县|本区|本市|我单位)[^。；;，,\n]{0,10}"
    r"(?:方案|总结|统计表|稿件|报道|材料|回执|报告)"
)
_CREDIT_LINE = re.compile(r"供稿|通讯员|撰稿|投稿|来源|作者")


def piece_units(
    file: FileFacts, titles: tuple[str, ...], campaign: Campaign, bureau: str
) -> tuple[str | None, ...]:
    """Per article of a bureau's compilation, the school it credits ("供稿：泰山区职专",
    "（泰山区职专 供稿）", a sign-off with the school's name), else None: the bureau's."""
    if not titles or not (unit := campaign.unit(bureau)) or not campaign.is_bureau(unit.kind):
        return tuple(None for _ in titles)
    lines = [nfkc(ln).strip() for ln in file.document.text.split("\n") if ln.strip()]
    starts = [next((i for i, ln in enumerate(lines) if ln.endswith(nfkc(t))), -1) for t in titles]
    patterns = unit_patterns(campaign)
    out: list[str | None] = []
    for n, start in enumerate(starts):
        stop = next((s for s in starts[n + 1 :] if s > start), len(lines))
        credits = [
            ln
            for ln in lines[start + 1 : stop]
            if start >= 0
            if _CREDIT_LINE.search(ln) or (is_signoff(ln) and not _CAPTION.match(ln))
        ]
        found = {
            m.key
            for c in credits
            for m in find_names(canon(c, campaign.names.shortenings), patterns)
        }
        schools = [k for k in found if (u := campaign.unit(k)) and not campaign.is_bureau(u.kind)]
        out.append(schools[0] if len(schools) == 1 else None)
    return tuple(out)


def _forwarded_school(facts: MailFacts, campaign: Campaign) -> UnitVerdict | None:
    """The one school whose mail a bureau forwards, by what the forwarded mail names (its
    sign-off "泰安市交通职业中等专业学校", its subject): the unit of the files inside that
    name nobody. None when it names no school, or several."""
    if not is_forward(facts.mail):
        return None
    _, quoted = split_quoted(facts.mail.body_text or "")
    text = f"{facts.mail.forwarded_subject}\n{quoted}"
    found = {
        m.key for m in find_names(canon(text, campaign.names.shortenings), unit_patterns(campaign))
    }
    schools = [u for key in found if (u := campaign.unit(key)) and not campaign.is_bureau(u.kind)]
    if len(schools) != 1:
        return None
    return UnitVerdict(
        unit_id=schools[0].id,
        rule="named-in-forwarded-mail",
        evidence=(f"the forwarded mail names {schools[0].name}",),
    )


def file_units(
    facts: MailFacts, campaign: Campaign, unit: UnitVerdict, files: tuple[FileDecision, ...]
) -> tuple[UnitVerdict | None, ...]:
    """Per file, the school it belongs to when the mail is a county bureau's and the file
    is clearly that school's; None where it follows the mail."""
    sender = campaign.unit(unit.unit_id) if unit.unit_id else None
    named = [named_unit(facts.files[d.index], campaign) if sender else None for d in files]
    # the forwarded school's mail: its files that name nobody are the school's, unless the
    # bureau sends files of its own beside it (one names the bureau, or its text says so:
    # "附件为我县活动周总结和统计表；另转发…")
    forwarded = _forwarded_school(facts, campaign) if sender is not None else None
    if forwarded is not None and (
        any(n is not None and n.unit_id == sender.id for n in named)
        or _OWN_MATERIAL.search(nfkc(split_quoted(facts.mail.body_text or "")[0]))
    ):
        forwarded = None
    out: list[UnitVerdict | None] = []
    for decision, owner in zip(files, named, strict=True):
        file = facts.files[decision.index]
        if owner is None and forwarded is not None:
            owner = forwarded  # a file of the forwarded school's mail that names nobody
        school = campaign.unit(owner.unit_id) if owner and owner.unit_id else None
        if (
            sender is not None
            and campaign.is_bureau(sender.kind)
            and school is not None
            and not campaign.is_bureau(school.kind)
            and _delivers(decision, file)
            and (
                not campaign.is_news(decision.category.category)
                or _authored(facts, file, school, campaign, sender.id)
            )
        ):
            out.append(owner)
        else:
            out.append(None)
    return tuple(out)


def split_forward(
    facts: MailFacts,
    campaign: Campaign,
    registered: dict[str, str],
    unit: UnitVerdict,
    files: tuple[FileDecision, ...],
) -> tuple[UnitVerdict, tuple[UnitVerdict | None, ...]]:
    """A registered bureau forwarding its school's mail (judged by the original sender)
    and sending files of its own beside it: the mail is the bureau's, its own files stay
    its own, and the files inside the forwarded message are the school's."""
    nobody: tuple[UnitVerdict | None, ...] = tuple(None for _ in files)
    forwarder = registered.get(facts.mail.from_addr.lower())
    if unit.rule != "forwarded-sender" or forwarder is None or forwarder == unit.unit_id:
        return unit, nobody

    def inside(d: FileDecision) -> bool:
        return facts.files[d.index].attachment.origin == "forwarded"

    own = [d for d in files if _delivers(d, facts.files[d.index]) and not inside(d)]
    if not own:
        return unit, nobody  # everything it delivers is the original sender's
    original = UnitVerdict(
        unit_id=unit.unit_id,
        rule="forwarded-from",
        evidence=(f"inside the mail {unit.unit_id} sent, forwarded by {forwarder}",),
    )
    owners = tuple(original if inside(d) else None for d in files)
    mail_unit = UnitVerdict(
        unit_id=forwarder,
        rule="sender-address",
        evidence=(
            f"registered sender {facts.mail.from_addr.lower()}",
            f"forwards {unit.unit_id}'s mail beside files of its own",
        ),
    )
    return mail_unit, owners


def settle_unit(
    facts: MailFacts,
    campaign: Campaign,
    unit: UnitVerdict,
    files: tuple[FileDecision, ...],
    owners: tuple[UnitVerdict | None, ...],
) -> tuple[UnitVerdict, tuple[UnitVerdict | None, ...]]:
    """The mail's unit once its files are known, and the files' own units after it."""
    delivering = [n for n, d in enumerate(files) if _delivers(d, facts.files[d.index])]
    if not delivering:
        return unit, owners
    if unit.unit_id is not None:
        named = {owners[n].unit_id if owners[n] else None for n in delivering}
        if len(named) != 1 or None in named:
            return unit, owners
        (school,) = named
        why = f"relayed by {unit.unit_id}: every file it delivers is {school}'s"
        verdict = replace(unit, unit_id=school, rule="relayed-for-school")
        return replace(verdict, evidence=(*unit.evidence, why)), tuple(None for _ in owners)
    if unit.rule != "ambiguous" or not unit.candidates:
        return unit, owners
    found = {named_unit(facts.files[files[n].index], campaign) for n in delivering}
    schools = {v.unit_id if v else None for v in found}
    if len(schools) != 1 or None in schools:
        return unit, owners
    (school,) = schools
    candidates = set(unit.candidates)
    if school in candidates and (county_of(campaign, school) in candidates or len(candidates) == 1):
        why = f"every file it delivers names {school}"
        verdict = replace(unit, unit_id=school, rule="named-in-documents")
        return replace(verdict, evidence=(*unit.evidence, why)), owners
    return unit, owners
