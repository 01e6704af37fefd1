"""Find URLs in mail bodies and document text, and guess which one is a publicity column.

Units write addresses the way their editors leave them: wrapped in Chinese punctuation,
glued to the next sentence, bare ``www.`` forms, or broken across two lines by a mail
client. ``find_urls`` returns each distinct URL once, in order of first appearance::

    find_urls("活动周宣传专栏：www.dyzj.cn/hdz，学校网站（http://www.dyzj.cn）", "body")
    -> (FoundUrl(url="http://www.dyzj.cn/hdz", source="body", context="...", column_score=0.9...),
        FoundUrl(url="http://www.dyzj.cn", source="body", context="...", column_score=0.5...))

``column_score`` is 0 when no column-like word precedes the URL, up to 1.0 for 宣传专栏
right before it. Nothing is dropped: every URL is kept and merely scored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from parsers.model import FoundUrl
from parsers.normalize import nfkc

__all__ = ["best_column_url", "find_urls", "merge_urls"]

# Chinese punctuation that never belongs to a URL. Each becomes a space before NFKC would
# turn some of them (，：（）) into ASCII characters that a URL may legally contain.
_CJK_PUNCT = "（）《》“”‘’，。；：、！？【】「」『』〈〉…"
_CJK_PUNCT_RE = re.compile(f"[{_CJK_PUNCT}]")

_URL_CHARS = r"A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%"
# "www." or "http://" right before a Chinese host label (www.肥城教体.cn) matches alone, and
# `_extend_non_ascii` takes in the rest of the host.
_URL_RE = re.compile(
    rf"(?:https?://(?:[{_URL_CHARS}]+|(?=[\u4e00-\u9fff]))|(?<![A-Za-z0-9.@/\-])www\.(?:[A-Za-z0-9\-]+(?:\.[{_URL_CHARS}]+)+"
    r"|(?=[\u4e00-\u9fff])))",
    re.IGNORECASE,
)
# The same on lower-cased text, without IGNORECASE and the look-behind: Python's regex engine
# finds a case-sensitive literal start quickly and tries an ignore-case one at every
# position (0.25 ms against 0.05 ms on 9 000 characters). A "www." match that the
# look-behind would refuse is refused in `_url_spans`.
_LOWER_URL_RE = re.compile(
    rf"https?://(?:[{_URL_CHARS}]+|(?=[\u4e00-\u9fff]))|www\.(?:[a-z0-9\-]+(?:\.[{_URL_CHARS}]+)+|(?=[\u4e00-\u9fff]))"
)
_GLUED_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.@/-")
# Characters that IGNORECASE matches to ASCII letters, or that lower() turns into ASCII:
# text holding one is scanned with _URL_RE itself.
_CASE_SPECIAL_RE = re.compile("[\u0130\u0131\u017f\u212a]")
# A continuation line: URL characters only, ending at the line's end or at non-ASCII text
# (never at a space: then it is the next sentence, not the rest of the URL).
# Chinese punctuation after it was turned into spaces: "…/zj\nhdz/ ，请审核" ends there too.
_CONTINUATION_RE = re.compile(
    rf"[{_URL_CHARS}]+(?=$|[^\x00-\x7f]|[ \t]+(?:$|[^\x00-\x7f]))", re.MULTILINE
)
_TRAILING = ".,;:!?'\"*"

# Words that announce a publicity column, with how strongly they do.
_COLUMN_WORDS: tuple[tuple[str, float], ...] = (
    ("宣传专栏", 1.0),
    ("专题网站", 1.0),
    ("专题网页", 1.0),
    ("专栏地址", 1.0),
    ("专栏网址", 1.0),
    ("专栏", 0.9),
    ("专题", 0.7),
    ("网站地址", 0.8),
    ("网址", 0.8),
    ("活动周", 0.7),
    ("链接", 0.6),
    ("网站", 0.5),
    ("网页", 0.5),
)
_WINDOW = 30  # characters before a URL searched for column words
# Words that name the unit's own website: a URL so labelled is not a column, unless a
# column word is there too ("宣传专栏（学校网站内）").
_SITE_WORDS = (
    "学校网站",
    "学校网址",
    "学校官网",
    "学校主页",
    "学校门户",
    "学院网站",
    "学院官网",
    "单位网站",
    "单位网址",
    "单位官网",
    "我校网站",
    "本校网站",
    "校园网站",
    "校园网址",
    "官方网站",
    "门户网站",
    "官网",
    "主页",
)
_STRONG_WORDS = ("宣传专栏", "专栏", "专题", "活动周")


def _trim(url: str) -> str:
    """Drop trailing punctuation and unbalanced closing brackets."""
    while url:
        last = url[-1]
        unbalanced = last in ")]" and url.count(last) > url.count("(" if last == ")" else "[")
        if last in _TRAILING or unbalanced:
            url = url[:-1]
        else:
            break
    return url


def _looks_continued(head: str, tail: str) -> bool:
    """Whether `tail` (the next line) plausibly continues the URL `head`."""
    if re.match(r"(?:https?://|www\.)", tail, re.IGNORECASE):
        return False  # the next line starts a URL of its own
    if not re.search(r"[A-Za-z0-9]", tail):
        return False  # a separator line ("------", "____") under the URL
    if re.fullmatch(r"\d{1,2}[.)]?", tail):
        return False  # the next item of a numbered list ("2.联络员：…", "2、护理…")
    if head.endswith(("/", "-", "_", "=", "?", "&", "%")):
        return True
    # A plain word on the next line is more likely prose than the rest of a path; after a
    # final "." (end of sentence or mid-host) only something path- or host-like continues.
    return bool(re.search(r"[/.?=&%_\d\-]", tail))


def _column_score(text: str, start: int, floor: int) -> float:
    """Score the column words in the window before `start` (never before `floor`)."""
    window_start = max(floor, start - _WINDOW)
    window = text[window_start:start]
    best = 0.0
    for word, weight in _COLUMN_WORDS:
        at = window.rfind(word)
        if at < 0:
            continue
        distance = len(window) - (at + len(word))
        # Closer is stronger: right before the URL keeps the full weight, the far end of
        # the window half of it.
        best = max(best, weight * (1.0 - 0.5 * distance / _WINDOW))
    return round(min(best, 1.0), 3)


def _url_spans(norm: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of `_URL_RE` in `norm`, in order."""
    low = norm.lower()
    if len(low) != len(norm) or _CASE_SPECIAL_RE.search(norm):
        yield from (m.span() for m in _URL_RE.finditer(norm))
        return
    if "http" not in low and "www." not in low:
        return  # str's substring search is some ten times faster than the regex's scan
    pos = 0
    while (m := _LOWER_URL_RE.search(low, pos)) is not None:
        start = m.start()
        if low.startswith("www", start) and start and low[start - 1] in _GLUED_BEFORE:
            pos = start + 1  # as the look-behind: no match starts here
            continue
        yield start, m.end()
        pos = max(m.end(), start + 1)


