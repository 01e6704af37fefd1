"""Contact extraction, field by field, from tables and documents (running text:
test_contacts_text.py), and properties of the scans."""

from __future__ import annotations

import hashlib
import io
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.contacts import contacts_in_document, contacts_in_tables, contacts_in_text
from parsers.model import Attachment, Contact, Document, FieldValue, ReadStatus, Table

OK = FieldValue  # readability: OK("x", True) is a valid field


def _fields(c: Contact) -> dict[str, tuple[str, bool]]:
    """Every field as (value, valid), for whole-contact assertions."""
    return {
        k: (getattr(c, k).value, getattr(c, k).valid)
        for k in ("unit", "name", "position", "email", "mobile", "phone")
    }


def _doc(*tables: Table, text: str = "") -> Document:
    return Document(status=ReadStatus.OK, kind="docx", text=text, tables=tables)


# --- header-row tables ----------------------------------------------------------------------


def test_header_table_under_a_title_row_with_two_liaisons() -> None:
    title = ("联络员信息表",) * 5
    table = Table(
        rows=(
            title,
            ("单位", "姓名", "职务", "电子邮箱", "联系电话"),
            ("泰安市岱岳区职业教育中心", "张三", "办公室主任", "zs@163.com", "13805381234"),
            ("泰安市岱岳区职业教育中心", "李四", "干事", "LS@QQ.COM", "139 0538 1234"),
        ),
        name="table 1",
    )
    first, second = contacts_in_tables([table], "联络员.docx")
    assert _fields(first) == {
        "unit": ("泰安市岱岳区职业教育中心", True),
        "name": ("张三", True),
        "position": ("办公室主任", True),
        "email": ("zs@163.com", True),
        "mobile": ("13805381234", True),
        "phone": ("", False),
    }
    assert first.complete
    assert first.source == "联络员.docx#table 1 row 3"
    assert (second.name.value, second.email.value, second.mobile.value) == (
        "李四",
        "ls@qq.com",
        "13905381234",
    )
    assert second.source == "联络员.docx#table 1 row 4"


def test_header_variants_and_a_cell_holding_mobile_and_landline() -> None:
    table = Table(
        rows=(
            ("学校名称", "联络员", "职称", "E-mail", "联系方式"),
            ("新泰职专", "王 五", "教师", "ww@xtzz.cn", "13805381234 / 0538-7251234"),
        )
    )
    (c,) = contacts_in_tables([table], "x.docx")
    assert c.unit == OK("新泰职专", True)
    assert c.name == OK("王五", True)  # padding space between Han characters removed
    assert c.position == OK("教师", True)
    assert c.mobile == OK("13805381234", True)
    assert c.phone == OK("0538-7251234", True)
    assert c.source == "x.docx#table 1 row 2"


def test_person_in_charge_header_in_a_liaison_table() -> None:
    table = Table(
        rows=(("单位", "负责人", "职务", "手机"), ("泰安艺校", "钱一", "主任", "13805381234"))
    )
    (c,) = contacts_in_tables([table], "x.docx")
    assert (c.unit.value, c.name.value, c.position.value) == ("泰安艺校", "钱一", "主任")


def test_telephone_column_with_a_landline_only_goes_to_phone() -> None:
    table = Table(
        rows=(
            ("单位名称", "联系人", "职务", "邮箱", "电话"),
            ("东平职专", "赵六", "主任", "zl@dpzz.cn", "0538-2821234"),
        )
    )
    (c,) = contacts_in_tables([table], "x.docx")
    assert c.phone == OK("0538-2821234", True)
    assert c.mobile == FieldValue("", False, "缺少手机号码")
    assert not c.complete


def test_two_row_merged_header() -> None:
    # "联系方式" is merged over 手机 and 邮箱; the reader repeats merged cells.
    table = Table(
        rows=(
            ("序号", "单位", "姓名", "职务", "联系方式", "联系方式"),
            ("序号", "单位", "姓名", "职务", "手机", "邮箱"),
            ("1", "肥城职专", "孙七", "副校长", "13705381234", "sq@fczz.cn"),
        )
    )
    (c,) = contacts_in_tables([table], "x.xlsx")
    assert _fields(c) == {
        "unit": ("肥城职专", True),
        "name": ("孙七", True),
        "position": ("副校长", True),
        "email": ("sq@fczz.cn", True),
        "mobile": ("13705381234", True),
        "phone": ("", False),
    }
    assert c.source == "x.xlsx#table 1 row 3"


