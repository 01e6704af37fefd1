"""Schools' mail: 理工中专, 交通职专, 新泰一职专, 新泰二职专, 肥城职教中心."""

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
    article,
    article_mails,
    frm,
    liaison,
    photo,
    plan,
    stats,
    summary,
)


def talgzz() -> list[Msg]:
    u, s = "talgzz", "理工中专"
    old = liaison(u)
    new = liaison(
        u,
        name="邱志强",
        position="教务处副主任",
        email="qiuzhiqiang@ta.shandong.cn",
        mobile="13515381166",
    )
    url = "https://www.talgzz.cn/zjhdz/"
    form = [
        ["h", "泰安市理工中等专业学校职业教育活动周联络员信息表"],
        [
            "table",
            [
                ["联络员信息", "", "", ""],
                ["单位", old["unit"], "", ""],
                ["姓名", old["name"], "职务", old["position"]],
                ["邮箱", old["email"], "手机", old["mobile"]],
            ],
            [[0, 0, 0, 3], [1, 1, 1, 3]],
        ],
        ["p", "填报日期：2020年11月3日"],
    ]
    title = "泰安市理工中等专业学校2020年职业教育活动周专题网页"
    return [
        Msg(
            "talgzz-plan",
            "11-03 08:50",
            "outlook",
            frm(u, "周静"),
            "理工中专活动周方案、专题网页、联络员",
            f"市教育局职成高教科：\n\n方案和联络员信息表见附件，活动周专题网页：{title} <{url}>\n\n周静\n泰安市理工中等专业学校办公室\n",
            html=(
                f"<p class=MsoNormal>市教育局职成高教科：</p><p class=MsoNormal>方案和联络员信息表见附件，活动周专题网页："
                f'<a href="{url}">{title}</a></p><p class=MsoNormal>周静<br>泰安市理工中等专业学校办公室</p>'
            ),
            files=[
                plan(
                    u,
                    s,
                    "python-docx",
                    "泰安市理工中等专业学校职业教育活动周方案",
                    "校长",
                    "办公室",
                ),
                F("联络员信息表.docx", "contact", Doc("python-docx", form)),
            ],
            unit=u,
            column_url=url,
            liaison=old,
            note="python-docx form with a merged title row and a merged unit cell; the column as an "
            "HTML link whose text is a title",
        ),
        Msg(
            "talgzz-liaison-change",
            "11-05 10:00",
            "outlook",
            frm(u, "周静"),
            "理工中专联络员变更",
            "市教育局职成高教科：\n\n原报联络员周静同志因工作调整，我校活动周联络员变更为：\n"
            f"{new['name']}，{new['position']}，手机号码 {new['mobile']}，邮箱 {new['email']}。\n\n"
            "特此说明。\n泰安市理工中等专业学校\n",
            unit=u,
            liaison=new,
            note="a later 联络员变更 supersedes the first liaison",
        ),
        Msg(
            "talgzz-plan-explained",
            "11-09 15:30",
            "outlook",
            frm(u, "邱志强"),
            "理工中专稿件：活动周实施方案解读",
            "职成科：\n\n报送稿件2篇。\n\n邱志强\n",
            files=[
                F(
                    "一图读懂理工中专职业教育活动周实施方案.docx",
                    "article",
                    Doc(
                        "lo-docx",
                        texts.article_html(
                            name(u),
                            s,
                            "一图读懂：理工中专职业教育活动周实施方案解读",
                            "11月9日",
                            "lg-jd",
                        ),
                    ),
                ),
                article(u, s, 0, "11月9日"),
            ],
            unit=u,
            note="an 实施方案解读 is a publicity article, not a plan",
        ),
        *article_mails(
            u, s, "outlook", frm(u, "邱志强"), [("11-10 16:12", ["lo-docx"])], start=1, style=3
        ),
        Msg(
            "talgzz-briefing",
            "11-11 17:45",
            "outlook",
            frm(u, "邱志强"),
            "理工中专职教活动周工作简报第2期",
            "职成科：简报及稿件见附件。\n邱志强\n",
            files=[
                F(
                    "活动周工作简报（第2期）.docx",
                    "article",
                    Doc(
                        "lo-ooxml",
                        texts.article_html(
                            name(u),
                            s,
                            "理工中专职业教育活动周工作简报（第2期）",
                            "11月11日",
                            "lg-jb",
                        ),
                    ),
                ),
                article(u, s, 2, "11月11日", "lo-ooxml"),
            ],
            unit=u,
        ),
        Msg(
            "talgzz-summary",
            "11-15 10:00",
            "outlook",
            frm(u, "邱志强"),
            "理工中专职业教育活动周活动开展情况",
            "市教育局职成高教科：\n\n附件为我校活动周活动开展情况及统计表。\n\n邱志强\n",
            files=[
                summary(
                    u,
                    s,
                    "lo-docx",
                    "理工中专职业教育活动周活动开展情况",
                    title="泰安市理工中等专业学校职业教育活动周活动开展情况",
                ),
                stats(u, "openpyxl", "活动周情况统计表", headers="renamed"),
            ],
            unit=u,
            note="活动开展情况 is the summary; the table's columns are renamed",
        ),
    ]


