"""Body text: decoded text parts, HTML flattened to text, forwards quoted in the text.

Shapes::

    html_to_text("<p>一、活动目的</p><p>二、&nbsp;安排</p>") -> "一、活动目的\\n二、 安排"
    find_quoted_forward("---- 转发的邮件 ----\\n发件人: 张三 <zs@school.cn>\\n主题: 方案")
        -> ("zs@school.cn", "方案")
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

log = logging.getLogger(__name__)

FORWARD_SEPARATOR = "-------- Forwarded message --------"
MAX_HTML_CHARS = 2 * 1024 * 1024  # of Mail.body_html; a bigger HTML body is cut

_FORWARD_MARKER = re.compile(
    r"^\s*[-—_=]{2,}\s*(forwarded message|original message|转发的邮件|转发邮件信息|原始邮件"
    r"|转发邮件|原邮件|邮件原文)\s*[-—_=]{2,}\s*$|^\s*-+\s*original message\s*-+\s*$"
    r"|^\s*begin forwarded message\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED_FROM = re.compile(r"^\s*>?\s*(?:from|发件人|寄件者|發件人)\s*[:：]\s*(.+?)\s*$", re.I)
_QUOTED_SUBJECT = re.compile(r"^\s*>?\s*(?:subject|主题|主旨|主題)\s*[:：]\s*(.*?)\s*$", re.I)
_QUOTED_META = re.compile(
    r"^\s*>?\s*(?:date|sent|to|cc|发送时间|发送日期|时间|日期|收件人|抄送)\s*[:：]", re.I
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def find_quoted_forward(body: str) -> tuple[str, str] | None:
    """(original sender, original subject) of a forward quoted in the body text, or None."""
    lines = body.splitlines()
    starts: list[int] = []
    for match in _FORWARD_MARKER.finditer(body):
        starts.append(body.count("\n", 0, match.start()) + 1)
    # Outlook (and 163 replies) quote a header block with no marker line: a From/发件人 line
    # followed closely by date/recipient/subject lines.
    for i, line in enumerate(lines):
        if _QUOTED_FROM.match(line) and any(
            _QUOTED_META.match(x) or _QUOTED_SUBJECT.match(x) for x in lines[i + 1 : i + 4]
        ):
            starts.append(i)
    for start in sorted(set(starts)):
        block = lines[start : start + 10]
        sender = ""
        subject = ""
        for line in block:
            if not sender and (m := _QUOTED_FROM.match(line)):
                value = m.group(1)
                email = _EMAIL.search(value)
                sender = email.group(0).lower() if email else value.strip("\"'; ")
            elif not subject and (m := _QUOTED_SUBJECT.match(line)):
                subject = m.group(1)
        if sender:
            return sender, subject
    return None


def join_html(sources: list[str]) -> tuple[str, bool]:
    """The HTML body parts as one string of at most MAX_HTML_CHARS; (html, whether cut)."""
    html = "\n".join(s for s in sources if s.strip())
    if len(html) <= MAX_HTML_CHARS:
        return html, False
    return html[:MAX_HTML_CHARS], True


_BLOCK_TAGS = frozenset(
    {"br", "p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
     "blockquote", "pre", "hr", "section", "article", "header", "footer", "title"}
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_SKIP_TAGS = frozenset({"script", "style", "head", "noscript", "template"})


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in _CELL_TAGS:
            self.parts.append("\t")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS and tag != "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: tags stripped, block breaks kept, entities unescaped."""
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except Exception as exc:  # HTMLParser is lenient; keep what was read so far
        log.debug("HTML body not fully parsed: %s", exc)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    text = "\n".join(lines)
    return re.sub(r"\n{2,}", "\n", text).strip()
