"""Set21's document kit: units of the config, and small makers of documents from blocks.

Writer documents come as blocks: ("h1", text) / ("h2", text) are real heading styles (HTML
<h1>/<h2> for LibreOffice, "Heading 1" for python-docx), ("title", text) is a centred bold
line with no style, ("p", text) a paragraph, ("t", rows) a table whose cells may be
(text, colspan, rowspan). LibreOffice documents go through HTML with a CJK font named, so
the PDFs embed WenQuanYi Zen Hei.
"""

from __future__ import annotations

from html import escape
from typing import Any

from .build import F, Unit
from .docs import Doc

UNITS = {
    u.id: u
    for u in (
        Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsq_zjk2020@ta.shandong.cn"),
        Unit("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjt_zcgj@126.com"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtj_zc@163.com"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fc_jtj_zjk@ta.shandong.cn"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtj_zcjy@126.com"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zcb@163.com"),
        Unit("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局",
             "gxq_shsyj_jy@ta.shandong.cn"),
        Unit("tzy", "泰安职业技术学院", "泰职院", "xcb_zjzx@tzy.edu.cn"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职院", "jwc_hdz@tsvtc.edu.cn"),
        Unit("sdfzxy", "山东服装职业学院", "服装学院", "sdfzxy_jwc@163.com"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmkj_xb2020@126.com"),
        Unit("tshl", "泰山护理职业学院", "泰护", "dzb_office@tshlzy.edu.cn"),
        Unit("tajsxy", "泰安技师学院", "市技师学院", "jsxy_jyk@163.com"),
        Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳区职教中心", "dyzjzx_jwc@126.com"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz_bgs@163.com"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz_zsb@126.com"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_jwk@163.com"),
        Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx_bgs@126.com"),
        Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "jtzz_xxb@163.com"),
        Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_bgs@126.com"),
    )
}  # fmt: skip

FONT = '"WenQuanYi Zen Hei", "文泉驿正黑", sans-serif'


def _cell(c: Any, tag: str = "td") -> str:
    if isinstance(c, tuple):
        text, cs, rs = c
        return f'<{tag} colspan="{cs}" rowspan="{rs}">{escape(str(text))}</{tag}>'
    return f"<{tag}>{escape(str(c))}</{tag}>"


def html(blocks: list[tuple[Any, ...]]) -> str:
    """HTML that LibreOffice imports (Writer or Calc)."""
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2"):
            out.append(f"<{kind}>{escape(b[1])}</{kind}>")
        elif kind == "title":
            out.append(f'<p align="center"><b><font size="5">{escape(b[1])}</font></b></p>')
        elif kind == "p":
            out.append(f"<p>{escape(b[1])}</p>")
        elif kind == "right":
            out.append(f'<p align="right">{escape(b[1])}</p>')
        elif kind == "t":
            rows = "".join("<tr>" + "".join(_cell(c) for c in r) + "</tr>" for r in b[1])
            out.append(f'<table border="1" cellspacing="0" cellpadding="4">{rows}</table>')
        elif kind == "photo":  # one coloured block standing in for a photo
            out.append(
                f'<table width="100%" cellspacing="0"><tr><td bgcolor="{b[1]}" height="520">'
                f'<font color="#ffffff">{escape(b[2])}</font></td></tr></table>'
            )
    style = f"<style>body, p, td, th, h1, h2 {{ font-family: {FONT}; }}</style>"
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"{style}</head><body>{''.join(out)}</body></html>"
    )


def docx_blocks(blocks: list[tuple[Any, ...]]) -> list[list[Any]]:
    """The same blocks for python-docx: h1/h2 as Heading 1, title as bold unstyled text."""
    out: list[list[Any]] = []
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2"):
            out.append(["h", b[1]])
        elif kind == "title":
            out.append(["plain", b[1]])
        elif kind in ("p", "right"):
            out.append(["p", b[1]])
        elif kind == "t":
            out.append(["t", [[c[0] if isinstance(c, tuple) else c for c in r] for r in b[1]]])
        else:
            out.append(list(b))
    return out


def doc(producer: str, blocks: list[tuple[Any, ...]]) -> Doc:
    """A Writer-like document by `producer` (python-docx, lo-pdf, lo-doc, lo-odt, lo-docx)."""
    if producer in ("python-docx", "docx-pdf"):
        return Doc(producer, docx_blocks(blocks))
    return Doc(producer, html(blocks))


def calc(producer: str, rows: list[list[Any]]) -> Doc:
    """A sheet through LibreOffice Calc (lo-xls, lo-ods, lo-xlsx) from an HTML table."""
    return Doc(producer, html([("t", rows)]))


def book(*sheets: dict[str, Any]) -> Doc:
    """An openpyxl workbook; each sheet {sheet, rows, merge}."""
    return Doc("openpyxl", {"sheets": [dict(s) for s in sheets]})


def photo(colour: str, caption: str) -> Doc:
    """A phone photo (JPEG)."""
    return Doc("photo-jpg", html([("photo", colour, caption)]))


def f(name: str, d: Doc, category: str, unit: str, **kw: Any) -> F:
    """A labelled file."""
    return F(name, d, category, unit, **kw)


def art(producer: str, headline: str, *paras: str, unit_line: str = "") -> Doc:
    """One article: an optional unit line, the headline, its paragraphs."""
    blocks: list[tuple[Any, ...]] = []
    if unit_line:
        blocks.append(("p", unit_line))
    blocks.append(("title", headline))
    blocks += [("p", p) for p in paras]
    return doc(producer, blocks)
