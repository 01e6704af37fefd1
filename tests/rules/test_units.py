"""Unit identification: each rule on its own, then the order, ties, forwards and spoofing."""

from __future__ import annotations

from parsers.model import MailFlag
from rules.campaign import Campaign
from rules.model import Known
from rules.units import (
    UNIT_RULES,
    county_of,
    identify_unit,
    liaison_contact,
    name_in_content,
    sender_address,
    unit_patterns,
)
from tests.rules.factories import ARTICLE, contact, facts, file, mail

NONE = Known()


# --------------------------------------------------------------------------- sender address


def test_registered_sender_decides(campaign: Campaign) -> None:
    v = identify_unit(facts(mail("报送材料", "fczz@ta.shandong.cn")), campaign, NONE)
    assert (v.unit_id, v.rule, v.new_sender) == ("fczz", "sender-address", False)
    assert "registered sender fczz@ta.shandong.cn" in v.evidence


def test_registered_sender_beats_content(campaign: Campaign) -> None:
    m = mail("新泰职专活动周方案", "FCZZ@ta.shandong.cn")
    v = identify_unit(facts(m), campaign, NONE)
    assert v.unit_id == "fczz"


def test_sender_learned_from_staff(campaign: Campaign) -> None:
    known = Known(sender_units={"li@126.com": "nyzz"})
    v = sender_address(facts(mail("材料", "li@126.com")), campaign, known)
    assert v is not None and v.unit_id == "nyzz"
    assert "assigned by staff" in v.evidence[0]


def test_learned_sender_for_unknown_unit_is_ignored(campaign: Campaign) -> None:
    known = Known(sender_units={"li@126.com": "no-such-unit"})
    assert sender_address(facts(mail("材料", "li@126.com")), campaign, known) is None


def test_campaign_mailbox_is_never_a_unit(campaign: Campaign) -> None:
    known = Known(sender_units={"jyj-zcjk01@ta.shandong.cn": "fczz"})
    v = identify_unit(facts(mail("通知", "jyj-zcjk01@ta.shandong.cn")), campaign, known)
    assert v.unit_id is None


# --------------------------------------------------------------------------- names


def test_name_in_subject_from_personal_address_is_new_sender(campaign: Campaign) -> None:
    v = identify_unit(facts(mail("肥城职专活动周方案", "12345@qq.com")), campaign, NONE)
    assert (v.unit_id, v.rule, v.new_sender) == ("fczz", "name-in-subject", True)
    assert "new sender 12345@qq.com" in v.evidence


def test_school_name_is_not_a_mention_of_its_county(campaign: Campaign) -> None:
    m = mail("肥城市职业中等专业学校活动周方案", "x@163.com", "肥城市新城街道办事处路口")
    v = name_in_content(facts(m), campaign, NONE)
    assert v is not None and v.unit_id == "fczz"
    assert not any("肥城市教体局" in e for e in v.evidence)
    assert not any("肥城市教育和体育局" in e for e in v.evidence)


def test_bare_county_place_name_matches_nothing(campaign: Campaign) -> None:
    m = mail("肥城市职业教育活动周方案", "x@163.com", "肥城市 泰安高新区")
    assert name_in_content(facts(m), campaign, NONE) is None


def test_county_bureau_forms_are_equivalent(campaign: Campaign) -> None:
    for written in ("肥城市教育和体育局", "肥城市教体局", "肥城市 教育局", "肥城教体局"):
        v = identify_unit(facts(mail(f"{written}活动周方案")), campaign, NONE)
        assert v.unit_id == "feicheng", written


def test_normalised_school_forms(campaign: Campaign) -> None:
    cases = {
        "泰安市泰山区教育和体育局": "taishan",
        "泰山职业技术学院": "tsvtc",
        "泰 山 职 院": "tsvtc",
        "宁阳县职业中专": "nyzz",
        "泰安市岱岳区职业教育中心": "dyzjzx",
        "岱岳区职业教育中心": "dyzjzx",
        "泰安市技师学院": "tajsxy",
    }
    for written, expected in cases.items():
        v = identify_unit(facts(mail(f"{written}报送活动周方案")), campaign, NONE)
        assert v.unit_id == expected, written


