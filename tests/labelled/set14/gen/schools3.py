"""Set14's schools (2).

dpzj: no 职务 ever; one article pasted in the body. jtzz: the column and liaison in a
signature in every mail. tsqzz: a wrong column address corrected on 11-09 (late). tajsxy:
To the 人社局 and Cc the city (two copies each time).
"""

from __future__ import annotations

from .build import Builder, person, send
from .mime import CITY
from .mk import (
    RSJ,
    A,
    U,
    art,
    docx,
    f,
    sheet,
)


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    send(
        b,
        u,
        "11-04 16:10",
        "py-compat32",
        "东平县职业教育中心学校活动周方案",
        "方案见附件，专栏地址在方案里。\n联系人：曹明 13963821755 dpzj_xcb@126.com",
        [
            f(
                "东平职教中心活动周方案.docx",
                docx(
                    ("h", "东平县职业教育中心学校活动周方案"),
                    ("p", "活动周期间开展技能展示、送教下乡。"),
                    ("p", "宣传专栏：http://www.dpzjzx.cn/hdz/"),
                ),
                "plan",
                "dpzj",
            )
        ],
        column_url="http://www.dpzjzx.cn/hdz/",
        liaison=person("", "曹明", "", "dpzj_xcb@126.com", "13963821755"),
        note="no 职务 written, ever",
    )
    t1 = "东平职教中心学生为湖区群众送技能"
    send(
        b,
        u,
        "11-09 09:30",
        "py-compat32",
        "稿件：" + t1,
        f"{t1}\n    11月8日，东平职教中心农机、电子专业师生来到银山镇，"
        "为群众检修农机和家电60余台。\n",
        body_article=True,
    )
    ts = [
        ("东平职教中心开放日", "家长参观。"),
        ("东平职教中心技能展示", "学生展示电工技能。"),
        ("东平职教中心职业启蒙教育", "小学生体验。"),
        ("东平职教中心校企合作签约", "与两家企业签约。"),
    ]
    send(
        b,
        u,
        "11-12 15:45",
        "py-compat32",
        "东平职教中心稿件4篇",
        "另外四篇。",
        [art(f"{t}.docx", A(t, p), "dpzj") for t, p in ts],
    )
    send(
        b,
        u,
        "11-16 11:15",
        "py-compat32",
        "东平职教中心总结和统计表",
        "总结、统计表。曹明",
        [
            f(
                "东平职教中心活动周总结.docx",
                A("东平职教中心活动周总结", "开展活动8项。"),
                "summary",
                "dpzj",
            ),
            f(
                "东平职教中心统计表.xlsx",
                sheet("东平县职业教育中心学校", [2, 6, 1, 2, 1800, 1000, 5, 2100]),
                "statistics",
                "dpzj",
            ),
        ],
    )


