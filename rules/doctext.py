"""What a document's text says, as the category rules read it: its title, its prose lines
(table content left out), news-style signals, contact and statistics tables, and which
category the keyword written last in a text points to.

    document_title(file)           # "肥城职专2020年职业教育活动周实施方案"
    head_category(text, campaign)  # ("plan", "方案")
    news_style(file)               # [(3.0, "dateline 11月9日， opens the lead")]
"""

from __future__ import annotations

import re
from pathlib import PurePath

from parsers.model import Document, FileFacts, MailFacts, ReadStatus
from rules.campaign import Campaign, StatsTemplate
from rules.text import canon, find_names, nfkc, split_quoted

CONTACT_FORM = 4.0
STATS_IN_PROSE = 3.0
NEWS_MARK = 3.0
NEWS_LEAD = 2.0
HEADLINE = 1.0
SHORT_PROSE = 200  # characters outside tables below which a document is "a form"

SPREADSHEETS = frozenset({"xlsx", "xls", "xlsm", "et", "ods", "csv"})
UNREADABLE = frozenset(
    {ReadStatus.ENCRYPTED, ReadStatus.UNREADABLE, ReadStatus.UNSUPPORTED, ReadStatus.IMAGE_ONLY}
)
IMAGE_EXT = frozenset({".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff"})
_ARTICLE_INTENT = ("宣传", "稿件", "报道", "新闻", "简讯", "投稿", "活动信息", "工作动态")
_PIECES = re.compile(r"(?<![第\d])(?:[2-9]|[1-9]\d|一|两|二|三|四|五|六|七|八|九|十)\s*篇")
_CONTACT_HEADERS = (
    "姓名",
    "职务",
    "职称",
    "手机",
    "电话",
    "邮箱",
    "e-mail",
    "email",
    "邮件",
    "联系人",
    "联络员",
    "单位",
)
_NEWS_MARK = re.compile(r"本报讯|本网讯|讯[（(]|[（(]\s*(?:记者|通讯员)|通讯员[:：\s]|记者[:：\s]")
_SENTENCE_STOP = re.compile(r"[。！!]$")
_DATELINE = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚上?|上旬|中旬)?[，,]")
_LEAD = re.compile(r"^(?:近日|日前|近期|连日来|本周)[，,]")
_ATTACHMENT_LABEL = re.compile(r"^附件\s*\d*\s*[:：]?\s*$")
# a document's 文号 ("泰职院发〔2020〕67号"), and a line that is only one
DOCUMENT_NUMBER = re.compile(r"[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d{1,4}\s*号")
_ISSUE_LINE = re.compile(
    rf"^\S{{0,12}}(?:{DOCUMENT_NUMBER.pattern}|[(（]\s*(?:19|20)\d{{2}}\s*[)）]\s*\d{{1,4}}\s*号)$"
)
_TITLE_END = re.compile(r"[。；;！!？?]$")


_INDEXES: dict[int, tuple[Campaign, dict[str, str]]] = {}  # id -> (campaign, its index)


def keyword_index(campaign: Campaign) -> dict[str, str]:
    """Canonical keyword -> category (first category listing a keyword keeps it; a keyword
    the config gave wins over a built-in one of another category).

    Built once per campaign (a campaign is frozen): it is asked for several times a mail.
    """
    cached = _INDEXES.get(id(campaign))
    if cached is not None and cached[0] is campaign:
        return cached[1]
    out: dict[str, str] = {}
    short = campaign.names.shortenings
    for category in campaign.categories:
        rule = campaign.classify.get(category)
        for kw in rule.explicit if rule is not None else ():
            out.setdefault(canon(kw, short), category)
    for category, rule in campaign.classify.items():
        for kw in rule.keywords:
            out.setdefault(canon(kw, short), category)
    if len(_INDEXES) > 8:
        _INDEXES.clear()
    _INDEXES[id(campaign)] = (campaign, out)
    return out


