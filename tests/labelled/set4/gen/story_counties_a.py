"""County bureaus' mail, part one: 泰山区, 岱岳区, 新泰市 (with their schools' bundles)."""

# ruff: noqa: E501  (mail and document text: long Chinese lines are kept whole)

from __future__ import annotations

from . import texts
from .people import name
from .producers import Doc
from .story import (
    CITY_REMINDER,
    CITY_REMINDER_ID,
    F,
    Msg,
    Z,
    article,
    article_mails,
    body_article,
    frm,
    liaison,
    plan,
    stats,
    summary,
)


def taishan() -> list[Msg]:
    u, s = "taishan", "泰山区"
    li = liaison(u)
    contact = texts.table(
        [
            ["2020年职业教育活动周联络员信息", "", "", ""],
            ["单位", li["unit"], "", ""],
            ["姓名", li["name"], "职务", li["position"]],
            ["邮箱", li["email"], "手机号码", li["mobile"]],
        ],
        {(0, 0): (1, 4), (1, 1): (1, 3)},
    )
    url = "http://www.sdtaishan.gov.cn/col/col_zjhdz/index.html"
    msgs = [
        Msg(
            "taishan-plan",
            "11-03 10:20",
            "foxmail",
            frm(u, "孙晓燕"),
            "泰山区教体局报送职业教育活动周实施方案及联络员信息",
            "市教育局职成高教科：\n\n    现将《泰山区2020年职业教育活动周实施方案》报上，请审阅。"
            f"\n    我区活动周宣传专栏地址：{url}\n    联络员信息见方案附表。\n\n\n\n2020-11-03\n\n孙晓燕\n",
            files=[
                plan(
                    u,
                    s,
                    "lo-docx",
                    "泰山区2020年职业教育活动周实施方案",
                    "区教体局分管副局长",
                    "区教体局职成教科",
                    tail_html=["<h3>附表</h3>", contact],
                )
            ],
            unit=u,
            column_url=url,
            liaison=li,
            note="liaison in a merged-cell table at the end of the plan (LibreOffice docx)",
        ),
        *article_mails(
            u,
            s,
            "foxmail",
            frm(u, "孙晓燕"),
            [("11-09 16:40", ["lo-docx", "lo-docx"]), ("11-10 17:05", ["lo-docx"])],
            style=0,
        ),
        Msg(
            "taishan-briefing",
            "11-12 09:05",
            "foxmail",
            frm(u, "孙晓燕"),
            "泰山区职业教育活动周工作简报（第1期）",
            "职成科：\n\n    报送我区活动周工作简报第1期及宣传稿件2篇。\n\n\n\n孙晓燕\n",
            files=[
                F(
                    "泰山区职业教育活动周工作简报（第1期）.docx",
                    "article",
                    Doc(
                        "lo-docx",
                        texts.article_html(
                            name(u),
                            s,
                            "泰山区职业教育活动周工作简报（第1期）",
                            "11月11日",
                            "ts-brief",
                        ),
                    ),
                ),
                article(u, s, 3, "11月11日"),
                article(u, s, 4, "11月11日", "lo-odt"),
            ],
            unit=u,
            note="a 工作简报 is a news-like briefing: article",
        ),
        Msg(
            "taishan-reply-reminder",
            "11-12 10:31",
            "foxmail",
            frm(u, "孙晓燕"),
            "回复：关于职业教育活动周宣传材料报送情况的提醒",
            "您好，我区已于11月9日、10日、12日分三次报送宣传材料共6篇，请核对是否收到。\n\n孙晓燕\n\n"
            "------------------ 原始邮件 ------------------\n发件人: 泰安市教育局职成高教科\n"
            "发送时间: 2020年11月12日 09:00\n主题: 关于职业教育活动周宣传材料报送情况的提醒\n\n"
            + CITY_REMINDER,
            unit=u,
            in_reply_to=CITY_REMINDER_ID,
            note="a reply quoting the city's reminder, which names other units: the replying unit's, no files",
        ),
        Msg(
            "taishan-summary",
            "11-16 09:30",
            "foxmail",
            frm(u, "孙晓燕"),
            "泰山区职教活动周总结及统计表",
            "市教育局职成高教科：\n    附件为我区活动周总结报告和情况统计表，请查收。\n\n\n\n孙晓燕\n",
            files=[
                summary(u, s, "lo-doc", "泰山区2020年职业教育活动周总结"),
                stats(u, "lo-xlsx", "2020年职业教育活动周情况统计表（泰山区）"),
            ],
            unit=u,
        ),
        Msg(
            "taishan-other-business",
            "11-06 15:12",
            "foxmail",
            frm(u, "孙晓燕"),
            "关于报送2020年下半年教师资格认定有关材料的函",
            "市教育局教师工作科：\n    现将我区2020年下半年中小学教师资格认定汇总表报上。\n\n孙晓燕\n",
            files=[],
            unit=None,
            kind="unrelated",
            note="the bureau's registered address, other business: counts for nobody",
        ),
    ]
    return msgs


