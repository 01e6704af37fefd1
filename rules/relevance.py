"""Whether a mail is a submission to the campaign at all (the office mailbox carries other
mail too, and machines answer it).

    relevance(mail, campaign, known)
    # Relevance(relevant=True, reason="registered sender tsqjtj@ta.shandong.cn")
    # Relevance(relevant=False, reason="auto-reply: not a submission (registered sender …)",
    #           keep=True)
    # Relevance(relevant=False, reason="…", look_inside=True)   # read its documents first

First, mail that is not a submission whoever sent it (`not_a_submission`, in this order):
sender authentication failed (SPF/DKIM/DMARC: the From address may be anyone's), a read
receipt, a delivery report, an auto-reply, list mail, an empty mail (no attachment, no text
of its own), a notice forwarded to others with the city's mailbox only in Cc, and a
notice passed on to the city for information (转发…通知（供参考）, carrying only the notice). A
campaign keyword or a unit's address never makes these relevant; when they carry such a
sign, their raw copy is kept (`keep`) so staff can rescue one.

Otherwise relevant when the mail is from a registered sender (config addresses or
addresses staff assigned; the original sender of a forward counts too) or a known liaison,
or names a unit (bureau forms only, see `rules.units`), or carries a campaign keyword in
its subject, attachment names or body -- and was received on or after the campaign start.
When none of these says anything but documents are attached, they are read first
(`look_inside`, `relevance_of_documents`): a plan sent from an unknown address with no
subject and no body is still a submission. Once its facts are read, a relevant mail that
delivers nothing (no file, link, contact data or article) is not a submission either
(`relevance_of_facts`). A mail with no date at all is judged by content only.
"""

from __future__ import annotations

import re
from datetime import datetime

from parsers.model import Mail, MailFacts, MailFlag
from rules.articles import is_invitation, material
from rules.campaign import OTHER, Campaign
from rules.doctext import DOCUMENT_NUMBER, NEWS_MARK, keyword_index, news_style
from rules.model import Known, Relevance
from rules.text import Match, canon, find_names, keyword_hits, nfkc, split_quoted, subject_prefix
from rules.units import registered_senders, unit_patterns

# What a machine or a spoofer sent: never a unit's submission, in this order of telling.
_NOT_SUBMISSIONS: tuple[tuple[MailFlag, str], ...] = (
    (MailFlag.AUTH_FAILED, "sender authentication failed (SPF/DKIM/DMARC)"),
    (MailFlag.READ_RECEIPT, "read receipt"),
    (MailFlag.BOUNCE, "delivery report"),
    (MailFlag.AUTO_REPLY, "auto-reply"),
    (MailFlag.NULL_SENDER, "sent with a null return path (a machine's mail)"),
    (MailFlag.LIST, "list mail"),
)
_DOCUMENT_EXT = frozenset(
    {"doc", "docx", "docm", "dot", "dotx", "wps", "wpt", "rtf", "odt", "pdf", "txt"}
    | {"xls", "xlsx", "xlsm", "xlt", "xltx", "xlsb", "et", "ett", "ods", "csv"}
    | {"zip", "rar", "7z", "ppt", "pptx", "dps"}
)
# what makes a subject a submission of its own: a URL, an email address, a phone number
_SUBJECT_CONTENT = re.compile(r"https?://|www\.|@|\d{7,}", re.IGNORECASE)
_NOTICE = re.compile(r"通知|关于.{0,40}的函")
_PASSED_ON = re.compile(
    r"转发给|转给你|转发你|现将.{0,40}(?:通知|文件).{0,10}转发|请(?:各校|你们).{0,10}(?:认真|按要求)"
)


def _aware(moment: datetime, campaign: Campaign) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=campaign.tz)


def _before_start(mail: Mail, campaign: Campaign, received_at: datetime | None) -> str:
    moment = received_at or mail.date
    if moment is None:
        return ""
    if _aware(moment, campaign) < campaign.start_at():
        return f"before campaign start {campaign.start.isoformat()}"
    return ""


def _documents(mail: Mail) -> list[str]:
    """Names of attached files that may hold text (not pictures, not inline images)."""
    out = []
    for a in mail.attachments:
        name = a.filename.lower().replace("\\", "/").rsplit("/", 1)[-1]
        if not a.inline and "." in name and name.rsplit(".", 1)[1] in _DOCUMENT_EXT:
            out.append(a.filename)
    return out


