"""Set5's other eight schools (each story says its shapes in its comment)."""

from __future__ import annotations

from . import texts
from .build import Builder, F, Unit, compose, t
from .counties import weixin
from .docs import Doc
from .schools import _inline_article
from .shapes import liaison_text, url_text

OWN_COLUMN_NOTE = "a link to the unit's own column is not an article"


def xtzz(b: Builder, u: Unit) -> None:
    """Huawei phone; vCard liaison and URL first, the plan three days later (late); a zip of
    docx; Chromium PDFs; statistics transposed."""
    p = b.person(u, "杨帆", "教务处主任", "yangfan_xtzz@163.com", "13583863390")
    compose(
        b,
        u,
        t("11-03 12:30"),
        "新泰职专联络员及专栏地址",
        [
            "联络员名片见附件，方案正在审批，随后报送。",
            url_text("plain", "http://xtzz.xtjy.gov.cn/zjhdz/", variant=1),
        ],
        "android",
        [F("联络员.vcf", Doc("vcf", texts.vcard(p)), "contact", u.id, note="vCard 3.0")],
        column_url="http://xtzz.xtjy.gov.cn/zjhdz/",
        liaison=p,
        tail="\n\n发自我的华为手机",
    )
    compose(
        b,
        u,
        t("11-06 08:20"),
        "新泰职专活动周实施方案（补报）",
        ["补报方案。"],
        "android",
        [
            F(
                "新泰职专2020年职业教育活动周实施方案.docx",
                texts.plan_doc("lo-docx", u.name, b.rng),
                "plan",
                u.id,
            )
        ],
        note="the plan after the deadline",
    )
    members = b.articles(u, "python-docx", [1, 4, 9], "docx")
    z = F(
        "新泰职专宣传稿.zip",
        Doc("zip", "", tuple((m.name, m.doc) for m in members)),
        "article",
        u.id,
    )
    item = compose(
        b,
        u,
        t("11-10 20:00"),
        "新泰职专宣传材料",
        ["宣传稿3篇（压缩包）"],
        "android",
        [z],
        containers=["新泰职专宣传稿.zip"],
    )
    item.label["files"] = [
        {
            "name": m.name,
            "category": "article",
            "unit": u.id,
            "readable": True,
            "producer": "python-docx (in a zip)",
        }
        for m in members
    ]
    compose(
        b,
        u,
        t("11-12 21:15"),
        "新泰职专宣传材料2篇",
        ["宣传材料2篇。"],
        "android",
        b.articles(u, "chromium-pdf", [0, 11], "pdf"),
    )
    compose(
        b,
        u,
        t("11-16 10:40"),
        "新泰职专活动周总结",
        ["总结、统计表。"],
        "android",
        [
            b.summary(u, "lo-doc", "新泰职专活动周总结.doc", 2, 301),
            b.stats(u, "transposed", "新泰职专统计表.xlsx", 301),
        ],
    )


def nyzz(b: Builder, u: Unit) -> None:
    """网易邮箱大师 with raw 8-bit GBK file names; liaison prose without the unit; the column
    only ever as a QR image (missing); WeChat links."""
    p = b.person(u, "陈晓东", "办公室副主任", "nyzzcxd@126.com", "15963832041", unit_written=False)
    compose(
        b,
        u,
        t("11-04 10:00"),
        "宁阳职专活动周方案",
        [
            "联系人：我校办公室副主任 陈晓东，手机 159 6383 2041，邮箱 nyzzcxd@126.com",
            url_text("qr", "", variant=1),
        ],
        "mailmaster-raw",
        [
            F("宁阳职专活动周方案.docx", texts.plan_doc("lo-docx", u.name, b.rng), "plan", u.id),
            F("专栏二维码.png", Doc("png", "1702"), "other", u.id, note="QR code only"),
        ],
        liaison=p,
        note="raw GBK file names; the column only as a QR code",
    )
    compose(
        b,
        u,
        t("11-10 15:00"),
        "宁阳职专宣传材料",
        ["宣传材料3篇。"],
        "mailmaster-raw",
        b.articles(u, "lo-docx", [2, 6, 10], "docx"),
    )
    links = [weixin("nyzz_2020_hdz3"), weixin("Pq1nYt7Ks3vB0xMz9LwC2d")]
    compose(
        b,
        u,
        t("11-13 12:00"),
        "宁阳职专公众号推送",
        ["推送链接：", *links],
        "mailmaster-raw",
        article_links=links,
    )
    compose(
        b,
        u,
        t("11-16 09:00"),
        "宁阳职专总结及统计表",
        ["见附件"],
        "mailmaster-raw",
        [
            b.summary(u, "lo-docx", "宁阳职专活动周工作总结.docx", 3, 302),
            b.stats(u, "csv", "宁阳职专统计表.csv", 302),
        ],
    )