def daiyue() -> list[Msg]:
    u, s = "daiyue", "岱岳区"
    li = liaison(u)
    url = "https://www.daiyue.gov.cn/zjhdz/"
    t1, b1 = body_article(u, s, 10, "11月10日")
    t2, b2 = body_article(u, s, 11, "11月12日")
    pic = Doc("png", "7")
    return [
        Msg(
            "daiyue-plan-tnef",
            "11-04 15:10",
            "outlook",
            frm(u, "高建军"),
            "岱岳区教体局2020年职业教育活动周实施方案",
            "市教育局职成高教科：\n\n附件是我局职业教育活动周实施方案。\n\n活动周宣传专栏（网站）地址："
            f"{url}\n\n分管领导：岱岳区教育和体育局副局长  宋立新  电话：0538-8566123\n"
            f"联络员：{li['name']}  {li['position']}  手机：{li['mobile']}  邮箱：{li['email']}\n\n"
            "岱岳区教育和体育局职成教科\n",
            files=[
                plan(u, s, "lo-ooxml", "岱岳区职业教育活动周实施方案", "分管副局长", "职成教科")
            ],
            unit=u,
            tnef=True,
            column_url=url,
            liaison=li,
            note="Outlook 2016 in Rich Text mode: the plan is inside winmail.dat (TNEF, `tnef -t` lists "
            "it); the labelled file is the one inside; two people, the 联络员 is the liaison",
        ),
        *article_mails(
            u,
            s,
            "coremail",
            frm(u, "岱岳区教体局职成教科", 1),
            [("11-09 10:30", ["abiword-docx", "abiword-docx"]), ("11-10 18:02", ["abiword-docx"])],
            style=2,
        ),
        Msg(
            "daiyue-body-article",
            "11-11 14:00",
            "coremail",
            frm(u, "岱岳区教体局职成教科", 1),
            t1,
            b1 + "\n\n（岱岳区教体局职成教科 供稿）\n",
            unit=u,
            body_article=True,
            note="article pasted into the body under its headline, no pictures",
        ),
        Msg(
            "daiyue-body-article-pics",
            "11-13 11:20",
            "coremail",
            frm(u, "岱岳区教体局职成教科", 1),
            t2,
            b2,
            html="<div><b>"
            + t2
            + "</b></div>"
            + "".join(f"<p>{x}</p>" for x in b2.split("\n\n")[1:])
            + '<p><img src="cid:dy_img1@163.com"></p><p>图为活动现场</p>',
            inline=[("dy_img1@163.com", "活动现场.png", pic)],
            unit=u,
            body_article=True,
            note="article pasted into an HTML body with an inline cid: picture (not labelled as a file)",
        ),
        Msg(
            "daiyue-statistics",
            "11-16 17:10",
            "coremail",
            frm(u, "岱岳区教体局职成教科", 1),
            "岱岳区统计表",
            "统计表先报，总结正在领导审核。\n",
            files=[stats(u, "gnumeric-xls", "岱岳区职业教育活动周情况统计表", headers="county")],
            unit=u,
            note=".xls made by Gnumeric",
        ),
        Msg(
            "daiyue-summary-late",
            "11-16 20:30",
            "outlook",
            frm(u, "高建军"),
            "岱岳区教体局活动周总结报告",
            "市教育局职成高教科：\n\n附件为我局活动周总结报告，报送晚了，请谅解。\n\n高建军\n",
            files=[summary(u, s, "lo-docx", "岱岳区职业教育活动周总结报告")],
            unit=u,
            note="after 18:00: late",
        ),
    ]


