"""Set11's schools. Shapes: a liaison and a backup in an Outlook table with a 宣传专栏网址
column (tzy); tab-separated fields and a column broken over a line, the home page in the
signature (tsvtc); the liaison as a sentence in the plan, the column in （） and 附件1.docx that
is the statistics (sdfzxy); a vertical xlsx 联络员 sheet, home page vs column (lmkj); a
key/value table inside the plan, WeChat and web column (tshl); 老师 after the name, a mobile
with hyphens, a query column, to the 人社局 (tajsxy); 附件1.docx that is a schedule table, a
填表人 who is not the liaison, an article page then the column (dyzj); a liaison and a backup in
one sentence, a bare-host column (xtzz); a vertical table with the column as a key/value row
(fczz); a 博达 list.jsp column, 同志 (nyzz); a contact table as a Calc PDF (dpzj); an LO xlsx
安排表 and the column only in the signature (jtzz); a percent-encoded column, a full-width ＠
and a later 联络员变更 (whys)."""

# ruff: noqa: E501  (the units' own wording: long Chinese lines are kept whole, not split mid-sentence)

from __future__ import annotations

from .build import Builder, F, person, send
from .c11 import arts, sheet_rows
from .mime import RSJ, outlook_html
from .tools11 import STAT_HEAD, U, art, cat, dx, dxpdf, html_body, html_page, html_table, lo, xl
from .words11 import art_text, plan, stat_row, summary


def _plan(uid: str, name: str, extra: list[list[object]] | None = None) -> F:
    u = U[uid]
    return cat(
        "plan",
        uid,
        name,
        dx(
            ["h", f"{u.name}2020年职业教育活动周实施方案"],
            *[["p", p] for p in plan("我校")],
            *(extra or []),
        ),
    )


def _summary(uid: str, name: str, nums: tuple[int, int, int, int, int], make: str = "docx") -> F:
    u = U[uid]
    title = f"{u.name}2020年职业教育活动周工作总结"
    if make == "docx":
        return cat(
            "summary", uid, name, dx(["h", title], *[["p", p] for p in summary("我校", nums)])
        )
    if make == "pdf":
        return cat(
            "summary", uid, name, dxpdf(["h", title], *[["p", p] for p in summary("我校", nums)])
        )
    return cat("summary", uid, name, lo(f"lo-{make}", html_page(title, summary("我校", nums))))


def _stats(
    uid: str, name: str, nums: tuple[int, int, int, int, int], make: str = "xlsx", note: str = ""
) -> F:
    rows = [STAT_HEAD, stat_row(U[uid].name, nums)]
    if make == "xlsx":
        return cat("statistics", uid, name, xl(rows), note)
    if make == "docx":
        return cat(
            "statistics", uid, name, dx(["p", "2020年职业教育活动周情况统计表"], ["t", rows]), note
        )
    prod = make if make.startswith("lo-") else f"lo-{make}"
    return cat("statistics", uid, name, lo(prod, sheet_rows(rows)), note)


