# ruff: noqa: E501  (wording data: Chinese lines are kept whole as the units write them)
"""Set18's document parts: units, and the articles, summaries and statistics tables the stories
attach (their wording is set18's own; the stories pass each unit's headlines and facts).

A document is a `Doc` of gen/docs.py: blocks for python-docx, HTML for LibreOffice, a sheet spec
for openpyxl. `article`, `summary` and `stats` give the same content in whichever producer the
story names, so one unit's files can come from Word-like and LibreOffice programs alike.
"""

from __future__ import annotations

from html import escape
from typing import Any

from .build import Unit
from .docs import Doc

U = {
    u.id: u
    for u in [
        Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsjtj_zcjyk@ta.shandong.cn"),
        Unit("daiyue", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjtj_zck@126.com"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtj@ta.shandong.cn"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zcjk@163.com"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtj_zcgj@ta.shandong.cn"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zc@163.com"),
        Unit(
            "gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "gxqjtj@ta.shandong.cn"
        ),
        Unit("tzy", "泰安职业技术学院", "泰职院", "dzb@tzvtc.edu.cn"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职院", "xcb@tsvtc.edu.cn"),
        Unit("sdfzxy", "山东服装职业学院", "服装学院", "sdfzxy_bgs@163.com"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_zsb@126.com"),
        Unit("tshl", "泰山护理职业学院", "泰护", "bgs@tshlzy.edu.cn"),
        Unit("tajsxy", "泰安技师学院", "市技师学院", "tajsxy_xcb@126.com"),
        Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳职教中心", "dyzjzx@ta.shandong.cn"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz_jwc@163.com"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz_bgs@126.com"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_jwc@163.com"),
        Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx_bgs@126.com"),
        Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "jtzz_bgs@163.com"),
        Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz@ta.shandong.cn"),
    ]
}

# Middle paragraphs of news items; an article takes two by its number so neighbours differ.
MIDDLE = [
    "活动现场，师生们分组演示了专业技能，前来参观的家长和社区居民纷纷驻足，边看边问。",
    "据了解，此次活动共设置体验项目十余个，吸引了周边中小学生和家长三百余人次参加。",
    "活动通过网络平台同步直播，在线观看人数累计超过两万人次，评论区互动踊跃。",
    "学校负责同志表示，将以活动周为契机，进一步深化产教融合，提升人才培养质量。",
    "参加活动的学生纷纷表示，通过亲身体验，对职业教育有了全新的认识。",
    "活动中，志愿者还为群众义务提供了家电维修、理发、血压测量等便民服务。",
    "此次活动进一步扩大了职业教育的社会影响，营造了崇尚技能的良好氛围。",
    "下一步，将持续开展系列活动，让更多群众了解职业教育、支持职业教育。",
    "企业代表在座谈中介绍了用人需求，并与学校就订单培养达成初步意向。",
    "优秀毕业生代表回到母校，结合自身成长经历，讲述了技能成才的故事。",
]


def article_blocks(org: str, head: str, lead: str, n: int, byline: str = "") -> list[list[Any]]:
    """A news item: headline, dated lead, two middle paragraphs and an optional byline."""
    blocks: list[list[Any]] = [["h", head], ["p", lead]]
    blocks += [["p", MIDDLE[n % len(MIDDLE)]], ["p", MIDDLE[(n * 3 + 1) % len(MIDDLE)]]]
    if byline:
        blocks.append(["p", byline])
    return blocks


def html_of(blocks: list[list[Any]]) -> str:
    """The same blocks as HTML for LibreOffice (headline h1, tables with borders)."""
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append(f"<h1>{escape(b[1])}</h1>")
        elif b[0] in ("p", "plain"):
            out.append(f"<p>{escape(b[1])}</p>")
        elif b[0] == "t":
            rows = "".join(
                "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in b[1]
            )
            out.append(f'<table border="1" cellspacing="0">{rows}</table>')
        elif b[0] == "raw":  # hand-written HTML (a 回执 with rowspan/colspan, an anchor)
            out.append(b[1])
    body = "".join(out)
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'


def doc(producer: str, blocks: list[list[Any]]) -> Doc:
    """Blocks in the named producer: python-docx kinds take blocks, LibreOffice ones HTML."""
    if producer in ("python-docx", "docx-odd", "python-docx-img", "docx-pdf"):
        return Doc(producer, blocks)
    return Doc(producer, html_of(blocks))


def article(producer: str, org: str, head: str, lead: str, n: int, byline: str = "") -> Doc:
    """One news item as a document."""
    return doc(producer, article_blocks(org, head, lead, n, byline))


def summary(producer: str, org: str, facts: list[str]) -> Doc:
    """The unit's 活动周工作总结: a title and numbered parts from its facts."""
    nums = "一二三四五六"
    blocks: list[list[Any]] = [["h", f"{org}2020年职业教育活动周工作总结"]]
    blocks.append(
        [
            "p",
            f"按照泰教函〔2020〕72号文件要求，{org}于11月8日至14日组织开展了职业教育活动周，现将有关情况总结如下。",
        ]
    )
    for k, fact in enumerate(facts):
        blocks.append(["p", f"{nums[k]}、{fact}"])
    blocks.append(["p", org])
    blocks.append(["p", "2020年11月"])
    return doc(producer, blocks)


HEAD = ["单位名称", "线上活动（场次）", "线下活动（场次）", "校园开放日（次）", "技术技能服务（场次）",
        "参与师生（人次）", "服务群众（人次）", "宣传报道（篇）", "网络浏览量（人次）"]  # fmt: skip


def stats(producer: str, org: str, nums: list[Any], title: bool = True) -> Doc:
    """The 统计表: a merged title row (optional), the header, the unit's row."""
    rows: list[list[Any]] = []
    if title:
        rows.append(["2020年职业教育活动周情况统计表"] + [""] * (len(HEAD) - 1))
    rows += [HEAD, [org, *nums]]
    if producer == "openpyxl":
        spec: dict[str, Any] = {"sheet": "统计表", "rows": rows}
        if title:
            spec["merge"] = ["A1:I1"]
        return Doc("openpyxl", spec)
    trs = "".join(
        "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>"
        for r in (rows[1:] if title else rows)
    )
    cap = '<tr><td colspan="9">2020年职业教育活动周情况统计表</td></tr>' if title else ""
    return Doc(producer, f'<html><body><table border="1">{cap}{trs}</table></body></html>')
