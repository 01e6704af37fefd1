"""The seven county bureaus' mail (their own submissions and what they bundle for schools)."""

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
    contact_rows,
    frm,
    liaison,
    photo,
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


def feicheng() -> list[Msg]:
    u, s = "feicheng", "肥城市"
    li, lz = liaison(u), liaison("fczjzx")
    vertical = texts.table(
        [
            ["项目", li["unit"], lz["unit"]],
            ["联络员", li["name"], lz["name"]],
            ["职务", li["position"], lz["position"]],
            ["手机", li["mobile"], lz["mobile"]],
            ["电子邮箱", li["email"], lz["email"]],
        ]
    )
    links = [
        "http://www.feicheng.gov.cn/art/2020/11/9/art_40213_9988123.html",
        "https://mp.weixin.qq.com/s/Fc3kT0aZ9q1xW2e_fcjtj1110",
        "http://www.tadaily.com.cn/fc/2020-11/11/content_887261.htm",
    ]
    return [
        Msg(
            "feicheng-contact-wechat",
            "11-04 16:30",
            "coremail",
            frm(u, "肥城市教体局职业教育科"),
            "肥城市职教活动周联络员信息及宣传平台",
            "市教育局职成高教科：\n\n  我市活动周宣传依托微信公众号“肥城教体”（微信号：fcjiaoti）开展，不单独开设网站专栏。"
            "\n  我局及肥城市职业教育中心联络员信息见附件。\n\n王丽萍\n",
            files=[
                F(
                    "肥城市职业教育活动周联络员信息.docx",
                    "contact",
                    Doc("lo-docx", texts.html_doc("联络员信息", [vertical])),
                )
            ],
            unit=u,
            wechat_only=True,
            liaison=li,
            liaisons=[li, lz],
            note="only a WeChat account: column_url null, wechat_only; a vertical table with two units' columns",
        ),
        Msg(
            "feicheng-plan-late",
            "11-06 08:50",
            "coremail",
            frm(u, "肥城市教体局职业教育科"),
            "肥城市2020年职业教育活动周实施方案（补报）",
            "职成科：方案因领导审签延误，今日补报，请谅解。\n",
            files=[
                plan(
                    u, s, "lo-rtf", "肥城市2020年职业教育活动周实施方案", "分管副局长", "职业教育科"
                )
            ],
            unit=u,
            note="after 11-05 18:00: late",
        ),
        Msg(
            "feicheng-links",
            "11-10 11:15",
            "coremail",
            frm(u, "肥城市教体局职业教育科"),
            "肥城市活动周宣传报道链接",
            "您好，我市活动周宣传报道已在以下媒体刊发：\n1. 肥城市政府网："
            + links[0]
            + "\n2. 肥城教体公众号："
            + links[1]
            + "\n3. 泰安日报肥城版："
            + links[2]
            + "\n另附两篇稿件。\n王丽萍\n",
            files=[article(u, s, 0, "11月9日", "lo-doc"), article(u, s, 1, "11月10日", "lo-doc")],
            unit=u,
            article_links=links,
            note="three links to published news pages count as three articles, plus two files",
        ),
        Msg(
            "feicheng-summary",
            "11-16 15:00",
            "coremail",
            frm(u, "肥城市教体局职业教育科"),
            "肥城市职教活动周总结及统计表",
            "附件为总结和统计表。统计表设置了打开密码，密码另行电话告知。\n王丽萍\n",
            files=[
                summary(u, s, "abiword-docx", "肥城市职业教育活动周总结"),
                F(
                    "肥城市职业教育活动周情况统计表.xlsx",
                    "statistics",
                    Doc("poi:protected_passtika.xlsx"),
                    readable=False,
                    note="Apache POI protected_passtika.xlsx: encrypted, unreadable",
                ),
            ],
            unit=u,
            note="the only statistics table is encrypted: partial",
        ),
        Msg(
            "feicheng-other-business",
            "11-09 09:40",
            "coremail",
            frm(u, "肥城市教体局职业教育科"),
            "肥城市学前教育普及普惠督导评估材料",
            "市教育局基础教育科：督导评估佐证材料目录见附件。\n",
            unit=None,
            kind="unrelated",
            note="the bureau's address, other business",
        ),
    ]


