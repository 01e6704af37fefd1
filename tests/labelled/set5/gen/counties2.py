"""What two more county bureaus of set5 send: 东平 and 高新区 (shapes in each comment)."""

from __future__ import annotations

from . import texts
from .build import Builder, F, Unit, compose, t
from .counties import weixin
from .docs import Doc
from .shapes import liaison_text, url_text


def dongping(b: Builder, u: Unit) -> None:
    """Huawei phone mail; the column only as a QR image, the URL given late; summary and
    statistics the day after the deadline."""
    p = b.person(u, "孔祥瑞", "职成科副科长", "kxr_dp@163.com", "13853870925", unit_written=False)
    qr = F("专栏二维码.png", Doc("png", "1701"), "other", u.id, note="QR code: nobody reads it")
    compose(
        b,
        u,
        t("11-04 11:20"),
        "东平县教体局活动周方案",
        [
            "活动周方案见附件。",
            url_text("qr", "", variant=0),
            liaison_text("teacher", p, u.name, 1),
        ],
        "android",
        [
            F(
                "东平县职教活动周方案.docx",
                texts.plan_doc("python-docx", u.name, b.rng),
                "plan",
                u.id,
            ),
            qr,
        ],
        liaison=p,
        sign=True,
        tail="\n\n发自我的华为手机",
        note="column only as a QR image",
    )
    compose(
        b,
        u,
        t("11-07 09:00"),
        "东平县补报活动周专栏网址",
        [url_text("plain", "http://www.dpjy.gov.cn/zjhdz", variant=1)],
        "android",
        column_url="http://www.dpjy.gov.cn/zjhdz",
        tail="\n\n发自我的华为手机",
        note="the URL as text, after the deadline",
    )
    compose(
        b,
        u,
        t("11-10 15:10"),
        "东平县宣传材料",
        ["宣传材料3篇。"],
        "android",
        b.articles(u, "lo-docx", [1, 3, 9], "docx"),
        tail="\n\n发自我的华为手机",
    )
    compose(
        b,
        u,
        t("11-12 19:40"),
        "东平县宣传材料（续）",
        ["宣传材料2篇。"],
        "android",
        b.articles(u, "lo-pdf", [4, 11], "pdf"),
    )
    compose(
        b,
        u,
        t("11-17 09:00"),
        "东平县活动周总结及统计表（迟报）",
        ["因故迟报，请谅解。"],
        "android",
        [
            b.summary(u, "lo-docx", "东平县职业教育活动周总结.docx", 0, 106),
            b.stats(u, "lo-xlsx", "东平县活动周统计表.xlsx", 106),
        ],
    )


def gaoxin(b: Builder, u: Unit) -> None:
    """iPhone; contact table as a LibreOffice PDF without a mobile number, the mobile sent
    next day; articles as WeChat links and PDFs; summary as .odt."""
    p = b.person(u, "周建华", "社会事业局教育科科长", "gxzjh@163.com", "")
    rows = texts.contact_table(
        [[u.name, "周建华", "社会事业局教育科科长", "gxzjh@163.com", "（办）0538-8925216"]]
    )
    sheet = F(
        "联络员信息表.pdf",
        texts.doc_from("lo-pdf", "联络员信息表", [], rows),
        "contact",
        u.id,
        note="office landline only, no mobile",
    )
    compose(
        b,
        u,
        t("11-05 09:10"),
        "高新区活动周方案和联络员信息",
        [
            "方案和联络员信息表见附件。",
            url_text("plain", "http://gx.taian.gov.cn/zjhdz/index.html", variant=2),
        ],
        "iphone",
        [
            F("高新区活动周方案.pdf", texts.plan_doc("chromium-pdf", u.name, b.rng), "plan", u.id),
            sheet,
        ],
        column_url="http://gx.taian.gov.cn/zjhdz/index.html",
        liaison=p,
        tail="\n\n发自我的iPhone",
    )
    p2 = {"unit": "", "name": "周建华", "position": "", "email": "", "mobile": "13505387766"}
    compose(
        b,
        u,
        t("11-06 08:40"),
        "补充联络员手机号",
        ["周建华手机：13505387766"],
        "iphone",
        liaison=p2,
        tail="\n\n发自我的iPhone",
        note="completes the liaison after the deadline",
    )
    links = [weixin("gxjy_2020_zjz_01"), weixin("bT7mK2pQx9Lw0aZc1yE5hA")]
    compose(
        b,
        u,
        t("11-09 12:00"),
        "高新区活动周推送",
        ["今日推送：", *links, "专栏 http://gx.taian.gov.cn/zjhdz/index.html 同步更新"],
        "iphone",
        article_links=links,
        tail="\n\n发自我的iPhone",
        note="a link to the unit's own column is not an article",
    )
    compose(
        b,
        u,
        t("11-11 10:30"),
        "高新区宣传材料",
        ["宣传材料3篇。"],
        "iphone",
        b.articles(u, "lo-pdf", [2, 5, 7], "pdf"),
        tail="\n\n发自我的iPhone",
    )
    compose(
        b,
        u,
        t("11-16 10:10"),
        "高新区活动周总结、统计表",
        ["请查收"],
        "iphone",
        [
            b.summary(u, "lo-odt", "高新区活动周工作总结.odt", 1, 107),
            b.stats(u, "merged", "高新区统计表.xlsx", 107),
        ],
        tail="\n\n发自我的iPhone",
    )
