"""Judgement: unit + categories + column URL + article links + reply decision + notes."""

from __future__ import annotations

import pytest

from parsers.model import FoundUrl, MailFlag, ReadStatus
from rules.campaign import Campaign
from rules.judge import judge
from rules.model import Known
from tests.rules.factories import ARTICLE, facts, file, mail

NONE = Known()
COLUMN = FoundUrl(
    "http://www.fczz.net/hdz/", source="body", context="宣传专栏网址", column_score=2.0
)
WEAK_COLUMN = FoundUrl("http://www.fczz.net/", source="body", context="学校网站", column_score=0.5)
ARTICLE_URL = FoundUrl("https://mp.weixin.qq.com/s/AbC123", source="body", context="报道链接")


def test_registered_plan_mail(campaign: Campaign) -> None:
    m = mail("活动周方案", "fczz@ta.shandong.cn", f"宣传专栏网址：{COLUMN.url}")
    j = judge(
        facts(m, file("活动周方案.docx", "一、目的"), urls=(COLUMN, WEAK_COLUMN)), campaign, NONE
    )
    assert j.unit.unit_id == "fczz"
    assert [d.category.category for d in j.files] == ["plan"]
    assert j.column_urls == (COLUMN.url,)
    assert j.may_reply and j.notes == ()


def test_column_url_from_a_document(campaign: Campaign) -> None:
    doc_url = FoundUrl("http://fczz.net/zt/", source="专栏.docx#text", column_score=1.0)
    f = file("宣传专栏地址.docx", "专栏地址 http://fczz.net/zt/", urls=(doc_url,))
    j = judge(facts(mail("专栏", "fczz@ta.shandong.cn"), f), campaign, NONE)
    assert j.column_urls == ("http://fczz.net/zt/",)
    assert j.files[0].category.category == "other"


def test_column_url_needs_a_unit(campaign: Campaign) -> None:
    m = mail("专栏地址", "x@qq.com", f"网址：{COLUMN.url}")
    j = judge(facts(m, urls=(COLUMN,)), campaign, NONE)
    assert j.unit.unit_id is None and j.column_urls == ()
    assert not j.may_reply
    assert j.notes == ("sender not recognised: assign by hand",)


def test_column_url_only_in_quoted_reply_is_ignored(campaign: Campaign) -> None:
    body = f"收到\n\n-----原始邮件-----\n请报送宣传专栏地址，如 {COLUMN.url}"
    j = judge(facts(mail("Re: 通知", "fczz@ta.shandong.cn", body), urls=(COLUMN,)), campaign, NONE)
    assert j.column_urls == ()


def test_column_url_in_the_senders_own_earlier_mail_quoted_again(campaign: Campaign) -> None:
    """ "原邮件如下，请核对是否收到": the quoted mail is the sender's own, resent."""
    own = (
        "我院材料11月3日已报送，原邮件如下，请核对。\n\n-----原始邮件-----\n"
        f"发件人：fczz@ta.shandong.cn\n主题：方案、专栏\n专栏：{COLUMN.url}"
    )
    j = judge(
        facts(mail("Re: 【提醒】", "fczz@ta.shandong.cn", own), urls=(COLUMN,)), campaign, NONE
    )
    assert j.column_urls == (COLUMN.url,)
    ours = own.replace("fczz@ta.shandong.cn\n主题", "jyj-zcjk01@ta.shandong.cn\n主题")
    j = judge(
        facts(mail("Re: 【提醒】", "fczz@ta.shandong.cn", ours), urls=(COLUMN,)), campaign, NONE
    )
    assert j.column_urls == ()


def test_a_lone_url_under_a_subject_naming_the_column(campaign: Campaign) -> None:
    bare = FoundUrl(url="http://www.fczz.net/hdz2020/", source="body", context="", column_score=0.0)
    for subject, wanted in (("肥城职专专栏", (bare.url,)), ("专栏网址", (bare.url,)), ("你好", ())):
        m = mail(subject, "fczz@ta.shandong.cn", f"{bare.url}\n\n发自我的iPhone")
        assert judge(facts(m, urls=(bare,)), campaign, NONE).column_urls == wanted, subject


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        ("联络员：孔凡蕾\n网上展厅：https://www.fczz.net/wszt/2020/index.html", True),
        ("活动周成果展示平台 http://www.fczz.net:8081/show/", True),
        ("学校网站：http://www.fczz.net/", False),  # its own site
        ("通知原文：http://jyj.taian.gov.cn/art/2020/10/30/art_1.html", False),  # the notice
        ("视频：https://v.qq.com/x/page/a3201.html", False),  # a video
        ("报名问卷：https://www.wjx.cn/vm/abc.aspx", False),  # a form
        ("http://www.fczz.net/wszt/", False),  # nothing says what it is
        ("展厅：http://www.fczz.net/a/ 平台：http://www.fczz.net/b/", False),  # which one?
    ],
)
def test_the_one_labelled_url_of_a_body_is_the_column(
    campaign: Campaign, body: str, wanted: bool
) -> None:
    """A unit sends the city one web address for the campaign, whatever it calls it."""
    from parsers.urls import find_urls

    urls = find_urls(body, "body")
    m = mail("肥城职专活动周方案", "fczz@ta.shandong.cn", body)
    got = judge(facts(m, urls=urls), campaign, NONE).column_urls
    assert got == ((urls[0].url,) if wanted else ()), body


