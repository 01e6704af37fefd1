# ruff: noqa: E501 - mail text and labels stay one sentence a line, as people wrote them
"""Vocational schools whose county also writes for them (岱岳, 新泰, 肥城, 宁阳, 东平): their own mail."""

from __future__ import annotations

from . import content as c
from . import docs, make
from .build import DevSet, F, at, liaison
from .units import UNITS, Person

U = UNITS


def dyzjzx(S: DevSet) -> None:
    """PHPMailer (UTF-8); prose contact, then a 联络员变更 to someone without an email; a 7z of
    articles; only the statistics table comes, late."""
    u = U["dyzjzx"]
    p = u.liaison
    S.add(
        "dyzjzx-contact-prose",
        at(4, 15, 0),
        "phpmailer",
        frm=u.email,
        name="岱岳区职教中心",
        charset="utf-8",
        subject="岱岳区职教中心联络员及宣传专栏",
        text=f"市教育局职成高教科：\n我校活动周联络员{p.name}（{p.position}），电话{p.mobile}，邮箱{p.email}。\n"
        f"专栏网址：{u.column}\n（活动周方案已由岱岳区教体局统一报送）\n",
        unit="dyzjzx",
        column_url=u.column,
        liaison=liaison("dyzjzx"),
        note="prose contact 联络员X（职务），电话…，邮箱… without 单位",
    )
    new = Person("彭丽", "教务处副主任", "", "15966120873")
    S.add(
        "dyzjzx-liaison-change",
        at(5, 11, 20),
        "phpmailer",
        frm=u.email,
        name="岱岳区职教中心",
        charset="utf-8",
        subject="联络员变更",
        text=f"市教育局：\n因工作调整，我校职业教育活动周联络员变更为{new.name}（{new.position}），手机{new.mobile}。\n岱岳区职教中心\n",
        unit="dyzjzx",
        liaison=liaison("dyzjzx", new),
        note="联络员变更 supersedes the earlier complete contact; the new liaison has no email: partial",
    )
    S.add(
        "dyzjzx-articles1-2",
        at(9, 10, 0),
        "phpmailer",
        frm=u.email,
        name="岱岳区职教中心",
        charset="utf-8",
        subject="岱岳区职教中心活动周宣传稿",
        files=[
            F(f"{make.title('dyzjzx', i)}.docx", make.article("dyzjzx", i, 9, "docx", i), "article")
            for i in (0, 1)
        ],
        text="两篇。\n",
        unit="dyzjzx",
    )
    S.add(
        "dyzjzx-article3-photo",
        at(11, 14, 30),
        "phpmailer",
        frm=u.email,
        name="岱岳区职教中心",
        charset="utf-8",
        subject="宣传稿：学前教育专业技能展示",
        text="稿件和现场照片。\n",
        files=[
            F("学前教育专业技能展示.pdf", make.article("dyzjzx", 2, 11, "pdf"), "article"),
            F("IMG_20201111_093512.jpg", make.photo(1), "other"),
        ],
        unit="dyzjzx",
    )
    sz = F(
        "宣传稿件.7z",
        docs.sevenzip_file(
            [
                (f"宣传稿件/{make.title('dyzjzx', i)}.docx", make.article("dyzjzx", i, 12))
                for i in (3, 4)
            ]
        ),
        "other",
        members=[F(f"{make.title('dyzjzx', i)}.docx", b"", "article") for i in (3, 4)],
    )
    S.add(
        "dyzjzx-articles-7z",
        at(12, 17, 0),
        "phpmailer",
        frm=u.email,
        name="岱岳区职教中心",
        charset="utf-8",
        subject="岱岳区职教中心宣传稿件（7z压缩）",
        text="两篇稿件，7z压缩。\n",
        files=[sz],
        unit="dyzjzx",
        note="7z archive in a folder: members are articles",
    )
    S.add(
        "dyzjzx-stats-late",
        at(17, 10, 10),
        "phpmailer",
        frm=u.email,
        name="岱岳区职教中心",
        charset="utf-8",
        subject="岱岳区职教中心活动周统计表",
        files=[
            F(
                "岱岳区职教中心2020年职业教育活动周情况统计表.xlsx",
                make.stats("dyzjzx"),
                "statistics",
            )
        ],
        text="统计表补报，总结还在修改。\n",
        unit="dyzjzx",
        note="statistics after due: late; summary never comes",
    )


