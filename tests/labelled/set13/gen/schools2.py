"""Set13's schools (2 of 3): tajsxy, dyzj, xtzz, fczz; shapes as schools1.py."""

from __future__ import annotations

from .build import Builder, person, send
from .docs import Doc
from .mime import RSJ
from .paper import U, art, arts_of, docf, html, paras, sheet

D = Doc


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    send(b, u, "11-05 09:40", "snail", "泰安技师学院活动周方案",
         "市人社局职教科:\n"
         "报送我院活动周方案. 专栏: http://www.tajsxy.cn/zjhdz/\n"
         "联络员: 招生就业处 冯志刚 副处长 电话15005486679 邮箱tajsxy_zsb@163.com\n",
         [docf("泰安技师学院活动周方案.pdf", D("lo-pdf", html(
             ("h", "泰安技师学院2020年职业教育活动周方案"),
              "学院将开展技能开放日、技能下乡等活动。")),
               "plan", "tajsxy")],
         to=RSJ,
         liaison=person("", "冯志刚", "招生就业处副处长", "tajsxy_zsb@163.com", "15005486679"),
         column_url="http://www.tajsxy.cn/zjhdz/")  # fmt: skip
    hb = D(
        "python-docx",
        [
            ["h", "泰安技师学院活动周宣传稿件汇编"],
            ["plain", "稿件一：技师学院技能开放日人气旺"],
            ["p", "8日，学院迎来2000余名参观者。"],
            ["plain", "稿件二：技师学院“技能下乡”服务农户"],
            ["p", "9日，师生为农户维修农机。"],
            ["plain", "稿件三：技师学院世赛选手分享备赛经历"],
            ["p", "10日，分享会举行。"],
            ["plain", "稿件四：技师学院校企合作订单班签约"],
            ["p", "11日，签约5家企业。"],
            ["plain", "稿件五：技师学院举办职业体验营"],
            ["p", "12日，初中生体验焊接、数控。"],
        ],
    )
    send(
        b,
        u,
        "11-12 16:30",
        "snail",
        "泰安技师学院稿件汇编(5篇)",
        "汇编一份, 共5篇.\n",
        [art("稿件汇编.docx", hb, "tajsxy", count=5)],
        to=RSJ,
    )
    st = D(
        "lo-xls",
        html(
            [
                ["单位", "开放日（场）", "参与（人次）", "技能服务（次）", "报道（篇）"],
                ["泰安技师学院", "3", "4100", "5", "11"],
            ]
        ),
    )
    send(
        b,
        u,
        "11-16 09:20",
        "snail",
        "泰安技师学院活动周总结及统计表",
        "总结与统计表(WPS表格)请查收.\n",
        [
            docf(
                "活动周总结.docx",
                D(
                    "lo-docx",
                    html(("h", "泰安技师学院2020年职业教育活动周总结"), "学院共开展活动11项。"),
                ),
                "summary",
                "tajsxy",
            ),
            docf(
                "活动周统计表.et",
                st,
                "statistics",
                "tajsxy",
                note="a Calc .xls under a WPS .et name",
            ),
        ],
        to=RSJ,
    )


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    plan = D("openpyxl", sheet([
        ["岱岳区职业教育中心2020年职业教育活动周日程安排表"],
        ["日期", "时间", "活动内容", "地点", "负责部门"],
        ["11月8日", "上午", "活动周启动仪式", "学校报告厅", "办公室"],
        ["11月9日", "全天", "校园开放日", "实训楼", "招生办"],
        ["11月10日", "下午", "职业体验进小学", "粥店中心小学", "教务处"],
        ["11月12日", "全天", "技能服务进社区", "天平街道", "团委"],
        ["11月14日", "上午", "活动周总结", "学校会议室", "办公室"],
        [], ["联络员：徐海燕（办公室主任）  手机：13665388107  邮箱：dyqzjzx@163.com"],
    ], ["A1:E1"], "日程安排"))  # fmt: skip
    send(b, u, "11-04 15:00", "nodemailer", "岱岳区职业教育中心活动周日程安排",
         "市教育局职成高教科：\n我校活动周安排以日程表形式报送，联络员信息在表格下方。\n"
         "学校活动周专栏：http://www.dyzjzx.com/hdz/\n岱岳区职业教育中心办公室",
         [docf("活动周日程安排表.xlsx", plan, "plan", "dyzj", note="the plan as an xlsx schedule")],
         liaison=person("", "徐海燕", "办公室主任", "dyqzjzx@163.com", "13665388107"),
         column_url="http://www.dyzjzx.com/hdz/")  # fmt: skip
    items = [
        ("岱岳职教中心活动周启动", "8日，学校举行活动周启动仪式。"),
        ("岱岳职教中心开放日家长点赞", "9日，家长参观实训楼。"),
        ("职业体验课走进粥店中心小学", "10日，学校教师为小学生上职业体验课。"),
    ]
    send(
        b,
        u,
        "11-10 19:30",
        "nodemailer",
        "岱岳职教中心稿件3篇",
        "稿件3篇，请查收。",
        arts_of("dyzj", items),
    )
    items = [
        ("岱岳职教中心技能服务进天平街道", "12日，师生为居民服务。"),
        ("岱岳职教中心圆满完成活动周各项活动", "14日，学校召开活动周总结会。"),
    ]
    send(
        b,
        u,
        "11-14 18:10",
        "nodemailer",
        "岱岳职教中心稿件2篇",
        "另外两篇。",
        arts_of("dyzj", items),
    )
    st = D(
        "python-docx",
        [
            [
                "mt",
                "2020年职业教育活动周情况统计表",
                [
                    ["学校", "活动项数", "参与人次", "报道篇数"],
                    ["岱岳区职业教育中心", "5", "2800", "6"],
                ],
            ]
        ],
    )
    send(
        b,
        u,
        "11-16 08:45",
        "nodemailer",
        "岱岳职教中心总结、统计表",
        "总结、统计表各一份。",
        [
            docf(
                "岱岳职教中心活动周总结.docx",
                D(
                    "python-docx",
                    [
                        ["h", "岱岳区职业教育中心活动周总结"],
                        *paras("学校开展活动5项，参与2800人次。"),
                    ],
                ),
                "summary",
                "dyzj",
            ),
            docf("岱岳职教中心统计表.docx", st, "statistics", "dyzj"),
        ],
    )


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    wps = D(
        "python-docx",
        [
            ["h", "新泰市职业中等专业学校2020年职业教育活动周方案"],
            *paras("学校将开展开放日、技能大赛展演、送技下乡等活动。"),
        ],
    )
    send(b, u, "11-05 10:55", "py-compat32", "新泰职专活动周方案",
         "市教育局职成高教科：\n  新泰职专活动周方案已附上。\n"
         "  专栏：http://www.xtzz.net/zjhdz/\n"
         "  联络员：新泰市职业中等专业学校 教务处 高志强 副主任 13518681349 xtszz_bgs@126.com\n",
         [docf("活动周方案.wps", wps, "plan", "xtzz", note="a docx under a .wps name")],
         liaison=person("新泰市职业中等专业学校", "高志强", "教务处副主任", "xtszz_bgs@126.com",
                        "13518681349"),
         column_url="http://www.xtzz.net/zjhdz/", charset="gbk")  # fmt: skip
    jb = D("lo-pdf", html(("h", "新泰职专活动周简报"),
                          ("b", "新泰职专开放日迎客千余人"), "8日，开放日接待家长学生千余人。",
                          ("b", "技能大赛获奖作品展演"), "9日，获奖学生现场展演。",
                          ("b", "送技下乡进翟镇"), "10日，师生为农户维修农机具。",
                          ("b", "新泰职专召开校企合作恳谈会"), "11日，15家企业参会。",
                          ("b", "新泰职专学子志愿服务进社区"),
                           "12日，志愿服务社区居民。"))  # fmt: skip
    send(
        b,
        u,
        "11-12 11:10",
        "py-compat32",
        "新泰职专活动周简报（5篇）",
        "简报一期，含5篇信息。",
        [art("新泰职专活动周简报.pdf", jb, "xtzz", count=5)],
        charset="gbk",
    )
    st = D("xlsx-xls", sheet([
        ["学校", "活动开展情况", None, None, "宣传情况", None],
        [None, "活动数（项）", "参与学生（人次）", "参与社会人员（人次）", "网站（篇）",
         "其他媒体（篇）"],
        ["新泰市职业中等专业学校", 7, 2600, 1200, 8, 4],
    ], ["A1:A2", "B1:D1", "E1:F1"]))  # fmt: skip
    send(
        b,
        u,
        "11-16 15:45",
        "py-compat32",
        "新泰职专活动周总结和统计表",
        "总结和统计表，请查收。",
        [
            docf(
                "新泰职专活动周总结.docx",
                D(
                    "python-docx",
                    [["h", "新泰市职业中等专业学校活动周总结"], *paras("学校开展活动7项。")],
                ),
                "summary",
                "xtzz",
            ),
            docf(
                "新泰职专统计表.xls",
                st,
                "statistics",
                "xtzz",
                note="two merged header rows, Calc .xls",
            ),
        ],
        charset="gbk",
    )


