"""Set11's small makers: the units, documents from blocks/HTML/sheets, and the shared
statistics header. No wording lives here beyond table headers the notice implies."""

from __future__ import annotations

from html import escape
from typing import Any

from .build import F, Unit
from .docs import Doc

U = {
    "taishan": Unit(
        "taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsjtj_zcjyk@ta.shandong.cn"
    ),
    "dyq": Unit("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjtj_zck@126.com"),
    "xintai": Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtjzcjk@163.com"),
    "feicheng": Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zjk@ta.shandong.cn"),
    "ningyang": Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtj@126.com"),
    "dongping": Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zcg@163.com"),
    "gaoxin": Unit(
        "gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "gxqjtj@ta.shandong.cn"
    ),
    "tzy": Unit("tzy", "泰安职业技术学院", "泰职院", "dzbgs@tzy.edu.cn"),
    "tsvtc": Unit("tsvtc", "泰山职业技术学院", "泰山职院", "xcb@tsvtc.edu.cn"),
    "sdfzxy": Unit("sdfzxy", "山东服装职业学院", "服装学院", "sdfzxy_dzb@163.com"),
    "lmkj": Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_xcc@126.com"),
    "tshl": Unit("tshl", "泰山护理职业学院", "泰山护理职院", "xcb@tshlzy.edu.cn"),
    "tajsxy": Unit("tajsxy", "泰安技师学院", "泰安市技师学院", "jsxy_xcb@163.com"),
    "dyzj": Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳区职教中心", "dyzjzx@126.com"),
    "xtzz": Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz_bgs@163.com"),
    "fczz": Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz@ta.shandong.cn"),
    "nyzz": Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_jwc@163.com"),
    "dpzj": Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx@126.com"),
    "jtzz": Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "jtzz_xcb@163.com"),
    "whys": Unit("whys", "泰安市文化艺术学校", "泰安文艺学校", "whys_bgs@126.com"),
}

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


def dx(*blocks: list[Any]) -> Doc:
    """A python-docx document from blocks (h, p, t, mt, link, header, footer, ...)."""
    return Doc("python-docx", [list(b) for b in blocks])


def dxpdf(*blocks: list[Any]) -> Doc:
    """python-docx blocks exported to PDF by LibreOffice."""
    return Doc("docx-pdf", [list(b) for b in blocks])


def xl(rows: list[list[Any]], sheet: str = "Sheet1", **extra: Any) -> Doc:
    """An openpyxl workbook of one sheet (merge=[...], links={cell: url})."""
    return Doc("openpyxl", {"sheet": sheet, "rows": rows, **extra})


def html_page(
    title: str,
    paras: list[str],
    tables: list[list[list[str]]] | None = None,
    after: list[str] | None = None,
) -> str:
    """An HTML page for LibreOffice Writer/Calc: a title, paragraphs, tables, paragraphs."""
    body = f"<h1>{escape(title)}</h1>" if title else ""
    body += "".join(f"<p>{escape(p)}</p>" for p in paras)
    for t in tables or []:
        body += '<table border="1" cellspacing="0" cellpadding="4">'
        body += "".join(
            "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in t
        )
        body += "</table>"
    body += "".join(f"<p>{escape(p)}</p>" for p in after or [])
    head = f'<head><meta charset="utf-8"><title>{escape(title)}</title></head>'
    return f"<html>{head}<body>{body}</body></html>"


def sheet_html(rows: list[list[Any]]) -> str:
    """An HTML table for LibreOffice Calc."""
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f'<html><head><meta charset="utf-8"></head><body><table>{body}</table></body></html>'


def lo(producer: str, source: str) -> Doc:
    """A LibreOffice conversion (lo-doc, lo-odt, lo-pdf, lo-xls, lo-xlsx, lo-ods, lo-calcpdf)."""
    return Doc(producer, source)


def html_table(rows: list[list[str]], style: str = "") -> str:
    """A table as a mail client pastes it into an HTML body."""
    st = f' style="{style}"' if style else ""
    return (
        f'<table border="1" cellspacing="0" cellpadding="0"{st}>'
        + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
        + "</table>"
    )


def html_body(parts: list[str], charset: str = "utf-8") -> str:
    """A web-mail HTML body from already-escaped pieces (lines as divs, tables as they are)."""
    inner = "".join(p if p.startswith("<") else f"<div>{escape(p) or '<br>'}</div>" for p in parts)
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"</head><body>{inner}</body></html>"
    )


def art(unit: str, name: str, doc: Doc, count: int = 0, note: str = "") -> F:
    """An article file."""
    return F(name, doc, "article", unit, count=count, note=note)


def cat(category: str, unit: str, name: str, doc: Doc, note: str = "") -> F:
    """A file of a category."""
    return F(name, doc, category, unit, note=note)
