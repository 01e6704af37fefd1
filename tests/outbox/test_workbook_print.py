"""How the workbook prints: page setup, fonts, the wrap estimate, the fitting rule, and
LibreOffice's PDF of a whole 20-unit campaign (100 articles, 40 problems), page by page
with the scale each page was printed at."""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from outbox.catalogue import Article, ArticleSource
from outbox.links import ColumnLink, LinkCheck, LinkState
from outbox.model import Liaison, Problem
from outbox.workbook import SHEETS, build_workbook
from outbox.workbook.cells import FONT_POINTS, MIN_FIT_SCALE, fit_scale, lines_needed
from parsers.model import Contact, StatsRow
from rules.campaign import Campaign, Unit
from tests.fixtures.servers import require_binary
from tests.outbox.conftest import statuses_at
from tests.outbox.test_workbook import NOW, build, ok, t


def test_every_sheet_is_set_up_for_printing(campaign: Campaign) -> None:
    wb = load_workbook(io.BytesIO(build(campaign)))
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        # one page wide; two tall at most (a short sheet is not enlarged, so this only
        # ever shrinks a long one, and only while it stays legible: see below)
        assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 2
        # 10 pt everywhere (Arial, the Normal style too: the width unit)
        assert all(
            c.font.sz == 10 and c.font.name == "Arial"
            for r in ws.iter_rows()
            for c in r
            if c.value is not None
        ), ws.title
        assert ws.print_title_rows == "$1:$1"
        assert "&A" in ws.oddFooter.center.text
        # the header row is as tall as its wrapped lines: no header runs over row 2
        header_lines = max(
            lines_in(c.value, ws.column_dimensions[c.column_letter].width) for c in ws[1]
        )
        assert ws.row_dimensions[1].height >= 12.75 * header_lines, ws.title
    matrix = wb["提交情况"]
    assert matrix.row_dimensions[1].height >= 12.75 * 2  # title, then "（截止…）"
    assert wb._fonts[0].name == "Arial" and wb._fonts[0].sz == 10
    assert wb["联络员"]["K2"].number_format == "mm-dd hh:mm"


def test_a_sheet_too_long_for_two_legible_pages_prints_on_more(campaign: Campaign) -> None:
    # 400 articles would need about 17 % scale on two pages: as many pages as needed
    # at the width's scale instead
    big = full_campaign_book(campaign_of_20(campaign), articles_per_unit=20)
    ws = load_workbook(io.BytesIO(big))["宣传材料目录"]
    assert ws.max_row == 401
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    by_width, by_height = fit_scale(ws, columns=9)
    assert by_height < MIN_FIT_SCALE <= by_width


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("泰安市岱岳区教育和体育局", 26, 1),  # 12 CJK characters, 24 + padding
        ("泰安市岱岳区教育和体育局", 24, 2),
        ("http://www.ningyang.edu.cn/zjhdz/index.html", 24, 3),  # breaks after "/" only
        ("开展“技能下乡”服务", 21.5, 1),  # the quotes are full width
        ("开展“技能下乡”服务", 20, 2),
        ("第一行\n第二行", 30, 2),
    ],
)
def test_wrapped_lines_are_counted_as_spreadsheets_wrap(
    text: str, width: float, lines: int
) -> None:
    assert lines_in(text, width) == lines


def lines_in(text: str | None, width: float | None) -> int:
    return lines_needed(text or "", width or 8.43)


EXTRA_UNITS = (
    Unit(id="tsgc", name="泰安市工程职业中等专业学校", kind="school"),
    Unit(id="tajt", name="泰安交通技工学校", kind="school"),
)


def campaign_of_20(campaign: Campaign) -> Campaign:
    grown = campaign.model_copy(update={"units": (*campaign.units, *EXTRA_UNITS)})
    assert len(grown.units) == 20
    return grown


# titles and file names as units send them (tests/labelled): up to 26 characters
ARTICLE_TITLES = (
    "{short}举办2020年职业教育活动周启动仪式",
    "{short}志愿者走进社区开展家电维修和健康护理服务",
    "大国工匠进校园——{short}举办劳模工匠报告会",
    "{short}开展“职业教育活动周”校园开放日活动",
    "{short}师生走进田间地头开展“技能下乡”服务",
)
ARTICLE_FILES = (
    "{short}活动周宣传材料1.docx",
    "附件：{short}志愿服务新闻稿.docx",
    "劳模工匠报告会（图文）.pdf",
    "{short}校园开放日活动报道.docx",
    "技能下乡.docx",
)
PROBLEM_TEXTS = (
    ("文件无法读取", "附件“{name}统计表.xls”: unreadable file is encrypted (password protected)"),
    (
        "新发件人",
        "{id}2020@163.com is not registered for {id} (the unit's name in the subject)",
    ),
)


