"""The seven county bureaus of set17: an ordinary month, each bureau in its own voice.

taishan: everything on time, government Coremail; daiyue: the 职务 forgotten, sent next day
(late); xintai: a WeChat article link among files, summary as a PDF; feicheng: a question
first, a .doc plan saved by WPS; ningyang: late with the plan and the summary; dongping:
only four articles; gaoxin: the statistics table forgotten and sent the next morning.
"""

from __future__ import annotations

from .build import Builder, person, send
from .paper import article, stats, text_doc
from .people import U, art, plan, stat, summ


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    send(
        b,
        u,
        "11-06 17:30",
        "coremail",
        "宁阳县教体局报送活动周方案（迟报）",
        "市教育局职成高教科：\n    因我局近期迎接省里督导检查，方案报送晚了，非常抱歉！\n"
        "    附件为宁阳县活动周方案。专栏网址：http://www.ningyang.gov.cn/jtj/zjhdz/\n"
        "    联络员：宁阳县教育和体育局 陈晓 职成科科长 nyjtjzck@163.com 13562851930\n"
        "\n宁阳县教体局",
        [
            plan(
                "宁阳县教育和体育局.docx",
                text_doc(
                    "宁阳县2020年职业教育活动周工作方案",
                    [
                        "根据泰教函〔2020〕72号文件要求，结合我县实际，制定本方案。",
                        "一、活动主题；二、活动内容；三、工作要求。",
                    ],
                ),
                "ningyang",
            )
        ],
        column_url="http://www.ningyang.gov.cn/jtj/zjhdz/",
        liaison=person(
            "宁阳县教育和体育局", "陈晓", "职成科科长", "nyjtjzck@163.com", "13562851930"
        ),
    )
    a = [
        ("宁阳县职业教育活动周启动", "11月8日，宁阳县职业教育活动周启动仪式在宁阳职专举行。"),
        ("宁阳职专开展“校园开放日”活动", "11月10日，宁阳职专向社会开放实训基地。"),
    ]
    send(
        b,
        u,
        "11-12 16:18",
        "coremail",
        "宁阳宣传材料",
        "您好，宁阳县宣传材料两篇。",
        [art(f"{h}.docx", article(h, ld), "ningyang") for h, ld in a],
    )
    a2 = [
        ("宁阳县组织职业学校师生开展技能服务", "宁阳县组织师生走进蒋集镇，开展农机维修服务。"),
        ("宁阳县开展职业启蒙教育活动", "宁阳县职业学校教师走进中小学开设职业体验课程。"),
        ("宁阳县召开校企合作座谈会", "11月13日，宁阳县召开校企合作座谈会。"),
    ]
    send(
        b,
        u,
        "11-14 20:06",
        "iphone",
        "宁阳宣传材料3篇",
        "您好，宁阳县宣传材料三篇，请查收。\n陈晓",
        [art(f"{h}.docx", article(h, ld), "ningyang") for h, ld in a2],
    )
    send(
        b,
        u,
        "11-17 09:12",
        "coremail",
        "宁阳县活动周总结和统计表（补报）",
        "市教育局职成高教科：\n    宁阳县活动周总结和统计表补报，请谅解。\n\n陈晓",
        [
            summ(
                "宁阳县活动周总结.docx",
                text_doc(
                    "宁阳县2020年职业教育活动周总结",
                    [
                        "活动周期间，我县职业学校共开展活动22场。",
                        "下一步，我们将继续做好职业教育宣传工作。",
                    ],
                ),
                "ningyang",
            ),
            stat(
                "宁阳县统计表.xlsx",
                stats("宁阳县教育和体育局", [6, 16, 2, 5, 2600, 1500, 9, 12000], title=False),
                "ningyang",
            ),
        ],
    )


