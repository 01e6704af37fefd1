"""Contacts by layout: roles from labels, tables flattened into text, footers, no unit."""

from __future__ import annotations

from parsers.contacts import contacts_in_document, contacts_in_tables, contacts_in_text
from parsers.model import Contact, Document, ReadStatus, Table


def people(contacts: tuple[Contact, ...]) -> dict[str, tuple[str, str, str]]:
    return {c.name.value: (c.role, c.position.value, c.mobile.value) for c in contacts}


# --- roles ----------------------------------------------------------------------------------


def test_header_table_with_a_role_column() -> None:
    table = Table(
        rows=(
            ("类别", "姓名", "职务", "手机", "邮箱"),
            ("分管领导", "王五", "副局长", "13905381234", "ww@ny.gov.cn"),
            ("科长", "钱一", "职成股股长", "13705381234", "qy@ny.gov.cn"),
            ("联络员", "赵六", "科员", "13805381234", "zl@ny.gov.cn"),
        )
    )
    assert people(contacts_in_tables([table], "x.docx")) == {
        "王五": ("leader", "副局长", "13905381234"),
        "钱一": ("leader", "职成股股长", "13705381234"),
        "赵六": ("liaison", "科员", "13805381234"),
    }


def test_the_role_written_in_the_name_cell() -> None:
    table = Table(
        rows=(
            ("单位", "姓名", "职务", "手机", "电子信箱"),
            ("新泰市教体局", "分管领导：张三", "副局长", "13900000001", "zs@xt.gov.cn"),
            ("新泰市教体局", "联络员：李四", "职成科科员", "13900000002", "ls@xt.gov.cn"),
        )
    )
    found = contacts_in_tables([table], "x.docx")
    assert people(found) == {
        "张三": ("leader", "副局长", "13900000001"),
        "李四": ("liaison", "职成科科员", "13900000002"),
    }
    assert [c.email.value for c in found] == ["zs@xt.gov.cn", "ls@xt.gov.cn"]  # 电子信箱


def test_one_row_two_people_under_role_headers() -> None:
    table = Table(
        rows=(
            ("单位", "分管领导", "职务", "手机", "联络员", "职务", "手机", "邮箱"),
            ("宁阳职专", "王五", "副校长", "13905381234", "赵六", "干事", "13805381234", "z@ny.cn"),
        )
    )
    first, second = contacts_in_tables([table], "x.docx")
    assert (first.role, first.name.value, first.mobile.value, first.unit.value) == (
        "leader",
        "王五",
        "13905381234",
        "宁阳职专",
    )
    assert (second.role, second.name.value, second.position.value, second.email.value) == (
        "liaison",
        "赵六",
        "干事",
        "z@ny.cn",
    )
    assert first.source == second.source == "x.docx#table 1 row 2"


def test_merged_role_parents_over_two_header_rows() -> None:
    table = Table(
        rows=(
            ("单位", "分管领导", "分管领导", "联络员", "联络员", "联络员"),
            ("单位", "姓名", "手机", "姓名", "手机", "邮箱"),
            ("东平职专", "孙七", "13705381234", "周八", "13805381234", "zb@dp.cn"),
        )
    )
    assert people(contacts_in_tables([table], "x.xlsx")) == {
        "孙七": ("leader", "", "13705381234"),
        "周八": ("liaison", "", "13805381234"),
    }


def test_key_value_table_with_leader_and_liaison_blocks() -> None:
    table = Table(
        rows=(
            ("单位", "泰安技师学院", "泰安技师学院", "泰安技师学院"),
            ("分管领导", "李明", "职务", "副院长"),
            ("手机", "13905381234", "邮箱", "lm@tajs.cn"),
            ("联络员", "张华", "职务", "教务科长"),
            ("手机", "13805381234", "邮箱", "zh@tajs.cn"),
        )
    )
    contacts = contacts_in_tables([table], "x.docx")
    assert people(contacts) == {
        "李明": ("leader", "副院长", "13905381234"),
        "张华": ("liaison", "教务科长", "13805381234"),
    }
    assert {c.unit.value for c in contacts} == {"泰安技师学院"}


def test_side_by_side_columns_named_by_role() -> None:
    table = Table(
        rows=(
            ("项目", "分管领导", "联络员"),
            ("姓名", "王五", "赵六"),
            ("职务", "副校长", "办公室主任"),
            ("手机", "13905381234", "13805381234"),
        )
    )
    assert people(contacts_in_tables([table], "x.docx")) == {
        "王五": ("leader", "副校长", "13905381234"),
        "赵六": ("liaison", "办公室主任", "13805381234"),
    }


