"""Set16's shared shapes (no wording): the units, link makers for WeChat / 美篇 / 抖音 /
government pages, WeChat-editor HTML (秀米 and 135编辑器 as they paste into web mail), and
short constructors for documents. Every sentence a unit writes lives in its story module."""

from __future__ import annotations

import hashlib
from html import escape
from typing import Any

from .build import Unit
from .docs import Doc
from .mime import CITY, RSJ
from .slides import slides_fodp

__all__ = ["CITY", "RSJ", "U"]

_UNITS = [
    ("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsq_zcjk@ta.shandong.cn"),
    ("daiyue", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyqjy_zck@163.com"),
    ("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtj_zcjk@ta.shandong.cn"),
    ("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zcjy@126.com"),
    ("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtj_zjk@163.com"),
    ("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zcg@ta.shandong.cn"),
    ("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "3127704185@qq.com"),
    ("tzy", "泰安职业技术学院", "泰职院", "xcb_tzy@tzy.edu.cn"),
    ("tsvtc", "泰山职业技术学院", "泰山职院", "xcbgs@tsvtc.edu.cn"),
    ("sdfzxy", "山东服装职业学院", "服装学院", "sdfzxy_dzb@126.com"),
    ("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_xcc@163.com"),
    ("tshl", "泰山护理职业学院", "泰护", "dangban@tshlzy.edu.cn"),
    ("tajsxy", "泰安技师学院", "市技师学院", "tajsxy_zsb@163.com"),
    ("dyzj", "泰安市岱岳区职业教育中心", "岱岳职教中心", "dyzjzx_zsb@163.com"),
    ("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz_xxzx@ta.shandong.cn"),
    ("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz_bgs@163.com"),
    ("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_jwk@126.com"),
    ("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx_xcb@163.com"),
    ("jtzz", "泰安市交通职业中等专业学校", "交通职专", "tajtzz_bgs@126.com"),
    ("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_zsb@163.com"),
]
U = {i: Unit(i, n, s, e) for i, n, s, e in _UNITS}

_ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _h(seed: str) -> bytes:
    return hashlib.sha256(seed.encode()).digest()


def wx(seed: str) -> str:
    """A WeChat official-account article's short link (22 characters after /s/)."""
    return "https://mp.weixin.qq.com/s/" + "".join(_ALPHA[b % 64] for b in _h(seed)[:22])


def wx_long(seed: str) -> str:
    """The long form a desktop browser copies (__biz, mid, idx, sn, chksm)."""
    d = _h(seed)
    biz = ["MzA5NjQ2ODY1Mw==", "MzI0MTc3NTYxMg==", "MzU4OTQ1MjMwNQ=="][d[0] % 3]
    mid = 2650000000 + int.from_bytes(d[1:4], "big") % 900000
    sn = d[4:20].hex()
    return f"https://mp.weixin.qq.com/s?__biz={biz}&mid={mid}&idx={1 + d[20] % 3}&sn={sn}"


def meipian(seed: str) -> str:
    """A 美篇 article link."""
    d = _h(seed)
    return "https://www.meipian.cn/" + "".join(
        "0123456789abcdefghijklmnopqrstuvwxyz"[b % 36] for b in d[:8]
    )


def douyin(seed: str) -> str:
    """A 抖音 share short link."""
    return "https://v.douyin.com/" + "".join(_ALPHA[b % 62] for b in _h(seed)[:7]) + "/"


def gov(host: str, seed: str, day: int) -> str:
    """A news page on a county government site (the Jpaas art_ URL shape)."""
    d = _h(seed)
    col = 40000 + int.from_bytes(d[:2], "big") % 9000
    art = 10270000 + int.from_bytes(d[2:5], "big") % 90000
    return f"http://{host}/art/2020/11/{day}/art_{col}_{art}.html"


def img_url(seed: str) -> str:
    """An image on WeChat's CDN, as pasted editor HTML keeps it."""
    return f"https://mmbiz.qpic.cn/mmbiz_jpg/{_h(seed).hex()[:40]}/640?wx_fmt=jpeg"


def xiumi(title: str, paras: list[str], captions: list[str], seed: str) -> str:
    """A 秀米 layout pasted into web mail: styled sections, a title bar, pictures on the CDN
    with captions under them, and the body paragraphs between."""
    out = [
        '<section data-role="outer" label="Powered by 365editor" style="font-size:16px;'
        'font-family:微软雅黑;"><section data-role="title" data-tools="秀米" style="margin:10px 0;'
        'text-align:center;"><section style="display:inline-block;padding:6px 18px;background-'
        f'color:#1e6bb8;color:#fff;border-radius:4px;"><p><strong>{escape(title)}</strong></p>'
        "</section></section>"
    ]
    for n, p in enumerate(paras):
        out.append(
            '<section style="margin:8px 0;line-height:1.75em;letter-spacing:1px;text-indent:2em;">'
            f'<p><span style="font-size:15px;color:#3f3f3f;">{escape(p)}</span></p></section>'
        )
        if n < len(captions):
            out.append(
                '<section style="margin:10px 0;text-align:center;"><img data-ratio="0.66" '
                f'src="{img_url(seed + str(n))}" style="width:100%;vertical-align:middle;">'
                '<section style="font-size:12px;color:#888;text-align:center;"><p>'
                f"{escape(captions[n])}</p></section></section>"
            )
    out.append("</section>")
    return "".join(out)


def e135(title: str, paras: list[str], captions: list[str], seed: str) -> str:
    """A 135编辑器 layout: `_135editor` sections with data-tools and data-id, a numbered
    heading card, pictures with grey captions."""
    out = [
        f'<section class="_135editor" data-tools="135编辑器" data-id="{90000 + _h(seed)[0]}">'
        '<section style="border-left:5px solid #c00000;padding-left:10px;margin:12px 0;">'
        f'<h2 style="font-size:18px;color:#c00000;">{escape(title)}</h2></section></section>'
    ]
    for n, p in enumerate(paras):
        out.append(
            f'<section class="_135editor" data-tools="135编辑器" data-id="{94000 + n}">'
            f'<p style="text-indent:2em;line-height:2em;">{escape(p)}</p></section>'
        )
        if n < len(captions):
            out.append(
                '<p style="text-align:center;"><img class="rich_pages" '
                f'src="{img_url(seed + "c" + str(n))}" width="100%"></p><p style="text-align:'
                f'center;font-size:12px;color:#a5a5a5;">▲ {escape(captions[n])}</p>'
            )
    return "".join(out)


def page(inner: str, charset: str = "utf-8") -> str:
    """A web mail's HTML wrapper round pasted content."""
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f'</head><body><div style="font-family:微软雅黑;font-size:14px;">{inner}</div>'
        "</body></html>"
    )


def linklist(pairs: list[tuple[str, str]], before: str = "", after: str = "") -> str:
    """HTML with each title as an anchor over its link (the plain part may not show the URL)."""
    items = "".join(
        f'<p>{n}. <a href="{escape(u)}" target="_blank">{escape(t)}</a></p>'
        for n, (t, u) in enumerate(pairs, 1)
    )
    return page(f"<p>{escape(before)}</p>{items}<p>{escape(after)}</p>")


def lines(text: str) -> str:
    """Plain lines as web mail HTML divs."""
    return "".join(f"<div>{escape(x) or '<br>'}</div>" for x in text.strip("\n").split("\n"))


def D(*blocks: list[Any], producer: str = "python-docx") -> Doc:
    """A Word document from blocks (h, p, t, img, header, footer ...)."""
    return Doc(producer, [list(b) for b in blocks])


def art(
    title: str, unit_line: str, paras: list[str], producer: str = "python-docx", imgs: int = 0
) -> Doc:
    """An article: headline, a byline, paragraphs, and pictures with captions."""
    blocks: list[list[Any]] = [["h", title], ["p", unit_line]]
    for n, p in enumerate(paras):
        blocks.append(["p", p])
        if n < imgs:
            blocks.append(["img", 7 + n + len(title), 12, f"图{n + 1}  {title}"])
    if imgs:
        producer = "python-docx-img"
    return Doc(producer, blocks)


def html_doc(title: str, paras: list[str], table: list[list[Any]] | None = None) -> str:
    """HTML for LibreOffice Writer/Calc imports."""
    t = ""
    if table:
        t = (
            "<table border=1>"
            + "".join(
                "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in table
            )
            + "</table>"
        )
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    return (
        f'<html><head><meta charset="utf-8"><title>{escape(title)}</title></head><body>'
        f"<h1>{escape(title)}</h1>{body}{t}</body></html>"
    )


def lo(producer: str, title: str, paras: list[str], table: list[list[Any]] | None = None) -> Doc:
    """A LibreOffice-made document from HTML."""
    return Doc(producer, html_doc(title, paras, table))


def deck(producer: str, slides: list[tuple[str, list[str]]]) -> Doc:
    """Slides by LibreOffice Impress: lo-pptx or lo-slidespdf."""
    return Doc(producer, slides_fodp(slides))


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


def stats_rows(unit: str, nums: list[Any], title: bool = True) -> list[list[Any]]:
    """The statistics table's rows: title, header, the unit's row."""
    rows: list[list[Any]] = [["2020年职业教育活动周情况统计表"] + [""] * 8] if title else []
    return [*rows, HEAD, [unit, *nums]]


def X(unit: str, nums: list[Any], sheet: str = "Sheet1", title: bool = True) -> Doc:
    """The statistics table by openpyxl (title row merged)."""
    spec: dict[str, Any] = {"sheet": sheet, "rows": stats_rows(unit, nums, title)}
    if title:
        spec["merge"] = ["A1:I1"]
    return Doc("openpyxl", spec)


def stats_lo(producer: str, unit: str, nums: list[Any]) -> Doc:
    """The statistics table through LibreOffice Calc (xls/xlsx/png screenshot via calc PDF)."""
    rows = stats_rows(unit, nums)
    t = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return Doc(
        producer,
        f'<html><head><meta charset="utf-8"></head><body><table border=1>{t}</table></body></html>',
    )
