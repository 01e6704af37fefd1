"""Set24's units and document helpers (written for this set)."""

from __future__ import annotations

from typing import Any

from .build import F, Unit
from .docs import Doc

U: dict[str, Unit] = {
    u.id: u
    for u in (
        Unit(
            "taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsqjty_zhijiao@ta.shandong.cn"
        ),
        Unit("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyqjtj_zcjk@163.com"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xinjtj_zcjyk@ta.shandong.cn"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zhijiao@126.com"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtjzcg@163.com"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpjtj_zcjy@ta.shandong.cn"),
        Unit("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "3318827604@qq.com"),
        Unit("tzy", "泰安职业技术学院", "泰职院", "xcb_tzy@tzyedu.cn"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职院", "xcbgs@tsvtc.com.cn"),
        Unit("sdfzxy", "山东服装职业学院", "服装学院", "sdfzxy_xcb@126.com"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_dzb@163.com"),
        Unit("tshl", "泰山护理职业学院", "泰护", "dzb@tshlxy.edu.cn"),
        Unit("tajsxy", "泰安技师学院", "市技师学院", "tajsxy_zsb@163.com"),
        Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳职教中心", "dyzjzx_jwc@126.com"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz_bgs@ta.shandong.cn"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczzxb@163.com"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_jiaowu@126.com"),
        Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx_zs@163.com"),
        Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "jtzz_xcb@126.com"),
        Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_bgs@163.com"),
    )
}


def docx(*blocks: list[Any]) -> Doc:
    return Doc("python-docx", [list(b) for b in blocks])


def plan_doc(title: str, unit_line: str, parts: list[str], tail: list[list[Any]] = ()) -> Doc:
    """An activity-week plan: a title, the issuing unit, numbered sections."""
    return docx(["h", title], ["p", unit_line], *[["p", x] for x in parts], *tail)


def article_doc(headline: str, paras: list[str], by: str = "") -> Doc:
    blocks: list[list[Any]] = [["h", headline]]
    if by:
        blocks.append(["p", by])
    blocks += [["p", x] for x in paras]
    return docx(*blocks)


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


def stats_doc(unit: str, nums: list[Any], head: list[str] | None = None, note: str = "") -> Doc:
    head = head or STAT_HEAD
    rows: list[list[Any]] = [["2020年职业教育活动周情况统计表"] + [None] * (len(head) - 1), head]
    rows.append([unit, *nums])
    if note:
        rows.append([note] + [None] * (len(head) - 1))
    return Doc(
        "openpyxl", {"sheet": "统计表", "rows": rows, "merge": [f"A1:{chr(64 + len(head))}1"]}
    )


def sheet(title: str, head: list[str], body: list[list[Any]], name: str = "Sheet1") -> Doc:
    rows = [[title] + [None] * (len(head) - 1), head, *body]
    return Doc("openpyxl", {"sheet": name, "rows": rows, "merge": [f"A1:{chr(64 + len(head))}1"]})


def f(name: str, doc: Doc, cat: str, unit: str, **kw: Any) -> F:
    return F(name, doc, cat, unit, **kw)


def arts(unit: str, items: list[tuple[str, list[str]]], by: str = "", ext: str = "docx") -> list[F]:
    """Article files, one per (headline, paragraphs); the file is named by its headline."""
    out = []
    for head, paras in items:
        d = article_doc(head, paras, by)
        if ext == "pdf":
            d = Doc("docx-pdf", d.source)
        out.append(F(f"{head}.{ext}", d, "article", unit))
    return out
