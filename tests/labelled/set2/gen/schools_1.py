"""Mail from 泰山职院, 泰安职院, 泰山护理职院 and 力明学院."""

from __future__ import annotations

from .common import (
    A,
    article_mail,
    contact_table,
    pasted_article,
)
from .docs import Doc
from .model import Att, Msg
from .people import COLUMN, HOME, LIAISON, name, reg
from .texts import article, photo, plan, stats, summary


def tsvtc() -> list[Msg]:
    s = ("泰山职业技术学院党委宣传部", reg("tsvtc"))
    li = LIAISON["tsvtc"]
    people = Doc(
        "泰山职院活动周联络人信息表.docx",
        "contact",
        "tsvtc",
        "python-docx",
        title="泰山职业技术学院职业教育活动周联络人信息表",
        tables=[
            [
                ["类别", "单位", "姓名", "职务", "邮箱", "手机号码"],
                [
                    "分管领导",
                    name("tsvtc"),
                    "王志刚",
                    "副院长",
                    "wangzg@tsvtc.edu.cn",
                    "13905381188",
                ],
                ["联络员", li["unit"], li["name"], li["position"], li["email"], li["mobile"]],
            ]
        ],
    )
    links = [
        "http://www.tsvtc.edu.cn/info/1021/8841.htm",
        "http://www.tsvtc.edu.cn/info/1021/8845.htm",
    ]
    return [
        Msg(
            "tsvtc-plan-contact-leader",
            "11-02 10:10",
            "phpmailer",
            "submission",
            "tsvtc",
            s,
            subject="泰山职业技术学院职业教育活动周方案及联络员信息",
            text="市教育局职成高教科：\n  报送我院2020年职业教育活动周实施方案及联络员信息"
            "（见附件）。\n"
            f"  我院官网：{HOME['tsvtc']} ，活动周宣传专栏：{COLUMN['tsvtc']}\n"
            "泰山职业技术学院党委宣传部\n",
            atts=A(
                plan("tsvtc", "泰山职业技术学院2020年职业教育活动周实施方案.pdf", "lo-pdf"), people
            ),
            column_url=COLUMN["tsvtc"],
            liaison=li,
            traps=["contact-leader-and-liaison", "column-beside-home-url", "plan-pdf"],
            note="The table lists 分管领导 and 联络员: only the 联络员 row is the liaison. "
            "The body "
            "carries the home page and the column URL.",
        ),
        Msg(
            "tsvtc-article-links",
            "11-08 17:30",
            "phpmailer",
            "submission",
            "tsvtc",
            s,
            subject="泰山职院活动周宣传稿件链接",
            text="市教育局职成高教科：\n今日我院活动周宣传稿件已在学院网站发布：\n"
            f"1. 泰山职院2020年职业教育活动周正式启动 {links[0]}\n"
            f"2. 泰山职院举办“网络校园开放日”活动 {links[1]}\n泰山职院党委宣传部\n",
            article_links=links,
            traps=["article-link"],
            note="Two article pages (not the column).",
        ),
        article_mail("tsvtc-article-3", "11-09 16:00", "phpmailer", "tsvtc", s, ["python-docx"]),
        Msg(
            "tsvtc-article-4-link",
            "11-10 18:20",
            "phpmailer",
            "submission",
            "tsvtc",
            s,
            subject="泰山职院活动周宣传稿件",
            text="稿件链接：http://www.tsvtc.edu.cn/info/1021/8869.htm\n泰山职院党委宣传部\n",
            article_links=["http://www.tsvtc.edu.cn/info/1021/8869.htm"],
            traps=["article-link"],
        ),
        article_mail(
            "tsvtc-article-5",
            "11-11 15:10",
            "phpmailer",
            "tsvtc",
            s,
            ["python-docx"],
            extra=[photo("tsvtc", f"现场照片{i}.jpg", f"泰山职院活动现场{i}") for i in (1, 2, 3)],
            traps=["photos-beside-article"],
        ),
        article_mail("tsvtc-article-6", "11-12 11:00", "phpmailer", "tsvtc", s, ["lo-docx"]),
        Msg(
            "tsvtc-summary-stats-filler",
            "11-15 16:30",
            "phpmailer",
            "submission",
            "tsvtc",
            s,
            subject="泰山职业技术学院活动周总结及统计表",
            text="市教育局职成高教科：\n附件为我院活动周总结报告及情况统计表。\n",
            atts=A(
                summary("tsvtc", "泰山职业技术学院活动周总结报告.docx", "lo-docx"),
                stats(
                    "tsvtc",
                    "泰山职院活动周情况统计表.xlsx",
                    "openpyxl",
                    after=["填表人：孙鹏", "联系电话：0538-6991234  13953812211", "审核人：王志刚"],
                ),
            ),
            traps=["stats-filler-not-liaison"],
            note="填表人/联系电话 under the statistics table are not the liaison.",
        ),
    ]