def test_prose_leader_then_liaison() -> None:
    text = (
        "分管领导：王五（副校长），手机：13905381234；"
        "联络员：赵六，职务：办公室主任，手机：13805381234，邮箱：zl@qq.com"
    )
    assert people(contacts_in_text(text, "body")) == {
        "王五": ("leader", "副校长", "13905381234"),
        "赵六": ("liaison", "办公室主任", "13805381234"),
    }


def test_weak_role_words_are_positions_without_a_colon() -> None:
    (c,) = contacts_in_text("王五 副校长 13805381234", "body")
    assert (c.role, c.position.value) == ("liaison", "副校长")
    table = Table(rows=(("姓名", "职务", "手机"), ("王五", "校长", "13805381234")))
    (c,) = contacts_in_tables([table], "x.docx")
    assert (c.role, c.position.value) == ("liaison", "校长")  # a 职务 value, not a label
    (c,) = contacts_in_text("校长：王五，电话：13905381234", "body")
    assert c.role == "leader"


def test_a_title_naming_both_roles_gives_no_role() -> None:
    table = Table(
        rows=(
            ("分管领导及联络员信息表",) * 4,
            ("单位", "姓名", "职务", "手机"),
            ("新泰职专", "赵六", "干事", "13805381234"),
        )
    )
    (c,) = contacts_in_tables([table], "x.docx")
    assert c.role == "liaison"


def test_statistics_footer_gives_fillers() -> None:
    table = Table(
        rows=(
            ("单位", "线上活动", "线下活动"),
            ("岱岳区", "3", "2"),
            ("填表人：张三", "", "联系电话：13805381234"),
            ("联系人：李四 13905381234", "", ""),
        ),
        name="Sheet1",
    )
    doc = Document(status=ReadStatus.OK, kind="xlsx", tables=(table,))
    found = contacts_in_document(doc, "统计表.xlsx", footers={"Sheet1": 3})
    assert people(found) == {
        "张三": ("filler", "", "13805381234"),
        "李四": ("filler", "", "13905381234"),
    }
    # without the footer mark, 填表人 is still a filler by its label, 联系人 a liaison
    roles = {c.name.value: c.role for c in contacts_in_document(doc, "统计表.xlsx")}
    assert roles == {"张三": "filler", "李四": "liaison"}


# --- label and value without a colon --------------------------------------------------------

UNIT = "泰安市岱岳区职业教育中心"


def whole(c: Contact) -> tuple[str, ...]:
    return (c.unit.value, c.name.value, c.position.value, c.email.value, c.mobile.value)


def test_flattened_html_table_one_line_label_value_pairs() -> None:
    text = f"单位 {UNIT} 姓名 阎健 职务 办公室主任 邮箱 yj@qq.com 手机 13805381234"
    (c,) = contacts_in_text(text, "body")
    assert whole(c) == (UNIT, "阎健", "办公室主任", "yj@qq.com", "13805381234")
    text = f"单位\t{UNIT}\n姓名\t阎健\n职务\t办公室主任\n邮箱\tyj@qq.com\n手机号码\t13805381234"
    (c,) = contacts_in_text(text, "body")
    assert whole(c) == (UNIT, "阎健", "办公室主任", "yj@qq.com", "13805381234")


def test_label_line_then_value_line() -> None:
    text = f"单位\n{UNIT}\n姓名\n阎健\n职务\n办公室主任\n邮箱\nyj@qq.com\n手机\n13805381234"
    (c,) = contacts_in_text(text, "body")
    assert whole(c) == (UNIT, "阎健", "办公室主任", "yj@qq.com", "13805381234")


def test_header_line_over_space_separated_rows_with_a_spaced_number() -> None:
    text = (
        "请查收。\n单位 姓名 职务 邮箱 手机\n"
        f"{UNIT} 阎健 办公室主任 yj@qq.com 138 0538 1234\n"
        f"{UNIT} 张三 干事 13905381234\n谢谢"
    )
    first, second = contacts_in_text(text, "body")
    assert whole(first) == (UNIT, "阎健", "办公室主任", "yj@qq.com", "13805381234")
    assert whole(second) == (UNIT, "张三", "干事", "", "13905381234")  # no email cell


def test_one_cell_per_line_rows_with_a_missing_cell() -> None:
    text = (
        f"单位\n姓名\n职务\n邮箱\n手机\n{UNIT}\n阎健\n办公室主任\nyj@qq.com\n13805381234\n"
        f"{UNIT}\n李四\n13905381234"
    )
    first, second = contacts_in_text(text, "body")
    assert whole(first) == (UNIT, "阎健", "办公室主任", "yj@qq.com", "13805381234")
    assert whole(second) == (UNIT, "李四", "", "", "13905381234")


