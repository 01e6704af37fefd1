"""Documents of set28 as blocks for gen/docs.py, and the HTML shapes of set28's mail clients
(Outlook's pasted table, Foxmail's and QQ's quoted chains, `<br>`/&nbsp; bodies)."""

from __future__ import annotations

from html import escape

from .build import F
from .docs import Doc

STAT_HEADERS = [
    "单位名称", "线上活动（场次）", "线下活动（场次）", "校园开放日（次）", "技术技能服务（场次）",
    "参与师生（人次）", "服务群众（人次）", "宣传报道（篇）", "网络浏览量（人次）",
]  # fmt: skip
STAT_HEADERS_SHORT = [
    "填报单位", "线上活动场次", "现场活动", "开放日活动", "技能服务", "参与人次", "服务群众",
    "报道篇数", "浏览量",
]  # fmt: skip


def docx(blocks: list, producer: str = "python-docx") -> Doc:
    return Doc(producer, blocks)


def lo(html: str, producer: str = "lo-pdf") -> Doc:
    return Doc(producer, html)


def html_page(title: str, paras: list[str], sign: str = "") -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    tail = f'<p style="text-align:right">{escape(sign)}</p>' if sign else ""
    return (
        '<html><head><meta charset="utf-8"></head><body>'
        f'<h2 style="text-align:center">{escape(title)}</h2>{body}{tail}</body></html>'
    )


def plan(title: str, paras: list[str], sign: str, producer: str = "python-docx") -> Doc:
    if producer.startswith("lo-"):
        return lo(html_page(title, paras, sign), producer)
    return docx([["h", title], *[["p", p] for p in paras], ["p", sign]], producer)


def article(headline: str, paras: list[str], producer: str = "python-docx", top: str = "") -> Doc:
    if producer.startswith("lo-"):
        return lo(html_page(headline, ([top] if top else []) + paras), producer)
    lead = [["p", top]] if top else []
    return docx([*lead, ["h", headline], *[["p", p] for p in paras]], producer)


def summary(title: str, paras: list[str], sign: str, producer: str = "python-docx") -> Doc:
    return plan(title, paras, sign, producer)


def stats(unit: str, values: list, short: bool = False, title: bool = True) -> Doc:
    heads = STAT_HEADERS_SHORT if short else STAT_HEADERS
    rows = [[unit, *values]]
    if title:
        return Doc(
            "openpyxl",
            {"rows": [["2020年职业教育活动周情况统计表"] + [None] * 8, heads, *rows],
             "merge": ["A1:I1"]},
        )  # fmt: skip
    return Doc("openpyxl", {"rows": [heads, *rows]})


def receipt(unit: str, name: str, position: str, email: str, mobile: str) -> Doc:
    """A 联络员回执 as a Word table."""
    return docx(
        [
            ["h", "2020年泰安市职业教育活动周联络员回执"],
            [
                "t",
                [
                    ["单位", "姓名", "职务", "邮箱", "手机号码"],
                    [unit, name, position, email, mobile],
                ],
            ],
            ["p", "（请于11月5日前报市教育局职成高教科）"],
        ]
    )


def art(name: str, doc: Doc, unit: str, **kw) -> F:
    return F(name, doc, "article", unit, **kw)


def outlook_table_html(
    before: list[str], table: list[list[str]], after: list[str], links: dict[str, str] | None = None
) -> str:
    """Outlook 2016's HTML for a body with a table pasted from Word or Excel between lines.
    `links` maps shown text to the href behind it."""

    def para(line: str) -> str:
        h = escape(line) or "&nbsp;"
        for shown, href in (links or {}).items():
            h = h.replace(escape(shown), f'<a href="{escape(href)}">{escape(shown)}</a>')
        return (
            "<p class=MsoNormal><span style='font-size:12.0pt;font-family:\"仿宋\",serif'>"
            f"{h}<o:p></o:p></span></p>\r\n"
        )

    cells = []
    for r, row in enumerate(table):
        tds = "".join(
            "<td width=110 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt "
            "0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'><span "
            f"style='font-size:11.0pt'>{'<b>' if r == 0 else ''}{escape(c)}"
            f"{'</b>' if r == 0 else ''}<o:p></o:p></span></p></td>"
            for c in row
        )
        cells.append(f"<tr style='height:18.0pt'>{tds}</tr>\r\n")
    tbl = (
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:"
        f"collapse;border:none'>\r\n{''.join(cells)}</table>\r\n"
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
        'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type '
        'content="text/html; charset=gb2312"><meta name=Generator content="Microsoft Word 15 '
        '(filtered medium)"><style><!--\r\np.MsoNormal {margin:0cm; text-align:justify; '
        "font-size:10.5pt; font-family:等线;}\r\n--></style></head><body lang=ZH-CN "
        'link="#0563C1" vlink="#954F72"><div class=WordSection1>'
        + "".join(para(x) for x in before)
        + tbl
        + "".join(para(x) for x in after)
        + "</div></body></html>"
    )


def br_html(
    lines: list[str], charset: str = "utf-8", links: dict[str, str] | None = None, nbsp: bool = True
) -> str:
    """A web/app mail body of `<br>` lines with &nbsp; for the spaces people typed."""
    out = []
    for line in lines:
        h = escape(line)
        if nbsp:
            h = h.replace("  ", "&nbsp;&nbsp;").replace(" ", "&nbsp;")
        for shown, href in (links or {}).items():
            h = h.replace(
                escape(shown), f'<a href="{escape(href)}" target="_blank">{escape(shown)}</a>'
            )
        out.append(h)
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        '</head><body><div style="font-family:微软雅黑;font-size:14px">'
        + "<br>".join(out)
        + "</div></body></html>"
    )


def foxmail_reply(
    new: list[str], sender: str, when: str, to: str, subject: str, quoted: list[str]
) -> tuple[str, str]:
    """Foxmail 7.2's reply: text and HTML with the 发件人/发送时间 header over the quote."""
    head = [f"发件人： {sender}", f"发送时间： {when}", f"收件人： {to}", f"主题： {subject}"]
    text = "\n".join([*new, "", "", *head, "", *quoted])
    qh = "<br>".join(f"<b>{escape(h.split('：', 1)[0])}：</b>{escape(h.split('：', 1)[1])}"
                     for h in head)  # fmt: skip
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"><style>'
        "body { line-height: 1.5; }</style></head><body>"
        + "".join(f"<div>{escape(x) or '<br>'}</div>" for x in new)
        + '<div><br></div><blockquote style="margin-Top: 0px; margin-Bottom: 0px; '
        'margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div><div style="border:none;'
        'border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: '
        "8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: "
        f'#efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px"><div>{qh}</div></div></div><div>'
        + "".join(f"<div>{escape(x) or '<br>'}</div>" for x in quoted)
        + "</div></blockquote></body></html>"
    )
    return text, html