def xintai() -> list[Msg]:
    u, s = "xintai", "新泰市"
    li, l1, l2 = liaison(u), liaison("xtyzz"), liaison("xtezz")
    url = (
        "http://www.xintai.gov.cn/col/col212/index.html?uid=5678&keyword="
        "%E8%81%8C%E6%95%99%E6%B4%BB%E5%8A%A8%E5%91%A8"
    )
    table = {
        "rows": [
            ["新泰市职业教育活动周联络员汇总表"],
            ["序号", "单位名称", "联络员", "职务", "电子邮箱", "手机号码"],
            *[
                [i + 1, x["unit"], x["name"], x["position"], x["email"], x["mobile"]]
                for i, x in enumerate([li, l1, l2])
            ],
        ],
        "merges": ["A1:F1"],
        "sheet": "联络员",
    }
    zipped = Z(
        "新泰市职业教育活动周方案汇总.zip",
        [
            plan(
                u,
                s,
                "lo-docx",
                "新泰市2020年职业教育活动周实施方案",
                "市教体局分管副局长",
                "职成科",
            ),
            F(
                "新泰一职专活动周方案.docx",
                "plan",
                Doc(
                    "pandoc-docx",
                    texts.plan_md(
                        name("xtyzz"),
                        "新泰一职专",
                        "新泰市第一职业中专职业教育活动周方案",
                        "校长",
                        "教务处",
                        "xtyzz",
                    ),
                ),
                unit="xtyzz",
            ),
            F(
                "新泰二职专职教活动周实施方案.doc",
                "plan",
                Doc(
                    "abiword-doc",
                    texts.plan_html(
                        name("xtezz"),
                        "新泰二职专",
                        "新泰市第二职业中专2020年职教活动周实施方案",
                        "校长",
                        "办公室",
                        "xtezz",
                    ),
                ),
                unit="xtezz",
            ),
        ],
        note="a county's zip of its own and its schools' plans: each file counts for the unit it names",
    )
    dup = article(u, s, 0, "11月9日", "lo-odt")
    dup_again = article(
        u, s, 0, "11月9日", "lo-odt", note="the same article sent again: counts once"
    )
    emb = texts.table([texts.HEADERS["county"], [name(u), *texts.stats_values("xt-emb")]])
    return [
        Msg(
            "xintai-bundle",
            "11-04 09:40",
            "neomutt",
            frm(u, "新泰市教育和体育局职成科"),
            "新泰市职教活动周方案、专栏地址及联络员汇总（含市直两所职专）",
            "市教育局职成高教科：\n\n"
            "现将我市及新泰市第一职业中专、新泰市第二职业中专的活动周方案打包报送，联络员汇总表见附件。\n\n"
            f"我市活动周网站专栏：\n{url}\n\n新泰市教育和体育局职成科\n刘海涛 13562877390\n",
            files=[zipped, F("新泰市活动周联络员汇总表.xlsx", "contact", Doc("openpyxl", table))],
            unit=u,
            column_url=url,
            liaison=li,
            liaisons=[li, l1, l2],
            note="county table listing every school's liaison: each row's unit is that school; "
            "percent-encoded query string",
        ),
        Msg(
            "xintai-notice-to-schools",
            "11-05 08:30",
            "neomutt",
            frm(u, "新泰市教育和体育局职成科"),
            "转发：关于做好2020年泰安市职业教育活动周相关工作的通知",
            "各职业院校：\n    现将泰教函〔2020〕72号转发给你们，请认真贯彻落实，并于11月4日前将方案报市教体局职成科。\n",
            to=[("新泰一职专", "xtyzz2020@163.com"), ("新泰二职专", "xtezz@ta.shandong.cn")],
            cc=[("泰安市教育局职成高教科", "jyj-zcjk01@ta.shandong.cn")],
            unit=None,
            kind="cc_copy",
            files=[
                F(
                    "泰教函〔2020〕72号.pdf",
                    "other",
                    Doc(
                        "abiword-pdf",
                        texts.html_doc(
                            "通知",
                            [
                                texts.p(
                                    "泰安市教育局等9部门关于做好2020年泰安市"
                                    "职业教育活动周相关工作的通知"
                                )
                            ],
                        ),
                    ),
                )
            ],
            note="the county passes the city's notice on to its schools, the city only in Cc: not a submission",
        ),
        Msg(
            "xintai-articles-1",
            "11-10 08:55",
            "neomutt",
            frm(u, "新泰市教育和体育局职成科"),
            "新泰市职业教育活动周宣传材料（一）",
            "职成科：\n  报送宣传材料3篇。\n--\n刘海涛\n",
            files=[
                dup,
                article(u, s, 1, "11月9日", "lo-odt"),
                article(u, s, 2, "11月9日", "lo-odt"),
            ],
            unit=u,
        ),
        Msg(
            "xintai-articles-2",
            "11-12 15:26",
            "neomutt",
            frm(u, "新泰市教育和体育局职成科"),
            "新泰市职业教育活动周宣传材料（二）",
            "职成科：\n  报送宣传材料3篇（第一篇上次已报，如重复请忽略）。\n--\n刘海涛\n",
            files=[
                dup_again,
                article(u, s, 3, "11月12日", "lo-odt"),
                article(u, s, 4, "11月12日", "lo-odt"),
            ],
            unit=u,
            note="one file repeats xintai-articles-1: 5 distinct articles",
        ),
        Msg(
            "xintai-summary",
            "11-16 10:10",
            "neomutt",
            frm(u, "新泰市教育和体育局职成科"),
            "新泰市职业教育活动周总结报告",
            "附件：1.总结报告 2.统计表（CSV，WPS导出）\n--\n刘海涛\n",
            files=[
                summary(
                    u,
                    s,
                    "lo-docx",
                    "新泰市职业教育活动周总结报告",
                    extra_html=["<p>附：活动周情况统计</p>", emb],
                ),
                stats(
                    u, "csv-gbk", "新泰市职业教育活动周情况统计表", headers="county", title=False
                ),
            ],
            unit=u,
            note="the summary embeds the statistics table; the table itself also comes as a GB18030 .csv",
        ),
    ]


def messages() -> list[Msg]:
    return [*taishan(), *daiyue(), *xintai()]