def tajtzz() -> list[Msg]:
    u, s = "tajtzz", "交通职专"
    li = liaison(u)
    url = "http://www.tajtzz.com/zjhdz2020/"
    tail = (
        "\n\n## 七、宣传平台\n\n| 平台 | 地址 |\n|---|---|\n| 学校官网 | http://www.tajtzz.com/ |\n"
        f"| 活动周专栏 | {url} |\n| 招生网 | http://zs.tajtzz.com/ |\n| 微信公众号 | 泰安交通职专 |\n"
    )
    signature = (
        f"\n\n--\n{li['name']}\n泰安交通职业中等专业学校 {li['position']}\n办公电话：0538-6219526\n"
        f"手机：{li['mobile']}\n邮箱：{li['email']}\n"
    )
    reply = (
        "收到，我校将于本周内补报其余宣传材料。\n" + signature + "\n\n-----原始邮件-----\n"
        "发件人: 泰安市教育局职成高教科 <jyj-zcjk01@ta.shandong.cn>\n发送时间: 2020年11月12日 9:00\n"
        "主题: 关于职业教育活动周宣传材料报送情况的提醒\n\n"
        + "\n".join("> " + x for x in CITY_REMINDER.split("\n"))
    )
    return [
        Msg(
            "tajtzz-plan",
            "11-04 13:00",
            "phpmailer",
            frm(u, "泰安交通职专"),
            "泰安交通职专活动周方案",
            "市教育局职成高教科：\n\n我校活动周方案见附件，宣传专栏地址见方案第七部分。"
            + signature,
            files=[
                plan(
                    u,
                    s,
                    "pandoc-docx",
                    "泰安交通职业中等专业学校2020年职业教育活动周方案",
                    "校长",
                    "招生就业处",
                    tail_text=tail,
                )
            ],
            unit=u,
            column_url=url,
            liaison=li,
            note="the column URL in a table cell beside other URLs (pandoc docx); liaison in the signature "
            "with landline and mobile, sent by the school's OA (PHPMailer)",
        ),
        Msg(
            "tajtzz-personal",
            "11-10 21:14",
            "qqmail",
            ("韩老师", "2847163390@qq.com"),
            "交通职专稿件",
            "董老师好，学校邮箱今天登不上，先用个人邮箱发一篇稿件。\n\n泰安交通职专 韩冬梅\n",
            files=[article(u, s, 0, "11月10日", "pandoc-odt")],
            unit=u,
            note="a personal address; the school is named in the body",
        ),
        *article_mails(
            u,
            s,
            "phpmailer",
            frm(u, "泰安交通职专"),
            [("11-12 08:40", ["pandoc-odt"])],
            start=1,
            style=1,
            signature=signature,
        ),
        Msg(
            "tajtzz-reply-reminder",
            "11-12 11:02",
            "phpmailer",
            frm(u, "泰安交通职专"),
            "答复: 关于职业教育活动周宣传材料报送情况的提醒",
            reply,
            unit=u,
            in_reply_to=CITY_REMINDER_ID,
            note="reply quoting the reminder with > lines; names five other units",
        ),
        *article_mails(
            u,
            s,
            "phpmailer",
            frm(u, "泰安交通职专"),
            [("11-15 09:05", ["pandoc-odt", "pandoc-odt"]), ("11-16 08:50", ["pandoc-docx"])],
            start=2,
            style=5,
            signature=signature,
            slug="late-articles",
        ),
        Msg(
            "tajtzz-summary",
            "11-16 09:00",
            "phpmailer",
            frm(u, "泰安交通职专"),
            "交通职专活动周总结+统计表",
            "总结和统计表见附件。" + signature,
            files=[
                summary(u, s, "pandoc-docx", "交通职专2020年职教活动周总结"),
                stats(u, "lo-xlsx", "2020年职业教育活动周情况统计表-交通职专"),
            ],
            unit=u,
        ),
    ]


