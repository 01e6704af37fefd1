# ruff: noqa: E501 - mail text and labels stay one sentence a line, as people wrote them
"""Vocational schools 泰山护理职院, 泰安技师学院 (to the 人社局 mailbox), 泰安艺校."""

from __future__ import annotations

from . import docs, make
from .build import DevSet, F, at, liaison
from .units import CITY, RSJ, UNITS

U = UNITS


def tshlxy(S: DevSet) -> None:
    """A liaison writing from her personal 126 address (signature block contact); articles
    from the school's address by nodemailer and one shared from WeChat on an iPhone; summary late."""
    u = U["tshlxy"]
    p = u.liaison
    sig = f"\n\n--\n{p.name}\n{u.name} {p.position}\n手机：{p.mobile}\n邮箱：{p.email}\n"
    S.add(
        "tshlxy-plan-126-signature",
        at(4, 8, 40),
        "coremail-126",
        frm=p.email,
        name=p.name,
        subject="泰山护理职业学院活动周方案",
        text=f"田老师好！\n附件是我院活动周方案。我是我院活动周联络员，联系方式见签名。\n专栏链接：{u.column}{sig}",
        html=f"<div>田老师好！</div><div>附件是我院活动周方案。我是我院活动周联络员，联系方式见签名。</div><div>专栏链接：{u.column}</div>"
        + "<div><br></div><div>--</div>"
        + "".join(f"<div>{x}</div>" for x in sig.strip().split("\n")[1:]),
        files=[
            F(
                "泰山护理职业学院2020年职业教育活动周方案.docx",
                make.plan("tshlxy", "docx", 3),
                "plan",
            )
        ],
        unit="tshlxy",
        column_url=u.column,
        liaison=liaison("tshlxy"),
        note="personal 126 address; the liaison is the signature block",
    )
    S.add(
        "tshlxy-articles1-2",
        at(8, 17, 45),
        "nodemailer",
        frm=u.email,
        name="泰山护理职业学院",
        subject="泰山护理职院活动周宣传材料（1-2）",
        files=[
            F(f"{make.title('tshlxy', i)}.docx", make.article("tshlxy", i, 8, "docx", i), "article")
            for i in (0, 1)
        ],
        text="宣传材料两篇。\n",
        unit="tshlxy",
    )
    link = "http://www.tshlxy.edu.cn/xwzx/zjhdz/2020-11-10/1187.html"
    S.add(
        "tshlxy-article-file-and-link",
        at(10, 11, 5),
        "nodemailer",
        frm=u.email,
        name="泰山护理职业学院",
        subject="泰山护理职院宣传材料（3-4）",
        text=f"第3篇见附件；第4篇已发布：{link}\n",
        html=f'<p>第3篇见附件；第4篇已发布：<a href="{link}">{make.title("tshlxy", 3)}</a></p>',
        files=[F(f"{make.title('tshlxy', 2)}.docx", make.article("tshlxy", 2, 10), "article")],
        unit="tshlxy",
        article_links=[link],
    )
    name5 = f"{make.title('tshlxy', 5)}.docx"
    S.add(
        "tshlxy-article5-iphone-wechat",
        at(13, 22, 10),
        "iphone-mail",
        frm=p.email,
        name=p.name,
        charset="utf-8",
        subject=name5,
        text="\n\n发自我的iPhone",
        files=[F(name5, make.article("tshlxy", 5, 13), "article", style="rfc2231-cont")],
        unit="tshlxy",
        note="a file shared from WeChat with iPhone Mail: subject is the file name, RFC 2231 continuations",
    )
    S.add(
        "tshlxy-stats",
        at(16, 12, 0),
        "nodemailer",
        frm=u.email,
        name="泰山护理职业学院",
        subject="泰山护理职业学院活动周情况统计表",
        files=[
            F("泰山护理职业学院情况统计表.xlsx", make.stats("tshlxy", "standard"), "statistics")
        ],
        text="统计表先报，总结稍后。\n",
        unit="tshlxy",
    )
    S.add(
        "tshlxy-summary-late",
        at(16, 19, 30),
        "coremail-126",
        frm=p.email,
        name=p.name,
        subject="泰山护理职业学院活动周总结报告（稍晚）",
        text=f"田老师，总结报告见附件，晚了一点，抱歉。{sig}",
        files=[
            F("泰山护理职业学院活动周总结报告.docx", make.summary("tshlxy", "docx", 2), "summary")
        ],
        unit="tshlxy",
        note="19:30 on the due day: late",
    )