def head_category(text: str, campaign: Campaign) -> tuple[str, str] | None:
    """The category of the keyword written last in `text`, and that keyword."""
    matches = find_names(canon(text, campaign.names.shortenings), keyword_index(campaign))
    if not matches:
        return None
    last = max(matches, key=lambda m: (m.end, m.end - m.start))
    return last.key, last.pattern


def mentions_categories(text: str, campaign: Campaign) -> set[str]:
    """Every category some keyword in `text` points to."""
    found = find_names(canon(text, campaign.names.shortenings), keyword_index(campaign))
    return {m.key for m in found}


def stem(filename: str) -> str:
    name = PurePath(filename.replace("\\", "/")).name
    return name.rsplit(".", 1)[0] if "." in name else name


def ext(filename: str) -> str:
    name = filename.lower()
    return "." + name.rsplit(".", 1)[1] if "." in name else ""


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in nfkc(text).splitlines() if ln.strip()]


def _first_lines(text: str, count: int) -> list[str]:
    """`_lines(text)[:count]` without normalising the whole text (NFKC never makes or
    removes a line break)."""
    out: list[str] = []
    for raw in text.splitlines():
        line = nfkc(raw).strip()
        if line:
            out.append(line)
            if len(out) == count:
                break
    return out


# A unit's name alone on the first line, as a letterhead: "泰山区教育和体育局", "…学院文件"
LETTERHEAD = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,24}(?:局|学校|学院|中心|中专|职专|委员会|办公室|政府)(?:文件)?$"
)


def document_title(file: FileFacts) -> str:
    """The title: a level-0 heading, else the first short line that is not "附件1"."""
    doc = file.document
    for h in doc.headings:
        if h.level == 0 and h.text.strip():
            return h.text.strip()
    for n, line in enumerate(_first_lines(doc.text, 8)):
        if _ATTACHMENT_LABEL.match(line) or _ISSUE_LINE.match(line):
            continue  # "附件1", the 文号 line over a notice's title ("泰职院发〔2020〕67号")
        if n == 0 and LETTERHEAD.match(line):
            continue  # the unit's name (or 文件 letterhead) over the title
        if "\t" in line:
            cells = {c.strip() for c in line.split("\t") if c.strip()}
            if len(cells) == 1 and len(line.split("\t")) > 1:
                return next(iter(cells))[:60]  # a sheet's title row, merged across columns
            continue  # a table row above the title (a plan's 填报单位/联络员 header table)
        if line.endswith("。"):
            continue  # a sentence: the title stands elsewhere (a page header read last)
        return line if len(line) <= 60 else ""
    return ""


def _table_tokens(file: FileFacts) -> set[str]:
    return {nfkc(cell).strip() for t in file.document.tables for row in t.rows for cell in row}


def prose_lines(file: FileFacts) -> tuple[str, ...]:
    """Lines of the document text that are not table content."""
    doc = file.document
    kept = _prose_kept.get(id(doc))
    if kept is not None and kept[0] is doc:
        return kept[1]
    cells = _table_tokens(file)
    out = []
    for line in _lines(doc.text):
        tokens = line.split()
        if line in cells or (tokens and all(t in cells for t in tokens)):
            continue
        out.append(line)
    if len(_prose_kept) >= 8:
        _prose_kept.clear()
    _prose_kept[id(doc)] = (doc, tuple(out))
    return tuple(out)


# Three rules ask for the prose lines of the file being classified: they are kept for the
# last few documents (by identity; the document is kept with them, so its id is not reused).
_prose_kept: dict[int, tuple[Document, tuple[str, ...]]] = {}


def is_form(file: FileFacts) -> bool:
    doc = file.document
    return doc.kind in SPREADSHEETS or sum(len(ln) for ln in prose_lines(file)) < SHORT_PROSE


def contact_table(file: FileFacts) -> str:
    """Why the document holds contact data in tables ("" when it does not)."""
    for table in file.document.tables:
        for row in table.rows[:6]:
            cells = [canon(c) for c in row]  # contact headers: no institution names
            hits = {h for h in _CONTACT_HEADERS if any(h in c and len(c) <= 12 for c in cells)}
            if len(hits) >= 3:
                return f"contact headers {'/'.join(sorted(hits))} in {table.name or 'a table'}"
    if file.contacts:
        return f"{len(file.contacts)} contact(s) found"
    return ""


