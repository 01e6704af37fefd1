"""Set13's document helpers: the units of its config, and small builders for the documents
stories attach (articles, plans, summaries, statistics tables in many real layouts).

Each builder returns a `Doc` source for gen/docs.py; the words are passed in by the stories,
so no two units' documents read alike.
"""

from __future__ import annotations

import tomllib
from html import escape
from pathlib import Path
from typing import Any

from .build import F, Unit
from .docs import Doc

HERE = Path(__file__).resolve().parent.parent


def _units() -> dict[str, Unit]:
    cfg = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
    out = {}
    for u in cfg["units"]:
        out[u["id"]] = Unit(u["id"], u["name"], u["aliases"][0], u["emails"][0])
    return out


U = _units()


def html(*blocks: Any, title: str = "") -> str:
    """An HTML page for LibreOffice: strings are paragraphs, ("h", s) headings, lists tables."""
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            body.append(f"<h1 style='text-align:center'>{escape(b[1])}</h1>")
        elif isinstance(b, tuple) and b[0] == "b":
            body.append(f"<p><b>{escape(b[1])}</b></p>")
        elif isinstance(b, list):
            rows = "".join("<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in b)
            body.append(f"<table border='1' cellspacing='0'>{rows}</table>")
        else:
            body.append(f"<p>{escape(str(b))}</p>")
    return (
        f"<html><head><meta charset='utf-8'><title>{escape(title)}</title></head>"
        f"<body>{''.join(body)}</body></html>"
    )


def _cell(c: Any) -> str:
    if isinstance(c, tuple):  # (text, colspan, rowspan)
        span = f" colspan='{c[1]}'" if c[1] > 1 else ""
        span += f" rowspan='{c[2]}'" if len(c) > 2 and c[2] > 1 else ""
        return f"<td{span}>{escape(str(c[0]))}</td>"
    return f"<td>{escape(str(c))}</td>"


def docx_article(headline: str, paras: list[str], byline: str = "", photos: int = 0) -> list:
    """python-docx blocks of a news article (a bold unstyled headline, byline, photos)."""
    out: list[list[Any]] = [["plain", headline]]
    if byline:
        out.append(["p", byline])
    for n, p in enumerate(paras):
        out.append(["p", p])
        if n < photos:
            out.append(["img", 400 + len(headline) * 7 + n, 12, f"图{n + 1} {headline[:10]}现场"])
    return out


def art(name: str, doc: Doc, unit: str, count: int = 0, **kw: Any) -> F:
    """An article file label."""
    return F(name, doc, "article", unit, count=count, **kw)


def docf(name: str, doc: Doc, category: str, unit: str, **kw: Any) -> F:
    """Any other file label."""
    return F(name, doc, category, unit, **kw)


def sheet(rows: list[list[Any]], merge: list[str] | None = None, name: str = "Sheet1") -> dict:
    """One openpyxl sheet spec."""
    return {"sheet": name, "rows": rows, "merge": merge or []}


def paras(*lines: str) -> list[list[str]]:
    """python-docx paragraph blocks."""
    return [["p", x] for x in lines]


def arts_of(unit: str, items: list[tuple[str, str]], producer: str = "python-docx",
          ext: str = "docx") -> list:  # fmt: skip
    """Article files, one per (headline, paragraph), named by the headline's start."""
    out = []
    for h, p in items:
        if producer.startswith("lo-"):
            doc = Doc(producer, html(("h", h), p))
        else:
            doc = Doc(producer, docx_article(h, [p], photos=int(producer.endswith("-img"))))
        out.append(art(f"{h[:10]}.{ext}", doc, unit))
    return out