def test_names_with_rarer_surnames_after_a_name_label() -> None:
    for name in ("阎健", "傅红", "萧然", "欧健"):
        (c,) = contacts_in_text(f"姓名 {name} 手机 13805381234", "body")
        assert c.name.value == name
    assert contacts_in_text("姓名栏请填写真实姓名 手机 13805381234", "body") == ()


def test_unit_names_ending_in_school_words_are_values() -> None:
    table = Table(
        rows=(
            ("姓名", "单位", "手机号码"),
            ("钱一", "泰安市文化艺术学校", "13805381234"),
            ("孙二", "泰山学校", "13905381234"),
        )
    )
    assert [c.unit.value for c in contacts_in_tables([table], "x.xlsx")] == [
        "泰安市文化艺术学校",
        "泰山学校",
    ]


def test_no_unit_still_gives_name_position_email_mobile() -> None:
    (c,) = contacts_in_text("联系人：刘强\n职务：干事\n邮箱：lq@qq.com\n手机：13805381234", "body")
    assert whole(c) == ("", "刘强", "干事", "lq@qq.com", "13805381234")
    assert c.unit.problem == "缺少单位" and not c.complete


def test_numbers_and_addresses_wrapped_in_a_narrow_cell() -> None:
    """A PDF's narrow cell wraps a mobile or an address onto a second line."""
    table = Table(
        rows=(
            ("单位", "姓名", "职务", "手机", "邮箱"),
            ("泰安工程职专", "王晓明", "教务处主任", "1390538123\n4", "wxm@tagc.edu.\ncn"),
            ("泰安工程职专", "李娜", "干事", "13905381111", "a@x.cn\nb@y.cn"),
        )
    )
    first, second = contacts_in_tables([table], "x.pdf")
    assert (first.mobile.value, first.email.value) == ("13905381234", "wxm@tagc.edu.cn")
    assert second.email.value in ("a@x.cn", "b@y.cn")  # two addresses are not one


def test_a_pdf_rows_unit_cell_wrapped_onto_lines_of_its_own() -> None:
    """pdftotext puts a vertically centred, wrapped cell after its row: the row's name is no
    unit, and the lines under it complete the unit's cell."""
    text = (
        "单位 姓名 职务 邮箱 手机号码\n"
        "石磊 办公室主任 dpzjzx@126.com 18853806129\n"
        "东平县职业教育中心\n学校"
    )
    (c,) = contacts_in_text(text, "file")
    assert (c.unit.value, c.name.value, c.position.value) == (
        "东平县职业教育中心学校",
        "石磊",
        "办公室主任",
    )
    assert (c.email.value, c.mobile.value) == ("dpzjzx@126.com", "18853806129")


def test_the_bracketed_position_after_a_title_that_addresses_the_liaison() -> None:
    (c,) = contacts_in_text(
        "联络员：赵明主任（县教体局职成教股股长）\n手机：138 5386 2190\n邮箱：nyjtj（at）126.com",
        "body",
    )
    assert (c.name.value, c.position.value) == ("赵明", "职成教股股长")
    assert (c.email.value, c.email.valid) == ("nyjtj@126.com", True)


def test_a_label_of_a_web_address_is_no_name() -> None:
    """ "宣传专栏 http://…" over "联络员 信息中心主任 许文博 …": 宣传专栏 is no person (宣 is a
    surname), so the position stays with the liaison."""
    text = "宣传专栏 http://www.xtzz.net/hdz/\n联络员 信息中心主任 许文博 13792148236"
    (c,) = contacts_in_text(text, "body")
    assert (c.name.value, c.position.value) == ("许文博", "信息中心主任")


# --- 回执 with merged cells --------------------------------------------------------------------


def test_a_cell_holding_its_own_label_after_a_pair() -> None:
    """A 回执 whose merged cells repeat: "手机 | 138… | 邮箱：…" gives the email too."""
    table = Table(
        rows=(
            ("单位", "新泰市教育和体育局", "联络员", "吕振华", "吕振华"),
            ("单位", "新泰市教育和体育局", "职务", "职成教科科长", "职成教科科长"),
            ("单位", "新泰市教育和体育局", "手机", "13854811290", "邮箱：lvzh_xt@163.com"),
        )
    )
    (c,) = contacts_in_tables([table], "回执.docx")
    assert (c.name.value, c.position.value, c.mobile.value, c.email.value) == (
        "吕振华",
        "职成教科科长",
        "13854811290",
        "lvzh_xt@163.com",
    )


