"""Set14's schools (1).

dyzj: an article as docx and again as its PDF; summary and table on 11-17 in the second
reminder's thread. xtzz: every item in its own small mail from a phone. fczz: a 汇编 of three,
then one of them again under a new name with one new (four in all). nyzz: plan, column and
liaison late, in a reply under the first reminder.
"""

from __future__ import annotations

from .build import Builder, person, send
from .docs import Doc
from .mk import (
    REMINDER,
    REMINDER2,
    REMINDER2_ID,
    REMINDER_ID,
    A,
    U,
    art,
    docx,
    f,
    html_doc,
    lo_sheet,
    sheet,
    thread,
)


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    send(
        b,
        u,
        "11-05 09:40",
        "coremail",
        "岱岳区职业教育中心-活动周方案",
        "方案见附件。专栏：http://www.dyzjzx.com/news/hdz/\n联络员：高文，办公室主任，13562875520，dyzjzx@126.com",
        [
            f(
                "岱岳职教中心活动周方案.docx",
                A("岱岳区职业教育中心职业教育活动周方案", "开展技能展示、开放日。"),
                "plan",
                "dyzj",
            )
        ],
        column_url="http://www.dyzjzx.com/news/hdz/",
        liaison=person("", "高文", "办公室主任", "dyzjzx@126.com", "13562875520"),
    )
    t1 = "岱岳职教中心开展“技能进万家”服务"
    send(
        b,
        u,
        "11-09 16:00",
        "coremail",
        "岱岳职教中心稿件（word+pdf）",
        "同一篇稿件，word版和pdf版各一份，以防打不开。",
        [
            art(f"{t1}.docx", A(t1, "汽修专业师生为村民免费检修农用车。"), "dyzj", aid=t1),
            art(
                f"{t1}.pdf",
                Doc("docx-pdf", [["h", t1], ["p", "汽修专业师生为村民免费检修农用车。"]]),
                "dyzj",
                aid=t1,
            ),
        ],
        note="one article in two formats",
    )
    ts = [
        ("岱岳职教中心举办烹饪技艺展示", "中餐烹饪专业学生现场展示。"),
        ("岱岳职教中心网络开放日", "线上参观实训基地。"),
        ("岱岳职教中心春季高考宣讲", "为家长解读升学政策。"),
        ("岱岳职教中心学生志愿服务", "学生到敬老院服务。"),
    ]
    send(
        b,
        u,
        "11-12 10:10",
        "coremail",
        "稿件2-5",
        "其余四篇。",
        [art(f"{t}.docx", A(t, p), "dyzj") for t, p in ts],
    )
    send(
        b,
        u,
        "11-17 10:30",
        "coremail",
        "回复：" + REMINDER2,
        "老师，总结和统计表补报，耽误了，抱歉。\n\n------------------ 原始邮件 ------------------\n"
        f"主题：{REMINDER2}\n……请于11月16日前报送……",
        [
            f(
                "岱岳职教中心活动周总结.docx",
                A("岱岳区职业教育中心活动周总结", "开展活动11项。"),
                "summary",
                "dyzj",
            ),
            f(
                "统计表（岱岳职教中心）.xlsx",
                sheet("岱岳区职业教育中心", [4, 9, 2, 3, 2900, 1100, 6, 4300]),
                "statistics",
                "dyzj",
            ),
        ],
        headers=thread(REMINDER2_ID),
    )


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    cl = "iphone"
    send(
        b,
        u,
        "11-03 07:55",
        cl,
        "新泰职专方案",
        "新泰职专活动周方案\n\n发自我的iPhone",
        [
            f(
                "新泰职专活动周方案.docx",
                A("新泰市职业中等专业学校职业教育活动周方案", "全校各专业部参与。"),
                "plan",
                "xtzz",
            )
        ],
    )
    send(
        b,
        u,
        "11-03 07:58",
        cl,
        "新泰职专联络员",
        "联络员 王海涛 教务处主任 15163851237 xtzz_jwc@163.com\n\n发自我的iPhone",
        liaison=person("", "王海涛", "教务处主任", "xtzz_jwc@163.com", "15163851237"),
    )
    send(
        b,
        u,
        "11-04 12:30",
        cl,
        "新泰职专专栏",
        "http://www.xtzz.net/hdz2020/\n\n发自我的iPhone",
        column_url="http://www.xtzz.net/hdz2020/",
    )
    g = [
        (
            "11-09 12:05",
            [
                ("新泰职专开展职业体验周", "初中生体验机器人编程。"),
                ("新泰职专学子技能展演", "焊接、电工项目展演。"),
            ],
        ),
        ("11-11 12:20", [("新泰职专送技下乡到羊流镇", "师生为村民维修家电。")]),
        (
            "11-13 21:40",
            [
                ("新泰职专校企合作成果展", "展出订单班作品。"),
                ("新泰职专优秀毕业生返校宣讲", "毕业生讲述创业故事。"),
            ],
        ),
    ]
    for n, (when, items) in enumerate(g, 1):
        send(
            b,
            u,
            when,
            cl,
            f"新泰职专稿件{n}",
            "发自我的iPhone",
            [art(f"{t}.docx", A(t, p), "xtzz") for t, p in items],
        )
    send(
        b,
        u,
        "11-16 12:10",
        cl,
        "新泰职专总结",
        "发自我的iPhone",
        [
            f(
                "新泰职专活动周总结.docx",
                A("新泰职专活动周总结", "开展活动13项。"),
                "summary",
                "xtzz",
            )
        ],
    )
    send(
        b,
        u,
        "11-16 12:12",
        cl,
        "新泰职专统计表",
        "发自我的iPhone",
        [
            f(
                "新泰职专统计表.xlsx",
                sheet("新泰市职业中等专业学校", [3, 11, 1, 4, 3600, 1300, 8, 5100]),
                "statistics",
                "xtzz",
            )
        ],
    )


