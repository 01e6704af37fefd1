"""Contacts in running text: prose as schools write it, mail bodies and their signatures."""

from __future__ import annotations

from parsers.contacts import contacts_in_text
from parsers.model import Contact, FieldValue

OK = FieldValue  # readability: OK("x", True) is a valid field


def _fields(c: Contact) -> dict[str, tuple[str, bool]]:
    """Every field as (value, valid), for whole-contact assertions."""
    return {
        k: (getattr(c, k).value, getattr(c, k).valid)
        for k in ("unit", "name", "position", "email", "mobile", "phone")
    }


# --- prose ----------------------------------------------------------------------------------


def test_prose_one_line() -> None:
    (c,) = contacts_in_text(
        "联系人：张三，职务：办公室主任，手机：13805381234，邮箱：zs@163.com", "body"
    )
    assert _fields(c) == {
        "unit": ("", False),
        "name": ("张三", True),
        "position": ("办公室主任", True),
        "email": ("zs@163.com", True),
        "mobile": ("13805381234", True),
        "phone": ("", False),
    }
    assert c.unit.problem == "缺少单位"
    assert c.source == "body"


def test_a_rarer_surname_of_the_region_is_a_name() -> None:
    """綦, 禚, 仉: surnames of Shandong outside the common list, unlabelled beside a unit."""
    for name in ("綦晓燕", "禚玉林", "仉建国"):
        (c,) = contacts_in_text(
            f"联络员：泰安市交通职业中等专业学校 宣传科科长 {name} 手机13608981376 "
            "邮箱 jtzz_xcb@126.com",
            "body",
        )
        assert (c.name.value, c.position.value) == (name, "宣传科科长")
        assert c.unit.value == "泰安市交通职业中等专业学校"


def test_a_unit_glued_to_the_name_is_split_off() -> None:
    """ "东平职教中心冯雪": the unit's name, then the person's, with or without a colon."""
    cases = [
        ("联络员：东平职教中心冯雪，教务处主任，电话15954870326", "东平职教中心", "冯雪"),
        ("方案先发您。联络员岱岳职教中心邱磊，办公室主任，13792186375", "岱岳职教中心", "邱磊"),
        ("联络员：泰山职专王晓明，办公室主任，13792186375", "泰山职专", "王晓明"),
    ]
    for text, unit, name in cases:
        (c,) = contacts_in_text(text, "body")
        assert (c.unit.value, c.name.value, c.position.value) == (unit, name, c.position.value)
        assert c.position.value.endswith("主任") and c.mobile.valid


def test_a_unit_glued_before_the_position_under_a_mail_opening() -> None:
    """ "山东力明科技职业学院宣传部部长 吕建华" after "方案补报" (方 is a surname: no name)."""
    text = (
        "领导好，方案补报，请见附件。\n联络员：山东力明科技职业学院宣传部部长 吕建华\n"
        "邮箱：lvjh_lm@163.com\n手机：15254826630"
    )
    (c,) = contacts_in_text(text, "body")
    assert (c.unit.value, c.name.value, c.position.value) == (
        "山东力明科技职业学院",
        "吕建华",
        "宣传部部长",
    )


def test_unit_department_title_and_name_written_as_one() -> None:
    """The longest unit (…中心学校, not …中心) and the department's title between it and the
    name, glued or spaced."""
    glued = "联络员：泰安市泰山区职业中等专业学校办公室主任冯雪，18805381753，fx_tsqzz@163.com"
    (c,) = contacts_in_text(glued, "body")
    assert (c.unit.value, c.position.value, c.name.value) == (
        "泰安市泰山区职业中等专业学校",
        "办公室主任",
        "冯雪",
    )
    spaced = "联络员：东平县职业教育中心学校办公室主任 程玉华\n手机：15069857214"
    (c,) = contacts_in_text(spaced, "body")
    assert (c.unit.value, c.position.value) == ("东平县职业教育中心学校", "办公室主任")