def _is_empty(mail: Mail) -> bool:
    """No attachment (inline pictures aside), no text of its own, and a subject that
    carries nothing either (no URL, address or number): a click on 发送 by mistake, or a
    client's empty reply. A subject-only submission ("宣传专栏：www.x.cn") is not empty."""
    if any(not a.inline for a in mail.attachments):
        return False
    if mail.flags & {MailFlag.MALFORMED, MailFlag.TOO_LARGE}:
        return False  # a mail we could not fully read is never dismissed as empty
    own, _ = split_quoted(mail.body_text)
    words = "".join(ch for ch in nfkc(own) if ch.isalnum())
    return len(words) < 2 and not _SUBJECT_CONTENT.search(nfkc(mail.subject or ""))


def _notice_forward(mail: Mail, campaign: Campaign) -> bool:
    """A unit passing the city's notice on to its schools, the city's mailbox only in Cc:
    a forward of a notice (转发…通知), or a mail naming the notice's own number."""
    boxes = {b.lower() for b in campaign.mailboxes}
    to = {a.lower() for a in mail.to}
    cc = {a.lower() for a in mail.cc}
    if not boxes & cc or boxes & to:
        return False
    subject = nfkc(mail.subject)
    own = nfkc(split_quoted(mail.body_text)[0])
    documents = bool(_documents(mail))
    says_forward = bool(_PASSED_ON.search(own[:500]))
    forwarded = subject_prefix(mail.subject) == "forward" or "转发" in subject or says_forward
    # the notice's 文号 prefix (泰教函 of 泰教函〔2020〕72号) names it too
    issued = re.split(r"[〔\[［(（]", nfkc(campaign.notice), maxsplit=1)[0].strip()
    named = bool(_NOTICE.search(subject)) or (len(issued) >= 2 and issued in subject)
    to_others = bool(_ISSUED_TO_OTHERS.search(own[:200]))
    delivers = documents or _SUBJECT_CONTENT.search(own)
    if not delivers and to & registered_senders(campaign, Known()).keys():
        return True  # a unit's note to another unit ("孟老师：收到"), the city only copied
    if named and (forwarded or to_others):
        return True  # passed on, or its own notice to its schools ("县职专、县技工学校：")
    if to_others and not documents:
        return True  # its own reminder to its schools ("各职业学校：请于…前报县局"), nothing sent
    number = nfkc(campaign.notice).replace(" ", "") if campaign.notice else ""
    names = [subject, *(nfkc(a.filename) for a in mail.attachments)]
    return bool(number) and any(number in n.replace(" ", "") for n in names)


# a notice's addressees on its first lines: the units below the sender, not the city
_ISSUED_TO_OTHERS = re.compile(
    r"^[^\n]{0,40}(?:各|县|区|市)[^\n]{0,30}"
    r"(?:学校|职专|技校|中心|单位|处室|科室|部门|专业部|系部|教研组|年级)[^\n]{0,20}:"
)
_INVITATION = re.compile(r"^(?:邀请|更新的邀请|已接受|invitation|updated invitation)\s*[:：]", re.I)
_FOR_REFERENCE = re.compile(r"供参考|供参阅|请参阅|仅供参考|供学习|请知悉|供了解|备查|参照执行")


def _for_reference(mail: Mail) -> bool:
    """A notice passed on for information ("转发：省教育厅关于…的通知（供参考）"): forwarded,
    the subject names a notice, the sender's own words say it is for reference, and every
    file it carries is the notice itself (named as one, or by its 文号)."""
    subject = nfkc(mail.subject)
    own, _ = split_quoted(mail.body_text)
    forwarded = subject_prefix(mail.subject) == "forward" or "转发" in subject
    if not forwarded or not _NOTICE.search(subject):
        return False
    if not _FOR_REFERENCE.search(f"{subject}\n{nfkc(own)}"):
        return False
    files = [nfkc(a.filename) for a in mail.attachments if not a.inline]
    return all(_NOTICE.search(n) or DOCUMENT_NUMBER.search(n) for n in files)


def not_a_submission(mail: Mail, campaign: Campaign) -> str:
    """What kind of mail this is when it cannot be anyone's submission ("" otherwise)."""
    for flag, kind in _NOT_SUBMISSIONS:
        if flag in mail.flags:
            return kind
    if _is_empty(mail):
        return "empty mail (no attachment, no text)"
    if _notice_forward(mail, campaign):
        return "a notice forwarded to others (the city's mailbox only in Cc)"
    if _for_reference(mail):
        return "a notice passed on for information (供参考)"
    if _invitation(mail):
        return "a calendar invitation"
    return ""


