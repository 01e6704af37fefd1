"""Relevance: registered sender, unit name or keyword, on or after the campaign start."""

from __future__ import annotations

from dataclasses import replace

import pytest

from parsers.model import Mail, MailFlag, ReadStatus
from rules.campaign import Campaign
from rules.model import Known
from rules.relevance import relevance, relevance_of_facts
from tests.rules.factories import at, attachment, facts, file, mail

NONE = Known()


def test_registered_sender(campaign: Campaign) -> None:
    r = relevance(mail("hello", "tsqjtj@ta.shandong.cn"), campaign, NONE)
    assert r.relevant and r.reason == "registered sender tsqjtj@ta.shandong.cn"


def test_sender_assigned_by_staff(campaign: Campaign) -> None:
    r = relevance(mail("hello", "li@126.com"), campaign, Known(sender_units={"li@126.com": "nyzz"}))
    assert r.relevant and r.reason == "registered sender li@126.com"


def test_unit_name_in_subject(campaign: Campaign) -> None:
    r = relevance(mail("肥城职专材料", "x@qq.com"), campaign, NONE)
    assert r.relevant and r.reason == "unit name 肥城职专 in subject"


def test_unit_name_in_attachment_name(campaign: Campaign) -> None:
    m = mail("材料", "x@qq.com", attachments=(attachment("泰山职业技术学院.docx"),))
    r = relevance(m, campaign, NONE)
    assert r.relevant and r.reason == "unit name 泰山职院 in attachment name"


def test_keyword_in_subject(campaign: Campaign) -> None:
    r = relevance(mail("活动周方案", "x@qq.com"), campaign, NONE)
    assert r.relevant and r.reason == "keyword 活动周 in subject"


def test_keyword_in_body(campaign: Campaign) -> None:
    r = relevance(mail("材料", "x@qq.com", "我校的联络员是张三"), campaign, NONE)
    assert r.relevant and r.reason == "keyword 联络员 in body"


def test_unrelated_mail(campaign: Campaign) -> None:
    r = relevance(mail("周五开会", "x@qq.com", "请准时参加"), campaign, NONE)
    assert not r.relevant


def test_bare_county_place_name_is_not_relevant(campaign: Campaign) -> None:
    assert not relevance(mail("肥城市天气预报", "x@qq.com"), campaign, NONE).relevant


def test_before_campaign_start(campaign: Campaign) -> None:
    m = mail("活动周方案", "tsqjtj@ta.shandong.cn", date=at("2020-10-31 23:59"))
    r = relevance(m, campaign, NONE)
    assert not r.relevant and r.reason.startswith("before campaign start 2020-11-01")


def test_on_campaign_start(campaign: Campaign) -> None:
    m = mail("活动周方案", "x@qq.com", date=at("2020-11-01 00:00"))
    assert relevance(m, campaign, NONE).relevant


def test_received_time_wins_over_date_header(campaign: Campaign) -> None:
    m = mail("活动周方案", "x@qq.com", date=at("2020-11-03 00:00"))
    assert not relevance(m, campaign, NONE, received_at=at("2020-10-20 09:00")).relevant


def test_no_date_is_judged_by_content(campaign: Campaign) -> None:
    m = mail("活动周方案", "x@qq.com")
    undated = type(m)(**{**{s: getattr(m, s) for s in m.__slots__}, "date": None})
    assert relevance(undated, campaign, NONE).relevant


@pytest.mark.parametrize(
    ("flag", "kind"),
    [
        (MailFlag.BOUNCE, "delivery report"),
        (MailFlag.AUTO_REPLY, "auto-reply"),
        (MailFlag.READ_RECEIPT, "read receipt"),
        (MailFlag.AUTH_FAILED, "sender authentication failed"),
        (MailFlag.LIST, "list mail"),
    ],
)
def test_machine_and_spoofed_mail_is_no_submission_whoever_sends_it(
    campaign: Campaign, flag: MailFlag, kind: str
) -> None:
    m = mail("肥城职专活动周方案", "fczz@ta.shandong.cn", flags={flag})
    r = relevance(m, campaign, NONE)
    assert not r.relevant and r.keep and r.reason.startswith(kind)


def test_a_campaign_keyword_alone_never_makes_a_bounce_relevant(campaign: Campaign) -> None:
    m = mail("Undeliverable: 职业教育活动周", "postmaster@qq.com", flags={MailFlag.BOUNCE})
    r = relevance(m, campaign, NONE)
    assert not r.relevant and r.reason.startswith("delivery report")


