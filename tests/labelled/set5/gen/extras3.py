"""Set5's last shapes: a liaison sheet with 分管领导 and 联络员 (Calc xlsx), a county table
with units as columns, a zip with GBK member names, an Apple Mail format=flowed article, a
forward by the 人社局, spoofs, and more articles one a mail."""

from __future__ import annotations

import random

from . import texts
from .build import Builder, F, Item, Unit, compose, t
from .docs import Doc
from .mime import RSJ, Mail
from .schools import _one_per_mail


def extras3(b: Builder, u: dict[str, Unit]) -> None:
    """Every shape of this module, in story order."""
    sv = u["tsvtc"]
    html = (
        "<html><head><meta charset='utf-8'></head><body><table border='1'>"
        "<tr><td>类别</td><td>姓名</td><td>职务</td><td>邮箱</td><td>手机号码</td></tr>"
        "<tr><td>分管领导</td><td>许长河</td><td>党委副书记</td><td>xuch@tsvtc.edu.cn</td>"
        "<td>13905380011</td></tr>"
        "<tr><td>联络员</td><td>吴海峰</td><td>党委宣传部副部长</td><td>wuhf@tsvtc.edu.cn</td>"
        "<td>13905481277</td></tr></table><p>填报单位：泰山职业技术学院</p></body></html>"
    )
    p = b.person(sv, "吴海峰", "党委宣传部副部长", "wuhf@tsvtc.edu.cn", "13905481277")
    compose(
        b,
        sv,
        t("11-05 09:40"),
        "泰山职院活动周联络员信息表",
        ["联络员信息表见附件。"],
        "outlook",
        [
            F(
                "泰山职业技术学院联络员信息表.xlsx",
                Doc("lo-xlsx", html),
                "contact",
                sv.id,
                note="分管领导 and 联络员 rows: the liaison is the 联络员",
            )
        ],
        liaison=p,
        note="the leader in charge is not the liaison",
    )

    fc = u["feicheng"]
    rng = random.Random(501)
    cols = ["肥城市教体局（机关）", "肥城市职业中等专业学校", "肥城市高级技工学校"]
    vals = [texts.numbers(rng) for _ in cols]
    rows = [["肥城市2020年职业教育活动周情况统计表", "", "", "", ""], ["项目", *cols, "合计"]]
    for k, h in enumerate(texts.STAT_HEADERS):
        rows.append([h, *[v[k] for v in vals], sum(v[k] for v in vals)])
    compose(
        b,
        fc,
        t("11-16 15:30"),
        "肥城市活动周统计表（全市汇总）",
        ["全市汇总表，单位为列。"],
        "coremail",
        [
            F(
                "肥城市活动周统计汇总（按单位）.xlsx",
                Doc("openpyxl", {"sheet": "汇总", "rows": rows, "merge": ["A1:E1"]}),
                "statistics",
                fc.id,
                note="units as columns, indicators as rows",
            )
        ],
        note="a county table with units as columns and a totals column",
    )

    dp = u["dpzjzx"]
    members = b.articles(dp, "lo-docx", [0, 2, 6], "docx")
    z = F(
        "东平职教中心宣传稿.zip",
        Doc("zip-gbk", "", tuple((m.name, m.doc) for m in members)),
        "article",
        dp.id,
    )
    item = compose(
        b,
        dp,
        t("11-11 17:30"),
        "东平职教中心宣传稿（压缩包）",
        ["3篇宣传稿。"],
        "foxmail",
        [z],
        containers=["东平职教中心宣传稿.zip"],
    )
    item.label["files"] = [
        {
            "name": m.name,
            "category": "article",
            "unit": dp.id,
            "readable": True,
            "producer": "LibreOffice docx (zip, GBK names)",
        }
        for m in members
    ]

    ta = u["tavtc"]
    title, paras = texts.article(ta.short, b.rng, 10)
    long = " ".join(paras * 2)
    compose(
        b,
        ta,
        t("11-13 20:10"),
        f"稿件：{title}",
        [title, long],
        "applemail",
        body_article=True,
        note="article pasted as format=flowed quoted-printable text",
    )

    tj = u["tsjgxx"]
    st = b.stats(tj, "merged", "泰山技工学校统计表（更正）.xlsx", 502)
    inner = Item(
        Mail(
            f"inner-rsj-{tj.id}",
            t("11-16 09:00"),
            tj.email,
            tj.name,
            "山东泰山技工学校统计表（更正）",
            "市人社局职建科：\n统计表更正版见附件。\n山东泰山技工学校",
            client="qqmail",
            to=RSJ,
        ),
        {},
        [st],
    )
    rsj = Unit("rsj", "泰安市人力资源和社会保障局职建科", "市人社局", "rsj_zjk@ta.shandong.cn")
    item = compose(
        b,
        rsj,
        t("11-16 11:40"),
        "转发：山东泰山技工学校统计表（更正）",
        ["转市教育局职成高教科。"],
        "outlook",
        [st],
        sign=True,
        forwarded="山东泰山技工学校统计表（更正）",
        note="the 人社局 forwards a technical school's mail: the school's file",
    )
    item.inner = inner
    item.label["unit"] = tj.id
    item.label["files"][0]["unit"] = tj.id

    for slug, addr, subj in (
        ("sp1", "xcb@tsvtc.edu.cn", "泰山职院活动周总结（请点击下载）"),
        ("sp2", "bgs@tajsxy.cn", "泰安技师学院：活动周材料在线查看"),
    ):
        b.add(
            Mail(
                f"spoof-{slug}",
                t("11-15 03:10"),
                addr,
                "",
                subj,
                "材料过大，请点击 http://file-share-cn.top/d/8812 登录邮箱账号下载。",
                client="python",
                extra_headers=[
                    (
                        "Authentication-Results",
                        f"mail.ta.shandong.cn; spf=fail smtp.mailfrom={addr}; dkim=none; "
                        "dmarc=fail header.from=" + addr.split("@")[1],
                    )
                ],
            ),
            "spoof",
            note="a phishing mail spoofing a registered address (dmarc=fail)",
        )

    _one_per_mail(
        b,
        u["tshlxy"],
        ["11-11 16:00", "11-12 16:00"],
        "lo-docx",
        [4, 11],
        "docx",
        "iphone",
        ["护理职院宣传稿（{n}）"],
        tail="\n\n发自我的iPhone",
    )
    _one_per_mail(
        b,
        u["xtzz"],
        ["11-13 18:00", "11-14 18:00"],
        "lo-odt",
        [5, 7],
        "odt",
        "android",
        ["新泰职专宣传稿{n}"],
        tail="\n\n发自我的华为手机",
    )
    _one_per_mail(
        b, u["sdfzxy"], ["11-14 15:00"], "chromium-pdf", [3], "pdf", "foxmail", ["服装职院宣传稿"]
    )
    _one_per_mail(
        b,
        u["xintai"],
        ["11-11 09:00", "11-12 09:00"],
        "python-docx",
        [2, 3],
        "docx",
        "applemail",
        ["新泰市教体局宣传稿{n}"],
    )
    _one_per_mail(
        b, u["nyzz"], ["11-14 20:00"], "lo-pdf", [11], "pdf", "mailmaster-raw", ["宁阳职专宣传稿"]
    )
    _one_per_mail(
        b, u["tajsxy"], ["11-14 09:30"], "lo-docx", [6], "docx", "coremail", ["技师学院宣传材料6"]
    )
    b.items[-1].mail.to = RSJ
    _one_per_mail(
        b,
        u["daiyue"],
        ["11-12 08:30", "11-14 08:30"],
        "lo-docx",
        [6, 9],
        "docx",
        "foxmail",
        ["岱岳区宣传材料{n}"],
    )
