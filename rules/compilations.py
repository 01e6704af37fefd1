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
from rules.text import nfkc

MIN_ARTICLE = 50  # characters of prose under a headline (a TOC line has none)
_MARKS = ("汇编", "合集", "集锦", "选编", "专辑")
_COUNTED = re.compile(r"(?<![第\d])(?:[2-9]|[1-9]\d|两|二|三|四|五|六|七|八|九|十)\s*[篇则]")


def compilation_titles(file: FileFacts) -> tuple[str, ...]:
    """The headlines of the articles a compilation holds; () for any other document."""
    doc = file.document
    if not doc.readable or not doc.headings:
        return ()
    title = next((h.text for h in doc.headings if h.level == 0), "")
    top = min(h.level for h in doc.headings)
    if not title and top < max(h.level for h in doc.headings):  # a title styled 标题 1
        title = next(h.text for h in doc.headings if h.level == top)
    named = nfkc(f"{file.attachment.filename} {title}")
    if not any(mark in named for mark in _MARKS) and not _COUNTED.search(named):
        return ()
    inner = [h for h in doc.headings if h.level > 0 and nfkc(h.text) != nfkc(title)]
    if len(inner) < 2:
        return ()
    level = Counter(h.level for h in inner).most_common(1)[0][0]
    heads = list(dict.fromkeys(h.text.strip() for h in inner if h.level == level))
    text = nfkc(doc.text)
    starts = [text.rfind(nfkc(h)) for h in heads]  # the headline itself, not its TOC line
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
