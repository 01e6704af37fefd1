"""Set10's units (from its config.toml) and small document makers the stories share: a
python-docx article, the same as HTML for LibreOffice, a statistics sheet, a signature
picture, a forwarded earlier mail. No wording lives here beyond table headers."""

from __future__ import annotations

from html import escape
from typing import Any

from .build import Unit, t
from .docs import Doc
from .mime import CITY, Att, Mail
from .pictures import photo_png, qr_png

U = {
    u.id: u
    for u in (
        Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsjtj_zcjk@ta.shandong.cn"),
        Unit("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjtj_zc@126.com"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xinta_jty@163.com"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zcjyk@ta.shandong.cn"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtjzck@sina.com"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zc@qq.com"),
        Unit("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "gxqjtj_sw@139.com"),
        Unit("tzy", "泰安职业技术学院", "泰职院", "xcbgs@tzy.edu.cn"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职院", "jwc@tsvtc.edu.cn"),
        Unit("sdfzxy", "山东服装职业学院", "服装学院", "sdfzxy_jwc@163.com"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_bgs@126.com"),
        Unit("tshl", "泰山护理职业学院", "泰护", "dzb@tshlzy.edu.cn"),
        Unit("tajsxy", "泰安技师学院", "市技师学院", "tajsxy_xcb@163.com"),
        Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳职教中心", "dyzjzx@126.com"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzzjwc@163.com"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczzbgs@ta.shandong.cn"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "1432867790@qq.com"),
        Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx@ta.shandong.cn"),
        Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "jtzz_xcb@icloud.com"),
        Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz@126.com"),
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


def docx(*blocks: list[Any], producer: str = "python-docx") -> Doc:
    """A python-docx document (or one LibreOffice re-saves: docx-pdf/odt/doc/rtf)."""
    return Doc(producer, [list(b) for b in blocks])


def article(title: str, *paras: str, producer: str = "python-docx", byline: str = "") -> Doc:
    """A news article: headline, optional byline, paragraphs."""
    blocks: list[list[Any]] = [["h", title]]
    if byline:
        blocks.append(["p", byline])
    blocks += [["p", p] for p in paras]
    return Doc(producer, blocks)


def html_doc(title: str, *paras: str, table: list[list[Any]] | None = None, tail: str = "") -> str:
    """HTML as Writer/Calc reads it (for the lo-* producers)."""
    body = f"<h1>{escape(title)}</h1>" if title else ""
    body += "".join(f"<p>{escape(p)}</p>" for p in paras)
    if table:
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in table
        )
        body += f'<table border="1" cellspacing="0">{rows}</table>'
    if tail:
        body += f"<p>{escape(tail)}</p>"
    return (
        '<html><head><meta charset="utf-8"></head><body style="font-family:SimSun">'
        f"{body}</body></html>"
    )


def lo(producer: str, title: str, *paras: str, **kw: Any) -> Doc:
    """A LibreOffice document from HTML."""
    return Doc(producer, html_doc(title, *paras, **kw))


def stats(rows: list[list[Any]], head: list[str] | None = None, title: str = "", **kw: Any) -> dict:
    """An openpyxl spec: optional merged title row, the header, the rows."""
    h = head or STAT_HEAD
    out: list[list[Any]] = []
    merge = []
    if title:
        out.append([title] + [None] * (len(h) - 1))
        merge.append(f"A1:{chr(64 + len(h))}1")
    out += [h, *rows]
    return {"rows": out, "merge": merge, **kw}


def stats_html(rows: list[list[Any]], title: str, head: list[str] | None = None) -> str:
    """The statistics table as HTML for Calc."""
    return html_doc(title, table=[head or STAT_HEAD, *rows])


def sigpic(seed: int, name: str = "image001.png", qr: bool = False) -> Att:
    """A signature picture (logo or QR code) referred to by cid in the HTML."""
    data = qr_png(100 + seed) if qr else photo_png(seed)
    return Att(name, data, "image/png", inline_cid=f"{name.split('.')[0]}.{seed}@sig")


def earlier(
    u: Unit, when: str, client: str, subject: str, text: str, sender: str = "", name: str = ""
) -> Mail:
    """An earlier mail that a later one forwards as message/rfc822 (files set by send)."""
    return Mail(
        f"inner-{u.id}-{when}-{subject}",
        t(when),
        sender or u.email,
        name,
        subject,
        text.strip("\n") + "\n",
        "",
        client,
        CITY,
    )


def table_html(rows: list[list[str]], before: str = "", after: str = "", sig: str = "") -> str:
    """A web-mail HTML body with a bordered table (Coremail/QQ web) and an optional picture."""
    tr = "".join(
        "<tr>"
        + "".join(f'<td style="border:1px solid #999;padding:4px">{escape(c)}</td>' for c in r)
        + "</tr>"
        for r in rows
    )
    paras = "".join(f"<div>{escape(x) or '<br>'}</div>" for x in before.split("\n"))
    after_h = "".join(f"<div>{escape(x) or '<br>'}</div>" for x in after.split("\n"))
    pic = f'<div><img src="cid:{sig}" width="120"></div>' if sig else ""
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div style="font-family:微软雅黑;font-size:14px">'
        f'{paras}<table style="border-collapse:collapse">{tr}</table>{after_h}{pic}'
        "</div></body></html>"
    )