def test_city_prefix_is_not_dropped_into_a_generic_name(campaign: Campaign) -> None:
    assert "技师学院" not in unit_patterns(campaign)
    v = identify_unit(facts(mail("山东技师学院活动周方案")), campaign, NONE)
    assert v.unit_id is None


def test_full_width_forms(campaign: Campaign) -> None:
    # Full-width spaces and letters around the name.
    v = identify_unit(facts(mail("【肥城职专】　活动周方案（ＦＣＺＺ）")), campaign, NONE)
    assert v.unit_id == "fczz"


def test_article_mentioning_other_schools_goes_to_its_sender(campaign: Campaign) -> None:
    text = ARTICLE + "\n新泰职专、宁阳职专的老师也应邀参加，肥城市教体局有关负责同志到场指导。"
    m = mail("肥城职专宣传稿件", "teacher@126.com")
    v = identify_unit(
        facts(m, file("技能服务进社区.docx", text, title="技能服务进社区")), campaign, NONE
    )
    assert v.unit_id == "fczz"
    assert any(e.startswith("score 新泰市职业中等专业学校 1") for e in v.evidence)


def test_signature_names_the_unit(campaign: Campaign) -> None:
    body = "您好，附件是我校活动周方案，请查收。\n\n肥城市职业中等专业学校\n张三 13805381234"
    v = identify_unit(facts(mail("活动周方案", "zs@163.com", body)), campaign, NONE)
    assert (v.unit_id, v.rule) == ("fczz", "name-in-signature")


def test_mention_only_inside_a_document_is_too_weak(campaign: Campaign) -> None:
    doc = file("稿件.docx", "第一段\n第二段\n" + "这次活动中东平职专的老师也来了。")
    v = identify_unit(facts(mail("宣传稿件", "x@qq.com"), doc), campaign, NONE)
    assert v.unit_id is None and v.rule == "weak-mention"
    assert v.candidates == ("dpzz",)


def test_two_units_named_equally_are_ambiguous(campaign: Campaign) -> None:
    m = mail("肥城职专、新泰职专联合开展技能下乡活动", "x@qq.com")
    v = identify_unit(facts(m), campaign, NONE)
    assert v.unit_id is None and v.rule == "ambiguous"
    assert set(v.candidates) == {"fczz", "xtzz"}
    assert any(e.startswith("ambiguous between") for e in v.evidence)


def test_county_reporting_for_a_school_is_ambiguous_without_sender(campaign: Campaign) -> None:
    # A county bureau's subject naming one of its schools: both are named as strongly.
    m = mail("肥城市教体局转报肥城职专宣传稿件", "x@qq.com")
    v = identify_unit(facts(m), campaign, NONE)
    assert v.unit_id is None and set(v.candidates) == {"feicheng", "fczz"}


def test_reply_quoting_another_unit_does_not_count_as_strong(campaign: Campaign) -> None:
    body = (
        "收到，谢谢。\n宁阳县职业中等专业学校\n"
        "------------------ 原始邮件 ------------------\n"
        "发件人: 新泰职专\n内容：新泰职专的方案已收到"
    )
    v = identify_unit(facts(mail("回复：活动周方案", "a@qq.com", body)), campaign, NONE)
    assert v.unit_id == "nyzz"


# --------------------------------------------------------------------------- forwards


def test_forward_from_stranger_is_judged_by_original_sender(campaign: Campaign) -> None:
    m = mail(
        "转发：活动周方案",
        "staff.helper@qq.com",
        flags={MailFlag.FORWARDED},
        forwarded_from="xtzz@ta.shandong.cn",
    )
    v = identify_unit(facts(m), campaign, NONE)
    assert (v.unit_id, v.rule) == ("xtzz", "forwarded-sender")
    assert any("judged by original sender" in e for e in v.evidence)