def test_empty_mail_is_no_submission(campaign: Campaign) -> None:
    r = relevance(mail("", "fczz@ta.shandong.cn", ""), campaign, NONE)
    assert not r.relevant and r.reason.startswith("empty mail")
    subject_only = mail("肥城职专宣传专栏 www.fczz.cn/hdz", "fczz@ta.shandong.cn", "")
    assert relevance(subject_only, campaign, NONE).relevant


def test_nothing_said_but_documents_attached_are_read_first(campaign: Campaign) -> None:
    m = mail("", "stranger@163.com", "", attachments=(attachment("方案.docx"),))
    r = relevance(m, campaign, NONE)
    assert (r.relevant, r.look_inside) == (False, True)


CITY = "jyj-zcjk01@ta.shandong.cn"


def _cc_city(subject: str, sender: str, body: str = "", to: str = "school1@qq.com") -> Mail:
    """A mail to someone else with the city's mailbox only in Cc."""
    m = mail(subject, sender, body) if body else mail(subject, sender)
    return replace(m, to=(to,), cc=(CITY,))


@pytest.mark.parametrize(
    ("subject", "sender", "body", "to"),
    [
        (
            "转发：关于做好2020年职业教育活动周相关工作的通知",
            "fcsjtj@ta.shandong.cn",
            "",
            "s@qq.com",
        ),
        ("请各校认真落实泰教函〔2020〕72号", "fcsjtj@ta.shandong.cn", "", "s@qq.com"),
        (
            "市教育局通知",
            "fcsjtj@ta.shandong.cn",
            "各学校：现将市教育局的通知转发给你们。",
            "s@qq.com",
        ),
        # a school's own notice to its departments
        (
            "关于组织师生观看启动仪式直播的通知",
            "dpzz@ta.shandong.cn",
            "各处室、各专业部：\n请组织观看。",
            "b@dpzz.cn",
        ),
        # a county's own reminder to its schools, nothing attached
        (
            "关于报送宣传稿件的提醒",
            "fcsjtj@ta.shandong.cn",
            "各职业学校：请于11月13日前报县局。",
            "s@qq.com",
        ),
        # a school's note to its county
        (
            "回复：关于做好宣传稿件报送工作的通知",
            "fczz@ta.shandong.cn",
            "孟老师：收到。",
            "fcsjtj@ta.shandong.cn",
        ),
    ],
)
def test_mail_to_others_with_the_city_only_in_cc_is_a_copy(
    campaign: Campaign, subject: str, sender: str, body: str, to: str
) -> None:
    m = _cc_city(subject, sender, body, to)
    r = relevance(m, campaign, NONE)
    assert not r.relevant and r.reason.startswith("a notice forwarded to others")
    assert relevance(replace(m, to=(CITY,), cc=()), campaign, NONE).relevant  # sent to us


def test_a_copy_that_delivers_the_column_is_a_submission(campaign: Campaign) -> None:
    m = _cc_city(
        "回复：通知",
        "fczz@ta.shandong.cn",
        "我校专栏 http://www.fczz.net/hdz/",
        "fcsjtj@ta.shandong.cn",
    )
    assert relevance(m, campaign, NONE).relevant


def test_forward_of_registered_sender(campaign: Campaign) -> None:
    m = mail("Fw: 你好", "x@qq.com", forwarded_from="dpzz@ta.shandong.cn")
    assert relevance(m, campaign, NONE).reason == "registered sender dpzz@ta.shandong.cn"


def test_a_document_to_our_mailbox_whose_name_says_what_it_is_is_kept(
    campaign: Campaign,
) -> None:
    from rules.relevance import relevance_of_documents
    from tests.rules.factories import facts, file

    story = "11月10日，我校组织师生走进社区开展家电义务维修活动，为居民维修电器40余件。"
    to_us = replace(
        mail("稿子", "teacher@163.com", "老师您好，麻烦审核。"), to=tuple(campaign.mailboxes[:1])
    )
    r = relevance_of_documents(facts(to_us, file("稿件.docx", story)), campaign)
    assert r.relevant and "names a deliverable" in r.reason
    elsewhere = replace(to_us, to=("someone@else.cn",))
    assert not relevance_of_documents(facts(elsewhere, file("稿件.docx", story)), campaign).relevant
    unnamed = replace(to_us, subject="你好")
    assert not relevance_of_documents(facts(unnamed, file("附件.docx", story)), campaign).relevant
    unreadable = file("稿件.docx", "", status=ReadStatus.UNREADABLE)
    assert not relevance_of_documents(facts(to_us, unreadable), campaign).relevant