def tajsxy(S: DevSet) -> None:
    """A technical school writing to the 人社局 mailbox with NeoMutt (RFC 2047 parameters);
    key：value contact lines; the column beside the home page in one line."""
    u = U["tajsxy"]
    p = u.liaison
    S.add(
        "tajsxy-plan-to-rsj",
        at(3, 9, 30),
        "neomutt",
        frm=u.email,
        name="泰安技师学院",
        to=[RSJ],
        subject="泰安技师学院职业教育活动周方案及联络员",
        text=f"市人社局职教科：\n我院活动周方案见附件。\n学院官网 {u.site} ，活动周专栏 {u.column}\n\n联络员信息：\n单位：{u.name}\n"
        f"姓名：{p.name}\n职务：{p.position}\n邮箱：{p.email}\n手机号码：{p.mobile}\n",
        files=[F("泰安技师学院职业教育活动周方案.docx", make.plan("tajsxy", "docx", 4), "plan")],
        options={"rfc2047_parameters": True},
        unit="tajsxy",
        column_url=u.column,
        liaison=liaison("tajsxy"),
        note="sent to rsjzjk@ (technical school); file name in RFC 2047 parameters",
    )
    S.add(
        "tajsxy-articles1-3",
        at(9, 10, 40),
        "neomutt",
        frm=u.email,
        name="泰安技师学院",
        to=[RSJ],
        subject="泰安技师学院活动周宣传材料（三篇）",
        text="三篇宣传材料，请审核。\n",
        files=[
            F(f"{make.title('tajsxy', i)}.docx", make.article("tajsxy", i, 9, "docx", i), "article")
            for i in (0, 1, 2)
        ],
        unit="tajsxy",
    )
    S.add(
        "tajsxy-articles4-5-pdf",
        at(11, 15, 0),
        "neomutt",
        frm=u.email,
        name="泰安技师学院",
        to=[RSJ, CITY],
        subject="泰安技师学院活动周宣传材料（两篇）",
        text="两篇。同时抄送市教育局。\n",
        files=[
            F(f"{make.title('tajsxy', i)}.pdf", make.article("tajsxy", i, 11, "pdf"), "article")
            for i in (3, 4)
        ],
        unit="tajsxy",
    )
    S.add(
        "tajsxy-summary-stats",
        at(16, 14, 0),
        "neomutt",
        frm=u.email,
        name="泰安技师学院",
        to=[RSJ],
        subject="泰安技师学院活动周总结报告及统计表",
        files=[
            F(
                "泰安技师学院2020年职业教育活动周总结.docx",
                make.summary("tajsxy", "docx", 1),
                "summary",
            ),
            F("泰安技师学院活动周情况统计表.xlsx", make.stats("tajsxy", "extra"), "statistics"),
        ],
        text="请查收。\n",
        unit="tajsxy",
    )


def tawhys(S: DevSet) -> None:
    """A teacher's personal 163 account and the school's Outlook; the column only in a PDF;
    plan late; articles before the week count; the statistics table encrypted (a real file)."""
    u = U["tawhys"]
    pdf = docs.convert(
        docs.docx_file(
            [
                ("title", "泰安市文化艺术学校活动周宣传专栏"),
                f"专栏地址：{u.column}",
                f"学校网站：{u.site}",
            ]
        ),
        "docx",
        "pdf",
    )
    S.add(
        "tawhys-contact-column-pdf-163",
        at(5, 15, 0),
        "coremail-163",
        frm="linfang1983@163.com",
        name="林芳",
        subject="泰安艺校联络员及宣传专栏地址",
        text="田老师：联络员表和专栏地址见附件，方案还在领导审核。\n林芳\n",
        html="<div>田老师：联络员表和专栏地址见附件，方案还在领导审核。</div><div>林芳</div>",
        files=[
            F("泰安市文化艺术学校联络员.docx", make.contact("tawhys", "vertical"), "contact"),
            F("宣传专栏地址.pdf", pdf, "other"),
        ],
        unit="tawhys",
        column_url=u.column,
        liaison=liaison("tawhys"),
        note="personal 163 address; the column URL (Chinese in the query) only inside a PDF, which is none of "
        "the document categories (other)",
    )
    S.add(
        "tawhys-early-articles-163",
        at(6, 19, 20),
        "coremail-163",
        frm="linfang1983@163.com",
        name="林芳",
        subject="泰安艺校活动周预热稿件",
        text="预热稿两篇。\n",
        files=[
            F(f"{make.title('tawhys', i)}.docx", make.article("tawhys", i, 6, "docx", i), "article")
            for i in (0, 1)
        ],
        unit="tawhys",
        note="before the week: counts",
    )
    S.add(
        "tawhys-plan-late-163",
        at(7, 10, 0),
        "coremail-163",
        frm="linfang1983@163.com",
        name="林芳",
        subject="泰安艺校活动周方案（补报）",
        text="方案已审定，补报。\n",
        files=[
            F(
                "泰安市文化艺术学校2020年职业教育活动周方案.docx",
                make.plan("tawhys", "docx", 0),
                "plan",
            )
        ],
        unit="tawhys",
        note="plan after 11-05 18:00: late",
    )
    S.add(
        "tawhys-article3-photos",
        at(9, 16, 0),
        "outlook",
        frm=u.email,
        name="泰安艺校",
        charset="gb2312",
        subject="泰安艺校宣传稿3",
        files=[
            F(f"{make.title('tawhys', 2)}.docx", make.article("tawhys", 2, 9), "article"),
            F("演出照片1.jpg", make.photo(0), "other"),
            F("演出照片2.jpg", make.photo(4), "other"),
        ],
        text="稿件和照片。\n",
        unit="tawhys",
    )
    S.add(
        "tawhys-articles4-5",
        at(12, 10, 45),
        "outlook",
        frm=u.email,
        name="泰安艺校",
        charset="gb2312",
        subject="泰安艺校宣传稿4、5",
        files=[
            F(f"{make.title('tawhys', i)}.pdf", make.article("tawhys", i, 12, "pdf"), "article")
            for i in (3, 4)
        ],
        text="",
        unit="tawhys",
    )
    S.add(
        "tawhys-summary-encrypted-stats",
        at(16, 10, 0),
        "outlook",
        frm=u.email,
        name="泰安艺校",
        charset="gb2312",
        subject="泰安艺校活动周总结及统计表",
        files=[
            F("泰安艺校活动周总结.docx", make.summary("tawhys", "docx", 0), "summary"),
            F(
                "泰安市文化艺术学校活动周统计表.xlsx",
                docs.sample("testEXCEL_protected_passtika.xlsx"),
                "statistics",
                readable=False,
            ),
        ],
        text="统计表加了密，密码是学校代码。\n",
        unit="tawhys",
        note="the table is a real password-protected xlsx (Apache Tika test file) under the school's name: partial",
    )


def build(S: DevSet) -> None:
    """Everything in this module."""
    for f in (
        tshlxy,
        tajsxy,
        tawhys,
    ):
        f(S)
