"""What each attachment is: small named rules, tried in the order of `CATEGORY_RULES`.

    classify(0, facts, campaign)
    # CategoryVerdict(category="plan", rule="weighted-evidence",
    #                 evidence=("file name 活动周方案.docx says plan (方案) +3", ...))

Categories are the campaign's file and contact deliverables plus `other` (what counts for
nothing): `campaign.categories`. "The article" below is the campaign's news deliverable
(`news = true`; today's `article`), "the contact" its contact deliverable, "the statistics"
the file deliverable of the statistics template a table matched.

Rules, in order; the first that returns a verdict decides:

1. `container` -- a zip/rar is `other`; its members are classified on their own.
2. `empty_file` -- a 0-byte file delivers nothing: `other`.
3. `file_kind` -- a file of an extension only one deliverable takes (`file_kinds`: a
   video's mp4) is that deliverable (pictures shown in the mail body excepted).
4. `statistics_sheet` -- a spreadsheet (or a form with little prose) whose header row matched
   at least `min_matched` columns of a statistics template.
5. `unreadable_document` -- encrypted, unreadable, unsupported or scanned files are judged by
   their file name and the mail subject alone, and say so in the evidence.
6. `image_file` -- pictures are `other`: the pictures the HTML body shows (cid:) and photos
   beside an article pasted into the body always; others unless their name names a
   category, or the mail says it carries publicity material and has no readable document
   that could be the article.
7. `weighted_evidence` -- scores (below); the highest score wins.
8. `mail_says_article` -- prose with no other sign, in a mail that says 宣传/稿件/报道.
9. `fallback_other`.

A verdict for a deliverable with `file_kinds` that the file's extension is not one of is
`other`, with the reason in the evidence (a docx is not the video).

Scores in `weighted_evidence` (weights per category from `campaign.classify`):

- The file name, the document title and the mail subject each point to at most one
  category: that of the keyword written *last* (a Chinese title's head noun comes last:
  "实施方案解读" is an article, "宣传方案" a plan, "联络员信息表" a contact form), the longer
  of overlapping keywords winning. Each adds its category's filename/title/subject weight;
  the subject's weight (1) is small, so it only breaks ties between a file's own signals.
- Structure: a contact form (a table with contact headers, or contacts found, in a document
  with little prose outside tables) adds `CONTACT_FORM` to contact -- a 联络员 table at the
  end of a plan adds nothing, the plan stays a plan; a statistics table inside a prose
  document adds `STATS_IN_PROSE`.
- News style: a dateline opening the lead ("11月9日，"), or 本报讯 / 讯（通讯员 / （记者 near
  the top adds `NEWS_MARK` to article; "近日，" leads add `NEWS_LEAD`; a short headline
  followed by paragraphs adds `HEADLINE`. Only for documents whose title does not declare
  another category (a summary may well open with "11月8日，").
- A tie goes to the category the subject names (the subject is the tiebreaker), then to the
  category with the strongest single signal, then to the one listed first.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable

from parsers.model import FileFacts, MailFacts, ReadStatus
from rules.articles import body_articles, inline_images
from rules.campaign import OTHER, Campaign
from rules.doctext import (
    _TITLE_END,
    CONTACT_FORM,
    IMAGE_EXT,
    SPREADSHEETS,
    STATS_IN_PROSE,
    UNREADABLE,
    _first_lines,
    contact_table,
    document_title,
    ext,
    head_category,
    is_form,
    mail_says_article_text,
    mentions_categories,
    min_matched,
    news_style,
    prose_lines,
    says_pieces,
    stats_matched,
    stats_template,
    stem,
)
from rules.model import CategoryVerdict
from rules.text import nfkc, split_quoted, subject_prefix

log = logging.getLogger(__name__)

CategoryRuleFn = Callable[[FileFacts, MailFacts, Campaign], CategoryVerdict | None]


def _verdict(category: str, rule: str, *evidence: str) -> CategoryVerdict:
    return CategoryVerdict(category=category, rule=rule, evidence=tuple(e for e in evidence if e))


def _score_names(
    places: Iterable[tuple[str, str, str]], campaign: Campaign
) -> tuple[dict[str, float], dict[str, float], list[str]]:
    """Score (place label, text, weight attribute) triples by their head keyword."""
    scores: dict[str, float] = {}
    strongest: dict[str, float] = {}
    evidence: list[str] = []
    for label, text, attr in places:
        if not text:
            continue
        head = head_category(text, campaign)
        if head is None:
            continue
        category, keyword = head
        weight = float(getattr(campaign.classify[category], attr))
        scores[category] = scores.get(category, 0.0) + weight
        strongest[category] = max(strongest.get(category, 0.0), weight)
        evidence.append(f"{label} says {category} ({keyword}) +{weight:g}")
    return scores, strongest, evidence


def _best(
    scores: dict[str, float],
    strongest: dict[str, float],
    campaign: Campaign,
    subject: str | None = None,
) -> tuple[str, bool] | None:
    """The winning category and whether it won a tie; None when nothing scored.

    A tie goes to the category the subject names, then to the strongest single signal,
    then to the category listed first.
    """
    if not scores:
        return None
    order = list(campaign.categories)
    ranked = sorted(
        scores,
        key=lambda c: (
            -scores[c],
            c != subject,
            -strongest.get(c, 0.0),
            order.index(c) if c in order else len(order),
        ),
    )
    best = ranked[0]
    tie = len(ranked) > 1 and scores[ranked[1]] == scores[best]
    return best, tie


# --------------------------------------------------------------------------- rules


def container(file: FileFacts, facts: MailFacts, campaign: Campaign) -> CategoryVerdict | None:
    """An archive: its members were classified as files of their own."""
    if file.document.status is ReadStatus.CONTAINER:
        return _verdict(OTHER, "container", "archive; its members are judged one by one")
    return None


def empty_file(file: FileFacts, facts: MailFacts, campaign: Campaign) -> CategoryVerdict | None:
    """A 0-byte file (an upload that failed) is what its name says, received but unreadable:
    it completes nothing, and the unit is asked for a readable copy (待补正)."""
    att = file.attachment
    if file.document.status is ReadStatus.EMPTY or not (att.data or att.locked):
        return _by_name(file, facts, campaign, "empty-file", "the file is empty (0 bytes)")
    return None


def _shown_in_body(file: FileFacts, facts: MailFacts) -> bool:
    att = file.attachment
    return att.inline or bool(att.content_id and att.content_id.lower() in inline_images(facts))


def file_kind(file: FileFacts, facts: MailFacts, campaign: Campaign) -> CategoryVerdict | None:
    """A file of an extension that only one deliverable takes (`file_kinds`) is that one."""
    suffix = ext(file.attachment.filename).lstrip(".")
    if not suffix or _shown_in_body(file, facts):
        return None
    takers = [d for d in campaign.deliverables if d.kind == "file" and suffix in d.file_kinds]
    if len(takers) != 1:
        return None
    spec = takers[0]
    return _verdict(spec.id, "file-kind", f"a .{suffix} file: only {spec.title} is one")


def statistics_sheet(
    file: FileFacts, facts: MailFacts, campaign: Campaign
) -> CategoryVerdict | None:
    """A spreadsheet or form whose header matches a statistics template."""
    matched = stats_matched(file, campaign)
    template = stats_template(file, campaign)
    target = campaign.template_deliverable(template.id if template else "statistics")
    if target is not None and matched >= min_matched(campaign, template) and is_form(file):
        return _verdict(
            target,
            "statistics-table",
            f"{matched} header(s) of the statistics template matched"
            + (f" in {file.statistics.sheet}" if file.statistics and file.statistics.sheet else ""),
        )
    return None


def unreadable_document(
    file: FileFacts, facts: MailFacts, campaign: Campaign
) -> CategoryVerdict | None:
    """A file we cannot read: decide from its name and the subject, and say so."""
    doc = file.document
    if doc.status not in UNREADABLE:
        return None
    why = f"document {doc.status}" + (f" ({doc.reason})" if doc.reason else "")
    return _by_name(file, facts, campaign, "unreadable", why)


def _by_name(
    file: FileFacts, facts: MailFacts, campaign: Campaign, rule: str, why: str
) -> CategoryVerdict:
    """The category of a file we could not read, from its name and the subject only."""
    scores, strongest, evidence = _score_names(
        (
            (
                f"file name {file.attachment.filename}",
                stem(file.attachment.filename),
                "filename_weight",
            ),
            (f"subject {facts.mail.subject}", facts.mail.subject, "subject_weight"),
        ),
        campaign,
    )
    best = _best(scores, strongest, campaign)
    if best is None:
        return _verdict(OTHER, rule, why, "nothing in file name or subject")
    return _verdict(best[0], rule, why, "decided from file name and subject only", *evidence)


_PHOTO_WORDS = re.compile(r"拍照|照片|截图|截屏|拍的|拍了|手机拍|扫描|图片")


def _said_photographed(facts: MailFacts, campaign: Campaign) -> tuple[str, str] | None:
    """The deliverable the sender says it sent as a picture: the one named right before a
    photo word ("统计表先截图发上", "统计表是手机拍的"), not publicity (photos of events)."""
    own = nfkc(f"{facts.mail.subject}\n{split_quoted(facts.mail.body_text)[0]}")
    for m in _PHOTO_WORDS.finditer(own):
        window = re.split(r"[，。；,;\n、和及与]", own[max(0, m.start() - 14) : m.start()])[-1]
        named = head_category(window, campaign)
        if named is not None and named[0] != OTHER and not campaign.is_news(named[0]):
            return named
    return None


def _readable_copy(keyword: str, picture: FileFacts, facts: MailFacts) -> bool:
    """Whether the mail carries a readable document named for `keyword` (统计表.xlsx beside
    "总结 统计表 照片"): then the pictures are photos beside it, not the table."""
    return any(
        f is not picture
        and f.document.readable
        and f.document.status is not ReadStatus.IMAGE
        and keyword in nfkc(f.attachment.filename)
        for f in facts.files
    )


def image_file(file: FileFacts, facts: MailFacts, campaign: Campaign) -> CategoryVerdict | None:
    """A picture: `other`, unless named for a category or sent alone as publicity material."""
    doc = file.document
    is_image = (
        doc.status is ReadStatus.IMAGE
        or doc.kind == "image"
        or (ext(file.attachment.filename) in IMAGE_EXT and not doc.readable)
    )
    if not is_image:
        return None
    if _shown_in_body(file, facts):
        return _verdict(OTHER, "image", "a picture shown in the mail body (cid:)")
    if body_articles(facts):
        return _verdict(OTHER, "image", "a photo beside the article in the mail body")
    head = head_category(stem(file.attachment.filename), campaign)
    if head is not None and not campaign.is_news(head[0]):
        return _verdict(head[0], "image", f"image named {head[0]} ({head[1]})")
    photographed = _said_photographed(facts, campaign)
    if photographed is not None and not _readable_copy(photographed[1], file, facts):
        # "统计表盖章后拍照上传的", "统计表（截图）"
        return _verdict(photographed[0], "image", f"the mail says the {photographed[1]} is a photo")
    subject = head_category(facts.mail.subject or facts.mail.forwarded_subject, campaign)
    if subject is not None and subject[0] == OTHER:  # "活动周宣传照片"
        return _verdict(OTHER, "image", f"the subject says {subject[1]}")
    says = mail_says_article_text(facts)
    documents = [
        f
        for f in facts.files
        if f is not file
        and f.document.status not in (ReadStatus.IMAGE, ReadStatus.CONTAINER, ReadStatus.EMPTY)
    ]
    news = campaign.news_id
    if news is not None and (says or head is not None) and not documents:
        return _verdict(
            news,
            "image",
            "image sent as publicity material",
            says or f"file name says {head[1] if head else ''}",
        )
    reason = "image; the mail's documents carry the text" if documents else "image or poster"
    return _verdict(OTHER, "image", reason)


def _one_kind_subject(facts: MailFacts, campaign: Campaign) -> str:
    """The subject, when it names one kind of material; "" when it names several
    ("宣传材料及照片", "方案和联络员表"): then it says nothing of which file is which. A
    reply's subject ("回复：…活动周方案") names what the thread began with: when the reply's
    own text says what it sends ("宣传稿5篇见附件", "先发三篇"), the subject says nothing."""
    subject = facts.mail.subject or facts.mail.forwarded_subject
    if subject_prefix(facts.mail.subject) == "reply":
        own = nfkc(split_quoted(facts.mail.body_text)[0])
        if mentions_categories(own, campaign) or says_pieces(own):
            return ""
    return subject if len(mentions_categories(subject, campaign)) <= 1 else ""


def _overrule_name(
    file: FileFacts,
    declared: str | None,
    campaign: Campaign,
    scores: dict[str, float],
    evidence: list[str],
) -> None:
    """A title that declares one deliverable (…工作总结) over a file named for another
    (活动周方案.docx, a name reused or swapped): the document says what it is, its name
    no longer counts."""
    named = head_category(stem(file.attachment.filename), campaign)
    if declared is None or named is None or named[0] in (declared, OTHER, campaign.news_id):
        return
    weight = float(campaign.classify[named[0]].filename_weight)
    scores[named[0]] = scores.get(named[0], 0.0) - weight
    evidence.append(f"the title declares {declared}: the file name's {named[0]} -{weight:g}")


def weighted_evidence(
    file: FileFacts, facts: MailFacts, campaign: Campaign
) -> CategoryVerdict | None:
    """Score file name, title, subject, structure and news style (see module doc)."""
    title = document_title(file)
    subject = _one_kind_subject(facts, campaign)
    scores, strongest, evidence = _score_names(
        (
            (
                f"file name {file.attachment.filename}",
                stem(file.attachment.filename),
                "filename_weight",
            ),
            (f"title {title}", title, "title_weight"),
            (f"subject {subject}", subject, "subject_weight"),
        ),
        campaign,
    )

    def add(category: str | None, weight: float, why: str) -> None:
        if category is None:  # the campaign asks for no such thing
            return
        scores[category] = scores.get(category, 0.0) + weight
        strongest[category] = max(strongest.get(category, 0.0), weight)
        evidence.append(f"{why} +{weight:g}")

    # A document whose own title names another category (a plan with a 联络员 table at
    # its end) or that is mostly prose is not a form, whatever tables it carries.
    titled = head_category(title, campaign) if title else None
    if titled is None and _internal_notice(file, title, campaign):
        titled = head_category("工作方案", campaign)  # whatever the campaign calls its plan
        if titled is not None:
            add(titled[0], 2.0, f"title {title}: a notice to its own departments, its plan")
    form = is_form(file) and (titled is None or titled[0] == campaign.contact_id)
    contact_why = contact_table(file)
    if contact_why and form:
        add(campaign.contact_id, CONTACT_FORM, f"contact form: {contact_why}")
    elif contact_why:
        evidence.append(f"{contact_why} inside a longer document (not a contact form)")
    matched = stats_matched(file, campaign)
    template = stats_template(file, campaign)
    if matched >= min_matched(campaign, template) and not form:
        add(
            campaign.template_deliverable(template.id if template else "statistics"),
            STATS_IN_PROSE,
            f"statistics table ({matched} headers) in prose",
        )
    # News style is evidence only for a document that does not say what it is: a title
    # ending in 总结 or 方案 declares the document, whatever its first sentence looks like.
    # A medium named in a headline ("短视频征集活动火热进行", "照片展") is what the news is
    # about: `other` declares nothing.
    declared = (
        titled[0]
        if titled is not None and not campaign.is_news(titled[0]) and titled[0] != OTHER
        else None
    )
    _overrule_name(file, declared, campaign, scores, evidence)
    if file.document.readable and file.document.kind not in SPREADSHEETS:
        if declared is not None:
            evidence.append(f"title declares {declared}: news style not weighed")
        elif campaign.news_id is not None:
            for weight, why in news_style(file):
                add(campaign.news_id, weight, why)
    subject_head = head_category(subject, campaign) if subject else None
    best = _best(scores, strongest, campaign, subject_head[0] if subject_head else None)
    if best is None:
        return None
    category, tie = best
    if category == OTHER and all(e.startswith("subject ") for e in evidence):
        return None  # the subject alone ("…专栏地址及活动信息") says nothing of this file
    if tie:
        evidence.append("tie broken by the subject, else the strongest single signal")
    return _verdict(category, "weighted-evidence", *evidence)


def mail_says_article(
    file: FileFacts, facts: MailFacts, campaign: Campaign
) -> CategoryVerdict | None:
    """Prose with no sign of its own, in a mail that says it carries publicity material."""
    says = mail_says_article_text(facts)
    doc = file.document
    if (
        says
        and campaign.news_id is not None
        and doc.readable
        and doc.kind not in SPREADSHEETS
        and len("".join(prose_lines(file))) >= (30 if "篇" in says or _headlined(file) else 100)
    ):
        return _verdict(campaign.news_id, "mail-says-article", says, "prose document")
    return None


# The addressees of a unit's own notice: its departments, or a county's schools (各中小学、
# 区职业中专：); never the city's (各县市区教育和体育局、各职业院校：)
_OWN_DEPARTMENTS = re.compile(
    r"^各(?:系部|系|二级学院|院系|院部|处室|科室|部门|专业部|教研组|年级|中心|中小学|学校|"
    r"中职学校|职业学校|镇街|乡镇|镇|街道)"
)
_CITY_ADDRESSEES = re.compile(r"县市区|教育和体育局|教体局|教育局")
_NOTICE_TITLE = re.compile(r"^(.{0,30}?)关于.{2,60}的通知$")


def _internal_notice(file: FileFacts, title: str, campaign: Campaign) -> bool:
    """A unit's notice to its own departments about the week (关于开展…活动的通知, 各系部、
    各处室：…) is its arrangement for it, its plan; the city's notice (its 文号 line) is not,
    though a unit's cites its number (根据泰教函〔2020〕72号要求)."""
    notice = _NOTICE_TITLE.match(nfkc(title)) if title else None
    if notice is None:
        return False
    issued_by = notice.group(1)
    if issued_by and issued_by in nfkc(campaign.issuer):
        return False  # "泰安市教育局关于…的通知": the city's own notice
    number = nfkc(campaign.notice).replace(" ", "") if campaign.notice else ""
    lines = _first_lines(file.document.text, 6)
    if number and any(ln.replace(" ", "").startswith(number) for ln in lines):
        return False  # the city's notice itself, under its 文号 line (a unit's cites it)
    return any(_OWN_DEPARTMENTS.match(ln) and not _CITY_ADDRESSEES.search(ln) for ln in lines)


