"""Mail from 肥城职专, 宁阳县职教中心, 东平县职教中心, 理工中专, 工程职专, and one mail
nobody can place."""

from __future__ import annotations

from .common import (
    REMINDER_SUMMARY_ID,
    A,
    article_mail,
    pasted_article,
)
from .docs import Doc
from .model import Msg
from .people import COLUMN, LIAISON, reg
from .texts import photo, plan, stats, summary


def fczz() -> list[Msg]:
    s = ("肥城市职业中等专业学校", reg("fczz"))
    li = LIAISON["fczz"]
    wrong = Doc("附件1.xlsb", "other", "fczz", "poi", source="spreadsheet/sample.xlsb")
    return [
        Msg(
            "fczz-plan-odt-tab-contact",
            "11-02 11:00",
            "neomutt",
            "submission",
            "fczz",
            s,
            subject="肥城职专职业教育活动周方案",
            text="市教育局职成高教科：\n  附件为我校活动周方案，宣传专栏："
            + COLUMN["fczz"]
            + "\n  联络员信息：\n"
            + "\n".join(
                f"{k}\t{li[f]}"
                for k, f in (
                    ("单位", "unit"),
                    ("姓名", "name"),
                    ("职务", "position"),
                    ("邮箱", "email"),
                    ("手机", "mobile"),
                )
            )
            + "\n",
            atts=A(plan("fczz", "肥城职专活动周方案.odt", "lo-odt")),
            column_url=COLUMN["fczz"],
            liaison=li,
            opts={"charset": "us-ascii:gb2312:utf-8"},
            traps=["plan-odt", "contact-tab-lines"],
        ),
        article_mail("fczz-article-1", "11-08 09:30", "neomutt", "fczz", s, ["lo-docx"]),
        article_mail("fczz-article-2", "11-09 13:20", "neomutt", "fczz", s, ["lo-doc"]),
        article_mail("fczz-article-3", "11-10 19:00", "neomutt", "fczz", s, ["python-docx"]),
        article_mail("fczz-article-4", "11-12 12:40", "neomutt", "fczz", s, ["lo-pdf"]),
        article_mail("fczz-article-5", "11-13 14:50", "neomutt", "fczz", s, ["lo-docx"]),
        Msg(
            "fczz-summary-stats-xlsb",
            "11-16 09:20",
            "neomutt",
            "submission",
            "fczz",
            s,
            subject="肥城职专活动周总结报告及统计表",
            text="见附件。\n",
            atts=A(
                summary("fczz", "肥城职专活动周总结报告.docx", "lo-docx"),
                stats("fczz", "肥城职专活动周情况统计表.xlsx", "lo-xlsx"),
                wrong,
            ),
            traps=["xlsb-wrong-file", "poi-file"],
            note="An extra .xlsb (Apache POI sample.xlsb, Lorem ipsum) attached by mistake: other.",
        ),
    ]


def nyzj() -> list[Msg]:
    s = ("宁阳县职业教育中心", reg("nyzj"))
    wx = (
        '<html><body><div>分享一篇公众号文章：</div><div style="border:1px solid #ddd;padding:8px">'
        '<a href="https://mp.weixin.qq.com/s/Xk2p9LmQ0a7vB3cDnyzj">宁阳县职教中心开展“技能下乡”'
        '助农服务</a><br><span style="color:#888">来自公众号：宁阳县职教中心</span></div>'
        "<div><br>发自我的iPhone</div></body></html>"
    )
    return [
        article_mail(
            "nyzj-articles-pdf-1", "11-09 10:40", "python-email", "nyzj", s, ["lo-pdf", "lo-pdf"]
        ),
        article_mail(
            "nyzj-articles-pdf-2", "11-11 17:00", "python-email", "nyzj", s, ["lo-pdf", "lo-pdf"]
        ),
        Msg(
            "nyzj-wechat-article-link",
            "11-13 10:10",
            "hand-wechat",
            "submission",
            "nyzj",
            s,
            subject="【分享】宁阳县职教中心开展“技能下乡”助农服务",
            html=wx,
            article_links=["https://mp.weixin.qq.com/s/Xk2p9LmQ0a7vB3cDnyzj"],
            traps=["wechat-share", "article-link", "html-only"],
            note="An article of the school's WeChat account shared to mail: one article link.",
        ),
        Msg(
            "nyzj-summary-stats-7z",
            "11-16 13:30",
            "python-email",
            "submission",
            "nyzj",
            s,
            subject="宁阳县职教中心活动周总结及统计表",
            text="见附件（7z压缩）。\n",
            atts=A(
                Doc(
                    "宁阳县职教中心活动周总结及统计表.7z",
                    "other",
                    "nyzj",
                    "7z",
                    members=[
                        summary("nyzj", "宁阳县职教中心活动周总结.docx", "lo-docx"),
                        stats("nyzj", "宁阳县职教中心活动周统计表.xlsx", "openpyxl"),
                    ],
                )
            ),
            traps=["archive-7z"],
        ),
    ]


