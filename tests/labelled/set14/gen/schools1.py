"""Set14's colleges: plans carrying the liaison and column once, early articles, thread replies.

tzy: the liaison and column only inside its plan of 11-02; two articles on 11-06 (before the
week: they count). tsvtc: a reply under the reminder quoting its own earlier mail with the
attachment names (no files). sdfzxy: 见上一封邮件 under the second reminder; a summary and a
table nobody can open. lmkj: everything in many small mails from a phone, no statistics.
tshl: the liaison and the column in a signature repeated in every mail.
"""

from __future__ import annotations

from .build import Builder, person, send
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


def tzy(b: Builder) -> None:
    u = U["tzy"]
    send(
        b,
        u,
        "11-02 16:45",
        "nodemailer",
        "泰安职业技术学院职业教育活动周工作方案",
        "市教育局职成高教科：\n  我院活动周工作方案已经院长办公会研究通过，现报上，请审阅。\n"
        "泰安职业技术学院教务处",
        [
            f(
                "泰安职业技术学院2020年职业教育活动周工作方案.docx",
                docx(
                    ("h", "泰安职业技术学院2020年职业教育活动周工作方案"),
                    ("p", "一、活动时间 2020年11月8日—14日（预热宣传自11月6日开始）"),
                    ("p", "二、活动内容 （一）云上开放日 （二）技能大师工作室开放 （三）送技下乡"),
                    (
                        "p",
                        "三、宣传专栏 学院官网“职教活动周”专栏：https://www.tzy.edu.cn/zjhdz2020/",
                    ),
                    (
                        "t",
                        [
                            ["联络员", "职务", "手机", "邮箱"],
                            ["韩雪", "教务处副处长", "13615482093", "tzy_jwc@tzy.edu.cn"],
                        ],
                    ),
                ),
                "plan",
                "tzy",
            )
        ],
        column_url="https://www.tzy.edu.cn/zjhdz2020/",
        liaison=person("", "韩雪", "教务处副处长", "tzy_jwc@tzy.edu.cn", "13615482093"),
        note="the column and liaison are only in the plan, sent once",
    )
    early = [
        ("泰职院职教活动周预热：大师工作室将向市民开放", "6日，学院发布活动周预告。"),
        ("泰职院“云上开放日”预约通道开启", "即日起可在线预约参观实训中心。"),
    ]
    send(
        b,
        u,
        "11-06 10:20",
        "nodemailer",
        "活动周预热稿件2篇（提前报送）",
        "活动周还没开始，先报两篇预热稿件。",
        [art(f"{t}.docx", A(t, p), "tzy") for t, p in early],
        note="before 11-08: they count",
    )
    later = [
        ("11-09 15:00", "泰职院举行职教活动周启动仪式", "8日，学院活动周启动。"),
        ("11-10 16:30", "泰职院师生赴岱岳区开展送技下乡", "农学专业师生指导果农冬季管理。"),
        ("11-12 09:15", "泰职院技能大师工作室迎来市民参观", "3个工作室接待市民200余人。"),
    ]
    for when, t, p in later:
        send(
            b,
            u,
            when,
            "nodemailer",
            t,
            "报送稿件一篇。",
            [art(f"{t}.pdf", html_doc("lo-pdf", t, [p]), "tzy")],
        )
    send(
        b,
        u,
        "11-16 10:50",
        "nodemailer",
        "泰职院活动周总结报告及统计表",
        "附件两个，请查收。",
        [
            f(
                "泰安职业技术学院职业教育活动周总结报告.docx",
                A("泰安职业技术学院职业教育活动周总结报告", "学院共举办活动17项。"),
                "summary",
                "tzy",
            ),
            f(
                "2020年职业教育活动周情况统计表.xlsx",
                sheet("泰安职业技术学院", [9, 8, 2, 4, 6800, 1500, 12, 22000]),
                "statistics",
                "tzy",
            ),
        ],
    )


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    send(
        b,
        u,
        "11-03 11:05",
        "thunderbird",
        "泰山职院活动周方案、专栏、联络员",
        "您好，\n\n附件：泰山职院活动周方案.docx\n专栏：http://www.tsvtc.edu.cn/zjhdz/\n"
        "联络员：马俊峰 宣传部干事 18354829315 xcb@tsvtc.edu.cn\n\n泰山职业技术学院宣传部",
        [
            f(
                "泰山职院活动周方案.docx",
                A("泰山职业技术学院职业教育活动周方案", "学院各系部结合专业特点开展活动。"),
                "plan",
                "tsvtc",
            )
        ],
        column_url="http://www.tsvtc.edu.cn/zjhdz/",
        liaison=person("", "马俊峰", "宣传部干事", "xcb@tsvtc.edu.cn", "18354829315"),
    )
    send(
        b,
        u,
        "11-04 10:02",
        "thunderbird",
        "Re: " + REMINDER,
        "田老师好，我院材料11月3日上午已报送，原邮件如下，请核对是否收到。\n\n"
        "-------- 转发的消息 --------\n主题：泰山职院活动周方案、专栏、联络员\n日期："
        "2020/11/3 11:05\n"
        "发件人：xcb@tsvtc.edu.cn\n\n附件：泰山职院活动周方案.docx\n专栏：http://www.tsvtc.edu.cn/zjhdz/\n"
        "联络员：马俊峰 宣传部干事\n\n在 2020/11/4 9:00, 泰安市教育局职成高教科 写道:\n> "
        "各县市区、各职业院校：……",
        headers=thread(REMINDER_ID),
        column_url="http://www.tsvtc.edu.cn/zjhdz/",
        note="quotes the earlier mail and its attachment's name; no file travels",
    )
    a = [
        ("泰山职院举办“技能强国”主题展", "学院在图书馆一楼举办主题展。"),
        ("泰山职院学子为社区老人义诊", "护理系学生走进天外村社区。"),
        ("泰山职院开展网络校园开放日直播", "直播观看人数超过2万。"),
    ]
    send(
        b,
        u,
        "11-09 18:20",
        "thunderbird",
        "泰山职院稿件（一）",
        "三篇。",
        [art(f"{t}.docx", A(t, p), "tsvtc") for t, p in a],
    )
    c = [
        ("泰山职院与企业共建产业学院", "与两家企业签约共建产业学院。"),
        ("泰山职院劳模工匠进校园", "全国技术能手走进课堂。"),
    ]
    send(
        b,
        u,
        "11-12 17:00",
        "thunderbird",
        "泰山职院稿件（二）",
        "两篇。",
        [art(f"{t}.odt", html_doc("lo-odt", t, [p]), "tsvtc") for t, p in c],
    )
    send(
        b,
        u,
        "11-16 17:40",
        "thunderbird",
        "泰山职院活动周总结与统计表",
        "总结和统计表。",
        [
            f(
                "泰山职院活动周总结.docx",
                A("泰山职业技术学院2020年职业教育活动周总结", "共开展活动21项。"),
                "summary",
                "tsvtc",
            ),
            f(
                "泰山职院统计表.xls",
                lo_sheet("lo-xls", "泰山职业技术学院", [11, 10, 2, 5, 8200, 2400, 15, 31000]),
                "statistics",
                "tsvtc",
            ),
        ],
    )


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    send(
        b,
        u,
        "11-05 15:10",
        "qqweb",
        "山东服装职业学院-活动周方案",
        "职成科老师：方案见附件。\n我院活动周专栏：http://www.sdfzxy.com/zjhdz/\n联络员 吴婷 "
        "招生就业处科员 "
        "手机13562832651 邮箱sdfzxy_zsb@163.com",
        [
            f(
                "山东服装职业学院活动周方案.docx",
                A("山东服装职业学院职业教育活动周方案", "举办服装设计作品展、非遗扎染体验。"),
                "plan",
                "sdfzxy",
            )
        ],
        column_url="http://www.sdfzxy.com/zjhdz/",
        liaison=person("", "吴婷", "招生就业处科员", "sdfzxy_zsb@163.com", "13562832651"),
    )
    a = [
        ("服装学院举办“衣路芳华”毕业设计展", "展出学生原创服装作品120套。"),
        ("服装学院非遗扎染体验走进社区", "居民体验扎染技艺。"),
    ]
    send(
        b,
        u,
        "11-09 11:11",
        "qqweb",
        "稿件",
        "两篇稿件。",
        [art(f"{t}.docx", A(t, p), "sdfzxy") for t, p in a],
    )
    c = [
        ("服装学院开展校企合作订单班招生宣讲", "为初三学生介绍订单培养。"),
        ("服装学院师生为抗疫一线缝制隔离衣", "师生连续加班制作隔离衣。"),
        ("服装学院网络直播展示服装制版技艺", "教师直播讲解立体裁剪。"),
    ]
    send(
        b,
        u,
        "11-12 14:40",
        "qqweb",
        "稿件3-5",
        "第3至5篇。",
        [art(f"{t}.docx", A(t, p), "sdfzxy") for t, p in c],
    )
    send(
        b,
        u,
        "11-15 10:25",
        "qqweb",
        "回复：" + REMINDER2,
        "老师您好，我院的方案、专栏地址和联络员见上一封邮件（11月5日），总结和统计表明天报送。",
        headers=thread(REMINDER2_ID),
        note="见上一封邮件: nothing new",
    )
    send(
        b,
        u,
        "11-16 16:30",
        "qqweb",
        "服装学院活动周总结+统计表",
        "请查收。",
        [
            f(
                "服装学院活动周总结.docx",
                A("山东服装职业学院活动周总结", "活动周期间开展活动12项。" * 30),
                "summary",
                "sdfzxy",
                readable=False,
                cut=True,
                note="truncated in sending: nobody can open it",
            ),
            f(
                "服装学院统计表.xlsx",
                sheet("山东服装职业学院", [3, 9, 1, 3, 2100, 600, 5, 7700]),
                "statistics",
                "sdfzxy",
                readable=False,
                cut=True,
                note="truncated in sending",
            ),
        ],
    )


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    cl = "android"
    send(
        b,
        u,
        "11-04 08:40",
        cl,
        "力明学院活动周方案",
        "方案",
        [
            f(
                "力明学院职教活动周方案.docx",
                A("山东力明科技职业学院职业教育活动周方案", "突出医药卫生类专业特色。"),
                "plan",
                "lmkj",
            )
        ],
    )
    send(
        b,
        u,
        "11-04 08:46",
        cl,
        "联络员",
        "联络员：郑爽\n职务：宣传统战部部长\n手机：15953871126\n邮箱：lmkj_xcb@126.com",
        liaison=person("", "郑爽", "宣传统战部部长", "lmkj_xcb@126.com", "15953871126"),
    )
    send(
        b,
        u,
        "11-05 13:15",
        cl,
        "专栏网址",
        "https://www.sdlmkj.edu.cn/hdz2020/",
        column_url="https://www.sdlmkj.edu.cn/hdz2020/",
    )
    arts = [
        ("11-08 19:02", "力明学院举行活动周开幕式", "8日上午开幕。"),
        ("11-09 20:10", "力明学院中医药文化进社区", "中药专业学生为居民讲解养生知识。"),
        ("11-10 21:35", "力明学院开放护理实训中心", "家长体验心肺复苏。"),
        ("11-12 07:58", "力明学院职教扶贫送医下乡", "师生到东平县义诊。"),
        ("11-13 22:40", "力明学院优秀毕业生回校分享", "三名毕业生分享抗疫经历。"),
    ]
    for n, (when, t, p) in enumerate(arts, 1):
        send(b, u, when, cl, f"稿件{n}", "", [art(f"{t}.docx", A(t, p), "lmkj")])
    send(
        b,
        u,
        "11-16 09:05",
        cl,
        "总结",
        "总结报告",
        [
            f(
                "力明学院活动周总结.docx",
                A("山东力明科技职业学院职业教育活动周总结", "学院开展活动14项。"),
                "summary",
                "lmkj",
            )
        ],
    )
    send(
        b,
        u,
        "11-16 17:20",
        cl,
        "统计表",
        "统计表数据还在核对，明天上午报。郑爽",
        note="promises the table; it never comes",
    )


