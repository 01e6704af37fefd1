"""Articles as schools really send them: pasted into the body, as links, with pictures;
and the big-file download links that are neither articles nor the column."""

from __future__ import annotations

from dataclasses import replace

import pytest

from parsers.model import Attachment, Document, FileFacts, FoundUrl, Heading, ReadStatus
from rules.articles import body_article, is_external_file
from rules.campaign import Campaign
from rules.judge import judge
from rules.model import Known
from tests.rules.factories import facts, mail

NEWS = (
    "泰安职院举办职业教育活动周开放日\n"
    "（通讯员 朱琳）11月8日，泰安职业技术学院举办职业教育活动周开放日。活动吸引了236名师生和"
    "群众参与。\n活动现场，机电专业的师生展示了专业技能，现场群众纷纷点赞。据了解，活动周期间还将"
    "陆续开展系列活动。"
)


def _picture(cid: str, name: str = "image001.jpg") -> FileFacts:
    att = Attachment(name, "image/jpeg", b"\xff\xd8", "sha-" + cid, content_id=cid)
    return FileFacts(att, Document(ReadStatus.IMAGE, "image"))


def test_an_article_pasted_into_the_body_is_an_article_item(campaign: Campaign) -> None:
    f = facts(mail("稿件", "tazy@tavtc.edu.cn", NEWS))
    article = body_article(f)
    assert article is not None and article.title == "泰安职院举办职业教育活动周开放日"
    j = judge(f, campaign, Known())
    assert [a.title for a in j.body_articles] == ["泰安职院举办职业教育活动周开放日"]
    again = judge(facts(mail("重发稿件", "tazy@tavtc.edu.cn", NEWS + "\n")), campaign, Known())
    assert again.body_articles[0].key == article.key  # the same text counts once


@pytest.mark.parametrize(
    "body",
    [
        "您好，附件是我校活动周方案，请查收。谢谢！",
        "市教育局职成高教科：\n我校活动周方案见附件，联络员张三，电话13805381234。",
        "收到，谢谢。",
        # headlines over their links: links sent as articles, nothing pasted
        "两篇公众号文章：\n职教学子进中小学上劳动课\n"
        "https://mp.weixin.qq.com/s?__biz=MzI0MTc3NTYxMg==&mid=2650116977&idx=1&sn=85a1049\n"
        "校企合作育人成果展示\n"
        "https://mp.weixin.qq.com/s?__biz=MzA5NjQ2ODY1Mw==&mid=2650561565&idx=3&sn=ecb848b",
    ],
)
def test_a_cover_note_is_no_article(body: str) -> None:
    assert body_article(facts(mail("方案", "tazy@tavtc.edu.cn", body))) is None


def test_a_short_article_after_a_one_line_cover_is_an_article() -> None:
    """ "稿件如下，请审阅。" then a headline and three short paragraphs (about 140
    characters): the cover line does not make the article a cover note."""
    body = (
        "科长您好：稿件如下，请审阅。\n\n新泰职专学生进社区义务理发\n\n"
        "　　11月10日，新泰职专美发专业十余名学生来到青云街道社区，"
        "为社区里行动不便的老人免费理发、修面。\n"
        "　　学生们耐心细致，一上午为四十余位老人理发，还向老人们讲解了冬季头发护理的常识。\n"
        "　　老人们说，孩子们手艺好，服务也热心。\n"
    )
    article = body_article(facts(mail("稿件", "xtzz@ta.shandong.cn", body)))
    assert article is not None and article.title == "新泰职专学生进社区义务理发"
    long_cover = (
        "您好，附件是我校活动周方案，请查收。\n" + "本次活动周我校将组织开放日和技能展示，" * 6
    )
    assert body_article(facts(mail("方案", "xtzz@ta.shandong.cn", long_cover))) is None


ITEM = (
    "11月12日，泰山区职专茶艺队走进岱庙街道社区，为居民展演中华茶艺。学生们身着传统服饰，"
    "以温杯、置茶、冲泡、奉茶等程序展示茶艺之美。居民们纷纷表示，没想到职业学校的学生这么有才艺。"
)


@pytest.mark.parametrize(
    "lead",
    [
        "市局：\n第三批稿件两篇，一篇见附件，一篇如下：\n",
        "一篇链接：https://mp.weixin.qq.com/s/Tz6aR7sT8uV9wX0yZ1aB2c\n\n一篇如下：\n",
        "各位老师：\n",
    ],
)
def test_the_headline_under_a_salutation_a_link_and_a_cover_line(lead: str) -> None:
    body = f"{lead}泰山区职专茶艺展演进社区\n{ITEM}\n"
    article = body_article(facts(mail("稿件两篇", "tsqzz@ta.shandong.cn", body)))
    assert article is not None and article.title == "泰山区职专茶艺展演进社区"