def test_invalid_mobile_is_flagged_not_dropped() -> None:
    table = Table(
        rows=(
            ("单位", "姓名", "职务", "邮箱", "手机号码"),
            ("宁阳职专", "周八", "干事", "zb163.com", "12805381234"),
            ("宁阳职专", "吴九", "干事", "wj@163.com", "1380538123"),
        )
    )
    first, second = contacts_in_tables([table], "x.docx")
    assert first.mobile == FieldValue("12805381234", False, "手机号码无效")
    assert first.email == FieldValue("zb163.com", False, "邮箱格式不正确")
    assert second.mobile == FieldValue("1380538123", False, "手机号码无效")
    assert second.email.valid


def test_missing_fields_are_reported_in_chinese() -> None:
    table = Table(rows=(("姓名", "手机"), ("郑十", "13805381234")))
    (c,) = contacts_in_tables([table], "x.docx")
    assert c.unit == FieldValue("", False, "缺少单位")
    assert c.position == FieldValue("", False, "缺少职务")
    assert c.email == FieldValue("", False, "缺少邮箱")
    assert c.name.valid and c.mobile.valid


def test_full_width_digits_and_dashes_in_table_cells() -> None:
    table = Table(
        rows=(
            ("单位", "姓名", "职务", "邮箱", "手机"),
            ("泰安艺校", "钱一", "主任", "ｑｙ＠ｔａ．ｃｎ", "１３８－０５３８－１２３４"),
        ),
        name="Sheet1",
        first_row=4,
    )
    (c,) = contacts_in_tables([table], "联络员.xlsx")
    assert c.email == OK("qy@ta.cn", True)
    assert c.mobile == OK("13805381234", True)
    assert c.source == "联络员.xlsx#Sheet1 row 5"  # first_row is the sheet row of rows[0]


# --- key/value tables -----------------------------------------------------------------------


def test_vertical_two_column_table() -> None:
    table = Table(
        rows=(
            ("单位", "泰山职业技术学院"),
            ("姓名", "张三"),
            ("职务", "办公室主任"),
            ("邮箱", "zs@tsvtc.edu.cn"),
            ("手机", "+86 138 0538 1234"),
        )
    )
    (c,) = contacts_in_tables([table], "联络员.docx")
    assert _fields(c) == {
        "unit": ("泰山职业技术学院", True),
        "name": ("张三", True),
        "position": ("办公室主任", True),
        "email": ("zs@tsvtc.edu.cn", True),
        "mobile": ("13805381234", True),
        "phone": ("", False),
    }
    assert c.source == "联络员.docx#table 1 row 1"


def test_four_column_key_value_table_with_merged_unit_cell() -> None:
    table = Table(
        rows=(
            ("单位名称", "泰安技师学院", "泰安技师学院", "泰安技师学院"),
            ("姓名", "李四", "职务", "教务科长"),
            ("电子邮箱", "ls@tajsxy.edu.cn", "手机号码", "13905381234"),
            ("办公电话", "0538-8221234", "", ""),
        )
    )
    (c,) = contacts_in_tables([table], "x.docx")
    assert _fields(c) == {
        "unit": ("泰安技师学院", True),
        "name": ("李四", True),
        "position": ("教务科长", True),
        "email": ("ls@tajsxy.edu.cn", True),
        "mobile": ("13905381234", True),
        "phone": ("0538-8221234", True),
    }


def test_key_value_table_with_two_liaisons_shares_the_unit() -> None:
    table = Table(
        rows=(
            ("单位", "泰安职院", "泰安职院", "泰安职院"),
            ("姓名", "王一", "手机", "13805381234"),
            ("姓名", "王二", "手机", "13905381234"),
        )
    )
    first, second = contacts_in_tables([table], "x.docx")
    assert (first.name.value, first.mobile.value, first.unit.value) == (
        "王一",
        "13805381234",
        "泰安职院",
    )
    assert (second.name.value, second.mobile.value, second.unit.value) == (
        "王二",
        "13905381234",
        "泰安职院",
    )
    assert second.source == "x.docx#table 1 row 3"


def test_prose_inside_a_table_cell() -> None:
    table = Table(rows=(("活动周方案",), ("联系人：陈明，手机：13805381234，邮箱：cm@qq.com",)))
    (c,) = contacts_in_tables([table], "方案.docx")
    assert (c.name.value, c.mobile.value, c.email.value) == ("陈明", "13805381234", "cm@qq.com")
    assert c.source == "方案.docx#table 1 row 2"


