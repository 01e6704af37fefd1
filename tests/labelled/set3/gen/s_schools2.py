# ruff: noqa: E501 - mail text and labels stay one sentence a line, as people wrote them
"""Vocational schools 泰山职院, 泰安职院, 山东服装职业学院."""

from __future__ import annotations

from . import content as c
from . import make
from .build import DevSet, F, at, liaison
from .units import UNITS, Person

U = UNITS


def tsvtc(S: DevSet) -> None:
    """QQ enterprise mail; contact and column in HTML tables in the body; a 超大附件 video; the
    summary first only as a 超大附件 link, then attached."""
    u = U["tsvtc"]
    p = u.liaison
    big = (
        '<div id="QQMailBigAttach" style="padding:2px;margin-bottom:15px;background-color:#e8f2ff;">'
        '<div style="padding:6px 10px;">从QQ邮箱发来的超大附件</div>'
        '<div><a href="https://mail.qq.com/cgi-bin/ftnExs_download?t=exs_ftn_download&k={k}&code=5a3c">{name}</a>'
        " ({size}, 2020年12月{d}日 10:22 到期)</div></div>"
    )
    ct = c.html_table(c.contact_rows_header(u, p))
    colt = c.html_table([["项目", "内容"], ["宣传专栏", u.column], ["学校官网", u.site]])
    S.add(
        "tsvtc-plan-html-tables",
        at(3, 15, 20),
        "qqmail",
        frm=u.email,
        name="泰山职业技术学院",
        charset="gb18030",
        subject="泰山职业技术学院职业教育活动周方案及联络员",
        text=f"市教育局职成高教科：\n附件为我院活动周方案。联络员及宣传专栏见下表。\n宣传专栏 {u.column}\n",
        html=f"<div>市教育局职成高教科：</div><div>附件为我院活动周方案。联络员及宣传专栏见下表。</div>{ct}<br>{colt}<br>"
        + big.format(k="2b6563a1f0e9c7d1", name="泰山职院活动周宣传片.mp4", size="356.20M", d="03"),
        files=[
            F(
                "附件1：泰山职业技术学院2020年职业教育活动周实施方案.docx",
                make.plan("tsvtc", "docx", 0),
                "plan",
            )
        ],
        unit="tsvtc",
        column_url=u.column,
        liaison=liaison("tsvtc"),
        note="contact in an HTML header-row table, column in a key/value HTML table with the home page; a QQ 超大附件 "
        "video link (not a file)",
    )
    S.add(
        "tsvtc-articles1-2",
        at(8, 19, 0),
        "qqmail",
        frm=u.email,
        name="泰山职业技术学院",
        charset="gb18030",
        subject="泰山职院活动周宣传稿（一）（二）",
        text="两篇稿件。\n",
        files=[
            F(f"{make.title('tsvtc', i)}.docx", make.article("tsvtc", i, 8, "docx", i), "article")
            for i in (0, 1)
        ],
        unit="tsvtc",
    )
    t = make.title("tsvtc", 2)
    S.add(
        "tsvtc-article3-html-cid",
        at(10, 12, 10),
        "qqmail",
        frm=u.email,
        name="泰山职业技术学院",
        charset="gb18030",
        subject="泰山职院活动周宣传稿（三）",
        text="\n".join([t, *c.article_paragraphs(u, t, 10, 1)]),
        html=c.article_html(u, t, 10, ["A3F1@qq.com"]),
        files=[F("image001.png", make.photo(2), "other", cid="A3F1@qq.com")],
        unit="tsvtc",
        body_article=t,
        note="article pasted in HTML with a cid: picture",
    )
    S.add(
        "tsvtc-articles4-5-photos",
        at(11, 16, 25),
        "qqmail",
        frm=u.email,
        name="泰山职业技术学院",
        charset="gb18030",
        subject="泰山职院活动周宣传稿（四）（五）及图片",
        files=[
            F(f"{make.title('tsvtc', i)}.pdf", make.article("tsvtc", i, 11, "pdf"), "article")
            for i in (3, 4)
        ]
        + [F(f"活动照片{k + 1}.jpg", make.photo(k + 3), "other") for k in range(3)],
        text="稿件两篇（PDF），活动照片三张。\n",
        unit="tsvtc",
        note="three photos beside two articles: photos are other",
    )
    S.add(
        "tsvtc-summary-bigattach-only",
        at(15, 10, 0),
        "qqmail",
        frm=u.email,
        name="泰山职业技术学院",
        charset="gb18030",
        subject="泰山职院活动周总结及图片（超大附件）",
        text="总结及图片较大，以超大附件发送。\n",
        html="<div>总结及图片较大，以超大附件发送。</div>"
        + big.format(
            k="9c0d11e2a7b3f456", name="泰山职院活动周总结及图片.zip", size="156.83M", d="15"
        ),
        unit="tsvtc",
        note="the summary only behind a QQ 超大附件 download link: nothing in the mailbox to count",
    )
    S.add(
        "tsvtc-summary-stats",
        at(15, 10, 35),
        "qqmail",
        frm=u.email,
        name="泰山职业技术学院",
        charset="gb18030",
        subject="泰山职院活动周总结报告、统计表（单独发送）",
        text="刚才超大附件下载不便，现将总结报告和统计表单独发送。\n",
        files=[
            F("泰山职业技术学院活动周总结报告.docx", make.summary("tsvtc", "docx", 0), "summary"),
            F("2020年职业教育活动周情况统计表.xlsx", make.stats("tsvtc", "standard"), "statistics"),
        ],
        unit="tsvtc",
    )