def _headlined(file: FileFacts) -> bool:
    """A headline over its text (a short title line that is no sentence): a news item, however
    short (简讯), when the mail says it carries publicity material."""
    title = document_title(file)
    return bool(title) and 4 <= len(title) <= 40 and not _TITLE_END.search(title)


def fallback_other(file: FileFacts, facts: MailFacts, campaign: Campaign) -> CategoryVerdict:
    """Nothing pointed anywhere."""
    return _verdict(OTHER, "no-signal", "no keyword, structure or news style found")


CATEGORY_RULES: tuple[CategoryRuleFn, ...] = (
    container,
    empty_file,
    file_kind,
    statistics_sheet,
    unreadable_document,
    image_file,
    weighted_evidence,
    mail_says_article,
    fallback_other,
)


def classify(index: int, facts: MailFacts, campaign: Campaign) -> CategoryVerdict:
    """The category of `facts.files[index]`, by the first rule of `CATEGORY_RULES` that decides."""
    file = facts.files[index]
    for rule in CATEGORY_RULES:
        verdict = rule(file, facts, campaign)
        if verdict is not None:
            verdict = _of_its_kind(verdict, file, campaign)
            log.debug(
                "message %s file %s: %s by rule %s",
                facts.mail.message_id,
                file.attachment.filename,
                verdict.category,
                verdict.rule,
            )
            return verdict
    return fallback_other(file, facts, campaign)  # pragma: no cover - fallback always decides


def _of_its_kind(verdict: CategoryVerdict, file: FileFacts, campaign: Campaign) -> CategoryVerdict:
    """`other` when the file's extension is not one the verdict's deliverable takes."""
    spec = campaign.deliverable(verdict.category)
    suffix = ext(file.attachment.filename).lstrip(".")
    if spec is None or not spec.file_kinds or suffix in spec.file_kinds:
        return verdict
    why = f"but {spec.title} is {'/'.join(spec.file_kinds)}, not .{suffix or '(no extension)'}"
    return CategoryVerdict(OTHER, verdict.rule, (*verdict.evidence, why))