def ningyang() -> list[Msg]:
    u, s = "ningyang", "宁阳县"
    li = liaison(u)
    url = "http://www.ny.gov.cn/col/jyty/?q=职业教育活动周&type=专栏"
    sheet = texts.html_doc(
        "联络员信息表",
        [
            texts.table(
                [
                    ["宁阳县职业教育活动周联络员信息表", ""],
                    *contact_rows(li, ("工作单位", "联络员", "职务", "E-mail", "联系电话")),
                ],
                {(0, 0): (1, 2)},
            )
        ],
    )
    nyzz_mail = Msg(
        "nyzz-summary-inner",
        "11-15 08:30",
        "foxmail",
        frm("nyzz", "许丽"),
        "宁阳职专活动周总结",
        "县教体局职成股：我校活动周总结见附件。\n",
        files=[
            summary(
                "nyzz",
                "宁阳职专",
                "lo-docx",
                "宁阳县职业中等专业学校职业教育活动周总结",
                title="宁阳县职业中等专业学校2020年职业教育活动周工作总结",
            )
        ],
        unit="nyzz",
        to=[("宁阳县教体局", "nyxjtj@ta.shandong.cn")],
    )
    for f in nyzz_mail.files:
        f.unit = "nyzz"
    return [
        Msg(
            "ningyang-plan",
            "11-03 11:00",
            "python-email",
            frm(u, "宁阳县教体局职成股"),
            "宁阳县教体局职教活动周方案和联络员",
            f"市局职成高教科：\n\n方案及联络员信息表（PDF）见附件。\n活动周宣传网址：{url}\n\n陈志刚\n",
            files=[
                plan(
                    u,
                    s,
                    "abiword-doc",
                    "宁阳县2020年职业教育活动周活动方案",
                    "县教体局分管负责同志",
                    "职成股",
                ),
                F("宁阳县联络员信息表.pdf", "contact", Doc("lo-pdf", sheet)),
            ],
            unit=u,
            column_url=url,
            liaison=li,
            note="Chinese characters in the query string, unencoded; contact sheet PDF printed by LibreOffice",
        ),
        Msg(
            "ningyang-articles",
            "11-11 16:45",
            "python-email",
            frm(u, "宁阳县教体局职成股"),
            "宁阳县职教活动周宣传稿3篇",
            "职成科：报送宣传稿3篇。\n陈志刚\n",
            files=[article(u, s, i, "11月11日", "pandoc-docx") for i in range(3)],
            unit=u,
            note="only three articles in all: partial",
        ),
        Msg(
            "ningyang-summary-forward",
            "11-15 16:20",
            "python-email",
            frm(u, "宁阳县教体局职成股"),
            "宁阳县职教活动周总结、统计表（附宁阳职专总结）",
            "市局职成高教科：\n附件为我县活动周总结和统计表；另转发宁阳县职业中等专业学校的总结。\n陈志刚\n",
            files=[
                summary(u, s, "lo-odt", "宁阳县职业教育活动周工作总结"),
                stats(u, "gnumeric-ods", "宁阳县职业教育活动周情况统计表"),
            ],
            forward=nyzz_mail,
            unit=u,
            note="the school's mail forwarded as message/rfc822: its summary counts for nyzz",
        ),
    ]


