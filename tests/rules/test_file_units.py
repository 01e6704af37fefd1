"""The unit of each document: a county bureau forwarding or bundling its schools' files
credits each school for its own file; the bureau's own files stay the bureau's."""

from __future__ import annotations

from dataclasses import replace

from parsers.model import MailFlag
from parsers.urls import find_urls
from rules.campaign import Campaign
from rules.judge import judge
from rules.model import Known
from tests.rules.factories import attachment, facts, file, mail

ARTICLE = "本报讯 11月9日，学校组织师生开展技能服务进社区活动，受到居民欢迎。活动持续一天。"


def test_a_bureau_bundling_its_own_plan_and_a_schools_article(campaign: Campaign) -> None:
    f = facts(
        mail("东平县活动周材料", "dpxjtj@ta.shandong.cn"),
        file(
            "东平县教体局活动周实施方案.docx",
            "一、活动目的",
            title="东平县2020年职业教育活动周实施方案",
        ),
        file(
            "东平职专开展技能服务.docx",
            ARTICLE + "\n（供稿：东平职专）",
            title="东平职专开展技能服务进社区活动",
        ),
    )
    j = judge(f, campaign, Known())
    assert j.unit.unit_id == "dongping"  # the bureau's mail: its own plan is in it
    plan, article = j.files
    assert plan.unit is None  # follows the mail: the bureau's
    assert article.unit is not None and article.unit.unit_id == "dpzz"
    assert article.unit.rule == "named-in-document"


SCHOOL_NEWS = "东平职专开展技能服务进社区活动"


def test_a_bureaus_own_news_about_its_school_stays_the_bureaus(campaign: Campaign) -> None:
    """A headline names what the news is about, not who wrote it: a county bureau reports
    on its schools too. Only a sign that the school wrote it, or that the bureau passes it
    on, makes it the school's."""
    county = facts(
        mail("东平县活动周稿件", "dpxjtj@ta.shandong.cn", "稿件一篇，请审阅。"),
        file(
            f"{SCHOOL_NEWS}.docx",
            ARTICLE + "\n东平县有关负责人表示，将持续推进。",
            title=SCHOOL_NEWS,
        ),
    )
    j = judge(county, campaign, Known())
    assert (j.unit.unit_id, j.files[0].unit) == ("dongping", None)
    for subject, extra in (
        ("转报东平职专活动周稿件", ""),  # the bureau says it passes it on
        ("东平职专委托我局一并报送的稿件", ""),  # the school asked the bureau to send it
        ("东平县活动周稿件", "\n（通讯员 张立 东平职专）"),  # the school credited
        ("东平县活动周稿件", "\n东平县职业中等专业学校"),  # signed with the school's name
    ):
        f = replace(county, mail=replace(county.mail, subject=subject))
        f = replace(f, files=(file(f"{SCHOOL_NEWS}.docx", ARTICLE + extra, title=SCHOOL_NEWS),))
        j = judge(f, campaign, Known())
        assert "dpzz" in (j.unit.unit_id, j.files[0].unit and j.files[0].unit.unit_id), subject


def test_a_bureau_relaying_one_schools_files_forwards_the_schools_submission(
    campaign: Campaign,
) -> None:
    f = facts(
        mail("转报新泰职专活动周方案", "xtsjtj@ta.shandong.cn"),
        file(
            "新泰职专活动周方案.docx",
            "一、活动目的",
            title="新泰市职业中专2020年职业教育活动周方案",
        ),
    )
    j = judge(f, campaign, Known())
    assert (j.unit.unit_id, j.unit.rule) == ("xtzz", "relayed-for-school")
    assert j.files[0].unit is None  # the mail is the school's now


