# ruff: noqa: E501 - mail text and labels stay one sentence a line, as people wrote them
"""County bureaus 泰山区, 岱岳区, 新泰市, 肥城市 (and the school files they forward or bundle).
What each cell of the matrix should end as is in gen/matrix.py."""

from __future__ import annotations

from . import content as c
from . import docs, hand, make
from .build import DevSet, F, at, liaison
from .units import CITY, UNITS

U = UNITS


def taishan(S: DevSet) -> None:
    """Outlook user; everything complete; one article resent identically; county table."""
    u = U["taishan"]
    S.add(
        "taishan-plan-contact",
        at(2, 10, 15),
        "outlook",
        frm=u.email,
        name="王磊",
        charset="gb2312",
        subject="泰山区教体局报送职业教育活动周方案及联络员信息",
        text="市教育局职成高教科：\n    根据泰教函〔2020〕72号文件要求，现将我局职业教育活动周方案及联络员信息报送，请查收。\n"
        f"    我局活动周宣传专栏地址：{u.column}\n\n泰山区教体局职成教科\n王磊\n0538-8226655\n",
        files=[
            F("泰山区2020年职业教育活动周实施方案.docx", make.plan("taishan", "docx", 0), "plan"),
            F("联络员信息表.docx", make.contact("taishan", "kv"), "contact"),
        ],
        unit="taishan",
        column_url=u.column,
        liaison=liaison("taishan"),
        note="key/value contact table in a docx; column URL in the body",
    )
    for n, (day, hh, fmt) in enumerate([(8, 16, "docx"), (9, 11, "pdf")]):
        files = [
            F(
                f"{make.title('taishan', n)}.{fmt}",
                make.article("taishan", n, day, fmt, n),
                "article",
            )
        ]
        if fmt == "pdf":
            files.append(F("启动仪式现场.jpg", make.photo(0), "other"))
        S.add(
            f"taishan-article{n + 1}",
            at(day, hh, 20),
            "outlook" if n == 0 else "neomutt",
            frm=u.email,
            name="泰山区教体局",
            charset="gb2312",
            subject=f"泰山区活动周宣传稿件{n + 1}",
            text="田老师：\n  报送我区活动周宣传稿件，请审阅。\n\n泰山区教体局\n",
            files=files,
            unit="taishan",
            note="article with a photo beside it (photo is other)" if fmt == "pdf" else "",
        )
    a3 = F("宣传稿3-职教开放日.docx", make.article("taishan", 2, 10), "article")
    a4 = F("宣传稿4-技能下乡.docx", make.article("taishan", 3, 10, "docx", 2), "article")
    S.add(
        "taishan-articles3-4",
        at(10, 17, 5),
        "outlook",
        frm=u.email,
        name="王磊",
        charset="gb2312",
        subject="报送：泰山区宣传材料（两篇）",
        text="两篇宣传材料见附件。\n王磊\n",
        files=[a3, a4],
        unit="taishan",
    )
    S.add(
        "taishan-resend-article4",
        at(11, 8, 40),
        "outlook",
        frm=u.email,
        name="王磊",
        charset="gb2312",
        subject="重发：泰山区宣传稿4",
        text="昨天的稿件4不知道是否收到，再发一次。\n王磊\n",
        files=[F(a4.name, a4.data, "article")],
        unit="taishan",
        note="identical resend of article 4: counts once",
    )
    S.add(
        "taishan-article5-doc",
        at(12, 15, 30),
        "outlook",
        frm=u.email,
        name="王磊",
        charset="gb2312",
        subject="泰山区职教活动周第五篇稿件",
        text="第五篇。\n",
        files=[F("泰山区校企合作成果展示.doc", make.article("taishan", 4, 12, "doc"), "article")],
        unit="taishan",
    )
    rows = (u.name, "泰安市泰山区职业教育中心", "泰山区区直学校")
    S.add(
        "taishan-summary-stats",
        at(15, 17, 20),
        "outlook",
        frm=u.email,
        name="王磊",
        charset="gb2312",
        subject="泰山区教体局职业教育活动周总结报告及统计表",
        text="市局职成高教科：\n  我区活动周总结报告和情况统计表已完成，详见附件。统计表按学校分行填报。\n\n泰山区教体局\n",
        files=[
            F("泰山区活动周总结报告.docx", make.summary("taishan", "docx", 0), "summary"),
            F(
                "2020年职业教育活动周情况统计表（泰山区）.xlsx",
                make.stats("taishan", "standard", rows),
                "statistics",
            ),
        ],
        unit="taishan",
        note="county statistics table: one row per school plus a total",
    )


