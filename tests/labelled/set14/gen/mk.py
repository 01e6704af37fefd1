"""Set14's units and small document makers (python-docx blocks, HTML for LibreOffice, sheets).

Each maker takes the whole wording from the story; nothing here is shared text.
"""

from __future__ import annotations

from html import escape
from typing import Any

from .build import F, Unit
from .docs import Doc

U = {
    u.id: u
    for u in (
        Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsjtj_zcjyk@ta.shandong.cn"),
        Unit("daiyue", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjtj_zck@126.com"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtj_zcjk@163.com"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zcjk@ta.shandong.cn"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtj_zc@126.com"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zck@163.com"),
        Unit(
            "gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "gxqjtj@ta.shandong.cn"
        ),
        Unit("tzy", "泰安职业技术学院", "泰职院", "tzy_jwc@tzy.edu.cn"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职院", "xcb@tsvtc.edu.cn"),
        Unit("sdfzxy", "山东服装职业学院", "服装学院", "sdfzxy_zsb@163.com"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmkj_xcb@126.com"),
        Unit("tshl", "泰山护理职业学院", "泰护", "tshl_jwc@163.com"),
        Unit("tajsxy", "泰安技师学院", "市技师学院", "tajsxy_zsb@126.com"),
        Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳职教中心", "dyzjzx@126.com"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz_jwc@163.com"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz@ta.shandong.cn"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_bgs@163.com"),
        Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzj_xcb@126.com"),
        Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "jtzz_jwc@163.com"),
        Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_bgs@126.com"),
    )
}
RSJ = "rsjzjk@ta.shandong.cn"
REMINDER = "【提醒】请于11月5日18:00前报送职业教育活动周方案、宣传专栏地址和联络员信息"
REMINDER_ID = "<20201104090000.zcjk.reminder1@ta.shandong.cn>"
REMINDER2 = "【提醒】职业教育活动周总结报告和统计表请于11月16日前报送"
REMINDER2_ID = "<20201115090000.zcjk.reminder2@ta.shandong.cn>"


def thread(mid: str) -> list[tuple[str, str]]:
    """Headers of a reply under the city's message `mid`."""
    return [("In-Reply-To", mid), ("References", mid)]


def docx(*blocks: Any) -> Doc:
    """A python-docx document from blocks ("h", text), ("p", text), ("t", rows) ..."""
    return Doc("python-docx", [list(b) for b in blocks])


def html_doc(
    producer: str, title: str, paras: list[str], rows: list[list[Any]] | None = None
) -> Doc:
    """An HTML source that LibreOffice converts (lo-doc, lo-pdf, lo-odt, lo-docx)."""
    body = f"<h1>{escape(title)}</h1>" + "".join(f"<p>{escape(p)}</p>" for p in paras)
    if rows:
        body += (
            "<table border=1>"
            + "".join(
                "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows
            )
            + "</table>"
        )
    return Doc(producer, f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>")


HEAD = [
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


def sheet(unit_cell: str, nums: list[Any], title: str = "2020年职业教育活动周情况统计表") -> Doc:
    """The statistics table by openpyxl: a merged title row, the header, one row."""
    return Doc("openpyxl", {"rows": [[title], HEAD, [unit_cell, *nums]], "merge": ["A1:I1"]})


def lo_sheet(producer: str, unit_cell: str, nums: list[Any]) -> Doc:
    """The statistics table written as HTML and saved by LibreOffice Calc (lo-xls, lo-xlsx)."""
    rows = [HEAD, [unit_cell, *nums]]
    tab = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return Doc(
        producer,
        f"<html><head><meta charset='utf-8'></head><body><table>{tab}</table></body></html>",
    )


def art(name: str, doc: Doc, unit: str, aid: str = "", **kw: Any) -> F:
    """An article file; `aid` names the article when it comes more than once."""
    kw.setdefault("ids", (aid,) if aid else ())
    return F(name, doc, "article", unit, **kw)


def f(name: str, doc: Doc, category: str, unit: str, **kw: Any) -> F:
    """A file of another category."""
    return F(name, doc, category, unit, **kw)


def A(title: str, *paras: str) -> Doc:
    """A plain python-docx article or report: a heading and its paragraphs."""
    return docx(("h", title), *[("p", p) for p in paras])
