"""Set11's schools, second part (xtzz, fczz, nyzz, dpzj, jtzz, whys): shapes in s11's docstring."""

# ruff: noqa: E501  (the units' own wording: long Chinese lines are kept whole, not split mid-sentence)

from __future__ import annotations

from .build import Builder, F, person, send
from .c11 import arts, sheet_rows
from .s11 import _plan, _stats, _summary
from .tools11 import STAT_HEAD, U, cat, dx, html_body, html_table, lo
from .words11 import plan, stat_row, summary


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    send(
        b,
        u,
        "11-05 08:20",
        "nodemailer",
        "新泰职专活动周方案",
        "市教育局职成高教科：\n我校活动周方案附后。联络员为办公室主任徐海涛（手机13793836652，邮箱xtzz_bgs@163.com），"
        "另请徐主任不在时联系办公室干事田甜（手机15288691203）。\n专栏网址：xtzz.net/zjhdz\n新泰市职业中等专业学校",
        [_plan("xtzz", "新泰职专活动周方案.docx")],
        liaison=person("", "徐海涛", "办公室主任", "xtzz_bgs@163.com", "13793836652"),
        column_url="xtzz.net/zjhdz",
        note="a liaison and a backup in one sentence; a bare-host column",
    )
    send(b, u, "11-13 09:30", "nodemailer", "新泰职专新闻稿", "", arts("xtzz", range(5)))
    nums = (9, 9, 3100, 880, 7)
    send(
        b,
        u,
        "11-17 08:40",
        "nodemailer",
        "新泰职专总结（补报）",
        "统计表和总结。",
        [
            _stats("xtzz", "新泰职专.xlsx", nums, note="a file named only for the school"),
            _summary("xtzz", "新泰职专总结.docx", nums),
        ],
    )


