"""Set11's county bureaus, second part (ningyang, dongping, gaoxin): shapes in c11's docstring."""

# ruff: noqa: E501  (the units' own wording: long Chinese lines are kept whole, not split mid-sentence)

from __future__ import annotations

from .build import Builder, person, send
from .c11 import arts
from .tools11 import STAT_HEAD, U, art, cat, dx, dxpdf, html_page, lo, xl
from .words11 import art_blocks, plan, stat_row, summary


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    send(
        b,
        u,
        "11-05 09:40",
        "foxmail",
        "宁阳县职教活动周方案",
        "市局职成高教科：\n    宁阳县活动周实施方案已随附件报送。\n    联络员：赵明主任（县教体局职成教股股长）\n"
        "    办公电话：0538-5621034  手机：138 5386 2190\n    邮箱：nyjtj（at）126.com\n"
        "    我县活动周宣传主要依托“宁阳教育”微信公众号进行。\n\n宁阳县教育和体育局",
        [
            cat(
                "plan",
                "ningyang",
                "宁阳县职业教育活动周实施方案.docx",
                dx(["h", "宁阳县2020年职业教育活动周实施方案"], *[["p", p] for p in plan("我县")]),
            )
        ],
        liaison=person("", "赵明", "县教体局职成教股股长", "nyjtj@126.com", "13853862190"),
        wechat_only=True,
        note="a landline beside a mobile written in groups; the email with （at）; WeChat only",
    )
    send(
        b,
        u,
        "11-12 10:15",
        "foxmail",
        "宁阳县稿件",
        "宁阳县宣传材料4篇",
        arts("ningyang", range(4)),
    )
    nums = (5, 9, 2100, 530, 4)
    send(
        b,
        u,
        "11-17 09:10",
        "foxmail",
        "宁阳县职教活动周工作总结（迟报）",
        "迟报了，抱歉。",
        [
            cat(
                "summary",
                "ningyang",
                "宁阳县职教活动周工作总结.docx",
                dx(
                    ["h", "宁阳县2020年职业教育活动周工作总结"],
                    *[["p", p] for p in summary("我县", nums)],
                ),
            )
        ],
    )