def fczz(b: Builder, u: Unit, teacher: str) -> None:
    """Outlook; contact table as Calc .xls; articles auto-forwarded (Resent-*) from the
    school's box for a teacher's mail; summary before the deadline."""
    p = b.person(u, "刘洋", "教务处副主任", "liuyang_fczz@qq.com", "13695481133")
    html = (
        "<html><head><meta charset='utf-8'></head><body><table border='1'>"
        + "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
            for row in texts.contact_table(
                [[u.name, "刘洋", "教务处副主任", "liuyang_fczz@qq.com", "13695481133"]]
            )
        )
        + "</table></body></html>"
    )
    compose(
        b,
        u,
        t("11-02 17:30"),
        "肥城职专活动周方案、联络员",
        ["方案和联络员信息见附件。", url_text("plain", "http://www.fczz.net/zt/hdz", variant=0)],
        "outlook",
        [
            F("肥城职专活动周方案.docx", texts.plan_doc("lo-docx", u.name, b.rng), "plan", u.id),
            F("联络员信息.xls", Doc("lo-xls", html), "contact", u.id),
        ],
        column_url="http://www.fczz.net/zt/hdz",
        liaison=p,
    )
    item = compose(
        b,
        u,
        t("11-09 11:00"),
        "肥城职专活动周宣传稿",
        ["宣传稿3篇，请审核。"],
        "qqmail",
        b.articles(u, "lo-doc", [1, 3, 7], "doc"),
        sender=teacher,
        sender_name="刘洋",
        extra_headers=[
            ("Resent-From", u.email),
            ("Resent-To", "jyj-zcjk01@ta.shandong.cn"),
            ("Resent-Date", "Mon, 9 Nov 2020 11:00:30 +0800"),
        ],
        note="auto-forwarded by the school's box (Resent-*): a teacher's mail",
    )
    item.mail.to = u.email
    compose(
        b,
        u,
        t("11-12 08:10"),
        "肥城职专宣传材料",
        ["2篇。"],
        "outlook",
        b.articles(u, "lo-pdf", [5, 9], "pdf"),
    )
    compose(
        b,
        u,
        t("11-15 16:00"),
        "肥城职专活动周总结报告和统计表",
        ["请查收。"],
        "outlook",
        [
            b.summary(u, "lo-docx", "肥城职专活动周总结报告.docx", 0, 303),
            b.stats(u, "merged", "肥城职专活动周情况统计表.xlsx", 303),
        ],
    )


def dyzjzx(b: Builder, u: Unit) -> None:
    """QQ mail; contact table inside the plan; anchor 点击进入专栏; five articles in one
    mail; no summary (missing)."""
    p = b.person(u, "石磊", "招生就业处主任", "shilei_dy@163.com", "13562895506")
    rows = texts.contact_table(
        [[u.name, "石磊", "招生就业处主任", "shilei_dy@163.com", "13562895506"]]
    )
    plan = F(
        "岱岳区职教中心活动周方案.docx",
        texts.doc_from(
            "lo-docx",
            f"{u.name}职业教育活动周实施方案",
            [*texts.PLAN_PARAS[:5], "附：活动周联络员"],
            rows,
        ),
        "plan",
        u.id,
        note="contact table at the plan's end",
    )
    url = "http://www.dyzjzx.com/list/zjhdz.html"
    compose(
        b,
        u,
        t("11-05 10:30"),
        "岱岳区职业教育中心活动周方案",
        ["方案见附件，联络员见方案附表。", url_text("anchor", url, "点击进入专栏", 0)],
        "qqmail",
        [plan],
        column_url=url,
        liaison=p,
        greet=5,
    )
    compose(
        b,
        u,
        t("11-09 17:45"),
        "岱岳职教中心宣传材料5篇",
        ["宣传材料5篇。"],
        "qqmail",
        b.articles(u, "chromium-pdf", [0, 4], "pdf") + b.articles(u, "lo-docx", [6, 8, 11], "docx"),
    )
    compose(
        b,
        u,
        t("11-16 15:40"),
        "岱岳职教中心统计表",
        ["统计表见附件，总结正在修改。"],
        "qqmail",
        [b.stats(u, "merged", "岱岳区职教中心活动周统计表.xlsx", 304)],
        note="summary promised, never sent",
    )


