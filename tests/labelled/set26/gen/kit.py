"""set26's units and small document makers (wording written for this set).

Documents are python-docx blocks, HTML for LibreOffice or openpyxl sheets; each maker takes
the whole text the unit writes, so no two units share a sentence.
"""

from __future__ import annotations

from typing import Any

from .build import F, Unit
from .docs import Doc
from .mime import CITY

U: dict[str, Unit] = {
    u.id: u
    for u in (
        Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsq_zcjyk@ta.shandong.cn"),
        Unit("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjt_zhijiao@163.com"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtj_zcjk@ta.shandong.cn"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjt_zcjy@126.com"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtj_zcgj@163.com"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zck@ta.shandong.cn"),
        Unit("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "3318260477@qq.com"),
        Unit("tzy", "泰安职业技术学院", "泰职院", "xcbgs@tzvtc.edu.cn"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职院", "xcb_office@tsvtc.edu.cn"),
        Unit("sdfzxy", "山东服装职业学院", "服装学院", "sdfz_dzb@126.com"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_xcc@163.com"),
        Unit("tshl", "泰山护理职业学院", "泰护", "hlxy_xcb@tshlzy.edu.cn"),
        Unit("tajsxy", "泰安技师学院", "市技师学院", "jsxy_zsb@163.com"),
        Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳区职教中心", "dyzjzx_jxk@163.com"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz_bgs@ta.shandong.cn"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz_zsjy@163.com"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_jwk@126.com"),
        Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx_xb@163.com"),
        Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "jtzz_xcc@126.com"),
        Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_bgs@163.com"),
    )
}
CITY_NAME = "泰安市教育局职成高教科"
STATS_HEAD = [
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


def docx(*blocks: list[Any]) -> Doc:
    """A python-docx document from blocks."""
    return Doc("python-docx", [list(b) for b in blocks])


def html_doc(producer: str, title: str, paras: list[str]) -> Doc:
    """An HTML page for a LibreOffice filter (lo-pdf, lo-doc, lo-docx, lo-odt)."""
    body = "".join(f"<p>{p}</p>" for p in paras)
    page = (
        '<html><head><meta charset="utf-8"></head><body>'
        f'<h2 style="text-align:center">{title}</h2>{body}</body></html>'
    )
    return Doc(producer, page)


def plan_doc(title: str, paras: list[str], rows: list[list[str]] | None = None) -> Doc:
    """A plan: the headline, numbered sections, an optional schedule table."""
    blocks: list[list[Any]] = [["h", title]]
    blocks += [["p", p] for p in paras]
    if rows:
        blocks.append(["t", rows])
    return docx(*blocks)


def article(title: str, *paras: str, producer: str = "python-docx") -> Doc:
    """One publicity article."""
    if producer == "python-docx":
        return docx(["h", title], *[["p", p] for p in paras])
    return html_doc(producer, title, list(paras))


def stats(unit_name: str, values: list[Any], title: str = "") -> Doc:
    """The statistics table: a title row, the header, one row for the unit."""
    rows: list[list[Any]] = []
    merge: list[str] = []
    if title:
        rows.append([title] + [None] * (len(STATS_HEAD) - 1))
        merge.append("A1:I1")
    rows += [STATS_HEAD, [unit_name, *values]]
    return Doc("openpyxl", {"sheet": "统计表", "rows": rows, "merge": merge})


def f(name: str, doc: Doc, category: str, unit: str, **kw: Any) -> F:
    """A labelled file."""
    return F(name, doc, category, unit, **kw)


def ack_quote(
    u: Unit,
    when: str,
    got: str,
    missing: list[str],
    extra: str = "",
    prefix: str = "",
) -> str:
    """The city's acknowledgement as a client quotes it under a reply (invented wording of
    the city's receipt: what arrived, what is still owed, the other deadlines)."""
    lines = [
        f"{u.name}：",
        f"    你单位来信已收到并登记：{got}。",
    ]
    if missing:
        lines.append("    尚未收到：" + "；".join(missing) + "。请于11月5日18:00前补报。")
    lines += [
        "    另请注意：活动周期间（11月8日—14日）报送宣传材料不少于5篇；活动周总结报告与"
        "《2020年职业教育活动周情况统计表》电子版请于11月16日前报送。",
    ]
    if extra:
        lines.append("    " + extra)
    lines += [
        "    本邮件由系统自动发送，如有疑问请致电6991449。",
        "",
        CITY_NAME,
        when,
    ]
    return "\n".join(prefix + x if x else prefix.rstrip() for x in lines)


def orig_block(
    style: str, sender: str, when: str, subject: str = "", to: str = CITY, prefix: str = ""
) -> str:
    """The header block a client writes above a quoted or forwarded mail."""
    if style == "outlook":
        head = [
            "-----原始邮件-----",
            f"发件人: {sender}",
            f"发送时间: {when}",
            f"收件人: {to}",
            f"主题: {subject}",
        ]
    elif style == "qq":
        head = [
            "------------------ 原始邮件 ------------------",
            f"发件人: {sender}",
            f"发送时间: {when}",
            f"收件人: {to}",
            f"主题: {subject}",
        ]
    elif style == "qq-short":
        head = ["---原始邮件---", f"发件人: {sender}", f"主题: {subject}", f"日期: {when}"]
    elif style == "fwd":
        head = [
            "-------- 转发的邮件 --------",
            f"发件人: {sender}",
            f"主题: {subject}",
            f"日期: {when}",
            f"收件人: {to}",
        ]
    elif style == "coremail":
        head = [
            f"在 {when}，{sender} 写道：",
        ]
    else:
        head = [f"在 {when}，{sender} 写道："]
    return "\n".join(prefix + x for x in head)


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line."""
    return "\n".join((prefix + x).rstrip() for x in text.strip("\n").split("\n"))