def fczz(b: Builder) -> None:
    u = U["fczz"]
    vert = [
        ["联络员信息"],
        ["单位名称", "肥城市职业中等专业学校"],
        ["联络员姓名", "高振"],
        ["职务", "团委书记"],
        ["电子邮箱", "fczz@ta.shandong.cn"],
        ["手机号码", "13605385540"],
        ["宣传专栏网址", "http://www.fczz.cn/zjz/"],
    ]
    vert = [r if len(r) == 2 else [r[0], ""] for r in vert]
    send(
        b,
        u,
        "11-04 09:15",
        "py-compat32",
        "肥城职专活动周工作安排及附件2",
        "附件为我校工作安排及附件2。",
        [
            cat(
                "plan",
                "fczz",
                "工作安排.docx",
                dx(
                    ["h", "肥城市职业中等专业学校职业教育活动周工作安排"],
                    *[["p", p] for p in plan("我校")],
                ),
            ),
            cat(
                "contact",
                "fczz",
                "附件2.docx",
                dx(["p", "附件2"], ["t", vert]),
                note="a vertical table whose last row is the column",
            ),
        ],
        liaison=person(
            "肥城市职业中等专业学校", "高振", "团委书记", "fczz@ta.shandong.cn", "13605385540"
        ),
        column_url="http://www.fczz.cn/zjz/",
        note="the column as a key/value row of the contact table",
    )
    send(b, u, "11-10 10:00", "py-compat32", "肥城职专通讯稿", "", arts("fczz", range(3), "doc"))
    send(
        b,
        u,
        "11-15 09:00",
        "py-compat32",
        "肥城职专通讯稿",
        "",
        arts("fczz", [3, 4], "doc"),
        note="the fourth and fifth article after 11-14: late",
    )
    nums = (5, 8, 2200, 390, 6)
    send(
        b,
        u,
        "11-16 17:50",
        "py-compat32",
        "肥城职专活动周总结",
        "",
        [
            _summary("fczz", "肥城职专活动周总结.docx", nums),
            _stats("fczz", "统计表.ods", nums, "ods"),
        ],
    )


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    url = "http://www.nyzz.net/list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1035"
    send(
        b,
        u,
        "11-05 17:40",
        "win10",
        "宁阳职专职教活动周方案",
        f"职成高教科：\n宁阳职专活动周方案见附件，联络员张伟同志，教务处主任，13964872201，nyzz_jwc@163.com。\n"
        f"我校活动周专题网址 {url}\n宁阳县职业中等专业学校",
        [_plan("nyzz", "活动方案.docx")],
        liaison=person("", "张伟", "教务处主任", "nyzz_jwc@163.com", "13964872201"),
        column_url=url,
        note="同志 after the name; a 博达 list.jsp column with & in the query",
    )
    send(b, u, "11-11 14:25", "win10", "宁阳职专宣传稿件", "", arts("nyzz", range(5)))
    nums = (6, 7, 1900, 300, 5)
    send(
        b,
        u,
        "11-16 11:00",
        "win10",
        "宁阳职专总结报告",
        "活动周总结报告，统计数据在报告中。",
        [
            F(
                "宁阳职专活动周总结报告.docx",
                dx(
                    ["h", "宁阳县职业中等专业学校职业教育活动周总结报告"],
                    *[["p", p] for p in summary("我校", nums)],
                    ["p", "附件"],
                    ["p", "2020年职业教育活动周情况统计表"],
                    ["t", [STAT_HEAD, stat_row(u.name, nums)]],
                ),
                "summary",
                "nyzz",
                also=("statistics",),
                note="the statistics table is the summary's 附件",
            )
        ],
    )


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    rows = [
        ["单位", "姓名", "职务", "邮箱", "手机号码"],
        ["东平县职业教育中心学校", "石磊", "办公室主任", "dpzjzx@126.com", "18853806129"],
    ]
    send(
        b,
        u,
        "11-05 15:05",
        "coremail",
        "东平职教中心活动周方案、联络员",
        "方案和联络员表见附件，我校专栏：http://www.dpzjzx.cn/hdz2020/",
        [
            _plan("dpzj", "东平职教中心活动周方案.docx"),
            cat(
                "contact",
                "dpzj",
                "联络员.pdf",
                lo("lo-calcpdf", sheet_rows(rows)),
                note="a Calc table exported to PDF",
            ),
        ],
        liaison=person(
            "东平县职业教育中心学校", "石磊", "办公室主任", "dpzjzx@126.com", "18853806129"
        ),
        column_url="http://www.dpzjzx.cn/hdz2020/",
    )
    send(b, u, "11-12 09:40", "coremail", "东平职教中心稿件", "四篇", arts("dpzj", range(4), "odt"))
    nums = (4, 6, 1400, 260, 4)
    send(
        b,
        u,
        "11-16 17:00",
        "coremail",
        "东平职教中心总结",
        "",
        [
            _summary("dpzj", "东平职教中心总结.docx", nums),
            _stats("dpzj", "东平职教中心统计表.xls", nums, "xls"),
        ],
    )


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    sched = [
        ["序号", "日期", "活动项目", "参与对象", "责任处室"],
        ["1", "11.8", "启动仪式暨技能展示", "全体师生", "学生处"],
        ["2", "11.9-11.13", "汽修服务进社区", "汽修专业", "汽修系"],
        ["3", "11.12", "家长开放日", "家长", "招生办"],
    ]
    rows = [
        ["联系人", "职务", "手机", "邮箱"],
        ["刘洋", "办公室主任", "13562839901", "jtzz_xcb@163.com"],
    ]
    sig = "\n——————————\n泰安市交通职业中等专业学校 办公室\n活动周专栏 http://www.tajtzz.com/zjhdz/\n电话 0538-6217730"
    html = html_body(
        [
            "市局职成高教科：",
            "附件是我校活动周活动安排表，联系人信息如下：",
            html_table(rows),
            "",
            *sig.strip("\n").split("\n"),
        ]
    )
    send(
        b,
        u,
        "11-05 12:12",
        "android",
        "交通职专活动周安排表",
        "市局职成高教科：\n附件是我校活动周活动安排表，联系人信息如下：\n联系人 职务 手机 邮箱\n刘洋 办公室主任 13562839901 jtzz_xcb@163.com\n"
        + sig,
        [
            cat(
                "plan",
                "jtzz",
                "活动周安排表.xlsx",
                lo("lo-xlsx", sheet_rows(sched)),
                note="a Calc schedule is the plan",
            )
        ],
        html=html,
        liaison=person("", "刘洋", "办公室主任", "jtzz_xcb@163.com", "13562839901"),
        column_url="http://www.tajtzz.com/zjhdz/",
        note="the column only in the signature",
    )
    send(b, u, "11-10 11:30", "android", "交通职专稿件", "", arts("jtzz", range(5)))
    nums = (8, 12, 2700, 1600, 10)
    send(
        b,
        u,
        "11-16 16:10",
        "android",
        "交通职专总结+统计",
        "",
        [
            _summary("jtzz", "交通职专活动周总结.pdf", nums, "pdf"),
            _stats("jtzz", "交通职专统计表.xlsx", nums),
        ],
    )


def whys(b: Builder) -> None:
    u = U["whys"]
    url = "https://www.taws.cn/zt/%E8%81%8C%E6%95%99%E6%B4%BB%E5%8A%A8%E5%91%A8/"
    send(
        b,
        u,
        "11-04 13:45",
        "coremail",
        "泰安文艺学校活动周方案",
        f"您好！\n我校活动周方案见附件。\n联络员：姜雪老师，团委书记，手机13805381234，邮箱 whys_bgs＠126.com\n专栏：{url}\n泰安市文化艺术学校",
        [_plan("whys", "方案.docx")],
        liaison=person("", "姜雪", "团委书记", "whys_bgs@126.com", "13805381234"),
        column_url=url,
        note="a full-width ＠; a percent-encoded column path",
    )
    send(
        b,
        u,
        "11-09 10:00",
        "coremail",
        "联络员变更",
        "原联络员姜雪老师休产假，活动周期间联络员改为\n"
        "姓名 王蕾\n职务 办公室干事\n手机 15762855093\n邮箱 wanglei_ws@163.com",
        liaison=person("", "王蕾", "办公室干事", "wanglei_ws@163.com", "15762855093"),
        note="联络员变更",
    )
    send(b, u, "11-12 15:15", "coremail", "文艺学校稿件", "", arts("whys", range(5)))
    nums = (10, 6, 1800, 2100, 9)
    send(
        b,
        u,
        "11-16 09:50",
        "coremail",
        "文艺学校活动周总结",
        "",
        [
            _summary("whys", "文艺学校活动周总结.docx", nums),
            _stats("whys", "文艺学校统计表.xlsx", nums),
        ],
    )


STORIES = [xtzz, fczz, nyzz, dpzj, jtzz, whys]
