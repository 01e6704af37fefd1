# ruff: noqa: E501 - mail text and labels stay one sentence a line, as people wrote them
"""More of what a real campaign mailbox holds from the units: questions, confirmations,
replies to the city's acknowledgements, resends, corrections, photo and video mail, mail
without a subject."""

from __future__ import annotations

from . import content as c
from . import docs, hand, make
from .build import DevSet, F, at, liaison
from .units import RSJ, UNITS

U = UNITS
ACK = "回执：您报送的2020年职业教育活动周材料已收到"


def _ack_quote(unit: str, owed: str, style: str, when: str) -> str:
    return hand.quoted_header(
        style, "泰安市教育局职成高教科 <jyj-zcjk01@ta.shandong.cn>", when, UNITS[unit].email, ACK
    ) + (
        f"{UNITS[unit].name}：\n您报送的材料已收到。截至目前尚缺：{owed}。\n泰安市教育局职成高教科\n"
    )


def questions(S: DevSet) -> None:
    """Campaign mail from units that carries nothing to count."""
    q = [
        (
            "taishan",
            at(2, 8, 30),
            "outlook",
            "请问活动周方案是否需要盖章",
            "田老师：请问活动周方案报送电子版是否需要盖章扫描？\n王磊\n",
        ),
        (
            "gaoxin",
            at(4, 9, 5),
            "python-email",
            "咨询：活动周情况统计表模板",
            "您好，通知中的《2020年职业教育活动周情况统计表》是否有统一模板？\n高新区社会事业局\n",
        ),
        (
            "dongping",
            at(6, 9, 0),
            "phpmailer",
            "东平县活动周方案已发送",
            "市局：我县方案已于11月4日发送，请查收。\n东平县教体局\n",
        ),
        (
            "tshlxy",
            at(11, 15, 0),
            "nodemailer",
            "请问宣传材料是否需要配图",
            "老师您好，宣传材料是否需要单独发送图片原图？\n泰山护理职业学院\n",
        ),
        (
            "sdfzxy",
            at(13, 9, 20),
            "foxmail",
            "关于第五篇宣传稿",
            "老师好，我院第五篇稿件正在审核，审核后尽快报送。\n",
        ),
        (
            "feicheng",
            at(16, 11, 20),
            "nodemailer",
            "总结和统计表已发",
            "田老师：总结和统计表上午已发送，请查收。\n张海涛\n",
        ),
    ]
    for uid, when, client, subject, text in q:
        S.add(
            f"{uid}-question",
            when,
            client,
            frm=U[uid].email,
            name=U[uid].short,
            subject=subject,
            text=text,
            charset="gb2312" if client in ("outlook",) else "gbk",
            unit=uid,
            note="campaign mail with nothing to count",
        )
    missing = ["泰安技师学院", "东平县职业中等专业学校", "宁阳县教育和体育局", "泰安市文化艺术学校"]
    S.add(
        "tajsxy-reply-reminder",
        at(5, 9, 30),
        "neomutt",
        frm=U["tajsxy"].email,
        name="泰安技师学院",
        subject="Re: 【提醒】请尽快报送职业教育活动周方案等材料",
        text="市教育局：我院材料已于11月3日报送至市人社局邮箱 rsjzjk@ta.shandong.cn，请协调查收。\n\n"
        "> " + c.reminder_text(missing).replace("\n", "\n> ") + "\n",
        unit="tajsxy",
        note="reply quoting the reminder, which names three other units",
    )
    S.add(
        "tavtc-reply-reminder",
        at(5, 10, 5),
        "outlook",
        frm=U["tavtc"].email,
        name="泰安职业技术学院",
        charset="gb2312",
        subject="答复: 【提醒】请尽快报送职业教育活动周方案等材料",
        text="我院材料已于11月2日报送，请核实。\n"
        + hand.quoted_header(
            "outlook",
            "泰安市教育局职成高教科 [mailto:jyj-zcjk01@ta.shandong.cn]",
            "2020年11月4日 18:00",
            "各县市区教体局；各职业院校",
            "【提醒】请尽快报送职业教育活动周方案等材料",
        )
        + c.reminder_text(["泰安职业技术学院", "新泰市教育和体育局", "东平县职业中等专业学校"]),
        unit="tavtc",
        note="Outlook reply with -----原始邮件----- quoting a reminder naming other units",
    )


