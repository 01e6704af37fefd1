"""The higher vocational colleges and the two 技工院校 of set17, in their own voices.

tzy: Outlook, a PDF plan from Word, six articles and a question on length; tsvtc: the column
sent as a second mail the same afternoon; sdfzxy: WeChat links first, docx later; lmkj: one
article a day from the 宣传部 box; tshl: Thunderbird, a liaison table in the plan; tajsxy:
everything to the 人社局's mailbox; tagj: to the 人社局 with the city in Cc (one mail in both
boxes), the fourth and fifth articles on 11-15 (late).
"""

from __future__ import annotations

from .build import Builder, person, send
from .mime import CITY, RSJ
from .paper import article, stats, text_doc
from .people import U, art, plan, stat, summ


def tshl(b: Builder) -> None:
    u = U["tshl"]
    send(
        b,
        u,
        "11-05 09:02",
        "thunderbird",
        "泰山护理职业学院职业教育活动周方案",
        "市教育局职成高教科：\n\n"
        "附件为我院2020年职业教育活动周方案，方案第五部分附有联络员信息表。\n"
        "宣传专栏：http://www.tshlzy.edu.cn/2020zjhdz/\n\n"
        "泰山护理职业学院党政办公室",
        [
            plan(
                "泰山护理职业学院2020年职业教育活动周方案.docx",
                text_doc(
                    "泰山护理职业学院2020年职业教育活动周方案",
                    [
                        "一、活动主题 人人出彩 技能强国",
                        "二、活动内容 护理技能展示、健康知识进社区、急救知识培训、开放日。",
                        "三、宣传报道",
                        "四、工作要求",
                        "五、联络员信息",
                    ],
                    table=[
                        ["单位", "姓名", "职务", "邮箱", "手机"],
                        [
                            "泰山护理职业学院",
                            "刘倩",
                            "党政办公室主任",
                            "dzbgs@tshlzy.edu.cn",
                            "13953867749",
                        ],
                    ],
                ),
                "tshl",
            )
        ],
        column_url="http://www.tshlzy.edu.cn/2020zjhdz/",
        liaison=person(
            "泰山护理职业学院", "刘倩", "党政办公室主任", "dzbgs@tshlzy.edu.cn", "13953867749"
        ),
    )
    a = [
        (
            "泰山护理职业学院开展急救知识进社区活动",
            "11月9日，学院组织师生走进社区开展急救知识培训。",
        ),
        ("泰护学子护理技能展示精彩纷呈", "11月10日，学院举行护理技能展示。"),
        ("泰山护理职业学院举办网络开放日", "学院通过网络直播举办开放日，展示护理实训中心。"),
    ]
    send(
        b,
        u,
        "11-11 10:10",
        "thunderbird",
        "泰山护理职业学院活动周宣传材料",
        "市教育局职成高教科：\n\n宣传材料3篇，请查收。\n\n刘倩",
        [art(f"{h}.docx", article(h, ld), "tshl") for h, ld in a],
    )
    a2 = [
        ("泰山护理职业学院为老人免费体检", "学院医护志愿者为敬老院老人免费体检。"),
        ("泰山护理职业学院活动周综述", "11月8日至14日，学院开展职业教育活动周系列活动。"),
    ]
    send(
        b,
        u,
        "11-14 15:20",
        "thunderbird",
        "泰山护理职业学院活动周宣传材料（二）",
        "市教育局职成高教科：\n\n宣传材料2篇（PDF），请查收。\n\n刘倩",
        [art(f"{h}.pdf", article(h, ld, producer="lo-pdf"), "tshl") for h, ld in a2],
    )
    send(
        b,
        u,
        "11-16 11:05",
        "thunderbird",
        "泰山护理职业学院活动周总结报告、统计表",
        "市教育局职成高教科：\n\n附件为我院活动周总结报告和统计表。\n\n刘倩\n泰山护理职业学院党政办公室",
        [
            summ(
                "泰山护理职业学院活动周总结报告.odt",
                text_doc(
                    "泰山护理职业学院2020年职业教育活动周总结报告",
                    ["学院认真组织开展活动周活动，服务群众1800余人次。"],
                    "lo-odt",
                ),
                "tshl",
            ),
            stat(
                "泰山护理职业学院统计表.xlsx",
                stats("泰山护理职业学院", [6, 14, 1, 9, 3300, 1800, 9, 20000], "lo-xlsx"),
                "tshl",
            ),
        ],
    )


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    send(
        b,
        u,
        "11-04 09:30",
        "coremail",
        "泰安技师学院职业教育活动周方案",
        "市人社局职业能力建设科：\n  按照泰教函〔2020〕72号通知要求，技工院校向市人社局报送。"
        "现将我院活动周方案报上。\n  专栏：http://www.tajsxy.cn/zjhdz2020/\n"
        "  联络员：泰安技师学院招生就业处 孟凡军 副处长 tajsxy_zsb@163.com 13181790516\n"
        "\n泰安技师学院",
        [
            plan(
                "泰安技师学院活动周方案.docx",
                text_doc(
                    "泰安技师学院2020年职业教育活动周方案",
                    ["一、活动时间；二、活动内容：技能竞赛展示、技能下乡、开放日；三、要求。"],
                ),
                "tajsxy",
            )
        ],
        to=RSJ,
        column_url="http://www.tajsxy.cn/zjhdz2020/",
        liaison=person(
            "泰安技师学院", "孟凡军", "招生就业处副处长", "tajsxy_zsb@163.com", "13181790516"
        ),
    )
    a = [
        ("泰安技师学院举办技能竞赛成果展", "学院举办技能竞赛成果展，展示世赛、国赛获奖作品。"),
        ("泰安技师学院师生开展技能下乡服务", "11月10日，学院师生到大汶口镇开展农机维修。"),
        ("泰安技师学院举办校园开放日", "11月11日，学院迎来500余名初中学生和家长参观。"),
        ("泰安技师学院开展电工技能进社区活动", "学院电工专业师生为社区居民检修线路。"),
        ("技工教育成就出彩人生——泰安技师学院毕业生风采", "学院毕业生在各行各业发挥骨干作用。"),
    ]
    send(
        b,
        u,
        "11-11 15:00",
        "coremail",
        "泰安技师学院活动周宣传材料",
        "市人社局职业能力建设科：\n  我院宣传材料3篇，请查收。\n孟凡军",
        [art(f"{h}.docx", article(h, ld), "tajsxy") for h, ld in a[:3]],
        to=RSJ,
    )
    send(
        b,
        u,
        "11-13 15:30",
        "coremail",
        "泰安技师学院活动周宣传材料2",
        "市人社局职业能力建设科：\n  宣传材料2篇，请查收。\n孟凡军",
        [art(f"{h}.docx", article(h, ld), "tajsxy") for h, ld in a[3:]],
        to=RSJ,
    )
    send(
        b,
        u,
        "11-16 09:48",
        "coremail",
        "泰安技师学院活动周总结和统计表",
        "市人社局职业能力建设科：\n  总结和统计表见附件。\n孟凡军",
        [
            summ(
                "泰安技师学院活动周总结.docx",
                text_doc(
                    "泰安技师学院2020年职业教育活动周总结",
                    ["学院共开展活动20项，参与师生5000余人次。"],
                ),
                "tajsxy",
            ),
            stat(
                "泰安技师学院统计表.xlsx",
                stats("泰安技师学院", [6, 14, 1, 8, 5000, 1600, 9, 17000]),
                "tajsxy",
            ),
        ],
        to=RSJ,
    )


