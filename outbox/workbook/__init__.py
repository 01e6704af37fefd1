"""The consolidated workbook (openpyxl): liaisons, the submission matrix, statistics, the
column links, the article catalogue, problems.

    data = build_workbook(campaign, statuses, liaisons, statistics, problems, now,
                          links=links, articles=articles)

Sheets: 联络员 (invalid fields filled and commented, the unit's column URL), 提交情况
(units × requirements with received dates, "完成 11-04"), 统计汇总 (each unit's statistics
row in the template's columns plus a 合计 row of computed values, so previews that do not
recalculate still show totals), 宣传专栏 (every unit's column URL and its last check),
宣传材料目录 (every article, 推荐 marks), 问题. Every sheet prints on A4 landscape, fit to the
page width, with its header row repeated (outbox.workbook.cells). Every text from mail is
written as a string cell: a file name such as "=HYPERLINK(...)" is stored as that text,
never as a formula.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.utils.indexed_list import IndexedList

from outbox.catalogue import Article
from outbox.links import ColumnLink
from outbox.model import Liaison, Problem
from outbox.render import format_moment, workbook_filename
from outbox.workbook.cells import AUTHOR, BASE_FONT, display_width, put_text
from outbox.workbook.publicity import catalogue_sheet, columns_sheet
from outbox.workbook.sheets import (
    liaisons_sheet,
    local,
    matrix_sheet,
    problems_sheet,
    source_label,
    statistics_sheet,
)
from parsers.model import StatsRow
from rules.campaign import Campaign
from rules.model import UnitStatus

__all__ = [
    "SHEETS",
    "build_workbook",
    "display_width",
    "put_text",
    "source_label",
    "workbook_filename",
]

SHEETS = ("联络员", "提交情况", "统计汇总", "宣传专栏", "宣传材料目录", "问题")


def build_workbook(
    campaign: Campaign,
    statuses: Sequence[UnitStatus],
    liaisons: Sequence[Liaison],
    statistics: Sequence[tuple[str, StatsRow]],
    problems: Sequence[Problem],
    now: datetime,
    *,
    links: Sequence[ColumnLink] = (),
    articles: Sequence[Article] = (),
) -> bytes:
    """The workbook as .xlsx bytes. `statistics` pairs a unit id with a statistics row
    (intake passes each unit's latest; several rows for one unit are all listed); `links`
    are the column URLs received (with their last check), `articles` the catalogue."""
    title = f"{campaign.name}　截至{format_moment(now, campaign.tz)}"
    wb = Workbook()
    wb.remove(wb.active)
    # the Normal style's font defines the column width unit (outbox.workbook.cells)
    wb._fonts = IndexedList([BASE_FONT])
    wb._named_styles["Normal"].font = BASE_FONT
    liaisons_sheet(wb, campaign, liaisons, links, title)
    matrix_sheet(wb, campaign, statuses, now, title)
    statistics_sheet(wb, campaign, statistics, title)
    columns_sheet(wb, campaign, links, title)
    catalogue_sheet(wb, campaign, articles, title)
    problems_sheet(wb, campaign, problems, title)
    wb.properties.creator = AUTHOR
    wb.properties.title = f"{campaign.name}汇总"
    wb.properties.created = local(now, campaign)
    wb.properties.modified = local(now, campaign)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
