"""The article catalogue's order, and the cover list of an export read back with python-docx."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

from docx import Document

from outbox.catalogue import (
    Article,
    ArticleSource,
    catalogue_order,
    cover_list_docx,
    export_name,
)
from rules.campaign import Campaign

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2020, 11, 16, 9, 0, tzinfo=TZ)


def t(day: int, hour: int = 10) -> datetime:
    return datetime(2020, 11, day, hour, tzinfo=TZ)


ARTICLES = [
    Article(
        "a40",
        "tsvtc",
        "泰山职院技能展示",
        t(9),
        ArticleSource.FILE,
        "tsvtc/article/x.docx",
        "技能展示.docx",
    ),
    Article(
        "m12.1",
        "daiyue",
        "岱岳区职教周开幕",
        t(10),
        ArticleSource.LINK,
        "http://www.dyjyj.gov.cn/a/1.html",
    ),
    Article(
        "a31",
        "daiyue",
        "岱岳区校园开放日",
        t(9),
        ArticleSource.FILE,
        "daiyue/article/20201109-1000_开放日.docx",
        "开放日.docx",
        recommended=True,
        note="典型案例，推荐大众网",
    ),
    Article("m9.1", "taishan", "泰山区进社区服务", t(11), ArticleSource.BODY, "邮件#9正文"),
]


def test_catalogue_order_is_counties_then_schools_then_time(campaign: Campaign) -> None:
    refs = [a.ref for a in catalogue_order(campaign, ARTICLES)]
    assert refs == ["m9.1", "a31", "m12.1", "a40"]  # 泰山区, 岱岳区 (9th, 10th), 泰山职院


def test_source_labels() -> None:
    assert [a.source_label for a in ARTICLES] == ["附件", "链接", "附件", "邮件正文"]


def test_export_names() -> None:
    assert (
        export_name(3, ARTICLES[2], "泰安市岱岳区教育和体育局")
        == "03_泰安市岱岳区教育和体育局_开放日.docx"
    )
    assert export_name(4, ARTICLES[3], "泰安市泰山区教育和体育局").endswith("_泰山区进社区服务.txt")


def test_cover_list_reads_back(campaign: Campaign) -> None:
    chosen = catalogue_order(campaign, ARTICLES)
    doc = Document(
        io.BytesIO(cover_list_docx(campaign, chosen, NOW, issuer="泰安市教育局职成高教科"))
    )
    paragraphs = [p.text for p in doc.paragraphs if p.text.strip()]
    assert paragraphs[0] == "2020年泰安市职业教育活动周推荐宣传材料目录"
    assert "共推荐宣传材料4篇" in paragraphs[1] and "2020年11月16日" in paragraphs[1]
    assert paragraphs[-1] == "泰安市教育局职成高教科"
    [table] = doc.tables
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["序号", "单位", "标题", "报送日期", "来源", "文件或链接", "推荐理由"]
    assert rows[2] == [
        "2",
        "泰安市岱岳区教育和体育局",
        "岱岳区校园开放日",
        "11月9日",
        "附件",
        "02_泰安市岱岳区教育和体育局_开放日.docx",
        "典型案例，推荐大众网",
    ]
    assert rows[3][5] == "http://www.dyjyj.gov.cn/a/1.html"  # a link is named, not a file
    assert round(doc.sections[0].top_margin.mm) == 37