def test_a_question_from_an_address_no_unit_uses_is_other_mail(campaign: Campaign) -> None:
    from rules.relevance import relevance_of_facts
    from tests.rules.factories import facts

    asked = mail(
        "咨询肥城职专活动周校园开放日",
        "parent@qq.com",
        "您好，我是学生家长，请问职业教育活动周期间肥城职专的开放日怎么报名？",
    )
    first = relevance(asked, campaign, NONE)
    assert first.relevant  # names a unit and the campaign
    after = relevance_of_facts(facts(asked), campaign, first)
    assert not after.relevant and after.keep and "no unit uses" in after.reason
    own = replace(asked, from_addr="fczz@ta.shandong.cn")  # the school's own question
    assert relevance_of_facts(facts(own), campaign, relevance(own, campaign, NONE)).relevant


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("关于报送安全工作联络员的通知回复", "我单位安全工作联络员：赵明，办公室主任。"),
        ("招生考试联络员", "我校考试联络员为王芳，教务处。"),
        ("培训报名回执", "我局参加骨干教师培训回执已填好，人员：孙强。"),
    ],
)
def test_a_campaign_word_qualified_by_other_business_is_other_mail(
    campaign: Campaign, subject: str, body: str
) -> None:
    """A registered unit's note naming a liaison or a receipt of another business (疫情防控
    联络员, 参会回执) delivers nothing to this campaign; the unqualified word still does."""
    from rules.relevance import relevance_of_facts
    from tests.rules.factories import facts

    note = mail(subject, "fczz@ta.shandong.cn", body)
    after = relevance_of_facts(facts(note), campaign, relevance(note, campaign, NONE))
    assert not after.relevant and after.keep and "not a submission" in after.reason
    plain = replace(note, subject="联络员", body_text="我校联络员为王芳，教务处。")
    assert relevance_of_facts(facts(plain), campaign, relevance(plain, campaign, NONE)).relevant
    ours = replace(note, body_text=body + "另：活动周联络员不变。")
    assert relevance_of_facts(facts(ours), campaign, relevance(ours, campaign, NONE)).relevant


def test_a_registered_units_calendar_invitation_for_other_business_is_other_mail(
    campaign: Campaign,
) -> None:
    """An .ics delivers nothing the campaign asks for; 宣传 in the signature's 党委宣传部
    names a department, not publicity material."""
    from rules.relevance import relevance_of_facts
    from tests.rules.factories import facts, file

    invite = mail(
        "邀请：校企合作洽谈会（11月20日）",
        "fczz@ta.shandong.cn",
        "诚邀市教育局领导莅临指导我校校企合作洽谈会。\n肥城市职业中专党委宣传部",
    )
    ics = file("meeting.ics", "", status=ReadStatus.UNSUPPORTED)
    after = relevance_of_facts(facts(invite, ics), campaign, relevance(invite, campaign, NONE))
    assert not after.relevant and after.keep
    report = replace(invite, body_text="附件是我校活动周宣传稿件，请审阅。")
    first = relevance(report, campaign, NONE)
    assert relevance_of_facts(facts(report, ics), campaign, first).relevant


def test_a_late_report_of_another_years_campaign_is_other_mail(campaign: Campaign) -> None:
    late = mail(
        "2019年职业教育活动周工作总结（补报）",
        "fczz@ta.shandong.cn",
        "市局：去年活动周总结当时漏报，现补报，请存档。",
        date=at("2020-11-10 10:00"),
        attachments=(attachment("肥城职专2019年职业教育活动周工作总结.docx"),),
    )
    r = relevance(late, campaign, NONE)
    assert not r.relevant and r.keep and "2019" in r.reason
    # a file name alone never decides: schools reuse last year's names
    reused = replace(late, subject="活动周工作总结")
    assert relevance(reused, campaign, NONE).relevant
    # this year named anywhere in what the sender wrote: this campaign's mail
    compared = replace(late, body_text="附件为2020年活动周总结，较2019年活动周参与人数增加。")
    assert relevance(compared, campaign, NONE).relevant


