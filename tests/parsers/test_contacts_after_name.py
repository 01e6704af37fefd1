"""Contacts as schools write them in mail bodies: the position right after the name without
a label, the person label inside a sentence, a labelled block under a prose introduction,
and a bracketed note between a label and its colon."""

from __future__ import annotations

import hashlib
import io

import pytest

from parsers.contacts import contacts_in_document, contacts_in_text
from parsers.model import Attachment, Contact


def person(c: Contact) -> tuple[str, ...]:
    """Role, unit, name, position, email and mobile of one contact."""
    fields = (c.unit, c.name, c.position, c.email, c.mobile)
    return (c.role, *(f.value for f in fields))


def only(text: str) -> tuple[str, ...]:
    (c,) = contacts_in_text(text, "body")
    return person(c)


# --- the position after the name, comma separated, no label ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "联络员：刘晓燕，职业与成人教育科科员，手机18653812047，邮箱lxy@xt.cn。",
            ("刘晓燕", "职业与成人教育科科员", "lxy@xt.cn", "18653812047"),
        ),
        (
            "联系人：王芳，教务处副主任，电话：13905381234",
            ("王芳", "教务处副主任", "", "13905381234"),
        ),
        ("联络员：李强、学生处干事、手机13705381234", ("李强", "学生处干事", "", "13705381234")),
        ("联系人:赵敏,团委书记,13805381234", ("赵敏", "团委书记", "", "13805381234")),
        # the position runs straight into the next label
        ("联络员：钱进，办公室科员邮箱qj@qq.com", ("钱进", "办公室科员", "qj@qq.com", "")),
    ],
)
def test_position_after_the_name_comma_separated(text: str, expected: tuple[str, ...]) -> None:
    assert only(text) == ("liaison", "", *expected)


# --- the same, space separated --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "3.联络员：周婷 职成股工作人员 邮箱zt@dp.cn",
            ("周婷", "职成股工作人员", "zt@dp.cn", ""),
        ),
        ("联系人：孙磊 信息中心主任 手机 13805381234", ("孙磊", "信息中心主任", "", "13805381234")),
        ("联络员：钱进 办公室科员 13905381234", ("钱进", "办公室科员", "", "13905381234")),
    ],
)
def test_position_after_the_name_space_separated(text: str, expected: tuple[str, ...]) -> None:
    assert only(text) == ("liaison", "", *expected)


def test_a_space_inside_a_name_still_joins_it() -> None:
    # "王 小明" is one name padded by a word processor, not a name and a position
    assert only("联系人：王 小明，手机13805381234")[2:4] == ("王小明", "")


# --- prose: the person label inside a sentence, the position in brackets ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "我校活动周联络员宋佳（办公室主任），电话13853860475，邮箱sj@dy.cn。",
            ("宋佳", "办公室主任", "sj@dy.cn", "13853860475"),
        ),
        ("我局联系人马超(职成科科长),手机13605381234。", ("马超", "职成科科长", "", "13605381234")),
        (
            "本次活动联络员为何静（招就处干事），手机13705381234",
            ("何静", "招就处干事", "", "13705381234"),
        ),
        (
            "因工作调整，我校联络员变更为彭丽（教务处副主任），手机15966120873。",
            ("彭丽", "教务处副主任", "", "15966120873"),
        ),
        (
            "联络员已调整为高峰（团委书记），电话13805381234",
            ("高峰", "团委书记", "", "13805381234"),
        ),
    ],
)
def test_person_label_inside_a_sentence(text: str, expected: tuple[str, ...]) -> None:
    assert only(text) == ("liaison", "", *expected)


def test_a_signature_line_under_the_sentence_gives_the_unit() -> None:
    text = "市教育局：\n我校联络员变更为彭丽（教务处副主任），手机15966120873。\n岱岳区职教中心"
    assert only(text) == ("liaison", "岱岳区职教中心", "彭丽", "教务处副主任", "", "15966120873")