def tzy(b: Builder) -> None:
    u = U["tzy"]
    rows = [
        ["", "姓名", "部门及职务", "手机", "邮箱", "宣传专栏网址"],
        [
            "联络员",
            "郑丽娜",
            "党政办公室副主任",
            "13562808817",
            "dzbgs@tzy.edu.cn",
            "https://www.tzy.edu.cn/zjhdz2020/",
        ],
        ["备用联系人", "邵华", "宣传部干事", "15069820034", "shaohua@tzy.edu.cn", ""],
    ]
    text = (
        "市教育局职成高教科：\n\n附件为我院活动周实施方案，联络员情况如下表：\n\n"
        + "\n".join("\t".join(r) for r in rows)
        + "\n\n泰安职业技术学院党政办公室"
    )
    html = outlook_html(
        "市教育局职成高教科：\n\n附件为我院活动周实施方案，联络员情况如下表："
    ).replace(
        "</div></body>",
        html_table(rows, "border-collapse:collapse;border:none")
        + "<p class=MsoNormal>泰安职业技术学院党政办公室</p></div></body>",
    )
    send(
        b,
        u,
        "11-04 16:22",
        "outlook",
        "泰安职业技术学院活动周实施方案及联络员",
        text,
        [_plan("tzy", "泰安职业技术学院2020年职业教育活动周实施方案.docx")],
        html=html,
        liaison=person("", "郑丽娜", "党政办公室副主任", "dzbgs@tzy.edu.cn", "13562808817"),
        column_url="https://www.tzy.edu.cn/zjhdz2020/",
        note="a liaison and a backup in a table pasted into Outlook's HTML; the column in a cell",
    )
    send(b, u, "11-09 17:45", "outlook", "泰职院活动周通讯稿", "通讯稿3篇", arts("tzy", range(3)))
    send(
        b,
        u,
        "11-12 08:30",
        "outlook",
        "泰职院活动周通讯稿",
        "再报3篇（第一篇前次已报，略有修改）",
        arts("tzy", [2, 3, 4]),
        note="the first file resent under the same name counts once",
    )
    nums = (18, 12, 8800, 1500, 21)
    send(
        b,
        u,
        "11-16 14:10",
        "outlook",
        "泰职院活动周总结报告、统计表",
        "",
        [
            _summary("tzy", "活动周总结.pdf", nums, "pdf"),
            _stats("tzy", "统计表.xlsx", nums, "lo-xlsx"),
        ],
    )


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    send(
        b,
        u,
        "11-05 14:58",
        "thunderbird",
        "泰山职业技术学院职教活动周方案",
        "您好，\n\n附件是我院职教活动周活动安排。联络员信息：\n\n"
        "联络员\t孙海燕\n职务\t宣传部干事\n手机\t15275839902\n邮箱\txcb@tsvtc.edu.cn\n\n"
        "活动周专栏：https://www.tsvtc.edu.cn/xcb/2020zjhdz/\nindex.htm\n\n"
        "-- \n泰山职业技术学院 宣传部\nhttp://www.tsvtc.edu.cn\n",
        [
            cat(
                "plan",
                "tsvtc",
                "活动周活动安排.odt",
                lo(
                    "lo-odt",
                    html_page("泰山职业技术学院2020年职业教育活动周活动安排", plan("我院")),
                ),
            )
        ],
        liaison=person("", "孙海燕", "宣传部干事", "xcb@tsvtc.edu.cn", "15275839902"),
        column_url="https://www.tsvtc.edu.cn/xcb/2020zjhdz/index.htm",
        note="label and value separated by a tab; the column broken over a line; the home page in the signature",
    )
    send(b, u, "11-11 10:40", "thunderbird", "泰山职院宣传材料", "", arts("tsvtc", range(5), "pdf"))
    nums = (15, 10, 6400, 1100, 17)
    send(
        b,
        u,
        "11-16 16:00",
        "thunderbird",
        "泰山职院活动周总结",
        "总结与统计表。",
        [
            _summary("tsvtc", "总结报告.odt", nums, "odt"),
            _stats("tsvtc", "统计表.ods", nums, "ods"),
        ],
    )


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    extra = [
        [
            "p",
            "六、联络员：学院联络员为党政办公室主任高红梅，联系电话13605381123，邮箱sdfzxy_dzb@163.com。",
        ]
    ]
    send(
        b,
        u,
        "11-05 10:10",
        "snail",
        "山东服装职业学院报送活动周方案",
        "市教育局职成高教科：\n我院活动周方案见附件，专栏链接（https://www.sdfzxy.edu.cn/zjhdz/）。\n山东服装职业学院党政办",
        [_plan("sdfzxy", "方案.docx", extra)],
        liaison=person("", "高红梅", "党政办公室主任", "sdfzxy_dzb@163.com", "13605381123"),
        column_url="https://www.sdfzxy.edu.cn/zjhdz/",
        note="the liaison as a sentence in the plan; the column inside full-width brackets",
    )
    send(
        b,
        u,
        "11-10 15:12",
        "snail",
        "服装学院美篇稿件",
        "美篇：\n\n" + art_text(u.name, "服装学院", 0) + "\n\n其余稿件见附件。",
        arts("sdfzxy", range(1, 5)),
        body_article=True,
    )
    nums = (12, 8, 4300, 600, 14)
    send(
        b,
        u,
        "11-16 17:30",
        "snail",
        "服装学院总结",
        "总结报告及附件1。",
        [
            _summary("sdfzxy", "2020年职业教育活动周工作总结.docx", nums),
            _stats("sdfzxy", "附件1.docx", nums, "docx", "附件1 is the statistics as a docx table"),
        ],
    )


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    vert = [
        ["单位", "山东力明科技职业学院"],
        ["姓名", "吴建平"],
        ["职务", "宣传处处长"],
        ["邮箱", "lmxy_xcc@126.com"],
        ["手机号码", "15865385521"],
    ]
    send(
        b,
        u,
        "11-03 09:55",
        "neomutt",
        "力明学院活动周方案和联络员",
        "职成高教科：\n方案、联络员信息表见附件。\n学院主页 http://www.sdlmkj.com ，活动周专栏 http://www.sdlmkj.com/zjhdz/ 。\n力明学院宣传处",
        [
            cat(
                "plan",
                "lmkj",
                "力明学院职教活动周工作方案.doc",
                lo("lo-doc", html_page("山东力明科技职业学院职业教育活动周工作方案", plan("学院"))),
            ),
            cat(
                "contact",
                "lmkj",
                "联络员.xlsx",
                xl(vert, sheet="联络员"),
                note="a vertical two-column sheet",
            ),
        ],
        liaison=person(
            "山东力明科技职业学院", "吴建平", "宣传处处长", "lmxy_xcc@126.com", "15865385521"
        ),
        column_url="http://www.sdlmkj.com/zjhdz/",
        note="the home page before the column",
    )
    send(b, u, "11-12 11:11", "neomutt", "力明学院稿件", "", arts("lmkj", range(5)))
    nums = (9, 14, 5200, 900, 12)
    send(
        b,
        u,
        "11-16 10:20",
        "neomutt",
        "力明学院活动周总结与统计",
        "",
        [_summary("lmkj", "工作总结.docx", nums), _stats("lmkj", "统计.xls", nums, "xls")],
    )


