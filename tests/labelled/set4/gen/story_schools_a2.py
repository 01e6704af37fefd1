"""Schools' mail: 东平职专 and its 东校区."""

# ruff: noqa: E501  (mail and document text: long Chinese lines are kept whole)

from __future__ import annotations

from . import texts
from .people import name
from .producers import Doc
from .story import (
    F,
    Msg,
    frm,
    liaison,
    plan,
    stats,
    summary,
)


def dpzz() -> list[Msg]:
    u, s = "dpzz", "东平职专"
    li = liaison(u)
    url = "http://www.dpzz.net/Category_58/Index.aspx"
    sheet = texts.html_doc(
        "联络员信息",
        [
            '<h3 style="text-align:center">东平县职业中等专业学校职业教育活动周联络员信息表</h3>',
            texts.table(
                [
                    ["单位名称", li["unit"]],
                    ["联络员姓名", li["name"]],
                    ["职务", li["position"]],
                    ["手机号码", li["mobile"]],
                    ["电子邮箱", li["email"]],
                    ["专栏链接", url],
                ]
            ),
        ],
    )
    compiled = [texts.p(f"目录：{i + 1}. " + texts.article_title(s, i, u)) for i in range(5)]
    for i in range(5):
        t = texts.article_title(s, i, u)
        compiled += [f"<h3>{t}</h3>"] + [
            texts.p(x)
            for x in texts.article_paras(name(u), s, t[len(s) :], f"11月1{i}日", f"dp{i}")
        ]
    hui = F(
        "东平职专职业教育活动周宣传材料汇编.docx",
        "article",
        Doc(
            "lo-docx",
            texts.html_doc("宣传材料汇编", compiled, "东平职专职业教育活动周宣传材料汇编"),
        ),
        count=5,
        note="one long docx compiling five articles: counted as five articles",
    )
    files = [
        summary(u, s, "lo-docx", "东平职专活动周总结"),
        stats(u, "lo-xlsx", "东平职专活动周统计表"),
    ]
    return [
        Msg(
            "dpzz-plan-pdf",
            "11-04 11:25",
            "foxmail",
            frm(u, "朱红英"),
            "东平职专活动周方案及联络员信息",
            "职成高教科：\n  方案、联络员信息表（含专栏链接）见附件。\n\n\n\n朱红英\n",
            files=[
                plan(u, s, "lo-doc", "东平县职业中等专业学校职业教育活动周方案", "校长", "团委"),
                F("东平职专联络员信息表.pdf", "contact", Doc("chromium-pdf", sheet)),
            ],
            unit=u,
            column_url=url,
            liaison=li,
            note="contact sheet and column URL in a PDF printed by Chromium",
        ),
        Msg(
            "dpzz-compilation",
            "11-13 16:00",
            "foxmail",
            frm(u, "朱红英"),
            "东平职专宣传材料汇编",
            "职成高教科：\n  活动周宣传材料汇编（5篇）见附件。\n\n朱红英\n",
            files=[hui],
            unit=u,
        ),
        Msg(
            "dpzz-summary",
            "11-16 08:40",
            "foxmail",
            frm(u, "朱红英"),
            "东平职专总结、统计表",
            "附件请查收。\n\n朱红英\n",
            files=files,
            unit=u,
        ),
        Msg(
            "dpzz-summary-resend",
            "11-16 08:55",
            "foxmail",
            frm(u, "朱红英"),
            "东平职专总结、统计表（重发）",
            "刚才的邮件附件可能没有上传成功，重新发送一次。\n\n朱红英\n",
            files=[
                summary(u, s, "lo-docx", "东平职专活动周总结"),
                stats(u, "lo-xlsx", "东平职专活动周统计表"),
            ],
            unit=u,
            note="a resend of the same two files",
        ),
    ]


def dpzzdx() -> list[Msg]:
    u = "dpzzdx"
    li = liaison(u)
    url = "http://dx.dpzz.net/zjhdz/"
    return [
        Msg(
            "dpzzdx-plan-encrypted",
            "11-05 15:30",
            "qqmail",
            frm(u, "东平职专东校区"),
            "东校区活动周方案",
            "市局领导好：\n东校区活动周方案见附件（已加密）。\n"
            f"联系人：{li['name']}\n职务：{li['position']}\n手机：{li['mobile']}\n邮箱：{li['email']}\n"
            f"专栏：{url}\n",
            files=[
                F(
                    "东校区职业教育活动周方案.doc",
                    "plan",
                    Doc("poi:PasswordProtected.doc"),
                    readable=False,
                    note="Apache POI PasswordProtected.doc: encrypted Word 97",
                )
            ],
            unit=u,
            column_url=url,
            liaison=li,
            note="a contact without 单位: it takes the mail's unit; the only plan is encrypted: partial",
        ),
    ]


def messages() -> list[Msg]:
    return [*dpzz(), *dpzzdx()]
