"""Set20's document shapes (wording comes from the stories): an article, several articles in one
file, a 简报 compiling articles, photos, a plan, a summary, a statistics sheet, and the HTML of a
body with inline cid: pictures."""

from __future__ import annotations

from html import escape

from .build import F
from .docs import Doc

STAT_HEAD = [
    "单位名称",
    "线上活动（场次）",
    "线下活动（场次）",
    "校园开放日（次）",
    "技术技能服务（场次）",
    "参与师生（人次）",
    "服务群众（人次）",
    "宣传报道（篇）",
    "网络浏览量（人次）",
]


def article_blocks(headline: str, paras: list[str], byline: str = "") -> list[list[str]]:
    """One article as Word users write it: headline, a byline line, paragraphs."""
    out: list[list[str]] = [["h", headline]]
    if byline:
        out.append(["p", byline])
    out += [["p", "　　" + p] for p in paras]
    return out


def art(
    name: str,
    unit: str,
    key: str,
    headline: str,
    paras: list[str],
    byline: str = "",
    producer: str = "python-docx",
    note: str = "",
    extra: list[list[str]] | None = None,
) -> F:
    """One article in one file."""
    blocks = article_blocks(headline, paras, byline) + (extra or [])
    return F(name, Doc(producer, blocks), "article", unit, articles=(key,), note=note)


def multi(
    name: str,
    unit: str,
    items: list[tuple[str, str, list[str]]],
    marks: list[str],
    top: str = "",
    note: str = "",
    producer: str = "python-docx",
) -> F:
    """Several articles in one file, each under a mark (一、 / 稿件1：) as a bold line."""
    blocks: list[list[str]] = [["plain", top]] if top else []
    keys = []
    for mark, (key, headline, paras) in zip(marks, items, strict=True):
        blocks.append(["plain", f"{mark}{headline}"])
        blocks += [["p", "　　" + p] for p in paras]
        keys.append(key)
    return F(name, Doc(producer, blocks), "article", unit, articles=tuple(keys), note=note)


def photo(name: str, unit: str, seed: int, colour: str = "#6a8fb0") -> F:
    """A phone photo beside an article (other)."""
    page = (
        f'<html><body><table width="100%" cellpadding="40" bgcolor="{colour}">'
        f'<tr><td height="900" bgcolor="{colour}"><font color="#ffffff">{seed}</font></td></tr>'
        "</table></body></html>"
    )
    return F(name, Doc("photo-jpg", page), "other", unit, note="a photo")


def plan(
    name: str,
    unit: str,
    title: str,
    sections: list[tuple[str, list[str]]],
    sign: list[str],
    producer: str = "python-docx",
) -> F:
    """An activity-week plan (活动周方案)."""
    blocks: list[list[str]] = [["h", title]]
    for head, paras in sections:
        blocks.append(["plain", head])
        blocks += [["p", "　　" + p] for p in paras]
    blocks += [["p", s] for s in sign]
    return F(name, Doc(producer, blocks), "plan", unit)


def summary(
    name: str,
    unit: str,
    title: str,
    paras: list[str],
    sign: list[str],
    producer: str = "python-docx",
) -> F:
    """A summary report (活动周总结)."""
    blocks: list[list[str]] = [["h", title]]
    blocks += [["p", "　　" + p] for p in paras]
    blocks += [["p", s] for s in sign]
    return F(name, Doc(producer, blocks), "summary", unit)


def stats(name: str, unit: str, unit_name: str, numbers: list[object], title: str = "") -> F:
    """The 统计表 as units fill it in: a merged title row, the header, one row."""
    title = title or "2020年职业教育活动周情况统计表"
    rows = [
        [title] + [None] * 8,
        ["填报单位（盖章）：" + unit_name] + [None] * 8,
        STAT_HEAD,
        [unit_name, *numbers],
    ]
    spec = {"sheet": "Sheet1", "rows": rows, "merge": ["A1:I1", "A2:I2"]}
    return F(name, Doc("openpyxl", spec), "statistics", unit)


def cid_html(paras: list[str], images: list[tuple[str, str]], charset: str, top: str = "") -> str:
    """A web mail's HTML body with the article and inline pictures (src=cid:...)."""
    parts = [f"<div>{escape(top)}</div><div><br></div>"] if top else []
    for n, p in enumerate(paras):
        tag = "b" if n == 0 else "span"
        parts.append(
            f'<div style="text-indent:2em;line-height:1.8"><{tag}>{escape(p)}</{tag}></div>'
        )
        if n == 1 or (n == len(paras) - 1 and len(images) > 1):
            cid = images.pop(0)[1] if images else ""
            if cid:
                parts.append(
                    f'<div style="text-align:center"><img src="cid:{cid}" width="480"></div>'
                )
    for _, cid in images:
        parts.append(f'<div style="text-align:center"><img src="cid:{cid}" width="480"></div>')
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f'</head><body style="font-family:微软雅黑;font-size:14px">{"".join(parts)}</body></html>'
    )


def inline(name: str, cid: str, unit: str, seed: int) -> F:
    """An inline picture of an HTML body (never labelled)."""
    f = photo(name, unit, seed, "#8a6f4e")
    f.label = False
    f.cid = cid
    return f


def zipped(name: str, unit: str, members: list[F], gbk: bool = False) -> F:
    """A zip whose members are labelled instead of it (pass them as `members=` to send)."""
    doc = Doc("zip-gbk" if gbk else "zip", name, tuple((m.name, m.doc) for m in members))
    return F(name, doc, "other", unit, label=False)