def tshl(b: Builder) -> None:
    u = U["tshl"]
    kv = [
        [
            "t",
            [
                ["联络员信息", ""],
                ["单位", "泰山护理职业学院"],
                ["联络员", "冯晓丽"],
                ["职务", "宣传部部长"],
                ["邮箱", "xcb@tshlzy.edu.cn"],
                ["手机", "13853821187"],
            ],
        ]
    ]
    send(
        b,
        u,
        "11-04 11:30",
        "foxmail",
        "泰山护理职业学院职教活动周方案",
        "方案中含联络员信息。活动周专栏：http://www.tshlzy.edu.cn/2020zjz/list.htm\n"
        "同时在学院微信公众号“泰山护理职业学院”（tshlzyxy）同步推送。",
        [_plan("tshl", "泰山护理职业学院职业教育活动周方案.docx", kv)],
        liaison=person(
            "泰山护理职业学院", "冯晓丽", "宣传部部长", "xcb@tshlzy.edu.cn", "13853821187"
        ),
        column_url="http://www.tshlzy.edu.cn/2020zjz/list.htm",
        note="a key/value table inside the plan; a web column and a WeChat account",
    )
    send(b, u, "11-10 14:00", "foxmail", "泰护稿件1-3", "", arts("tshl", range(3)))
    send(b, u, "11-13 14:00", "foxmail", "泰护稿件4-5", "", arts("tshl", [3, 4]))
    nums = (11, 19, 4800, 2300, 15)
    send(
        b,
        u,
        "11-15 20:30",
        "foxmail",
        "泰护活动周开展情况",
        "开展情况和统计表。",
        [_summary("tshl", "开展情况.docx", nums), _stats("tshl", "统计表.xlsx", nums)],
    )


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    send(
        b,
        u,
        "11-05 16:40",
        "py-smtp",
        "泰安技师学院职业教育活动周方案",
        "市人社局职建科：\n\n我院活动周方案见附件。\n联络员：周建军老师（教务处副处长）  手机号码：139-5385-7720  邮箱：jsxy_xcb@163.com\n"
        "学院活动周专栏：http://www.tajsxy.com/list.asp?classid=38\n\n泰安技师学院",
        [
            cat(
                "plan",
                "tajsxy",
                "泰安技师学院职业教育活动周方案.pdf",
                lo("lo-pdf", html_page("泰安技师学院2020年职业教育活动周方案", plan("我院"))),
            )
        ],
        to=RSJ,
        liaison=person("", "周建军", "教务处副处长", "jsxy_xcb@163.com", "13953857720"),
        column_url="http://www.tajsxy.com/list.asp?classid=38",
        note="老师 after the name, the 职务 in brackets, a hyphenated mobile; to the 人社局",
    )
    send(
        b,
        u,
        "11-11 09:00",
        "py-smtp",
        "技师学院宣传材料（5篇）",
        "",
        arts("tajsxy", range(5)),
        to=RSJ,
    )
    nums = (6, 15, 3900, 1700, 9)
    send(
        b,
        u,
        "11-16 15:00",
        "py-smtp",
        "技师学院活动周总结、统计表",
        "",
        [
            _summary("tajsxy", "技师学院活动周总结.doc", nums, "doc"),
            _stats("tajsxy", "技师学院统计表.xlsx", nums),
        ],
        to=RSJ,
    )


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    sched = [
        ["时间", "活动", "地点", "负责部门"],
        ["11月8日", "启动仪式", "学校操场", "办公室"],
        ["11月9日-13日", "专业技能展示周", "实训楼", "教务处"],
        ["11月10日", "技能下乡", "道朗镇", "农学部"],
    ]
    contact = [
        ["单位", "姓名", "职务", "手机", "邮箱"],
        ["岱岳区职业教育中心", "马强", "办公室副主任", "18266537710", "dyzjzx@126.com"],
    ]
    send(
        b,
        u,
        "11-03 16:18",
        "coremail",
        "岱岳区职教中心活动周材料",
        "附件1：活动安排；附件2：联络员信息。\n学校已在校园网发布活动周启动通知："
        "http://www.dyzjzx.cn/news/2020-11-03/1123.html",
        [
            cat(
                "plan",
                "dyzj",
                "附件1.docx",
                dx(["p", "岱岳区职业教育中心2020年职业教育活动周活动安排"], ["t", sched]),
                note="附件1 that is a schedule table",
            ),
            cat(
                "contact",
                "dyzj",
                "附件2.docx",
                dx(["t", contact], ["p", "填表人：李娜    填表日期：2020年11月3日"]),
                note="a 填表人 who is not the liaison",
            ),
        ],
        liaison=person(
            "岱岳区职业教育中心", "马强", "办公室副主任", "dyzjzx@126.com", "18266537710"
        ),
        note="the link is a news page about the week, not the column",
    )
    send(
        b,
        u,
        "11-06 08:55",
        "coremail",
        "职教中心活动周专栏网址",
        "专栏网址：http://www.dyzjzx.cn/zjhdz/",
        column_url="http://www.dyzjzx.cn/zjhdz/",
        note="the column the day after the deadline",
    )
    send(b, u, "11-12 16:30", "coremail", "职教中心稿件", "", arts("dyzj", range(5), "doc"))
    nums = (7, 10, 2600, 450, 8)
    send(
        b,
        u,
        "11-16 12:00",
        "coremail",
        "岱岳区职教中心总结",
        "",
        [_summary("dyzj", "总结.docx", nums), _stats("dyzj", "情况统计表.xlsx", nums)],
    )


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl, tajsxy, dyzj]
_ = (art, html_body)