def test_a_bureau_relaying_a_schools_file_beside_an_article_of_its_own_site(
    campaign: Campaign,
) -> None:
    """ "另，我局网站今日刊发活动周综述，链接：…": the bureau's own article beside the school's
    file keeps the mail (and the link) the bureau's; the file stays the school's."""
    link = "http://jyj.xintai.gov.cn/art/2020/11/12/art_7721_483106.html"
    for body, mail_unit in (
        (f"转报职专稿件一篇（附件）。\n另，我局网站今日刊发活动周综述，链接：{link}", "xintai"),
        (f"转报职专稿件一篇（附件），职专网站刊发的报道：{link}", "xtzz"),
    ):
        f = facts(
            mail("转报新泰职专稿件", "xtsjtj@ta.shandong.cn", body),
            file("新泰职专学生进社区.docx", ARTICLE, title="新泰职专学生进社区义务理发"),
            urls=find_urls(body, "body"),
        )
        j = judge(f, campaign, Known())
        assert j.unit.unit_id == mail_unit, body
        assert j.article_links == (link,)
        owner = j.files[0].unit.unit_id if j.files[0].unit else j.unit.unit_id
        assert owner == "xtzz"


def test_a_schools_own_files_naming_its_bureau_stay_the_schools(campaign: Campaign) -> None:
    f = facts(
        mail("活动周方案", "fczz@ta.shandong.cn"),
        file("方案.docx", "根据肥城市教体局要求……", title="肥城市职业中等专业学校活动周实施方案"),
    )
    j = judge(f, campaign, Known())
    assert j.unit.unit_id == "fczz" and j.files[0].unit is None


def test_a_file_naming_two_units_equally_follows_the_mail(campaign: Campaign) -> None:
    f = facts(
        mail("宁阳县活动周材料", "nyxjtj@ta.shandong.cn"),
        file(
            "宁阳职专与宁阳县教体局联合开展活动.docx",
            ARTICLE,
            title="宁阳县教体局宁阳职专联合开展活动",
        ),
    )
    j = judge(f, campaign, Known())
    assert j.unit.unit_id == "ningyang" and j.files[0].unit is None


def test_a_bureau_forwarding_a_schools_mail_beside_its_own_plan(campaign: Campaign) -> None:
    own = file(
        "宁阳县教体局活动周实施方案.docx",
        "一、活动目的",
        title="宁阳县2020年职业教育活动周实施方案",
    )
    inside = file("技能服务进社区.docx", ARTICLE, title="学校开展技能服务进社区活动")
    inside = replace(inside, attachment=attachment(inside.attachment.filename, origin="forwarded"))
    f = facts(
        mail(
            "Fw: 宁阳县活动周材料",
            "nyxjtj@ta.shandong.cn",
            flags={MailFlag.FORWARDED},
            forwarded_from="nyzz@ta.shandong.cn",
        ),
        own,
        inside,
    )
    j = judge(f, campaign, Known())
    assert j.unit.unit_id == "ningyang"  # the bureau's mail: its own plan is in it
    plan, article = j.files
    assert plan.unit is None
    assert article.unit is not None and article.unit.unit_id == "nyzz"
    assert article.unit.rule == "forwarded-from"


def test_a_byline_naming_the_bureau_and_a_caption_naming_the_school(campaign: Campaign) -> None:
    """ "岱岳区教体局 韩雪梅" under the headline: the bureau wrote it; a photo's caption
    naming the school at the end is no sign-off."""
    text = (
        "11月9日，省级技能大师走进岱岳区职教中心，为数控专业学生现场演示精密加工技艺。"
        "\n图1 岱岳区职业教育中心现场"
    )
    for byline, owner in (("岱岳区教体局 韩雪梅", None), ("", None)):
        body = f"{byline}\n{text}" if byline else text
        f = facts(
            mail("稿件（岱岳区）", "dyqjtj@ta.shandong.cn", "见附件。"),
            file("技能大师进校园.docx", body, title="岱岳区职业教育中心开展技能大师进校园活动"),
        )
        j = judge(f, campaign, Known())
        assert j.unit.unit_id == "daiyue"
        assert j.files[0].unit is owner, byline


