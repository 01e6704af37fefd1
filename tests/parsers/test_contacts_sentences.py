"""Liaisons named the way official letters name them: the person first, the role after
(由…担任联络员, 确定…为联络员), a change that names the former liaison, and the gender or
现任 a sentence puts before the position."""

from __future__ import annotations

import pytest

from parsers.contacts import contacts_in_text


def person(text: str) -> tuple[str, str, str, str]:
    (c,) = contacts_in_text(text, "body")
    return (c.name.value, c.position.value, c.mobile.value, c.email.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "由我校教务处副主任李明担任活动周联络员，联系电话13905381234，邮箱lm@tazz.cn。",
            ("李明", "教务处副主任", "13905381234", "lm@tazz.cn"),
        ),
        (
            "我局确定职成科科长王刚同志为活动周联络员（电话：13905381234，邮箱：wg@ta.gov.cn）。",
            ("王刚", "职成科科长", "13905381234", "wg@ta.gov.cn"),
        ),
        (
            "学校指定招生办主任孙丽作为本次活动周的联系人，手机15806381111。",
            ("孙丽", "招生办主任", "15806381111", ""),
        ),
        (  # one sentence broken over three lines around the person's numbers
            "孙雪梅同志外出学习，11月10日起联络员由县教体局职成股股长\n"
            "马晓东　　手机：13793855106　　邮箱：maxd_dp@126.com\n担任。",
            ("马晓东", "职成股股长", "13793855106", "maxd_dp@126.com"),
        ),
    ],
)
def test_the_person_before_the_role(text: str, expected: tuple[str, ...]) -> None:
    assert person(text) == expected


def test_a_change_names_only_the_new_liaison() -> None:
    text = "原联络员张三因工作调整，现由李四（团委书记，13905381111，ls@tazz.cn）担任联络员。"
    assert person(text) == ("李四", "团委书记", "13905381111", "ls@tazz.cn")


@pytest.mark.parametrize(
    "text",
    [
        "现将我校联络员信息报告如下：李明，男，教务处副主任，联系电话：13905381234。",
        "联络员：李明（男，教务处副主任），13905381234",
        "联络员李明，现任学校教务处副主任，手机号13905381234。",
    ],
)
def test_what_a_sentence_says_before_the_position(text: str) -> None:
    assert person(text)[:3] == ("李明", "教务处副主任", "13905381234")


def test_a_sentence_about_the_liaisons_work_names_nobody() -> None:
    text = "请各单位确定一名同志为活动周联络员，负责信息报送。"
    assert contacts_in_text(text, "body") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联络员由市教体局职成科干事郑昇同志担任（手机：18653828031）。", ("郑昇", "职成科干事")),
        ("学校办公室主任韩冬梅同志负责与市局对接，电话13563846618。", ("韩冬梅", "办公室主任")),
        (
            "原联络员刘海涛同志因工作调整，不再担任我局活动周联络员，现由职成科副科长陈静同志担任，"
            "手机15965481236。",
            ("陈静", "职成科副科长"),
        ),
        (
            "经研究，由区教体局职成教科科长赵立新同志担任我区活动周联络员，手机13905387216。",
            ("赵立新", "职成教科科长"),
        ),
        ("联络员：宣传部 干事 周晓彤\n手机：156 5384 2290", ("周晓彤", "宣传部干事")),
        ("学校联络员：办公室主任 吕晓峰，手机 13468226631", ("吕晓峰", "办公室主任")),
        ("联络员为学院党委宣传部副部长孙婧，手机13954809261", ("孙婧", "党委宣传部副部长")),
    ],
)
def test_more_forms_of_the_person_and_the_role(text: str, expected: tuple[str, str]) -> None:
    (c,) = contacts_in_text(text, "body")
    assert (c.name.value, c.position.value) == expected


def test_a_name_before_its_honorific_and_a_glued_label() -> None:
    (c,) = contacts_in_text("补充：王晓东同志手机15853831176。宁阳县教体局", "body")
    assert (c.name.value, c.mobile.value) == ("王晓东", "15853831176")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "因工作调整，我局活动周联络员由袁立波同志变更为张慧同志（职成科副科长），"
            "手机18853862107，邮箱dpzhanghui@163.com。",
            ("张慧", "职成科副科长", "18853862107"),
        ),
        ("联络员由王刚更换为李晓明，电话13805381234。", ("李晓明", "", "13805381234")),
        ("我校联络员由赵敏调整为孙浩然同志，手机：15905381234", ("孙浩然", "", "15905381234")),
    ],
)
def test_a_change_in_one_sentence_names_the_new_liaison(
    text: str, expected: tuple[str, str, str]
) -> None:
    (c,) = contacts_in_text(text, "body")
    assert (c.name.value, c.position.value, c.mobile.value) == expected


def test_a_corrections_verb_is_no_name() -> None:
    """ "邮箱填写有误，应为…": 应 is a surname, 应为 no person."""
    (c,) = contacts_in_text(
        "我局回执中联络员吕振华的邮箱填写有误，应为lvzh_xt@126.com，特此更正。", "body"
    )
    assert (c.name.value, c.email.value) == ("吕振华", "lvzh_xt@126.com")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "不好意思，昨天漏写了职务，赵国庆是我局职成科副科长。\n岱岳区教体局职成科",
            [("赵国庆", "职成科副科长")],
        ),
        ("补充职务：张三为办公室主任。", [("张三", "办公室主任")]),
        ("不好意思，昨天漏了职务：吴倩，教务处科员。", [("吴倩", "教务处科员")]),
        ("李四是我校办公室主任，负责活动周。", []),  # no follow-up: nobody's liaison data
        ("漏写职务。王五是学校的好老师。", []),
    ],
)
def test_a_follow_up_giving_the_position_it_left_out(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c.name.value, c.position.value) for c in contacts_in_text(text, "body")] == expected