def full_campaign_book(
    campaign: Campaign, *, articles_per_unit: int = 5, problems_per_unit: int = 2
) -> bytes:
    """A 20-unit campaign where every unit sent everything: a liaison, a column URL, a
    statistics row, five articles (100 in all, what the notice asks for) with realistic
    titles and archive paths; and two problems per unit (40)."""
    every = {
        "plan": [t(4)],
        "column_url": [t(4)],
        "contact": [t(4)],
        "articles": [t(9, h) for h in range(9, 14)],
        "summary": [t(16, 9)],
        "statistics": [t(16, 9)],
    }
    statuses = statuses_at(campaign, {u.id: every for u in campaign.units}, NOW)
    liaisons, links, statistics, articles, problems = [], [], [], [], []
    for i, unit in enumerate(campaign.units):
        short = unit.aliases[0] if unit.aliases else unit.name
        contact = Contact(
            ok(unit.name),
            ok("张老师"),
            ok("办公室主任"),
            ok(f"{unit.id}@ta.shandong.cn"),
            ok(f"1390538{i:04d}"),
            ok("0538-6991449"),
            source=f"{unit.name}联络员信息表.docx#table 1 row 2",
        )
        liaisons.append(Liaison(unit.id, contact, t(4)))
        url = f"http://www.{unit.id}.edu.cn/zjhdz/index.html"
        check = LinkCheck(url, LinkState.OK, t(5), 200, url, f"{unit.name}职业教育活动周专栏")
        links.append(ColumnLink(unit.id, url, t(4), check))
        values = {c.key: 10 + i for c in campaign.statistics.columns if c.numeric}
        statistics.append((unit.id, StatsRow(unit.name, values, 4)))
        for n in range(articles_per_unit):
            when = t(9 + n % 5, 9 + n // 5)
            filename = ARTICLE_FILES[n % len(ARTICLE_FILES)].format(short=short)
            articles.append(
                Article(
                    f"a{100 + articles_per_unit * i + n}",
                    unit.id,
                    ARTICLE_TITLES[n % len(ARTICLE_TITLES)].format(short=short),
                    when,
                    ArticleSource.FILE,
                    f"{unit.id}/article/{when:%Y%m%d-%H%M}_{filename}",
                    filename,
                    length=900 + 37 * n + i,
                    images=n % 4,
                    recommended=n == 0 and i % 4 == 0,
                    note="典型案例，推荐大众网" if n == 0 and i % 4 == 0 else "",
                )
            )
        for n in range(problems_per_unit):
            kind, text = PROBLEM_TEXTS[n % len(PROBLEM_TEXTS)]
            ref = f"#{30 + problems_per_unit * i + n}"
            subject = f"{unit.name}活动周统计表 <{unit.id}2020@163.com>"
            problems.append(
                Problem(
                    kind,
                    f"{subject}: " + text.format(name=short, id=unit.id),
                    t(10, 8 + n),
                    unit.id,
                    ref,
                )
            )
    return build_workbook(
        campaign, statuses, liaisons, statistics, problems, NOW, links=links, articles=articles
    )


def _size_counter(sizes: Counter[float]) -> Callable[..., None]:
    """A pypdf text visitor adding each text run's drawn size to `sizes`, by characters."""

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            drawn = size * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
            sizes[round(drawn, 1)] += len(text.strip())

    return visit


def pages_per_sheet(pdf: bytes) -> dict[str, list[float]]:
    """Pages of LibreOffice's PDF per sheet, told apart by the footer "<sheet>　第 n 页",
    each with the scale it was printed at: the size most of its text is drawn at (font
    size times the text and graphics matrices) over the cells' 10 pt."""
    from pypdf import PdfReader

    pages: dict[str, list[float]] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        sizes: Counter[float] = Counter()
        text = page.extract_text(visitor_text=_size_counter(sizes)) or ""
        names = [name for name in SHEETS if re.search(rf"{name}\s*第\s*\d+\s*页", text)]
        assert len(names) == 1, text[-200:]
        pages.setdefault(names[0], []).append(sizes.most_common(1)[0][0] / FONT_POINTS)
    return pages


@pytest.mark.server
@pytest.mark.slow
def test_each_sheet_of_a_20_unit_campaign_prints_on_at_most_two_legible_pages(
    campaign: Campaign, tmp_path: Path
) -> None:
    require_binary("soffice", "/usr/bin/soffice")
    from parsers.documents.legacy import convert

    book = full_campaign_book(campaign_of_20(campaign))  # 100 articles, 40 problems
    wb = load_workbook(io.BytesIO(book))
    assert wb["宣传材料目录"].max_row == 1 + 100 and wb["问题"].max_row == 1 + 40
    pdf, error = convert(book, "xlsx", "pdf", 180)
    assert pdf is not None, error
    (tmp_path / "book.pdf").write_bytes(pdf)
    pages = pages_per_sheet(pdf)
    assert set(pages) == set(SHEETS), pages
    assert all(len(scales) <= 2 for scales in pages.values()), pages
    # not by shrinking: every page is printed at 55 % or more (7 pt text and up, measured
    # in LibreOffice 7.4: 宣传材料目录 72 %, 联络员 79 %, the others 90-100 %)
    assert min(min(scales) for scales in pages.values()) >= 0.55, pages