def xtzz(S: DevSet) -> None:
    """NeoMutt (GB2312 text); one article in the week pasted as text, the other five zipped
    after it (late)."""
    u = U["xtzz"]
    t = make.title("xtzz", 0)
    S.add(
        "xtzz-article-text",
        at(13, 21, 40),
        "neomutt",
        frm=u.email,
        name="新泰职专",
        subject="新泰职专宣传稿",
        text="\n".join([t, "", *c.article_paragraphs(u, t, 13, 2), "", "新泰职专 石磊"]) + "\n",
        unit="xtzz",
        body_article=t,
        note="article typed into a plain-text body, headline first",
    )
    z = F(
        "新泰职专宣传材料.zip",
        docs.zip_file(
            [
                (f"{i}.{make.title('xtzz', i)}.docx", make.article("xtzz", i, 14, "docx", i))
                for i in range(1, 5)
            ],
            gbk=False,
        ),
        "other",
        members=[F(f"{i}.{make.title('xtzz', i)}.docx", b"", "article") for i in range(1, 5)],
    )
    S.add(
        "xtzz-articles-zip-late",
        at(15, 9, 0),
        "neomutt",
        frm=u.email,
        name="新泰职专",
        subject="新泰职专活动周宣传材料4篇（补报）",
        text="四篇宣传材料打包补报。\n",
        files=[z],
        unit="xtzz",
        options={"rfc2047_parameters": True},
        note="after the week: one article in time plus four late reach 5 only late",
    )


def fczz(S: DevSet) -> None:
    """Personal QQ mail; contact as space-separated lines; WeChat-only column; WeChat article
    links forwarded from a chat; a .doc summary; no statistics table."""
    u = U["fczz"]
    p = u.liaison
    qq = "1347286605@qq.com"
    S.add(
        "fczz-plan-qq-personal",
        at(4, 20, 15),
        "qqmail",
        frm=qq,
        name="唐晓",
        charset="gb18030",
        subject="肥城职专 活动周方案+联络员",
        text=f"田老师您好，我是肥城职专团委唐晓，附件是我校活动周方案。\n我校活动周宣传专栏设在学校微信公众号“肥城职专”，暂无网页版。\n\n"
        f"单位 {u.name}\n姓名 {p.name}\n职务 {p.position}\n邮箱 {p.email}\n手机 {p.mobile}\n",
        html=f"<div>田老师您好，我是肥城职专团委唐晓，附件是我校活动周方案。</div><div>我校活动周宣传专栏设在学校微信公众号“肥城职专”，暂无网页版。</div>"
        f"<div><br></div><div>单位 {u.name}</div><div>姓名 {p.name}</div><div>职务 {p.position}</div><div>邮箱 {p.email}</div><div>手机 {p.mobile}</div>",
        files=[F("肥城职专活动周方案.docx", make.plan("fczz", "docx", 1), "plan")],
        unit="fczz",
        wechat_only=True,
        liaison=liaison("fczz"),
        note="personal QQ address (not registered): the unit is named in body and file; 'key value' lines "
        "without colons; WeChat-only column: partial",
    )
    w1 = "https://mp.weixin.qq.com/s/7dQp1vX3mKJfR2a9LwZc0A"
    w2 = "https://mp.weixin.qq.com/s?__biz=MzA4NTQ2MjE3Mg==&mid=2650981234&idx=1&sn=3c1f0a9b7e"
    S.add(
        "fczz-wechat-links",
        at(10, 21, 5),
        "wechat",
        frm=qq,
        name="唐晓",
        charset="utf-8",
        subject="[聊天记录] 肥城职专活动周宣传",
        text=f"唐晓和田老师的聊天记录\n\n唐晓 2020-11-10 20:58\n田老师，这是我校今天公众号发的两篇：\n"
        f"唐晓 2020-11-10 20:58\n[链接] {make.title('fczz', 0)}\n{w1}\n唐晓 2020-11-10 20:59\n"
        f"[链接] {make.title('fczz', 1)}\n{w2}\n\n—— 来自微信聊天记录\n",
        unit="fczz",
        article_links=[w1, w2],
        note="WeChat chat record forwarded by mail: two WeChat article links (2 articles, partial)",
    )
    S.add(
        "fczz-summary-doc",
        at(16, 9, 40),
        "outlook",
        frm=u.email,
        name="肥城职专",
        charset="gb2312",
        subject="肥城职专活动周总结",
        text="总结见附件。统计表还在统计中。\n",
        files=[
            F("肥城市职业中等专业学校活动周总结.doc", make.summary("fczz", "doc", 2), "summary")
        ],
        unit="fczz",
    )


def nyzz(S: DevSet) -> None:
    """Almost nothing: a reply to the city's reminder (which names other units) with one
    article; its plan only ever arrives in a spoof (s_noise)."""
    u = U["nyzz"]
    missing = ["宁阳职专", "东平县教体局", "泰安艺校", "肥城市教体局", "泰山护理职业学院"]
    S.add(
        "nyzz-reply-reminder-article",
        at(12, 8, 30),
        "s-nail",
        frm=u.email,
        name="宁阳职专",
        subject="Re: 【提醒】请尽快报送职业教育活动周方案等材料",
        text="收到，我校方案正在修改，先报宣传稿一篇。\n\n宁阳职专 魏宁\n\n> "
        + c.reminder_text(missing).replace("\n", "\n> ")
        + "\n",
        files=[F("宁阳职专开展职教活动周宣传进社区.docx", make.article("nyzz", 0, 12), "article")],
        unit="nyzz",
        note="reply quoting the city's reminder, which names four other units",
    )


