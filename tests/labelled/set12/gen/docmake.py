"""Small makers of set12's documents: blocks for python-docx, HTML for LibreOffice, rows for
openpyxl or for LibreOffice Calc, zips. No wording lives here: every text comes from the
story that calls them."""

from __future__ import annotations

from html import escape
from typing import Any

from .build import F
from .docs import Doc

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


def docx(*blocks: list[Any]) -> Doc:
    """A python-docx document from blocks (h/p/t/header/footer/link/mt/plain/cell/img)."""
    return Doc("python-docx", [list(b) for b in blocks])


def docx_pdf(*blocks: list[Any]) -> Doc:
    """A python-docx document exported to PDF by LibreOffice Writer."""
    return Doc("docx-pdf", [list(b) for b in blocks])


def page(title: str, paras: list[str], table: list[list[Any]] | None = None, top: str = "") -> str:
    """HTML for Writer: an optional line above the title, the title, paragraphs, a table."""
    out = ['<html><head><meta charset="utf-8"></head><body>']
    if top:
        out.append(f"<p>{escape(top)}</p>")
    out.append(f'<h1 align="center">{escape(title)}</h1>')
    out += [f"<p>{escape(p)}</p>" for p in paras]
    if table:
        out.append('<table border="1">')
        for row in table:
            out.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "".join(out)


def lo(
    producer: str, title: str, paras: list[str], table: list[list[Any]] | None = None, top: str = ""
) -> Doc:
    """A Writer document (lo-doc, lo-docx, lo-odt, lo-pdf, lo-rtf) from HTML."""
    return Doc(producer, page(title, paras, table, top))


def calc(producer: str, rows: list[list[Any]], title: str = "") -> Doc:
    """A Calc sheet (lo-xls, lo-xlsx, lo-ods) from an HTML table, a merged title row first."""
    width = max(len(r) for r in rows)
    out = ['<html><head><meta charset="utf-8"></head><body><table border="1">']
    if title:
        out.append(f'<tr><td colspan="{width}">{escape(title)}</td></tr>')
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>")
    out.append("</table></body></html>")
    return Doc(producer, "".join(out))


def sheet(
    rows: list[list[Any]],
    name: str = "Sheet1",
    merge: list[str] | None = None,
    links: dict[str, str] | None = None,
) -> Doc:
    """An openpyxl workbook of one sheet."""
    return Doc(
        "openpyxl", {"sheet": name, "rows": rows, "merge": merge or [], "links": links or {}}
    )


def stats_rows(unit: str, nums: list[Any], head: list[str] | None = None) -> list[list[Any]]:
    """The statistics table: header and the unit's row."""
    return [head or STAT_HEAD, [unit, *nums]]


def zipped(members: list[tuple[str, Doc]], gbk: bool = False) -> Doc:
    """A zip of documents (GBK names without the UTF-8 flag when `gbk`)."""
    return Doc("zip-gbk" if gbk else "zip", None, tuple(members))


def art(name: str, doc: Doc, unit: str, count: int = 0, note: str = "") -> F:
    """An article file of `unit`."""
    return F(name, doc, "article", unit, count=count, note=note)


def f(name: str, doc: Doc, category: str, unit: str, note: str = "") -> F:
    """A file of another category."""
    return F(name, doc, category, unit, note=note)


def blocks(title: str, *paras: str, top: str = "", foot: str = "") -> list[list[str]]:
    """An article's blocks: an optional line above the headline, the headline, paragraphs and
    an optional 落款 line below."""
    out = [["p", top]] if top else []
    out += [["h", title]] + [["p", p] for p in paras]
    return out + ([["p", foot]] if foot else [])
