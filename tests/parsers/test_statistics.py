"""Statistics tables read against the template in the shipped config.toml."""

from __future__ import annotations

import hashlib
import io
import tomllib
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.model import Attachment, Document, ReadStatus, StatsField, Table
from parsers.statistics import read_statistics

CONFIG = Path(__file__).resolve().parents[2] / "config.toml"
TITLE = "2020年职业教育活动周情况统计表"


@pytest.fixture(scope="module")
def fields() -> tuple[StatsField, ...]:
    """The [statistics] columns of the real config, as the caller would pass them."""
    with CONFIG.open("rb") as fh:
        columns = tomllib.load(fh)["statistics"]["columns"]
    return tuple(
        StatsField(
            key=c["key"],
            header=c["header"],
            aliases=tuple(c.get("aliases", ())),
            numeric=c.get("numeric", True),
        )
        for c in columns
    )


def _doc(*tables: Table) -> Document:
    return Document(status=ReadStatus.OK, kind="xlsx", tables=tables)


def _full_header() -> tuple[tuple[str, ...], ...]:
    """A title, a merged parent row and the children row, as a reader delivers them."""
    parent = (
        "单位名称",
        "活动开展情况",
        "活动开展情况",
        "校园开放日（次）",
        "技术技能服务（场次）",
        "参与情况",
        "参与情况",
        "宣传报道（篇）",
    )
    children = (
        "单位名称",
        "线上活动 (场次)",  # half-width brackets and a space: renamed by the sender
        "线下活动（场次）",
        "校园开放日（次）",
        "技术技能服务（场次）",
        "参与师生人次",  # an alias
        "服务群众 （人次）",
        "宣传报道（篇）",
    )
    return ((TITLE,) * 8, parent, children)


def test_merged_two_row_header_under_a_title(fields: tuple[StatsField, ...]) -> None:
    rows = (
        *_full_header(),
        ("岱岳区职教中心", "3", "5", "1", "2", "1,234", "300", "6"),
        ("新泰职专", "１２", "12.0", " 4 ", "0", "800", "120", "5"),
    )
    st_ = read_statistics(_doc(Table(rows=rows, name="Sheet1")), fields)
    assert st_ is not None
    assert st_.sheet == "Sheet1"
    assert st_.header_row == 2  # the parent row: the block starts there
    assert st_.columns == {
        "unit": 0,
        "online_events": 1,
        "offline_events": 2,
        "open_days": 3,
        "skill_services": 4,
        "participants": 5,
        "public_served": 6,
        "reports": 7,
    }
    assert st_.missing_fields == ("page_views",)
    assert [r.label for r in st_.rows] == ["岱岳区职教中心", "新泰职专"]
    assert [r.row for r in st_.rows] == [4, 5]
    assert st_.rows[0].values["participants"] == 1234  # thousands separator
    assert st_.rows[1].values == {
        "unit": "新泰职专",
        "online_events": 12,  # full-width digits
        "offline_events": 12,  # "12.0"
        "open_days": 4,  # padded with spaces
        "skill_services": 0,
        "participants": 800,
        "public_served": 120,
        "reports": 5,
    }
    assert st_.problems == ()


def test_totals_and_empty_rows_are_skipped(fields: tuple[StatsField, ...]) -> None:
    rows = (
        *_full_header(),
        ("肥城职专", "1", "2", "3", "4", "5", "6", "7"),
        ("", "", "", "", "", "", "", ""),
        ("合 计", "1", "2", "3", "4", "5", "6", "7"),
        ("总计：", "1", "2", "3", "4", "5", "6", "7"),
        ("小计", "1", "2", "3", "4", "5", "6", "7"),
        ("注：本表于11月16日前报送",) * 8,
    )
    st_ = read_statistics(_doc(Table(rows=rows, name="Sheet1")), fields)
    assert st_ is not None
    assert [r.label for r in st_.rows] == ["肥城职专"]
    assert st_.problems == ()


def test_non_number_cells_reported_with_coordinates(fields: tuple[StatsField, ...]) -> None:
    rows = (
        *_full_header(),
        ("岱岳区职教中心", "3", "约20", "1", "2", "100", "300", "6"),
        ("新泰职专", "2", "3", "1", "2", "五十", "-", "5篇"),
    )
    st_ = read_statistics(_doc(Table(rows=rows, name="统计表", first_row=3)), fields)
    assert st_ is not None
    # first_row=3: rows[3] sits on sheet row 6.
    assert st_.problems == (
        "统计表!C6: '约20' is not a number",
        "统计表!F7: '五十' is not a number",
        "统计表!H7: '5篇' is not a number",
    )
    assert st_.rows[0].values["offline_events"] is None
    assert st_.rows[1].values["public_served"] is None  # "-" means nothing to report
    assert st_.header_row == 4


