# ruff: noqa: E501 - mail text and labels stay one sentence a line, as people wrote them
"""County bureaus 宁阳县, 东平县, 高新区."""

from __future__ import annotations

from . import content as c
from . import docs, make
from .build import DevSet, F, at, liaison
from .units import UNITS

U = UNITS


def ningyang(S: DevSet) -> None:
    """s-nail in GB18030; tab-separated contact without 单位; column in a PHPMailer HTML table
    with the home page in the same row; articles before the week count."""
    u = U["ningyang"]
    p = u.liaison
    S.add(
        "ningyang-plan-doc",
        at(5, 16, 50),
        "s-nail",
        frm=u.email,
        name="宁阳县教体局",
        subject="宁阳县教体局职业教育活动周方案",
        text=f"市局职成高教科：\n我县活动周方案（doc格式）见附件。\n\n联络员\t{p.name}\n职务\t{p.position}\n邮箱\t{p.email}\n手机\t{p.mobile}\n",
        files=[F("宁阳县职业教育活动周方案.doc", make.plan("ningyang", "doc", 2), "plan")],
        unit="ningyang",
        liaison=liaison("ningyang"),
        note="contact as tab-separated lines without colons and without 单位 (takes the mail's unit)",
    )
    table = c.html_table(
        [["单位", "专栏名称", "网站地址", "单位官网"], [u.name, "宁阳职教活动周", u.column, u.site]]
    )
    S.add(
        "ningyang-column-html",
        at(5, 17, 40),
        "phpmailer",
        frm=u.email,
        name="宁阳县教体局",
        charset="gbk",
        subject="宁阳县活动周宣传专栏地址",
        text=f"宣传专栏 {u.column}\n",
        html=f"<p>市教育局：</p><p>我县活动周宣传专栏如下：</p>{table}<p>宁阳县教体局</p>",
        unit="ningyang",
        column_url=u.column,
        note="column URL in an HTML table cell labelled 网站地址, the bureau's home page in the same row",
    )
    S.add(
        "ningyang-early-articles",
        at(6, 10, 20),
        "s-nail",
        frm=u.email,
        name="宁阳县教体局",
        subject="宁阳县活动周预热宣传稿",
        text="活动周预热稿件两篇，提前报送。\n",
        files=[
            F(
                f"{make.title('ningyang', i)}.docx",
                make.article("ningyang", i, 6, "docx", i),
                "article",
            )
            for i in (0, 1)
        ],
        unit="ningyang",
        note="articles before the week: they count (early)",
    )
    S.add(
        "ningyang-early-article3",
        at(7, 15, 0),
        "s-nail",
        frm=u.email,
        name="宁阳县教体局",
        subject="宁阳县宣传稿3",
        files=[F("宁阳县举办职业教育成果展.docx", make.article("ningyang", 2, 7), "article")],
        unit="ningyang",
    )
    S.add(
        "ningyang-articles4-5",
        at(10, 9, 30),
        "s-nail",
        frm=u.email,
        name="宁阳县教体局",
        subject="宁阳县活动周宣传材料",
        text="第4、5篇。\n",
        files=[
            F(f"宁阳县宣传材料{i + 1}.docx", make.article("ningyang", i, 10, "docx", i), "article")
            for i in (3, 4)
        ],
        unit="ningyang",
    )


def dongping(S: DevSet) -> None:
    """PHPMailer in GBK; a broken plan never resent; WeChat-only column; a contact without a
    mobile; articles mostly after the week; an encrypted statistics table."""
    u = U["dongping"]
    p = u.liaison
    S.add(
        "dongping-plan-truncated",
        at(4, 10, 30),
        "phpmailer",
        frm=u.email,
        name="东平县教体局",
        charset="gbk",
        subject="东平县教体局活动周方案及有关情况",
        text="市教育局职成高教科：\n1.我县活动周方案见附件。\n2.我县活动周宣传依托“东平教育”微信公众号（dongpingjiaoyu）开展，"
        f"暂未开设网页专栏。\n3.联络员：{p.name} {p.position} 邮箱{p.email}\n",
        files=[
            F(
                "东平县职业教育活动周方案.docx",
                docs.truncated(make.plan("dongping", "docx", 3)),
                "plan",
                readable=False,
            )
        ],
        unit="dongping",
        wechat_only=True,
        liaison=liaison("dongping", mobile=""),
        note="truncated docx (never resent): plan partial; WeChat-only column: partial; contact has no mobile: partial",
    )
    S.add(
        "dongping-articles-in-week",
        at(13, 16, 0),
        "phpmailer",
        frm=u.email,
        name="东平县教体局",
        charset="gbk",
        subject="东平县宣传稿件",
        text="稿件两篇。\n",
        files=[
            F(f"东平县稿件{i + 1}.docx", make.article("dongping", i, 13), "article") for i in (0, 1)
        ],
        unit="dongping",
    )
    S.add(
        "dongping-articles-late",
        at(15, 10, 10),
        "phpmailer",
        frm=u.email,
        name="东平县教体局",
        charset="gbk",
        subject="东平县活动周宣传材料（补报3篇）",
        text="补报三篇。\n",
        files=[
            F(f"{make.title('dongping', i)}.pdf", make.article("dongping", i, 14, "pdf"), "article")
            for i in (2, 3, 4)
        ],
        unit="dongping",
        note="after the week: only with these does the count reach 5: late",
    )
    S.add(
        "dongping-summary-encrypted-stats",
        at(16, 15, 0),
        "phpmailer",
        frm=u.email,
        name="东平县教体局",
        charset="gbk",
        subject="东平县活动周总结报告、统计表",
        text="统计表设置了打开密码，密码另行电话告知。\n",
        files=[
            F("东平县活动周总结报告.docx", make.summary("dongping", "docx", 0), "summary"),
            F(
                "东平县统计表.xlsx",
                docs.encrypted_ooxml(make.stats("dongping", "standard")),
                "statistics",
                readable=False,
            ),
        ],
        unit="dongping",
        note="statistics table with an open password: received but unreadable: partial",
    )


