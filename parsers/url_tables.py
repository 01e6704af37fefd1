"""URLs and WeChat accounts read from table structure: a cell's row label or column header.

A URL in a cell whose row label or column header says 宣传专栏 / 专栏 / 网站 / 网址 / 地址 is
the column, whatever else the row holds: structure beats a character window. Scores are
comparable with `parsers.urls.find_urls`::

    prose (find_urls)      0.0 .. 1.0   column words in the 30 characters before the URL
    structured (here)      1.6 .. 2.0   1 + the label's weight (宣传专栏 2.0, 网址 1.8, 地址 1.6)
    the unit's own site    0.0          学校网站 / 官网 / 主页, in prose or as a label

    urls_in_tables([Table(rows=(("单位", "宣传专栏网址"), ("宁阳一职专", "nyyz.cn/hdz"))))],
                   "汇总.xlsx")
    -> (FoundUrl(url="http://nyyz.cn/hdz", source="汇总.xlsx#table 1 row 2",
                 context="宁阳一职专 | nyyz.cn/hdz", column_score=2.0, label="宣传专栏网址",
                 structured=True),)

WeChat-only columns (微信公众号“岱岳职教”, or a cell under a 公众号 header) are names, not
URLs: `wechat_accounts` and `wechat_in_tables` return them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.model import FoundUrl, Table
from parsers.normalize import nfkc
from parsers.urls import _URL_CHARS, _WINDOW, _names_own_site, find_urls, merge_urls

__all__ = ["urls_in_tables", "wechat_accounts", "wechat_in_tables"]

# --- cells ---------------------------------------------------------------------------------

# Labels of a URL's row or column, with their weight; a structured score is 1 + weight.
_TABLE_LABELS: tuple[tuple[str, float], ...] = (
    ("宣传专栏", 1.0),
    ("专题网站", 1.0),
    ("专题网页", 1.0),
    ("专栏", 0.95),
    ("专题", 0.85),
    ("活动周", 0.85),
    ("网址", 0.8),
    ("网站", 0.75),
    ("网页", 0.75),
    ("链接", 0.7),
    ("url", 0.7),
    ("地址", 0.6),
)
_EMAIL_LABELS = ("邮箱", "邮件", "e-mail", "email", "mail")
_BARE_DOMAIN_RE = re.compile(
    rf"(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z]{{2,12}}(?::\d{{2,5}})?(?:[/?#][{_URL_CHARS}]*)?",
    re.IGNORECASE,
)
_MAX_LABEL = 24


def _table_weight(label: str) -> float:
    low = label.lower()
    return max((w for word, w in _TABLE_LABELS if word in low), default=0.0)


def _is_label_cell(cell: str) -> bool:
    """A short text cell without a URL: what a row label or a column header looks like."""
    text = cell.strip()
    return 0 < len(text) <= _MAX_LABEL and not _looks_like_url(text)


def _url_spans_any(text: str) -> bool:
    low = text.lower()
    return "http" in low or "www." in low


def _looks_like_url(cell: str) -> bool:
    text = nfkc(cell).strip().rstrip("/.,;")
    return _url_spans_any(text) or ("@" not in text and bool(_BARE_DOMAIN_RE.fullmatch(text)))


def _row_label(row: Sequence[str], col: int) -> str:
    """The nearest label cell left of `col` that names a web address, else ""."""
    for c in range(col - 1, -1, -1):
        cell = row[c]
        if cell == row[col] or not cell.strip():
            continue  # a merged cell repeats the URL; an empty cell says nothing
        if not _is_label_cell(cell):
            return ""
        label = nfkc(cell).strip().rstrip(":：").strip()
        if _names_address(label):
            return label
        if re.search(r"\d{5,}|@", label):
            return ""  # a value (a phone number, an address) stands between
    return ""


def _column_label(rows: Sequence[Sequence[str]], r: int, col: int) -> str:
    """The header above row `r` in column `col` that names a web address, else ""."""
    for above in range(r - 1, -1, -1):
        cell = rows[above][col] if col < len(rows[above]) else ""
        if not cell.strip() or _looks_like_url(cell):
            continue  # other rows' URLs (a column of them) lie between the header and us
        label = nfkc(cell).strip().rstrip(":：").strip()
        if len(label) <= _MAX_LABEL and _names_address(label):
            return label
        return ""
    return ""


def _names_address(label: str) -> bool:
    """Whether a label names some address: a column, a site, an email, a WeChat account."""
    return bool(_table_weight(label) or _names_own_site(label) or _is_email_label(label)) or (
        "公众号" in label
    )


def _is_email_label(label: str) -> bool:
    low = label.lower()
    return any(w in low for w in _EMAIL_LABELS) and not _table_weight(low.replace("地址", ""))


def _cell_urls(cell: str, labelled: bool) -> list[FoundUrl]:
    """The URLs of one cell, scored as prose; a labelled cell may hold a bare domain
    ("dyzj.cn/hdz") that prose would not be trusted with."""
    found = list(find_urls(cell, ""))
    if not found and labelled:
        text = nfkc(cell).strip().rstrip("/.,;")
        if "@" not in text and _BARE_DOMAIN_RE.fullmatch(text):
            found = [FoundUrl(url="http://" + text)]
    return found


def _continued(url: str, nxt: str) -> str:
    """`url` joined with the next cell when that cell is plainly the URL's rest."""
    rest = nfkc(nxt).strip()
    if (
        not rest
        or _url_spans_any(rest)
        or "@" in rest
        or not re.fullmatch(f"[{_URL_CHARS}]+", rest)
        or not re.search(r"[/.=?&]", rest)
        or re.fullmatch(r"[\d\-+() ]+", rest)
    ):
        return url
    if url.endswith(("/", "-", "_", "=", "?", "&", "%")) or rest.startswith(("/", "?", "&")):
        return url + rest
    return url


