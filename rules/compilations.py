"""A compilation of articles in one document (宣传材料汇编, 稿件合集): each article in it
counts towards the campaign's count, not the file once.

    compilation_titles(file)  # ("东平职专开展职业礼仪进社区活动", "…进小学活动", …) or ()

A document is a compilation when its title or file name says so (汇编, 合集, 集锦, 选编,
or a count of pieces: 两篇, 3篇, 五则) and it holds at least two headings below its title,
at one level, each followed by prose of its own (`MIN_ARTICLE` characters before the next
one): the headlines of its articles. A table of contents repeating them is not prose, so
it adds nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from parsers.model import FileFacts
from rules.doctext import opens_as_news
from rules.text import nfkc

# Characters of prose under a headline: a contents line has none; a compilation's brief
# (简讯) may be one short sentence.
MIN_ARTICLE = 8
_MARKS = ("汇编", "合集", "集锦", "选编", "专辑", "简报", "专刊", "快报", "工作动态")
COUNTED = re.compile(r"(?<![第\d])(?:[2-9]|[1-9]\d|两|二|三|四|五|六|七|八|九|十)\s*[篇则]")


def compilation_titles(file: FileFacts, said: str = "", others: int = 0) -> tuple[str, ...]:
    """The headlines of the articles a document holds when it holds several; () for any
    other document.

    Several articles, not one article's sections, when the file's name or title says so
    (汇编, 两篇), when the mail (`said`: its subject and own text) counts as many pieces as
    the file holds beside its `others` article files ("宣传稿三篇，合在一个文档里",
    "稿件4、5在一个文档里"), when the pieces are numbered as pieces (稿件1：…, 稿件2：…), or
    when each opens like news of its own (a dateline: "11月8日，…")."""
    doc = file.document
    if not doc.readable:
        return ()
    headings = doc.headings
    title = next((h.text for h in headings if h.level == 0), "")
    if headings and not title and min(h.level for h in headings) < max(h.level for h in headings):
        top = min(h.level for h in headings)  # a title styled 标题 1
        title = next(h.text for h in headings if h.level == top)
    first_line = next((ln.strip() for ln in doc.text.split("\n") if ln.strip()), "")
    if _numbered(first_line):
        title = first_line = ""  # "稿件1：…" or "一、…" first: the first headline, no title
    heads = _headlines(file, title, first_line)
    count = said_pieces(said)
    if count >= 2 and len(heads) + others != count:
        # the mail counts as many pieces as the document numbers (共5篇 over 之一…之五),
        # however little prose stands under each
        numbered = _numbered_pieces(doc.text, title or first_line)
        if len(numbered) >= 2 and len(numbered) + others == count:
            return numbered
    if len(heads) < 2:
        return ()
    named = nfkc(f"{file.attachment.filename} {title or first_line}")
    if any(mark in named for mark in _MARKS) or COUNTED.search(named):
        return heads
    if _ONE_PIECE.search(named):
        return ()  # "宣传稿第二篇.docx": the sender counts it as one piece
    if count >= 2 and count == len(heads) + others:
        return heads
    lines = [ln.strip() for ln in nfkc(doc.text).split("\n") if ln.strip()]
    if sum(1 for ln in lines if _PIECE.match(ln) and len(ln) <= MAX_HEADLINE) >= 2:
        return heads
    return heads if _each_opens_as_news(lines, heads) else ()


def _headlines(file: FileFacts, title: str, first_line: str) -> tuple[str, ...]:
    """Headlines below the title, at one level, each over prose of its own; () if fewer
    than two."""
    doc = file.document
    inner = [h for h in doc.headings if h.level > 0 and nfkc(h.text) != nfkc(title)]
    if len(inner) < 2:
        # no headline styled as one (a PDF, a docx typed in 正文): the lines that read as
        # headlines, each over prose of its own
        return text_headlines(doc.text, title or first_line)
    level = Counter(h.level for h in inner).most_common(1)[0][0]
    heads = list(dict.fromkeys(h.text.strip() for h in inner if h.level == level))
    text = nfkc(doc.text)
    starts = [_line_at(text, nfkc(h)) for h in heads]  # the headline itself, not its TOC line
    if len(heads) < 2 or any(s < 0 for s in starts) or starts != sorted(starts):
        return ()
    # A title styled as a heading like its articles (标题 1 for all) has no prose of its own
    # before the first headline: it is the title, not an article.
    while len(heads) > 2 and starts[1] - starts[0] - len(nfkc(heads[0])) < MIN_ARTICLE:
        heads, starts = heads[1:], starts[1:]
    ends = [*starts[1:], len(text)]
    for head, start, end in zip(heads, starts, ends, strict=True):
        if end - start - len(nfkc(head)) < MIN_ARTICLE:
            return ()
    return tuple(heads)


_ONE_PIECE = re.compile(r"第[一二三四五六七八九十\d]{1,2}[篇则]")
_NUMBERS = {"两": 2, **{c: i for i, c in enumerate("一二三四五六七八九十", start=1)}}
# "稿件4、5", "稿件1-3", "（稿件1、稿件2）": the pieces a mail numbers
_NUMBERED = re.compile(
    r"(?:稿件|文章|报道|新闻稿)\s*(\d{1,2})\s*(?:([、,，和及与])|[-—~～至到])\s*(?:稿件|文章)?\s*(\d{1,2})"
)


def said_pieces(text: str) -> int:
    """How many pieces a mail says it carries ("两篇" -> 2, "稿件4、5" -> 2, "稿件1-3" -> 3),
    0 when it says none."""
    text = nfkc(text)
    m = COUNTED.search(text)
    if m is not None:
        digits = re.sub(r"\D", "", m.group(0))
        return int(digits) if digits else _NUMBERS.get(m.group(0)[0], 0)
    n = _NUMBERED.search(text)
    if n is None:
        return 0
    first, last = int(n.group(1)), int(n.group(3))
    if n.group(2):
        return 2
    return last - first + 1 if 0 < last - first < 20 else 0


def _numbered(line: str) -> bool:
    return bool(line) and bool(_PIECE.match(nfkc(line)) or _SECTION.match(nfkc(line)))


def _each_opens_as_news(lines: list[str], heads: tuple[str, ...]) -> bool:
    """Whether the line after each headline opens like a news item of its own, under a
    headline of its own (8 characters or more: "一、精心组织" heads a section, not news)."""
    for head in heads:
        if len(nfkc(head)) < 8:
            return False
        at = next((i for i, ln in enumerate(lines) if ln.endswith(nfkc(head))), -1)
        if at < 0 or at + 1 >= len(lines) or not opens_as_news(lines[at + 1]):
            return False
    return True


def _line_at(text: str, line: str) -> int:
    """Where `line` last stands as a line of its own in `text` (a contents line has a page
    number, a sentence repeating the headline goes on), else its last occurrence; -1."""
    at = (f"\n{text}\n").rfind(f"\n{line.strip()}\n")
    return at if at >= 0 else text.rfind(line)


# "稿件1：…", "稿件 2：…", "【稿件三】…", "文章之二：…", "报道（四）…": a piece's number before
# its headline
_PIECE = re.compile(
    r"^(?:【)?(?:稿件|文章|报道|新闻|宣传稿)?\s*之?(?<=[件章道闻稿之])\s*(?:[(（])?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
    r"\s*(?:[)）】])?\s*[:：、.．]?\s*"
)
_SECTION = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）])\s*"  # "1. …", "（2）…" (not "8.5万")
)
_SENTENCE_END = re.compile(r"[。！？；：，,.;:!?…][”’」』）)\"']*$")
MAX_HEADLINE = 40


def _numbered_pieces(text: str, title: str) -> tuple[str, ...]:
    """The headlines of the lines numbered as pieces (稿件1：…, 之二 …), else as sections
    (一、…), numbers removed."""
    lines = [ln.strip() for ln in nfkc(text).split("\n") if ln.strip()]
    lines = [ln for ln in lines if ln != nfkc(title).strip() and len(ln) <= MAX_HEADLINE]
    for mark in (_PIECE, _SECTION):
        heads = [mark.sub("", ln).strip() for ln in lines if mark.match(ln)]
        if len(heads) >= 2:
            return tuple(dict.fromkeys(h for h in heads if h))
    return ()


def text_headlines(text: str, title: str) -> tuple[str, ...]:
    """Headlines of a compilation from its text alone: lines numbered as pieces
    ("稿件1：…") when there are two or more, else short lines that are no sentence
    standing after a finished one; each must have `MIN_ARTICLE` characters of prose
    under it. () when fewer than two are found."""
    lines = [ln.strip() for ln in nfkc(text).split("\n") if ln.strip()]
    if lines and nfkc(title).strip() == lines[0]:
        lines = lines[1:]
    numbered = [i for i, ln in enumerate(lines) if _PIECE.match(ln) and len(ln) <= MAX_HEADLINE]
    if len(numbered) < 2:  # "一、…", "（二）…": numbered sections of a compilation
        numbered = [
            i for i, ln in enumerate(lines) if _SECTION.match(ln) and len(ln) <= MAX_HEADLINE
        ]
    if len(numbered) >= 2:
        starts = numbered
    else:
        starts = [
            i
            for i, ln in enumerate(lines)
            if 4 <= len(ln) <= MAX_HEADLINE
            and not _SENTENCE_END.search(ln)
            and (i == 0 or _SENTENCE_END.search(lines[i - 1]))
        ]
    heads: list[str] = []
    for n, at in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        prose = sum(len(ln) for ln in lines[at + 1 : stop])
        if prose < MIN_ARTICLE:
            continue  # a contents line, or a caption
        heads.append(without_number(lines[at]))
    return tuple(dict.fromkeys(heads)) if len(heads) >= 2 else ()


def without_number(line: str) -> str:
    """A headline without its piece or section number ("【稿件一】…", "2. …"), NFKC."""
    line = nfkc(line)
    return _SECTION.sub("", _PIECE.sub("", line)).strip() or line
