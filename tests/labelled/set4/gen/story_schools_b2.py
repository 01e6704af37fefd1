"""Schools' mail: 泰安技师学院 (to the 人社局 mailbox), 泰山护理职院, 泰安艺校."""

# ruff: noqa: E501  (mail and document text: long Chinese lines are kept whole)

from __future__ import annotations

from . import texts
from .people import name
from .producers import Doc
from .story import (
    F,
    Msg,
    article,
    article_mails,
    fn,
    frm,
    liaison,
    plan,
    stats,
    summary,
)


def tajsxy() -> list[Msg]:
    u, s = "tajsxy", "泰安技师学院"
    li = liaison(u)
    url = "http://www.tajsxy.com/html/zjhdz/"
    rs = [("泰安市人力资源和社会保障局职业能力建设科", "rsjzjk@ta.shandong.cn")]
    form = [
        ["泰安技师学院职业教育活动周报名表", ""],
        ["单位名称", li["unit"]],
        ["工作联系人", li["name"]],
        ["部门及职务", li["position"]],
        ["联系电话", li["mobile"]],
        ["邮件地址", li["email"]],
        ["宣传网址", url],
    ]
    return [
        Msg(
            "tajsxy-plan",
            "11-05 09:00",
            "coremail",
            frm(u, "泰安技师学院"),
            "泰安技师学院职教活动周方案及报名表",
            "市人社局职业能力建设科：\n\n我院活动周方案、联络员报名表见附件。\n宣传网址 "
            + url
            + "\n",
            files=[
                plan(u, s, "lo-odt", "泰安技师学院2020年职业教育活动周方案", "院长", "教务处"),
                F("泰安技师学院活动周报名表.xlsx", "contact", Doc("gnumeric-xlsx", form)),
            ],
            to=rs,
            unit=u,
            column_url=url,
            liaison=li,
            note="a technical school writes to the 人社局 mailbox; labels in column A, values in B (Gnumeric)",
        ),
        *article_mails(
            u,
            s,
            "coremail",
            frm(u, "泰安技师学院"),
            [
                ("11-10 15:20", ["lo-rtf", "lo-rtf"]),
                ("11-12 15:48", ["abiword-doc", "abiword-doc"]),
            ],
            style=1,
        ),
        Msg(
            "tajsxy-summary",
            "11-16 13:00",
            "coremail",
            frm(u, "泰安技师学院"),
            "泰安技师学院活动周总结、统计表",
            "总结和统计表见附件。\n郑凯\n",
            files=[
                summary(u, s, "lo-rtf", "泰安技师学院职业教育活动周总结"),
                stats(u, "gnumeric-xls", "泰安技师学院活动周统计表"),
            ],
            to=rs,
            unit=u,
            note="four articles in all: partial",
        ),
    ]


def tshlxy() -> list[Msg]:
    u, s = "tshlxy", "泰山护理职院"
    li = liaison(u)
    form = texts.table(
        [
            ["泰山护理职业学院职业教育活动周联络员", "", ""],
            ["单位", li["unit"], ""],
            ["联络员", li["name"], li["position"]],
            ["手机号", li["mobile"], ""],
            ["邮箱", li["email"], ""],
        ],
        {(0, 0): (1, 3), (1, 1): (1, 2), (3, 1): (1, 2), (4, 1): (1, 2)},
    )
    brief = F(
        "泰山护理职院活动周简报.docx",
        "article",
        Doc(
            "lo-docx",
            texts.article_html(name(u), s, "泰山护理职院职业教育活动周简报", "11月9日", "hl-jb"),
        ),
    )
    return [
        Msg(
            "tshlxy-question",
            "11-02 10:05",
            "qqmail",
            frm(u, "冯雪"),
            "请问活动周统计表模板",
            "老师您好，请问《2020年职业教育活动周情况统计表》模板在哪里下载？通知附件里没有看到。\n冯雪\n",
            unit=u,
            note="a question about the campaign: a submission with no files",
        ),
        Msg(
            "tshlxy-plan",
            "11-04 09:30",
            "qqmail",
            frm(u, "冯雪"),
            "泰山护理职业学院活动周方案",
            "市教育局职成高教科：\n\n方案、联络员表见附件。我院活动周专栏设在学院微信公众号“泰山护理职业学院”（微信号：tshlzyxy）。\n\n冯雪\n",
            files=[
                plan(
                    u,
                    s,
                    "lo-docx",
                    "泰山护理职业学院2020年职业教育活动周方案",
                    "院长",
                    "党政办公室",
                ),
                F("联络员.docx", "contact", Doc("lo-docx", texts.html_doc("联络员", [form]))),
            ],
            unit=u,
            wechat_only=True,
            liaison=li,
            note="the column is a WeChat account only: partial",
        ),
        Msg(
            "tshlxy-brief",
            "11-09 17:00",
            "qqmail",
            frm(u, "冯雪"),
            "护理职院简报及稿件",
            "简报1期，稿件2篇。\n冯雪\n",
            files=[brief, article(u, s, 0, "11月9日"), article(u, s, 1, "11月9日")],
            unit=u,
        ),
        Msg(
            "tshlxy-html-only",
            "11-11 15:15",
            "qqmail",
            frm(u, "冯雪"),
            "护理职院稿件",
            "",
            html="<div>稿件2篇，请查收。</div><div><br></div><div>冯雪</div>",
            html_only=True,
            files=[article(u, s, 2, "11月11日"), article(u, s, 3, "11月11日")],
            unit=u,
        ),
        Msg(
            "tshlxy-summary-late",
            "11-16 19:30",
            "qqmail",
            frm(u, "冯雪"),
            "护理职院总结统计表",
            "总结和统计表，晚了一点，抱歉。\n冯雪\n",
            files=[
                summary(u, s, "lo-docx", "泰山护理职业学院职教活动周总结"),
                stats(u, "lo-xlsx", "护理职院统计表", headers="short"),
            ],
            unit=u,
        ),
    ]


def tawhys() -> list[Msg]:
    u, s = "tawhys", "泰安艺校"
    html = texts.plan_html(
        name(u), s, "泰安市文化艺术学校2020年职业教育活动周方案", "校长", "办公室", u
    )
    return [
        Msg(
            "tawhys-plan",
            "11-05 17:50",
            "foxmail",
            frm(u, "卢广义"),
            "艺校活动周方案",
            "方案见附件。\n\n\n\n卢广义\n",
            files=[F(fn("泰安艺校活动周方案", "pdf"), "plan", Doc("chromium-pdf", html))],
            unit=u,
            note="just before 18:00; nothing else ever comes",
        ),
    ]


def messages() -> list[Msg]:
    return [*tajsxy(), *tshlxy(), *tawhys()]