def stats_matched(file: FileFacts, campaign: Campaign) -> int:
    """How many columns of a statistics template the file's table matched."""
    if file.statistics is None:
        return 0
    return len(file.statistics.columns)


def stats_template(file: FileFacts, campaign: Campaign) -> StatsTemplate | None:
    """The template the file's statistics table was read against: the first one that has
    every column key the table matched (the parsers' table names no template)."""
    table = file.statistics
    if table is None or not campaign.stats_templates:
        return None
    keys = set(table.columns)
    return next(
        (t for t in campaign.stats_templates if keys <= {c.key for c in t.columns}),
        campaign.stats_templates[0],
    )


def min_matched(campaign: Campaign, template: StatsTemplate | None = None) -> int:
    """Header columns a table must match to be read as the statistics table."""
    template = template or campaign.statistics
    return template.min_matched if template else 3


# the same said in English ("three articles for the Activity Week", "news release")
_ARTICLE_INTENT_EN = re.compile(r"\b(?:articles?|news|press releases?|reports? on)\b", re.I)


_NTH_PIECE = re.compile(r"第[一二三四五六七八九十\d]{1,2}篇|最后一篇|再报一篇|又一篇")


def _piece_word(text: str) -> str:
    """The word by which normalised `text` says it carries publicity material ("" if none):
    宣传/稿件…, a count of pieces ("另报送活动信息两篇"), or the same in English."""
    for word in _ARTICLE_INTENT:
        if word in text:
            return word
    for pattern in (_PIECES, _ARTICLE_INTENT_EN):
        found = pattern.search(text)
        if found:
            return found.group(0)
    return ""


def says_pieces(text: str) -> bool:
    """Whether `text` says it carries publicity pieces (宣传, 稿件, 两篇, 第五篇, articles …)."""
    text = nfkc(text or "")
    return bool(_piece_word(text) or _NTH_PIECE.search(text))


def mail_says_article_text(facts: MailFacts) -> str:
    own, _ = split_quoted(facts.mail.body_text)
    for place, text in (
        ("subject", facts.mail.subject),
        ("subject", facts.mail.forwarded_subject),
        ("body", own),
    ):
        word = _piece_word(nfkc(text or ""))
        if word:
            return f"{place} says {word}"
    return ""


def opens_as_news(line: str) -> bool:
    """Whether a line opens like a news item: a dateline ("11月8日，"), 近日/日前, 本报讯."""
    return bool(_DATELINE.match(line) or _LEAD.match(line) or _NEWS_MARK.search(line[:24]))


def news_style(file: FileFacts) -> list[tuple[float, str]]:
    """News-style signals in a document: (weight, evidence)."""
    lines = prose_lines(file)
    if not lines:
        return []
    title = document_title(file)
    body = [ln for ln in lines if ln != title]
    out: list[tuple[float, str]] = []
    top = "".join(lines[:6])[:300]
    m = _NEWS_MARK.search(top)
    if m:
        out.append((NEWS_MARK, f"news mark {m.group(0)} near the top"))
    # The lead paragraph: the first long line after the title (bylines are short).
    lead = next((ln for ln in body[:4] if len(ln) >= 30), "")
    if not lead and body and len(body[0]) >= 12 and _SENTENCE_STOP.search(body[0]):
        lead = body[0]  # a brief's one sentence under its headline ("10日，学院师生…。")
    dateline = _DATELINE.match(lead) if lead else None
    if dateline:
        out.append((NEWS_MARK, f"dateline {dateline.group(0)} opens the lead"))
    elif lead and _LEAD.match(lead):
        out.append((NEWS_LEAD, f"news lead {lead[:3]}"))
    paragraphs = [ln for ln in body if len(ln) >= 20 and _TITLE_END.search(ln)]
    if title and len(title) <= 40 and not _TITLE_END.search(title) and len(paragraphs) >= 2:
        out.append((HEADLINE, "a headline followed by paragraphs"))
    return out