def test_article_link_in_body(campaign: Campaign) -> None:
    body = f"我校活动周宣传报道链接：{ARTICLE_URL.url}\n宣传专栏：{COLUMN.url}"
    j = judge(
        facts(mail("宣传报道", "fczz@ta.shandong.cn", body), urls=(ARTICLE_URL, COLUMN)),
        campaign,
        NONE,
    )
    assert j.article_links == (ARTICLE_URL.url,)
    assert j.column_urls == (COLUMN.url,)


def test_link_without_article_words_is_not_an_article(campaign: Campaign) -> None:
    body = f"学校主页 {ARTICLE_URL.url}"
    j = judge(facts(mail("材料", "fczz@ta.shandong.cn", body), urls=(ARTICLE_URL,)), campaign, NONE)
    assert j.article_links == ()


def test_bare_site_is_not_an_article(campaign: Campaign) -> None:
    site = FoundUrl("http://www.fczz.net/", source="body")
    j = judge(
        facts(mail("宣传报道", "fczz@ta.shandong.cn", f"报道见 {site.url}"), urls=(site,)),
        campaign,
        NONE,
    )
    assert j.article_links == ()


def test_no_reply_to_machines(campaign: Campaign) -> None:
    for flag in (MailFlag.AUTO_REPLY, MailFlag.BOUNCE, MailFlag.LIST, MailFlag.NULL_SENDER):
        j = judge(facts(mail("自动回复", "fczz@ta.shandong.cn", flags={flag})), campaign, NONE)
        assert j.unit.unit_id == "fczz" and not j.may_reply, flag
        assert f"{flag}: no acknowledgement sent" in j.notes


def test_no_reply_when_authentication_failed(campaign: Campaign) -> None:
    m = mail("肥城职专方案", "fczz@ta.shandong.cn", flags={MailFlag.AUTH_FAILED})
    j = judge(facts(m), campaign, NONE)
    assert j.unit.unit_id == "fczz" and j.unit.new_sender is False
    assert not j.may_reply
    assert "sender authentication failed: the From address was not trusted" in j.notes


def test_new_sender_and_ambiguity_notes(campaign: Campaign) -> None:
    j = judge(facts(mail("东平职专宣传稿件", "abc@sina.com")), campaign, NONE)
    assert j.may_reply
    assert j.notes == ("new sender abc@sina.com for 东平县职业中等专业学校: confirm",)
    j = judge(facts(mail("东平职专与宁阳职专交流", "abc@sina.com")), campaign, NONE)
    assert j.notes == (
        "ambiguous between 东平县职业中等专业学校 and 宁阳县职业中等专业学校: assign by hand",
    )


def test_unreadable_file_is_noted(campaign: Campaign) -> None:
    f = file("方案.doc", kind="doc", status=ReadStatus.UNSUPPORTED)
    j = judge(facts(mail("方案", "fczz@ta.shandong.cn"), f), campaign, NONE)
    assert j.files[0].category.category == "plan"
    assert j.notes == ("file 方案.doc: unsupported",)


def test_every_file_is_classified(campaign: Campaign) -> None:
    fs = (file("活动周总结.docx", "总结"), file("稿件.docx", ARTICLE, title="技能进社区"))
    j = judge(facts(mail("材料", "fczz@ta.shandong.cn"), *fs), campaign, NONE)
    assert [(d.index, d.category.category) for d in j.files] == [
        (0, "summary"),
        (1, "article"),
    ]


def test_article_link_written_without_scheme(campaign: Campaign) -> None:
    found = FoundUrl("http://www.fczz.net/news/2020/1110.html", source="body")
    body = "宣传报道：www.fczz.net/news/2020/1110.html"
    j = judge(facts(mail("稿件", "fczz@ta.shandong.cn", body), urls=(found,)), campaign, NONE)
    assert j.article_links == (found.url,)