def ack_replies(S: DevSet) -> None:
    """'收到，谢谢' answers to the city's acknowledgements, quoting them."""
    rows = [
        ("taishan", at(2, 14, 0), "outlook", "outlook", "活动周宣传材料、总结报告、统计表"),
        ("tsvtc", at(3, 17, 40), "qqmail", "qq", "活动周宣传材料、总结报告、统计表"),
        ("gaoxin", at(5, 16, 10), "python-email", "foxmail", "活动周宣传材料、总结报告、统计表"),
        ("xintai", at(3, 15, 30), "coremail", "coremail", "活动周宣传材料、总结报告、统计表"),
        ("dpzz", at(5, 11, 0), "outlook", "outlook", "活动周宣传材料、总结报告、统计表"),
        ("tavtc", at(16, 18, 20), "outlook", "outlook", "无"),
    ]
    for uid, when, client, style, owed in rows:
        u = U[uid]
        S.add(
            f"{uid}-ack-reply",
            when,
            client,
            frm=u.email,
            name=u.short,
            charset="gb2312" if client == "outlook" else "gbk",
            subject=("答复: " if client == "outlook" else "Re: ") + ACK,
            text="收到，谢谢！\n" + _ack_quote(uid, owed, style, "2020年11月"),
            unit=uid,
            note="a thank-you answering the city's acknowledgement, quoting what is still owed",
        )


def resends_and_corrections(S: DevSet) -> None:
    """Identical resends (count once) and corrected versions (new files)."""
    t = U["taishan"]
    S.add(
        "taishan-plan-resend",
        at(3, 8, 50),
        "outlook",
        frm=t.email,
        name="王磊",
        charset="gb2312",
        subject="（重发）泰山区职业教育活动周方案",
        text="昨天的附件可能没带上，重发一次。\n",
        files=[
            F("泰山区2020年职业教育活动周实施方案.docx", make.plan("taishan", "docx", 0), "plan")
        ],
        unit="taishan",
        note="identical resend of the plan: counts once",
    )
    a = U["tavtc"]
    S.add(
        "tavtc-contact-resend",
        at(3, 10, 0),
        "outlook",
        frm=a.email,
        name="泰安职业技术学院",
        charset="gb2312",
        subject="泰安职院联络员表（重发）",
        files=[F("联络员及分管领导.docx", make.contact("tavtc", "leader"), "contact")],
        text="",
        unit="tavtc",
        liaison=liaison("tavtc"),
        note="identical resend of the contact table",
    )
    g = U["gaoxin"]
    S.add(
        "gaoxin-plan-draft",
        at(2, 16, 0),
        "python-email",
        frm=g.email,
        name="高新区社会事业局",
        charset="utf-8",
        subject="高新区职业教育活动周方案（征求意见稿）",
        text="方案征求意见稿，定稿后再报。\n",
        files=[
            F("高新区职业教育活动周方案（征求意见稿）.docx", make.plan("gaoxin", "docx", 1), "plan")
        ],
        unit="gaoxin",
        note="a draft plan is still the plan",
    )
    S.add(
        "gaoxin-summary-corrected",
        at(16, 11, 0),
        "python-email",
        frm=g.email,
        name="高新区社会事业局",
        charset="utf-8",
        subject="更正：高新区活动周总结（以此为准）",
        files=[F("高新区活动周总结（更正）.docx", make.summary("gaoxin", "docx", 3), "summary")],
        text="上午的总结有误，以此为准。\n",
        unit="gaoxin",
    )
    S.add(
        "gaoxin-stats-resend",
        at(16, 11, 5),
        "python-email",
        frm=g.email,
        name="高新区社会事业局",
        charset="utf-8",
        subject="统计表重发",
        files=[
            F("情况统计表.xlsx", make.stats("gaoxin", "extra"), "statistics"),
            F(
                "情况统计表.ods",
                docs.convert(make.stats("gaoxin", "extra"), "xlsx", "ods"),
                "statistics",
            ),
        ],
        text="",
        unit="gaoxin",
        note="identical resend of the xlsx, plus the same table as ods (LibreOffice): one more statistics file",
    )
    j = U["tajsxy"]
    S.add(
        "tajsxy-stats-corrected",
        at(16, 15, 30),
        "neomutt",
        frm=j.email,
        name="泰安技师学院",
        to=[RSJ],
        subject="统计表更正（以此为准）",
        text="统计表参与人次有误，更正后重新报送。\n",
        files=[
            F(
                "泰安技师学院活动周情况统计表（更正）.xlsx",
                make.stats("tajsxy", "standard"),
                "statistics",
            )
        ],
        unit="tajsxy",
    )
    x = U["xintai"]
    S.add(
        "xintai-contact-table",
        at(5, 9, 10),
        "coremail",
        frm=x.email,
        name="新泰市教体局",
        subject="新泰市活动周联络员信息表",
        text="按要求补报联络员信息表。\n",
        files=[F("新泰市联络员信息表.docx", make.contact("xintai", "header"), "contact")],
        unit="xintai",
        liaison=liaison("xintai"),
        note="same liaison as the prose in the plan mail, now as a header-row table",
    )
    ts = U["tsvtc"]
    fixed = "https://www.tsvtc.edu.cn/zjhdz/index.html"
    S.add(
        "tsvtc-column-corrected",
        at(5, 10, 30),
        "qqmail",
        frm=ts.email,
        name="泰山职业技术学院",
        charset="gb18030",
        subject="更正：泰山职院活动周专栏网址",
        text=f"我院活动周专栏网址更正为：{fixed}\n",
        unit="tsvtc",
        column_url=fixed,
    )