def _invitation(mail: Mail) -> bool:
    """A meeting invitation (邀请: … with an .ics): an event, never a submission."""
    files = [a for a in mail.attachments if not a.inline]
    return (
        bool(files)
        and all(is_invitation(a) for a in files)
        and bool(_INVITATION.match(nfkc(mail.subject).strip()))
    )


def _content_reason(mail: Mail, campaign: Campaign, known: Known) -> str:
    registered = registered_senders(campaign, known)
    for addr in (mail.from_addr, mail.forwarded_from):
        if addr and addr.lower() in registered:
            return f"registered sender {addr.lower()}"
    liaisons = {a.lower() for a in known.liaison_emails}
    for addr in (mail.from_addr, mail.forwarded_from):
        if addr and addr.lower() in liaisons:
            return f"known liaison {addr.lower()}"
    places = [
        ("subject", mail.subject),
        ("subject", mail.forwarded_subject),
        *(("attachment name", a.filename) for a in mail.attachments),
        ("body", mail.body_text),
    ]
    return _named(places, campaign)


def _named(places: list[tuple[str, str]], campaign: Campaign) -> str:
    """Why these texts belong to the campaign: a unit name, else a keyword ("" if none)."""
    patterns = unit_patterns(campaign)
    for place, text in places:
        if text:
            hits = find_names(canon(text, campaign.names.shortenings), patterns)
            if hits:
                return f"unit name {hits[0].pattern} in {place}"
    for place, text in places:
        if text:
            hits = keyword_hits(text, campaign.keywords, campaign.names.shortenings)
            if hits:
                return f"keyword {hits[0].key} in {place}"
    return ""


def relevance(
    mail: Mail, campaign: Campaign, known: Known, received_at: datetime | None = None
) -> Relevance:
    """Whether `mail` belongs to `campaign`; `received_at` (else the Date header) dates it."""
    reason = _content_reason(mail, campaign, known)
    kind = not_a_submission(mail, campaign)
    if kind:
        why = f"{kind}: not a submission" + (f" ({reason})" if reason else "")
        return Relevance(False, why, keep=bool(reason))
    if not reason:
        nothing = "no registered sender, unit name or campaign keyword"
        if _documents(mail):
            return Relevance(False, nothing, look_inside=True)
        return Relevance(False, nothing)
    too_early = _before_start(mail, campaign, received_at)
    if too_early:
        return Relevance(False, f"{too_early} ({reason})")
    other = _another_year(mail, campaign)
    if other:
        return Relevance(False, f"about the {other} campaign, not this one ({reason})", keep=True)
    return Relevance(True, reason)


_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?[^\n]{0,16}$")


def _another_year(mail: Mail, campaign: Campaign) -> str:
    """The year a mail's subject gives the campaign when it is not this campaign's
    ("2019年职业教育活动周工作总结（补报）"), and nothing it wrote names this one's year: a
    late report of another year's campaign. A file name alone never decides (schools
    reuse last year's file names); "" otherwise."""
    subject = nfkc(mail.subject or "")
    hits = keyword_hits(subject, campaign.keywords, campaign.names.shortenings)
    canonical = canon(subject, campaign.names.shortenings)
    years = set()
    for hit in hits:
        found = _YEAR_BEFORE.search(canonical[: hit.start])
        years.add(found.group(1) if found else "")
    own, _ = split_quoted(mail.body_text or "")
    names = " ".join(a.filename for a in mail.attachments)
    this = str(campaign.start.year)
    if not years or "" in years or this in years or this in f"{subject}{own}{names}":
        return ""
    return min(years)


# Category keywords too common in other office mail to say anything on their own.
_GENERIC = frozenset(
    {"安排", "计划", "报告", "汇报", "讯", "通讯", "大赛", "比赛", "讲座", "论坛", "简报", "小结"}
)


def _deliverable_words(canonical: str, campaign: Campaign) -> list[Match]:
    """Where canonical text names what the campaign asks for (宣传稿, 统计表, 总结, 联络员 …)."""
    index = {k: v for k, v in keyword_index(campaign).items() if k not in _GENERIC}
    return [m for m in find_names(canonical, index) if m.key != OTHER]


def _speaks_of_deliverables(text: str, campaign: Campaign) -> bool:
    """Whether `text` names what the campaign asks for."""
    return bool(_deliverable_words(canon(text, campaign.names.shortenings), campaign))


