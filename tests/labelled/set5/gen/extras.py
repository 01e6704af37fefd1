"""Set5's further submissions: a county forwarding a school's mail (message/rfc822), a
county-wide statistics table with schools as rows and a totals row, a liaison change, a
resend, questions, a second auto-forward, and articles sent one a mail."""

from __future__ import annotations

import random

from . import texts
from .build import Builder, F, Item, Unit, compose, t
from .docs import Doc
from .mime import Mail
from .schools import _one_per_mail


def _forward_inner(b: Builder, school: Unit, stamp: str, subject: str, files: list[F]) -> Item:
    mail = Mail(
        f"inner-{school.id}-{stamp}",
        t(stamp),
        school.email,
        school.name,
        subject,
        f"新泰市教体局职成科：\n{subject}，请转报市局。\n{school.name}",
        client="android",
        to="xinti_zcjk@ta.shandong.cn",
    )
    return Item(mail, {}, files)


def extras(b: Builder, u: dict[str, Unit]) -> None:
    """Every extra submission."""
    xt, xtzz = u["xintai"], u["xtzz"]
    summ = b.summary(xtzz, "lo-docx", "新泰职专活动周总结（修改稿）.docx", 0, 401)
    inner = _forward_inner(b, xtzz, "11-15 20:00", "新泰职专活动周总结修改稿", [summ])
    item = compose(
        b,
        xt,
        t("11-16 08:30"),
        "转发：新泰职专活动周总结修改稿",
        ["转报新泰市职业中等专业学校活动周总结修改稿。"],
        "applemail",
        [summ],
        forwarded="新泰职专活动周总结修改稿",
        note="a county forwards a school's mail as message/rfc822: the file is the school's",
    )
    item.inner = inner
    item.label["files"][0]["unit"] = xtzz.id

    dy = u["daiyue"]
    rng = random.Random(402)
    schools = ["泰安市岱岳区职业教育中心", "岱岳区范镇职业中学", "岱岳区山口职业中学"]
    rows = [
        ["岱岳区2020年职业教育活动周情况统计汇总表"] + [""] * 8,
        ["单位名称", *texts.STAT_HEADERS],
    ]
    totals = [0] * 8
    for s in schools:
        nums = texts.numbers(rng)
        totals = [a + c for a, c in zip(totals, nums, strict=True)]
        rows.append([s, *nums])
    rows.append(["合计", *totals])
    st = F(
        "岱岳区各校活动周统计汇总表.xlsx",
        Doc("openpyxl", {"sheet": "汇总", "rows": rows, "merge": ["A1:I1"]}),
        "statistics",
        dy.id,
        note="a county-wide table, schools as rows, a totals row",
    )
    compose(
        b,
        dy,
        t("11-16 16:05"),
        "岱岳区各校统计汇总表",
        ["补报全区汇总表。"],
        "foxmail",
        [st],
        note="the county's own statistics is the summarised table",
    )

    tj = u["tsjgxx"]
    p2 = b.person(tj, "孟庆军", "教务科副科长", "mqj_tsjg@qq.com", "18653832760", unit_written=True)
    compose(
        b,
        tj,
        t("11-04 16:30"),
        "山东泰山技工学校联络员变更",
        [
            "因工作调整，我校活动周联络员变更为：山东泰山技工学校 孟庆军 教务科副科长，"
            "手机18653832760，邮箱mqj_tsjg@qq.com。"
        ],
        "qqmail",
        to="rsjzjk@ta.shandong.cn",
        liaison=p2,
        note="a change of liaison before the deadline: the new person",
    )

    compose(
        b,
        dy,
        t("11-02 16:10"),
        "重发：岱岳区职业教育活动周方案（修订）",
        ["刚才发送的方案为旧版，请以此版为准。"],
        "foxmail",
        [
            F(
                "岱岳区活动周方案.doc",
                texts.plan_doc("lo-doc", dy.name, random.Random(403)),
                "plan",
                dy.id,
            )
        ],
        note="a revised plan under the same file name",
    )

    compose(
        b,
        u["tshlxy"],
        t("11-04 09:15"),
        "请问专栏可以用微信公众号吗",
        ["我院活动周宣传主要在微信公众号进行，专栏地址是否可以报公众号名称？"],
        "iphone",
        tail="\n\n发自我的iPhone",
        note="a question: a submission with no files",
    )
    compose(
        b,
        u["gaoxin"],
        t("11-12 09:00"),
        "咨询统计表填报口径",
        ["统计表中“服务群众（人次）”是否包含线上观看人数？"],
        "iphone",
        tail="\n\n发自我的iPhone",
        note="a question: a submission with no files",
    )

    sd = u["sdfzxy"]
    arts = b.articles(sd, "lo-docx", [11], "docx")
    compose(
        b,
        sd,
        t("11-13 15:00"),
        "服装职院宣传稿（转发）",
        ["宣传稿1篇。"],
        "qqmail",
        arts,
        sender="2306611987@qq.com",
        sender_name="山东服装职业学院 宣传科",
        extra_headers=[
            ("Resent-From", sd.email),
            ("Resent-To", "jyj-zcjk01@ta.shandong.cn"),
            ("Resent-Date", "Fri, 13 Nov 2020 15:00:40 +0800"),
        ],
        note="auto-forwarded (Resent-*) from a staff member's QQ box",
    )

    _one_per_mail(
        b,
        u["gaoxin"],
        ["11-12 10:00", "11-13 10:00", "11-14 10:00"],
        "lo-docx",
        [0, 9, 11],
        "docx",
        "iphone",
        ["高新区宣传稿{n}", "高新区活动周报道"],
        tail="\n\n发自我的iPhone",
    )
    _one_per_mail(
        b,
        u["dongping"],
        ["11-13 08:00", "11-14 08:00"],
        "python-docx",
        [6, 8],
        "docx",
        "android",
        ["东平县宣传材料（{n}）"],
        tail="\n\n发自我的华为手机",
    )
    _one_per_mail(
        b,
        u["fczz"],
        ["11-13 09:00", "11-14 09:00"],
        "lo-doc",
        [0, 11],
        "doc",
        "outlook",
        ["肥城职专宣传稿{n}"],
    )
    _one_per_mail(
        b,
        u["dyzjzx"],
        ["11-11 08:00", "11-12 08:00", "11-13 08:00"],
        "lo-pdf",
        [1, 3, 5],
        "pdf",
        "qqmail",
        ["岱岳职教中心宣传材料", "{s}活动周宣传稿{n}"],
    )
    _one_per_mail(
        b,
        u["tavtc"],
        ["11-09 08:40", "11-10 08:40", "11-11 08:40"],
        "lo-odt",
        [4, 6, 9],
        "odt",
        "applemail",
        ["泰安职院宣传稿（{n}）"],
    )
    _one_per_mail(
        b,
        u["taxxgc"],
        ["11-13 11:00", "11-14 11:00"],
        "chromium-pdf",
        [0, 7],
        "pdf",
        "applemail",
        ["信息工程学校宣传材料{n}"],
    )
    _one_per_mail(
        b,
        u["ningyang"],
        ["11-11 16:00", "11-12 16:00"],
        "lo-docx",
        [0, 0],
        "docx",
        "qqmail",
        ["宁阳县宣传稿", "宁阳县宣传稿（重发）"],
    )
    for it in b.items[-2:]:
        it.label["note"] = "the 11-09 PDF article again, as docx: the same article, counts once"