TS_SIG = (
    "\n\n————————\n泰山护理职业学院教务处 孙丽娜（教务处科长）\n"
    "电话：0538-6215573 手机：13953819964 邮箱：tshl_jwc@163.com\n"
    "学院活动周专栏：http://www.tshlzy.edu.cn/hdz/\n"
)
TS_P = person("", "孙丽娜", "教务处科长", "tshl_jwc@163.com", "13953819964")
TS_URL = "http://www.tshlzy.edu.cn/hdz/"


def tshl(b: Builder) -> None:
    u = U["tshl"]
    send(
        b,
        u,
        "11-05 17:50",
        "neomutt",
        "泰山护理职业学院职教活动周方案",
        "附件为方案。" + TS_SIG,
        [
            f(
                "泰山护理职业学院职教活动周方案.docx",
                A("泰山护理职业学院职业教育活动周方案", "以护理技能展示为主线。"),
                "plan",
                "tshl",
            )
        ],
        column_url=TS_URL,
        liaison=TS_P,
        note="the liaison and column only in the signature",
    )
    ts = [
        "泰护举行护理技能展示",
        "泰护学生走进养老院",
        "泰护开展急救知识进校园",
        "泰护举办南丁格尔宣誓",
        "泰护校企合作签约",
    ]
    blocks: list = [("h", "泰山护理职业学院活动周宣传稿件汇编")]
    for t in ts:
        blocks += [("h", t), ("p", f"{t}，受到好评。")]
    send(
        b,
        u,
        "11-12 16:00",
        "neomutt",
        "泰护宣传稿件汇编（5篇）",
        "汇编一份，共五篇。" + TS_SIG,
        [art("泰护宣传稿件汇编.docx", docx(*blocks), "tshl", count=5)],
        column_url=TS_URL,
        liaison=TS_P,
    )
    send(
        b,
        u,
        "11-16 11:30",
        "neomutt",
        "泰护活动周总结、统计",
        "总结和统计表。" + TS_SIG,
        [
            f(
                "泰护活动周总结.pdf",
                html_doc("lo-pdf", "泰山护理职业学院职业教育活动周总结", ["开展活动9项。"]),
                "summary",
                "tshl",
            ),
            f(
                "泰护统计表.xlsx",
                lo_sheet("lo-xlsx", "泰山护理职业学院", [5, 6, 1, 4, 3300, 800, 7, 5400]),
                "statistics",
                "tshl",
            ),
        ],
        column_url=TS_URL,
        liaison=TS_P,
    )


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl]
_ = (REMINDER,)