def dongping(b: Builder) -> None:
    u = U["dongping"]
    send(
        b,
        u,
        "11-04 15:33",
        "outlook",
        "东平县职业教育活动周方案、专栏及联络员",
        "市教育局职成高教科：\n\n东平县活动周方案见附件。\n\n"
        "宣传专栏：http://www.dongping.gov.cn/col/col_jtj_zjzhdz/index.html\n\n"
        "联络员信息：\n单位：东平县教育和体育局\n姓名：马新宇\n职务：职成教科科长\n"
        "邮箱：dpxjtj_zcjk@ta.shandong.cn\n手机：13853835271\n\n"
        "东平县教育和体育局\n2020年11月4日",
        [
            plan(
                "东平县2020年职业教育活动周实施方案.docx",
                text_doc(
                    "东平县2020年职业教育活动周实施方案",
                    [
                        "为展示我县职业教育改革发展成果，营造良好社会氛围，特制定本方案。",
                        "一、活动时间 2020年11月8日-14日。",
                        "二、主要活动 （一）启动仪式；（二）技能展示；"
                        "（三）技能下乡；（四）宣传报道。",
                    ],
                ),
                "dongping",
            )
        ],
        column_url="http://www.dongping.gov.cn/col/col_jtj_zjzhdz/index.html",
        liaison=person(
            "东平县教育和体育局",
            "马新宇",
            "职成教科科长",
            "dpxjtj_zcjk@ta.shandong.cn",
            "13853835271",
        ),
    )
    a = [
        (
            "东平县举行2020年职业教育活动周启动仪式",
            "11月8日，东平县职业教育活动周启动仪式在东平职教中心举行。",
        ),
        (
            "东平职教中心学生走进湖区开展技能服务",
            "11月11日，东平职教中心师生走进老湖镇，为渔民维修船用机械。",
        ),
        ("东平县职业学校开展“文明风采”展示", "东平县职业学校组织学生开展书法、绘画作品展。"),
    ]
    send(
        b,
        u,
        "11-12 10:48",
        "outlook",
        "东平县活动周宣传材料",
        "市教育局职成高教科：\n\n东平县活动周宣传材料3篇见附件。\n\n马新宇",
        [art(f"{h}.docx", article(h, ld), "dongping") for h, ld in a],
    )
    h, ld = "东平县职业教育活动周圆满结束", "11月14日，东平县职业教育活动周圆满落下帷幕。"
    send(
        b,
        u,
        "11-14 16:55",
        "outlook",
        "东平县宣传材料",
        "市教育局职成高教科：\n\n再报1篇。\n\n马新宇",
        [art(f"{h}.docx", article(h, ld), "dongping")],
    )
    send(
        b,
        u,
        "11-16 11:40",
        "py-compat32",
        "东平县活动周总结报告及统计表",
        "市教育局职成高教科：\n\n东平县活动周总结报告及情况统计表见附件，请审阅。\n\n"
        "东平县教育和体育局 马新宇",
        [
            summ(
                "东平县2020年职业教育活动周总结报告.docx",
                text_doc(
                    "东平县2020年职业教育活动周总结报告",
                    [
                        "按照市教育局等9部门要求，我县扎实开展了职业教育活动周活动。",
                        "活动周期间共开展活动25项，发布宣传报道10篇。",
                    ],
                ),
                "dongping",
            ),
            stat(
                "东平县2020年职业教育活动周情况统计表.xls",
                stats("东平县教育和体育局", [7, 18, 2, 8, 3100, 2200, 10, 18000], "lo-xls"),
                "dongping",
            ),
        ],
        charset="gbk",
    )


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    send(
        b,
        u,
        "11-05 09:50",
        "coremail",
        "高新区活动周方案",
        "市局职成高教科：\n  高新区活动周方案已附，专栏网址http://www.tahtz.gov.cn/sy/jtj/zjhdz/，"
        "联络员韩冰，高新区教体局社会事业科科员，邮箱gxqjtj2020@163.com，电话18254803619。\n"
        "\n高新区教体局",
        [
            plan(
                "高新区活动周方案.docx",
                text_doc(
                    "泰安高新区2020年职业教育活动周方案",
                    [
                        "为做好我区职业教育活动周工作，制定本方案。",
                        "一、活动内容；二、时间安排；三、要求。",
                    ],
                ),
                "gaoxin",
            )
        ],
        column_url="http://www.tahtz.gov.cn/sy/jtj/zjhdz/",
        liaison=person(
            "高新区教体局", "韩冰", "社会事业科科员", "gxqjtj2020@163.com", "18254803619"
        ),
    )
    links = [
        "https://mp.weixin.qq.com/s/gX2d9LqpTn0cVbK7yWm3Hw",
        "https://mp.weixin.qq.com/s/Qa81ZfTbRr5sYe6NuLc2oA",
    ]
    send(
        b,
        u,
        "11-10 14:22",
        "coremail",
        "高新区活动周报道链接",
        "市局职成高教科：\n  高新区活动周报道2篇，已在“泰安高新区教育”公众号发布：\n"
        f"  1.高新区职业教育活动周启动 {links[0]}\n"
        f"  2.高新区开展职业体验进校园活动 {links[1]}\n\n韩冰",
        article_links=links,
    )
    a = [
        ("高新区组织师生开展志愿服务", "11月11日，高新区职业学校师生走进北集坡街道开展志愿服务。"),
        ("高新区举办校企合作对接会", "11月12日，高新区举办校企合作对接会，20余家企业参加。"),
        ("高新区职业教育活动周落下帷幕", "11月14日，高新区职业教育活动周圆满结束。"),
    ]
    send(
        b,
        u,
        "11-14 11:30",
        "coremail",
        "高新区稿件",
        "市局职成高教科：\n  高新区稿件3篇请查收。\n韩冰",
        [art(f"{h}.docx", article(h, ld), "gaoxin") for h, ld in a],
    )
    send(
        b,
        u,
        "11-16 16:08",
        "coremail",
        "高新区活动周总结",
        "市局职成高教科：\n  高新区活动周总结见附件。\n韩冰",
        [
            summ(
                "高新区活动周总结.docx",
                text_doc(
                    "泰安高新区2020年职业教育活动周总结",
                    ["活动周期间，我区共开展各类活动15场，参与师生2000余人次。"],
                ),
                "gaoxin",
            )
        ],
    )
    send(
        b,
        u,
        "11-17 08:26",
        "android",
        "回复：高新区活动周总结",
        "市局职成高教科：\n  昨天统计表忘了附上，现补发，请查收。不好意思！\n韩冰",
        [
            stat(
                "高新区统计表.xlsx",
                stats("泰安高新区教体局", [5, 10, 1, 4, 2000, 900, 5, 9000]),
                "gaoxin",
            )
        ],
    )


STORIES = [ningyang, dongping, gaoxin]