def dongping(b: Builder) -> None:
    u = U["dongping"]
    rows = [
        ["东平县职业教育活动周联络员信息表"] + [""] * 5,
        ["类别", "单位", "姓名", "职务", "手机", "邮箱"],
        ["分管领导", "东平县教育和体育局", "韩振东", "副局长", "13905489921", ""],
        [
            "联络员",
            "东平县教育和体育局",
            "孙雪梅",
            "职成股科员",
            "15169869013",
            "dpxjtj_zcg@163.com",
        ],
    ]
    send(
        b,
        u,
        "11-04 15:50",
        "coremail",
        "东平县职业教育活动周方案及联络员信息表",
        "附件是东平县的方案和联络员信息表。\n县教体局专栏：http://www.dongping.gov.cn/zjhdz/ ；"
        "县职教中心专栏：http://www.dpzjzx.cn/hdz2020/ ；县技工学校专栏正在建设。\n东平县教体局职成股",
        [
            cat(
                "plan",
                "dongping",
                "东平县职教活动周工作方案.doc",
                lo("lo-doc", html_page("东平县2020年职业教育活动周工作方案", plan("我县"))),
            ),
            cat(
                "contact",
                "dongping",
                "联络员信息表.xlsx",
                xl(rows, merge=["A1:F1"]),
                note="a 分管领导 row above the 联络员 row",
            ),
        ],
        liaison=person(
            "东平县教育和体育局", "孙雪梅", "职成股科员", "dpxjtj_zcg@163.com", "15169869013"
        ),
        column_url="http://www.dongping.gov.cn/zjhdz/",
        note="the county's column followed by its schools' columns",
    )
    send(
        b,
        u,
        "11-11 16:00",
        "coremail",
        "东平县活动周简报第1期",
        "简报第1期（两篇）、稿件一篇。",
        [
            art(
                "dongping",
                "东平县职教活动周简报第1期.docx",
                dx(
                    ["h", "东平县职业教育活动周简报 第1期"],
                    *art_blocks(u.name, "东平县", 0)[0:3],
                    *art_blocks(u.name, "东平县", 1)[0:3],
                ),
                count=2,
            ),
            *arts("dongping", [2]),
        ],
    )
    send(
        b,
        u,
        "11-14 18:30",
        "coremail",
        "东平县活动周简报第2期",
        "",
        [
            art(
                "dongping",
                "东平县职教活动周简报第2期.docx",
                dx(
                    ["h", "东平县职业教育活动周简报 第2期"],
                    *art_blocks(u.name, "东平县", 3)[0:3],
                    *art_blocks(u.name, "东平县", 4)[0:3],
                ),
                count=2,
            )
        ],
    )
    nums = (6, 12, 3300, 760, 8)
    send(
        b,
        u,
        "11-16 16:45",
        "coremail",
        "东平县职教活动周总结及统计表",
        "总结、统计表各一份。",
        [
            cat(
                "summary",
                "dongping",
                "东平县职教活动周总结.docx",
                dx(
                    ["h", "东平县2020年职业教育活动周总结"],
                    *[["p", p] for p in summary("我县", nums)],
                ),
            ),
            cat(
                "statistics",
                "dongping",
                "2020年职业教育活动周情况统计表.xlsx",
                xl(
                    [
                        STAT_HEAD,
                        stat_row("东平县", nums),
                        [],
                        ["填表人：刘倩", "", "联系电话：0538-2821156"],
                    ]
                ),
                note="a 填表人 (not the liaison) under the table",
            ),
        ],
    )


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    send(
        b,
        u,
        "11-04 10:30",
        "coremail-gov",
        "高新区职业教育活动周方案",
        "市教育局：\n我区方案见附件。\n联系人：陈静同志，职务：社会事业局教育办科员，手机：+86 159 0538 8172，"
        "邮箱：gxqjtj@ta.shandong.cn，座机：0538-8928105。\n专栏网址：http://www.tagx.gov.cn/col/col45012/index.html。\n\n"
        "泰安高新区社会事业局（教体局）",
        [
            cat(
                "plan",
                "gaoxin",
                "高新区活动周方案.docx",
                dx(["h", "泰安高新区2020年职业教育活动周方案"], *[["p", p] for p in plan("我区")]),
            )
        ],
        liaison=person("", "陈静", "社会事业局教育办科员", "gxqjtj@ta.shandong.cn", "15905388172"),
        column_url="http://www.tagx.gov.cn/col/col45012/index.html",
        note="a +86 mobile in groups; the column followed by a full-width 。",
    )
    send(
        b,
        u,
        "11-10 09:05",
        "coremail-gov",
        "高新区职教周宣传稿",
        "",
        arts("gaoxin", range(3), "pdf"),
    )
    send(
        b,
        u,
        "11-12 15:40",
        "coremail-gov",
        "关于变更高新区职教活动周联络员的函",
        "市教育局职成高教科：\n因工作调整，我区职业教育活动周联络员由陈静同志变更为韩磊同志。\n"
        "韩磊，社会事业局教育办副主任，手机13953876640，邮箱hanlei_gx@163.com。\n特此函告。\n"
        "泰安高新区社会事业局",
        liaison=person("", "韩磊", "社会事业局教育办副主任", "hanlei_gx@163.com", "13953876640"),
        note="联络员变更 later in the month",
    )
    send(
        b,
        u,
        "11-14 16:20",
        "coremail-gov",
        "高新区稿件（续）",
        "韩磊",
        arts("gaoxin", [3, 4], "pdf"),
    )
    nums = (4, 7, 1500, 420, 6)
    send(
        b,
        u,
        "11-16 09:30",
        "coremail-gov",
        "高新区职教活动周总结",
        "总结、统计表。",
        [
            cat(
                "summary",
                "gaoxin",
                "高新区职教活动周总结.pdf",
                dxpdf(
                    ["h", "泰安高新区2020年职业教育活动周总结"],
                    *[["p", p] for p in summary("我区", nums)],
                ),
            ),
            cat(
                "statistics",
                "gaoxin",
                "附件.xlsx",
                xl([STAT_HEAD, stat_row("高新区", nums)]),
                note="a file name that says nothing",
            ),
        ],
    )


STORIES = [ningyang, dongping, gaoxin]