def urls_in_tables(tables: Sequence[Table], source: str) -> tuple[FoundUrl, ...]:
    """URLs in table cells, labelled by their row label or column header.

    A URL whose label names a column (宣传专栏, 专栏, 网址, 网站, 地址 ...) is `structured` and
    scores 1 + the label's weight (1.6 to 2.0), above any prose score; one labelled as the
    unit's own site (学校网站, 官网) scores 0; a cell under or beside an email label gives
    nothing. `context` is the row's cells (a county's list of its schools' columns keeps
    each URL with its unit); `source` is "<source>#<table> row <n>".
    """
    found: list[FoundUrl] = []
    for index, table in enumerate(tables):
        name = table.name or f"table {index + 1}"
        rows = table.rows
        for r, row in enumerate(rows):
            for col, cell in enumerate(row):
                if not cell.strip() or (col and cell == row[col - 1]):
                    continue  # empty, or the repeat of a merged cell
                found.extend(_cell_found(table, name, r, col, source))
    return merge_urls(found)


def _cell_found(table: Table, name: str, r: int, col: int, source: str) -> list[FoundUrl]:
    rows = table.rows
    row = rows[r]
    if "." not in row[col] and not _url_spans_any(row[col]):
        return []  # no URL can be in it: its labels need not be looked for (most cells)
    row_label = _row_label(row, col)
    label = row_label or _column_label(rows, r, col)
    if label and _is_email_label(label):
        return []  # an email column: "www.abc@163.com" is an address, not a site
    urls = _cell_urls(row[col], bool(label))
    if not urls:
        return []
    where = f"{source}#{name} row {table.first_row + r}"
    context = " | ".join(dict.fromkeys(nfkc(c).strip() for c in row if c.strip()))[:300]
    site_label = bool(label) and _names_own_site(label)
    column_label = bool(label) and not site_label and _table_weight(label) > 0
    out: list[FoundUrl] = []
    for i, found in enumerate(urls):
        url, inner = found.url, found.label
        if i == len(urls) - 1 and nfkc(row[col]).rstrip().endswith(url[-8:]):
            # the URL runs to the cell's end: its rest may be in the next cell or row
            if col + 1 < len(row):
                url = _continued(url, row[col + 1])
            if r + 1 < len(rows) and col < len(rows[r + 1]) and not _row_label(rows[r + 1], col):
                url = _continued(url, rows[r + 1][col])
        if inner and _names_own_site(inner):
            score, structured = 0.0, False
        elif column_label:
            score = round(1.0 + max(_table_weight(label), _table_weight(inner)), 3)
            structured = True
        elif site_label and not inner:
            score, structured = 0.0, True
        else:
            score, structured = found.column_score, False
        out.append(
            FoundUrl(
                url=url,
                source=where,
                context=context,
                column_score=score,
                label=inner or label,
                structured=structured,
            )
        )
    return out