def daiyue(S: DevSet) -> None:
    """Foxmail (GBK); bundles its school's plan in a GBK-named zip; articles pasted as HTML with
    cid pictures; summary and table late."""
    u, s = U["daiyue"], U["dyzjzx"]
    col_table = c.html_table(
        [["专栏名称", "专栏链接", "主办单位网站"], ["岱岳区职业教育活动周专栏", u.column, u.site]]
    )
    z = F(
        "岱岳区活动周材料.zip",
        docs.zip_file(
            [
                (
                    "岱岳区活动周材料/岱岳区教体局职业教育活动周工作方案.docx",
                    make.plan("daiyue", "docx", 1),
                ),
                ("岱岳区活动周材料/岱岳区职教中心活动周方案.docx", make.plan("dyzjzx", "docx", 2)),
            ]
        ),
        "other",
        members=[
            F("岱岳区活动周材料/岱岳区教体局职业教育活动周工作方案.docx", b"", "plan", "daiyue"),
            F("岱岳区活动周材料/岱岳区职教中心活动周方案.docx", b"", "plan", "dyzjzx"),
        ],
    )
    S.add(
        "daiyue-bundle-plans",
        at(4, 9, 30),
        "foxmail",
        frm=u.email,
        name="岱岳区教体局",
        charset="gbk",
        subject="岱岳区教体局活动周方案、专栏地址、联络员（含区职教中心方案）",
        text=f"市教育局：\n附件为我局及区职教中心活动周方案，联络员信息见附件表格。\n专栏链接：{u.column}\n",
        html=f"<div>市教育局：</div><div>附件为我局及区职教中心活动周方案，联络员信息见附件表格。</div>{col_table}"
        "<div><br></div><div>岱岳区教体局职成科</div>",
        files=[z, F("岱岳区联络员.docx", make.contact("daiyue", "header"), "contact")],
        unit="daiyue",
        unassigned_ok=True,
        column_url=u.column,
        liaison=liaison("daiyue"),
        note="bureau and its own school in one mail (unassigned acceptable); zip with GBK member names in a folder: the school's plan belongs to dyzjzx; column URL in an "
        "HTML table cell labelled 专栏链接 next to the bureau's home page",
    )
    days = [(8, 0, 1), (9, 1, 2), (10, 2, 1), (11, 3, 0), (13, 4, 2)]
    for n, (day, idx, pics) in enumerate(days):
        cids = [f"img{day}{k}@foxmail" for k in range(pics)]
        t = make.title("daiyue", idx)
        files = [
            F(f"图片{k + 1}.jpg", make.photo(k), "other", cid=cid) for k, cid in enumerate(cids)
        ]
        S.add(
            f"daiyue-article{n + 1}-html",
            at(day, 10 + n, 5),
            "foxmail",
            frm=u.email,
            name="岱岳区教体局",
            subject=f"岱岳区活动周信息{n + 1}：{t}" if n % 2 == 0 else "岱岳区职教活动周宣传稿",
            text="\n".join([t, *c.article_paragraphs(u, t, day, 1)]),
            html=c.article_html(u, t, day, cids),
            files=files,
            unit="daiyue",
            body_article=t,
            note="article pasted into the HTML body, headline first"
            + (", with cid: pictures" if pics else ""),
        )
    rows = (u.name, s.name)
    S.add(
        "daiyue-summary-stats-late",
        at(17, 8, 50),
        "foxmail",
        frm=u.email,
        name="岱岳区教体局",
        subject="岱岳区活动周总结报告和统计表（迟报，请谅解）",
        text="田老师，不好意思，总结和统计表晚交了一天。\n岱岳区教体局 赵敏\n",
        files=[
            F(
                "岱岳区教体局2020年职业教育活动周工作总结.docx",
                make.summary("daiyue", "docx", 1),
                "summary",
            ),
            F("岱岳区统计表.xlsx", make.stats("daiyue", "standard", rows), "statistics"),
        ],
        unit="daiyue",
        note="after the 11-16 18:00 due: late; the table lists the county and its school",
    )


