"""set22's own small helpers for stories: units, documents (plans, articles, summaries,
statistics tables) and file labels. Wording here is set22's."""

from __future__ import annotations

from html import escape

from .build import F, Unit
from .docs import Doc

U = {
    u.id: u
    for u in (
        Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsq_jtj_zcjy@ta.shandong.cn"),
        Unit("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyqjtj_zck2020@163.com"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtj_zcb@ta.shandong.cn"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zhijiao@126.com"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtj_zcjyk@163.com"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_bgs@ta.shandong.cn"),
        Unit("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "3165520871@qq.com"),
        Unit("tzy", "泰安职业技术学院", "泰职院", "dwxcb@tzvtc.edu.cn"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职院", "jwc_office@tsvtc.edu.cn"),
        Unit("sdfzxy", "山东服装职业学院", "服装学院", "sdfzxy_dzb@126.com"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_xcb@163.com"),
        Unit("tshl", "泰山护理职业学院", "泰护", "xcb@tshlzyxy.edu.cn"),
        Unit("tajsxy", "泰安技师学院", "市技师学院", "tajsxy_zsjyc@163.com"),
        Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳职教中心", "dyzjzx_tw@163.com"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtszz_bgs@ta.shandong.cn"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz_zsb@163.com"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_zjc@126.com"),
        Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx_xcc@163.com"),
        Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "tajtzz_jwk@126.com"),
        Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_bgs@163.com"),
    )
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


def docx(*blocks: list) -> Doc:
    return Doc("python-docx", [list(b) for b in blocks])


def html_doc(
    producer: str, title: str, paras: list[str], table: list[list[str]] | None = None
) -> Doc:
    """An HTML page for LibreOffice to turn into .doc/.pdf/.odt."""
    body = f"<h2 style='text-align:center'>{escape(title)}</h2>"
    body += "".join(f"<p>{escape(p)}</p>" for p in paras)
    if table:
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in table
        )
        body += f"<table border='1' cellspacing='0'>{rows}</table>"
    html = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"
    return Doc(producer, html)


def stats(title: str, unit_cell: str, nums: list[int], under: list[list[str]] | None = None) -> Doc:
    rows: list[list] = [[title] + [None] * 8, STAT_HEAD, [unit_cell, *nums]]
    if under:
        rows.append([None] * 9)
        rows += under
    return Doc("openpyxl", {"sheet": "统计表", "rows": rows, "merge": ["A1:I1"]})


def sheet(rows: list[list], name: str = "Sheet1", merge: list[str] | None = None) -> Doc:
    return Doc("openpyxl", {"sheet": name, "rows": rows, "merge": merge or []})


def f(name: str, doc: Doc, category: str, unit: str, **kw) -> F:
    return F(name, doc, category, unit, **kw)


# --- articles: each headline with what happened, written for this set ---------------------

_OPEN = [
    "{date}，{who}{what}。",
    "为庆祝2020年职业教育活动周，{date}{who}{what}。",
    "“人人出彩 技能强国”——{date}，{who}{what}，吸引了众多师生和群众参与。",
    "{date}上午，一场别开生面的活动在{who}举行：{what}。",
    "活动周期间，{who}{what}，现场气氛热烈。",
]
_MID = [
    "活动中，{detail}。参与的同学们表示，通过这次活动更加深刻地体会到了技能的价值。",
    "据了解，{detail}。不少家长在现场驻足观看，对职业教育有了新的认识。",
    "{detail}，不少群众边看边问，专业老师一一耐心解答。",
    "记者在现场看到，{detail}。",
    "{detail}，活动通过网络直播同步推送，累计在线观看人数超过两千人次。",
]
_END = [
    "下一步，{short}将继续深化产教融合，让更多人了解职业教育、支持职业教育。",
    "{short}负责同志介绍，学校将以活动周为契机，持续推进“三全育人”。",
    "此次活动充分展示了{short}办学成果，营造了全社会关心支持职业教育的良好氛围。",
    "活动周期间，{short}还将陆续开展系列活动，欢迎社会各界关注。",
    "（{short} 供稿）",
]


def article(
    unit_name: str,
    short: str,
    n: int,
    headline: str,
    date: str,
    what: str,
    detail: str,
    lead: bool = False,
) -> list[list]:
    """python-docx blocks of one article; `lead` puts the unit's name above the headline."""
    blocks: list[list] = []
    if lead:
        blocks.append(["p", unit_name])
    blocks.append(["h", headline])
    blocks.append(["p", _OPEN[n % 5].format(date=date, who=unit_name, what=what)])
    blocks.append(["p", _MID[(n + 2) % 5].format(detail=detail)])
    blocks.append(["p", _END[(n + 3) % 5].format(short=short)])
    return blocks


def art_text(unit_name: str, short: str, n: int, date: str, what: str, detail: str) -> list[str]:
    return [b[1] for b in article(unit_name, short, n, "", date, what, detail)[1:]]


def plan_blocks(title: str, unit_name: str, *sections: tuple[str, list]) -> list[list]:
    """A plan: title, a preamble, then sections (heading, paragraphs or ["t", rows])."""
    blocks: list[list] = [["h", title]]
    blocks.append(
        [
            "p",
            f"根据泰教函〔2020〕72号文件要求，为做好2020年职业教育活动周各项工作，结合{unit_name}实际，"
            "制定本方案。",
        ]
    )
    for head, items in sections:
        blocks.append(["plain", head])
        for it in items:
            blocks.append(it if isinstance(it, list) else ["p", it])
    return blocks


def summary_blocks(title: str, paras: list[str], table: list[list] | None = None) -> list[list]:
    blocks: list[list] = [["h", title]] + [["p", p] for p in paras]
    if table:
        blocks.append(["t", table])
    return blocks
