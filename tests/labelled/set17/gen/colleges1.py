"""The higher vocational colleges and the two 技工院校 of set17, in their own voices.

tzy: Outlook, a PDF plan from Word, six articles and a question on length; tsvtc: the column
sent as a second mail the same afternoon; sdfzxy: WeChat links first, docx later; lmkj: one
article a day from the 宣传部 box; tshl: Thunderbird, a liaison table in the plan; tajsxy:
everything to the 人社局's mailbox; tagj: to the 人社局 with the city in Cc (one mail in both
boxes), the fourth and fifth articles on 11-15 (late).
"""

from __future__ import annotations

from .build import Builder, person, send
from .paper import article, stats, text_doc
from .people import U, art, plan, stat, summ


def tzy(b: Builder) -> None:
    u = U["tzy"]
    send(
        b,
        u,
        "11-04 14:12",
        "outlook",
        "泰安职业技术学院职业教育活动周方案等材料",
        "市教育局职成高教科：\n\n您好！按照通知要求，现将我院活动周实施方案（PDF）报送，"
        "宣传专栏地址及联络员信息如下：\n\n"
        "宣传专栏：https://www.tzy.edu.cn/zjhdz2020/\n"
        "联络员：泰安职业技术学院党委宣传部 张晓燕（宣传部副部长）\n"
        "邮箱：tzyxcb@tzy.edu.cn  手机：13675487302\n\n"
        "谢谢！\n\n张晓燕\n泰安职业技术学院党委宣传部\n电话：0538-6227135",
        [
            plan(
                "泰安职业技术学院2020年职业教育活动周实施方案.pdf",
                text_doc(
                    "泰安职业技术学院2020年职业教育活动周实施方案",
                    [
                        "为认真贯彻落实泰教函〔2020〕72号文件精神，学院决定于11月8日至14日开展职业教育"
                        "活动周系列活动。",
                        "一、组织机构 成立以院长为组长的活动周工作领导小组。",
                        "二、活动内容 1.云上开放日；2.技能大师进校园；3.社区服务；4.职业启蒙体验。",
                        "三、宣传工作 党委宣传部负责宣传报道。",
                    ],
                    "docx-pdf",
                    header="泰安职业技术学院",
                ),
                "tzy",
            )
        ],
        column_url="https://www.tzy.edu.cn/zjhdz2020/",
        liaison=person(
            "泰安职业技术学院",
            "张晓燕",
            "宣传部副部长",
            "tzyxcb@tzy.edu.cn",
            "13675487302",
        ),
    )
    send(
        b,
        u,
        "11-09 09:15",
        "outlook",
        "咨询：宣传稿件字数",
        "市教育局职成高教科老师：\n\n您好！请问活动周宣传稿件对字数和图片有无要求？"
        "是否需要单独提供照片？\n\n张晓燕",
    )
    a = [
        (
            "我院举行2020年职业教育活动周启动仪式",
            "11月8日上午，泰安职业技术学院2020年职业教育活动周启动仪式在学院体育馆举行。",
        ),
        (
            "我院开展“云上开放日”活动",
            "学院通过网络直播方式举办“云上开放日”，在线观看人数超过1.2万人次。",
        ),
        (
            "我院师生走进社区开展义诊和家电维修服务",
            "11月10日，学院医学和机电专业师生走进泰前街道，开展义诊和家电维修。",
        ),
    ]
    send(
        b,
        u,
        "11-10 17:03",
        "outlook",
        "泰职院活动周宣传稿（1-3）",
        "市教育局职成高教科：\n\n报送我院活动周宣传稿3篇，请审阅。\n\n张晓燕",
        [art(f"{n}.{h}.docx", article(h, ld), "tzy") for n, (h, ld) in enumerate(a, 1)],
    )
    a2 = [
        (
            "技能大师进校园 匠心传承育新人",
            "11月11日，学院邀请3位齐鲁首席技师走进校园，与学生面对面交流。",
        ),
        ("我院举办校企合作成果展", "学院举办校企合作成果展，展出合作企业共建项目40余项。"),
        ("我院职业教育活动周圆满落幕", "11月14日，学院2020年职业教育活动周圆满落幕。"),
    ]
    send(
        b,
        u,
        "11-14 10:22",
        "outlook",
        "泰职院活动周宣传稿（4-6）",
        "市教育局职成高教科：\n\n报送我院活动周宣传稿3篇，请审阅。\n\n张晓燕",
        [art(f"{n}.{h}.docx", article(h, ld), "tzy") for n, (h, ld) in enumerate(a2, 4)],
    )
    send(
        b,
        u,
        "11-16 14:50",
        "outlook",
        "泰安职业技术学院活动周总结报告及统计表",
        "市教育局职成高教科：\n\n现将我院活动周总结报告及情况统计表报送，请审阅。\n\n"
        "张晓燕\n泰安职业技术学院党委宣传部",
        [
            summ(
                "泰安职业技术学院2020年职业教育活动周总结报告.docx",
                text_doc(
                    "泰安职业技术学院2020年职业教育活动周总结报告",
                    [
                        "学院高度重视职业教育活动周工作，精心组织，周密部署。",
                        "活动周期间共举办各类活动32项，参与师生1.1万人次，服务群众2300人次。",
                    ],
                ),
                "tzy",
            ),
            stat(
                "统计表-泰安职业技术学院.xlsx",
                stats("泰安职业技术学院", [14, 18, 2, 6, 11000, 2300, 12, 85000]),
                "tzy",
            ),
        ],
    )


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    send(
        b,
        u,
        "11-05 10:08",
        "foxmail",
        "泰山职业技术学院活动周方案及联络员",
        "市教育局职成高教科：\n    附件为我院2020年职业教育活动周方案。\n"
        "    联络员：李卫东，党委宣传统战部科长，xcb@tsvtc.edu.cn，15864166027。\n"
        "    宣传专栏正在调试，调试好后马上报送。\n\n泰山职业技术学院党委宣传统战部",
        [
            plan(
                "泰山职业技术学院职业教育活动周方案.docx",
                text_doc(
                    "泰山职业技术学院2020年职业教育活动周活动方案",
                    [
                        "一、活动主题：人人出彩 技能强国",
                        "二、活动时间：2020年11月8日至14日",
                        "三、活动安排：技能展示、开放日、志愿服务、校企对话。",
                    ],
                ),
                "tsvtc",
            )
        ],
        liaison=person("", "李卫东", "党委宣传统战部科长", "xcb@tsvtc.edu.cn", "15864166027"),
    )
    send(
        b,
        u,
        "11-05 15:44",
        "foxmail",
        "补报：泰山职院活动周宣传专栏地址",
        "市教育局职成高教科：\n    我院活动周宣传专栏已上线，网址：http://www.tsvtc.edu.cn/zjhdz/\n"
        "\n李卫东",
        column_url="http://www.tsvtc.edu.cn/zjhdz/",
    )
    a = [
        (
            "泰山职院开展职业教育活动周技能展示活动",
            "11月9日，泰山职业技术学院在实训中心举办技能展示活动。",
        ),
        ("泰山职院师生志愿服务进社区", "学院青年志愿者走进岱庙街道开展志愿服务。"),
        ("泰山职院举行校企对话会", "11月11日，学院与15家合作企业举行校企对话会。"),
    ]
    send(
        b,
        u,
        "11-11 17:30",
        "foxmail",
        "泰山职院活动周稿件",
        "市教育局职成高教科：\n    我院活动周稿件3篇，请查收。\n\n李卫东",
        [art(f"{h}.docx", article(h, ld), "tsvtc") for h, ld in a],
    )
    a2 = [
        ("泰山职院举办“云上开放日”", "学院通过直播平台举办“云上开放日”，展示专业建设成果。"),
        ("泰山职院优秀毕业生返校分享成长故事", "11月13日，5名优秀毕业生返校与在校生分享成长经历。"),
    ]
    send(
        b,
        u,
        "11-13 16:25",
        "foxmail",
        "泰山职院活动周稿件（续）",
        "市教育局职成高教科：\n    续报稿件2篇。\n\n李卫东",
        [art(f"{h}.docx", article(h, ld), "tsvtc") for h, ld in a2],
    )
    send(
        b,
        u,
        "11-16 10:36",
        "foxmail",
        "泰山职院活动周总结",
        "市教育局职成高教科：\n    我院活动周总结及统计表见附件。\n\n李卫东",
        [
            summ(
                "泰山职业技术学院活动周总结.docx",
                text_doc(
                    "泰山职业技术学院2020年职业教育活动周总结",
                    ["学院按照上级要求，认真组织开展活动周各项活动。", "共开展活动21项。"],
                ),
                "tsvtc",
            ),
            stat(
                "活动周情况统计表.xlsx",
                stats("泰山职业技术学院", [9, 12, 1, 5, 7600, 1200, 8, 30000]),
                "tsvtc",
            ),
        ],
    )


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    send(
        b,
        u,
        "11-04 16:20",
        "coremail",
        "山东服装职业学院活动周方案",
        "尊敬的职成高教科领导：\n  您好！现报送山东服装职业学院活动周方案，"
        "专栏地址http://www.sdfzxy.edu.cn/zjhdz/index.htm\n"
        "  联络员：王芳 党政办公室副主任 邮箱sdfzxy_dzb@126.com 手机13793810468\n"
        "\n山东服装职业学院党政办公室",
        [
            plan(
                "活动周方案.docx",
                text_doc(
                    "山东服装职业学院2020年职业教育活动周实施方案",
                    [
                        "一、指导思想；二、活动主题；三、活动内容：服装设计作品线上展、非遗技艺体验、"
                        "社区缝补服务；四、组织保障。"
                    ],
                ),
                "sdfzxy",
            )
        ],
        column_url="http://www.sdfzxy.edu.cn/zjhdz/index.htm",
        liaison=person("", "王芳", "党政办公室副主任", "sdfzxy_dzb@126.com", "13793810468"),
    )
    links = [
        "https://mp.weixin.qq.com/s/Fz0Hk3nW8qPbUe2LtR6mYA",
        "https://mp.weixin.qq.com/s/pL7xWc1DgS9aKe4NrQ5tHu",
    ]
    send(
        b,
        u,
        "11-10 11:05",
        "coremail",
        "服装学院活动周推送链接",
        "职成高教科领导好：\n我院活动周两篇推送：\n"
        f"《我院服装设计作品云展开幕》{links[0]}\n"
        f"《服装学院学子为社区老人缝补衣物》{links[1]}\n\n王芳",
        article_links=links,
    )
    a = [
        ("山东服装职业学院举办非遗技艺体验活动", "11月11日，学院邀请鲁绣传承人开展技艺体验。"),
        ("我院开展职业启蒙教育进小学活动", "学院教师走进泰安实验小学，带领学生体验服装设计。"),
        ("山东服装职业学院活动周校企合作签约", "11月13日，学院与4家服装企业签订合作协议。"),
    ]
    send(
        b,
        u,
        "11-13 09:58",
        "coremail",
        "服装学院稿件3篇",
        "职成高教科领导好：\n附件稿件三篇，请审阅。\n王芳",
        [
            art(
                f"{h}.docx",
                article(h, ld, producer="lo-docx" if n == 2 else "python-docx"),
                "sdfzxy",
            )
            for n, (h, ld) in enumerate(a)
        ],
    )
    send(
        b,
        u,
        "11-16 16:44",
        "coremail",
        "山东服装职业学院活动周总结报告和统计表",
        "尊敬的职成高教科领导：\n  附件是我院总结报告和统计表，请审阅。\n\n王芳",
        [
            summ(
                "山东服装职业学院活动周总结报告.docx",
                text_doc(
                    "山东服装职业学院2020年职业教育活动周总结报告",
                    ["活动周期间，学院组织开展各类活动18项，参与师生4300人次。"],
                ),
                "sdfzxy",
            ),
            stat(
                "统计表.xlsx",
                stats("山东服装职业学院", [8, 10, 1, 3, 4300, 600, 7, 26000]),
                "sdfzxy",
            ),
        ],
    )


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    send(
        b,
        u,
        "11-05 17:12",
        "coremail",
        "力明学院活动周方案及联络人",
        "您好\n附件是山东力明科技职业学院活动周方案\n联络人：宣传部 周强 部长 "
        "lmxy_xcb@163.com 18805382297\n专栏：http://www.lmpx.com/zjhdz/\n\n力明学院宣传部",
        [
            plan(
                "力明学院2020职教活动周方案.docx",
                text_doc(
                    "山东力明科技职业学院2020年职业教育活动周活动方案",
                    [
                        "学院定于11月8日至14日开展职业教育活动周活动，具体安排如下。",
                        "一、健康义诊进社区；二、中医药文化体验；三、开放日；四、宣传报道。",
                    ],
                ),
                "lmkj",
            )
        ],
        column_url="http://www.lmpx.com/zjhdz/",
        liaison=person("", "周强", "宣传部部长", "lmxy_xcb@163.com", "18805382297"),
    )
    days = [
        ("11-09 16:40", "力明学院举行职业教育活动周启动仪式", "11月9日，学院举行活动周启动仪式。"),
        (
            "11-10 17:15",
            "力明学院师生开展健康义诊进社区活动",
            "学院护理专业师生走进泰山区上高街道开展健康义诊。",
        ),
        ("11-11 16:58", "力明学院举办中医药文化体验活动", "学院面向社会开放中医药文化馆。"),
        ("11-12 18:02", "力明学院开展网络开放日活动", "学院通过直播展示实训教学。"),
        ("11-13 17:26", "力明学院举办优秀毕业生事迹报告会", "学院邀请优秀毕业生作事迹报告。"),
    ]
    subj = [
        "力明学院活动周稿件",
        "力明学院稿件2",
        "力明学院 稿件3",
        "力明学院稿件4",
        "力明学院稿件5",
    ]
    apps = ["coremail", "coremail", "iphone", "qqmobile", "coremail"]
    for (when, h, ld), s, app in zip(days, subj, apps, strict=True):
        send(
            b,
            u,
            when,
            app,
            s,
            "您好，今天的稿件，请查收。\n周强",
            [art(f"{h}.docx", article(h, ld, producer="plain"), "lmkj")],
        )
    send(
        b,
        u,
        "11-16 17:40",
        "coremail",
        "力明学院活动周总结、统计表",
        "您好\n总结和统计表请查收\n周强",
        [
            summ(
                "总结.docx",
                text_doc(
                    "山东力明科技职业学院2020年职业教育活动周总结",
                    ["活动周期间学院共开展活动16场，服务群众1200余人次。"],
                ),
                "lmkj",
            ),
            stat(
                "统计表.xls",
                stats("山东力明科技职业学院", [5, 11, 1, 6, 2900, 1200, 5, 15000], "lo-xls"),
                "lmkj",
            ),
        ],
    )


STORIES = [tzy, tsvtc, sdfzxy, lmkj]
