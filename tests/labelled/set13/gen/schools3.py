"""Set13's schools (3 of 3): nyzz, dpzj, jtzz, tsqzz; shapes as schools1.py."""

from __future__ import annotations

from .build import Builder, person, send
from .docs import Doc
from .paper import U, arts_of, docf, html, paras, sheet

D = Doc


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    send(b, u, "11-05 15:30", "coremail-gb2312", "宁阳职专活动周方案",
         "市教育局职成高教科：\n宁阳县职业中等专业学校活动周方案见附件。\n"
         "专栏网址：http://www.nyzz.cn/hdz/\n"
         "联络员：办公室 吴喆 主任 13905488153 nyxzz_jwc@163.com",
         [docf("宁阳职专活动周方案.docx", D("python-docx", [
             ["h", "宁阳县职业中等专业学校活动周方案"], *paras("学校开展开放日等活动。")]),
              "plan", "nyzz")],
         liaison=person("", "吴喆", "办公室主任", "nyxzz_jwc@163.com", "13905488153"),
         column_url="http://www.nyzz.cn/hdz/")  # fmt: skip
    send(
        b,
        u,
        "11-10 16:00",
        "coremail-gb2312",
        "宁阳职专稿件",
        "三篇稿件",
        arts_of(
            "nyzz",
            [
                ("宁阳职专开放日吸引八方来客", "8日，开放日接待1500人。"),
                ("宁阳职专学生展示烹饪技艺", "9日，烹饪专业学生展示。"),
                ("宁阳职专走进伏山镇开展技能服务", "10日，师生服务村民。"),
            ],
        ),
    )
    send(
        b,
        u,
        "11-12 16:20",
        "coremail-gb2312",
        "宁阳职专稿件2",
        "两篇，一篇doc一篇rtf",
        arts_of("nyzz", [("宁阳职专召开校企合作洽谈会", "11日，10家企业参会。")], "lo-doc", "doc")
        + arts_of(
            "nyzz", [("宁阳职专职业启蒙课进小学", "12日，教师到小学上课。")], "lo-rtf", "rtf"
        ),
    )
    st = D("openpyxl", sheet([
        ["报道篇数", "参与人次", "活动项数", "单位"],
        [6, 2100, 4, "宁阳县职业中等专业学校"], [3, 800, 2, "（联办学校）"],
        [9, 2900, 6, "合计"]]))  # fmt: skip
    send(
        b,
        u,
        "11-16 16:55",
        "coremail-gb2312",
        "宁阳职专总结及统计表",
        "总结、统计表",
        [
            docf(
                "宁阳职专活动周总结.docx",
                D("python-docx", [["h", "宁阳职专活动周总结"], *paras("学校开展活动6项。")]),
                "summary",
                "nyzz",
            ),
            docf(
                "宁阳职专统计表.xlsx",
                st,
                "statistics",
                "nyzz",
                note="the columns in another order, the unit last, a 合计 row",
            ),
        ],
    )


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    send(b, u, "11-05 11:45", "win10", "东平职教中心活动周方案",
         "职成高教科：\n东平县职业教育中心学校活动周方案见附件。\n"
         "专栏：http://www.dpzjzx.cn/zjhdz/\n联络员：教务处 胡永强 主任，手机13562807740，"
         "邮箱dpzjzx_bgs@126.com\n\n从 Windows 版邮件发送",
         [docf("东平职教中心活动周方案.docx", D("python-docx", [
             ["h", "东平县职业教育中心学校职业教育活动周方案"], *paras("学校开展开放日等活动。")]),
               "plan", "dpzj")],
         liaison=person("", "胡永强", "教务处主任", "dpzjzx_bgs@126.com", "13562807740"),
         column_url="http://www.dpzjzx.cn/zjhdz/")  # fmt: skip
    send(
        b,
        u,
        "11-11 10:00",
        "win10",
        "东平职教中心稿件",
        "稿件两篇\n\n从 Windows 版邮件发送",
        arts_of(
            "dpzj",
            [
                ("东平职教中心开放日", "8日，学校开放日接待家长。"),
                ("东平职教中心学生参加县技能展示", "9日，学生参加县成果展。"),
            ],
        ),
    )
    send(
        b,
        u,
        "11-13 10:00",
        "win10",
        "东平职教中心稿件（二）",
        "三篇\n\n从 Windows 版邮件发送",
        arts_of(
            "dpzj",
            [
                ("东平职教中心师生走进彭集街道", "10日，开展技能服务。"),
                ("东平职教中心举办职业体验日", "11日，初中生体验职业。"),
                ("东平职教中心签约新合作企业", "12日，签约3家企业。"),
            ],
            "docx-odt",
            "odt",
        ),
    )
    sm = D("python-docx", [["h", "东平县职业教育中心学校活动周总结"], *paras("学校开展活动10项。")])
    st = D(
        "openpyxl", sheet([["单位", "活动数", "参与人次"], ["东平县职业教育中心学校", 10, 6500]])
    )
    z = D("zip-enc", "dpzj2020", members=(("活动周总结.docx", sm), ("活动周统计表.xlsx", st)))
    send(
        b,
        u,
        "11-16 15:05",
        "win10",
        "东平职教中心活动周总结及统计表（压缩包）",
        "总结和统计表压缩后发送。\n\n从 Windows 版邮件发送",
        [docf("东平职教中心活动周材料.zip", z, "summary", "dpzj", label=False)],
        members=[
            docf(
                "活动周总结.docx",
                sm,
                "summary",
                "dpzj",
                readable=False,
                note="inside a password zip",
            ),
            docf(
                "活动周统计表.xlsx",
                st,
                "statistics",
                "dpzj",
                readable=False,
                note="inside a password zip",
            ),
        ],
        note="a ZipCrypto zip with a password nobody sent; no readable copy came",
    )


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    src = html(
        ("h", "泰安市交通职业中等专业学校2020年职业教育活动周方案"),
        "学校开展汽修技能展示、交通安全宣传进社区等活动。",
    )
    body = (
        "市局职成高教科：\n交通职专活动周方案附后。\n专栏：http://www.tajtzz.com/zjhdz2020/\n"
        "联络员：张春燕，招生就业办主任，tajtzz_zsb@163.com，18853829067"
    )
    send(b, u, "11-05 09:10", "outlook", "交通职专活动周方案", body,
         [docf("交通职专活动周方案.pdf", D("lo-pdf-enc", src), "plan", "jtzz", readable=False,
               note="a PDF with an open password")],
         liaison=person("", "张春燕", "招生就业办主任", "tajtzz_zsb@163.com", "18853829067"),
         column_url="http://www.tajtzz.com/zjhdz2020/")  # fmt: skip
    send(
        b,
        u,
        "11-05 16:25",
        "outlook",
        "答复: 交通职专活动周方案",
        "田老师：上午的PDF导出时误设了打开密码，现重新发送。\n张春燕",
        [docf("交通职专活动周方案（重发）.pdf", D("lo-pdf", src), "plan", "jtzz")],
    )
    send(
        b,
        u,
        "11-10 15:30",
        "outlook",
        "交通职专活动周稿件",
        "稿件三篇。",
        arts_of(
            "jtzz",
            [
                ("交通职专汽修技能展示走进4S店", "8日，学生在合作企业展示技能。"),
                ("交通职专开展交通安全宣传进社区", "9日，师生宣讲交通安全。"),
                ("交通职专开放日家长体验驾驶模拟器", "10日，家长体验模拟驾驶。"),
            ],
            "python-docx-img",
        ),
    )
    send(
        b,
        u,
        "11-13 11:00",
        "outlook",
        "交通职专稿件（二）",
        "两篇。",
        arts_of(
            "jtzz",
            [
                ("交通职专与公交集团共建实训基地", "11日，基地揭牌。"),
                ("交通职专毕业生回校分享成长", "12日，优秀毕业生分享。"),
            ],
            "lo-pdf",
            "pdf",
        ),
    )
    st = D("lo-xls", html([[("2020年职业教育活动周情况统计表", 4)],
                           ["单位", "活动数", "参与人次", "报道数"],
                           ["泰安市交通职业中等专业学校", "6", "2300", "8"],
                           [("填表人：张春燕    审核人：刘国栋", 4)]]))  # fmt: skip
    send(
        b,
        u,
        "11-16 10:30",
        "outlook",
        "交通职专活动周总结、统计表",
        "请查收。",
        [
            docf(
                "交通职专活动周总结.docx",
                D(
                    "python-docx",
                    [["h", "泰安市交通职业中等专业学校活动周总结"], *paras("学校开展活动6项。")],
                ),
                "summary",
                "jtzz",
            ),
            docf("交通职专统计表.xls", st, "statistics", "jtzz"),
        ],
    )


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    send(b, u, "11-05 13:20", "coremail", "泰山区职专活动周方案",
         "市局您好：\n泰山区职专活动周方案见附件。专栏：http://www.tsqzz.cn/hdz/\n"
         "联络员：泰山区职专 办公室 郑丽华 主任 15866008311 tsqzz_bgs@126.com",
         [docf("泰山区职专活动周方案.docx", D("python-docx", [
             ["h", "泰安市泰山区职业中等专业学校活动周方案"], *paras("学校开展开放日等活动。")]),
               "plan", "tsqzz")],
         liaison=person("泰山区职专", "郑丽华", "办公室主任", "tsqzz_bgs@126.com", "15866008311"),
         column_url="http://www.tsqzz.cn/hdz/")  # fmt: skip
    send(
        b,
        u,
        "11-09 16:10",
        "coremail",
        "泰山区职专稿件两篇",
        "两篇稿件",
        arts_of(
            "tsqzz",
            [
                ("泰山区职专云上开放日直播", "8日，学校直播开放日。"),
                ("泰山区职专烹饪专业师生进社区", "9日，师生为社区居民制作面点。"),
            ],
            "lo-pdf",
            "pdf",
        ),
    )
    bad = arts_of("tsqzz", [("泰山区职专小小工匠体验日", "12日，小学生走进实训室。")])[0]
    bad.readable, bad.cut, bad.note = False, True, "truncated: Word cannot open it"
    send(b, u, "11-12 08:50", "coremail", "泰山区职专稿件", "稿件一篇", [bad])
    send(
        b,
        u,
        "11-12 15:40",
        "coremail",
        "泰山区职专稿件三篇",
        "上午那篇打不开，连同另两篇一起重发。",
        arts_of(
            "tsqzz",
            [
                ("泰山区职专职业体验课进东岳小学", "9日，学校为小学生上体验课。"),
                ("泰山区职专校企合作座谈会", "11日，学校参加区座谈会。"),
                ("泰山区职专小小工匠体验日", "12日，小学生走进实训室。"),
            ],
        ),
    )
    st = D(
        "scan-pdf",
        html(
            ("h", "2020年职业教育活动周情况统计表"),
            [
                ["单位", "活动数（项）", "参与人次（人次）", "报道（篇）"],
                ["泰山区职专", "7", "5400", "9"],
            ],
            "填表人：郑丽华  校长（签字）：        （盖章）",
        ),
    )
    send(
        b,
        u,
        "11-16 16:10",
        "coremail",
        "泰山区职专总结统计表",
        "总结、统计表（盖章扫描）",
        [
            docf(
                "泰山区职专活动周总结.docx",
                D("python-docx", [["h", "泰山区职专活动周总结"], *paras("学校开展活动7项。")]),
                "summary",
                "tsqzz",
            ),
            docf(
                "泰山区职专统计表.pdf",
                st,
                "statistics",
                "tsqzz",
                readable=False,
                note="the signed and stamped table as an image-only scan; no electronic copy",
            ),
        ],
    )


STORIES = [nyzz, dpzj, jtzz, tsqzz]
