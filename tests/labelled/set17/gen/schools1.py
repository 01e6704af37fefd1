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


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    send(
        b,
        u,
        "11-04 11:36",
        "coremail",
        "岱岳区职教中心活动周方案",
        "老师您好：\n附件1：活动周方案\n宣传专栏：http://www.dyzjzx.com/list/hdz2020.html\n"
        "联络员：岱岳区职业教育中心 办公室 吴海燕 干事 dyzjzx@163.com 13805382661\n\n"
        "岱岳区职业教育中心",
        [
            plan(
                "附件1.docx",
                text_doc(
                    "泰安市岱岳区职业教育中心2020年职业教育活动周方案",
                    ["一、活动主题 二、活动时间 三、活动内容：技能展示、开放日、送教下乡 四、要求"],
                ),
                "dyzj",
            )
        ],
        column_url="http://www.dyzjzx.com/list/hdz2020.html",
        liaison=person(
            "岱岳区职业教育中心", "吴海燕", "办公室干事", "dyzjzx@163.com", "13805382661"
        ),
    )
    a = [
        ("岱岳区职教中心举行活动周启动仪式", "11月8日，岱岳区职教中心举行活动周启动仪式。"),
        ("岱岳区职教中心开展烹饪技能展示", "烹饪专业学生现场展示面点、雕刻技艺。"),
        ("岱岳区职教中心送技下乡助力乡村振兴", "学校农学专业师生到道朗镇指导果树管理。"),
        ("岱岳区职教中心校园开放日", "11月12日，学校迎来初中学生和家长参观。"),
        ("岱岳区职教中心学子在市技能大赛获佳绩", "在全市职业院校技能大赛中，学校获一等奖5项。"),
    ]
    send(
        b,
        u,
        "11-10 08:55",
        "coremail",
        "稿件",
        "老师好，稿件请查收\n岱岳职教中心 吴海燕",
        [art(f"附件{n}.docx", article(h, ld), "dyzj") for n, (h, ld) in enumerate(a[:2], 1)],
    )
    send(
        b,
        u,
        "11-12 15:12",
        "coremail",
        "岱岳职教中心稿件",
        "老师好，又两篇\n吴海燕",
        [art(f"附件{n}.docx", article(h, ld), "dyzj") for n, (h, ld) in enumerate(a[2:4], 3)],
    )
    send(
        b,
        u,
        "11-14 09:40",
        "android",
        "稿件5",
        "第五篇\n吴海燕",
        [art("附件5.docx", article(*a[4]), "dyzj")],
    )
    send(
        b,
        u,
        "11-16 14:03",
        "coremail",
        "岱岳区职教中心总结 统计表",
        "老师您好，总结和统计表请查收。\n吴海燕",
        [
            summ(
                "岱岳区职教中心活动周总结.docx",
                text_doc(
                    "岱岳区职业教育中心2020年职业教育活动周总结",
                    ["学校共开展活动15项，参与师生3200人次。"],
                ),
                "dyzj",
            ),
            stat(
                "岱岳区职教中心统计表.xlsx",
                stats("泰安市岱岳区职业教育中心", [4, 11, 1, 5, 3200, 800, 6, 9000]),
                "dyzj",
            ),
        ],
    )


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    send(
        b,
        u,
        "11-05 10:45",
        "coremail-gov",
        "新泰职专职业教育活动周方案、专栏、联络员",
        "市教育局职成高教科：\n\n  新泰市职业中等专业学校活动周方案见附件。\n"
        "  专栏网址：http://www.xtzz.net/zjhdz/\n"
        "  联络员：新泰市职业中等专业学校 李红梅 办公室主任 xtszz_bgs@ta.shandong.cn 15106386320\n"
        "\n新泰市职业中等专业学校\n2020年11月5日",
        [
            plan(
                "新泰职专活动周方案.docx",
                text_doc(
                    "新泰市职业中等专业学校2020年职业教育活动周方案",
                    ["一、组织机构；二、活动内容：技能节、开放日、社区服务、职业启蒙；三、保障。"],
                ),
                "xtzz",
            )
        ],
        column_url="http://www.xtzz.net/zjhdz/",
        liaison=person(
            "新泰市职业中等专业学校",
            "李红梅",
            "办公室主任",
            "xtszz_bgs@ta.shandong.cn",
            "15106386320",
        ),
    )
    a = [
        ("新泰职专第十届技能节开幕", "11月9日，新泰职专第十届技能节开幕。"),
        ("新泰职专师生走进社区开展志愿服务", "学校师生走进青云街道开展志愿服务。"),
        ("新泰职专举办职业启蒙体验日", "学校邀请小学生走进实训室体验职业。"),
        ("新泰职专开展校园开放日活动", "11月12日，学校举办校园开放日。"),
        ("新泰职专与企业共建产业学院", "学校与当地企业签约共建产业学院。"),
    ]
    send(
        b,
        u,
        "11-11 09:20",
        "coremail-gov",
        "新泰职专活动周宣传材料（3篇）",
        "市教育局职成高教科：\n\n  报送活动周宣传材料3篇，请审阅。\n\n李红梅",
        [art(f"{h}.pdf", article(h, ld, producer="lo-pdf"), "xtzz") for h, ld in a[:3]],
    )
    send(
        b,
        u,
        "11-13 10:05",
        "snail",
        "新泰职专活动周宣传材料（2篇）",
        "市教育局职成高教科：\n\n  报送活动周宣传材料2篇。\n\n李红梅",
        [art(f"{h}.docx", article(h, ld), "xtzz") for h, ld in a[3:]],
    )
    send(
        b,
        u,
        "11-16 16:30",
        "py-compat32",
        "新泰职专活动周总结报告及统计表",
        "市教育局职成高教科：\n\n  报送我校活动周总结报告及情况统计表。\n\n李红梅",
        [
            summ(
                "新泰职专活动周总结报告.docx",
                text_doc(
                    "新泰市职业中等专业学校2020年职业教育活动周总结报告",
                    ["学校共开展活动19项，参与师生4100人次，服务群众900人次。"],
                ),
                "xtzz",
            ),
            stat(
                "新泰职专统计表.xlsx",
                stats("新泰市职业中等专业学校", [5, 14, 1, 6, 4100, 900, 7, 11000]),
                "xtzz",
            ),
        ],
    )