def fczz(b: Builder) -> None:
    u = U["fczz"]
    send(b, u, "11-03 11:00", "py-smtp", "肥城职专职业教育活动周方案",
         "您好：\n附件为肥城职专活动周方案。\n学校专栏：https://www.fczz.cn/zjhdz\n"
         "联系人：肥城市职业中等专业学校 团委书记 孟凡涛 13706389915 fcszz@ta.shandong.cn\n",
         [docf("肥城职专活动周方案.docx", D("python-docx", [
             ["h", "肥城市职业中等专业学校2020年职业教育活动周实施方案"],
             *paras("学校定于11月8日至14日开展系列活动。")]), "plan", "fczz")],
         liaison=person("肥城市职业中等专业学校", "孟凡涛", "团委书记", "fcszz@ta.shandong.cn",
                        "13706389915"),
         column_url="https://www.fczz.cn/zjhdz")  # fmt: skip
    send(
        b,
        u,
        "11-09 17:40",
        "py-smtp",
        "肥城职专稿件",
        "两篇稿件。",
        arts_of(
            "fczz",
            [
                ("肥城职专活动周开幕式暨技能展示", "8日，学校举行开幕式。"),
                ("肥城职专开放日家长走进实训室", "9日，家长走进实训室体验。"),
            ],
            "docx-pdf",
            "pdf",
        ),
    )
    send(
        b,
        u,
        "11-12 09:05",
        "py-smtp",
        "肥城职专稿件（续）",
        "三篇。",
        arts_of(
            "fczz",
            [
                ("肥城职专师生技能下乡助农", "10日，师生到边院镇帮助农户。"),
                ("肥城职专举办劳动教育开放课", "11日，小学生走进学校劳动教育基地。"),
                ("肥城职专校企合作成果发布", "12日，学校发布校企合作成果。"),
            ],
        ),
    )
    st = D("lo-calcpdf", html([["2020年职业教育活动周情况统计表（肥城市职业中等专业学校）"],
                               ["活动项数", "参与人次", "技能服务次数", "报道篇数"],
                               ["8", "3900", "4", "10"]]))  # fmt: skip
    send(
        b,
        u,
        "11-16 11:20",
        "py-smtp",
        "肥城职专活动周工作开展情况及统计表",
        "请查收。",
        [
            docf(
                "肥城职专活动周工作开展情况.docx",
                D(
                    "python-docx",
                    [
                        ["h", "肥城职专2020年职业教育活动周工作开展情况"],
                        *paras("学校开展活动8项，参与3900人次。"),
                    ],
                ),
                "summary",
                "fczz",
            ),
            docf("统计表.pdf", st, "statistics", "fczz", note="the table only as a Calc PDF"),
        ],
    )


STORIES = [tajsxy, dyzj, xtzz, fczz]