# Other office business a role or a receipt can be named for (疫情防控联络员, 参会回执,
# 安全工作联络员): the campaign's own words so qualified speak of that business instead.
_OTHER_BUSINESS = re.compile(
    r"(?:疫情防控|疫情|防疫|消防|防汛|应急|安全生产|安全|资助|扶贫|信访|保密|党建|统战|工会|"
    r"团委|考试|学籍|档案|心理健康|会议|参会|培训|督导|审计|财务|人事|体检|学前教育|基础教育|"
    r"义务教育|普通高中|幼儿园|招生)"
    r"(?:工作|专项|报名|月|周|月活动|周活动|活动|班)?(?:隐患)?(?:检查|排查|督查|自查)?(?:情况)?"
    r"(?:期间|的通知[(（]?)?的?$"
)


# The campaign as a time ("活动周期间我校还将举办技能节"): a covering note's passing remark
_AS_A_TIME = re.compile(r"期间|之际|当中|中|里|时")
# "党委宣传部", "宣传科": a deliverable's word that names a department (in a signature)
_DEPARTMENT_AFTER = re.compile(r"(?:部|科|处|股|办公室|中心)")


def _speaks_of_campaign(
    text: str, campaign: Campaign, *, trusted: bool, as_time: bool = True
) -> bool:
    """Whether `text` names the campaign (a keyword) or, when `trusted` (a registered
    sender, a known liaison), what it asks for -- each word counted only where it is not
    qualified by another business ("疫情防控联络员" is no campaign liaison) and, unless
    `as_time`, not as a time ("活动周期间我校还将…": a covering note's passing remark)."""
    shortenings = campaign.names.shortenings
    canonical = canon(text, shortenings)
    found = keyword_hits(text, campaign.keywords, shortenings)
    if trusted:
        found += _deliverable_words(canonical, campaign)
    return any(
        not _OTHER_BUSINESS.search(canonical[max(0, m.start - 8) : m.start])
        and not _DEPARTMENT_AFTER.match(canonical, m.end)
        and (as_time or not _AS_A_TIME.match(canonical, m.end))
        for m in found
    )


def _qualified_only(text: str, campaign: Campaign) -> bool:
    """Whether `text` names what the campaign asks for only as another business's
    ("安全生产月活动联络员"): some such word, none of them the campaign's."""
    canonical = canon(text, campaign.names.shortenings)
    named = keyword_hits(text, campaign.keywords, campaign.names.shortenings)
    named = named or _deliverable_words(canonical, campaign)
    return bool(named) and not _speaks_of_campaign(text, campaign, trusted=True)


# What a subject names when a unit writes about other business than the campaign: the same
# mailbox takes a school's 技能大赛报名表, a county's 招生计划, a 助学金公示.
_OTHER_TOPIC = re.compile(
    r"报名表|报名[:：]|招生|助学金|奖学金|资助|公示|隐患|排查|安全(?:专项)?检查|专项检查|安全生产|"
    r"培训|评审|评选|市赛|省赛|国赛|参赛|选手名单|"
    r"推荐人选|推荐名单|申报|职称|课题|经费|预算|决算|审计|疫情|防控|台账|考试|学籍|信访|党建|巡察|"
    r"督导|技能大赛|大赛|竞赛|参会|会议|研讨会|1\+X|证书制度|试点"
)
# Words that say a mail carries an article, whatever it reports on (技能大赛报道 is one).
_ARTICLE_SAYS = re.compile(r"宣传稿|稿件|稿子|报道|新闻|简讯|快讯|通讯稿|信息稿|投稿|美篇")


def _other_business(facts: MailFacts, campaign: Campaign) -> str:
    """The other business a registered unit's mail is about ("" when it may be the
    campaign's): the subject names another topic (招生计划, 技能大赛报名表, 参会回执) and
    nothing names the campaign as what is sent. What does: a campaign keyword in the subject,
    a file name or a document; an article word (报道, 稿件) in the subject, a file name or the
    note; the note naming the campaign other than as a time. A 统计表, 情况报告 or 回执 under
    such a subject is that business's, and a note's 联系人 line is every office's."""
    mail = facts.mail
    subject = nfkc(mail.subject or "")
    topic = _OTHER_TOPIC.search(subject)
    if topic is None:
        return ""
    names = "\n".join(f.attachment.filename for f in facts.files)
    shortenings = campaign.names.shortenings
    if keyword_hits(f"{subject}\n{names}", campaign.keywords, shortenings):
        return ""
    own, _ = split_quoted(mail.body_text or "")
    if _ARTICLE_SAYS.search(nfkc(f"{subject}\n{names}\n{own}")):
        return ""
    if _speaks_of_campaign(own, campaign, trusted=False, as_time=False):
        return ""
    for f in facts.files:
        text = f.document.text[:20_000] if f.document.readable else ""
        if text and keyword_hits(text, campaign.keywords, shortenings):
            return ""
        if text and any(weight >= NEWS_MARK for weight, _ in news_style(f)):
            return ""  # news of the unit (东平讯（通讯员…）), whatever it reports on: publicity
    return topic.group(0)


