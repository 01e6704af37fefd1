# ruff: noqa: E501
"""set27's units and document makers: articles as python-docx, LibreOffice .doc/.pdf (from
HTML), .wps (LibreOffice's Word 97 binary under WPS Office's extension), 汇编 and numbered
稿件 in one docx, photos as JPEG, plans, summaries and statistics sheets. Wording of the
articles is in articles.py; plans and summaries are worded here per unit."""

from __future__ import annotations

from html import escape

from .articles import headline, text
from .build import F, Unit
from .docs import Doc

U: dict[str, Unit] = {
    u.id: u
    for u in (
        Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsjtj_zhijiao@ta.shandong.cn"),
        Unit("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjtj_zcjyk@163.com"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtj_zjk@ta.shandong.cn"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zcjk@126.com"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtj_zjg@163.com"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zck@ta.shandong.cn"),
        Unit("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "3318204675@qq.com"),
        Unit("tzy", "泰安职业技术学院", "泰安职业技术学院", "tzyxw@tzy.edu.cn"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职业技术学院", "xcbgs@tsvtc.edu.cn"),
        Unit("sdfzxy", "山东服装职业学院", "山东服装职业学院", "sdfz_xwk@126.com"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_dzb@163.com"),
        Unit("tshl", "泰山护理职业学院", "泰山护理职业学院", "hlxy_xcb@tshlzy.edu.cn"),
        Unit("tajsxy", "泰安技师学院", "泰安技师学院", "tajsxy_zsb@163.com"),
        Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳区职教中心", "dyzjzx_xxk@163.com"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰市职业中专", "xtzz_bgs@ta.shandong.cn"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城市职业中专", "fczz_xcb@163.com"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳县职业中专", "nyzz_jwk@126.com"),
        Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzj_bgs@163.com"),
        Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "tajtzz_xb@126.com"),
        Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_bgs@163.com"),
    )
}

PHOTO = "pdftoppm -jpeg of a LibreOffice PDF page (a photo stand-in)"


def paras(key: str) -> list[str]:
    return text(key).split("\n")


def art_blocks(key: str, unit_line: str = "") -> list[list[str]]:
    head = [["p", unit_line]] if unit_line else []
    return head + [["h", headline(key)]] + [["p", p] for p in paras(key)]


def art_html(keys: list[str], title: str = "") -> str:
    body = f"<h1>{escape(title)}</h1>" if title else ""
    for k in keys:
        body += f"<h2>{escape(headline(k))}</h2>"
        body += "".join(f"<p>{escape(p)}</p>" for p in paras(k))
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'


def art(key: str, unit: str, fmt: str = "docx", name: str = "", unit_line: str = "") -> F:
    """One article file: docx (python-docx), doc/pdf (LibreOffice from HTML), wps."""
    name = name or f"{headline(key)}.{fmt}"
    if fmt == "docx":
        return F(name, Doc("python-docx", art_blocks(key, unit_line)), "article", unit)
    producer = {"doc": "lo-doc", "pdf": "lo-pdf", "wps": "lo-doc"}[fmt]
    f = F(name, Doc(producer, art_html([key])), "article", unit)
    if fmt == "wps":
        f.producer = "LibreOffice (soffice --convert-to doc:'MS Word 97'), saved as .wps"
    return f


def compilation(keys: list[str], unit: str, name: str, title: str, numbered: bool) -> F:
    """Several articles in one docx: a 汇编 with a 目录, or 稿件1/稿件2 one after the other."""
    blocks: list[list[str]] = []
    if title:
        blocks.append(["h", title])
    if not numbered:
        blocks.append(["p", "目  录"])
        blocks += [["p", f"{n}. {headline(k)}"] for n, k in enumerate(keys, 1)]
    for n, k in enumerate(keys, 1):
        blocks.append(["plain", f"稿件{n}" if numbered else f"{n}. {headline(k)}"])
        if numbered:
            blocks.append(["h", headline(k)])
        blocks += [["p", p] for p in paras(k)]
    return F(name, Doc("python-docx", blocks), "article", unit, count=len(keys))


def photo(name: str, caption: str, colour: str, unit: str, cid: str = "") -> F:
    """A photo beside an article (a JPEG); inline in an HTML body when `cid` is given."""
    html = (
        '<html><head><meta charset="utf-8"></head><body>'
        f'<table width="100%" height="900" bgcolor="{colour}"><tr><td align="center">'
        f'<font size="7" color="#ffffff">{escape(caption)}</font></td></tr></table>'
        "</body></html>"
    )
    return F(
        name,
        Doc("scan-jpg", html),
        "other",
        unit,
        producer=PHOTO,
        label=not cid,
        cid=cid,
    )


def html_body(
    key: str, intro: str, imgs: list[tuple[str, str]], outro: str = "", charset: str = "utf-8"
) -> str:
    """An article pasted into an HTML body with inline photos (cid) between paragraphs."""
    ps = paras(key)
    out = f"<div>{escape(intro)}</div><div><br></div>"
    out += f'<div style="text-align:center"><b><span style="font-size:16pt">{escape(headline(key))}</span></b></div>'
    for n, p in enumerate(ps):
        out += f'<p style="text-indent:2em">{escape(p)}</p>'
        if n < len(imgs):
            cid, cap = imgs[n]
            out += f'<div style="text-align:center"><img src="cid:{cid}" width="480"><br>{escape(cap)}</div>'
    if outro:
        out += f"<div><br></div><div>{escape(outro)}</div>"
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"</head><body>{out}</body></html>"
    )