def test_a_forwards_quoted_mail_gives_its_liaison_a_replys_does_not() -> None:
    from parsers.contacts import contacts_in_forward

    quoted = (
        "职成高教科：\n转发东平职教中心报送材料。\n\n---原始邮件---\n"
        '发件人: "东平县职教中心" <dpzjzx_xb@163.com>\n主题: 活动周方案和联络员\n\n'
        "县教体局：\n    联络员：东平县职业教育中心学校办公室主任 程玉华\n"
        "    手机：15069857214  邮箱：chengyh@dpzjzx.cn\n"
    )
    assert contacts_in_text(quoted, "body") == ()  # a reply's quote is what it answers
    (c,) = contacts_in_forward(quoted, "body")
    assert (c.name.value, c.mobile.value, c.email.value) == (
        "程玉华",
        "15069857214",
        "chengyh@dpzjzx.cn",
    )


def test_prose_with_bracketed_position_landline_and_spaced_mobile() -> None:
    (c,) = contacts_in_text(
        "联络员：李四（办公室主任），电话：0538-6991449，手机 138 0538 1234", "body"
    )
    assert c.name == OK("李四", True)
    assert c.position == OK("办公室主任", True)
    assert c.phone == OK("0538-6991449", True)
    assert c.mobile == OK("13805381234", True)


def test_prose_with_unit_and_mixed_separators() -> None:
    text = (
        "单位:新泰市职业中等专业学校; 联系人:赵六; 职务:教务处主任; "
        "联系电话:13805381234/0538-7251234; E-mail: zl@xtzz.cn"
    )
    (c,) = contacts_in_text(text, "x.docx#text")
    assert _fields(c) == {
        "unit": ("新泰市职业中等专业学校", True),
        "name": ("赵六", True),
        "position": ("教务处主任", True),
        "email": ("zl@xtzz.cn", True),
        "mobile": ("13805381234", True),
        "phone": ("0538-7251234", True),
    }
    assert c.source == "x.docx#text"


def test_prose_space_separated_keys() -> None:
    (c,) = contacts_in_text("姓名 张三 职务 主任 手机 13805381234 邮箱 zs163.com", "body")
    assert c.name.value == "张三"
    assert c.position.value == "主任"
    assert c.mobile.valid
    assert c.email == FieldValue("zs163.com", False, "邮箱格式不正确")


def test_one_key_per_line_with_full_width_digits() -> None:
    text = (
        "单位：泰安市文化艺术学校\n姓名：王五\n职务：干事\n"
        "手机：１３８０５３８１２３４\n邮箱：ww＠qq．com"
    )
    (c,) = contacts_in_text(text, "body")
    assert c.complete
    assert (c.mobile.value, c.email.value) == ("13805381234", "ww@qq.com")


def test_form_style_padded_labels_and_a_note_after_the_address() -> None:
    text = "姓    名：王五\n职    务：干事\n手机号码：13805381234\n电子邮箱：ww@qq.com（常用）"
    (c,) = contacts_in_text(text, "body")
    assert (c.name.value, c.position.value) == ("王五", "干事")
    assert c.email == OK("ww@qq.com", True)


def test_label_for_name_and_number_together() -> None:
    (c,) = contacts_in_text("联系人及电话：张三 13805381234", "body")
    assert (c.name.value, c.mobile.value) == ("张三", "13805381234")


def test_numbers_with_dashes_and_country_code() -> None:
    (c,) = contacts_in_text("联系人：孙七，手机：+86 138-0538-1234，座机：(0538)699 1449", "body")
    assert c.mobile == OK("13805381234", True)
    assert c.phone == OK("0538-6991449", True)


def test_two_contacts_in_one_text() -> None:
    text = "联系人：张三，手机：13805381234；联系人：李四，手机：13905381234，邮箱：ls@qq.com"
    first, second = contacts_in_text(text, "body")
    assert (first.name.value, first.mobile.value, first.email.value) == ("张三", "13805381234", "")
    assert (second.name.value, second.mobile.value, second.email.value) == (
        "李四",
        "13905381234",
        "ls@qq.com",
    )


def test_invalid_mobile_in_prose_is_kept() -> None:
    (c,) = contacts_in_text("联系人：吴九，手机：1380538123", "body")
    assert c.mobile == FieldValue("1380538123", False, "手机号码无效")


def test_landline_without_area_code_is_flagged() -> None:
    (c,) = contacts_in_text("联系人：郑十，电话：6991449，邮箱：zs@qq.com", "body")
    assert c.phone == FieldValue("6991449", False, "固定电话缺少区号")
    assert c.mobile.problem == "缺少手机号码"


# --- mail bodies and signatures -------------------------------------------------------------


