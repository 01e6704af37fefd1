"""The publicity sheets: 宣传专栏 (every unit's column link and its check) and 宣传材料目录
(every article, with the staff's 推荐 marks)."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from outbox.catalogue import Article, catalogue_order
from outbox.links import ColumnLink, link_rows
from outbox.workbook.cells import FILLS, finish, header, kind_label, put
from outbox.workbook.sheets import local
from rules.campaign import Campaign

COLUMN_HEADERS = (
    "单位",
    "类型",
    "宣传专栏地址",
    "收到时间",
    "检查结果",
    "检查时间",
    "页面标题",
    "此前报送的地址",
)
CATALOGUE_HEADERS = (
    "编号",
    "单位",
    "标题",
    "收到时间",
    "字数",
    "图片",
    "来源",
    "存放位置",
    "推荐",
    "推荐说明",
)


def columns_sheet(
    wb: Workbook, campaign: Campaign, links: Sequence[ColumnLink], title: str
) -> Worksheet:
    """One row per unit in the notice's order: its current column URL, when it came, the
    latest check (可访问 / 无法访问（404）/ ... / 未检查) and earlier URLs it replaced."""
    ws = wb.create_sheet("宣传专栏")
    header(ws, COLUMN_HEADERS, freeze="B2")
    for row, entry in enumerate(link_rows(campaign, links), start=2):
        put(ws, row, 1, entry.unit.name)
        put(ws, row, 2, kind_label(campaign, entry.unit.kind))
        state = put(ws, row, 5, entry.state_label)
        state.fill = FILLS[entry.tone]
        link = entry.link
        if link is None:
            continue
        put(ws, row, 3, link.url)
        put(ws, row, 4, local(link.received_at, campaign))
        if link.check is not None:
            put(ws, row, 6, local(link.check.checked_at, campaign))
            put(ws, row, 7, link.check.title)
        put(ws, row, 8, "\n".join(e.url for e in entry.earlier))
    finish(ws, title, max_width=36)
    return ws


def catalogue_sheet(
    wb: Workbook, campaign: Campaign, articles: Sequence[Article], title: str
) -> Worksheet:
    """Every article by unit (notice order) and date; recommended ones marked 推荐."""
    ws = wb.create_sheet("宣传材料目录")
    header(ws, CATALOGUE_HEADERS, freeze="C2")
    names = {u.id: u.name for u in campaign.units}
    for row, a in enumerate(catalogue_order(campaign, articles), start=2):
        put(ws, row, 1, a.ref)
        put(ws, row, 2, names.get(a.unit_id, a.unit_id))
        put(ws, row, 3, a.title)
        put(ws, row, 4, local(a.received_at, campaign))
        put(ws, row, 5, a.length)
        put(ws, row, 6, a.images)
        put(ws, row, 7, a.source_label)
        put(ws, row, 8, a.filed)
        if a.recommended:
            put(ws, row, 9, "推荐").fill = FILLS["done"]
            put(ws, row, 10, a.note)
    finish(ws, title, max_width=40)
    return ws