def dpzjzx(b: Builder, u: Unit) -> None:
    """Foxmail; plan as .wps; 请与我校…老师联系; URL without scheme; five WeChat links plus a
    link to its own column (not an article)."""
    p = b.person(u, "刘芳", "团委书记", "dpzjzx_lf@163.com", "13792168035", unit_written=False)
    plan = F(
        "东平职教中心活动周方案.wps",
        texts.plan_doc("lo-doc", u.name, b.rng),
        "plan",
        u.id,
        note="Word 97 bytes under a .wps name",
    )
    compose(
        b,
        u,
        t("11-05 11:50"),
        "东平县职业教育中心学校活动周方案",
        [
            "方案见附件（WPS格式）。",
            liaison_text("teacher", p, u.name, 0),
            url_text("noscheme", "dpzjzx.dpjy.gov.cn/zt", variant=2),
        ],
        "foxmail",
        [plan],
        column_url="dpzjzx.dpjy.gov.cn/zt",
        liaison=p,
    )
    links = [
        weixin(c)
        for c in ("dpzj1108a", "dpzj1109b", "Hn2WqL0pX7cT4mRv8sBz1k", "dpzj1112d", "dpzj1113e")
    ]
    compose(
        b,
        u,
        t("11-13 16:20"),
        "东平职教中心活动周宣传报道链接",
        [
            "活动周宣传报道（公众号）：",
            *links,
            "以上报道已同步至我校专栏 http://dpzjzx.dpjy.gov.cn/zt",
        ],
        "foxmail",
        article_links=links,
        note=OWN_COLUMN_NOTE,
    )
    compose(
        b,
        u,
        t("11-16 17:00"),
        "东平职教中心活动周总结、统计表",
        ["请查收。"],
        "foxmail",
        [
            b.summary(u, "lo-pdf", "东平职教中心活动周总结.pdf", 1, 305),
            b.stats(u, "lo-xls", "东平职教中心统计表.xls", 305),
        ],
    )


def taxxgc(b: Builder, u: Unit) -> None:
    """Apple Mail; percent-encoded path; Chromium contact PDF; PDFs, an inline article,
    docx; Calc xlsx statistics."""
    p = b.person(u, "牛晓峰", "学生处处长", "niuxf@126.com", "18805382217")
    rows = texts.contact_table(
        [["泰安市信息工程中等专业学校", "牛晓峰", "学生处处长", "niuxf@126.com", "18805382217"]]
    )
    url = "http://www.taxxgc.cn/zt/%E6%B4%BB%E5%8A%A8%E5%91%A8/"
    compose(
        b,
        u,
        t("11-04 14:40"),
        "泰安市信息工程中等专业学校活动周方案",
        ["实施方案、联络员表见附件。", url_text("plain", url, variant=1)],
        "applemail",
        [
            F(
                "信息工程学校活动周方案.docx",
                texts.plan_doc("python-docx", u.name, b.rng),
                "plan",
                u.id,
            ),
            F(
                "联络员表.pdf",
                texts.doc_from("chromium-pdf", "联络员信息", [], rows),
                "contact",
                u.id,
            ),
        ],
        column_url=url,
        liaison=p,
        note="percent-encoded path",
    )
    compose(
        b,
        u,
        t("11-09 10:20"),
        "信息工程学校宣传材料",
        ["2篇"],
        "applemail",
        b.articles(u, "lo-pdf", [2, 4], "pdf"),
    )
    _inline_article(b, u, "11-11 19:00", "applemail", 9, 4, "article pasted with four pictures")
    compose(
        b,
        u,
        t("11-12 15:30"),
        "信息工程学校宣传材料（续）",
        ["2篇"],
        "applemail",
        b.articles(u, "python-docx", [1, 5], "docx"),
    )
    compose(
        b,
        u,
        t("11-16 13:00"),
        "信息工程学校活动周总结、统计表",
        ["请查收"],
        "applemail",
        [
            b.summary(u, "python-docx", "信息工程学校活动周总结报告.docx", 2, 306),
            b.stats(u, "lo-xlsx", "信息工程学校统计表.xlsx", 306),
        ],
    )
