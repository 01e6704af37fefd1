"""Small builders for set15's stories: the units, documents by producer, and file labels.

Nothing here is worded: every text a unit writes is in county.py, school.py or other.py.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from .build import F, Unit
from .docs import Doc

_ROWS = [
    line.split("|")
    for line in (Path(__file__).with_name("units.txt")).read_text(encoding="utf-8").splitlines()
    if line
]
U: dict[str, Unit] = {r[0]: Unit(r[0], r[1], r[3].split(",")[0], r[4]) for r in _ROWS}


def dx(*blocks: list[Any]) -> Doc:
    """A python-docx document from blocks (h/p/t/plain/header/footer/...)."""
    return Doc("python-docx", [list(b) for b in blocks])


def dxpdf(*blocks: list[Any]) -> Doc:
    """A python-docx document exported to PDF by LibreOffice."""
    return Doc("docx-pdf", [list(b) for b in blocks])


def html(title: str, paras: list[str], table: list[list[Any]] | None = None) -> str:
    """HTML for LibreOffice Writer/Calc: a centred title, paragraphs, a table."""
    out = [
        f'<html><head><meta charset="utf-8"></head><body><h2 align="center">{escape(title)}</h2>'
    ]
    out += [f"<p>{escape(p)}</p>" for p in paras]
    if table:
        out.append('<table border="1">')
        for row in table:
            out.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>")
        out.append("</table>")
    return "".join(out) + "</body></html>"


def lo(producer: str, title: str, paras: list[str], table: list[list[Any]] | None = None) -> Doc:
    """A LibreOffice conversion (lo-doc, lo-pdf, lo-odt, lo-docx, lo-xls, lo-xlsx) of HTML."""
    return Doc(producer, html(title, paras, table))


def xl(rows: list[list[Any]], merge: list[str] | None = None, sheet: str = "Sheet1") -> Doc:
    """An openpyxl workbook of one sheet."""
    return Doc("openpyxl", {"rows": rows, "merge": merge or [], "sheet": sheet})


def zipped(producer: str, members: list[tuple[str, Doc]]) -> Doc:
    """A zip of documents (producer zip = UTF-8 names, zip-gbk = GBK names)."""
    return Doc(producer, "", tuple(members))


def f(name: str, doc: Doc | None, cat: str, unit: str, **kw: Any) -> F:
    """A labelled file."""
    return F(name, doc, cat, unit, **kw)


STAT_HEAD = [
    "单位名称", "线上活动（场次）", "线下活动（场次）", "校园开放日（次）", "技术技能服务（场次）",
    "参与师生（人次）", "服务群众（人次）", "宣传报道（篇）", "网络浏览量（人次）",
]  # fmt: skip


def fwd_block(style: str, name: str, addr: str, date: str, to: str, subject: str, body: str) -> str:
    """The quoted head of a forwarded mail as a client writes it, with the school's body."""
    if style == "coremail":
        head = (
            "\n\n-------- 转发邮件信息 --------\n"
            f'发件人："{name}" <{addr}>\n发送日期：{date}\n收件人：{to}\n主题：{subject}\n\n'
        )
    elif style == "foxmail":
        head = (
            "\n\n------------------ 原始邮件 ------------------\n"
            f'发件人: "{name}"<{addr}>;\n发送时间: {date}\n收件人: "{to}";\n主题: {subject}\n\n'
        )
    else:  # Outlook
        head = (
            "\n\n发件人: " + f"{name} <{addr}>\n发送时间: {date}\n收件人: {to}\n主题: {subject}\n\n"
        )
    return head + body


def inner_mail(slug: str, when: str, addr: str, name: str, subject: str, text: str, client: str,
               to: str) -> Any:  # fmt: skip
    """A school's own mail that a county forwards whole (message/rfc822)."""
    from .build import t
    from .mime import Mail

    return Mail(slug, t(when), addr, name, subject, text.strip("\n") + "\n", "", client, to)