@pytest.mark.parametrize(
    "text",
    [
        "学校联系人张三负责，电话13805381234",  # a name glued to a verb
        "请各校联络员应及时报送，电话13805381234",  # no name after the label at all
        "各单位联络员名单见附件，电话13805381234",
    ],
)
def test_a_person_label_inside_a_sentence_without_a_name_gives_nobody(text: str) -> None:
    assert contacts_in_text(text, "body") == ()


def test_what_follows_a_name_is_a_position_only_when_it_reads_as_one() -> None:
    assert only("联系人：张三，电话：13805381234")[3] == ""
    assert only("联系人：张三，谢谢，手机13805381234")[3] == ""
    assert only("联系人：张三 办公室，手机13805381234")[3] == ""  # a department
    # a unit in brackets is the unit, not a position
    assert only("联系人：张三（岱岳区职教中心），手机13805381234")[1:4] == (
        "岱岳区职教中心",
        "张三",
        "",
    )


# --- a prose introduction above a labelled block ---------------------------------------------

UNIT = "肥城市职业中等专业学校"


def test_labelled_block_wins_over_a_prose_introduction() -> None:
    text = (
        "田老师您好，我是肥城职专团委唐晓，附件是我校活动周方案。\n"
        "我校活动周宣传专栏设在学校微信公众号“肥城职专”，暂无网页版。\n"
        f"单位 {UNIT}\n姓名 唐晓\n职务 团委书记\n邮箱 tx@fczz.cn\n手机 15053801347\n"
    )
    assert only(text) == ("liaison", UNIT, "唐晓", "团委书记", "tx@fczz.cn", "15053801347")


def test_labelled_position_replaces_a_guessed_one() -> None:
    text = (
        "您好，我是岱岳职教中心教务处干事李明，附件为方案。\n"
        "姓名 李明\n职务 教务处主任\n手机 13805381234"
    )
    assert only(text) == ("liaison", "", "李明", "教务处主任", "", "13805381234")
    text = "联系人：李明，教务处干事\n职务：教务处主任\n手机：13805381234"
    assert only(text)[2:4] == ("李明", "教务处主任")


def test_a_guessed_position_must_read_as_a_position() -> None:
    # "我是肥城职专团委" names a department after a self-introduction: no position
    assert only("我是肥城职专团委唐晓，电话13805381234")[2:4] == ("唐晓", "")
    assert only("我是办公室主任张三\n13805381234")[2:4] == ("张三", "办公室主任")
    assert only("联系人：张三团委，手机13805381234")[2:4] == ("张三", "")


# --- a bracketed note between a label and its colon -----------------------------------------


def test_a_note_before_the_colon_keeps_the_label() -> None:
    text = "填表人（联络员）：张海涛 职务：职教办主任 邮箱：zht@fc.cn 手机：13583821539"
    assert only(text) == ("liaison", "", "张海涛", "职教办主任", "zht@fc.cn", "13583821539")
    text = "联系人（分管领导）：王五，手机（微信同号）：13905381234，电子邮箱（必填）：ww@qq.com"
    assert only(text) == ("leader", "", "王五", "", "ww@qq.com", "13905381234")
    # without a note 填表人 stays a filler
    assert only("填表人：张海涛，手机：13583821539")[0] == "filler"


def test_liaison_under_a_real_statistics_sheet() -> None:
    import openpyxl

    from parsers import documents

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "统计表"
    ws.append(["2020年职业教育活动周情况统计表"])
    ws.append(["填报单位（盖章）：肥城市教育和体育局", None, "填报日期：2020年11月16日"])
    ws.append(["单位名称", "线上活动（场次）", "线下活动（场次）", "宣传报道（篇）"])
    ws.append(["肥城市教育和体育局", 5, 2, 22])
    ws.append([])
    ws.append(
        ["填表人（联络员）：张海涛", "职务：职教办主任", "邮箱：zht@fc.cn", "手机：13583821539"]
    )
    ws.append(["审核人：李四", None, None, "手机：13905381234"])
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    att = Attachment(
        "统计表.xlsx", "application/octet-stream", data, hashlib.sha256(data).hexdigest()
    )
    doc = documents.read_document(att)
    found = contacts_in_document(doc, "统计表.xlsx", footers={"统计表": 5})
    people = {c.name.value: person(c) for c in found}
    assert people["张海涛"] == ("liaison", "", "张海涛", "职教办主任", "zht@fc.cn", "13583821539")
    assert people["李四"][0] == "filler"


