"""Liaisons as schools write them in mail prose and signatures, beyond ``标签：值``: a verb
and a colon before the name, a position before it, an honorific after it, a sentence about
the liaison's 信息, a signature line with the unit glued to the position, and a list of
people where one line is marked (联络员)."""

from __future__ import annotations

import pytest

from parsers.contacts import contacts_in_text
from parsers.contacts.words import _is_name_guess, split_unit_position


def _liaison(text: str) -> dict[str, str]:
    found = [c for c in contacts_in_text(text, "body") if c.role == "liaison"]
    assert len(found) == 1, found
    c = found[0]
    return {k: getattr(c, k).value for k in ("unit", "name", "position", "email", "mobile")}


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        (
            "我校联络员变更为：\n孙立平，学生处副主任，手机13605381234，邮箱slp@163.com。",
            "孙立平",
            "学生处副主任",
        ),
        ("补充联络员信息：韩梅，团委干事，手机13605381234，邮箱hm@163.com", "韩梅", "团委干事"),
        (
            "联络员为教务科科长魏建国同志，手机号码13605381234，电子邮箱wjg@126.com。",
            "魏建国",
            "教务科科长",
        ),
        ("联系人的情况：丁一，办公室主任，手机13605381234，邮箱d1@qq.com", "丁一", "办公室主任"),
    ],
)
def test_prose_forms_give_name_and_position(text: str, name: str, position: str) -> None:
    got = _liaison(text)
    assert (got["name"], got["position"], got["mobile"]) == (name, position, "13605381234")
    assert got["email"]


def test_a_signature_line_with_unit_and_position_glued() -> None:
    text = (
        "方案见附件。\n\n谭静\n泰安市文化艺术学校党委宣传部副部长\n"
        "电话：0538-8221234  手机：15905381234\n邮箱：tj@qq.com"
    )
    got = _liaison(text)
    assert got == {
        "unit": "泰安市文化艺术学校",
        "name": "谭静",
        "position": "党委宣传部副部长",
        "email": "tj@qq.com",
        "mobile": "15905381234",
    }


def test_departments_are_never_names() -> None:
    for word in ("党委", "团委", "宣传科", "宣传部", "党办", "教务处"):
        assert not _is_name_guess(word), word
    assert _is_name_guess("党明") and _is_name_guess("宣琳")  # surnames stay surnames
    assert split_unit_position("泰山职业技术学院党委宣传部副部长") == (
        "泰山职业技术学院",
        "党委宣传部副部长",
    )
    assert split_unit_position("职成科科长") is None


def test_the_line_marked_liaison_is_the_liaison_the_other_is_not() -> None:
    text = (
        "联系人：\n职成科科长  钟国强  0538-2831234\n"
        "职成科干事  韦娜  手机15605381234  邮箱wn@163.com（联络员）"
    )
    people = {c.name.value: c.role for c in contacts_in_text(text, "body")}
    assert people == {"钟国强": "leader", "韦娜": "liaison"}
    got = _liaison(text)
    assert (got["position"], got["email"]) == ("职成科干事", "wn@163.com")


def _one_person(rows: tuple[tuple[str, ...], ...]) -> dict[str, str]:
    from parsers.contacts import contacts_in_tables
    from parsers.model import Table

    found = contacts_in_tables([Table(rows=rows, name="table 1", first_row=1)], "f.docx")
    assert len(found) == 1, found
    c = found[0]
    return {k: getattr(c, k).value for k in ("unit", "name", "position", "email", "mobile")}


def test_a_one_person_table_with_cells_merged_across_columns() -> None:
    """Word repeats a merged cell's text in every column it spans: one person, not two."""
    title = "泰安市文化艺术学校职业教育活动周联络员"
    rows = (
        (title, title, title),
        ("单位", "泰安市文化艺术学校", "泰安市文化艺术学校"),
        ("联络员", "谭静", "办公室科员"),
        ("手机号", "15905381234", "15905381234"),
        ("邮箱", "tj@qq.com", "tj@qq.com"),
    )
    assert _one_person(rows) == {
        "unit": "泰安市文化艺术学校",
        "name": "谭静",
        "position": "办公室科员",
        "email": "tj@qq.com",
        "mobile": "15905381234",
    }


def test_联络人_is_a_liaison_label() -> None:
    rows = (
        ("联络人", "许晴"),
        ("部门及职务", "学生处 干事"),
        ("移动电话", "18605381234"),
        ("E-mail", "xq@163.com"),
    )
    got = _one_person(rows)
    assert (got["name"], got["mobile"], got["email"]) == ("许晴", "18605381234", "xq@163.com")


