"""Ready-made documents for a unit: plan, article, summary, statistics, contact sheet, photo,
in the format asked for (docx/xlsx from python-docx/openpyxl, the rest through LibreOffice)."""

from __future__ import annotations

from functools import cache

from . import content as c
from . import docs
from .units import UNITS, Person


def _as(data: bytes, src: str, fmt: str) -> bytes:
    return data if fmt == src else docs.convert(data, src, fmt)


@cache
def plan(uid: str, fmt: str = "docx", variant: int = 0) -> bytes:
    """The unit's activity-week plan."""
    return _as(docs.docx_file(c.plan_blocks(UNITS[uid], variant)), "docx", fmt)


@cache
def article(uid: str, idx: int, day: int, fmt: str = "docx", variant: int = 0) -> bytes:
    """The unit's article number idx (its title list), dated 11-day."""
    u = UNITS[uid]
    return _as(docs.docx_file(c.article_blocks(u, u.titles[idx], day, variant)), "docx", fmt)


def title(uid: str, idx: int) -> str:
    """The headline of the unit's article idx."""
    return UNITS[uid].titles[idx]


@cache
def summary(uid: str, fmt: str = "docx", variant: int = 0) -> bytes:
    """The unit's summary report."""
    return _as(docs.docx_file(c.summary_blocks(UNITS[uid], variant)), "docx", fmt)


@cache
def stats(
    uid: str, variant: str = "standard", rows_for: tuple[str, ...] = (), fmt: str = "xlsx"
) -> bytes:
    """The unit's statistics table (rows_for: the names of a county table's rows)."""
    sheet = c.stats_rows(UNITS[uid], variant, list(rows_for) or None)
    return _as(docs.xlsx_file([sheet]), "xlsx", fmt)


@cache
def contact(
    uid: str,
    layout: str = "header",
    person: Person | None = None,
    fmt: str = "docx",
    extra: tuple[str, ...] = (),
) -> bytes:
    """A contact sheet: header-row, key/value, vertical or leader+liaison table."""
    u = UNITS[uid]
    p = person or u.liaison
    rows = {
        "header": lambda: c.contact_rows_header(u, p),
        "leader": lambda: c.contact_rows_header(u, p, with_leader=True),
        "kv": lambda: c.contact_rows_kv(u, p),
        "vertical": lambda: c.contact_rows_vertical(u, p),
    }[layout]()
    blocks = [("title", f"{u.name}2020年职业教育活动周联络员信息表"), ("table", rows), *extra]
    return _as(docs.docx_file(blocks), "docx", fmt)


@cache
def photo(n: int) -> bytes:
    """A photo: real JPEGs from Apache Tika's test files, or a small render of a page."""
    if n == 0:
        return docs.sample("testJPEG_EXIF.jpg")
    if n == 1:
        return docs.sample("testJPEG_GEO.jpg")
    if n == 2:
        return docs.sample("testPNG.png")
    return docs.photo_from_pdf(article("taishan", n % 5, 9, "pdf"), dpi=14 + n)