# --- the name between its department and its title, or before 老师 and a bracket ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "我单位活动周联络员为教务处王晓明主任，电话0538-6213456，手机13905381234。",
            ("王晓明", "教务处主任", "13905381234"),
        ),
        ("联络员是招生办孙丽副主任，手机15806381111", ("孙丽", "招生办副主任", "15806381111")),
        (
            "我校联络员是赵刚老师（教务处副主任），他的手机是13853855555。",
            ("赵刚", "教务处副主任", "13853855555"),
        ),
    ],
)
def test_name_inside_its_position_or_before_an_address(
    text: str, expected: tuple[str, ...]
) -> None:
    (c,) = contacts_in_text(text, "body")
    assert (c.name.value, c.position.value, c.mobile.value) == expected


# --- unit, department and position written before the name, space separated ----------------
# The title after the name is the department's: "职成科 孙海燕 副科长" is 职成科副科长.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "联络员：东平职专办公室 吕冬梅 主任 手机 135 6380 4471",
            ("东平职专", "吕冬梅", "办公室主任", "13563804471"),
        ),
        (
            "联系人：肥城职专 办公室 孔德胜（副主任）\n手机：13705383390",
            ("肥城职专", "孔德胜", "办公室副主任", "13705383390"),
        ),
        (
            "联络员：泰山区职专 办公室主任 褚红梅，手机：13562871530",
            ("泰山区职专", "褚红梅", "办公室主任", "13562871530"),
        ),
        (
            "联络员：职成科 孙海燕 副科长\n手机：139 5381 9462",
            ("", "孙海燕", "职成科副科长", "13953819462"),
        ),
        (
            "联络员 宁阳职专教务处 侯建华 副主任 手机13181856675",
            ("宁阳职专", "侯建华", "教务处副主任", "13181856675"),
        ),
        (  # a department first is no unit, whatever it ends with (办公室)
            "联络员：党政办公室 秘书 郑宇航，手机 15153827719",
            ("", "郑宇航", "党政办公室秘书", "15153827719"),
        ),
        (
            "联络员：泰安市技师学院招生就业处 副处长 吴刚 13863891147",
            ("泰安市技师学院", "吴刚", "招生就业处副处长", "13863891147"),
        ),
        (
            "联络员：宣传统战部 部长助理 韩雪 13562870148",
            ("", "韩雪", "宣传统战部部长助理", "13562870148"),
        ),
        (
            "联络员为我本人。\n\n泰安职业技术学院 党委宣传部 副部长 周建国\n手机：13853802291",
            ("泰安职业技术学院", "周建国", "副部长", "13853802291"),
        ),
    ],
)
def test_unit_department_and_position_before_the_name(text: str, expected: tuple[str, ...]) -> None:
    (c,) = contacts_in_text(text, "body")
    assert (c.unit.value, c.name.value, c.position.value, c.mobile.value) == expected


def test_a_unit_that_is_an_office_keeps_its_name() -> None:
    (c,) = contacts_in_text("单位：泰安市人民政府办公室\n联络员：王强\n手机：13905381234", "body")
    assert c.unit.value == "泰安市人民政府办公室"


def test_a_possessive_after_a_guessed_name_is_dropped() -> None:
    (c,) = contacts_in_text("昨天漏报联络员邮箱，陈晓的邮箱是 chenxiao_gx@163.com 。", "body")
    assert (c.name.value, c.email.value) == ("陈晓", "chenxiao_gx@163.com")