def dongping() -> list[Msg]:
    u, s = "dongping", "东平县"
    li = liaison(u)
    url = "http://www.dongping.gov.cn/col/col12345/index.html?uid=67891&pageNum=1"
    return [
        Msg(
            "dongping-notice-to-schools",
            "11-02 17:00",
            "coremail",
            frm(u, "东平县教体局职成科"),
            "关于做好2020年职业教育活动周相关工作的通知",
            "东平职专、东平职专东校区：\n\n    现将市教育局等9部门通知转发给你们，请按要求认真组织，方案于11月4日前报县局职成科。\n",
            to=[("东平职专", "dpzz@ta.shandong.cn"), ("东平职专东校区", "dpzzdxq@qq.com")],
            cc=[("泰安市教育局职成高教科", "jyj-zcjk01@ta.shandong.cn")],
            unit=None,
            kind="cc_copy",
            note="forwarding the city's notice to its schools, the city only in Cc",
        ),
        Msg(
            "dongping-plan",
            "11-05 11:30",
            "coremail",
            frm(u, "东平县教体局职成科"),
            "东平县教体局职业教育活动周方案",
            "市教育局职成高教科：\n\n附件为我县活动周方案。\n\n宣传专栏（网站）地址：http://www.dongping.gov.cn/col/col12345/inde\n"
            "x.html?uid=67891&pageNum=1\n\n"
            "联系人：\n职成科科长  张振东  0538-2835116\n"
            f"职成科干事  {li['name']}  手机{li['mobile']}  邮箱{li['email']}（联络员）\n",
            files=[
                plan(
                    u,
                    s,
                    "lo-docx",
                    "东平县2020年职业教育活动周实施方案",
                    "县教体局分管副局长",
                    "职成科",
                )
            ],
            unit=u,
            column_url=url,
            liaison=li,
            note="the URL is wrapped over two lines by the client; 科长 + 干事, the 干事 is the 联络员",
        ),
        *article_mails(
            u,
            s,
            "coremail",
            frm(u, "东平县教体局职成科"),
            [("11-06 16:00", ["lo-docx", "lo-docx"])],
            style=4,
            slug="early-articles",
        ),
        *article_mails(
            u,
            s,
            "coremail",
            frm(u, "东平县教体局职成科"),
            [("11-10 09:12", ["python-docx", "python-docx"]), ("11-12 10:40", ["python-docx"])],
            start=2,
            style=6,
        ),
        Msg(
            "dongping-summary",
            "11-16 11:00",
            "coremail",
            frm(u, "东平县教体局职成科"),
            "东平县职业教育活动周工作开展情况",
            "附件请查收，统计表正在汇总。\n",
            files=[
                summary(
                    u,
                    s,
                    "lo-ooxml",
                    "东平县2020年职业教育活动周工作开展情况",
                    title="东平县2020年职业教育活动周工作开展情况",
                )
            ],
            unit=u,
            note="工作开展情况 is the summary; the statistics table never comes",
        ),
    ]


def gaoxin() -> list[Msg]:
    u, s = "gaoxin", "高新区"
    li = liaison(u)
    partial = {**li, "email": ""}
    return [
        Msg(
            "gaoxin-question",
            "11-03 14:00",
            "iphone",
            frm(u, "李明远"),
            "咨询：高新区是否需要报送活动周方案",
            "市教育局职成高教科：\n您好！高新区辖区内没有中等职业学校，请问是否也需要报送活动周方案和宣传材料？\n\n发自我的iPhone",
            unit=u,
            note="a unit's question about the campaign: a submission with no files",
        ),
        Msg(
            "gaoxin-plan-late",
            "11-09 09:20",
            "iphone",
            frm(u, "李明远"),
            "高新区职教活动周方案",
            "附件是我区活动周方案。\n\n李明远\n社会事业局教育科科员\n17853858612\n（邮箱另行报送）\n\n发自我的iPhone",
            files=[
                plan(
                    u,
                    s,
                    "lo-pdf",
                    "泰安高新区2020年职业教育活动周工作方案",
                    "社会事业局分管负责同志",
                    "教育科",
                )
            ],
            unit=u,
            liaison=partial,
            note="plan late; a contact without an email: partial",
        ),
        Msg(
            "gaoxin-article",
            "11-12 19:48",
            "iphone",
            frm(u, "李明远"),
            "高新区活动周信息",
            "信息一篇，附照片。\n\n发自我的iPhone",
            files=[
                article(u, s, 0, "11月12日", "lo-docx"),
                photo("IMG_2035", 3, "活动照片", jpg=True),
            ],
            unit=u,
            note="one article and a photo (other)",
        ),
        Msg(
            "gaoxin-summary-late",
            "11-17 09:30",
            "iphone",
            frm(u, "李明远"),
            "高新区职教活动周总结",
            "总结见附件。\n\n发自我的iPhone",
            files=[
                summary(
                    u,
                    s,
                    "lo-docx",
                    "泰安高新区职业教育活动周总结",
                    extra_text=f"联系人：{li['name']}，{li['position']}，手机{li['mobile']}，邮箱{li['email']}",
                )
            ],
            unit=u,
            liaison=li,
            note="summary late; the contact line at its end completes the liaison, after the due date: late",
        ),
    ]


def messages() -> list[Msg]:
    return [*taishan(), *daiyue(), *xintai(), *feicheng(), *ningyang(), *dongping(), *gaoxin()]