def test_the_files_of_a_forwarded_schools_mail_are_the_schools(campaign: Campaign) -> None:
    """A bureau forwards what a school sent to it by mistake: its sign-off names the
    school, so its files are the school's, the one naming nobody too."""
    body = (
        "市局职成高教科：\n职专的老师把两篇稿件误发到我局邮箱，现原样转发。\n肥城市教体局\n\n"
        '-------- 转发邮件信息 --------\n发件人："教务处" <jw@163.com>\n'
        "主题：活动周稿件两篇\n\n老师您好，我校活动周稿件两篇，请审核。\n肥城市职业中等专业学校"
    )
    forward = mail(
        "转发：活动周稿件两篇",
        "fcsjtj@ta.shandong.cn",
        body,
        flags={MailFlag.FORWARDED},
        forwarded_from="jw@163.com",
        forwarded_subject="活动周稿件两篇",
    )
    named = file("肥城职专开展驾驶模拟体验日.docx", ARTICLE, title="肥城职专开展驾驶模拟体验日")
    plain = file("汽修专业走进4S店.docx", ARTICLE, title="汽车运用与维修专业师生走进4S店")
    j = judge(facts(forward, named, plain), campaign, Known())
    owners = {j.unit.unit_id} | {d.unit.unit_id for d in j.files if d.unit}
    assert owners == {"fczz"}
    # a forward whose mail names two schools leaves the unnamed file with the mail
    two = replace(forward, body_text=body + "\n抄送：东平县职业中等专业学校")
    j = judge(facts(two, named, plain), campaign, Known())
    assert j.unit.unit_id == "feicheng" and j.files[1].unit is None


def test_a_bureaus_own_files_beside_a_forward_stay_the_bureaus(campaign: Campaign) -> None:
    """ "附件为我县活动周总结和统计表；另转发…的总结": an unnamed statistics table is the
    bureau's own, though the forwarded mail names one school."""
    body = (
        "市局职成高教科：\n附件为我县活动周总结和统计表；另转发肥城市职业中等专业学校的总结。\n\n"
        "-------- Forwarded message --------\n县教体局：我校活动周总结见附件。\n"
        "肥城市职业中等专业学校"
    )
    forward = mail("转发：活动周总结", "fcsjtj@ta.shandong.cn", body, flags={MailFlag.FORWARDED})
    table = file("活动周情况统计表.xlsx", "单位名称 线上活动 线下活动", title="情况统计表")
    j = judge(facts(forward, table), campaign, Known())
    assert j.files[0].unit is None or j.files[0].unit.unit_id != "fczz"


def test_a_byline_credits_its_people_not_the_school_its_lead_sentence_names(
    campaign: Campaign,
) -> None:
    """ "（通讯员 杜文华）11月10日，东平职专举行…": the credit ends at its bracket; the school
    the lead names is what the news is about. "通讯员 张立（东平职专）" credits the school."""
    text = "东平讯（通讯员 杜文华）10日，东平职专举行订单班签约仪式。"
    county = facts(
        mail("东平县稿件两篇", "dpxjtj@ta.shandong.cn", "稿件两篇，请查收。"),
        file(f"{SCHOOL_NEWS}.docx", f"{text}\n双方签订协议。", title=SCHOOL_NEWS),
    )
    j = judge(county, campaign, Known())
    assert (j.unit.unit_id, j.files[0].unit) == ("dongping", None)
    credited = text.replace("（通讯员 杜文华）", "（通讯员 张立（东平职专））")
    f = replace(county, files=(file(f"{SCHOOL_NEWS}.docx", credited, title=SCHOOL_NEWS),))
    j = judge(f, campaign, Known())
    assert "dpzz" in (j.unit.unit_id, j.files[0].unit and j.files[0].unit.unit_id)


def test_a_file_name_labelled_with_the_school_is_the_schools(campaign: Campaign) -> None:
    """ "东平职专-开放日.docx", "【东平职专】开放日.docx" from a bureau ("文件名前为报送单位"): the
    name labels who sent the item; a headline naming the school does not."""
    m = mail("东平县活动周稿件5篇", "dpxjtj@ta.shandong.cn", "稿件打包，文件名前为报送单位。")
    for name, wanted in (
        ("东平职专-开放日.docx", "dpzz"),
        ("【东平职专】开放日.docx", "dpzz"),
        (f"{SCHOOL_NEWS}.docx", "dongping"),
    ):
        news = file(name, ARTICLE, title=SCHOOL_NEWS)
        j = judge(facts(m, news), campaign, Known())
        credited = j.files[0].unit.unit_id if j.files[0].unit else j.unit.unit_id
        assert credited == wanted, name