def test_a_bureau_forwarding_its_schools_own_mail_forwards_the_schools_submission(
    campaign: Campaign,
) -> None:
    m = mail(
        "Fw: 宣传稿件",
        "fcsjtj@ta.shandong.cn",
        flags={MailFlag.FORWARDED},
        forwarded_from="fczz@ta.shandong.cn",
    )
    v = identify_unit(facts(m), campaign, NONE)
    assert (v.unit_id, v.rule) == ("fczz", "forwarded-sender")
    assert "forwarded by fcsjtj@ta.shandong.cn, judged by original sender" in v.evidence


def test_a_bureau_forwarding_an_unknown_original_is_the_bureau(campaign: Campaign) -> None:
    m = mail(
        "Fw: 宣传稿件",
        "fcsjtj@ta.shandong.cn",
        flags={MailFlag.FORWARDED},
        forwarded_from="someone@qq.com",
    )
    v = identify_unit(facts(m), campaign, NONE)
    assert (v.unit_id, v.rule) == ("feicheng", "sender-address")


def test_forward_from_stranger_with_original_content(campaign: Campaign) -> None:
    body = (
        "转给你们\n\n---------- Forwarded message ---------\n"
        "From: 王老师 <w@sina.com>\n请查收。\n东平县职业中等专业学校"
    )
    m = mail(
        "Fw: 活动周方案",
        "me@foxmail.com",
        body,
        flags={MailFlag.FORWARDED},
        forwarded_from="w@sina.com",
    )
    v = identify_unit(facts(m), campaign, NONE)
    assert v.unit_id == "dpzz" and v.new_sender
    assert "new sender w@sina.com" in v.evidence


def test_staff_forwarding_from_the_campaign_mailbox(campaign: Campaign) -> None:
    m = mail("Fw: 方案", "jyj-zcjk01@ta.shandong.cn", forwarded_from="nyzz@ta.shandong.cn")
    assert identify_unit(facts(m), campaign, NONE).unit_id == "nyzz"


# --------------------------------------------------------------------------- auth failed


def test_failed_authentication_distrusts_the_sender(campaign: Campaign) -> None:
    m = mail("活动周方案", "fczz@ta.shandong.cn", flags={MailFlag.AUTH_FAILED})
    v = identify_unit(facts(m), campaign, NONE)
    assert v.unit_id is None
    assert "sender authentication failed" in v.evidence


def test_failed_authentication_falls_back_to_content(campaign: Campaign) -> None:
    m = mail("新泰职专活动周方案", "fczz@ta.shandong.cn", flags={MailFlag.AUTH_FAILED})
    v = identify_unit(facts(m), campaign, NONE)
    assert (v.unit_id, v.new_sender) == ("xtzz", True)
    assert "sender authentication failed" in v.evidence


# --------------------------------------------------------------------------- liaisons


def test_known_liaison_email_as_sender(campaign: Campaign) -> None:
    known = Known(liaison_emails={"zhang@163.com": "dpzz"})
    v = identify_unit(facts(mail("材料", "Zhang@163.com")), campaign, known)
    assert (v.unit_id, v.rule, v.new_sender) == ("dpzz", "liaison-contact", True)


def test_known_liaison_mobile_in_body_contact(campaign: Campaign) -> None:
    known = Known(liaison_mobiles={"13805381234": "tawhys"})
    c = contact(unit="", mobile="138 0538 1234")
    v = liaison_contact(facts(mail("材料"), contacts=(c,)), campaign, known)
    assert v is not None and v.unit_id == "tawhys"


def test_liaison_breaks_a_tie_only_among_candidates(campaign: Campaign) -> None:
    m = mail("肥城职专、新泰职专联合开展技能下乡活动", "zhang@163.com")
    inside = identify_unit(facts(m), campaign, Known(liaison_emails={"zhang@163.com": "xtzz"}))
    assert inside.unit_id == "xtzz"
    outside = identify_unit(facts(m), campaign, Known(liaison_emails={"zhang@163.com": "dpzz"}))
    assert outside.unit_id is None and "dpzz" in outside.candidates


def test_two_liaisons_of_different_units_are_ambiguous(campaign: Campaign) -> None:
    known = Known(liaison_emails={"a@163.com": "fczz", "b@163.com": "xtzz"})
    cs = (contact(unit="", email="a@163.com"), contact(unit="", email="b@163.com"))
    v = identify_unit(facts(mail("材料", "c@qq.com"), contacts=cs), campaign, known)
    assert v.unit_id is None and v.rule == "ambiguous"