def test_a_short_line_after_prose_is_no_headline() -> None:
    body = f"{ITEM}\n谢谢审阅\n{ITEM}"
    assert body_article(facts(mail("稿件", "tsqzz@ta.shandong.cn", body))) is None


def test_the_bodys_pictures_belong_to_the_article(campaign: Campaign) -> None:
    html = '<h1>泰安职院举办开放日</h1><p>…</p><img src="cid:pic1@x"><img src="cid:pic2@x">'
    m = replace(mail("稿件", "tazy@tavtc.edu.cn", NEWS), body_html=html)
    f = facts(m, _picture("pic1@x"), _picture("pic2@x", "image002.png"))
    j = judge(f, campaign, Known())
    assert [d.category.category for d in j.files] == ["other", "other"]
    assert j.body_articles[0].images == 2


@pytest.mark.parametrize(
    "url",
    [
        "https://mail.163.com/large-attachment-download/index.html?p=X&file=视频.mp4",
        "http://dashi.163.com/html/cloud-attachment-download/index.html?xxx",
        "https://wx.mail.qq.com/ftn/download?func=3&k=abc",
        "https://pan.baidu.com/s/1abc",
    ],
)
def test_big_file_links_are_neither_articles_nor_the_column(campaign: Campaign, url: str) -> None:
    assert is_external_file(url)
    body = f"宣传视频（超大附件）：{url}"
    f = facts(mail("宣传视频", "tazy@tavtc.edu.cn", body), urls=(FoundUrl(url, "body"),))
    j = judge(f, campaign, Known())
    assert j.external_files == (url,) and j.article_links == () and j.column_urls == ()


def test_links_to_article_pages_count_even_near_a_column_word(campaign: Campaign) -> None:
    a = "http://www.dpzz.com.cn/zjhdz2020/show.asp?id=1021"
    column = "http://www.dpzz.com.cn/zjhdz2020/list.asp"
    body = f"今天专栏发布两篇报道：\n东平职专开展志愿服务 {a}\n专栏地址：{column}"
    urls = (
        FoundUrl(a, "body", column_score=0.5, label="东平职专开展志愿服务"),
        FoundUrl(column, "body", column_score=1.0, label="专栏地址"),
    )
    j = judge(
        facts(mail("东平职专报道链接", "dpzz@ta.shandong.cn", body), urls=urls), campaign, Known()
    )
    assert j.article_links == (a,)
    assert j.column_urls == (column,)


def test_a_wechat_account_instead_of_a_column_is_noted(campaign: Campaign) -> None:
    m = mail("肥城职专宣传专栏", "fczz@ta.shandong.cn", "我校宣传专栏设在微信公众号“肥城职专”。")
    f = replace(facts(m), wechat_accounts=("肥城职专",))
    j = judge(f, campaign, Known())
    assert (j.column_urls, j.wechat_accounts) == ((), ("肥城职专",))


def test_a_change_of_liaison_is_recognised(campaign: Campaign) -> None:
    changed = judge(
        facts(mail("联络员变更", "fczz@ta.shandong.cn", "我校联络员更换为李四。")),
        campaign,
        Known(),
    )
    assert changed.liaison_change
    assert not judge(facts(mail("联络员", "fczz@ta.shandong.cn")), campaign, Known()).liaison_change


def test_headings_of_an_html_body_title_the_article() -> None:
    m = mail("稿件", "tazy@tavtc.edu.cn", NEWS.split("\n", 1)[1])
    doc = Document(ReadStatus.OK, "html", headings=(Heading(0, "泰安职院活动周开幕"),))
    f = replace(facts(m), body_document=doc)
    article = body_article(f)
    assert article is not None and article.title == "泰安职院活动周开幕"


def test_a_short_news_item_ending_in_a_quote_keeps_its_last_line() -> None:
    """A paragraph ending in a closing quote (…真不错！”) is prose, not a sign-off: the
    article keeps it; a 供稿 byline after it does not stop a 90-character item counting."""
    body = (
        "职成科：\n\n宁阳职专举办技能开放日\n\n"
        "　　11月12日，宁阳职专举办技能开放日，三百余名初中生走进实训室。\n"
        "　　学生们在老师指导下体验了数控加工、中式烹饪和电商直播等项目。\n"
        "　　一名初中生说：“原来职业学校这么有意思！”\n\n（宁阳职专办公室供稿）\n"
    )
    article = body_article(facts(mail("稿件", "nyzz@ta.shandong.cn", body)))
    assert article is not None and article.title == "宁阳职专举办技能开放日"
    assert article.length >= 80


BRIEF_ONE = "11月8日，东平县职业教育活动周启动仪式在县职教中心举行，县直有关部门负责同志参加。"
BRIEF_TWO = "11月9日，县职教中心30名师生走进戴庙镇，为群众维修家电、理发。"


