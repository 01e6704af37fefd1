"""Everything rules decide about one relevant mail, in one value.

    judge(facts, campaign, known)
    # Judgement(unit=UnitVerdict(unit_id="fczz", ...),
    #           files=(FileDecision(index=0, category=CategoryVerdict("plan", ...)),),
    #           column_urls=("http://www.fczz.net/hdz/",), article_links=(),
    #           may_reply=True, notes=("new sender zhang@qq.com for 肥城市职业中等专业学校",))

Column URL: the URL with the highest `column_score` found in the body or a document,
only when a unit is identified (a URL of nobody counts for nobody), never a URL that
appears only in the quoted part of a reply (that is our own mail coming back).

Article links: conservative. A body URL counts as an article only when the sender's own
text says it carries publicity material (宣传/报道/稿件/新闻/链接 ...), the URL is not a
column candidate and points at a page (a path, not a bare site), and a unit is identified.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from urllib.parse import urlsplit

from parsers.model import FoundUrl, MailFacts, MailFlag
from rules.articles import body_articles, external_files, is_external_file
from rules.body_documents import body_documents
from rules.campaign import Campaign
from rules.categories import classify
from rules.compilations import compilation_titles
from rules.doctext import UNREADABLE, says_pieces
from rules.file_units import file_units, piece_units, settle_unit, split_forward
from rules.model import FileDecision, Judgement, Known, UnitVerdict
from rules.text import canon, find_names, nfkc, split_quoted
from rules.units import identify_unit, is_forward, registered_senders, unit_patterns

log = logging.getLogger(__name__)

NO_REPLY_FLAGS = frozenset(
    {
        MailFlag.AUTO_REPLY,
        MailFlag.BOUNCE,
        MailFlag.LIST,
        MailFlag.NULL_SENDER,
        MailFlag.READ_RECEIPT,
    }
)
_LIST_PAGE = re.compile(r"list|column|channel|lanmu|node|category|zhuanti|/zt/|special")
_ITEM_QUERY = re.compile(r"(?:^|&)(?:id|aid|articleid|newsid|infoid|contentid|p|doc)=\d+")
_ITEM_PATH = re.compile(
    r"(?:detail|show|content|article|info|news|art|view)[^/]*[/_-]?\d+|/\d{4,}[^/]*\.s?html?$|/t\d{8}"
    # a dated path (/2020/1109/, /2020/11/09/) and a 博达 CMS item (c1876a54301/page.htm)
    r"|/20\d\d/?\d\d/?\d\d/.|/20\d\d/\d{4}/.|/c\d+a\d+/page\.s?html?$"
)
_COLUMN_LABEL = re.compile(r"专栏|栏目|网址|网站|地址|专题|主页|首页")
_CHANGE = re.compile(
    r"联络员(?:变更|更换|调整|更改|变动)|(?:变更|更换|调整|更改)(?:了)?(?:活动周)?联络员|新联络员"
)
# "我局网站今日刊发…": the sender's own site, so the link is the sender's own article
_OWN_SITE = re.compile(r"(?:我局|本局|我县|我区|我市|县局|区局|局)(?:网站|门户|官网|公众号|网)")
_ARTICLE_WORDS = (
    "宣传报道",
    "报道",
    "稿件",
    "新闻",
    "宣传材料",
    "宣传信息",
    "文章",
    "推文",
    "链接",
    "美篇",
    "公众号",
)


def _unit_name(campaign: Campaign, unit_id: str) -> str:
    unit = campaign.unit(unit_id)
    return unit.name if unit else unit_id


def _bare(url: str) -> str:
    """A URL without its scheme, for finding it in text ("www.x.cn/a" is found as written)."""
    return url.split("://", 1)[-1].rstrip("/")


_QUOTE_FROM = re.compile(r"^[>\s]*(?:发件人|from)\s*[:：](.*)$", re.IGNORECASE | re.MULTILINE)


def _only_quoted(url: FoundUrl, own: str, quoted: str, sender: str = "") -> bool:
    """True when the URL is in the quoted part of a reply and not in the sender's own text,
    unless the quoted mail it stands in is the sender's own earlier one ("原邮件如下" under
    发件人：<the sender>): a resend of its own material, not our mail coming back."""
    bare = _bare(url.url)
    if bare not in quoted or bare in own:
        return False
    at = quoted.find(bare)
    headers = list(_QUOTE_FROM.finditer(quoted, 0, at))
    return not (sender and headers and sender.lower() in headers[-1].group(1).lower())


# A subject naming the column ("新泰职专专栏", "专栏网址"): a lone URL under it is the column
_COLUMN_SUBJECT = re.compile(r"专栏|栏目|专题网站|网址|网站地址")


def _column_by_subject(facts: MailFacts, links: tuple[str, ...]) -> FoundUrl | None:
    """The one page URL of a body that says nothing else, under a subject naming the column."""
    if not _COLUMN_SUBJECT.search(nfkc(facts.mail.subject or "")):
        return None
    own = nfkc(split_quoted(facts.mail.body_text)[0])
    found = [
        u
        for u in facts.body_urls
        if _bare(u.url) in own
        and not is_external_file(u.url)
        and not is_article_page(u.url)
        and u.url not in links
    ]
    if len({u.url for u in found}) != 1:
        return None
    return found[0]


# Hosts whose pages are never a unit's column: posts, videos, forms, file shares.
_NOT_COLUMN_HOSTS = re.compile(
    r"(?:^|\.)(?:weixin\.qq\.com|v\.qq\.com|bilibili\.com|douyin\.com|kuaishou\.com|"
    r"ixigua\.com|wjx\.cn|wjx\.top|jinshuju\.net|pan\.baidu\.com|meipian\.cn|weibo\.com)$"
)
# A label that says the URL is an item, the notice or a file, not a place to visit.
_ITEM_LABEL = re.compile(r"稿|报道|新闻|文章|推文|通知|文件|方案|总结|视频|下载|问卷|报名|二维码")


def _lone_labelled_url(facts: MailFacts, links: tuple[str, ...]) -> FoundUrl | None:
    """The one URL of a body that labels it as a place ("网上展厅：…", "展示平台 …"): a unit
    sends the city one web address for this campaign, its column, whatever it calls it --
    never one labelled as its own site, an article, the notice or a file, nor a post,
    video, form or file share."""
    own = nfkc(split_quoted(facts.mail.body_text)[0])
    found = {u.url: u for u in facts.body_urls if _bare(u.url) in own}
    if len(found) != 1 or any(f.urls for f in facts.files):
        return None
    (url,) = found.values()
    host = urlsplit(url.url).hostname or ""
    if (
        not url.label
        or _ITEM_LABEL.search(url.label)
        or url.site
        or url.url in links
        or is_external_file(url.url)
        or is_article_page(url.url)
        or _NOT_COLUMN_HOSTS.search(host.lower())
    ):
        return None
    return url


def column_urls(
    facts: MailFacts, unit: UnitVerdict, links: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """The best column URL candidate of the mail (at most one): a URL labelled as the
    column in a table beats one a column word stands near; a download link of a big file
    and a link sent as an article (`links`) are never the column."""
    if unit.unit_id is None:
        return ()

    def usable(u: FoundUrl) -> bool:
        return u.column_score > 0 and not is_external_file(u.url) and u.url not in links

    candidates = [u for u in facts.body_urls if usable(u)]
    if candidates and not is_forward(facts.mail):
        own, quoted = split_quoted(nfkc(facts.mail.body_text))
        sender = facts.mail.from_addr
        candidates = [u for u in candidates if not _only_quoted(u, own, quoted, sender)]
        written = [u for u in candidates if _bare(u.url) in own]
        # the sender's own words beat its earlier mail quoted below ("更正：正确地址为…")
        candidates = written or candidates
    candidates += [u for f in facts.files for u in f.urls if usable(u)]
    if not candidates:
        lone = _column_by_subject(facts, links) or _lone_labelled_url(facts, links)
        return (lone.url,) if lone is not None else ()
    best = max(candidates, key=lambda u: u.column_score)  # first wins ties: body before files
    return (best.url,)


_COLUMN_WORD = re.compile(r"专栏|栏目")


def unit_columns(
    facts: MailFacts,
    campaign: Campaign,
    unit: UnitVerdict,
    columns: tuple[str, ...],
    links: tuple[str, ...] = (),
) -> tuple[tuple[str, str], ...]:
    """Columns of other units the mail names them for ("宁阳职专子栏目 http://…": a county
    listing its schools' columns): (URL, unit id) for each URL, not the mail's own column,
    whose label names a column and exactly one registered unit other than the mail's."""
    if unit.unit_id is None:
        return ()
    patterns = unit_patterns(campaign)
    out: list[tuple[str, str]] = []
    for u in [*facts.body_urls, *(u for f in facts.files for u in f.urls)]:
        if u.url in columns or u.url in links or u.site or is_external_file(u.url):
            continue
        label = canon(u.label, campaign.names.shortenings)
        if not _COLUMN_WORD.search(label) or is_article_page(u.url):
            continue
        named = {m.key for m in find_names(label, patterns)}
        if len(named) == 1 and unit.unit_id not in named:
            out.append((u.url, named.pop()))
    return tuple(dict.fromkeys(out))


def _is_page(url: str) -> bool:
    parts = urlsplit(url if "://" in url else "http://" + url)
    path = parts.path.strip("/")
    return bool(path and path.lower() not in ("index.html", "index.htm", "index.php", "index.jsp"))


def is_article_page(url: str) -> bool:
    """A URL of one item (an article), not of a list or a column: an id in the query, a
    dated or numbered page, a detail/show/content path, a WeChat article."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    path, query = parts.path.lower(), parts.query.lower()
    if parts.netloc.lower().endswith("mp.weixin.qq.com") and path.startswith("/s"):
        return True
    if parts.netloc.lower().endswith("meipian.cn") and re.fullmatch(r"/[a-z0-9]{6,}/?", path):
        return True  # one 美篇 (a short id is the article)
    if _LIST_PAGE.search(path) and not _ITEM_QUERY.search(query):
        return False
    return bool(_ITEM_QUERY.search(query) or _ITEM_PATH.search(path))


def article_links(facts: MailFacts, unit: UnitVerdict) -> tuple[str, ...]:
    """Body links the sender presents as articles: the sender's own text says it carries
    publicity material, and each link points at one page -- an article page even when a
    column word stands near ("专栏发布两篇报道：…"), never the column's own address (a URL
    labelled as the column) nor a big file's download link."""
    if unit.unit_id is None:
        return ()
    own, quoted = split_quoted(facts.mail.body_text)
    own, quoted = nfkc(own), nfkc(quoted)
    subject = nfkc(facts.mail.subject)
    if not any(w in own or w in subject for w in _ARTICLE_WORDS) and not says_pieces(
        f"{subject}\n{own}"
    ):
        return ()
    out: list[str] = []
    for u in facts.body_urls:
        if u.url in out or is_external_file(u.url) or u.structured:
            continue
        # "区政府网站：泰山区举办…推介会 <url>": a headline after the site word names an article
        named_column = _COLUMN_LABEL.search(u.label.strip()[-6:])
        if u.column_score > 0 and (not is_article_page(u.url) or named_column):
            continue
        if _only_quoted(u, own, quoted) or not _is_page(u.url):
            continue  # the mail it answers, or a bare site
        out.append(u.url)
    return tuple(out)