def fczz(b: Builder) -> None:
    u = U["fczz"]
    send(
        b,
        u,
        "11-04 10:45",
        "wps",
        "肥城职专活动周方案",
        "各位领导：\n肥城职专活动周方案见附件。宣传专栏 http://www.fczz.cn/zt/hdz/\n联络员 "
        "何晓东 团委书记 13805381643 fczz@ta.shandong.cn",
        [
            f(
                "肥城职专活动周方案.docx",
                A("肥城市职业中等专业学校活动周方案", "以“人人出彩 技能强国”为主题。"),
                "plan",
                "fczz",
            )
        ],
        column_url="http://www.fczz.cn/zt/hdz/",
        liaison=person("", "何晓东", "团委书记", "fczz@ta.shandong.cn", "13805381643"),
    )
    ts = [
        ("肥城职专举行活动周启动仪式", "8日启动。"),
        ("肥城职专学生为桃农修剪果树", "园艺专业学生下乡。"),
        ("肥城职专开放日迎来千名家长", "家长参观实训室。"),
    ]
    blocks: list = [("h", "肥城职专活动周宣传稿汇编（一）")]
    for t, p in ts:
        blocks += [("h", t), ("p", p)]
    send(
        b,
        u,
        "11-10 17:30",
        "wps",
        "肥城职专稿件汇编（3篇）",
        "三篇稿件汇编在一个文件里。",
        [
            art(
                "肥城职专稿件汇编一.docx",
                docx(*blocks),
                "fczz",
                count=3,
                ids=tuple(t for t, _ in ts),
            )
        ],
    )
    send(
        b,
        u,
        "11-13 16:15",
        "wps",
        "肥城职专稿件",
        "开放日那篇单独发一下，另加一篇新的。",
        [
            art(f"{ts[2][0]}.docx", A(*ts[2]), "fczz", aid=ts[2][0]),
            art(
                "肥城职专举办技能大赛.docx", A("肥城职专举办技能大赛", "12个项目同场竞技。"), "fczz"
            ),
        ],
        note="the 开放日 article is the third of the 汇编: four distinct in all",
    )
    send(
        b,
        u,
        "11-16 15:00",
        "wps",
        "肥城职专总结统计",
        "请审阅。",
        [
            f(
                "肥城职专活动周总结.docx",
                A("肥城职专活动周总结", "开展活动10项。"),
                "summary",
                "fczz",
            ),
            f(
                "肥城职专统计表.xlsx",
                sheet("肥城市职业中等专业学校", [2, 8, 1, 3, 2500, 700, 4, 3900]),
                "statistics",
                "fczz",
            ),
        ],
    )


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    send(
        b,
        u,
        "11-06 08:20",
        "foxmail",
        "回复: " + REMINDER,
        "不好意思，报晚了。方案附后，专栏：http://www.nyzz.com.cn/hdz/\n联络员：田保国，办公室副主任，手机15806384419，邮箱nyzz_bgs@163.com\n"
        "宁阳职专\n\n------------------ Original ------------------\nSubject: " + REMINDER,
        [
            f(
                "宁阳职专活动周方案.docx",
                A("宁阳县职业中等专业学校职业教育活动周方案", "开展六项活动。"),
                "plan",
                "nyzz",
            )
        ],
        headers=thread(REMINDER_ID),
        column_url="http://www.nyzz.com.cn/hdz/",
        liaison=person("", "田保国", "办公室副主任", "nyzz_bgs@163.com", "15806384419"),
    )
    ts = [
        ("宁阳职专开展蔬菜种植技术培训", "为菜农讲解大棚管理。"),
        ("宁阳职专学生展示非遗剪纸", "剪纸社团现场创作。"),
        ("宁阳职专举办开放日", "家长走进课堂。"),
        ("宁阳职专与企业签订合作协议", "新增3家合作企业。"),
        ("宁阳职专开展职业启蒙进小学", "教师为小学生上手工课。"),
    ]
    send(
        b,
        u,
        "11-11 15:50",
        "foxmail",
        "宁阳职专宣传稿件5篇",
        "5篇稿件，请审阅。",
        [art(f"{t}.doc", html_doc("lo-doc", t, [p]), "nyzz") for t, p in ts],
    )
    send(
        b,
        u,
        "11-16 10:40",
        "foxmail",
        "宁阳职专总结和统计表",
        "附件。",
        [
            f(
                "宁阳职专活动周总结.docx",
                A("宁阳职专活动周总结", "开展活动9项。"),
                "summary",
                "nyzz",
            ),
            f(
                "宁阳职专统计表.xls",
                lo_sheet("lo-xls", "宁阳县职业中等专业学校", [2, 7, 1, 4, 2200, 900, 5, 2800]),
                "statistics",
                "nyzz",
            ),
        ],
    )


STORIES = [dyzj, xtzz, fczz, nyzz]
_ = (REMINDER, REMINDER2, REMINDER2_ID, REMINDER_ID, html_doc, lo_sheet)