def tagj(b: Builder) -> None:
    u = U["tagj"]
    body = (
        "郝科长、田科长：\n您好！我校活动周方案已附。\n学校活动周专栏：http://www.tagjjx.com/hdz/\n"
        "联络员：教务处 于洪波 主任 邮箱 tagjjx_jwc@126.com 手机 15763822064\n\n"
        "泰安市高级技工学校教务处"
    )
    files = [
        plan(
            "附件1",
            text_doc(
                "泰安市高级技工学校2020年职业教育活动周方案",
                ["一、主题；二、内容：技能展示、校园开放、志愿服务；三、安排。"],
            ),
            "tagj",
        )
    ]
    label = {
        "column_url": "http://www.tagjjx.com/hdz/",
        "liaison": person("", "于洪波", "教务处主任", "tagjjx_jwc@126.com", "15763822064"),
    }
    item = send(
        b,
        u,
        "11-05 14:30",
        "coremail",
        "高级技工学校活动周方案",
        body,
        [plan("附件1.docx", files[0].doc, "tagj")],
        to=RSJ,
        cc=CITY,
        **label,
    )
    copy = send(
        b,
        u,
        "11-05 14:30",
        "coremail",
        "高级技工学校活动周方案",
        body,
        [plan("附件1.docx", files[0].doc, "tagj")],
        to=RSJ,
        cc=CITY,
        **label,
    )
    copy.mail.slug = item.mail.slug  # one mail, delivered to both mailboxes
    copy.label["note"] = "the same mail as the previous one, in the city's box through Cc"
    a = [
        ("高级技工学校举办技能展示活动", "11月9日，泰安市高级技工学校举办技能展示活动。"),
        ("高级技工学校开展志愿服务进社区", "学校师生走进社区开展家电维修志愿服务。"),
        ("高级技工学校开放日迎来家长学生", "11月12日，学校举办校园开放日。"),
    ]
    send(
        b,
        u,
        "11-12 16:50",
        "coremail",
        "高级技工学校活动周稿件",
        "郝科长：\n稿件3篇请查收。\n于洪波",
        [art(f"{h}.docx", article(h, ld), "tagj") for h, ld in a],
        to=RSJ,
    )
    a2 = [
        ("高级技工学校举办校企合作座谈会", "11月13日，学校与合作企业召开座谈会。"),
        ("高级技工学校活动周圆满结束", "11月14日，学校活动周各项活动圆满结束。"),
    ]
    send(
        b,
        u,
        "11-15 10:12",
        "coremail",
        "高级技工学校活动周稿件（补）",
        "郝科长：\n补报稿件2篇，晚了一天，抱歉。\n于洪波",
        [art(f"{h}.docx", article(h, ld), "tagj") for h, ld in a2],
        to=RSJ,
    )
    send(
        b,
        u,
        "11-16 15:05",
        "coremail",
        "高级技工学校总结、统计表",
        "郝科长：\n总结、统计表见附件。\n于洪波",
        [
            summ(
                "总结.docx",
                text_doc(
                    "泰安市高级技工学校2020年职业教育活动周总结",
                    ["学校共开展活动12项，参与师生2100人次。"],
                ),
                "tagj",
            ),
            stat(
                "统计表.xlsx", stats("泰安市高级技工学校", [3, 9, 1, 4, 2100, 700, 5, 6000]), "tagj"
            ),
        ],
        to=RSJ,
    )


STORIES = [tshl, tajsxy, tagj]