def xtyzz() -> list[Msg]:
    u, s = "xtyzz", "新泰一职专"
    url = "http://www.xtyzz.com/zjhdz"
    sig = "\n\n李春雷\n\n发自网易邮箱大师"
    return [
        Msg(
            "xtyzz-column",
            "11-05 16:00",
            "mailmaster",
            frm(u, "李春雷"),
            "新泰一职专活动周专栏网址",
            f"市教育局职成高教科：\n方案已由新泰市教体局统一报送。我校活动周网站专栏：{url}" + sig,
            unit=u,
            column_url=url,
            note="plan and liaison came in the county's bundle (xintai-bundle)",
        ),
        *article_mails(
            u,
            s,
            "mailmaster",
            frm(u, "李春雷"),
            [("11-09 12:10", ["lo-docx", "lo-docx"])],
            style=7,
            signature=sig,
        ),
        *article_mails(
            u,
            s,
            "mailmaster-raw",
            frm(u, "李春雷"),
            [("11-10 20:33", ["lo-docx", "lo-docx"])],
            start=2,
            style=8,
            signature=sig,
            slug="articles-raw",
        ),
        *article_mails(
            u,
            s,
            "mailmaster",
            frm(u, "李春雷"),
            [("11-13 07:58", ["lo-docx"])],
            start=4,
            style=9,
            signature=sig,
            slug="articles-last",
        ),
        Msg(
            "xtyzz-summary",
            "11-16 14:00",
            "mailmaster",
            frm(u, "李春雷"),
            "新泰一职专总结及统计表",
            "总结、统计表见附件。" + sig,
            files=[
                summary(u, s, "abiword-rtf", "新泰一职专职业教育活动周总结"),
                stats(u, "gnumeric-xlsx", "统计表（新泰一职专）", headers="short"),
            ],
            unit=u,
        ),
    ]


def xtezz() -> list[Msg]:
    u, s = "xtezz", "新泰二职专"
    return [
        Msg(
            "xtezz-douyin",
            "11-06 10:20",
            "s-nail",
            frm(u, "新泰二职专办公室"),
            "新泰二职专活动周宣传平台",
            "市教育局职成高教科：\n\n我校职教活动周主要通过抖音号“新泰二职专”（抖音号：xtez2020）和视频号“新泰二职专”发布，"
            "未开设网站专栏。方案已由新泰市教体局报送。\n\n张桂芳\n",
            unit=u,
            channel_only="douyin",
            note="only a 抖音 / 视频号 account: no URL, no WeChat: column_url null; a person counts it partial",
        ),
        *article_mails(
            u,
            s,
            "s-nail",
            frm(u, "新泰二职专办公室"),
            [("11-10 10:05", ["abiword-docx", "abiword-docx"]), ("11-11 10:44", ["abiword-docx"])],
            style=2,
        ),
        Msg(
            "xtezz-no-subject",
            "11-12 16:18",
            "s-nail",
            frm(u, "新泰二职专办公室"),
            "",
            "稿件两篇\n张桂芳\n",
            files=[
                article(u, s, 3, "11月12日", "abiword-docx"),
                article(u, s, 4, "11月12日", "abiword-docx"),
            ],
            unit=u,
            note="empty subject",
        ),
        Msg(
            "xtezz-summary-late",
            "11-17 10:00",
            "s-nail",
            frm(u, "新泰二职专办公室"),
            "新泰二职专活动周总结（迟报）",
            "总结、统计表迟报，请谅解。\n张桂芳\n",
            files=[
                summary(u, s, "lo-odt", "新泰二职专职教活动周总结"),
                stats(u, "lo-ods", "新泰二职专活动周统计表"),
            ],
            unit=u,
            note="both after 11-16 18:00: late",
        ),
    ]


