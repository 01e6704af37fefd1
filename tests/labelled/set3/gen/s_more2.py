# ruff: noqa: E501 - mail text and labels stay one sentence a line, as people wrote them
"""County forwards of single school files, more articles, stamped PDFs, questions, thank-yous."""

from __future__ import annotations

from . import content as c
from . import docs, hand, make
from .build import DevSet, F, at
from .s_more import ACK, _ack_quote
from .units import RSJ, UNITS

U = UNITS


def county_forwards(S: DevSet) -> None:
    """A county passing on one school file: quoted forwards and a 转报."""
    n = U["ningyang"]
    S.add(
        "ningyang-relays-nyzz-stats",
        at(16, 16, 40),
        "s-nail",
        frm=n.email,
        name="宁阳县教体局",
        subject="转报宁阳职专活动周统计表",
        text="宁阳职专邮箱故障，其统计表由我局转报。\n宁阳县教体局\n",
        files=[
            F(
                "宁阳县职业中等专业学校活动周情况统计表.xlsx",
                make.stats("nyzz", "standard"),
                "statistics",
                "nyzz",
            )
        ],
        unit="nyzz",
        unassigned_ok=True,
        note="the bureau relays only its school's table: the mail and the file are the school's (unassigned acceptable)",
    )
    fz = U["fczz"]
    art = make.article("fczz", 1, 12, "docx", 2)
    S.add(
        "feicheng-forwards-fczz-article-qq",
        at(12, 16, 0),
        "qqmail",
        frm="fcjtj_zcj@qq.com",
        name="肥城市教体局职成教",
        charset="gb18030",
        subject="转发：肥城职专宣传稿",
        text="转发肥城职专稿件。"
        + hand.quoted_header(
            "qq",
            f'"肥城职专"<{fz.email}>',
            "2020年11月12日(星期四) 上午10:05",
            '"fcjtj_zcj"<fcjtj_zcj@qq.com>',
            "肥城职专宣传稿",
        )
        + "稿件见附件。\n",
        files=[F("肥城职专学子走进社区提供便民服务.docx", art, "article", "fczz")],
        unit="fczz",
        note="the bureau's staff forwards the school's mail from a personal QQ box (QQ quoted forward): the school's "
        "article; with the two WeChat links still fewer than 5: partial",
    )
    dp, dz = U["dongping"], U["dpzz"]
    S.add(
        "dongping-forwards-dpzz-article-outlook",
        at(13, 9, 30),
        "outlook",
        frm=dp.email,
        name="东平县教体局",
        charset="gb2312",
        subject="转发: 东平职专宣传稿1",
        text="转市局。"
        + hand.quoted_header(
            "outlook",
            f"东平职专 [mailto:{dz.email}]",
            "2020年11月9日 8:49",
            dp.email,
            "东平职专宣传稿1",
        )
        + "请审阅。\n",
        files=[
            F(
                "东平职专举办职业教育活动周启动仪式.doc",
                make.article("dpzz", 0, 9, "doc"),
                "article",
                "dpzz",
            )
        ],
        unit="dpzz",
        note="-----原始邮件----- forward of a file the school had already sent: identical, counts once",
    )