def test_liaisons_side_by_side_one_per_column() -> None:
    table = Table(
        rows=(
            ("姓名", "张三", "李四"),
            ("职务", "主任", "干事"),
            ("手机", "13805381234", "13905381234"),
            ("单位", "泰山区教体局", "泰山区教体局"),
        )
    )
    first, second = contacts_in_tables([table], "x.docx")
    assert (first.name.value, first.position.value, first.mobile.value) == (
        "张三",
        "主任",
        "13805381234",
    )
    assert (second.name.value, second.position.value, second.mobile.value) == (
        "李四",
        "干事",
        "13905381234",
    )
    assert first.unit.value == second.unit.value == "泰山区教体局"


def test_combined_columns_are_sorted_by_value() -> None:
    table = Table(
        rows=(
            ("单位", "联系人及电话", "手机/邮箱"),
            ("泰安职院", "张三 0538-8221234", "13805381234 / zs@tavtc.edu.cn"),
        )
    )
    (c,) = contacts_in_tables([table], "x.docx")
    assert c.name == OK("张三", True)
    assert c.phone == OK("0538-8221234", True)
    assert c.mobile == OK("13805381234", True)
    assert c.email == OK("zs@tavtc.edu.cn", True)


def test_table_without_contacts_gives_none() -> None:
    table = Table(rows=(("活动名称", "时间", "地点"), ("技能展示", "11月9日", "实训楼")))
    assert contacts_in_tables([table], "x.docx") == ()


# --- documents ------------------------------------------------------------------------------


def test_document_tables_first_then_text_without_duplicates() -> None:
    table = Table(
        rows=(
            ("单位", "姓名", "职务", "邮箱", "手机"),
            ("泰安艺校", "钱一", "主任", "qy@ta.cn", "13805381234"),
        )
    )
    text = "泰安艺校 钱一 主任 qy@ta.cn 13805381234\n另：联系人：孙二，手机：13905381234"
    contacts = contacts_in_document(_doc(table, text=text), "联络员.docx")
    assert [c.source for c in contacts] == ["联络员.docx#table 1 row 2", "联络员.docx#text"]
    assert [c.name.value for c in contacts] == ["钱一", "孙二"]


def test_schedule_table_with_people_in_charge_gives_no_contacts() -> None:
    rows = (
        ("时间", "活动内容", "负责人", "联系电话"),
        ("11月9日", "技能展示", "张三", "13805381234"),
        ("11月10日", "校园开放日", "李四", "13905381234"),
    )
    # Readers repeat table rows in the text, cells joined by tabs.
    text = "活动安排\n" + "\n".join("\t".join(r) for r in rows)
    assert contacts_in_document(_doc(Table(rows=rows), text=text), "方案.docx") == ()


def test_unreadable_document_gives_nothing() -> None:
    doc = Document(status=ReadStatus.UNREADABLE, kind="docx", reason="corrupt")
    assert contacts_in_document(doc, "x.docx") == ()