def extras2(b: Builder, u: dict[str, Unit]) -> None:
    """Personal addresses, a mail without subject, an unplaceable teacher, late articles."""
    ny = u["nyzz"]
    arts = b.articles(ny, "lo-docx", [4], "docx")
    compose(
        b,
        ny,
        t("11-12 13:20"),
        "宣传稿",
        ["宣传稿一篇。"],
        "coremail",
        arts,
        sender="zhanghui_ny@163.com",
        sender_name="张慧",
        sign=False,
        tail="\n\n宁阳县职业中等专业学校 信息中心 张慧",
        note="a teacher's personal 163 address; the unit only in the signature",
    )
    ws = u["tawsxx"]
    compose(
        b,
        ws,
        t("11-12 10:10"),
        "",
        ["宣传稿见附件。"],
        "outlook",
        b.articles(ws, "lo-docx", [8], "docx"),
        note="no subject",
    )
    photo = F("活动照片.png", Doc("png", "777"), "other", "")
    item = compose(
        b,
        ws,
        t("11-11 21:00"),
        "活动照片",
        ["活动照片一张。"],
        "qqmail",
        [photo],
        sender="845512093@qq.com",
        sender_name="",
        sign=False,
        note="a teacher nobody can place: no unit named anywhere",
        unassigned_ok=True,
    )
    item.label["unit"] = None
    item.label["files"][0]["unit"] = None
    ts = u["taishan"]
    _one_per_mail(
        b,
        ts,
        ["11-12 14:00", "11-13 14:00"],
        "chromium-pdf",
        [1, 3],
        "pdf",
        "outlook",
        ["泰山区活动周宣传材料（{n}）"],
    )
    tj = u["tsjgxx"]
    _one_per_mail(b, tj, ["11-15 09:00"], "lo-docx", [5], "docx", "qqmail", ["技工学校补报宣传稿"])
    b.items[-1].mail.to = "rsjzjk@ta.shandong.cn"
    b.items[-1].label["note"] = "an article after the week (already five in time)"
    sv = u["tsvtc"]
    _one_per_mail(
        b,
        sv,
        ["11-13 10:00", "11-14 16:00"],
        "lo-doc",
        [3, 8],
        "doc",
        "outlook",
        ["泰山职院宣传稿（{n}）"],
    )


def broken(b: Builder, u: dict[str, Unit]) -> None:
    """A fifth article that nobody can open: it does not complete the requirement."""
    ny = u["ningyang"]
    arts = b.articles(ny, "lo-docx", [3], "docx")
    arts[0].cut, arts[0].readable = True, False
    arts[0].note = "truncated in sending: nobody can open it"
    compose(
        b,
        ny,
        t("11-14 21:00"),
        "宁阳县宣传材料（第5篇）",
        ["第5篇宣传材料。"],
        "qqmail",
        arts,
        note="the fifth article is unreadable: articles stay partial",
    )