def tavtc() -> list[Msg]:
    s = ("泰安职业技术学院招生就业处", reg("tavtc"))
    li = LIAISON["tavtc"]
    rows = "".join(
        f"<tr><th>{k}</th><td>{li[f]}</td></tr>"
        for k, f in (
            ("单位", "unit"),
            ("姓名", "name"),
            ("职务", "position"),
            ("邮箱", "email"),
            ("手机号码", "mobile"),
        )
    )
    col = COLUMN["tavtc"]
    html = (
        "<html><body><p>市教育局职成高教科：</p><p>报送我院活动周方案（见附件），联络员信息如下：</p>"
        f'<table border="1">{rows}</table><p>活动周宣传专栏：<a href="{col}">{col}</a></p>'
        "<p>泰安职业技术学院招生就业处</p></body></html>"
    )
    text = (
        "市教育局职成高教科：\n报送我院活动周方案（见附件），联络员信息如下：\n"
        + "\n".join(
            f"{k} {li[f]}"
            for k, f in (
                ("单位", "unit"),
                ("姓名", "name"),
                ("职务", "position"),
                ("邮箱", "email"),
                ("手机号码", "mobile"),
            )
        )
        + f"\n活动周宣传专栏：{col}\n"
    )
    base = stats("tavtc", "x.xlsx", "openpyxl")
    strict = Doc(
        "泰安职业技术学院活动周情况统计表.xlsx", "statistics", "tavtc", "strict", base=base
    )
    out = [
        Msg(
            "tavtc-plan-vertical-html",
            "11-03 11:25",
            "phpmailer",
            "submission",
            "tavtc",
            s,
            subject="泰安职业技术学院活动周方案及联络员",
            text=text,
            html=html,
            atts=A(plan("tavtc", "泰安职业技术学院活动周方案.docx", "python-docx")),
            column_url=col,
            liaison=li,
            traps=["contact-vertical-html-table", "column-chinese-query"],
            note="Liaison as a vertical HTML table; column URL with a raw Chinese query string.",
        ),
    ]
    for i, when in enumerate(
        ["11-08 12:00", "11-09 18:00", "11-10 12:30", "11-12 17:20", "11-14 20:30"], 1
    ):
        out.append(
            pasted_article(
                f"tavtc-article-{i}-cid",
                when,
                "phpmailer",
                "tavtc",
                s,
                images=[photo("tavtc", f"tavtc_{i}_{j}.jpg", f"活动照片{j}") for j in (1, 2)],
                traps=["article-in-body", "cid-image-not-article"],
            )
        )
    out.append(
        Msg(
            "tavtc-stats-strict",
            "11-16 09:45",
            "phpmailer",
            "submission",
            "tavtc",
            s,
            subject="泰安职院活动周情况统计表",
            text="统计表见附件。\n",
            atts=A(strict),
            traps=["strict-ooxml"],
            note="Statistics workbook saved as Strict OOXML (namespaces rewritten from an "
            "openpyxl workbook; LibreOffice reads it).",
        )
    )
    return out


def tshlxy() -> list[Msg]:
    s = ("泰山护理职业学院党委宣传部", reg("tshlxy"))
    li = LIAISON["tshlxy"]
    sig = (
        f"\n-- \n{li['name']}\n泰山护理职业学院 {li['position']}\n邮箱：{li['email']}\n"
        f"手机：{li['mobile']}\n地址：泰安市泰山区迎胜东路\n"
    )
    enc = Doc(
        "泰山护理职业学院活动周情况统计表.xlsx",
        "statistics",
        "tshlxy",
        "poi",
        readable=False,
        source="spreadsheet/protected_passtika.xlsx",
    )
    early1 = "11-06 10:30"
    return [
        Msg(
            "tshlxy-plan-signature",
            "11-03 16:00",
            "nodemailer",
            "submission",
            "tshlxy",
            s,
            subject="泰山护理职业学院职业教育活动周方案",
            text="市教育局职成高教科：\n附件为我院2020年职业教育活动周实施方案。我院活动周专题网站："
            + COLUMN["tshlxy"]
            + "\n我院活动周联络员信息见签名。\n"
            + sig,
            atts=A(plan("tshlxy", "泰山护理职业学院活动周实施方案.docx", "lo-docx")),
            column_url=COLUMN["tshlxy"],
            liaison=li,
            traps=["contact-in-signature"],
        ),
        article_mail(
            "tshlxy-article-early-1",
            early1,
            "nodemailer",
            "tshlxy",
            s,
            ["python-docx"],
            traps=["early-article"],
            note="Before the week: counts, early.",
        ),
        article_mail(
            "tshlxy-article-early-2",
            "11-07 15:00",
            "nodemailer",
            "tshlxy",
            s,
            ["lo-pdf"],
            traps=["early-article"],
        ),
        article_mail("tshlxy-article-3", "11-09 09:40", "nodemailer", "tshlxy", s, ["python-docx"]),
        article_mail(
            "tshlxy-article-4-5",
            "11-10 10:15",
            "nodemailer",
            "tshlxy",
            s,
            ["lo-docx", "python-docx"],
        ),
        article_mail("tshlxy-article-6", "11-12 16:45", "nodemailer", "tshlxy", s, ["lo-pdf"]),
        pasted_article(
            "tshlxy-article-7-html",
            "11-13 11:30",
            "nodemailer",
            "tshlxy",
            s,
            html=True,
            traps=["article-in-body"],
        ),
        Msg(
            "tshlxy-stats-encrypted",
            "11-16 16:05",
            "nodemailer",
            "submission",
            "tshlxy",
            s,
            subject="泰山护理职业学院活动周情况统计表",
            text="统计表已加密，密码另行告知。\n" + sig,
            atts=A(enc),
            traps=["encrypted-xlsx", "poi-file"],
            note="Encrypted xlsx (Apache POI protected_passtika.xlsx): statistics partial.",
        ),
        Msg(
            "tshlxy-summary-late",
            "11-17 09:30",
            "nodemailer",
            "submission",
            "tshlxy",
            s,
            subject="泰山护理职业学院活动周总结报告",
            text="总结报告见附件，报送晚了，抱歉。\n" + sig,
            atts=A(summary("tshlxy", "泰山护理职业学院活动周总结.docx", "python-docx")),
            traps=["late"],
        ),
    ]


