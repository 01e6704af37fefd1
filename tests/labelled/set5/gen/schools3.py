"""Set5's last two schools: 泰安卫校 and 泰山技工学校 (shapes in each comment)."""

from __future__ import annotations

from . import texts
from .build import Builder, F, Unit, compose, t
from .counties import ACK_QUOTE
from .docs import Doc
from .shapes import liaison_text, url_text


def tawsxx(b: Builder, u: Unit) -> None:
    """Outlook; liaison only as a vCard two days late (late); twelve attachments (five
    articles, seven photos); statistics merged."""
    p = b.person(u, "于洁", "办公室主任", "yujie_tawx@163.com", "13854883326")
    compose(
        b,
        u,
        t("11-05 15:00"),
        "泰安卫校活动周方案",
        ["方案见附件。", url_text("plain", "http://www.tawx.cn/hdz/", variant=3)],
        "outlook",
        [
            F(
                "泰安市卫生学校活动周方案.docx",
                texts.plan_doc("lo-docx", u.name, b.rng),
                "plan",
                u.id,
            )
        ],
        column_url="http://www.tawx.cn/hdz/",
    )
    compose(
        b,
        u,
        t("11-07 10:00"),
        "泰安卫校补报联络员",
        ["联络员名片附后。"],
        "outlook",
        [F("于洁.vcf", Doc("vcf", texts.vcard(p)), "contact", u.id, note="vCard 3.0")],
        liaison=p,
        note="liaison after the deadline",
    )
    arts = b.articles(u, "lo-doc", [0, 3, 6, 7, 10], "doc")
    photos = [
        F(f"DSC0{4410 + i}.png", Doc("png", str(500 + i)), "other", u.id, note="photo")
        for i in range(7)
    ]
    compose(
        b,
        u,
        t("11-10 17:00"),
        "泰安卫校活动周宣传材料及图片",
        ["宣传材料5篇，图片7张。"],
        "outlook",
        arts + photos,
        note="twelve attachments",
    )
    compose(
        b,
        u,
        t("11-16 09:50"),
        "泰安卫校总结、统计表",
        ["见附件"],
        "outlook",
        [
            b.summary(u, "lo-docx", "泰安卫校活动周总结.docx", 3, 307),
            b.stats(u, "merged", "泰安卫校统计表.xlsx", 307),
        ],
    )


def tsjgxx(b: Builder, u: Unit) -> None:
    """QQ address to the 人社局 mailbox; English Contact block; a zip of four and a fifth
    article at 22:30 on the last day; a reply quoting the city's acknowledgement."""
    p = b.person(u, "郑凯", "教务科科长", "tsjg_zk@qq.com", "15053852209", unit_written=False)
    compose(
        b,
        u,
        t("11-03 09:00"),
        "山东泰山技工学校职业教育活动周方案",
        [
            "方案见附件。",
            liaison_text("english", p, u.name, 1),
            url_text("plain", "https://tsjg.sdjg.org/zjhdz", variant=0),
        ],
        "qqmail",
        [F("泰山技工学校活动周方案.pdf", texts.plan_doc("lo-pdf", u.name, b.rng), "plan", u.id)],
        to="rsjzjk@ta.shandong.cn",
        column_url="https://tsjg.sdjg.org/zjhdz",
        liaison=p,
    )
    members = b.articles(u, "lo-docx", [1, 2, 7, 9], "docx")
    z = F(
        "技工学校宣传稿.zip",
        Doc("zip", "", tuple((m.name, m.doc) for m in members)),
        "article",
        u.id,
    )
    item = compose(
        b,
        u,
        t("11-10 10:00"),
        "泰山技工学校宣传材料",
        ["宣传稿4篇。"],
        "qqmail",
        [z],
        to="rsjzjk@ta.shandong.cn",
        containers=["技工学校宣传稿.zip"],
    )
    item.label["files"] = [
        {
            "name": m.name,
            "category": "article",
            "unit": u.id,
            "readable": True,
            "producer": "LibreOffice docx (in a zip)",
        }
        for m in members
    ]
    compose(
        b,
        u,
        t("11-14 22:30"),
        "泰山技工学校宣传材料（第5篇）",
        ["第5篇。"],
        "qqmail",
        b.articles(u, "chromium-pdf", [11], "pdf"),
        to="rsjzjk@ta.shandong.cn",
    )
    compose(
        b,
        u,
        t("11-16 10:00"),
        "Re:回执：山东泰山技工学校报送材料已收到",
        ["总结和统计表补报如下。"],
        "qqmail",
        [
            b.summary(u, "python-docx", "泰山技工学校活动周总结.docx", 1, 308),
            b.stats(u, "transposed", "泰山技工学校统计表.xlsx", 308),
        ],
        sign=False,
        to="rsjzjk@ta.shandong.cn",
        tail=ACK_QUOTE.format(d=15, w="日", addr=u.email, unit=u.name),
        note="reply quoting the city's acknowledgement",
    )