def fczjzx() -> list[Msg]:
    u, s = "fczjzx", "肥城职教中心"
    li = liaison(u)
    url = "https://www.fczjzx.cn/list.php?catid=36"
    frm2 = frm(u, "肥城市职业教育中心办公室", 1)
    return [
        Msg(
            "fczjzx-plan",
            "11-04 10:10",
            "neomutt-gb",
            frm(u, "肥城市职业教育中心"),
            "肥城职教中心职教活动周方案",
            "市教育局职成高教科：\n\n  我校活动周方案见附件。我校活动周联络员为宣传科科长马振华同志，手机号码18254839961，"
            f"电子邮箱fczjzx_bgs@126.com。活动专题网页：{url}\n\n肥城市职业教育中心\n",
            files=[
                plan(
                    u,
                    s,
                    "lo-ooxml",
                    "肥城市职业教育中心2020年职业教育活动周实施方案",
                    "校长",
                    "宣传科",
                )
            ],
            unit=u,
            column_url=url,
            liaison=li,
            note="liaison in prose; neomutt with a GB18030 body",
        ),
        Msg(
            "fczjzx-photos",
            "11-09 17:20",
            "coremail",
            frm2,
            "肥城职教中心活动周稿件及照片",
            "稿件2篇，活动照片2张。\n马振华\n",
            files=[
                article(u, s, 0, "11月9日", "lo-docx"),
                article(u, s, 1, "11月9日", "lo-docx"),
                photo("活动照片1", 11, "技能下乡", jpg=True),
                photo("活动照片2", 12, "开放日", jpg=True),
            ],
            unit=u,
            note="the second registered address; photos are other",
        ),
        Msg(
            "fczjzx-poster",
            "11-11 09:35",
            "coremail",
            frm2,
            "肥城职教中心宣传稿和宣传海报",
            "稿件2篇、宣传海报1张。\n马振华\n",
            files=[
                article(u, s, 2, "11月11日", "lo-docx"),
                article(u, s, 3, "11月11日", "lo-docx"),
                photo("职业教育活动周宣传海报", 13),
            ],
            unit=u,
            note="a 宣传海报 is other",
        ),
        *article_mails(u, s, "coremail", frm2, [("11-13 14:50", ["lo-docx"])], start=4, style=6),
        Msg(
            "fczjzx-summary-truncated",
            "11-16 10:30",
            "coremail",
            frm2,
            "肥城职教中心总结、统计表",
            "总结和统计表见附件。\n马振华\n",
            files=[
                F(
                    "肥城职教中心活动周总结.docx",
                    "summary",
                    Doc("lo-docx", summary(u, s, "lo-docx", "x").doc.source, post="truncate"),
                    readable=False,
                    note="cut to 40 % of its bytes (an interrupted upload)",
                ),
                stats(u, "lo-xls", "肥城职教中心活动周情况统计表"),
            ],
            unit=u,
            note="the only summary is truncated: partial",
        ),
    ]


def messages() -> list[Msg]:
    return [*talgzz(), *tajtzz(), *xtyzz(), *xtezz(), *fczjzx()]