def _on_own_site(facts: MailFacts, links: tuple[str, ...]) -> bool:
    """Whether the sender says a link it sends is on its own site or account (我局网站)."""
    lines = nfkc(split_quoted(facts.mail.body_text)[0]).splitlines()
    for n, line in enumerate(lines):
        if any(link in line for link in links):
            near = line if n == 0 else f"{lines[n - 1]}{line}"
            if _OWN_SITE.search(near):
                return True
    return False


def liaison_change(facts: MailFacts) -> bool:
    """The sender says the liaison changed (联络员变更, 更换联络员 …)."""
    own, _ = split_quoted(facts.mail.body_text)
    return bool(_CHANGE.search(nfkc(f"{facts.mail.subject}\n{own}")))


# "之前报的专栏地址打不开，正确地址：…请以此为准": the column given again, corrected
_COLUMN_FIX = re.compile(
    r"更正|纠正|以此为准|以这个为准|正确(?:的)?(?:专栏)?(?:网址|地址|链接)|"
    r"(?:网址|地址|链接)[^\n。]{0,10}(?:有误|错误|写错|打不开|失效|无法打开|无法访问)"
)


def column_change(facts: MailFacts, columns: tuple[str, ...]) -> bool:
    """The column URL this mail gives corrects one sent before (更正, 以此为准, 打不开)."""
    own, _ = split_quoted(facts.mail.body_text)
    return bool(columns) and bool(_COLUMN_FIX.search(nfkc(f"{facts.mail.subject}\n{own}")))