_WIDE_SCHEME_RE = re.compile(r"(https?)[ \t]*[：:][ \t]*[/／][ \t]*[/／]", re.IGNORECASE)


def find_urls(text: str, source: str) -> tuple[FoundUrl, ...]:
    """Every distinct http(s) or bare www. URL in `text`, scored for being a column."""
    try:
        if not text.isascii():  # "http：//x.cn" typed with a Chinese input method
            text = _WIDE_SCHEME_RE.sub(r"\1://", text)
        spaced = text if text.isascii() else _CJK_PUNCT_RE.sub(" ", text)
        norm = re.sub(r"\r+\n|\r", "\n", nfkc(spaced))
    except Exception:  # pragma: no cover - defensive: never fail a mail over a URL
        return ()
    found: dict[str, FoundUrl] = {}
    order: list[str] = []
    floor = 0
    for start, end in sorted({*_url_spans(norm), *_bare_spans(norm)}):
        if start < floor:
            continue  # already consumed by a joined continuation line
        end = _extend_non_ascii(norm, start, end)
        url = norm[start:end]
        # Join continuation lines when the URL runs exactly to the end of its line.
        while end < len(norm) and norm[end] == "\n":
            cont = _CONTINUATION_RE.match(norm, end + 1)
            if not cont or not _looks_continued(url, cont.group(0)):
                break
            url += cont.group(0)
            end = cont.end()
        url = _trim(url)
        if not _has_host(url):  # "http://www" of a host the reading could not take in
            floor = end
            continue
        if "://" not in url:  # www.x.cn, or a bare x.cn after a label (_bare_spans)
            url = "http://" + url
        label = _prose_label(norm, start, floor)
        own_site = _names_own_site(label) or _names_published_item(label)
        score = 0.0 if own_site else _column_score(norm, start, floor)
        context = norm[max(0, start - _WINDOW) : min(len(norm), end + 10)].strip()
        floor = end
        previous = found.get(url)
        if previous is None or score > previous.column_score:
            if previous is None:
                order.append(url)
            found[url] = FoundUrl(
                url=url,
                source=source,
                context=context,
                column_score=score,
                label=label,
                site=own_site,
            )
    return tuple(found[u] for u in order)