def test_the_person_a_mail_says_to_contact() -> None:
    got = _liaison("如有问题请与我校黄海燕老师联系，电话13605381234。")
    assert (got["name"], got["mobile"]) == ("黄海燕", "13605381234")
    assert contacts_in_text("请与办公室联系，电话13605381234", "body") == ()  # no person


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        (
            "具体事宜请与我单位职成科副科长孔庆华同志联系，联系电话13605381234，邮箱k@163.com。",
            "孔庆华",
            "职成科副科长",
        ),
        (
            "如有问题，请与我校团委书记沈芳老师联系（电话：13605381234，邮箱：sf@163.com）。",
            "沈芳",
            "团委书记",
        ),
        (
            "联系人：我校办公室副主任 陈晓明，手机 136 0538 1234，邮箱 cx@126.com",
            "陈晓明",
            "办公室副主任",
        ),
    ],
)
def test_the_position_before_the_name_of_whom_to_contact(
    text: str, name: str, position: str
) -> None:
    got = _liaison(text)
    assert (got["name"], got["position"], got["mobile"], got["unit"]) == (
        name,
        position,
        "13605381234",
        "",
    )


def test_a_change_naming_unit_name_and_position_in_a_row() -> None:
    got = _liaison(
        "联络员变更为：泰安市卫生学校 孟庆文 教务科副科长，手机18605381234，邮箱m@qq.com。"
    )
    assert (got["unit"], got["name"], got["position"]) == (
        "泰安市卫生学校",
        "孟庆文",
        "教务科副科长",
    )


def test_a_subject_naming_the_liaison_joins_the_numbers_of_the_body() -> None:
    from parsers.contacts import contacts_in_body

    body = "市教育局职成高教科：\n方案见附件。\n联系方式：手机13685481234，邮箱qz@126.com。\n"
    (c,) = contacts_in_body(body, "肥城市活动周方案及联络员（钱志强 职成教科科长）", "body")
    assert (c.name.value, c.position.value, c.mobile.value) == (
        "钱志强",
        "职成教科科长",
        "13685481234",
    )
    bare = "您好！\n13805381234  wj@tshlxy.edu.cn\n请查收"
    (c,) = contacts_in_body(bare, "活动周方案+联络员王晶（宣传处副处长）", "body")
    assert (c.name.value, c.email.value) == ("王晶", "wj@tshlxy.edu.cn")
    # a body naming its liaison keeps it; a subject naming nobody adds nobody
    named = "联络员：李四，手机13805381234"
    assert [x.name.value for x in contacts_in_body(named, "联络员（张三）", "body")] == ["李四"]
    assert contacts_in_body(bare, "活动周方案", "body") == ()


def test_a_business_card_signature_between_bars_with_a_spaced_name() -> None:
    card = (
        "以上，请审阅。\n\n"
        "周  敏 | 职教科副科长\n"
        "泰安市岱岳区教育和体育局\n"
        "手机 136-0538-7788 | 座机 0538-8561234 | 邮箱 zhoumin_dy@126.com\n"
        "地址：泰安市岱岳区长城路88号"
    )
    assert _liaison(card) == {
        "unit": "泰安市岱岳区教育和体育局",
        "name": "周敏",
        "position": "职教科副科长",
        "email": "zhoumin_dy@126.com",
        "mobile": "13605387788",
    }


@pytest.mark.parametrize(
    "text",
    [
        "联络员：刘  洋，手机：15853801234",
        "姓名：刘　洋\n手机：15853801234",
        "联系人：刘  洋（团委书记）\n联系方式：0538-6221234 / 15853801234",
    ],
)
def test_a_two_character_name_spaced_for_alignment_is_one_name(text: str) -> None:
    assert _liaison(text)["name"] == "刘洋"


def test_bars_inside_prose_do_not_split_words() -> None:
    found = contacts_in_text("联络员：刘洋，手机：15853801234，备注：A|B", "body")
    assert [c.name.value for c in found] == ["刘洋"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("刘科长，补充一下：联络员韩雪的手机是13605388765。\n新泰市职业中专\n", "韩雪"),
        ("各位老师，我校联络员欧阳明月的邮箱 oymy@126.com\n", "欧阳明月"),
    ],
)
def test_a_possessive_after_the_name_and_the_opening_address_are_not_the_contact(
    text: str, name: str
) -> None:
    """ "联络员韩雪的手机是…": 的 is not part of the name; the words the mail opens with to
    address its reader ("刘科长，") are not the liaison's position."""
    [c] = contacts_in_text(text, "body")
    assert c.name.value == name
    assert c.position.value == ""
    assert c.mobile.value or c.email.value
