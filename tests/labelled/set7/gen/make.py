"""Set7's documents from its own wordings: plans, articles, summaries, statistics tables.

Every text here was written for set7. A unit's story calls these with its own name,
headlines and figures; the producer decides which program writes the file.
"""

from __future__ import annotations

from html import escape
from typing import Any

from .docs import Doc

EVENTS = [
    "云上校园开放日吸引家长在线参观实训基地",
    "汽修专业师生走进社区开展义务检修",
    "非遗面塑大师进校园传授技艺",
    "职业启蒙课走进小学课堂",
    "护理专业学生为社区老人测血压",
    "电商直播助农带货",
    "技能大赛获奖选手分享成长经历",
    "校企合作订单班开班",
    "毕业生返校讲述就业创业故事",
    "家电维修志愿服务队走进乡村",
    "烹饪专业师生为环卫工人送上热饺子",
    "线上职业体验课播放量破万",
    "服装设计专业举办毕业作品秀",
    "无人机植保技术服务田间地头",
    "工匠精神宣讲报告会举行",
    "中华茶艺展演进社区",
    "“技能下乡”为果农修剪果树",
    "学前教育专业学生排演抗疫童话剧",
    "数控专业开放实训车间",
    "职教政策宣讲进初中校园",
]


def html(title: str, paras: list[str], table: list[list[str]] | None = None) -> str:
    """An HTML page LibreOffice converts: a centred title, paragraphs, an optional table."""
    body = f'<p align="center"><b><font size="5">{escape(title)}</font></b></p>'
    body += "".join(f"<p>{escape(p)}</p>" for p in paras)
    if table:
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in table
        )
        body += f'<table border="1" cellspacing="0">{rows}</table>'
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'


def doc(producer: str, title: str, paras: list[str], table: list[list[str]] | None = None) -> Doc:
    """A text document by any producer (python-docx blocks or LibreOffice from HTML)."""
    if producer in ("python-docx", "docx-odd"):
        blocks: list[list[Any]] = [["h", title]] + [["p", p] for p in paras]
        if table:
            blocks.append(["t", table])
        return Doc(producer, blocks)
    return Doc(producer, html(title, paras, table))


def plan(unit: str, producer: str, theme: str, items: list[str], extra: list[str] = ()) -> Doc:  # type: ignore[assignment]
    """An activity-week plan (实施方案) in the unit's own words."""
    paras = [
        f"为认真落实泰教函〔2020〕72号文件要求，{unit}结合实际，制定本方案。",
        "一、活动主题：人人出彩 技能强国。",
        f"二、活动时间：2020年11月8日至14日。{theme}",
        "三、主要活动：" + "；".join(f"（{i + 1}）{x}" for i, x in enumerate(items)) + "。",
        "四、工作要求：各科室加强协调，严格落实疫情防控要求，活动期间每天报送活动信息。",
        *extra,
    ]
    return doc(producer, f"{unit}2020年职业教育活动周实施方案", paras)


def summary(unit: str, producer: str, done: list[str], figures: str) -> Doc:
    """An activity-week summary report (总结) in the unit's own words."""
    paras = [
        f"2020年11月8日至14日，{unit}按照市教育局等9部门的统一部署，开展了职业教育活动周系列活动，现将有关情况总结如下。",
        "一、主要做法。" + "".join(f"{x}。" for x in done),
        f"二、取得成效。{figures}",
        "三、存在不足。部分活动受疫情影响改为线上进行，群众现场参与面还不够广，下一步将常态化开展职业体验活动。",
    ]
    return doc(producer, f"{unit}2020年职业教育活动周活动总结", paras)


def article(
    producer: str, headline: str, unit: str, date: str, images: int = 0, seed: int = 0
) -> Doc:
    """One publicity article (宣传稿), optionally with photos (python-docx-img)."""
    paras = [
        f"{date}，{unit}{headline}，这是该单位2020年职业教育活动周的一项重要活动。",
        "活动现场气氛热烈，师生们用精湛的技能展示了职业教育的风采，参与群众纷纷点赞。",
        f"{unit}有关负责人表示，将以活动周为契机，持续擦亮“人人出彩 技能强国”的职教品牌。",
    ]
    if producer == "python-docx-img":
        blocks: list[list[Any]] = [["h", headline]]
        for i, p in enumerate(paras):
            blocks.append(["p", p])
            if i < images:
                blocks.append(["img", seed * 10 + i + 2, 11, f"图{i + 1}  活动现场"])
        return Doc(producer, blocks)
    return doc(producer, headline, paras)


def compilation(producer: str, unit: str, heads: list[str], date: str) -> Doc:
    """Several articles in one file (稿件汇编): each headline followed by its text."""
    paras: list[str] = []
    for n, h in enumerate(heads, 1):
        paras += [
            f"稿件{n}：{h}",
            f"{date}，{unit}{h}。师生以饱满的热情参与其中，展示了职业教育的育人成果。",
        ]
    return doc(producer, f"{unit}职业教育活动周宣传稿件汇编", paras)


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


def stats(unit: str, layout: str, nums: list[int]) -> Doc:
    """The statistics table in several structures: plain, two header rows (merged), a
    transposed table (items down, values across), a totals row; openpyxl or LibreOffice."""
    title = "2020年职业教育活动周情况统计表"
    if layout == "plain":
        return Doc("openpyxl", {"rows": [[title], STAT_HEAD, [unit, *nums]], "merge": ["A1:I1"]})
    if layout == "two-header":
        top = ["单位名称", "活动开展情况", None, None, None, "参与及服务", None, "宣传情况", None]
        sub = [
            None,
            "线上活动（场次）",
            "线下活动（场次）",
            "校园开放日（次）",
            "技术技能服务（场次）",
            "参与师生（人次）",
            "服务群众（人次）",
            "宣传报道（篇）",
            "网络浏览量（人次）",
        ]
        return Doc(
            "openpyxl",
            {
                "rows": [[title], top, sub, [unit, *nums]],
                "merge": ["A1:I1", "A2:A3", "B2:E2", "F2:G2", "H2:I2"],
            },
        )
    if layout in ("transposed", "transposed-lo"):
        rows = [["填报单位", unit], ["统计项目", "数量"]] + [
            [h, n] for h, n in zip(STAT_HEAD[1:], nums, strict=True)
        ]
        if layout == "transposed":
            return Doc("openpyxl", {"rows": [[title], *rows], "merge": ["A1:B1"]})
        trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        return Doc(
            "lo-xlsx",
            f'<html><head><meta charset="utf-8"></head><body><table border="1">'
            f'<tr><td colspan="2"><b>{title}</b></td></tr>{trs}</table></body></html>',
        )
    if layout in ("totals", "totals-xls"):  # a county: its schools, then 合计
        parts = [r for r in nums]  # nums: list of rows [name, *values]
        total = ["合计"] + [sum(r[k] for r in parts) for k in range(1, len(parts[0]))]  # type: ignore[index]
        head = "".join(f"<td><b>{h}</b></td>" for h in STAT_HEAD)
        body = "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [*parts, total]
        )  # type: ignore[operator]
        prod = "lo-xlsx" if layout == "totals" else "lo-xls"
        return Doc(
            prod,
            f'<html><head><meta charset="utf-8"></head><body><table border="1">'
            f'<tr><td colspan="9" align="center"><b>{unit}{title}</b></td></tr>'
            f"<tr>{head}</tr>{body}</table></body></html>",
        )
    raise ValueError(layout)