def xintai(S: DevSet) -> None:
    """The bureau's Coremail webmail; forwards its school's mail as base64 message/rfc822;
    bundles its own and the school's summary and table."""
    u, s = U["xintai"], U["xtzz"]
    S.add(
        "xintai-plan-pdf",
        at(3, 10, 0),
        "coremail",
        frm=u.email,
        name="新泰市教体局职成科",
        subject="新泰市教体局报送活动周方案",
        text=f"市教育局职成高教科：\n我市活动周方案见附件。\n联络员：{u.liaison.name}，{u.liaison.position}，手机{u.liaison.mobile}，"
        f"邮箱{u.liaison.email}。\n活动周专栏：{u.column}\n",
        html=f"<div>市教育局职成高教科：</div><div>我市活动周方案见附件。</div><div>联络员：{u.liaison.name}，{u.liaison.position}，"
        f'手机{u.liaison.mobile}，邮箱{u.liaison.email}。</div><div>活动周专栏：<a href="{u.column}">{u.column}</a></div>',
        files=[F("新泰市职业教育活动周活动方案.pdf", make.plan("xintai", "pdf", 3), "plan")],
        unit="xintai",
        column_url=u.column,
        liaison=liaison("xintai"),
        note="prose contact without 单位 (takes the mail's unit); percent-encoded query in the column URL",
    )
    inner = S.inner(
        "neomutt",
        at(4, 16, 2),
        frm=s.email,
        name="新泰职专",
        to=[u.email],
        subject="新泰职专职业教育活动周方案及专栏地址",
        text=f"市教体局职成科：\n我校方案见附件，宣传专栏：{s.column}\n单位：{s.name}\n姓名：{s.liaison.name}\n"
        f"职务：{s.liaison.position}\n邮箱：{s.liaison.email}\n手机号码：{s.liaison.mobile}\n",
        files=[F("新泰职专2020年职业教育活动周方案.docx", make.plan("xtzz", "docx", 4), "plan")],
    )
    fwd_att = hand.rfc822_part(
        inner, b64_encoded=True, name="新泰职专职业教育活动周方案及专栏地址.eml"
    )
    raw_atts = [fwd_att]
    m = hand.Mail(
        u.email,
        "新泰市教体局职成科",
        [CITY],
        "转发：新泰职专职业教育活动周方案及专栏地址",
        "转发新泰职专的活动周材料，请查收。\n",
        atts=raw_atts,
    )
    raw = hand.compose("coremail", m, "xintai-fwd", brand="ta.shandong.cn")
    S.add_raw(
        "xintai-forwards-xtzz-rfc822",
        at(4, 17, 30),
        "coremail",
        raw,
        frm=u.email,
        kind="submission",
        unit="xtzz",
    )
    S.messages[-1].update(
        {
            "files": [
                {
                    "name": "新泰职专2020年职业教育活动周方案.docx",
                    "category": "plan",
                    "unit": "xtzz",
                    "readable": True,
                }
            ],
            "column_url": s.column,
            "liaison": liaison("xtzz"),
            "note": "the county forwards the school's own mail as a base64 message/rfc822 part: the mail is the school's "
            "(judged by the original sender); the .eml part itself is not labelled as a file",
        }
    )
    t = make.title("xintai", 0)
    S.add(
        "xintai-article1-text",
        at(9, 9, 45),
        "coremail",
        frm=u.email,
        name="新泰市教体局",
        subject=t,
        text="\n\n".join([t, *c.article_paragraphs(u, t, 9, 0)]) + "\n\n新泰市教体局供稿\n",
        unit="xintai",
        body_article=t,
        note="article pasted as plain text, headline first, subject = headline",
    )
    S.add(
        "xintai-articles2-3",
        at(12, 16, 10),
        "coremail",
        frm=u.email,
        name="新泰市教体局",
        subject="新泰市活动周宣传稿两篇",
        text="稿件两篇，请审。\n",
        files=[
            F(
                f"{make.title('xintai', i)}.docx",
                make.article("xintai", i, 12, "docx", i),
                "article",
            )
            for i in (1, 2)
        ],
        unit="xintai",
        note="only 3 articles from the bureau all week: partial",
    )
    S.add(
        "xintai-bundle-summaries",
        at(16, 10, 0),
        "coremail",
        frm=u.email,
        name="新泰市教体局",
        subject="新泰市教体局及新泰职专活动周总结、统计表",
        text="市局：\n现将我局和新泰职专的活动周总结报告、统计表一并报送。\n",
        files=[
            F("新泰市教体局活动周总结.docx", make.summary("xintai", "docx", 2), "summary"),
            F("新泰市教体局统计表.xlsx", make.stats("xintai", "footer"), "statistics"),
            F("新泰职专活动周总结报告.docx", make.summary("xtzz", "docx", 3), "summary", "xtzz"),
            F("新泰职专统计表.xlsx", make.stats("xtzz", "standard"), "statistics", "xtzz"),
        ],
        unit="xintai",
        unassigned_ok=True,
        note="county bundles its own and its school's files: each file belongs to the unit it names; "
        "the bureau's table has a 填表人/联系电话 footer (not the liaison)",
    )