def lmkj() -> list[Msg]:
    s = ("山东力明科技职业学院宣传部", reg("lmkj"))
    li = LIAISON["lmkj"]
    sheet = Doc(
        "力明学院联络员及宣传专栏信息.pdf",
        "contact",
        "lmkj",
        "lo-pdf",
        title="山东力明科技职业学院职业教育活动周联络员及宣传专栏信息",
        tables=[contact_table("lmkj")],
        after=[f"宣传专栏网址：{COLUMN['lmkj']}", f"学院官网：{HOME['lmkj']}"],
    )
    base = article("lmkj", "x.docx", "python-docx", 9)
    strict_doc = Doc(base.title + ".docx", "article", "lmkj", "strict", base=base, title=base.title)
    staff = Msg(
        "lmkj-staff-to-office",
        "11-13 15:20",
        "python-email",
        "submission",
        "lmkj",
        ("孙晓", "sunxiao@sdlm.edu.cn"),
        to=[reg("lmkj")],
        subject="学院活动周稿件（技能展示）",
        text="郑部长：稿件已改好，请审阅后报市局。\n",
        atts=A(article("lmkj", "{t}.docx", "python-docx", 13)),
    )
    return [
        Msg(
            "lmkj-plan-pdf-contact-pdf",
            "11-04 14:40",
            "nodemailer",
            "submission",
            "lmkj",
            s,
            subject="山东力明科技职业学院活动周方案、联络员及专栏信息",
            text="市教育局职成高教科：\n附件为我院活动周方案及联络员、宣传专栏信息（PDF）。\n力明学院宣传部\n",
            atts=A(plan("lmkj", "力明学院2020年职业教育活动周方案.pdf", "lo-pdf"), sheet),
            column_url=COLUMN["lmkj"],
            liaison=li,
            traps=["contact-pdf-sheet", "column-in-pdf"],
            note="Liaison and column URL only inside a PDF contact sheet (with the home page).",
        ),
        Msg(
            "lmkj-article-1-strict",
            "11-09 14:00",
            "nodemailer",
            "submission",
            "lmkj",
            s,
            subject="力明学院活动周宣传材料：" + strict_doc.title,
            text="稿件见附件。\n力明学院宣传部\n",
            atts=A(strict_doc),
            traps=["strict-ooxml"],
            note="Article saved as Strict OOXML docx (namespaces rewritten; LibreOffice reads it).",
        ),
        article_mail("lmkj-article-2", "11-11 16:30", "nodemailer", "lmkj", s, ["lo-pdf"]),
        Msg(
            "lmkj-article-3-forward-b64",
            "11-13 17:00",
            "nodemailer",
            "submission",
            "lmkj",
            s,
            subject="Fwd: 学院活动周稿件（技能展示）",
            text="转报我院活动周稿件一篇。\n力明学院宣传部\n",
            atts=[Att(msg=staff, encoding="base64")],
            traps=["message-rfc822-base64"],
            note="The article is inside a forwarded message/rfc822 part that nodemailer "
            "base64-encodes.",
        ),
        Msg(
            "lmkj-summary-stats-zip",
            "11-16 10:30",
            "nodemailer",
            "submission",
            "lmkj",
            s,
            subject="力明学院活动周总结及统计表",
            text="见附件压缩包。\n",
            atts=A(
                Doc(
                    "力明学院活动周总结及统计表.zip",
                    "other",
                    "lmkj",
                    "zip",
                    members=[
                        summary("lmkj", "力明学院活动周总结.docx", "python-docx"),
                        stats("lmkj", "力明学院活动周情况统计表.xlsx", "openpyxl", alt=True),
                    ],
                )
            ),
            traps=["zip-utf8-names", "stats-alias-headers"],
        ),
    ]


def all_messages() -> list[Msg]:
    """Every message of this module."""
    out: list[Msg] = []
    for f in (
        tsvtc,
        tavtc,
        tshlxy,
        lmkj,
    ):
        out.extend(f())
    return out