def wechat_instead(facts: MailFacts, columns: tuple[str, ...]) -> tuple[str, ...]:
    """WeChat accounts given where the column is asked for, when no column URL was."""
    if columns:
        return ()
    found = list(getattr(facts, "wechat_accounts", ()))
    for f in facts.files:
        found.extend(getattr(f, "wechat_accounts", ()))
    return tuple(dict.fromkeys(a for a in found if a))


def may_reply(facts: MailFacts, campaign: Campaign, unit: UnitVerdict) -> bool:
    """Whether an acknowledgement may be sent: never to machines, strangers or spoofed mail."""
    mail = facts.mail
    if mail.flags & NO_REPLY_FLAGS or MailFlag.AUTH_FAILED in mail.flags:
        return False
    if unit.unit_id is None or not mail.from_addr:
        return False
    return mail.from_addr.lower() not in {b.lower() for b in campaign.mailboxes}


def _notes(facts: MailFacts, campaign: Campaign, unit: UnitVerdict, reply: bool) -> list[str]:
    mail = facts.mail
    notes: list[str] = []
    if unit.unit_id is None:
        if unit.rule == "ambiguous":
            names = " and ".join(_unit_name(campaign, c) for c in unit.candidates)
            notes.append(f"ambiguous between {names}: assign by hand")
        elif unit.candidates:
            names = ", ".join(_unit_name(campaign, c) for c in unit.candidates)
            notes.append(f"sender not recognised; mentioned only weakly: {names}")
        else:
            notes.append("sender not recognised: assign by hand")
    elif unit.new_sender:
        sender = next(
            (e[len("new sender ") :] for e in unit.evidence if e.startswith("new sender ")), ""
        )
        notes.append(f"new sender {sender} for {_unit_name(campaign, unit.unit_id)}: confirm")
    if MailFlag.AUTH_FAILED in mail.flags:
        notes.append("sender authentication failed: the From address was not trusted")
    for flag in sorted(mail.flags & NO_REPLY_FLAGS):
        notes.append(f"{flag}: no acknowledgement sent")
    for f in facts.files:
        status = f.document.status
        if status in UNREADABLE:
            reason = f" ({f.document.reason})" if f.document.reason else ""
            notes.append(f"file {f.attachment.filename}: {status}{reason}")
    if not reply and unit.unit_id is not None and not notes:
        notes.append("no acknowledgement sent")
    return notes


