"""The six secondary vocational schools of set17, in their own voices.

dyzj: files named 附件1..附件5, QQ-style short mails from a 163 box; xtzz: government
Coremail, PDF articles from LibreOffice; fczz: two WeChat links among five, an .xls table;
nyzz: the plan minutes before the deadline, the summary at 19:20 on the 16th (late); dpzj:
the column forgotten, sent on 11-10 after a colleague noticed (late); jtzz: a thank-you reply,
WPS-like bold headlines, nodemailer from the school's OA.
"""

from __future__ import annotations

from .build import Builder, person, send
from .paper import article, stats, text_doc
from .people import U, art, plan, stat, summ


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    send(
        b,
        u,
        "11-05 17:46",
        "qqweb",
        "宁阳职专活动周方案（联络员、专栏）",
        "您好！\n宁阳县职业中等专业学校活动周方案已附。\n专栏：http://www.nyzz.cn/zjhdz/\n"
        "联络员：宁阳县职业中等专业学校教务处 高建军 教务处副主任 nyzz_jwc@126.com 13583811485\n"
        "\n宁阳职专教务处",
        [
            plan(
                "宁阳职专活动周方案.docx",
                text_doc(
                    "宁阳县职业中等专业学校2020年职业教育活动周方案",
                    ["一、活动主题；二、活动安排；三、工作要求"],
                ),
                "nyzz",
            )
        ],
        column_url="http://www.nyzz.cn/zjhdz/",
        liaison=person(
            "宁阳县职业中等专业学校",
            "高建军",
            "教务处副主任",
            "nyzz_jwc@126.com",
            "13583811485",
        ),
    )
    a = [
        ("宁阳职专开展技能展示活动", "11月9日，宁阳职专举办技能展示活动。"),
        ("宁阳职专学子走进社区服务居民", "学校师生走进八仙桥街道开展志愿服务。"),
        ("宁阳职专开展送教下乡", "学校教师到葛石镇开展种植技术培训。"),
        ("宁阳职专举办职业体验日", "学校邀请中小学生参加职业体验。"),
        ("宁阳职专活动周总结表彰", "11月14日，学校召开活动周总结表彰会。"),
    ]
    send(
        b,
        u,
        "11-11 16:00",
        "qqweb",
        "宁阳职专稿件3篇",
        "您好！稿件3篇请查收。\n高建军",
        [art(f"{h}.docx", article(h, ld), "nyzz") for h, ld in a[:3]],
    )
    send(
        b,
        u,
        "11-14 17:30",
        "qqweb",
        "宁阳职专稿件2篇（补充）",
        "您好！稿件2篇请查收。\n高建军",
        [art(f"{h}.docx", article(h, ld), "nyzz") for h, ld in a[3:]],
    )
    send(
        b,
        u,
        "11-16 19:20",
        "qqweb",
        "宁阳职专活动周总结及统计表",
        "您好！总结及统计表请查收，报晚了，抱歉。\n高建军",
        [
            summ(
                "宁阳职专活动周总结.docx",
                text_doc(
                    "宁阳县职业中等专业学校2020年职业教育活动周总结",
                    ["学校开展活动14项，参与师生2800人次。"],
                ),
                "nyzz",
            ),
            stat(
                "宁阳职专统计表.xlsx",
                stats("宁阳县职业中等专业学校", [3, 11, 1, 4, 2800, 600, 5, 7000]),
                "nyzz",
            ),
        ],
    )


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    send(
        b,
        u,
        "11-05 15:20",
        "coremail",
        "东平职教中心职业教育活动周方案",
        "市教育局职成高教科：\n  附件为东平县职业教育中心学校活动周方案。\n"
        "  联络员：东平县职业教育中心学校 孙丽 办公室副主任 dpzjzx@163.com 15553893128\n\n"
        "东平县职业教育中心学校",
        [
            plan(
                "东平职教中心活动周方案.docx",
                text_doc(
                    "东平县职业教育中心学校2020年职业教育活动周方案",
                    ["一、活动主题；二、活动时间；三、活动内容；四、工作要求"],
                ),
                "dpzj",
            )
        ],
        liaison=person(
            "东平县职业教育中心学校", "孙丽", "办公室副主任", "dpzjzx@163.com", "15553893128"
        ),
    )
    send(
        b,
        u,
        "11-10 08:40",
        "coremail",
        "补报东平职教中心宣传专栏网址",
        "市教育局职成高教科：\n  前期报送方案时漏报了专栏网址，现补报：http://www.dpzjzx.com/hdz/\n"
        "  孙丽",
        column_url="http://www.dpzjzx.com/hdz/",
    )
    a = [
        ("东平职教中心举行活动周启动仪式", "11月8日，东平职教中心举行活动周启动仪式。"),
        ("东平职教中心开展技能下乡活动", "学校师生到接山镇开展农机维修。"),
        ("东平职教中心校园开放日", "学校举办校园开放日，迎来家长学生300余人。"),
        ("东平职教中心举办技能展示", "学校各专业学生现场展示专业技能。"),
        ("东平职教中心校企合作签约", "11月13日，学校与6家企业签订合作协议。"),
    ]
    send(
        b,
        u,
        "11-12 17:05",
        "coremail",
        "东平职教中心宣传稿件",
        "市教育局职成高教科：\n  宣传稿件5篇，请审阅。\n孙丽",
        [art(f"{h}.docx", article(h, ld), "dpzj") for h, ld in a],
    )
    send(
        b,
        u,
        "11-16 16:12",
        "coremail",
        "东平职教中心总结及统计表",
        "市教育局职成高教科：\n  总结及统计表请查收。\n孙丽",
        [
            summ(
                "东平职教中心活动周总结.docx",
                text_doc(
                    "东平县职业教育中心学校2020年职业教育活动周总结",
                    ["学校开展活动13项，参与师生2600人次。"],
                ),
                "dpzj",
            ),
            stat(
                "东平职教中心统计表.xlsx",
                stats("东平县职业教育中心学校", [3, 10, 1, 4, 2600, 700, 5, 6500]),
                "dpzj",
            ),
        ],
    )


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    send(
        b,
        u,
        "11-04 08:58",
        "nodemailer",
        "泰安市交通职业中等专业学校2020年职业教育活动周方案",
        "市教育局职成高教科：\n\n    现报送我校2020年职业教育活动周方案。\n"
        "    宣传专栏：http://www.tajtzz.cn/zjhdz/\n"
        "    联络员：泰安市交通职业中等专业学校 宣传办 赵磊 宣传办主任 "
        "tajtzz_xb@126.com 18853818307\n"
        "\n泰安市交通职业中等专业学校（学校OA系统发送）",
        [
            plan(
                "交通职专活动周方案.docx",
                text_doc(
                    "泰安市交通职业中等专业学校2020年职业教育活动周方案",
                    ["一、活动主题；二、活动内容：汽修技能展示、交通安全宣传、开放日；三、要求"],
                ),
                "jtzz",
            )
        ],
        sender_name="泰安市交通职业中等专业学校",
        charset="utf-8",
        column_url="http://www.tajtzz.cn/zjhdz/",
        liaison=person(
            "泰安市交通职业中等专业学校",
            "赵磊",
            "宣传办主任",
            "tajtzz_xb@126.com",
            "18853818307",
        ),
    )
    send(
        b,
        u,
        "11-04 15:10",
        "coremail",
        "回复：已收到",
        "好的，谢谢老师！\n赵磊\n\n在 2020-11-04 14:02，jyj-zcjk01@ta.shandong.cn 写道：\n"
        "> 方案已收到。",
    )
    a = [
        ("交通职专举办汽修技能展示", "11月9日，交通职专汽修专业学生展示汽车维修技能。"),
        ("交通职专开展交通安全进社区", "学校师生走进社区宣传交通安全知识。"),
        ("交通职专为市民免费检测车辆", "11月11日，学校师生为市民免费检测车辆100余台。"),
        ("交通职专举办校园开放日", "11月12日，学校举办校园开放日。"),
        ("交通职专优秀毕业生返校交流", "11月13日，优秀毕业生返校与学弟学妹交流。"),
    ]
    send(
        b,
        u,
        "11-11 17:40",
        "coremail",
        "交通职专稿件（3）",
        "老师好，稿件3篇。\n赵磊",
        [art(f"{h}.docx", article(h, ld, producer="plain"), "jtzz") for h, ld in a[:3]],
    )
    send(
        b,
        u,
        "11-13 17:10",
        "coremail",
        "交通职专稿件（2）",
        "老师好，稿件2篇。\n赵磊",
        [art(f"{h}.docx", article(h, ld, producer="plain"), "jtzz") for h, ld in a[3:]],
    )
    send(
        b,
        u,
        "11-16 17:05",
        "coremail",
        "交通职专总结、统计表",
        "老师好，总结、统计表请查收。\n赵磊",
        [
            summ(
                "交通职专活动周总结.docx",
                text_doc(
                    "泰安市交通职业中等专业学校2020年职业教育活动周总结",
                    ["学校开展活动12项，参与师生2400人次。"],
                ),
                "jtzz",
            ),
            stat(
                "交通职专统计表.xlsx",
                stats("泰安市交通职业中等专业学校", [3, 9, 1, 5, 2400, 500, 5, 5600]),
                "jtzz",
            ),
        ],
    )


STORIES = [nyzz, dpzj, jtzz]