def test_signature_without_labels_for_name_position_unit() -> None:
    body = (
        "田老师您好：\n"
        "附件是我校职业教育活动周方案，请查收。\n"
        "\n"
        "张三\n"
        "办公室主任\n"
        "泰安市岱岳区职业教育中心\n"
        "手机：13805381234\n"
        "邮箱：zs@qq.com\n"
    )
    (c,) = contacts_in_text(body, "body")
    assert _fields(c) == {
        "unit": ("泰安市岱岳区职业教育中心", True),
        "name": ("张三", True),
        "position": ("办公室主任", True),
        "email": ("zs@qq.com", True),
        "mobile": ("13805381234", True),
        "phone": ("", False),
    }


def test_signature_name_and_number_on_one_line_after_a_salutation() -> None:
    body = "张老师：\n  方案已发，请查收。\n泰山职业技术学院\n王五 13905381234"
    (c,) = contacts_in_text(body, "body")
    assert (c.unit.value, c.name.value, c.mobile.value) == (
        "泰山职业技术学院",
        "王五",
        "13905381234",
    )


def test_signature_with_separator_bar_and_ascii_labels() -> None:
    body = (
        "祝好！\n——————\n张三 | 办公室主任\n泰安市文化艺术学校\n"
        "Tel: 0538-6221234  Mob: 13805381234\nEmail: zs@tawhys.cn"
    )
    (c,) = contacts_in_text(body, "body")
    assert _fields(c) == {
        "unit": ("泰安市文化艺术学校", True),
        "name": ("张三", True),
        "position": ("办公室主任", True),
        "email": ("zs@tawhys.cn", True),
        "mobile": ("13805381234", True),
        "phone": ("0538-6221234", True),
    }


def test_salutation_is_not_taken_for_the_sender() -> None:
    assert contacts_in_text("王老师：\n附件请查收。\n手机：13805381234", "body") == ()
    assert contacts_in_text("张主任您好，附件请查收。\n手机：13805381234", "body") == ()
    (c,) = contacts_in_text("张主任您好，附件请查收。\n李四\n干事\n手机：13805381234", "body")
    assert (c.name.value, c.position.value) == ("李四", "干事")


def test_name_and_position_glued_together() -> None:
    text = "联络员为办公室刘洋老师，手机13805381234，邮箱 ly@tsvtc.edu.cn。"
    (c,) = contacts_in_text(text, "body")
    assert (c.name.value, c.position.value) == ("刘洋", "办公室老师")
    assert (c.mobile.value, c.email.value) == ("13805381234", "ly@tsvtc.edu.cn")
    (c,) = contacts_in_text("联系人：张三办公室主任，手机：13805381234", "body")
    assert (c.name.value, c.position.value) == ("张三", "办公室主任")
    (c,) = contacts_in_text("教务处副处长李明\n13805381234", "body")
    assert (c.name.value, c.position.value) == ("李明", "教务处副处长")


def test_quoted_original_of_a_reply_is_not_read() -> None:
    body = (
        "田老师：您好！方案已发，请查收。\n"
        "\n"
        "------------------ 原始邮件 ------------------\n"
        '发件人: "市教育局职成高教科"<jyj-zcjk01@ta.shandong.cn>;\n'
        '收件人: "张三"<zs@qq.com>;\n'
        "联系人：田洪娟，联系电话：0538-6991449\n"
    )
    assert contacts_in_text(body, "body") == ()


def test_two_signatures_separated_by_a_blank_line() -> None:
    body = "张三\n泰山区教体局\n电话：0538-8221234\n\n李四\n泰山区教体局\n手机：13905381234"
    first, second = contacts_in_text(body, "body")
    assert (first.name.value, first.phone.value, first.mobile.valid) == (
        "张三",
        "0538-8221234",
        False,
    )
    assert (second.name.value, second.mobile.value, second.unit.value) == (
        "李四",
        "13905381234",
        "泰山区教体局",
    )


def test_body_numbers_without_a_name_give_no_contact() -> None:
    assert contacts_in_text("特此报送\n13805381234\nzs@qq.com", "body") == ()
    assert contacts_in_text("谢谢！\n请回复至 zs@qq.com", "body") == ()


def test_notice_text_itself_gives_no_contact() -> None:
    text = (
        "并于 2020 年 11 月 5 日前将活动周方案、宣传专栏（网站）地址和联络员联系方式"
        "（单位、姓名、职务、邮箱、手机号码）报市教育局职成高教科，电子版发送至指定邮箱。"
    )
    assert contacts_in_text(text, "body") == ()