def test_a_units_contact_for_other_business_is_other_mail(campaign: Campaign) -> None:
    from rules.relevance import relevance_of_facts
    from tests.rules.factories import facts

    note = mail(
        "新泰市教体局安全生产月活动联络员名单",
        "fczz@ta.shandong.cn",
        "市应急局：\n我局安全生产月活动联络员：安全科 王刚，手机13905383300。",
    )
    from tests.rules.factories import contact as make_contact

    person = make_contact(unit="", name="王刚", mobile="13905383300", email="")
    first = relevance(note, campaign, NONE)
    after = relevance_of_facts(facts(note, contacts=(person,)), campaign, first)
    assert not after.relevant and after.keep and "other business" in after.reason
    ours = replace(
        note, subject="活动周联络员", body_text="我局活动周联络员：王刚，手机13905383300。"
    )
    first = relevance(ours, campaign, NONE)
    assert relevance_of_facts(facts(ours, contacts=(person,)), campaign, first).relevant


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "关于举办全市技工院校教师培训班的通知（联络员：孙丽）",
            "各技工院校：\n定于11月20日举办教师培训班，培训期间联络员孙丽，手机13562826390。",
        ),
        (
            "关于召开安全工作会议的通知",
            "各单位：\n会议联络员：孙丽，手机13562826390。",
        ),
    ],
)
def test_the_liaison_of_another_business_notice_is_other_mail(
    campaign: Campaign, subject: str, body: str
) -> None:
    """A registered unit's notice of a training course or a meeting names that course's
    liaison: no campaign contact."""
    from rules.relevance import relevance_of_facts
    from tests.rules.factories import contact as make_contact
    from tests.rules.factories import facts

    note = mail(subject, "fczz@ta.shandong.cn", body)
    person = make_contact(unit="", name="孙丽", mobile="13562826390", email="")
    after = relevance_of_facts(
        facts(note, contacts=(person,)), campaign, relevance(note, campaign, NONE)
    )
    assert not after.relevant and after.keep, after.reason


@pytest.mark.parametrize(
    ("subject", "body", "files"),
    [
        (
            "转发：山东省教育厅关于做好2020年职业教育活动周相关工作的通知（供参考）",
            "收到省厅通知，转发供参考。",
            ("鲁教职字〔2020〕11号.docx",),
        ),
        ("Fw: 关于开展职业教育活动周的通知", "转给市局，请知悉。", ("通知.pdf",)),
    ],
)
def test_a_notice_passed_on_for_information_is_other_mail(
    campaign: Campaign, subject: str, body: str, files: tuple[str, ...]
) -> None:
    fyi = mail(subject, "fczz@ta.shandong.cn", body, attachments=tuple(map(attachment, files)))
    r = relevance(fyi, campaign, NONE)
    assert not r.relevant and r.keep and "for information" in r.reason
    with_plan = replace(fyi, attachments=(*fyi.attachments, attachment("肥城职专活动周方案.docx")))
    assert relevance(with_plan, campaign, NONE).relevant  # it delivers a plan too


def test_a_countys_own_notice_to_its_schools_with_the_city_in_cc(campaign: Campaign) -> None:
    own = replace(
        mail(
            "关于报送职业教育活动周总结的通知",
            "fcsjtj@ta.shandong.cn",
            "县职专、县技工学校：\n请于今天12时前将活动周总结和统计表报县教体局，由我局汇总后报市局。",
        ),
        to=("school1@qq.com",),
        cc=("jyj-zcjk01@ta.shandong.cn",),
    )
    assert relevance(own, campaign, NONE).reason.startswith("a notice forwarded to others")


def test_a_calendar_invitation_is_other_mail(campaign: Campaign) -> None:
    invite = mail(
        "邀请: 肥城职专2020年职业教育活动周开幕式 @ 2020年11月8日 9:00",
        "fczz@ta.shandong.cn",
        "诚邀市局领导出席我校活动周开幕式。",
        attachments=(attachment("invite.ics"),),
    )
    r = relevance(invite, campaign, NONE)
    assert not r.relevant and r.keep and "invitation" in r.reason
    with_plan = replace(invite, attachments=(*invite.attachments, attachment("方案.docx")))
    assert relevance(with_plan, campaign, NONE).relevant


def test_a_units_report_on_other_business_delivers_nothing_to_the_campaign(
    campaign: Campaign,
) -> None:
    from rules.relevance import relevance_of_facts
    from tests.rules.factories import facts

    note = mail(
        "关于报送冬季校园安全检查情况的函",
        "fczz@ta.shandong.cn",
        "市教育局：\n我校冬季校园安全检查情况报告见正文，已完成全部排查。",
    )
    after = relevance_of_facts(facts(note), campaign, relevance(note, campaign, NONE))
    assert not after.relevant and after.keep


