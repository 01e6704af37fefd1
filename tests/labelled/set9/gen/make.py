"""Document helpers for set9's stories: blocks to python-docx, to HTML for LibreOffice, and
sheet specs for openpyxl or Calc. No wording lives here; every text is the story's."""

from __future__ import annotations

from html import escape
from typing import Any

from .build import F
from .docs import Doc

Block = list[Any]


def html(blocks: list[Block]) -> str:
    """The blocks as the HTML LibreOffice imports (h, p, t, mt, cell, plain)."""
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append(f"<h1>{escape(b[1])}</h1>")
        elif b[0] in ("p", "plain", "cell"):
            out.append(f"<p>{escape(b[1])}</p>")
        elif b[0] in ("t", "mt"):
            rows = b[1] if b[0] == "t" else b[2]
            body = "".join(
                "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows
            )
            title = ""
            if b[0] == "mt":
                title = f'<tr><td colspan="{len(rows[0])}">{escape(b[1])}</td></tr>'
            out.append(f'<table border="1">{title}{body}</table>')
    return '<html><head><meta charset="utf-8"></head><body>' + "".join(out) + "</body></html>"


def paras(text: str) -> list[Block]:
    """Each non-empty line of a text as one paragraph block."""
    return [["p", x.strip()] for x in text.strip().split("\n") if x.strip()]


def doc(producer: str, blocks: list[Block]) -> Doc:
    """A text document by a producer: python-docx and docx-pdf take blocks, LibreOffice HTML."""
    if producer in ("python-docx", "docx-pdf", "docx-odd"):
        return Doc(producer, blocks)
    return Doc(producer, html(blocks))


def sheet(producer: str, rows: list[list[Any]], **spec: Any) -> Doc:
    """A table: openpyxl takes the spec (merge, links, sheets); Calc takes an HTML table."""
    if producer == "openpyxl":
        return Doc("openpyxl", {"rows": rows, **spec})
    return Doc(producer, html([["t", rows]]))


def f(name: str, d: Doc, category: str, unit: str, **kw: Any) -> F:
    """A labelled file."""
    return F(name, d, category, unit, **kw)