def test_article_link_only_in_quoted_reply_is_ignored(campaign: Campaign) -> None:
    body = f"收到\n\n-----原始邮件-----\n宣传报道示例：{ARTICLE_URL.url}"
    m = mail("Re: 宣传报道", "fczz@ta.shandong.cn", body)
    j = judge(facts(m, urls=(ARTICLE_URL,)), campaign, NONE)
    assert j.article_links == ()


def _links(campaign: Campaign, subject: str, body: str) -> tuple[str, ...]:
    from parsers.urls import find_urls

    m = mail(subject, "fczz@ta.shandong.cn", body)
    return judge(facts(m, urls=find_urls(body, "body")), campaign, NONE).article_links


def test_links_sent_as_pieces_wechat_meipian_and_a_numbered_list(campaign: Campaign) -> None:
    wx1 = "https://mp.weixin.qq.com/s/beumj8dwBpjHeZv-90NHSk"
    wx2 = "https://mp.weixin.qq.com/s/svin7gnDV87JokcJNQxNwf"
    listed = f"1、肥城职专云上开放日直播回顾 {wx1}\n2、护理技能大赛获奖选手分享会 {wx2}"
    assert _links(campaign, "肥城职专公众号文章2篇", listed) == (
        wx1,
        wx2,
    )  # "2、" ends the first URL
    assert _links(campaign, "第五篇", f"肥城职专第五篇：{wx1}") == (wx1,)
    meipian = "https://www.meipian.cn/ki1huhvm"
    assert _links(campaign, "美篇", f"美篇：职教学子走进中小学 {meipian}") == (meipian,)
    page = "http://www.feicheng.gov.cn/art/2020/11/12/art_40787_10296324.html"
    assert _links(campaign, "宣传报道", f"市政府网站：肥城职专举办校企合作推介会 {page}") == (page,)


@pytest.mark.parametrize(
    ("url", "item"),
    [
        ("http://www.tsvtc.edu.cn/zjhdz/2020/1109/c1876a54301/page.htm", True),
        ("http://www.x.cn/news/2020/11/09/abc.html", True),
        ("http://www.tsvtc.edu.cn/zjhdz/", False),
        ("http://www.x.cn/hdz2020/", False),
        ("http://jtj.taishan.gov.cn/col/col1205/index.html", False),
    ],
)
def test_a_dated_or_cms_item_path_is_an_article_page(url: str, item: bool) -> None:
    """An article link under a column word ("报道已在专栏发布：…") is never the column."""
    from rules.judge import is_article_page

    assert is_article_page(url) is item


def test_a_column_listed_by_a_units_name_is_that_units(campaign: Campaign) -> None:
    """A county's list: "肥城职专子栏目 URL" is the school's column; a URL labelled with
    the county's own name, or with a school's name but no column word, is nobody else's."""
    own = FoundUrl("http://www.fc.gov.cn/hdz/", source="body", label="市专栏", column_score=0.9)
    school = FoundUrl("http://www.fczz.cn/hdz2020/", source="body", label="肥城职专子栏目")
    site = FoundUrl("http://www.xtzz.cn/", source="body", label="新泰职专网站")
    county = FoundUrl("http://www.fc.gov.cn/jtj/", source="body", label="肥城市教体局专栏")
    m = mail("肥城市活动周专栏", "fcsjtj@ta.shandong.cn", "市局：专栏已上线。")
    j = judge(facts(m, urls=(own, school, site, county)), campaign, Known())
    assert j.unit.unit_id == "feicheng"
    assert j.column_urls == (own.url,)
    assert j.unit_columns == ((school.url, "fczz"),)


def test_a_correction_above_its_own_earlier_mail_gives_the_corrected_column(
    campaign: Campaign,
) -> None:
    """ "更正：正确地址为 …/zjzhou/" over the sender's quoted first mail with …/zjzhoui/ (a
    better-labelled URL): the sender's own words win, and the mail is a correction."""
    body = (
        "更正：昨天报的专栏地址多打了一个字母，正确地址为 http://www.fczz.cn/hdz/ ，以此为准。\n\n"
        "------------------ 原始邮件 ------------------\n"
        '发件人: "张三"<fczz@ta.shandong.cn>\n主题: 肥城职专活动周方案及专栏地址\n\n'
        "宣传专栏地址：http://www.fczz.cn/hdzi/\n"
    )
    new = FoundUrl("http://www.fczz.cn/hdz/", source="body", label="正确地址", column_score=0.6)
    old = FoundUrl(
        "http://www.fczz.cn/hdzi/", source="body", label="宣传专栏地址", column_score=0.9
    )
    m = mail("回复：肥城职专活动周方案及专栏地址", "fczz@ta.shandong.cn", body)
    j = judge(facts(m, urls=(new, old)), campaign, Known())
    assert j.column_urls == (new.url,) and j.column_change