def test_nothing_found(campaign: Campaign) -> None:
    v = identify_unit(facts(mail("你好", "x@qq.com", "周末愉快")), campaign, NONE)
    assert (v.unit_id, v.rule, v.candidates) == (None, "no-match", ())


def test_rule_order_is_explicit() -> None:
    assert [r.__name__ for r in UNIT_RULES] == [
        "sender_address",
        "name_in_content",
        "liaison_contact",
    ]


def test_content_beats_liaison(campaign: Campaign) -> None:
    known = Known(liaison_emails={"zhang@163.com": "xtzz"})
    v = identify_unit(facts(mail("肥城职专活动周方案", "zhang@163.com")), campaign, known)
    assert v.unit_id == "fczz"


# --------------------------------------------------------------------------- relations, replies


def test_county_of_school_is_read_from_names(campaign: Campaign) -> None:
    assert county_of(campaign, "fczz") == "feicheng"
    assert county_of(campaign, "dyzjzx") == "daiyue"
    assert county_of(campaign, "tsvtc") is None  # 泰山职院 is not 泰山区's


def test_bureau_and_its_school_named_strongly_stay_unassigned(campaign: Campaign) -> None:
    m = mail("肥城市教体局转报肥城职专宣传稿件", "x@qq.com")
    f = file("肥城职专技能服务进社区.docx", ARTICLE, title="肥城职专技能服务进社区")
    v = identify_unit(facts(m, f), campaign, NONE)
    assert v.unit_id is None and set(v.candidates) == {"feicheng", "fczz"}
    assert any("the school's own county (肥城市教育和体育局)" in e for e in v.evidence)


def test_bare_county_place_in_subject_blocks_its_school(campaign: Campaign) -> None:
    m = mail("东平县报送活动周宣传材料", "x@qq.com")
    f = file("1.docx", ARTICLE, title="东平职专开展技能服务进社区活动")
    v = identify_unit(facts(m, f), campaign, NONE)
    assert v.unit_id is None and set(v.candidates) == {"dpzz", "dongping"}
    # The place name alone never assigns the bureau.
    assert identify_unit(facts(m), campaign, NONE).unit_id is None


def test_place_inside_the_school_name_does_not_block(campaign: Campaign) -> None:
    m = mail("东平县职业中等专业学校活动周方案", "x@qq.com", "地址：东平县州城街道")
    assert identify_unit(facts(m), campaign, NONE).unit_id == "dpzz"


def test_school_citing_its_bureau_in_the_body_is_the_school(campaign: Campaign) -> None:
    body = "在肥城市教育和体育局指导下，我校制定了活动周方案，请审阅。\n地址：肥城市新城街道"
    m = mail("肥城职专活动周方案", "x@qq.com", body)
    # Subject (3) against body (2) is not a clear enough majority: left for staff ...
    assert identify_unit(facts(m), campaign, NONE).unit_id is None
    # ... the plan's own title settles it.
    plan = file("方案.docx", "一、目的\n二、时间", title="肥城市职业中等专业学校活动周实施方案")
    assert identify_unit(facts(m, plan), campaign, NONE).unit_id == "fczz"


def test_quoted_reminder_in_a_reply_is_not_read(campaign: Campaign) -> None:
    body = (
        "补报\n\n------------------ 原始邮件 ------------------\n"
        "发件人: 职成高教科 <jyj-zcjk01@ta.shandong.cn>\n主题: 提醒\n\n"
        "肥城职专、新泰职专尚未报送方案。"
    )
    m = mail(
        "回复：提醒",
        "x@qq.com",
        body,
        flags={MailFlag.FORWARDED},
        forwarded_from="jyj-zcjk01@ta.shandong.cn",
    )
    f = file("方案.docx", "一、目的\n二、时间", title="东平县职业中等专业学校活动周实施方案")
    v = identify_unit(facts(m, f), campaign, NONE)
    assert v.unit_id == "dpzz" and v.new_sender
    assert not any("肥城" in e or "新泰" in e for e in v.evidence)
    assert "new sender x@qq.com" in v.evidence