def dpzjzx() -> list[Msg]:
    s = ("东平县职业教育中心学校", reg("dpzjzx"))
    li = LIAISON["dpzjzx"]
    wx = (
        "<html><body><div>市局职成高教科：我校公众号今日发布活动周报道：</div>"
        '<div style="border:1px solid #ddd;padding:8px"><a href="https://mp.weixin.qq.com/s/'
        'dpzj_8Ha2kLq0ZtYw1">东平县职教中心举办“网络校园开放日”活动</a><br>'
        '<span style="color:#888">来自公众号：东平职教</span></div></body></html>'
    )
    return [
        Msg(
            "dpzjzx-contact-change",
            "11-05 14:00",
            "hand-coremail",
            "submission",
            "dpzjzx",
            s,
            subject="东平县职业教育中心学校活动周联络员变更",
            text="市教育局职成高教科：\n  因人员调整，我校活动周联络员变更为：\n"
            f"姓名：{li['name']}\n职务：{li['position']}\n邮箱：{li['email']}\n手机：{li['mobile']}\n"
            "（单位：东平县职业教育中心学校）\n原联络员何静不再负责。\n",
            liaison=li,
            traps=["contact-change"],
            note="Supersedes the liaison forwarded by 东平县教体局 on 11-03.",
        ),
        article_mail("dpzjzx-article-1", "11-08 15:20", "hand-coremail", "dpzjzx", s, ["lo-docx"]),
        Msg(
            "dpzjzx-article-2-wechat",
            "11-10 09:05",
            "hand-wechat",
            "submission",
            "dpzjzx",
            s,
            subject="东平县职教中心活动周报道（公众号）",
            html=wx,
            article_links=["https://mp.weixin.qq.com/s/dpzj_8Ha2kLq0ZtYw1"],
            traps=["wechat-share", "article-link"],
        ),
        article_mail("dpzjzx-article-3", "11-11 18:10", "hand-coremail", "dpzjzx", s, ["lo-pdf"]),
        article_mail(
            "dpzjzx-article-4",
            "11-12 15:40",
            "hand-coremail",
            "dpzjzx",
            s,
            ["python-docx"],
            extra=[
                photo("dpzjzx", "微信图片_20201112153301.jpg", "实训"),
                photo("dpzjzx", "微信图片_20201112153309.jpg", "实训2"),
            ],
            traps=["photos-beside-article"],
        ),
        pasted_article(
            "dpzjzx-article-5-body",
            "11-14 11:20",
            "hand-coremail",
            "dpzjzx",
            s,
            html=True,
            traps=["article-in-body"],
        ),
        Msg(
            "dpzjzx-summary-stats",
            "11-16 16:50",
            "hand-coremail",
            "submission",
            "dpzjzx",
            s,
            subject="东平县职教中心活动周总结及统计表",
            text="总结报告、统计表见附件。\n",
            atts=A(
                summary("dpzjzx", "东平县职教中心活动周总结.docx", "lo-docx"),
                stats("dpzjzx", "东平县职教中心活动周情况统计表.xlsx", "lo-xlsx", alt=True),
            ),
            traps=["stats-alias-headers"],
        ),
    ]