def test_formula_cached_value_and_numbers_as_text(fields: tuple[StatsField, ...]) -> None:
    # A reader gives a formula's cached value as plain text, the same as any number.
    rows = (
        ("单位名称", "线上活动（场次）", "线下活动（场次）", "网络浏览量（人次）"),
        ("泰山职院", "2", "3", "5"),
        ("泰安职院", "'7", "3.5", "10000"),
    )
    st_ = read_statistics(_doc(Table(rows=rows, name="S")), fields)
    assert st_ is not None
    assert st_.rows[0].values == {
        "unit": "泰山职院",
        "online_events": 2,
        "offline_events": 3,
        "page_views": 5,
    }
    assert st_.rows[1].values["offline_events"] == 3.5
    assert st_.rows[1].values["page_views"] == 10000
    assert st_.problems == ('S!B3: "\'7" is not a number',)


def test_parent_and_child_texts_combine(fields: tuple[StatsField, ...]) -> None:
    # Children alone ("场次") match nothing; parent + child ("线上活动场次") is an alias.
    rows = (
        ("单位", "线上活动", "线下活动", "服务群众"),
        ("单位", "场次", "场次", "服务群众"),
        ("宁阳职专", "1", "2", "30"),
    )
    st_ = read_statistics(_doc(Table(rows=rows)), fields)
    assert st_ is not None
    assert st_.columns == {"unit": 0, "online_events": 1, "offline_events": 2, "public_served": 3}
    assert st_.sheet == "table 1"
    assert [r.values["offline_events"] for r in st_.rows] == [2]


def test_renamed_columns_matched_after_normalisation(fields: tuple[StatsField, ...]) -> None:
    rows = (
        (
            "填报单位",
            "线上活动场次数",
            "现场活动",
            "开放日活动（次数）",
            "技能下乡",
            "浏览量 [人次]",
        ),
        ("东平职专", "1", "2", "3", "4", "5"),
    )
    st_ = read_statistics(_doc(Table(rows=rows)), fields)
    assert st_ is not None
    assert st_.columns == {
        "unit": 0,
        "online_events": 1,
        "offline_events": 2,
        "open_days": 3,
        "skill_services": 4,
        "page_views": 5,
    }
    assert set(st_.missing_fields) == {"participants", "public_served", "reports"}


def test_too_few_matching_headers_gives_none(fields: tuple[StatsField, ...]) -> None:
    rows = (("单位名称", "线上活动（场次）", "备注"), ("泰山职院", "2", ""))
    assert read_statistics(_doc(Table(rows=rows)), fields) is None
    assert read_statistics(_doc(Table(rows=rows)), fields, min_matched=2) is not None
    assert read_statistics(_doc(), fields) is None


def test_the_best_matching_table_is_chosen(fields: tuple[StatsField, ...]) -> None:
    contacts = Table(
        rows=(("单位", "姓名", "手机"), ("泰山职院", "张三", "13805381234")), name="联络员"
    )
    small = Table(rows=(("单位", "线上活动", "线下活动"), ("泰山职院", "1", "2")), name="草稿")
    full = Table(rows=(*_full_header(), ("泰山职院", *"12345678"[:7])), name="统计表")
    st_ = read_statistics(_doc(contacts, small, full), fields)
    assert st_ is not None and st_.sheet == "统计表"


def test_repeated_header_row_is_skipped(fields: tuple[StatsField, ...]) -> None:
    header = ("单位名称", "线上活动（场次）", "线下活动（场次）", "宣传报道（篇）")
    rows = (header, ("A校", "1", "2", "3"), header, ("B校", "4", "5", "6"))
    st_ = read_statistics(_doc(Table(rows=rows)), fields)
    assert st_ is not None
    assert [r.label for r in st_.rows] == ["A校", "B校"]
    assert st_.problems == ()


def test_first_block_matching_every_field_is_kept(fields: tuple[StatsField, ...]) -> None:
    """Once a block matches every field the scan stops: later or deeper blocks can only tie,
    and a tie keeps the earlier, shallower block."""
    from parsers.statistics import _find_header

    few = fields[:3]
    header = tuple(f.header for f in few)
    rows = (("说明",) * 3, header, ("A校", "1", "2"), header, ("B校", "3", "4"))
    assert _find_header(Table(rows=rows), few) == (1, 1, {f.key: i for i, f in enumerate(few)})
    # A deeper block holding the same header ties; the one-row block stays.
    above = (("单位",) + ("",) * 2, header, ("A校", "1", "2"))
    assert _find_header(Table(rows=above), few) == (1, 1, {f.key: i for i, f in enumerate(few)})