def tavtc(S: DevSet) -> None:
    """Outlook; leader+liaison contact table; column in a table cell labelled 网址 beside the home
    page; six articles pasted as HTML (some with cid pictures)."""
    u = U["tavtc"]
    row = c.html_table([["单位", "学校官网", "活动周专栏网址"], [u.name, u.site, u.column]])
    S.add(
        "tavtc-plan-contact",
        at(2, 9, 0),
        "outlook",
        frm=u.email,
        name="泰安职业技术学院",
        charset="gb2312",
        subject="泰安职业技术学院活动周方案、联络员、专栏网址",
        html=f"<p>市教育局职成高教科：</p><p>方案和联络员见附件。</p>{row}<p>泰安职业技术学院 党委宣传部</p>",
        files=[
            F("泰安职业技术学院职业教育活动周方案.docx", make.plan("tavtc", "docx", 1), "plan"),
            F("联络员及分管领导.docx", make.contact("tavtc", "leader"), "contact"),
        ],
        unit="tavtc",
        column_url=u.column,
        liaison=liaison("tavtc"),
        note="HTML-only body; column in an HTML cell under 活动周专栏网址 with the home page in the same row; leader row above the liaison",
    )
    for n, day in enumerate((8, 9, 10, 12, 13, 14)):
        t = make.title("tavtc", n)
        cids = [f"image00{n}.jpg@01D6B5A2.3C4F5E60"] if n % 2 == 0 else []
        S.add(
            f"tavtc-article{n + 1}-html",
            at(day, 15, 10 + n),
            "outlook",
            frm=u.email,
            name="泰安职业技术学院",
            charset="gb2312",
            subject=f"【活动周宣传】{t}" if n != 3 else "泰安职院宣传稿",
            text="\n".join([t, *c.article_paragraphs(u, t, day, 2)]),
            html=c.article_html(u, t, day, cids),
            files=[F(f"image00{n}.jpg", make.photo(n % 2), "other", cid=cids[0])] if cids else [],
            unit="tavtc",
            body_article=t,
        )
    S.add(
        "tavtc-summary-stats",
        at(16, 17, 30),
        "outlook",
        frm=u.email,
        name="泰安职业技术学院",
        charset="gb2312",
        subject="泰安职业技术学院活动周总结报告、情况统计表",
        files=[
            F("泰安职院活动周总结.pdf", make.summary("tavtc", "pdf", 1), "summary"),
            F("泰安职院统计表.xlsx", make.stats("tavtc", "standard"), "statistics"),
        ],
        text="请查收。\n",
        unit="tavtc",
        note="17:30, half an hour before the due",
    )