def _compiled(
    facts: MailFacts, campaign: Campaign, decision: FileDecision, files: tuple[FileDecision, ...]
) -> tuple[str, ...]:
    """The articles of a file filed as the campaign's articles that holds several (else
    none), by what the file and the mail's own text say (`compilation_titles`)."""
    if not campaign.is_news(decision.category.category):
        return ()
    own = split_quoted(facts.mail.body_text)[0]
    others = sum(
        1 for d in files if d.index != decision.index and campaign.is_news(d.category.category)
    )
    return compilation_titles(facts.files[decision.index], f"{facts.mail.subject}\n{own}", others)


def _with_articles(
    facts: MailFacts,
    campaign: Campaign,
    decision: FileDecision,
    files: tuple[FileDecision, ...],
    owner: UnitVerdict,
) -> FileDecision:
    """A file decision with the articles it holds when several, each with its school."""
    titles = _compiled(facts, campaign, decision, files)
    units = piece_units(facts.files[decision.index], titles, campaign, owner.unit_id or "")
    return replace(decision, articles=titles, article_units=units if any(units) else ())


def judge(facts: MailFacts, campaign: Campaign, known: Known) -> Judgement:
    """Unit, category of every file, column URL, article links, whether to reply, notes."""
    unit = identify_unit(facts, campaign, known)
    files = tuple(
        FileDecision(index=i, category=classify(i, facts, campaign))
        for i in range(len(facts.files))
    )
    unit, forwarded = split_forward(
        facts, campaign, registered_senders(campaign, known), unit, files
    )
    owners = tuple(
        f or o for f, o in zip(forwarded, file_units(facts, campaign, unit, files), strict=True)
    )
    settled, settled_owners = settle_unit(facts, campaign, unit, files, owners)
    if settled.rule == "relayed-for-school" and _on_own_site(facts, article_links(facts, unit)):
        # a bureau relays its school's files beside an article of its own site: the files
        # are the school's, the mail (and its link) the bureau's
        settled = unit
    else:
        owners = settled_owners
    if settled.rule == "named-in-documents" and facts.mail.from_addr:
        settled = replace(settled, new_sender=True)  # found by content: staff confirm
    unit = settled
    files = tuple(
        _with_articles(facts, campaign, replace(d, unit=o), files, o or unit)
        for d, o in zip(files, owners, strict=True)
    )
    links = article_links(facts, unit)
    columns = column_urls(facts, unit, links)
    pasted = body_articles(facts) if unit.unit_id else ()
    reply = may_reply(facts, campaign, unit)
    notes = _notes(facts, campaign, unit, reply)
    log.info(
        "message %s: unit %s (%s), %d file(s), reply %s",
        facts.mail.message_id,
        unit.unit_id or "-",
        unit.rule,
        len(files),
        reply,
    )
    return Judgement(
        unit=unit,
        files=files,
        column_urls=columns,
        article_links=links,
        may_reply=reply,
        notes=tuple(notes),
        body_articles=pasted,
        external_files=external_files(facts),
        wechat_accounts=wechat_instead(facts, columns),
        liaison_change=liaison_change(facts),
        column_change=column_change(facts, columns),
        unit_columns=unit_columns(facts, campaign, unit, columns, links),
        body_documents=body_documents(facts, campaign, files) if unit.unit_id else (),
    )