def extras(S: DevSet) -> None:
    """More articles, stamped PDF versions, photos, questions and thank-yous."""
    for uid, idx, when, client in (
        ("feicheng", 5, at(14, 16, 0), "nodemailer"),
        ("tshlxy", 4, at(12, 9, 0), "nodemailer"),
        ("tawhys", 5, at(14, 11, 30), "outlook"),
    ):
        u = U[uid]
        S.add(
            f"{uid}-article{idx + 1}",
            when,
            client,
            frm=u.email,
            name=u.short,
            charset="gb2312" if client == "outlook" else "gbk",
            subject=f"{u.short}宣传稿：{make.title(uid, idx)}",
            text="请审阅。\n",
            files=[
                F(
                    f"{make.title(uid, idx)}.docx",
                    make.article(uid, idx, when.day, "docx", 3),
                    "article",
                )
            ],
            unit=uid,
        )
    for uid, when, client in (
        ("daiyue", at(4, 14, 0), "foxmail"),
        ("ningyang", at(6, 8, 40), "s-nail"),
        ("tajsxy", at(3, 16, 0), "neomutt"),
        ("sdfzxy", at(2, 17, 0), "foxmail"),
        ("tshlxy", at(8, 18, 30), "nodemailer"),
        ("dyzjzx", at(4, 16, 0), "phpmailer"),
    ):
        u = U[uid]
        style = {"foxmail": "foxmail", "s-nail": "foxmail", "neomutt": "foxmail"}.get(client, "qq")
        S.add(
            f"{uid}-ack-reply",
            when,
            client,
            frm=u.email,
            name=u.short,
            to=[RSJ] if uid == "tajsxy" else None,
            subject="Re: " + ACK,
            text="收到。\n" + _ack_quote(uid, "活动周宣传材料、总结报告、统计表", style, "2020-11"),
            charset="utf-8" if client == "phpmailer" else "gbk",
            unit=uid,
            note="thank-you quoting the acknowledgement",
        )
    qs = [
        (
            "xtzz",
            at(3, 11, 0),
            "neomutt",
            "请问宣传专栏能否使用学校官网新闻栏目",
            "我校暂未单独设置专栏，能否用官网新闻栏目代替？\n新泰职专\n",
        ),
        (
            "dpzz",
            at(15, 10, 0),
            "outlook",
            "统计表中网络浏览量如何统计",
            "老师好，浏览量是否包括微信公众号阅读量？\n东平职专\n",
        ),
        (
            "ningyang",
            at(14, 15, 0),
            "s-nail",
            "总结报告有无字数要求",
            "请问活动周总结报告有无字数要求？\n宁阳县教体局\n",
        ),
        (
            "tawhys",
            at(4, 17, 0),
            "outlook",
            "活动周方案能否推迟两天报送",
            "田老师，我校方案还在领导审核，能否推迟到7日报送？\n泰安艺校\n",
        ),
        (
            "dongping",
            at(16, 15, 20),
            "phpmailer",
            "统计表打开密码",
            "统计表打开密码：123456\n东平县教体局\n",
        ),
    ]
    for uid, when, client, subject, text in qs:
        u = U[uid]
        S.add(
            f"{uid}-question2",
            when,
            client,
            frm=u.email,
            name=u.short,
            subject=subject,
            text=text,
            charset="gb2312" if client == "outlook" else "gbk",
            unit=uid,
            note="nothing to count"
            + (
                "; a password in a mail does not make the encrypted table readable"
                if uid == "dongping"
                else ""
            ),
        )
    for uid, when, client in (
        ("tavtc", at(11, 9, 0), "outlook"),
        ("taishan", at(12, 17, 30), "outlook"),
        ("tsvtc", at(13, 8, 20), "qqmail"),
    ):
        u = U[uid]
        S.add(
            f"{uid}-photos",
            when,
            client,
            frm=u.email,
            name=u.short,
            charset="gb2312" if client == "outlook" else "gb18030",
            subject=f"{u.short}活动周图片",
            text="活动图片，供专栏使用。\n",
            files=[F(f"{u.short}活动图片{k}.jpg", make.photo(k + 7), "other") for k in (1, 2)],
            unit=uid,
        )
    ts = U["tsvtc"]
    S.add(
        "tsvtc-stats-xls",
        at(16, 9, 10),
        "qqmail",
        frm=ts.email,
        name="泰山职业技术学院",
        charset="gb18030",
        subject="统计表（xls版）",
        text="另附xls格式统计表，便于汇总。\n",
        files=[
            F(
                "2020年职业教育活动周情况统计表.xls",
                make.stats("tsvtc", "standard", (), "xls"),
                "statistics",
            )
        ],
        unit="tsvtc",
        note="the same table as xls (LibreOffice): another statistics file",
    )
    S.add(
        "tsvtc-plan-stamped-pdf",
        at(4, 10, 0),
        "qqmail",
        frm=ts.email,
        name="泰山职业技术学院",
        charset="gb18030",
        subject="泰山职院活动周方案（盖章版）",
        text="盖章版方案。\n",
        files=[F("泰山职业技术学院活动周方案（盖章版）.pdf", make.plan("tsvtc", "pdf", 0), "plan")],
        unit="tsvtc",
    )
    j = U["tajsxy"]
    S.add(
        "tajsxy-summary-stamped-pdf",
        at(16, 14, 30),
        "neomutt",
        frm=j.email,
        name="泰安技师学院",
        to=[RSJ],
        subject="泰安技师学院活动周总结（盖章扫描版）",
        text="盖章版。\n",
        files=[
            F("泰安技师学院活动周总结（盖章版）.pdf", make.summary("tajsxy", "pdf", 1), "summary")
        ],
        unit="tajsxy",
    )
    t = U["taishan"]
    S.add(
        "taishan-summary-stamped-pdf",
        at(16, 9, 0),
        "outlook",
        frm=t.email,
        name="王磊",
        charset="gb2312",
        subject="泰山区活动周总结（盖章版）",
        files=[
            F("泰山区活动周总结报告（盖章版）.pdf", make.summary("taishan", "pdf", 0), "summary")
        ],
        text="",
        unit="taishan",
    )