def sdfzxy(S: DevSet) -> None:
    """Foxmail; plan as odt; vertical contact table then a complete 联络员变更; a Chinese query
    string in the column URL; four distinct articles (one resent)."""
    u = U["sdfzxy"]
    S.add(
        "sdfzxy-plan-odt-contact",
        at(2, 14, 0),
        "foxmail",
        frm=u.email,
        name="山东服装职业学院",
        subject="山东服装职业学院活动周方案+联络员",
        text=f"市教育局：\n方案（odt）及联络员表见附件，活动周专题网址：{u.column}\n",
        html=f'<div>市教育局：</div><div>方案（odt）及联络员表见附件，活动周专题网址：<a href="{u.column}">{u.column}</a></div>',
        files=[
            F("山东服装职业学院活动周方案.odt", make.plan("sdfzxy", "odt", 2), "plan"),
            F("联络员.docx", make.contact("sdfzxy", "vertical"), "contact"),
        ],
        unit="sdfzxy",
        column_url=u.column,
        liaison=liaison("sdfzxy"),
        note="vertical contact table; Chinese characters in the column URL's query string",
    )
    new = Person("许婷", "宣传部干事", "xuting@sdfzxy.edu.cn", "13953859012")
    S.add(
        "sdfzxy-liaison-change",
        at(4, 11, 0),
        "foxmail",
        frm=u.email,
        name="山东服装职业学院",
        subject="【联络员变更】山东服装职业学院",
        text=f"市教育局职成高教科：\n我院活动周联络员由田雨同志变更为许婷同志。\n单位：{u.name}\n姓名：{new.name}\n职务：{new.position}\n"
        f"邮箱：{new.email}\n手机号码：{new.mobile}\n",
        unit="sdfzxy",
        liaison=liaison("sdfzxy", new),
        note="联络员变更 before the due, complete: the new liaison is current",
    )
    a1 = F(f"{make.title('sdfzxy', 0)}.docx", make.article("sdfzxy", 0, 9), "article")
    S.add(
        "sdfzxy-articles1-2",
        at(9, 16, 0),
        "foxmail",
        frm=u.email,
        name="山东服装职业学院",
        subject="服装职院宣传稿两篇",
        text="两篇。\n",
        files=[
            a1,
            F(
                f"{make.title('sdfzxy', 1)}.docx",
                make.article("sdfzxy", 1, 9, "docx", 1),
                "article",
            ),
        ],
        unit="sdfzxy",
    )
    S.add(
        "sdfzxy-article3-pdf",
        at(11, 10, 30),
        "foxmail",
        frm=u.email,
        name="山东服装职业学院",
        subject="服装职院宣传稿3",
        files=[
            F("学生志愿者为社区居民缝补衣物.pdf", make.article("sdfzxy", 2, 11, "pdf"), "article")
        ],
        text="",
        unit="sdfzxy",
    )
    S.add(
        "sdfzxy-resend-and-article4",
        at(12, 17, 20),
        "foxmail",
        frm=u.email,
        name="山东服装职业学院",
        subject="服装职院宣传稿（含重发）",
        text="第一篇重新发一下，另附第四篇。\n",
        files=[
            F(a1.name, a1.data, "article"),
            F(f"{make.title('sdfzxy', 3)}.docx", make.article("sdfzxy", 3, 12), "article"),
        ],
        unit="sdfzxy",
        note="first article resent identically (counts once): four distinct in all, partial",
    )
    S.add(
        "sdfzxy-summary-doc-stats",
        at(16, 11, 30),
        "foxmail",
        frm=u.email,
        name="山东服装职业学院",
        subject="山东服装职业学院活动周总结、统计表",
        files=[
            F("山东服装职业学院活动周工作总结.doc", make.summary("sdfzxy", "doc", 3), "summary"),
            F("统计表（服装学院）.xlsx", make.stats("sdfzxy", "standard"), "statistics"),
        ],
        text="请查收！\n",
        unit="sdfzxy",
    )


def build(S: DevSet) -> None:
    """Everything in this module."""
    for f in (
        tsvtc,
        tavtc,
        sdfzxy,
    ):
        f(S)