# --- WeChat official accounts -----------------------------------------------------------------

_ACCOUNT = r"([^\s“”\"'「」『』《》‘’,，。;；:()、!！?？]{2,30})"
_OPEN, _CLOSE = "[“\"'「『《‘]", "[”\"'」』》’]"
_WECHAT_RES = (
    re.compile(rf"(?:微信)?公众号(?:名称|账号|名)?\s*(?::|为|是)\s*{_OPEN}?{_ACCOUNT}"),
    re.compile(rf"(?:微信)?公众号(?:名称|账号|名)?\s*{_OPEN}{_ACCOUNT}{_CLOSE}"),
    re.compile(rf"{_OPEN}{_ACCOUNT}{_CLOSE}\s*(?:微信)?公众号"),
)
_ASKED_WORDS = (
    *("宣传专栏", "专栏", "专题", "活动周", "宣传平台", "网址", "网站", "宣传阵地"),
    # "我校宣传以微信公众号“肥城职专”为主": where the unit's publicity runs instead
    *("宣传以", "宣传主要", "宣传依托", "宣传渠道"),
)
# Other platforms a unit names instead of a website: the account keeps its platform's name
# ("视频号：泰安高新区发布"); a WeChat official account is the name alone.
_PLATFORM = r"(视频号|抖音号|抖音|快手号|快手|微博|头条号)"
_PLATFORM_RES = (
    re.compile(rf"{_PLATFORM}(?:名称|账号|名)?\s*{_OPEN}{_ACCOUNT}{_CLOSE}"),
    re.compile(rf"{_PLATFORM}(?:名称|账号|名)?\s*(?::|为|是)\s*{_OPEN}?{_ACCOUNT}"),
)


def wechat_accounts(text: str, asked: bool = False) -> tuple[str, ...]:
    """Names of WeChat official accounts given as a column ("宣传专栏：微信公众号“岱岳职教”").

    Only where a column is asked for: a column word on the same line before the account, or
    `asked` (a table cell whose label names the column).
    """
    platforms = any(p in text for p in ("视频号", "抖音", "快手", "微博", "头条号"))
    if "公众号" not in text and not platforms:
        return ()
    norm = nfkc(text)
    names: list[str] = []
    for regex in (*_WECHAT_RES, *(_PLATFORM_RES if platforms else ())):
        for m in regex.finditer(norm):
            line_start = norm.rfind("\n", 0, m.start()) + 1
            before = norm[max(line_start, m.start() - _WINDOW) : m.start() + 1]
            if not asked and not any(w in before for w in _ASKED_WORDS):
                continue
            platform = m.group(1) if regex in _PLATFORM_RES else ""
            name = m.group(m.lastindex or 1).strip()
            if "@" in name or _url_spans_any(name) or name in ("上", "上面", "平台"):
                continue
            name = name.removesuffix("公众号")
            if platform:  # one account a platform ("抖音号“X”（抖音号：x2020）" is one)
                label = f"{platform.removesuffix('号')}号："
                if not any(n.startswith(label) for n in names):
                    names.append(label + name)
                continue
            names.append(name)
    return tuple(dict.fromkeys(n for n in names if len(n) >= 2))


_MAY_NAME_ACCOUNT = re.compile("公众号|视频号|抖音|快手|微博|头条号")


def wechat_in_tables(tables: Sequence[Table]) -> tuple[str, ...]:
    """WeChat accounts in table cells labelled as the column, or labelled 公众号 themselves."""
    names: list[str] = []
    for table in tables:
        if not any(_MAY_NAME_ACCOUNT.search(cell) for row in table.rows for cell in row):
            continue  # no cell names an account or a platform: nothing to find (most tables)
        for r, row in enumerate(table.rows):
            for col, cell in enumerate(row):
                if not cell.strip() or _url_spans_any(cell):
                    continue
                label = _row_label(row, col) or _column_label(table.rows, r, col)
                head = nfkc(label)
                if "公众号" in head and "公众号" not in cell:
                    value = nfkc(cell).strip().strip("“”\"'「」《》")
                    if 2 <= len(value) <= 30 and "@" not in value:
                        names.append(value)
                    continue
                names.extend(wechat_accounts(cell, asked=_table_weight(head) > 0))
    return tuple(dict.fromkeys(names))