@settings(max_examples=300)
@given(st.text(alphabet="0123456789", min_size=1, max_size=20))
def test_plain_digit_cells_parse_as_with_spaces_around(digits: str) -> None:
    """Plain digit cells skip the normalising steps; padded ones take them: same value."""
    from parsers.statistics import _parse_number

    assert _parse_number(digits) == _parse_number(f" {digits} ")
    assert type(_parse_number(digits)[1]) is type(_parse_number(f" {digits} ")[1])


def test_columns_beyond_z_get_two_letters() -> None:
    wide = [f"其他{i}" for i in range(26)]
    fields = (
        StatsField(key="unit", header="单位", numeric=False),
        StatsField(key="a", header="甲"),
        StatsField(key="b", header="乙"),
    )
    rows = (("单位", *wide, "甲", "乙"), ("X", *[""] * 26, "1", "多"))
    st_ = read_statistics(_doc(Table(rows=rows, name="S")), fields)
    assert st_ is not None
    assert st_.problems == ("S!AC2: '多' is not a number",)


def _xlsx_with_formula_cache(data: bytes, formula: str, cached: str) -> bytes:
    """openpyxl writes formulas without cached values; add one as Excel would."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                content = content.replace(
                    f"<f>{formula}</f><v></v>".encode(), f"<f>{formula}</f><v>{cached}</v>".encode()
                )
            dst.writestr(item, content)
    return out.getvalue()


def test_real_xlsx_with_merged_header_and_formula(fields: tuple[StatsField, ...]) -> None:
    import openpyxl

    from parsers import documents

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "活动周统计"
    ws.append([TITLE])
    ws.merge_cells("A1:F1")
    ws.append(["单位名称", "活动开展情况", None, "参与师生（人次）", "宣传报道（篇）", "浏览量"])
    ws.merge_cells("B2:C2")
    ws.merge_cells("A2:A3")
    ws.merge_cells("D2:D3")
    ws.merge_cells("E2:E3")
    ws.merge_cells("F2:F3")
    ws.append([None, "线上活动（场次）", "线下活动（场次）"])
    ws.append(["泰安市岱岳区职业教育中心", 3, "5", 1234, 6, "=B4*100"])
    ws.append(["新泰市职业中等专业学校", "2", "约20", "1,000", 5, 800])
    ws.append(["合计", "=SUM(B4:B5)", None, None, None, None])
    buf = io.BytesIO()
    wb.save(buf)
    data = _xlsx_with_formula_cache(buf.getvalue(), "B4*100", "300")
    att = Attachment(
        filename="统计表.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    doc = documents.read_document(att)
    assert doc.status is ReadStatus.OK
    st_ = read_statistics(doc, fields)
    assert st_ is not None
    assert st_.sheet == "活动周统计"
    assert st_.columns == {
        "unit": 0,
        "online_events": 1,
        "offline_events": 2,
        "participants": 3,
        "reports": 4,
        "page_views": 5,
    }
    assert [r.label for r in st_.rows] == ["泰安市岱岳区职业教育中心", "新泰市职业中等专业学校"]
    assert [r.row for r in st_.rows] == [4, 5]
    assert st_.rows[0].values["page_views"] == 300  # the formula's cached value
    assert st_.rows[0].values["offline_events"] == 5  # a number stored as text
    assert st_.rows[1].values["participants"] == 1000
    assert st_.problems == ("活动周统计!C5: '约20' is not a number",)
    assert set(st_.missing_fields) == {"open_days", "skill_services", "public_served"}


_CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["单位名称", "线上活动（场次）", "线下活动", "合计", "12", "1,234", "约20", ""]
    ),
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_CELL, max_size=7).map(tuple), max_size=10).map(tuple))
def test_never_raises_on_arbitrary_tables(rows: tuple[tuple[str, ...], ...]) -> None:
    fields = (
        StatsField(key="unit", header="单位名称", numeric=False),
        StatsField(key="on", header="线上活动（场次）"),
        StatsField(key="off", header="线下活动（场次）"),
    )
    result = read_statistics(_doc(Table(rows=rows, name="S")), fields, min_matched=2)
    if result is not None:
        assert len(result.columns) >= 2
        assert all(r.row > result.header_row for r in result.rows)