def relevance_of_facts(facts: MailFacts, campaign: Campaign, verdict: Relevance) -> Relevance:
    """A relevant mail that delivers nothing (no file, link, contact data or article) is
    a unit's correspondence -- a question, a reply to our acknowledgement -- only when it
    speaks of the campaign: a campaign keyword in the subject or anywhere in the body (the
    quoted mail it answers included), or, from a registered sender or a known liaison,
    what the campaign asks for (宣传稿, 统计表, 总结 …). Otherwise it is about something
    else (a bureau's other business, a parent asking about a school): kept and listed as
    other mail."""
    flags = facts.mail.flags
    if not verdict.relevant or MailFlag.TOO_LARGE in flags or MailFlag.MALFORMED in flags:
        return verdict  # not read whole: staff must see it
    mail = facts.mail
    text = f"{mail.subject}\n{mail.body_text}"
    trusted = verdict.reason.startswith(("registered sender", "known liaison"))
    delivered = material(facts)
    # a unit's contact for other business ("安全生产月活动联络员：王刚") is no liaison
    if delivered.startswith("contact data") and trusted and _qualified_only(text, campaign):
        return Relevance(
            False,
            f"a contact for other business, not the campaign's: not a submission "
            f"({verdict.reason})",
            keep=True,
        )
    topic = _other_business(facts, campaign) if trusted else ""
    if topic:
        return Relevance(
            False, f"about other business ({topic}): not a submission ({verdict.reason})", keep=True
        )
    if delivered:
        return verdict
    if not trusted and not mail.forwarded_from:
        # a question about the campaign from an address no unit uses (a parent, a student)
        # names a school without being the school's: listed for staff as other mail
        return Relevance(
            False,
            f"delivers nothing, from an address no unit uses: not a submission ({verdict.reason})",
            keep=True,
        )
    if _speaks_of_campaign(text, campaign, trusted=trusted):
        return verdict
    return Relevance(
        False,
        f"delivers nothing and does not speak of the campaign: not a submission ({verdict.reason})",
        keep=True,
    )


def _sent_as_deliverable(facts: MailFacts, campaign: Campaign) -> str:
    """Why a mail to the campaign's own mailbox is a submission though nothing names a unit
    or the campaign: its subject or a file's name names what the campaign asks for ("稿子",
    "稿件.docx", "总结") and a document of it can be read. Nobody can tell whose it is:
    staff assign it (it is never acknowledged), but it is never dropped unseen."""
    boxes = {b.lower() for b in campaign.mailboxes}
    if not boxes & {a.lower() for a in facts.mail.to}:
        return ""
    if not any(f.document.readable and f.document.text.strip() for f in facts.files):
        return ""
    names = [("subject", facts.mail.subject or "")]
    names += [(f"file name {f.attachment.filename}", f.attachment.filename) for f in facts.files]
    for place, text in names:
        if text and _speaks_of_deliverables(text, campaign):
            return f"sent to the campaign's mailbox, its {place} names a deliverable"
    return ""


def relevance_of_documents(
    facts: MailFacts, campaign: Campaign, received_at: datetime | None = None
) -> Relevance:
    """A mail that said nothing itself, judged by the text of its documents."""
    places = []
    for f in facts.files:
        if f.document.readable:
            places.append((f"document {f.attachment.filename}", f.document.text[:20_000]))
    reason = _named(places, campaign) or _sent_as_deliverable(facts, campaign)
    if not reason:
        return Relevance(
            False, "no registered sender, unit name or campaign keyword, in the documents neither"
        )
    too_early = _before_start(facts.mail, campaign, received_at)
    if too_early:
        return Relevance(False, f"{too_early} ({reason})")
    return Relevance(True, reason)