def test_a_forward_reads_the_quoted_original(campaign: Campaign) -> None:
    body = (
        "转发\n\n-----原始邮件-----\n发件人: a@163.com\n主题: 方案\n\n"
        "请查收。\n新泰市职业中等专业学校"
    )
    m = mail("转发：方案", "x@qq.com", body, flags={MailFlag.FORWARDED}, forwarded_from="a@163.com")
    assert identify_unit(facts(m), campaign, NONE).unit_id == "xtzz"
    m = mail("回复：方案", "x@qq.com", body, flags={MailFlag.FORWARDED}, forwarded_from="a@163.com")
    assert identify_unit(facts(m), campaign, NONE).unit_id is None


def test_a_document_signed_off_with_the_unit_names_it(campaign: Campaign) -> None:
    """The last line alone (落款, or a page header the reader puts after the body) is the
    writer's unit, as its title would be; a sentence there is only a mention."""
    story = "学生走进社区\n十一月九日，师生为居民修理家电。\n居民纷纷点赞。\n"
    signed = file("稿件.docx", story + "东平县职业中等专业学校")
    v = identify_unit(facts(mail("稿件", "teacher@163.com"), signed), campaign, NONE)
    assert v.unit_id == "dpzz" and v.rule == "name-in-document"
    dated = file("稿件.docx", story + "东平职专  2020年11月10日")
    assert identify_unit(facts(mail("稿件", "t@163.com"), dated), campaign, NONE).unit_id == "dpzz"
    said = file("稿件.docx", story + "东平职专的老师也来了。")
    v = identify_unit(facts(mail("稿件", "teacher@163.com"), said), campaign, NONE)
    assert v.unit_id is None and v.rule == "weak-mention"


def test_a_two_letter_alias_staff_wrote_is_a_name(campaign: Campaign) -> None:
    """ "泰护宣传办 王晓": staff listed 泰护 as the college's alias, so it names the college;
    generated short forms under three letters never do."""
    units = tuple(
        u.model_copy(update={"aliases": (*u.aliases, "泰护")}) if u.id == "tshlxy" else u
        for u in campaign.units
    )
    ours = campaign.model_copy(update={"units": units})
    assert unit_patterns(ours).get("泰护") == "tshlxy"
    assert "泰护" not in unit_patterns(campaign)


def test_a_first_sentence_naming_guests_is_no_title(campaign: Campaign) -> None:
    """A company's report: its first sentence names a school among its guests; the first
    lines count as the writer's title only when they are no sentence."""
    story = (
        "光科机械公司开展校企合作产教对话\n"
        "11月12日，光科机械公司邀请东平职专等3所学校举行座谈会。\n"
        "双方签订合作协议。"
    )
    v = identify_unit(
        facts(mail("企业报道", "bgs@gkjx.com"), file("报道.docx", story)), campaign, NONE
    )
    assert v.unit_id is None and v.rule == "weak-mention"
    titled = file("报道.docx", "东平职专开展校企合作产教对话\n" + story)
    v = identify_unit(facts(mail("企业报道", "bgs@gkjx.com"), titled), campaign, NONE)
    assert v.unit_id == "dpzz"


def test_a_zones_education_office_names_its_bureau(campaign: Campaign) -> None:
    """社会事业局, 文教局 …: what a development zone or county calls its education office,
    after the bureau's own place name; another office of the place (人社局) is nobody."""
    for signature in ("泰安高新区文教局 赵敏", "肥城市社会事业局 王芳"):
        m = mail("活动周宣传材料5篇", "386152207@qq.com", f"老师好，共5篇。\n{signature}")
        v = identify_unit(facts(m), campaign, NONE)
        assert v.unit_id == ("gaoxin" if "高新" in signature else "feicheng"), v.evidence
    m = mail("活动周宣传材料", "386152207@qq.com", "老师好。\n肥城市人社局 王芳")
    assert identify_unit(facts(m), campaign, NONE).unit_id is None