def feicheng(S: DevSet) -> None:
    """nodemailer; plan and column late; articles as news links and files; the only contact
    is the 填表人（联络员） line under the statistics table, after the contact deadline."""
    u = U["feicheng"]
    S.add(
        "feicheng-plan-late",
        at(6, 9, 10),
        "nodemailer",
        frm=u.email,
        name="肥城市教体局",
        subject="肥城市教体局职业教育活动周方案（补报）",
        text=f"市教育局：\n因工作疏忽，我局活动周方案未按时报送，现补报。\n我市活动周宣传专栏：{u.column}\n肥城市教体局\n",
        files=[
            F("肥城市2020年职业教育活动周实施方案.docx", make.plan("feicheng", "docx", 0), "plan")
        ],
        unit="feicheng",
        column_url=u.column,
        note="plan and column after 11-05 18:00: late",
    )
    l1 = "http://www.fcjy.gov.cn/art/2020/11/9/art_4521_101.html"
    l2 = "http://www.taian.gov.cn/art/2020/11/9/art_45_2001.html"
    S.add(
        "feicheng-article-links",
        at(9, 17, 30),
        "nodemailer",
        frm=u.email,
        name="肥城市教体局",
        subject="肥城市活动周宣传报道链接（11月9日）",
        text=f"今日宣传报道：\n1. 肥城市职业教育活动周开幕 {l1}\n2. 肥城市职业院校举办线上招生政策宣讲（市政府网转载） {l2}\n"
        f"专栏地址：{u.column}\n",
        html=f'<p>今日宣传报道：</p><ol><li><a href="{l1}">肥城市职业教育活动周开幕</a></li>'
        f'<li><a href="{l2}">肥城市职业院校举办线上招生政策宣讲</a>（市政府网转载）</li></ol>'
        f'<p>专栏地址：<a href="{u.column}">{u.column}</a></p>',
        unit="feicheng",
        article_links=[l1, l2],
        column_url=u.column,
        note="two links to published news pages (articles) and the column URL restated (not an article)",
    )
    l3 = "https://www.fcjy.gov.cn/zjzl/2020hdz/202011/t20201111_3321.html"
    S.add(
        "feicheng-article-file-link",
        at(11, 11, 0),
        "nodemailer",
        frm=u.email,
        name="肥城市教体局",
        subject="肥城市宣传材料",
        text=f"稿件一篇见附件；另一篇已在专栏发布：{l3}\n",
        files=[F("防疫知识进社区.docx", make.article("feicheng", 2, 11), "article")],
        unit="feicheng",
        article_links=[l3],
        note="a file and a link to a news page inside the column",
    )
    S.add(
        "feicheng-articles-pdf",
        at(13, 15, 45),
        "nodemailer",
        frm=u.email,
        name="肥城市教体局",
        subject="肥城市宣传稿件2篇",
        files=[
            F(f"{make.title('feicheng', i)}.pdf", make.article("feicheng", i, 13, "pdf"), "article")
            for i in (3, 4)
        ],
        unit="feicheng",
        note="no body text",
    )
    S.add(
        "feicheng-summary-stats-liaison",
        at(16, 11, 0),
        "nodemailer",
        frm=u.email,
        name="肥城市教体局 张海涛",
        subject="肥城市教体局活动周总结及统计表",
        text="总结报告、统计表见附件。统计表下方为我局联络员信息（此前未报，一并补上）。\n",
        files=[
            F("肥城市活动周工作总结.pdf", make.summary("feicheng", "pdf", 1), "summary"),
            F("统计表-肥城市教体局.xlsx", make.stats("feicheng", "liaison_footer"), "statistics"),
        ],
        unit="feicheng",
        liaison=liaison("feicheng"),
        note="the liaison is only in the 填表人（联络员） line under the statistics table, after the contact due: late",
    )


def build(S: DevSet) -> None:
    """Everything in this module."""
    for f in (
        taishan,
        daiyue,
        xintai,
        feicheng,
    ):
        f(S)