def more(S: DevSet) -> None:
    """A school's own copy of what its county bundled, stamped scans, a column restated."""
    x = U["xtzz"]
    S.add(
        "xtzz-summary-own-copy",
        at(16, 10, 30),
        "neomutt",
        frm=x.email,
        name="新泰职专",
        subject="新泰职专活动周总结报告",
        text="总结报告（已由市教体局汇总报送，此为我校直接报送）。\n",
        files=[F("新泰职专活动周总结报告.docx", make.summary("xtzz", "docx", 3), "summary")],
        unit="xtzz",
        note="the same file the county bundled half an hour earlier: counts once",
    )
    d = U["dpzz"]
    S.add(
        "dpzz-stats-stamped-pdf",
        at(16, 16, 45),
        "outlook",
        frm=d.email,
        name="东平职专",
        charset="gb2312",
        subject="东平职专统计表（盖章版）",
        text="盖章扫描版。\n",
        files=[
            F(
                "东平职专统计表（盖章版）.pdf",
                docs.convert(make.stats("dpzz", "renamed"), "xlsx", "pdf"),
                "statistics",
            )
        ],
        unit="dpzz",
        note="the statistics table printed to PDF: still the statistics table",
    )
    j = U["tajsxy"]
    S.add(
        "tajsxy-photos",
        at(10, 16, 0),
        "neomutt",
        frm=j.email,
        name="泰安技师学院",
        to=[RSJ],
        subject="活动周图片",
        text="图片两张。\n",
        files=[F(f"技能展示{k}.jpg", make.photo(k + 9), "other") for k in (1, 2)],
        unit="tajsxy",
    )
    ny = U["nyzz"]
    S.add(
        "nyzz-question",
        at(16, 17, 0),
        "s-nail",
        frm=ny.email,
        name="宁阳职专",
        subject="活动周总结能否延期报送",
        text="老师好，我校活动周总结能否延期到下周报送？\n宁阳职专\n",
        unit="nyzz",
        note="nothing to count",
    )
    n = U["ningyang"]
    S.add(
        "ningyang-plan-docx",
        at(5, 17, 10),
        "s-nail",
        frm=n.email,
        name="宁阳县教体局",
        subject="宁阳县活动周方案（docx版）",
        text="doc版可能打不开，补发docx版。\n",
        # re-saved from the .doc by LibreOffice, as the office's WPS/LibreOffice user would
        files=[
            F(
                "宁阳县职业教育活动周方案.docx",
                docs.convert(make.plan("ningyang", "doc", 2), "doc", "docx"),
                "plan",
            )
        ],
        unit="ningyang",
    )
    a = U["tavtc"]
    S.add(
        "tavtc-column-live",
        at(4, 9, 15),
        "outlook",
        frm=a.email,
        name="泰安职业技术学院",
        charset="gb2312",
        subject="泰安职院活动周专栏已上线",
        html=f'<p>我院活动周专栏已上线：<a href="{a.column}">{a.column}</a></p>',
        unit="tavtc",
        column_url=a.column,
        note="HTML-only body with the column link",
    )


def locked(S: DevSet) -> None:
    """Articles nobody can open: an encrypted docx and a real password-protected .doc."""
    f = U["sdfzxy"]
    title = "服装职院举办“匠心杯”技能竞赛"
    locked_docx = docs.encrypted_ooxml(docs.docx_file(c.article_blocks(f, title, 13)), "fz2020")
    S.add(
        "sdfzxy-article5-encrypted-docx",
        at(13, 17, 0),
        "foxmail",
        frm=f.email,
        name="山东服装职业学院",
        subject="服装职院宣传稿5",
        text="第五篇审核通过，文档已加密，密码fz2020。\n",
        files=[F(f"{title}.docx", locked_docx, "article", readable=False)],
        unit="sdfzxy",
        note="the fifth article is password-protected (the password is in the mail, the file still unreadable): "
        "four readable articles, partial",
    )
    x = U["xintai"]
    S.add(
        "xintai-article4-protected-doc",
        at(13, 11, 40),
        "coremail",
        frm=x.email,
        name="新泰市教体局",
        subject="新泰市活动周宣传稿（第4篇）",
        text="第4篇稿件见附件。\n",
        files=[
            F(
                "新泰市职业院校技能展示.doc",
                docs.sample("testWORD_protected_passtika.doc"),
                "article",
                readable=False,
            )
        ],
        unit="xintai",
        note="a real password-protected Word 97 file (Apache Tika test file) under an article's name: unreadable",
    )


def build(S: DevSet) -> None:
    """Everything in this module."""
    for f in (county_forwards, extras, more, locked):
        f(S)