def _attachment(name: str, data: bytes) -> Attachment:
    return Attachment(
        filename=name,
        content_type="application/octet-stream",
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def test_real_docx_header_table_and_paragraph() -> None:
    import docx

    from parsers import documents

    d = docx.Document()
    d.add_paragraph("联络员信息表")
    t = d.add_table(rows=3, cols=5)
    t.rows[0].cells[0].merge(t.rows[0].cells[4]).text = "2020年职业教育活动周联络员"
    for i, h in enumerate(("单位", "姓名", "职务", "邮箱", "手机号码")):
        t.rows[1].cells[i].text = h
    for i, v in enumerate(
        ("肥城市职业中等专业学校", "孙七", "副校长", "sq@fczz.cn", "137 0538 1234")
    ):
        t.rows[2].cells[i].text = v
    d.add_paragraph("备用联系人：周八，手机：13905381234")
    buf = io.BytesIO()
    d.save(buf)
    doc = documents.read_document(_attachment("联络员.docx", buf.getvalue()))
    assert doc.status is ReadStatus.OK
    contacts = contacts_in_document(doc, "联络员.docx")
    first = contacts[0]
    assert first.complete
    assert (first.name.value, first.mobile.value) == ("孙七", "13705381234")
    assert first.source == "联络员.docx#table 1 row 3"
    assert any(c.name.value == "周八" and c.mobile.value == "13905381234" for c in contacts[1:])


def test_real_xlsx_key_value_sheet() -> None:
    import openpyxl

    from parsers import documents

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联络员"
    ws.append(["联络员信息"])
    ws.append(["单位", "宁阳县职业中等专业学校", None, None])
    ws.merge_cells("B2:D2")
    ws.append(["姓名", "周八", "职务", "教务主任"])
    ws.append(["邮箱", "zb@nyzz.cn", "手机", 13805381234])  # a number cell, not text
    buf = io.BytesIO()
    wb.save(buf)
    doc = documents.read_document(_attachment("联络员.xlsx", buf.getvalue()))
    assert doc.status is ReadStatus.OK
    (c,) = contacts_in_document(doc, "联络员.xlsx")
    assert _fields(c) == {
        "unit": ("宁阳县职业中等专业学校", True),
        "name": ("周八", True),
        "position": ("教务主任", True),
        "email": ("zb@nyzz.cn", True),
        "mobile": ("13805381234", True),
        "phone": ("", False),
    }
    assert c.source.startswith("联络员.xlsx#联络员 row ")


# --- never raises ---------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "联系人",
        "联络员",
        "：",
        ":",
        "，",
        "张三",
        "手机",
        "电话",
        "邮箱",
        "E-mail",
        "138",
        "0538-",
        "13805381234",
        "+86",
        "@",
        "zs@qq.com",
        "（",
        "主任）",
        "单位",
        "学校",
        "\n",
        " ",
        "１",
        "－",
        "转",
        "/",
        "、",
        "·",
    ]
)
_TEXT = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=40).map("".join))
_CELL = st.one_of(st.text(max_size=20), st.lists(_WORDS, max_size=6).map("".join))
_TABLE = st.builds(
    Table,
    rows=st.lists(st.lists(_CELL, max_size=6).map(tuple), max_size=8).map(tuple),
    name=st.sampled_from(["", "Sheet1", "table 2"]),
    first_row=st.integers(min_value=1, max_value=50),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_text_extraction_never_raises(text: str) -> None:
    for c in contacts_in_text(text, "body"):
        assert c.source == "body"
        assert c.name.value  # a contact is only emitted with name-ish text


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TABLE, max_size=3), _TEXT)
def test_table_and_document_extraction_never_raises(tables: list[Table], text: str) -> None:
    for c in contacts_in_document(_doc(*tables, text=text), "f.docx"):
        assert c.source.startswith("f.docx#")
        for f in (c.unit, c.name, c.position, c.email, c.mobile):
            assert f.valid or f.problem  # every invalid required field says why


# --- the number and label scans against the plain forms of their patterns -----------------

_PLAIN_MOBILE = re.compile(r"(?<![\d.])(?:\+?86[ \-]?)?1[3-9]\d(?:[ \-]?\d){8}(?![\d@])")
_PLAIN_LANDLINE = re.compile(
    r"(?<![\d.])\(?0\d{2,3}\)?[ \-]?[2-9]\d{6,7}(?:(?:转|-)\d{1,6})?(?!\d)"
)
_NUMBERISH = st.lists(
    st.sampled_from(
        [
            *("13805381234", "+8613805381234", "86 13805381234", "138-0538-1234"),
            *("05386991449", "(0538)6991449", "0538-6991449转801"),
            *("1", "3", "8", "86", "+", "0", "(", ")", "-", " ", ".", "@", "5", "转", "a", "中"),
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=2000)
@given(_NUMBERISH)
def test_the_number_scans_find_what_the_plain_patterns_find(text: str) -> None:
    from parsers.contacts import _LANDLINE_FIND_RE, _MOBILE_FIND_RE

    assert [m.span() for m in _MOBILE_FIND_RE.finditer(text)] == [
        m.span() for m in _PLAIN_MOBILE.finditer(text)
    ]
    assert [m.span() for m in _LANDLINE_FIND_RE.finditer(text)] == [
        m.span() for m in _PLAIN_LANDLINE.finditer(text)
    ]


@settings(max_examples=1000)
@given(
    st.lists(
        st.sampled_from(["姓", "名", " ", "\t", ":", "职", "务", "a", "\n", "张三"]), max_size=20
    ).map("".join)
)
def test_spaced_labels_are_looked_for_only_where_one_can_be(text: str) -> None:
    from parsers.contacts import _HAN_GAP_RE, _SPACED_LABEL_RE

    if _SPACED_LABEL_RE.search(text):
        assert _HAN_GAP_RE.search(text)