JT_SIG = (
    "\n\n泰安市交通职业中等专业学校 教务处\n联络员：丁晓鹏（教务处干事） 手机 18763892047 "
    "邮箱 jtzz_jwc@163.com\n"
    "活动周专栏 http://www.tajtzz.cn/zjhdz/"
)
JT_P = person("", "丁晓鹏", "教务处干事", "jtzz_jwc@163.com", "18763892047")
JT_URL = "http://www.tajtzz.cn/zjhdz/"


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    send(
        b,
        u,
        "11-04 09:25",
        "foxmail",
        "交通职专活动周方案",
        "方案。" + JT_SIG,
        [
            f(
                "交通职专活动周方案.docx",
                A("泰安市交通职业中等专业学校活动周方案", "汽修、物流专业开展展示。"),
                "plan",
                "jtzz",
            )
        ],
        column_url=JT_URL,
        liaison=JT_P,
    )
    a = [
        ("交通职专汽修专业免费检车", "为市民检测车辆。"),
        ("交通职专开展交通安全进社区", "学生宣讲交通安全。"),
        ("交通职专物流专业技能展示", "展示智能仓储。"),
    ]
    send(
        b,
        u,
        "11-10 11:45",
        "foxmail",
        "交通职专稿件3篇",
        "三篇。" + JT_SIG,
        [art(f"{t}.docx", A(t, p), "jtzz") for t, p in a],
        column_url=JT_URL,
        liaison=JT_P,
    )
    c = [
        ("交通职专网络开放日", "线上参观实训场地。"),
        ("交通职专与车企共建订单班", "签约订单班两个。"),
    ]
    send(
        b,
        u,
        "11-12 11:30",
        "foxmail",
        "交通职专稿件2篇",
        "两篇。" + JT_SIG,
        [art(f"{t}.docx", A(t, p), "jtzz") for t, p in c],
        column_url=JT_URL,
        liaison=JT_P,
    )
    send(
        b,
        u,
        "11-16 09:50",
        "foxmail",
        "交通职专总结、统计表",
        "请审阅。" + JT_SIG,
        [
            f(
                "交通职专活动周总结.docx",
                A("交通职专活动周总结", "开展活动10项。"),
                "summary",
                "jtzz",
            ),
            f(
                "交通职专统计表.xlsx",
                sheet("泰安市交通职业中等专业学校", [3, 8, 1, 5, 2400, 1600, 5, 4200]),
                "statistics",
                "jtzz",
            ),
        ],
        column_url=JT_URL,
        liaison=JT_P,
    )


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    send(
        b,
        u,
        "11-04 14:05",
        "snail",
        "泰山区职专活动周方案及联络员",
        "市教育局职成科：\n方案见附件。专栏地址 http://www.tsqzz.cn/hdz2020\n联络员 刘洋 "
        "教科室主任 13954813360 tsqzz_bgs@126.com",
        [
            f(
                "泰山区职专活动周方案.docx",
                A("泰山区职业中等专业学校活动周方案", "开展系列活动。"),
                "plan",
                "tsqzz",
            )
        ],
        liaison=person("", "刘洋", "教科室主任", "tsqzz_bgs@126.com", "13954813360"),
        note="the column address here is one the unit later says was wrong: not credited",
    )
    send(
        b,
        u,
        "11-09 08:15",
        "snail",
        "更正专栏地址",
        "之前报的专栏地址打不开（少了目录），正确地址：http://www.tsqzz.cn/xwzx/hdz2020/ "
        "请以此为准。刘洋",
        column_url="http://www.tsqzz.cn/xwzx/hdz2020/",
        note="the corrected column, after the due time",
    )
    a = [("泰山区职专开展美发义剪", "为社区老人理发。"), ("泰山区职专举行开放日", "家长参观。")]
    send(
        b,
        u,
        "11-11 16:35",
        "snail",
        "泰山区职专稿件2篇",
        "两篇。",
        [art(f"{t}.docx", A(t, p), "tsqzz") for t, p in a],
    )
    c = [
        ("泰山区职专学生技能比武", "7个项目比武。"),
        ("泰山区职专职业启蒙进小学", "为小学生上课。"),
        ("泰山区职专活动周闭幕", "14日闭幕。"),
    ]
    send(
        b,
        u,
        "11-14 23:10",
        "snail",
        "泰山区职专稿件3篇",
        "剩下三篇。",
        [art(f"{t}.docx", A(t, p), "tsqzz") for t, p in c],
    )
    send(
        b,
        u,
        "11-16 13:20",
        "snail",
        "泰山区职专总结统计表",
        "附件两个。",
        [
            f(
                "泰山区职专活动周总结.docx",
                A("泰山区职专活动周总结", "开展活动9项。"),
                "summary",
                "tsqzz",
            ),
            f(
                "泰山区职专统计表.xlsx",
                sheet("泰山区职业中等专业学校", [2, 9, 1, 3, 2000, 800, 5, 3000]),
                "statistics",
                "tsqzz",
            ),
        ],
    )


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    for _copy in (1, 2):
        send(
            b,
            u,
            "11-04 15:20",
            "py-smtp",
            "泰安技师学院职业教育活动周方案",
            "市人社局职建科、市教育局职成科：\n  我院活动周方案见附件，专栏地址 "
            "http://www.tajsxy.cn/hdz/ 。\n"
            "  联络员：冯志强，招生就业处副处长，手机18653880271，邮箱tajsxy_zsb@126.com。\n"
            "泰安技师学院",
            [
                f(
                    "泰安技师学院活动周方案.docx",
                    A("泰安技师学院2020年职业教育活动周方案", "各系结合专业开展技能展示。"),
                    "plan",
                    "tajsxy",
                )
            ],
            to=RSJ,
            cc=CITY,
            column_url="http://www.tajsxy.cn/hdz/",
            liaison=person("", "冯志强", "招生就业处副处长", "tajsxy_zsb@126.com", "18653880271"),
            note="To the 人社局, Cc the city: the same mail in both boxes" if _copy == 2 else "",
        )
    ts = [
        "技师学院举办世赛项目展示",
        "技师学院送技能进农村",
        "技师学院开展职业体验日",
        "技师学院举办就业双选会",
        "技师学院劳模讲堂开讲",
    ]
    blocks: list = [("h", "泰安技师学院活动周稿件汇编")]
    for t in ts:
        blocks += [("h", t), ("p", f"11月，{t}。")]
    send(
        b,
        u,
        "11-13 09:30",
        "py-smtp",
        "泰安技师学院宣传稿件汇编",
        "稿件汇编（5篇）见附件。",
        [art("泰安技师学院宣传稿件汇编.docx", docx(*blocks), "tajsxy", count=5)],
        to=RSJ,
    )
    for _copy in (1, 2):
        send(
            b,
            u,
            "11-16 16:45",
            "py-smtp",
            "泰安技师学院活动周总结及统计表",
            "总结报告、统计表各一份。",
            [
                f(
                    "泰安技师学院活动周总结.docx",
                    A("泰安技师学院职业教育活动周总结", "开展活动16项。"),
                    "summary",
                    "tajsxy",
                ),
                f(
                    "泰安技师学院统计表.xlsx",
                    sheet("泰安技师学院", [6, 12, 2, 7, 5100, 2200, 10, 9900]),
                    "statistics",
                    "tajsxy",
                ),
            ],
            to=RSJ,
            cc=CITY,
            note="the same mail in both boxes" if _copy == 2 else "",
        )


STORIES = [dpzj, jtzz, tsqzz, tajsxy]