def dpzz(S: DevSet) -> None:
    """A stranger's mail with no subject or body carrying the plan; a leader+liaison table;
    articles as doc, links, docx with photos, pdf; renamed statistics headers."""
    u = U["dpzz"]
    S.add(
        "dpzz-stranger-plan-only",
        at(5, 8, 12),
        "python-email",
        frm="wangxm_2008@sina.com",
        name="",
        charset="utf-8",
        subject="",
        text="",
        files=[
            F(
                "东平县职业中等专业学校2020年职业教育活动周实施方案.docx",
                make.plan("dpzz", "docx", 0),
                "plan",
            )
        ],
        unit="dpzz",
        note="unknown address, no subject, no body: the only attachment is the school's plan (a submission)",
    )
    S.add(
        "dpzz-leader-liaison-table",
        at(5, 10, 0),
        "outlook",
        frm=u.email,
        name="东平职专",
        charset="gb2312",
        subject="东平职专报送联络员及宣传专栏地址",
        text=f"市教育局职成高教科：\n我校活动周方案已于今早由办公室发送。联络员信息见附件。\n宣传专栏：{u.column} （学校官网：{u.site}）\n",
        files=[F("东平职专活动周联络员.docx", make.contact("dpzz", "leader"), "contact")],
        unit="dpzz",
        column_url=u.column,
        liaison=liaison("dpzz"),
        note="table with a 分管领导 row above the 联络员 row; the column and the home page in one line",
    )
    S.add(
        "dpzz-article1-doc",
        at(9, 8, 50),
        "outlook",
        frm=u.email,
        name="东平职专",
        charset="gb2312",
        subject="东平职专宣传稿1",
        files=[
            F(
                "东平职专举办职业教育活动周启动仪式.doc",
                make.article("dpzz", 0, 9, "doc"),
                "article",
            )
        ],
        text="请审阅。\n",
        unit="dpzz",
    )
    l1, l2 = f"{u.column}show.asp?id=1021", f"{u.column}show.asp?id=1024"
    S.add(
        "dpzz-article-links",
        at(10, 18, 0),
        "outlook",
        frm=u.email,
        name="东平职专",
        charset="gb2312",
        subject="东平职专活动周报道链接",
        html=f'<p>今天专栏发布两篇报道：</p><p><a href="{l1}">{make.title("dpzz", 1)}</a></p><p><a href="{l2}">{make.title("dpzz", 2)}</a></p>',
        unit="dpzz",
        article_links=[l1, l2],
        note="HTML-only body: links to two news pages inside the column (not the column itself)",
    )
    S.add(
        "dpzz-article-photos",
        at(12, 11, 15),
        "outlook",
        frm=u.email,
        name="东平职专",
        charset="gb2312",
        subject="东平职专宣传稿：电商专业助农直播带货",
        files=[
            F("电商专业助农直播带货.docx", make.article("dpzz", 3, 12), "article"),
            F("直播现场1.jpg", make.photo(0), "other"),
            F("直播现场2.png", make.photo(2), "other"),
        ],
        text="稿件一篇，配图两张。\n",
        unit="dpzz",
    )
    S.add(
        "dpzz-article-pdf-late-evening",
        at(14, 22, 30),
        "outlook",
        frm=u.email,
        name="东平职专",
        charset="gb2312",
        subject="东平职专宣传稿5",
        files=[F("东平职专优秀毕业生返校宣讲.pdf", make.article("dpzz", 4, 14, "pdf"), "article")],
        text="第五篇。\n",
        unit="dpzz",
        note="the last day of the week, 22:30: in time",
    )
    S.add(
        "dpzz-summary-stats",
        at(16, 16, 30),
        "outlook",
        frm=u.email,
        name="东平职专",
        charset="gb2312",
        subject="东平职专活动周总结报告及统计表",
        files=[
            F("东平职专活动周总结报告.docx", make.summary("dpzz", "docx", 3), "summary"),
            F(  # the table passed through LibreOffice Calc (ods, then saved as xlsx)
                "东平职专统计表.xlsx",
                docs.convert(
                    docs.convert(make.stats("dpzz", "renamed"), "xlsx", "ods"), "ods", "xlsx"
                ),
                "statistics",
            ),
        ],
        text="请查收。\n",
        unit="dpzz",
        note="statistics headers renamed (学校名称, 参与人数, 浏览量...)",
    )


def build(S: DevSet) -> None:
    """Everything in this module."""
    for f in (
        dyzjzx,
        xtzz,
        fczz,
        nyzz,
        dpzz,
    ):
        f(S)