# A bare host without scheme or www. ("专栏地址：fczz.cn/zt") counts only right after a label
# that says an address follows: elsewhere "x.cn" is too often prose, a file or an email.
_BARE_RE = re.compile(
    r"(?:网址|地址|专栏|链接|网站|网页|专题)[^\n:]{0,6}?(?::|为|是|[ \t])[ \t]*"
    r"((?<![@.A-Za-z0-9])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org|gov|edu)(?:\.cn)?"
    r"(?::\d{2,5})?(?:/[^\s\x80-\U0010ffff]*)?)(?![@\w.-])",
    re.IGNORECASE,
)


def _bare_spans(norm: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each labelled bare host (see `_BARE_RE`)."""
    for m in _BARE_RE.finditer(norm):
        if not m.group(1).lower().startswith(("www.", "http")):
            yield m.start(1), m.end(1)


# A run of non-ASCII characters (no space, no Chinese punctuation: those became spaces).
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\s]+")
_ASCII_URL_RUN = re.compile(f"[{_URL_CHARS}]+")


# Chinese top-level domains a host may end with (www.泰山职专.中国).
_CJK_TLDS = ("中国", "公司", "网络", "政务", "公益")
_HOST_RE = re.compile(
    r"(?:https?://)?(?:[^\s/:@?#.]+\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+|" + "|".join(_CJK_TLDS) + ")",
    re.IGNORECASE,
)


def _has_host(url: str) -> bool:
    """Whether `url` names a host with a top-level domain, or an IPv4 address."""
    bare = re.sub(r"^https?://", "", url, flags=re.IGNORECASE)
    host = re.split(r"[/?#]", bare, maxsplit=1)[0].rsplit("@", 1)[-1]
    host = re.sub(r":\d+$", "", host)
    return bool(_HOST_RE.fullmatch(host) or re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", host))


def _in_host(head: str) -> bool:
    """Whether `head`, a URL's start, ends inside its host, right where a label begins."""
    bare = re.sub(r"^https?://", "", head, flags=re.IGNORECASE)
    return "/" not in bare and (bare == "" or bare.endswith((".", "-")))


def _extend_non_ascii(norm: str, start: int, end: int) -> int:
    """Where a URL with non-ASCII parts ends: "?kw=活动周&p=2", "/专栏/index.html" and a
    Chinese host (www.肥城教体.cn/zt/) are kept whole; "/hdz欢迎访问" stops before the
    Chinese (the next sentence)."""
    while end < len(norm) and not norm[end].isascii() and not norm[end].isspace():
        head = norm[start:end]
        run = _NON_ASCII_RUN.match(norm, end)
        if run is None:
            break
        tail = _ASCII_URL_RUN.match(norm, run.end())
        in_query = "?" in head and head.endswith(("=", "&", "?"))
        in_path = head.endswith("/") and tail is not None and tail.group(0)[0] in "/.?#&="
        # A host label: its dot and the rest follow, or it is a Chinese top-level domain.
        in_host = _in_host(head) and (
            (tail is not None and tail.group(0)[0] in ".-")
            or (head.endswith(".") and run.group(0) in _CJK_TLDS)
        )
        if not (in_query or in_path or in_host):
            break
        end = tail.end() if tail else run.end()
    return end


def _prose_label(norm: str, start: int, floor: int) -> str:
    """The words right before a URL on its line ("活动周宣传专栏网址：", or the table cell
    before it in a tab-joined row), else ""."""
    line = norm[max(floor, start - _WINDOW) : start].split("\n")[-1]
    pieces = [p.strip().rstrip(":：").strip() for p in _CLAUSE_RE.split(line)]
    label = next((p for p in reversed(pieces) if p), "")
    return label if 1 < len(label) <= _WINDOW and not label.isascii() else ""


_CLAUSE_RE = re.compile(r"[。;；,，!?！？\t]|\s{2,}")


def _names_own_site(label: str) -> bool:
    """Whether a label names the unit's own site (学校网站, 官网), not a publicity column."""
    return any(w in label for w in _SITE_WORDS) and not any(w in label for w in _STRONG_WORDS)


# "实施方案已在区政府网站公开：<url>", "总结已发布在学校网站：<url>": the page of one
# document the sender published, not the column, unless the label names the column too.
_PUBLISHED_ITEM_RE = re.compile(
    r"(?:方案|通知|总结|稿件|报道|新闻|文章|简报|计划|报告|信息|[一两二三四五另]篇)[^。]{0,12}?"
    r"(?:发布|公开|公示|刊登|登载|发表|挂网|刊发|上传|推送|转载)"
    r"|(?:发布|刊登|登载|发表|刊发|推送|转载)了?[^。]{0,12}?(?:报道|稿件|文章|新闻|信息|综述|消息|简讯|快讯)"
)


def _names_published_item(label: str) -> bool:
    """Whether a label says a document was published at the URL (not a column)."""
    return bool(_PUBLISHED_ITEM_RE.search(label)) and "专栏" not in label and "专题" not in label


def bare_url(url: str) -> str:
    """A URL without its scheme and trailing slash, lower-cased: what a reader compares."""
    return url.split("://", 1)[-1].rstrip("/").lower()


def hidden_address(shown: str, target: str) -> bool:
    """Whether a link to `target` (http/https only) shows text that does not hold its
    address ("点击进入" → https://x.cn/zt/): then readers add the address after the text."""
    bare = bare_url(target.strip())
    return (
        target.strip().lower().startswith(("http://", "https://"))
        and bool(bare)
        and bare not in nfkc(shown).lower()
    )


# =HYPERLINK("https://x.cn/zt/","点击访问") in Excel, of:=HYPERLINK("…";"…") in ODF
_HYPERLINK_FORMULA = re.compile(
    r'^\s*(?:of:)?=?\s*(?:_xlfn\.)?HYPERLINK\(\s*"([^"]+)"', re.IGNORECASE
)


def formula_link(shown: str, formula: str | None) -> str:
    """A spreadsheet cell's shown text, followed by the address of its HYPERLINK() formula
    when the text hides it."""
    found = _HYPERLINK_FORMULA.match(formula or "")
    if found and hidden_address(shown, found.group(1)):
        return f"{shown} {found.group(1)}".strip()
    return shown


def best_column_url(urls: Sequence[FoundUrl]) -> FoundUrl | None:
    """The URL with the highest positive column score (the first on ties), else None."""
    best: FoundUrl | None = None
    for u in urls:
        if u.column_score > 0 and (best is None or u.column_score > best.column_score):
            best = u
    return best


def merge_urls(*groups: Iterable[FoundUrl]) -> tuple[FoundUrl, ...]:
    """One FoundUrl per URL, in order of first appearance across `groups`: one found by
    table structure over one found by a window, else the higher score (the first on ties)."""
    best: dict[str, FoundUrl] = {}
    for group in groups:
        for u in group:
            kept = best.get(u.url)
            if kept is None or (u.structured, u.column_score) > (
                kept.structured,
                kept.column_score,
            ):
                best[u.url] = u
    return tuple(best.values())