def fczz(b: Builder) -> None:
    u = U["fczz"]
    send(
        b,
        u,
        "11-04 17:50",
        "coremail",
        "肥城职专活动周方案",
        "市教育局：\n  附件是我校活动周方案。宣传专栏 http://www.fczz.cn/hdz/\n"
        "  联系人：肥城职专办公室 张伟 副主任 fczz_bgs@163.com 13325280917\n\n"
        "肥城市职业中等专业学校",
        [
            plan(
                "肥城职专活动周方案.doc",
                text_doc(
                    "肥城市职业中等专业学校2020年职业教育活动周方案",
                    ["一、活动目的；二、活动内容：桃木雕刻展示、技能下乡、开放日；三、要求。"],
                    "lo-doc",
                ),
                "fczz",
            )
        ],
        column_url="http://www.fczz.cn/hdz/",
        liaison=person("肥城职专", "张伟", "办公室副主任", "fczz_bgs@163.com", "13325280917"),
    )
    links = [
        "https://mp.weixin.qq.com/s/Fc3pRt0nVq8WbH2kLs5yJe",
        "https://mp.weixin.qq.com/s/m9KcT4wZa1XeLp7NdU2gRf",
    ]
    send(
        b,
        u,
        "11-10 15:35",
        "coremail",
        "肥城职专宣传",
        f"市教育局：\n  我校公众号推送2篇：\n  {links[0]}\n  {links[1]}\n张伟",
        article_links=links,
    )
    a = [
        ("肥城职专学生为村民义务维修家电", "学校电子专业学生到王瓜店街道为村民维修家电。"),
        ("肥城职专举行校园开放日", "11月12日，学校迎来400余名初中学生。"),
        ("肥城职专举办技能大赛", "11月13日，学校举办第八届技能大赛。"),
    ]
    send(
        b,
        u,
        "11-13 16:40",
        "coremail",
        "肥城职专稿件",
        "市教育局：\n  稿件3篇，请查收。\n张伟",
        [art(f"{h}.docx", article(h, ld), "fczz") for h, ld in a],
    )
    send(
        b,
        u,
        "11-16 10:50",
        "coremail",
        "肥城职专总结+统汁表",
        "市教育局：\n  活动周总结和统计表，请查收。\n张伟",
        [
            summ(
                "肥城职专活动周总结.docx",
                text_doc(
                    "肥城市职业中等专业学校2020年职业教育活动周总结",
                    ["学校开展活动17项，参与师生3600人次。"],
                ),
                "fczz",
            ),
            stat(
                "肥城职专统计表.xls",
                stats("肥城市职业中等专业学校", [4, 13, 1, 6, 3600, 1100, 5, 8000], "lo-xls"),
                "fczz",
            ),
        ],
    )


STORIES = [dyzj, xtzz, fczz]