def pasted(keys: list[str], sep: str = "\n\n") -> str:
    """Articles pasted one after the other in a text body."""
    return sep.join(headline(k) + "\n" + text(k) for k in keys)


# --- plans, summaries, statistics (worded per unit by its items) -----------------------


def plan(u: Unit, items: list[str], extra: list[str], fmt: str = "docx", name: str = "") -> F:
    title = f"{u.name}2020年职业教育活动周实施方案"
    blocks = [
        ["h", title],
        [
            "p",
            f"根据泰安市教育局等9部门《关于做好2020年泰安市职业教育活动周相关工作的通知》要求，结合{u.short}实际，制定本方案。",
        ],
        ["plain", "一、活动时间和主题"],
        ["p", "时间：2020年11月8日至14日。主题：人人出彩 技能强国。"],
        ["plain", "二、活动内容"],
        *[["p", f"（{'一二三四五六七八'[n]}）{x}"] for n, x in enumerate(items)],
        ["plain", "三、工作要求"],
        *[["p", x] for x in extra],
    ]
    name = name or f"{title}.{fmt}"
    if fmt == "docx":
        return F(name, Doc("python-docx", blocks), "plan", u.id)
    html = "".join(
        f"<h1>{escape(b[1])}</h1>" if b[0] == "h" else f"<p>{escape(b[1])}</p>" for b in blocks
    )
    producer = {"doc": "lo-doc", "pdf": "lo-pdf"}[fmt]
    return F(
        name,
        Doc(producer, f'<html><head><meta charset="utf-8"></head><body>{html}</body></html>'),
        "plan",
        u.id,
    )


def summary(u: Unit, lines: list[str], name: str = "") -> F:
    title = f"{u.name}2020年职业教育活动周工作总结"
    blocks = [["h", title], *[["p", x] for x in lines]]
    return F(name or f"{title}.docx", Doc("python-docx", blocks), "summary", u.id)


HEADERS = [
    "单位名称", "线上活动（场次）", "线下活动（场次）", "校园开放日（次）", "技术技能服务（场次）",
    "参与师生（人次）", "服务群众（人次）", "宣传报道（篇）", "网络浏览量（人次）",
]  # fmt: skip


def statistics(u: Unit, nums: list[int], name: str = "") -> F:
    spec = {
        "sheet": "Sheet1",
        "rows": [["2020年职业教育活动周情况统计表"] + [None] * 8, HEADERS, [u.name, *nums]],
        "merge": ["A1:I1"],
    }
    return F(
        name or "2020年职业教育活动周情况统计表.xlsx", Doc("openpyxl", spec), "statistics", u.id
    )