@pytest.mark.parametrize(
    ("subject", "cover"),
    [
        ("东平县活动周信息2篇（正文）", "市局：两篇信息直接贴在正文，请审阅。"),
        ("活动周简讯", "市局：\n简讯如下："),
        ("稿件", "市局：\n现报送稿件两篇，请审阅。"),
    ],
)
def test_briefs_pasted_one_after_another_are_each_an_article(
    campaign: Campaign, subject: str, cover: str
) -> None:
    body = f"{cover}\n\n东平县职教活动周启动\n{BRIEF_ONE}\n\n东平职教师生送技能下乡\n{BRIEF_TWO}\n"
    j = judge(facts(mail(subject, "dpxjtj@ta.shandong.cn", body)), campaign, Known())
    assert [a.title for a in j.body_articles] == ["东平县职教活动周启动", "东平职教师生送技能下乡"]
    assert len({a.key for a in j.body_articles}) == 2


def test_two_full_articles_each_with_its_dateline(campaign: Campaign) -> None:
    second = (
        "新泰职专学生进社区义务理发\n11月10日，新泰职专美发专业十余名学生来到青云街道社区，"
        "为行动不便的老人免费理发、修面。学生们耐心细致，一上午为四十余位老人理发，"
        "还讲解了冬季头发护理的常识。老人们说，孩子们手艺好，服务也热心。"
    )
    body = f"{NEWS}\n{second}\n"
    j = judge(facts(mail("稿件", "tazy@tavtc.edu.cn", body)), campaign, Known())
    assert [a.title for a in j.body_articles] == [
        "泰安职院举办职业教育活动周开放日",
        "新泰职专学生进社区义务理发",
    ]


def test_an_article_with_subheadings_is_one_article(campaign: Campaign) -> None:
    """Subheadings over prose look like headlines; without a count of pieces and a lead
    of its own under each, it is one article."""
    body = (
        "泰安职院举办职业教育活动周开放日\n"
        "11月8日，泰安职业技术学院举办职业教育活动周开放日，吸引了236名师生和群众参与。"
        "学院各专业精心准备了展示项目。\n"
        "技能展示精彩纷呈\n"
        "机电专业的师生展示了工业机器人编程，数控专业展示了精密零件加工。现场群众纷纷点赞，"
        "不少家长带着孩子驻足观看。\n"
        "职业体验走进生活\n"
        "学前教育专业的学生带领小朋友做手工，烹饪专业的学生现场制作面点。据了解，"
        "活动周期间还将陆续开展系列活动。\n"
    )
    j = judge(facts(mail("稿件", "tazy@tavtc.edu.cn", body)), campaign, Known())
    assert [a.title for a in j.body_articles] == ["泰安职院举办职业教育活动周开放日"]


def test_an_article_pasted_in_a_body_is_keyed_by_its_headline_like_a_file() -> None:
    from rules.articles import article_key

    article = body_article(facts(mail("稿件", "tazy@tavtc.edu.cn", NEWS)))
    assert article is not None
    assert article.key == article_key("泰安职院举办职业教育活动周开放日（修改稿）")
    assert article_key("新闻稿") is None
    assert article_key("泰山区教育和体育局 职教活动周简报") is None  # a masthead: every issue's
    assert article_key("职教活动周工作动态第3期") is None


def test_a_brief_pasted_under_a_subject_saying_it_is_a_piece() -> None:
    body = (
        "东平职教中心学生为湖区群众送技能\n"
        "    11月8日，东平职教中心农机、电子专业师生来到银山镇，为群众检修农机和家电60余台。\n"
    )
    article = body_article(facts(mail("稿件：东平职教中心学生送技能", "dpzj@ta.shandong.cn", body)))
    assert article is not None and article.title == "东平职教中心学生为湖区群众送技能"
    assert body_article(facts(mail("你好", "dpzj@ta.shandong.cn", body))) is None


def test_numbered_pieces_pasted_one_after_another_each_count() -> None:
    """ "【稿件一】…", "【稿件二】…" pasted in a text body, each a news item of its own."""
    from rules.articles import body_articles

    pieces = []
    for n, head in (
        ("一", "新泰职专举办校园开放周活动"),
        ("二", "新泰职专师生为农民工开展技能培训"),
    ):
        pieces.append(
            f"【稿件{n}】{head}\n新泰讯（通讯员 郑晓丽）11月9日，{head}，"
            "来自社区的200余名居民参加。学校负责人介绍，活动期间每天安排两场，并同步开展网上直播。"
        )
    body = "市教育局职成高教科：\n这几天的两篇稿件直接贴在邮件里：\n\n" + "\n\n".join(pieces)
    got = body_articles(facts(mail("新泰职专活动周稿件两篇", "xtzz@ta.shandong.cn", body)))
    assert [a.title for a in got] == [
        "新泰职专举办校园开放周活动",
        "新泰职专师生为农民工开展技能培训",
    ]