def test_gmail_style_words_are_not_labels() -> None:
    (c,) = contacts_in_text("联系人：刘强，邮箱：lq@gmail.com，手机：13805381234", "body")
    assert c.email == OK("lq@gmail.com", True)


def test_every_label_is_found_in_any_case() -> None:
    """The label pattern opens with a lookahead on the labels' first characters (speed):
    it must let every label through, in upper case too."""
    from parsers.contacts import _ALL_LABELS, _LABEL_RE

    for label in _ALL_LABELS:
        for form in (label, label.upper(), label.title()):
            found = _LABEL_RE.search(f"见{form}：")
            assert found is not None and found.group(0) == form, form


def test_numbers_found_by_their_first_character() -> None:
    (c,) = contacts_in_text("张三 +86 138-0538-1234 (0538)6991449", "body")
    assert (c.mobile.value, c.phone.value) == ("13805381234", "0538-6991449")


def test_a_signature_line_of_department_then_title_is_one_position() -> None:
    body = (
        "您好！附件为活动周实施方案，联络员由我担任，联系方式见签名。\n\n"
        "王磊\n综合科 科员\n泰安高新技术产业开发区教育和体育局\n"
        "Tel：0538-8926610   Mob：158 5380 1122\n"
    )
    (c,) = contacts_in_text(body, "body")
    assert (c.name.value, c.position.value, c.mobile.value) == ("王磊", "综合科科员", "15853801122")


def test_a_salutation_of_several_recipients_names_nobody_of_the_sender() -> None:
    body = (
        "郝科长、田科长：\n您好！我校活动周方案已附。\n"
        "联络员：教务处 于洪波 主任 邮箱 tagjjx_jwc@126.com 手机 15763822064\n"
        "泰安市高级技工学校教务处\n"
    )
    (c,) = contacts_in_text(body, "body")
    assert (c.name.value, c.position.value) == ("于洪波", "教务处主任")


def test_words_apart_by_several_spaces_before_the_name() -> None:
    (c,) = contacts_in_text(
        "联络员：泰山区教育和体育局职成科  王丽娟  科长  邮箱tsq@ta.shandong.cn  手机13905388214",
        "body",
    )
    assert (c.unit.value, c.name.value, c.position.value) == (
        "泰山区教育和体育局",
        "王丽娟",
        "职成科科长",
    )


def test_a_bracketed_position_that_names_the_department_again() -> None:
    """ "党委宣传部 张晓燕（宣传部副部长）": the department once."""
    (c,) = contacts_in_text(
        "联络员：泰安职业技术学院党委宣传部 张晓燕（宣传部副部长），手机13675487302", "body"
    )
    assert (c.name.value, c.position.value) == ("张晓燕", "宣传部副部长")
    (c,) = contacts_in_text("联络员：党委宣传部 干事 吴倩 手机13562811390", "body")
    assert (c.name.value, c.position.value) == ("吴倩", "党委宣传部干事")


def test_a_quoted_forward_read_whole_gives_the_schools_liaison() -> None:
    """Through the mail reader and read_facts: a county's inline forward (---原始邮件---)."""
    from email.message import EmailMessage

    from parsers.facts import read_facts
    from parsers.mail import read_mail

    msg = EmailMessage()
    msg["From"] = "dpxjtj_zck@ta.shandong.cn"
    msg["To"] = "jyj-zcjk01@ta.shandong.cn"
    msg["Subject"] = "Fw: 东平县职业教育中心学校活动周方案"
    msg.set_content(
        "职成高教科：\n转发东平县职业教育中心学校报送材料。\n\n---原始邮件---\n"
        '发件人: "东平县职教中心" <dpzjzx_xb@163.com>\n主题: 活动周方案和联络员\n'
        "日期: 2020年11月4日 下午3:12\n\n县教体局：\n"
        "    联络员：东平县职业教育中心学校办公室主任 程玉华\n"
        "    手机：15069857214  邮箱：chengyh@dpzjzx.cn\n"
    )
    facts = read_facts(read_mail(msg.as_bytes()))
    assert facts.mail.forwarded_from == "dpzjzx_xb@163.com"
    assert [(c.name.value, c.unit.value) for c in facts.body_contacts] == [
        ("程玉华", "东平县职业教育中心学校")
    ]