def talgzz() -> list[Msg]:
    s = ("泰安市理工中等专业学校", reg("talgzz"))
    quoted = (
        "市教育局职成高教科：\n  我校活动周总结报告见附件，统计表明日补报。\n泰安理工中专 宋佳\n\n"
        "在 2020-11-15 09:00，泰安市教育局职成高教科 写道：\n"
        "> 各县市区教育和体育局、各职业院校：\n"
        "> 活动周总结报告与《2020年职业教育活动周情况统计表》请于11月16日18:00前报送。"
        "截至目前，泰山职业技术学院、泰山护理职业学院、东平县教育和体育局、新泰市技工学校"
        "尚未报送。\n> 泰安市教育局职成高教科\n"
    )
    return [
        article_mail("talgzz-article-1", "11-09 08:30", "nodemailer", "talgzz", s, ["lo-docx"]),
        pasted_article(
            "talgzz-article-2-cid",
            "11-10 13:00",
            "nodemailer",
            "talgzz",
            s,
            images=[photo("talgzz", "1.jpg", "理工中专技能展示")],
            traps=["article-in-body", "cid-image-not-article"],
        ),
        article_mail("talgzz-article-3", "11-12 18:00", "nodemailer", "talgzz", s, ["lo-pdf"]),
        article_mail(
            "talgzz-article-4",
            "11-13 19:40",
            "nodemailer",
            "talgzz",
            s,
            ["python-docx"],
            note="Four articles in all: partial.",
        ),
        Msg(
            "talgzz-summary-reply-reminder",
            "11-16 17:40",
            "nodemailer",
            "submission",
            "talgzz",
            s,
            subject="Re: 【提醒】请于11月16日前报送活动周总结报告和统计表",
            text=quoted,
            in_reply_to=REMINDER_SUMMARY_ID,
            atts=A(summary("talgzz", "理工中专活动周总结报告.docx", "python-docx")),
            traps=["reply-quoting-reminder"],
            note="The quoted reminder names four other units.",
        ),
        Msg(
            "talgzz-stats-late",
            "11-17 10:00",
            "nodemailer",
            "submission",
            "talgzz",
            s,
            subject="理工中专活动周情况统计表（补报）",
            text="补报统计表。\n",
            atts=A(stats("talgzz", "理工中专活动周情况统计表.xlsx", "openpyxl")),
            traps=["late"],
        ),
    ]


def tagczz() -> list[Msg]:
    return [
        Msg(
            "tagczz-plan-stranger-nosubject",
            "11-05 11:00",
            "python-email",
            "submission",
            "tagczz",
            ("", "13953827716@139.com"),
            subject=None,
            text="",
            atts=A(
                plan("tagczz", "泰安市工程职业中等专业学校职业教育活动周实施方案.docx", "lo-docx")
            ),
            traps=["unknown-sender", "no-subject", "empty-body"],
            note="Unknown address, no subject, empty body: the only attachment is the school's "
            "plan, named in the file name and the document. It is a submission.",
        ),
        article_mail(
            "tagczz-article-personal-qq",
            "11-10 20:10",
            "hand-qqmail",
            "tagczz",
            ("张伟", "1054872233@qq.com"),
            ["python-docx"],
            subject="稿件",
            text="工程职专活动周稿件，请审阅。\n",
            traps=["personal-qq"],
        ),
    ]


def unassignable() -> list[Msg]:
    generic = Doc(
        "活动周宣传稿.docx",
        "article",
        None,
        "python-docx",
        title="职业教育活动周宣传稿",
        paras=[
            "11月10日，我校围绕“人人出彩 技能强国”主题开展了职业教育活动周系列活动。",
            "活动中，师生共同参与技能展示、社区服务等活动，受到家长和社会的好评。",
        ],
    )
    return [
        Msg(
            "unassignable-163-article",
            "11-10 21:40",
            "hand-coremail",
            "submission",
            None,
            ("xiaoyu", "xiaoyu_2019@163.com"),
            subject="活动周稿件",
            text="请查收。\n",
            atts=A(generic),
            unit_unassigned_ok=True,
            traps=["unit-unknowable"],
            note="A personal address, a generic article that names no school: a careful person "
            "cannot tell the unit; it waits for staff.",
        ),
    ]


def all_messages() -> list[Msg]:
    """Every message of this module."""
    out: list[Msg] = []
    for f in (
        fczz,
        nyzj,
        dpzjzx,
        talgzz,
        tagczz,
        unassignable,
    ):
        out.extend(f())
    return out