def media_and_nosubject(S: DevSet) -> None:
    """Photos, videos behind big-attachment links, and mail without a subject."""
    d = U["dyzjzx"]
    S.add(
        "dyzjzx-photos",
        at(13, 9, 0),
        "phpmailer",
        frm=d.email,
        name="岱岳区职教中心",
        charset="utf-8",
        subject="岱岳区职教中心活动周照片",
        text="活动照片三张。\n",
        files=[F(f"照片{k}.jpg", make.photo(k + 5), "other") for k in (1, 2, 3)],
        unit="dyzjzx",
    )
    y = U["daiyue"]
    z = F(
        "活动图片.zip",
        docs.zip_file([(f"图片/{k}.jpg", make.photo(k)) for k in (0, 1)]),
        "other",
        members=[F(f"图片/{k}.jpg", b"", "other") for k in (0, 1)],
    )
    S.add(
        "daiyue-photo-zip",
        at(12, 18, 0),
        "foxmail",
        frm=y.email,
        name="岱岳区教体局",
        subject="活动图片",
        text="活动图片打包。\n",
        files=[z],
        unit="daiyue",
    )
    link163 = (
        '<div style="clear:both">从网易163邮箱发来的云附件</div><div><a href="https://mail.163.com/large-attachment-download/'
        'index.html?p=X-NETEASE-HUGE-ATTACHMENT.1c3e{k}&file={name}">{name}</a> (298.5M, 2020年11月28日 11:20 到期)</div>'
    )
    S.add(
        "tawhys-video-163-cloud",
        at(13, 11, 20),
        "coremail-163",
        frm="linfang1983@163.com",
        name="林芳",
        subject="泰安艺校活动周演出视频",
        text="视频较大，用云附件发送。\n",
        html="<div>视频较大，用云附件发送。</div>"
        + link163.format(k="a9", name="活动周演出视频.mp4"),
        unit="tawhys",
        note="163 云附件 (超大附件) link: nothing to file",
    )
    h = U["tshlxy"]
    S.add(
        "tshlxy-video-126-cloud",
        at(11, 20, 0),
        "coremail-126",
        frm=h.liaison.email,
        name=h.liaison.name,
        subject="护理技能展示视频",
        text="技能展示视频。\n",
        html="<div>技能展示视频。</div>" + link163.format(k="b2", name="护理技能展示.mp4"),
        unit="tshlxy",
    )
    g = U["gaoxin"]
    z2 = F(
        "活动照片.zip",
        docs.zip_file([(f"IMG_{k}.jpg", make.photo(k)) for k in (3, 4)], gbk=False),
        "other",
        members=[F(f"IMG_{k}.jpg", b"", "other") for k in (3, 4)],
    )
    S.add(
        "gaoxin-nosubject-photos",
        at(11, 10, 0),
        "python-email",
        frm=g.email,
        name="高新区社会事业局",
        charset="utf-8",
        subject="",
        text="",
        files=[z2],
        unit="gaoxin",
        note="no subject, no body, a zip of photos",
    )
    ts = U["tsvtc"]
    S.add(
        "tsvtc-nosubject-article6",
        at(12, 9, 40),
        "qqmail",
        frm=ts.email,
        name="泰山职业技术学院",
        charset="gb18030",
        subject="",
        text="",
        files=[F(f"{make.title('tsvtc', 5)}.docx", make.article("tsvtc", 5, 12), "article")],
        unit="tsvtc",
        note="no subject and an empty body: one article",
    )
    j = U["tajsxy"]
    S.add(
        "tajsxy-nosubject-photo",
        at(13, 14, 0),
        "neomutt",
        frm=j.email,
        name="泰安技师学院",
        to=[RSJ],
        subject="",
        text="技能展示现场照片\n",
        files=[F("技能展示现场.jpg", make.photo(6), "other")],
        unit="tajsxy",
    )
    t = U["taishan"]
    title = make.title("taishan", 5)
    S.add(
        "taishan-article6-text",
        at(13, 10, 0),
        "neomutt",
        frm=t.email,
        name="泰山区教体局",
        subject="泰山区宣传稿6",
        text="\n".join([title, "", *c.article_paragraphs(t, title, 13, 3)]) + "\n",
        unit="taishan",
        body_article=title,
    )


def build(S: DevSet) -> None:
    """Everything in this module."""
    for f in (
        questions,
        ack_replies,
        resends_and_corrections,
        media_and_nosubject,
    ):
        f(S)
