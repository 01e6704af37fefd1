"""Articles as schools really send them: pasted into the mail body, or as links; and the
"超大附件" download links mail services put in place of big files.

    body_article(facts)     # BodyArticle(title="我校举办职业教育活动周启动仪式", length=864,
                            #             images=3, key="body:9f3c…") or None
    body_articles(facts)    # every article pasted into the body: (BodyArticle, …) or ()
    external_files(facts)   # ("https://mail.163.com/large-attachment-download/…",)
    is_external_file(url)   # True for QQ/163/126 large-attachment and cloud-drive links

An article in the body: the sender's own text (not the quoted mail it answers; the
forwarded original of a forward counts) holds a headline -- an HTML heading or a short
first line that does not end like a sentence -- followed by at least `MIN_PROSE`
characters of prose in at least two sentences, or opens with a news mark (a dateline,
本报讯, 通讯员). A cover note ("您好，附件是我校方案，请查收") is not one. Its `key` is the
hash of its text, so the same article pasted twice counts once; the body's inline (cid:)
pictures are counted as its images, never as articles of their own. An article with a
specific headline is counted by it (`article_key`), whatever carries it.

Several articles pasted one after the other ("两篇信息直接贴在正文") are each one article:
headlines over prose of their own (`rules.compilations.text_headlines`), when the mail
says that many pieces (两篇, 3则) or each opens like news of its own (a dateline); a brief of
one sentence counts where the mail counts its pieces or calls them 简讯/信息.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from parsers.model import Attachment, MailFacts
from rules.compilations import MIN_ARTICLE, said_pieces, text_headlines, without_number
from rules.doctext import LETTERHEAD, says_pieces
from rules.text import nfkc, split_quoted, split_signature

MIN_PROSE = 80  # characters of prose after the headline (a short news item: 90-150)
_SENTENCE_END = re.compile(r"[。！？!?]")
_TITLE_END = re.compile(r"[。；;！!？?，,：:]$")
_NEWS_MARK = re.compile(
    r"本报讯|本网讯|讯[（(]|[（(]\s*(?:记者|通讯员)|通讯员[:：\s]|^(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,]",
    re.MULTILINE,  # a dateline opens a line: the lead under its headline
)
_COVER = re.compile(r"附件|请查收|请审阅|请查阅|见附件|敬请|烦请|谢谢|收到请回复")
_CID = re.compile(r"""cid:([^"'\s>)]+)""", re.IGNORECASE)
# Links a mail service puts where a file too big to attach was: the file itself is
# elsewhere, for staff to download (never an article, never the column).
_EXTERNAL = (
    "mail.163.com/large-attachment",
    "mail.126.com/large-attachment",
    "u.163.com",
    "dashi.163.com",
    "fs.163.com",
    "ftn.qq.com",
    "mail.qq.com/cgi-bin/ftnexs",
    "wx.mail.qq.com/ftn",
    "exmail.qq.com/cgi-bin/ftnexs",
    "pan.baidu.com",
    "share.weiyun.com",
    "wenshushu.cn",
    "aliyundrive.com",
    "115.com",
    "cowtransfer.com",
    "lanzou",
)


@dataclass(frozen=True, slots=True)
class BodyArticle:
    """An article pasted into the mail body."""

    title: str
    length: int  # characters of text
    images: int  # inline pictures of the body
    key: str  # "body:<sha256 of the text>"


# A correction's mark on a resent article's headline or name: "（更正）", "修改稿", "(终稿)"
_REVISION = re.compile(r"[（(【\[]?(?:更正版?|修改稿?|修订版?|定稿|终稿|最终版|新版)[）)】\]]?")
_KEY_CHARS = re.compile(r"[^\w]")
MIN_HEADLINE_KEY = 8  # a shorter headline ("新闻稿", "活动简报") may be many articles
# A periodical's masthead ("…职教活动周简报", "工作动态 第3期") heads every issue: no headline
_MASTHEAD = re.compile(
    r"(?:简报|快报|专刊|增刊|动态|信息|周报|通讯|汇编|合集|集锦)(?:第?\w{1,3}期)?$"
)


def article_key(headline: str) -> str | None:
    """The key an article is counted by when its headline is specific enough: the same
    headline from one unit is one article, however sent (file, body, 汇编) and however often
    corrected ("…成果展（更正）"); None for a headline too short to tell articles apart."""
    bare = _KEY_CHARS.sub("", _REVISION.sub("", nfkc(headline or "")))
    if len(bare) < MIN_HEADLINE_KEY or _MASTHEAD.search(bare) or LETTERHEAD.match(bare):
        return None  # too short, a masthead, or only a unit's name (a sign-off)
    return f"article:{bare}"


def is_external_file(url: str) -> bool:
    """A download link for a file kept by a mail service or a cloud drive."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    where = (parts.netloc + parts.path).lower()
    return any(mark in where for mark in _EXTERNAL)


def external_files(facts: MailFacts) -> tuple[str, ...]:
    """The body's links to files too big to attach, in order, once each."""
    seen: list[str] = []
    for u in facts.body_urls:
        if is_external_file(u.url) and u.url not in seen:
            seen.append(u.url)
    return tuple(seen)


def inline_images(facts: MailFacts) -> frozenset[str]:
    """Content-IDs of the pictures the HTML body shows (cid: references)."""
    html = getattr(facts.mail, "body_html", "") or ""
    return frozenset(m.group(1).strip("<>").lower() for m in _CID.finditer(html))


def _own_text(facts: MailFacts) -> str:
    own, quoted = split_quoted(facts.mail.body_text)
    from rules.units import is_forward

    text = own + ("\n" + quoted if is_forward(facts.mail) else "")
    free, _signature = split_signature(text)
    return nfkc(free)


def _headline(facts: MailFacts, lines: list[str]) -> str:
    doc = facts.body_document
    if doc is not None:
        for h in doc.headings:
            title = nfkc(h.text).strip()
            if h.level <= 2 and 4 <= len(title) <= 60:
                return title
    # the headline under a salutation and a cover line ("市局：", "一篇如下：", a link line)
    for line in lines[:5]:
        if line.endswith(":") or "http" in line.lower() or _COVER.search(line) or len(line) < 4:
            continue  # "市局：", "您好！", a link line, "稿件如下："
        if len(line) <= 50 and not _TITLE_END.search(line):
            return line
        if len(line) >= 15:
            break  # prose has begun: a later short line is no headline
    return ""


def body_article(facts: MailFacts) -> BodyArticle | None:
    """The article pasted into the body, or None (see the module docstring)."""
    text = _own_text(facts)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return None
    title = _headline(facts, lines)
    # a link is no prose: "标题\nhttps://mp.weixin.qq.com/s?__biz=…" lists a link, pastes nothing
    prose = [t for ln in lines if ln != title and len(t := _LINK.sub("", ln).strip()) >= 15]
    body = "".join(prose)
    sentences = len(_SENTENCE_END.findall(body))
    news = bool(_NEWS_MARK.search("\n".join(lines[:4])))
    # a brief: a headline over one dated sentence, in a mail that says it is a piece (稿件)
    brief = bool(title) and news and len(body) >= 20 and says_pieces(facts.mail.subject)
    if (len(body) < MIN_PROSE or (sentences < 2 and not news)) and not brief:
        return None
    if not title and not news:
        return None
    covers = {ln for ln in lines if _COVER.search(ln) and len(ln) < 60}
    if covers and (not title or len("".join(ln for ln in prose if ln not in covers)) < MIN_PROSE):
        return None  # a long cover note, not an article ("稿件如下，请审阅" before one is)
    # surrogatepass: a lone surrogate a broken mail left in its text never stops the mail
    digest = hashlib.sha256("".join(body.split()).encode("utf-8", "surrogatepass")).hexdigest()
    return BodyArticle(
        title=title or lines[0][:40],
        length=len(body),
        images=len(inline_images(facts)),
        key=article_key(title) or f"body:{digest}",
    )


_BRIEFS = re.compile(r"简讯|信息|快讯|动态")
_RULE = re.compile(r"[-—_=*~·.。…\s─━]{3,}")
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def body_articles(facts: MailFacts) -> tuple[BodyArticle, ...]:
    """Every article pasted into the body, in order (see the module docstring)."""
    text = _own_text(facts)
    # a rule between pieces ("——————", "****", "====") is no line of either
    lines = [
        ln.strip() for ln in text.splitlines() if ln.strip() and not _RULE.fullmatch(ln.strip())
    ]
    pieces = _pasted_pieces(facts, lines)
    if pieces:
        return pieces
    one = body_article(facts)
    return (one,) if one is not None else ()


def _pasted_pieces(facts: MailFacts, lines: list[str]) -> tuple[BodyArticle, ...]:
    """Two or more articles one after the other, each under its headline; () otherwise.

    A headline over prose is also what a subheading inside one article looks like, so the
    pieces count as articles only when the mail says how many it carries and they are that
    many, or when each piece opens like news of its own (a dateline, 本报讯, 通讯员)."""
    lead = 0  # the salutation and cover lines above the first headline
    while lead < len(lines) and (
        lines[lead].endswith(":") or _COVER.search(lines[lead]) or "http" in lines[lead].lower()
    ):
        lead += 1
    body = lines[lead:]
    heads = text_headlines("\n".join(body), "")
    bare = [without_number(ln) for ln in body]  # "【稿件一】新泰职专…" is headline 新泰职专…
    if len(heads) < 2 or any(h not in bare for h in heads):
        return ()
    starts = [bare.index(h) for h in heads]
    if starts != sorted(starts):
        return ()
    said = nfkc(f"{facts.mail.subject}\n" + "\n".join(lines[:lead]))
    as_said = said_pieces(said) == len(heads)
    briefs = as_said or bool(_BRIEFS.search(said))
    found: list[BodyArticle] = []
    for n, at in enumerate(starts):
        piece = body[at + 1 : starts[n + 1] if n + 1 < len(starts) else len(body)]
        prose = "".join(piece)
        sentences = len(_SENTENCE_END.findall(prose))
        full = len(prose) >= MIN_PROSE and sentences >= 2
        brief = briefs and len(prose) >= MIN_ARTICLE and sentences >= 1
        if not (full or brief) or not (as_said or _NEWS_MARK.search(piece[0] if piece else "")):
            return ()
        digest = hashlib.sha256("".join(prose.split()).encode("utf-8", "surrogatepass"))
        found.append(
            BodyArticle(
                title=heads[n],
                length=len(prose),
                images=len(inline_images(facts)) if n == 0 else 0,
                key=article_key(heads[n]) or f"body:{digest.hexdigest()}",
            )
        )
    return tuple(found)


def is_invitation(att: Attachment) -> bool:
    """A calendar invitation (.ics): a meeting's time, never something the campaign asks for."""
    kind = (att.content_type or "").lower()
    return att.filename.lower().endswith((".ics", ".vcs")) or kind == "text/calendar"


def material(facts: MailFacts) -> str:
    """What the mail delivers at all ("" when nothing: a question, a note, a reply)."""
    files = [f for f in facts.files if not f.attachment.inline and not is_invitation(f.attachment)]
    if files:
        return f"{len(files)} file(s)"
    if facts.body_urls:
        return f"a link ({facts.body_urls[0].url})"
    if any(c.name.value and (c.mobile.value or c.email.value) for c in facts.body_contacts):
        return "contact data in the body"
    if getattr(facts, "wechat_accounts", ()):
        return "a WeChat account"
    if body_articles(facts):
        return "an article in the body"
    return ""