def test_key_value_rows_under_a_header_row_complete_its_person() -> None:
    """ "邮箱 | … | …" and "宣传专栏（网站）地址 | http://…" under "联络员 | 姓名 | 职务 | 手机":
    the email is the person's; the address is nobody's name."""
    table = Table(
        rows=(
            ("2020年职业教育活动周回执",) * 4,
            ("单位名称", "山东力明科技职业学院", "山东力明科技职业学院", "山东力明科技职业学院"),
            ("联络员", "姓名", "职务", "手机"),
            ("联络员", "朱晓燕", "招生就业处副处长", "138-0538-6672"),
            ("邮箱", "lmxy_zsb@126.com", "lmxy_zsb@126.com", "lmxy_zsb@126.com"),
            ("宣传专栏（网站）地址",) + ("http://www.sdlmkj.com:8081/hdz/",) * 3,
        )
    )
    (c,) = contacts_in_tables([table], "回执.xlsx")
    assert (c.name.value, c.position.value, c.mobile.value, c.email.value) == (
        "朱晓燕",
        "招生就业处副处长",
        "13805386672",
        "lmxy_zsb@126.com",
    )


def test_a_header_table_row_of_an_address_is_no_person() -> None:
    table = Table(
        rows=(
            ("姓名", "职务", "手机"),
            ("李娜", "科员", "13805381234"),
            ("http://www.x.cn/zt/", "http://www.x.cn/zt/", "http://www.x.cn/zt/"),
        )
    )
    assert [c.name.value for c in contacts_in_tables([table], "x.xlsx")] == ["李娜"]


# --- a working group (领导小组) beside the liaison -------------------------------------------


def test_a_working_groups_members_are_no_liaison_and_the_liaison_is_one_person() -> None:
    """A plan lists its 领导小组 in a table (组长, 成员 rows) and names the liaison in a
    sentence: the group are leaders; the liaison is one contact with the row's fields."""
    table = Table(
        rows=(
            ("职务", "姓名", "单位及职务", "联系电话"),
            ("组长", "王建国", "区教体局党组书记、局长", "0538-8226001"),
            ("成员", "李红梅", "区教体局职成科科长", "13905382211"),
            ("成员", "欧阳明月", "区教体局职成科科员", "13953809127"),
        )
    )
    text = "欧阳明月同志为活动周联络员，负责日常对接，电子邮箱 tsq_oyangmy@163.com。"
    doc = Document(status=ReadStatus.OK, kind="docx", text=text, tables=(table,))
    found = contacts_in_document(doc, "方案.docx")
    liaisons = [c for c in found if c.role == "liaison"]
    assert [(c.name.value, c.position.value, c.mobile.value, c.email.value) for c in liaisons] == [
        ("欧阳明月", "职成科科员", "13953809127", "tsq_oyangmy@163.com")
    ]
    assert {c.name.value: c.role for c in found if c.role != "liaison"} == {
        "王建国": "leader",
        "李红梅": "leader",
    }


def test_a_working_group_in_prose_beside_the_liaison() -> None:
    text = (
        "一、成立活动周工作领导小组\n"
        "组  长：党委书记 郑永刚（0538-6229001）  院长 田丰（0538-6229002）\n"
        "成  员：各处室主任、各专业部部长\n"
        "宫晓同志（党委宣传部干事，手机15054859087，邮箱tzy_xcb_gx@163.com）任联络员。"
    )
    found = contacts_in_text(text, "方案.docx#text")
    assert [
        (c.name.value, c.position.value, c.mobile.value) for c in found if c.role == "liaison"
    ] == [("宫晓", "党委宣传部干事", "15054859087")]
    assert {"郑永刚", "田丰"} <= {c.name.value for c in found if c.role == "leader"}


def test_a_filler_who_says_it_is_the_liaison() -> None:
    (c,) = contacts_in_text("填表人：周敏（活动周联络员）\t邮箱：zm@126.com\t审核人：孔德明", "x")
    assert (c.name.value, c.role) == ("周敏", "liaison")


def test_a_units_web_address_row_is_no_unit() -> None:
    """A key/value 回执: "学校网址 http://…" below "单位名称" names no field (学校 starts it)."""
    rows = (
        ("单位名称", "泰山职业技术学院"),
        ("学校网址", "http://www.tsvtc.edu.cn"),
        ("宣传专栏网址", "http://www.tsvtc.edu.cn/2020zjhdz/"),
        ("联络员姓名", "郭玉婷"),
        ("职务", "宣传部干事"),
        ("手机号码", "15905487312"),
        ("电子邮箱", "guoyt@tsvtc.edu.cn"),
    )
    (c,) = contacts_in_tables((Table(rows=rows),), "回执.docx")
    assert (c.unit.value, c.name.value, c.position.value) == (
        "泰山职业技术学院",
        "郭玉婷",
        "宣传部干事",
    )