def gaoxin(S: DevSet) -> None:
    """Python email (an OA system's export); plan and a PDF contact sheet that also carries
    the column URL; six articles in several formats; a table with extra columns."""
    u = U["gaoxin"]
    p = u.liaison
    sheet = docs.docx_file(
        [
            ("title", "泰安高新区职业教育活动周联络员及宣传专栏"),
            (
                "table",
                [
                    ["单位", u.name],
                    ["姓名", p.name],
                    ["职务", p.position],
                    ["邮箱", p.email],
                    ["手机号码", p.mobile],
                ],
            ),
            f"活动周宣传专栏网址：{u.column}",
        ]
    )
    S.add(
        "gaoxin-plan-contact-pdf",
        at(5, 14, 0),
        "python-email",
        frm=u.email,
        name="高新区社会事业局",
        charset="utf-8",
        subject="高新区社会事业局报送活动周材料",
        text="方案、联络员及专栏地址见附件。\n",
        files=[
            F("高新区职业教育活动周方案.pdf", make.plan("gaoxin", "pdf", 4), "plan"),
            F("联络员信息.pdf", docs.convert(sheet, "docx", "pdf"), "contact"),
        ],
        unit="gaoxin",
        column_url=u.column,
        liaison=liaison("gaoxin"),
        note="contact sheet and column URL only inside a PDF; the sender names itself 社会事业局 (an alias)",
    )
    S.add(
        "gaoxin-article1",
        at(8, 18, 0),
        "python-email",
        frm=u.email,
        name="高新区社会事业局",
        charset="utf-8",
        subject="高新区活动周启动",
        files=[F("高新区启动职业教育活动周系列活动.docx", make.article("gaoxin", 0, 8), "article")],
        unit="gaoxin",
    )
    z = F(
        "高新区宣传稿.zip",
        docs.zip_file(
            [(f"稿件{i}.docx", make.article("gaoxin", i, 10, "docx", i)) for i in (1, 2)], gbk=False
        ),
        "other",
        members=[F(f"稿件{i}.docx", b"", "article") for i in (1, 2)],
    )
    S.add(
        "gaoxin-articles-zip",
        at(10, 16, 40),
        "python-email",
        frm=u.email,
        name="高新区社会事业局",
        charset="utf-8",
        subject="高新区活动周宣传稿（压缩包）",
        text="两篇稿件打包发送。\n",
        files=[z],
        unit="gaoxin",
        note="zip with UTF-8 member names",
    )
    S.add(
        "gaoxin-article-odt",
        at(12, 9, 20),
        "python-email",
        frm=u.email,
        name="高新区社会事业局",
        charset="utf-8",
        subject="高新区宣传材料",
        files=[
            F("高新区职业教育成果展走进企业.odt", make.article("gaoxin", 3, 12, "odt"), "article")
        ],
        unit="gaoxin",
    )
    S.add(
        "gaoxin-articles5-6",
        at(14, 20, 15),
        "python-email",
        frm=u.email,
        name="高新区社会事业局",
        charset="utf-8",
        subject="高新区活动周宣传稿（5、6）",
        files=[
            F(
                f"{make.title('gaoxin', i)}.docx",
                make.article("gaoxin", i, 14, "docx", i),
                "article",
            )
            for i in (4, 5)
        ],
        unit="gaoxin",
    )
    S.add(
        "gaoxin-summary-stats",
        at(16, 9, 0),
        "python-email",
        frm=u.email,
        name="高新区社会事业局",
        charset="utf-8",
        subject="高新区职业教育活动周总结及情况统计表",
        text="请查收。\n",
        files=[
            F("高新区活动周总结.odt", make.summary("gaoxin", "odt", 2), "summary"),
            F("情况统计表.xlsx", make.stats("gaoxin", "extra"), "statistics"),
        ],
        unit="gaoxin",
        note="summary as odt; statistics with 序号/直播场次/备注 extra columns",
    )


def build(S: DevSet) -> None:
    """Everything in this module."""
    for f in (
        ningyang,
        dongping,
        gaoxin,
    ):
        f(S)