@pytest.mark.parametrize(
    ("subject", "filename", "text"),
    [
        ("肥城职专2020年技能大赛报名表", "肥城职专技能大赛报名表.xlsx", "序号 姓名 参赛项目"),
        ("新泰市2021年中等职业学校招生计划", "新泰市2021年中职招生计划.xlsx", "学校 专业 计划数"),
        ("东平县冬季校园安全隐患排查情况报告", "冬季校园安全隐患排查报告.docx", "一、排查情况"),
        ("泰山护理职业学院省级教师培训推荐人选", "教师培训推荐名单.xlsx", "姓名 学科"),
    ],
)
def test_a_registered_units_files_about_other_business_are_other_mail(
    campaign: Campaign, subject: str, filename: str, text: str
) -> None:
    m = mail(subject, "fczz@ta.shandong.cn", "职成高教科：附件请审核。")
    verdict = relevance_of_facts(
        facts(m, file(filename, text)), campaign, relevance(m, campaign, Known())
    )
    assert not verdict.relevant and verdict.keep and "other business" in verdict.reason


@pytest.mark.parametrize(
    ("subject", "body", "filename", "text"),
    [
        # the week named only as a time in the covering note
        (
            "新泰市2020年中职技能大赛选手汇总表",
            "科长：选手汇总表见附件。活动周期间我市还将组织获奖选手进社区展示。",
            "选手汇总表.xlsx",
            "序号 学校 赛项 选手",
        ),
        # a 联系人 line and a 情况报告 under another topic are that topic's
        (
            "肥城职专关于冬季校园安全专项检查情况的报告",
            "市局：报告见附件。\n联系人：办公室 王芳 13605381234",
            "安全专项检查情况报告.docx",
            "一、检查范围 二、整改情况",
        ),
        (
            "宁阳县参会回执（全市职业教育工作会议）",
            "姓名：张强\n职务：副局长\n手机：13805381127",
            "",
            "",
        ),
        ("报名：全市中职学校宣传思想工作研讨会", "我校报名参加，参会人：李华 13905381234", "", ""),
        (
            "东平职教中心疫情防控台账（第二周）",
            "台账见附件。活动周中各项活动均已落实防控要求。",
            "台账.xlsx",
            "日期 晨检 异常",
        ),
        (
            "泰山区职专1+X证书试点情况统计表",
            "统计表见附件。",
            "1+X统计表.xlsx",
            "证书 培训人次 考核人次",
        ),
    ],
)
def test_other_business_with_the_campaign_in_passing_is_other_mail(
    campaign: Campaign, subject: str, body: str, filename: str, text: str
) -> None:
    m = mail(subject, "fczz@ta.shandong.cn", body)
    files = [file(filename, text)] if filename else []
    verdict = relevance_of_facts(facts(m, *files), campaign, relevance(m, campaign, Known()))
    assert not verdict.relevant and verdict.keep and "other business" in verdict.reason


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("肥城职专技能大赛", "附件是我校技能大赛的新闻稿，请审阅。"),  # an article word in the note
        ("肥城职专技能大赛", "报送我校职业教育活动周宣传材料。"),  # the week named, not as a time
    ],
)
def test_a_note_that_names_the_campaigns_material_keeps_an_other_topic_mail(
    campaign: Campaign, subject: str, body: str
) -> None:
    m = mail(subject, "fczz@ta.shandong.cn", body)
    verdict = relevance_of_facts(
        facts(m, file("1.docx", "肥城职专举办技能大赛，师生踊跃参与。")),
        campaign,
        relevance(m, campaign, Known()),
    )
    assert verdict.relevant


def test_news_of_the_unit_on_another_topic_is_publicity(campaign: Campaign) -> None:
    """ "云上招生咨询会信息" with a news item (东平讯（通讯员…）): an article, not 招生 business."""
    m = mail("肥城职专云上招生咨询会信息", "fczz@ta.shandong.cn", "昨晚咨询会的信息，附件请查收。")
    news = (
        "肥城职专举办云上招生咨询会\n肥城讯（通讯员 程丽）11月13日晚，肥城职专举办云上招生咨询会。"
    )
    verdict = relevance_of_facts(
        facts(m, file("咨询会.doc", news)), campaign, relevance(m, campaign, Known())
    )
    assert verdict.relevant


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("肥城职专技能大赛报道", "肥城职专举办技能大赛，师生踊跃参与。"),  # 报道: an article
        ("肥城职专技能大赛", "职业教育活动周期间，肥城职专举办技能大赛。"),  # the week named inside
    ],
)
def test_other_business_words_beside_the_campaign_keep_the_mail(
    campaign: Campaign, subject: str, text: str
) -> None:
    m = mail(subject, "fczz@ta.shandong.cn", "见附件。")
    verdict = relevance_of_facts(
        facts(m, file("1.docx", text)), campaign, relevance(m, campaign, Known())
    )
    assert verdict.relevant
