"""The thirteen schools of set19, each a timing shape.

- tzy: the first mail To the city and Cc the 人社局 (one message, the same bytes in both
  mailboxes); eight articles; summary and table sent 17:59:36 by the PC, held by the school's
  server and taken in by the city's at 18:02 (late).
- tsvtc: 专栏正在建设 with the plan, the address the next morning (late); an article as .docx then
  as .pdf (once); a 调整版 plan during the week (changes nothing).
- sdfzxy: Exchange Online, Date 10:04:10 +0000 = 18:04 (plan, column, liaison late); a truncated
  table in the morning and a good one before 18:00 (complete).
- lmkj: six article files, four distinct articles (a PDF of one, another resent): partial;
  summary and table 20 minutes after the deadline; an auto-reply from its box (in noise).
- tshl: a PC clock a day ahead: every Date reads the day after; all on time by arrival (the
  fifth article Saturday 21:05, Date Sunday).
- tajsxy: all to the 人社局 mailbox, the plan ten seconds before 18:00; five articles in one
  mail; a thank-you.
- dyzj: the liaison alone the day before, the plan and column 31 minutes late; no table ever.
- xtzz: a truncated table, resent the same afternoon, truncated again: statistics partial.
- fczz: the liaison without email, the email in a second mail before the deadline; two
  articles before the week (not counted) and five in it.
- nyzz: the liaison's 职务 the next morning (contact late); four articles, the fifth at 00:07
  on Sunday (late).
- dpzj: never a column address (missing); the summary on Saturday, the table two days later
  on Monday afternoon (on time).
- jtzz: an article four minutes after the week opened and the fifth eight minutes before it
  closed; summary and table 12 minutes before 18:00.
- tsqzz: seven article files, four articles (both mailboxes; a resend): partial; the table
  at 20:05 on the 16th (late).
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from .build import person, send, t
from .kit import article, clock, plan, stats, summary
from .mime import CITY, RSJ
from .units import (
    DPZJ,
    DYZJ,
    FCZZ,
    JTZZ,
    LMKJ,
    NYZZ,
    SDFZXY,
    TAJSXY,
    TSHL,
    TSQZZ,
    TSVTC,
    TZY,
    XTZZ,
)


def tzy(b):
    u = TZY
    who = person("泰安职业技术学院", "周婷", "党委宣传部干事", u.email, "15288963310")
    it = send(
        b,
        u,
        "11-03 16:20",
        "thunderbird",
        "泰安职业技术学院职业教育活动周方案及联络员信息",
        """尊敬的市教育局职成高教科老师：

您好！现将我院2020年职业教育活动周实施方案报送，请审阅。
活动周专栏：https://www.tzvcst.edu.cn/zjhdz2020/
联络员：泰安职业技术学院 周婷 党委宣传部干事
手机：15288963310 邮箱：xcbgs@tzvcst.edu.cn

泰安职业技术学院党委宣传部""",
        [
            plan(
                u,
                "泰安职业技术学院2020年职业教育活动周实施方案",
                [
                    "# 一、指导思想",
                    "以习近平新时代中国特色社会主义思想为指导，全面展示学院提质培优建设成果。",
                    "# 二、活动安排",
                    "1.11月8日举行活动周启动仪式暨“云上校园开放日”。",
                    "2.各二级学院开展专业体验、技能展示和社区服务。",
                    "3.举办“大国工匠进校园”报告会。",
                    "# 三、宣传报道",
                    "学院官网开设活动周专栏，官方微信每日推送。",
                ],
            )
        ],
        cc=RSJ,
        column_url="https://www.tzvcst.edu.cn/zjhdz2020/",
        liaison=who,
        note="To the city, Cc the 人社局: the same bytes arrive in both mailboxes",
    )
    it.label["_twin"] = True
    pairs = [
        (
            "11-10 09:45",
            [
                (
                    "泰安职院启动2020年职业教育活动周",
                    "8日上午，学院举行活动周启动仪式，同步开启“云上校园开放日”。",
                ),
                (
                    "“云上校园开放日”展示十大专业群",
                    "开放日通过直播展示智能制造、现代服务等十大专业群的实训条件。",
                ),
                (
                    "机电学院师生进社区义务维修",
                    "9日，机电学院二十名师生到岱宗坊社区为居民维修家电。",
                ),
                ("大国工匠进校园报告会举行", "10日上午，全国劳动模范张伟为全院师生作报告。"),
            ],
        ),
        (
            "11-14 16:10",
            [
                ("学院与五家企业签订校企合作协议", "11日，学院与五家企业签订现代学徒制合作协议。"),
                (
                    "学前教育专业学生走进幼儿园",
                    "12日，学前教育专业学生到市直机关幼儿园开展见习活动。",
                ),
                (
                    "泰安职院开展职业启蒙进中小学活动",
                    "13日，学院教师走进三所中小学讲授职业启蒙课。",
                ),
                ("泰安职院职业教育活动周落下帷幕", "14日，学院活动周各项活动圆满结束。"),
            ],
        ),
    ]
    for n, (when, arts) in enumerate(pairs, 1):
        send(
            b,
            u,
            when,
            "thunderbird",
            f"泰安职院活动周宣传稿（第{n}批）",
            f"老师好，报送第{n}批宣传稿四篇，请查收。\n\n周婷\n泰安职业技术学院党委宣传部",
            [article(u, h, [p, "（泰安职业技术学院党委宣传部供稿）"]) for h, p in arts],
        )
    send(
        b,
        u,
        "11-16 18:02:10",
        "thunderbird",
        "泰安职业技术学院活动周总结报告及统计表",
        "尊敬的老师：\n\n报送我院活动周总结报告和情况统计表，请查收。\n\n周婷",
        [
            summary(
                u,
                "泰安职业技术学院2020年职业教育活动周工作总结",
                [
                    "活动周期间，学院组织开展了启动仪式、云上开放日、工匠报告会等系列活动。",
                    "共开展线上活动8场，线下活动14场，参与师生6800人次。",
                    "学院将以此次活动周为契机，持续推进职业教育宣传工作。",
                ],
            ),
            stats(u, [8, 14, 1, 5, 6800, 1300, 8, 86000]),
        ],
        date=t("11-16 17:59:36"),
        lag=151,
        note="Date 17:59:36; the school's server 17:59:39; the city's server 18:02:10: late",
    )


def tsvtc(b):
    u = TSVTC
    sendn = partial(send, sender_name="高峰")
    who = person("泰山职业技术学院", "高峰", "党委宣传部副部长", u.email, "13695382270")
    body = [
        "# 一、活动时间",
        "2020年11月8日至14日",
        "# 二、活动内容",
        "（一）网络校园开放日；（二）“技能服务进社区”；（三）优秀校友访谈；（四）职业体验营。",
        "# 三、保障措施",
        "各部门明确责任人，宣传部统筹宣传报道。",
    ]
    sendn(
        b,
        u,
        "11-02 15:40",
        "neomutt",
        "泰山职业技术学院活动周方案",
        """市教育局职成高教科：

附件为我院2020年职业教育活动周方案。
联络员：泰山职业技术学院 高峰 党委宣传部副部长，手机 13695382270，邮箱 xcb2020@tsvtc.edu.cn
活动周宣传专栏正在建设，建好后报送地址。

泰山职业技术学院党委宣传部
""",
        [plan(u, "泰山职业技术学院2020年职业教育活动周方案", body)],
        liaison=who,
        note="专栏正在建设: no address yet",
    )
    sendn(
        b,
        u,
        "11-06 10:05",
        "neomutt",
        "泰山职业技术学院活动周专栏地址",
        "市教育局职成高教科：\n\n我院活动周专栏已上线：http://www.tsvtc.edu.cn/2020zjhdz/\n\n高峰\n",
        column_url="http://www.tsvtc.edu.cn/2020zjhdz/",
        note="the address the morning after the deadline: late",
    )
    sendn(
        b,
        u,
        "11-09 16:00",
        "neomutt",
        "泰山职院活动周方案（调整版）及稿件1、2",
        "老师：因疫情防控要求，职业体验营改为线上举办，方案调整版附后；另报稿件两篇。\n",
        [
            plan(
                u,
                "泰山职业技术学院2020年职业教育活动周方案",
                [
                    *body[:3],
                    "（一）网络校园开放日；（二）“技能服务进社区”；（三）优秀校友访谈；（四）线上职业体验营。",
                    *body[4:],
                ],
                name="泰山职业技术学院2020年职业教育活动周方案（调整版）.docx",
                note="a 调整版 during the week: changes nothing",
            ),
            article(
                u,
                "泰山职院“网络校园开放日”正式上线",
                [
                    "8日，泰山职业技术学院网络校园开放日上线，考生和家长可在线参观十二个实训中心。",
                ],
            ),
            article(
                u,
                "泰山职院师生进社区开展技能服务",
                [
                    "9日，学院汽车工程系师生到泰前街道为居民开展车辆免费检测。",
                ],
            ),
        ],
    )
    cloud = [
        "11日，学院线上职业体验营开营，两百多名中学生通过视频跟随老师学做机器人。",
        "体验营共设置智能制造、护理、烹饪三个体验方向。",
    ]
    sendn(
        b,
        u,
        "11-11 10:20",
        "neomutt",
        "泰山职院活动周稿件3",
        "稿件一篇（Word）。\n",
        [article(u, "线上职业体验营开营", cloud, name="云上体验营.docx")],
    )
    sendn(
        b,
        u,
        "11-11 15:45",
        "neomutt",
        "泰山职院活动周稿件3（PDF版）",
        "上午的Word版图片显示不正常，补发PDF版，同一篇稿件。\n",
        [
            article(
                u,
                "线上职业体验营开营",
                cloud,
                name="云上体验营.pdf",
                pdf=True,
                note="the morning's article as PDF: counts once",
            )
        ],
    )
    sendn(
        b,
        u,
        "11-13 11:10",
        "neomutt",
        "泰山职院活动周稿件4、5",
        "两篇。\n",
        [
            article(
                u,
                "优秀校友讲述技能成才路",
                [
                    "12日，学院邀请2012届校友、山东省技术能手刘斌回校座谈。",
                ],
            ),
            article(
                u,
                "泰山职院召开专业建设研讨会",
                [
                    "13日，学院邀请行业专家召开专业建设线上研讨会。",
                ],
            ),
        ],
    )
    sendn(
        b,
        u,
        "11-16 09:00",
        "neomutt",
        "泰山职业技术学院活动周总结及统计表",
        "市教育局职成高教科：\n\n报送活动周总结和统计表。\n\n高峰\n",
        [
            summary(
                u,
                "泰山职业技术学院2020年职业教育活动周总结",
                [
                    "11月8日至14日，学院围绕活动周主题，开展了四类十五项活动。",
                    "活动周期间，线上开放日累计访问3.1万人次，线下服务群众800余人次。",
                    "通过活动周，学院社会影响力进一步提升。",
                ],
            ),
            stats(u, [7, 8, 1, 3, 5200, 820, 5, 31000]),
        ],
    )


def sdfzxy(b):
    u = SDFZXY
    who = person("山东服装职业学院", "马俊", "党政办公室主任", u.email, "13805381167")
    send(
        b,
        u,
        "11-05 18:04:15",
        "outlook",
        "山东服装职业学院 职业教育活动周材料",
        """市教育局职成高教科：

报送我院活动周方案（附件）；
宣传专栏：http://www.sdfzxy.edu.cn/zjhdz/
联络员：山东服装职业学院 马俊 党政办公室主任 13805381167 dzb@sdfzxy.edu.cn

山东服装职业学院党政办公室""",
        [
            plan(
                u,
                "山东服装职业学院2020年职业教育活动周方案",
                [
                    "# 一、活动主题",
                    "人人出彩　技能强国",
                    "# 二、主要活动",
                    "1.“云上T台”服装设计作品线上发布；2.非遗传承工作坊开放体验；3.技能服务进社区（服装修补、形象设计）。",
                ],
            )
        ],
        column_url="http://www.sdfzxy.edu.cn/zjhdz/",
        liaison=who,
        lag=5,
        note="Date 10:04:10 +0000 = 18:04:10 here; arrived 18:04:15: plan, column, liaison late",
    )
    send(
        b,
        u,
        "11-09 14:00",
        "outlook",
        "服装学院活动周稿件（1、2）",
        "两篇稿件请审。",
        [
            article(
                u,
                "服装学院“云上T台”发布学生原创作品",
                [
                    "8日晚，山东服装职业学院“云上T台”直播发布学生原创服装作品六十套。",
                ],
            ),
            article(
                u,
                "非遗传承工作坊向市民开放",
                [
                    "9日，学院鲁锦、刺绣非遗传承工作坊向市民开放，百余人参加体验。",
                ],
            ),
        ],
    )
    send(
        b,
        u,
        "11-13 15:30",
        "outlook",
        "服装学院活动周稿件（3-5）",
        "三篇。",
        [
            article(
                u,
                "服装学院师生进社区开展缝补服务",
                [
                    "10日，学院师生到上高街道为居民免费修改、缝补衣物两百余件。",
                ],
            ),
            article(
                u,
                "服装学院举办校企合作成果展",
                [
                    "12日，学院与十家服装企业联合举办校企合作成果展。",
                ],
            ),
            article(
                u,
                "服装学院学生技能大赛获佳绩",
                [
                    "活动周期间，学院学生在全省服装设计技能大赛中获得一等奖两项。",
                ],
            ),
        ],
    )
    send(
        b,
        u,
        "11-16 10:00",
        "outlook",
        "山东服装职业学院活动周总结、统计表",
        "附件是我院活动周总结和统计表，请查收。\n马俊",
        [
            summary(
                u,
                "山东服装职业学院2020年职业教育活动周工作总结",
                [
                    "我院以“云上T台”为主线，组织开展了作品发布、非遗体验、社区服务等活动。",
                    "活动周共开展活动12场，参与师生3600人次，服务群众900人次。",
                    "活动周充分展示了我院特色专业建设成果。",
                ],
            ),
            stats(
                u,
                [5, 7, 1, 3, 3600, 900, 5, 27000],
                cut=True,
                readable=False,
                note="cut short: cannot be opened",
            ),
        ],
    )
    send(
        b,
        u,
        "11-16 17:20",
        "outlook",
        "重发：统计表",
        "老师好，上午发的统计表您那边说打不开，重新发一遍。\n马俊",
        [
            stats(
                u,
                [5, 7, 1, 3, 3600, 900, 5, 27000],
                note="a good copy before 18:00: statistics complete",
            )
        ],
    )


def lmkj(b):
    u = LMKJ
    who = person("山东力明科技职业学院", "韩雪", "宣传统战部干事", u.email, "17863802256")
    send(
        b,
        u,
        "11-04 09:30",
        "coremail",
        "力明学院活动周方案 专栏 联络员",
        """职成高教科：

附件为我院活动周方案。
专栏网址：http://www.lmpc.edu.cn/zt/hdz2020/
联络员：山东力明科技职业学院 韩雪 宣传统战部干事 手机17863802256 邮箱lmxy_xcc@163.com

山东力明科技职业学院宣传统战部""",
        [
            plan(
                u,
                "山东力明科技职业学院2020年职业教育活动周方案",
                [
                    "# 一、活动内容",
                    "1.医学检验、中医康复专业面向社区开展健康义诊；2.网络开放日；3.职业体验进中学。",
                    "# 二、工作要求",
                    "各系部指定专人负责信息报送。",
                ],
            )
        ],
        column_url="http://www.lmpc.edu.cn/zt/hdz2020/",
        liaison=who,
    )
    a = ["9日，力明学院中医康复专业师生走进社区，为老人开展推拿理疗义诊。"]
    bb = ["10日，力明学院网络开放日上线，五千余人次在线参观。"]
    send(
        b,
        u,
        "11-10 15:10",
        "coremail",
        "力明学院稿件1、2",
        "稿件两篇。",
        [
            article(u, "力明学院师生社区义诊暖人心", a, name="力明学院稿件1.docx"),
            article(u, "力明学院网络开放日上线", bb, name="力明学院稿件2.docx"),
        ],
    )
    send(
        b,
        u,
        "11-11 09:20",
        "coremail",
        "力明学院稿件1（PDF）",
        "稿件1的PDF版，方便排版。",
        [
            article(
                u,
                "力明学院师生社区义诊暖人心",
                a,
                name="力明学院稿件1.pdf",
                pdf=True,
                note="稿件1 again as PDF: counts once",
            )
        ],
    )
    send(
        b,
        u,
        "11-12 17:00",
        "coremail",
        "力明学院稿件3、4",
        "两篇。",
        [
            article(
                u,
                "职业体验走进泰安第六中学",
                ["12日，学院教师到泰安六中开展医学检验职业体验。"],
                name="力明学院稿件3.docx",
            ),
            article(
                u,
                "力明学院举办护理技能展示",
                ["12日下午，护理系学生展示心肺复苏等技能。"],
                name="力明学院稿件4.docx",
            ),
        ],
    )
    send(
        b,
        u,
        "11-13 10:00",
        "coremail",
        "力明学院稿件2",
        "稿件2再发一次，发到人社局邮箱一份。",
        [
            article(
                u,
                "力明学院网络开放日上线",
                bb,
                name="力明学院稿件2.docx",
                note="稿件2 again, to the 人社局: counts once",
            )
        ],
        to=RSJ,
    )
    send(
        b,
        u,
        "11-16 18:20:40",
        "coremail",
        "力明学院活动周总结及统计表",
        "职成高教科老师：报送总结和统计表，今天事情多报晚了，抱歉。\n韩雪",
        [
            summary(
                u,
                "山东力明科技职业学院2020年职业教育活动周总结",
                [
                    "活动周期间，学院发挥医学类专业优势，开展了义诊、开放日、职业体验等活动。",
                    "共开展活动9场，服务群众1300人次。",
                    "学院将继续做好职业教育宣传。",
                ],
            ),
            stats(u, [3, 6, 1, 4, 2100, 1300, 4, 8600]),
        ],
        note="twenty minutes after 18:00: summary and statistics late",
    )


FAST = timedelta(days=1, minutes=2)  # tshl's office PC: a day and two minutes ahead


def tshl(b):
    u = TSHL
    who = person("泰山护理职业学院", "吴芳", "教务处副处长", u.email, "13953866042")
    send(
        b,
        u,
        "11-05 09:08:20",
        "foxmail",
        "泰山护理职业学院职教活动周方案及联络员",
        """市教育局职成高教科：

报送我院活动周方案，宣传专栏 http://www.tsnc.edu.cn/hdz/
联络员：泰山护理职业学院 吴芳 教务处副处长 13953866042 tshlzy_jwc@126.com

泰山护理职业学院教务处""",
        [
            plan(
                u,
                "泰山护理职业学院2020年职业教育活动周方案",
                [
                    "# 一、主要活动",
                    "（一）护理技能开放体验；（二）“健康护理进社区”志愿服务；（三）抗疫一线校友事迹宣讲。",
                ],
            )
        ],
        column_url="http://www.tsnc.edu.cn/hdz/",
        liaison=who,
        date=clock("11-05 09:08:16", FAST),
        note="Date 11-06 09:10 (the PC a day ahead); arrived 11-05 09:08: on time",
    )
    send(
        b,
        u,
        "11-11 15:40:02",
        "foxmail",
        "泰护活动周稿件",
        "四篇。",
        [
            article(u, "泰护开放护理实训中心", ["8日，泰山护理职业学院护理实训中心向社会开放。"]),
            article(u, "健康护理进社区志愿服务启动", ["9日，学院百名志愿者走进社区开展健康宣教。"]),
            article(u, "抗疫一线校友回校宣讲", ["11日，支援武汉的三名校友回校讲述抗疫故事。"]),
            article(u, "泰护学生为老人测血压", ["11日上午，护理专业学生到养老院为老人测量血压。"]),
        ],
        date=clock("11-11 15:39:58", FAST),
    )
    send(
        b,
        u,
        "11-14 21:05:11",
        "foxmail",
        "泰护活动周稿件（二）",
        "最后一篇。",
        [
            article(u, "泰护职业教育活动周圆满结束", ["14日，学院活动周各项活动圆满结束。"]),
        ],
        date=clock("11-14 21:05:08", FAST),
        note="Date Sun 15 Nov 21:07; arrived Sat 14 Nov 21:05: the fifth article on time",
    )
    send(
        b,
        u,
        "11-15 16:00:40",
        "foxmail",
        "泰护活动周总结",
        "总结报告见附件，统计表明天报。",
        [
            summary(
                u,
                "泰山护理职业学院2020年职业教育活动周总结",
                [
                    "学院围绕“健康护理”特色，开展开放体验、志愿服务、事迹宣讲等活动。",
                    "共服务群众1600人次，参与师生2400人次。",
                ],
            )
        ],
        date=clock("11-15 16:00:37", FAST),
    )
    send(
        b,
        u,
        "11-16 16:40:09",
        "foxmail",
        "泰护活动周统计表",
        "统计表。",
        [stats(u, [2, 9, 1, 6, 2400, 1600, 5, 12000])],
        date=clock("11-16 16:40:05", FAST),
        note="Date 11-17 16:42; arrived 11-16 16:40: on time",
    )


def tajsxy(b):
    u = TAJSXY
    who = person("泰安技师学院", "孟凡强", "招生就业处科员", u.email, "13854879023")
    send(
        b,
        u,
        "11-05 17:59:50",
        "coremail",
        "泰安技师学院职业教育活动周方案",
        """市人社局职教科：

报送我院活动周方案。专栏：http://www.tajsxy.com/zjhdz/
联络员：泰安技师学院 孟凡强 招生就业处科员 13854879023 tajsxy_zsb@163.com

泰安技师学院招生就业处""",
        [
            plan(
                u,
                "泰安技师学院2020年职业教育活动周实施方案",
                [
                    "# 一、活动安排",
                    "1.11月9日举办技能开放日；2.组织“技能下乡”服务队；3.举办技工教育政策宣讲。",
                ],
            )
        ],
        to=RSJ,
        column_url="http://www.tajsxy.com/zjhdz/",
        liaison=who,
        lag=9,
        note="to the 人社局 mailbox ten seconds before 18:00 (Date 17:59:41): on time",
    )
    send(
        b,
        u,
        "11-06 08:30",
        "coremail",
        "回复：泰安技师学院职业教育活动周方案",
        "收到，谢谢老师提醒！\n孟凡强\n\n> 方案收到。",
        to=RSJ,
        headers=[("In-Reply-To", "<rsj-ack-1105@ta.shandong.cn>")],
        note="a thank-you; nothing delivered",
    )
    arts = [
        ("技师学院技能开放日吸引众多市民", "9日，泰安技师学院技能开放日接待市民八百余人。"),
        ("技能下乡服务队走进徂汶景区", "10日，学院服务队到徂汶景区周边村庄维修农机。"),
        ("技工教育政策宣讲进中学", "10日下午，学院老师到三所初中宣讲技工教育政策。"),
        ("技师学院学生获省赛一等奖", "活动周期间传来喜讯，学院学生获省技能大赛一等奖。"),
        ("技师学院举办校企合作签约仪式", "11日，学院与八家企业签约共建实训基地。"),
    ]
    send(
        b,
        u,
        "11-12 10:00",
        "coremail",
        "泰安技师学院活动周宣传材料（5篇）",
        "市人社局：报送5篇宣传材料。",
        [article(u, h, [p], name=f"{n}.{h}.docx") for n, (h, p) in enumerate(arts, 1)],
        to=RSJ,
    )
    send(
        b,
        u,
        "11-16 14:00",
        "coremail",
        "泰安技师学院活动周总结及统计表",
        "报送总结和统计表。",
        [
            summary(
                u,
                "泰安技师学院2020年职业教育活动周工作总结",
                [
                    "活动周期间，我院开展技能开放日、技能下乡、政策宣讲等活动。",
                    "共接待市民800余人，维修农机46台。",
                ],
            ),
            stats(u, [2, 7, 1, 3, 1600, 1200, 5, 7400]),
        ],
        to=RSJ,
    )


def dyzj(b):
    u = DYZJ
    who = person("岱岳区职教中心", "杨光", "办公室主任", u.email, "15053837719")
    send(
        b,
        u,
        "11-04 17:10",
        "coremail",
        "岱岳区职教中心联络员信息",
        """市教育局职成高教科：

我校活动周联络员：岱岳区职教中心 杨光，办公室主任，手机15053837719，邮箱dyzjzx_jwk@126.com。
方案还在校长办公会审定，审定后马上报。""",
        liaison=who,
        note="the liaison alone, on time",
    )
    send(
        b,
        u,
        "11-05 18:31",
        "coremail",
        "岱岳区职教中心活动周方案",
        "附件为我校方案，专栏地址：http://www.dyzjzx.cn/hdz2020/ 。报晚了，抱歉。\n杨光",
        [
            plan(
                u,
                "泰安市岱岳区职业教育中心2020年职业教育活动周方案",
                [
                    "# 一、活动内容",
                    "1.校园开放日；2.农业技术服务进村；3.“我的职教故事”征文。",
                ],
            )
        ],
        column_url="http://www.dyzjzx.cn/hdz2020/",
        note="31 minutes after 18:00: plan and column late",
    )
    send(
        b,
        u,
        "11-12 11:30",
        "coremail",
        "岱岳职教中心稿件1-5",
        "五篇稿件。",
        [
            article(
                u,
                "岱岳区职教中心举办校园开放日",
                ["8日，岱岳区职教中心校园开放日接待家长六百余人。"],
            ),
            article(u, "职教中心师生进村送农技", ["9日，学校农学专业师生到粥店街道送农技。"]),
            article(
                u, "“我的职教故事”征文收稿三百篇", ["活动周期间，学校征文活动收到稿件三百余篇。"]
            ),
            article(u, "岱岳区职教中心开展汽修义诊", ["11日，汽修专业师生为市民免费检测车辆。"]),
            article(u, "职教中心学生技能展示赢得点赞", ["12日，学校学生在万达广场进行技能展示。"]),
        ],
    )
    send(
        b,
        u,
        "11-16 15:30",
        "coremail",
        "岱岳区职教中心活动周总结",
        "总结报告见附件。\n杨光",
        [
            summary(
                u,
                "岱岳区职业教育中心2020年职业教育活动周总结",
                [
                    "活动周期间，我校共开展开放日、技能服务、征文等活动8项。",
                    "参与学生1800余人次，服务群众500余人次。",
                ],
            )
        ],
        note="the summary only; no table ever: statistics missing",
    )


def xtzz(b):
    u = XTZZ
    who = person("新泰职专", "徐静", "教务处干事", u.email, "13465866913")
    send(
        b,
        u,
        "11-03 10:40",
        "coremail",
        "新泰职专活动周方案、专栏、联络员",
        """市教育局职成高教科：

报送我校活动周方案，专栏网址 http://www.xtzz.net/zjhdz/ 。
联络员：新泰职专 徐静 教务处干事 13465866913 xtzz_jwc@163.com""",
        [
            plan(
                u,
                "新泰市职业中等专业学校2020年职业教育活动周方案",
                [
                    "# 一、活动内容",
                    "（一）直播开放日；（二）焊接、烹饪技能展示；（三）送技进社区。",
                ],
            )
        ],
        column_url="http://www.xtzz.net/zjhdz/",
        liaison=who,
    )
    send(
        b,
        u,
        "11-10 10:15",
        "coremail",
        "新泰职专活动周稿件（三篇）",
        "三篇稿件。",
        [
            article(
                u, "新泰职专直播开放日观看量破万", ["8日，新泰职专直播开放日观看量突破一万人次。"]
            ),
            article(u, "新泰职专焊接专业学生展示绝活", ["9日，焊接专业学生现场展示薄板焊接。"]),
            article(u, "新泰职专送技进社区", ["10日，学校师生到新汶街道开展便民服务。"]),
        ],
    )
    send(
        b,
        u,
        "11-14 10:05",
        "coremail",
        "新泰职专活动周稿件（二）",
        "三篇。",
        [
            article(u, "新泰职专举办烹饪技能展示", ["11日，烹饪专业学生制作地方名吃。"]),
            article(u, "新泰职专与企业共建订单班", ["12日，学校与两家企业签约开设订单班。"]),
            article(u, "新泰职专活动周收官", ["14日，学校活动周各项活动结束。"]),
        ],
    )
    send(
        b,
        u,
        "11-16 11:30",
        "coremail",
        "新泰职专活动周总结和统计表",
        "附件两个。",
        [
            summary(
                u,
                "新泰市职业中等专业学校2020年职业教育活动周总结",
                [
                    "我校活动周期间开展直播开放日、技能展示、送技进社区等活动。",
                    "共参与师生2600人次，服务群众700人次。",
                ],
            ),
            stats(u, [3, 6, 1, 3, 2600, 700, 6, 15000], cut=True, readable=False, note="cut short"),
        ],
    )
    send(
        b,
        u,
        "11-16 16:50",
        "coremail",
        "新泰职专统计表（重发）",
        "统计表重新发一次。",
        [
            stats(
                u,
                [3, 6, 1, 3, 2600, 700, 6, 15000],
                cut=True,
                readable=False,
                note="the same broken file again: statistics stays partial",
            )
        ],
    )


def fczz(b):
    u = FCZZ
    send(
        b,
        u,
        "11-04 14:20",
        "android",
        "肥城职专活动周方案",
        """市教育局职成高教科：

附件是肥城职专活动周方案。专栏：http://www.fczz.cn/zt/hdz/
联络员：肥城职专 宋建国，教务处主任，手机13305381249""",
        [
            plan(
                u,
                "肥城市职业中等专业学校2020年职业教育活动周方案",
                [
                    "# 一、活动内容",
                    "1.桃木雕刻非遗体验；2.机电专业开放日；3.技能服务进乡村。",
                ],
            )
        ],
        column_url="http://www.fczz.cn/zt/hdz/",
        liaison=person("肥城职专", "宋建国", "教务处主任", "", "13305381249"),
        note="the liaison without an email",
    )
    send(
        b,
        u,
        "11-05 17:40",
        "android",
        "补充联络员邮箱",
        "补充：联络员宋建国的邮箱 fczz2020@126.com",
        liaison=person("", "宋建国", "", "fczz2020@126.com", ""),
        note="the email 20 minutes before 18:00: contact complete",
    )
    send(
        b,
        u,
        "11-07 11:20",
        "android",
        "肥城职专活动周预热稿",
        "活动周前先报两篇预热稿。",
        [
            article(
                u,
                "肥城职专积极筹备职业教育活动周",
                ["连日来，肥城职专精心筹备活动周各项活动。"],
                note="before the week: not counted",
            ),
            article(
                u,
                "肥城职专桃木雕刻作品亮相",
                ["7日，学校桃木雕刻专业学生作品在市民广场展出。"],
                note="before the week: not counted",
            ),
        ],
        note="two articles the day before the week opened",
    )
    send(
        b,
        u,
        "11-09 10:30",
        "android",
        "肥城职专活动周稿件",
        "两篇。",
        [
            article(
                u, "肥城职专非遗体验课受欢迎", ["8日，学校开设桃木雕刻非遗体验课，三百人参加。"]
            ),
            article(u, "机电专业开放日走进实训车间", ["9日，机电专业开放日吸引家长学生参观。"]),
        ],
    )
    send(
        b,
        u,
        "11-13 09:15",
        "android",
        "肥城职专稿件3-5",
        "三篇。",
        [
            article(u, "肥城职专技能服务进乡村", ["11日，学校师生到安驾庄镇维修农机。"]),
            article(u, "肥城职专毕业生创业故事", ["12日下午，学校邀请创业毕业生回校分享。"]),
            article(u, "肥城职专举办职业体验周", ["12日，八百名初中生到校体验职业。"]),
        ],
    )
    send(
        b,
        u,
        "11-16 10:10",
        "android",
        "肥城职专总结和统计表",
        "总结和统计表。",
        [
            summary(
                u,
                "肥城市职业中等专业学校2020年职业教育活动周工作总结",
                [
                    "活动周期间，学校开展非遗体验、开放日、技能服务等活动。",
                    "参与师生1500人次，服务群众600人次。",
                ],
            ),
            stats(u, [2, 7, 1, 3, 1500, 600, 7, 9000]),
        ],
    )


def nyzz(b):
    u = NYZZ
    send(
        b,
        u,
        "11-05 10:30",
        "coremail",
        "宁阳职专活动周方案",
        """职成高教科：

宁阳职专活动周方案见附件，专栏：http://www.nyzz.com.cn/zjhdz2020/
联系人：孔德胜 手机15806383390 邮箱nyzzxcb@163.com""",
        [
            plan(
                u,
                "宁阳县职业中等专业学校2020年职业教育活动周方案",
                [
                    "# 一、活动内容",
                    "开放日、技能大赛、送技下乡、成果展。",
                ],
            )
        ],
        column_url="http://www.nyzz.com.cn/zjhdz2020/",
        liaison=person("", "孔德胜", "", "nyzzxcb@163.com", "15806383390"),
        note="the liaison without 职务",
    )
    send(
        b,
        u,
        "11-06 08:45",
        "coremail",
        "补充联络员职务",
        "补充：我校联络员孔德胜同志职务为办公室副主任。",
        liaison=person("", "孔德胜", "办公室副主任", "", ""),
        note="职务 the morning after the deadline: contact late",
    )
    send(
        b,
        u,
        "11-10 16:00",
        "coremail",
        "宁阳职专稿件1、2",
        "稿件两篇。",
        [
            article(u, "宁阳职专开放日迎来八百名家长", ["8日，宁阳职专开放日接待家长八百余人。"]),
            article(u, "宁阳职专技能大赛开赛", ["10日，学校第十届技能大赛开赛。"]),
        ],
    )
    send(
        b,
        u,
        "11-13 17:10",
        "coremail",
        "宁阳职专稿件3、4",
        "稿件两篇。",
        [
            article(u, "宁阳职专师生送技下乡", ["11日，学校师生到华丰镇送技下乡。"]),
            article(u, "宁阳职专举办教学成果展", ["13日，学校教学成果展开展。"]),
        ],
    )
    send(
        b,
        u,
        "11-15 00:07:12",
        "coremail",
        "宁阳职专稿件5",
        "第五篇，刚写完。",
        [article(u, "宁阳职专职业教育活动周圆满落幕", ["14日晚，学校举行活动周闭幕文艺汇演。"])],
        lag=5,
        note="seven minutes after midnight, Date 00:07:07: the fifth article late",
    )
    send(
        b,
        u,
        "11-16 09:20",
        "coremail",
        "宁阳职专总结和统计表",
        "总结和统计表。",
        [
            summary(
                u,
                "宁阳县职业中等专业学校2020年职业教育活动周总结",
                [
                    "学校开展开放日、技能大赛、送技下乡、成果展四项活动。",
                    "参与师生2000人次。",
                ],
            ),
            stats(u, [1, 6, 1, 2, 2000, 450, 5, 6000]),
        ],
    )


def dpzj(b):
    u = DPZJ
    who = person("东平职教中心", "田国庆", "办公室主任", u.email, "13615489275")
    send(
        b,
        u,
        "11-05 15:00",
        "iphone",
        "东平职教中心活动周方案",
        """市教育局职成高教科：

附件为我校活动周方案。我校活动周宣传在学校官网首页滚动发布。
联络员：东平职教中心 田国庆 办公室主任 13615489275 dpzj_bgs@126.com""",
        [
            plan(
                u,
                "东平县职业教育中心学校2020年职业教育活动周方案",
                [
                    "# 一、活动内容",
                    "网络开放日、旅游服务展示、电商助农。",
                ],
            )
        ],
        liaison=who,
        note="官网首页 without an address; no column ever: missing",
    )
    send(
        b,
        u,
        "11-09 14:10",
        "iphone",
        "东平职教中心稿件",
        "两篇",
        [
            article(u, "东平职教中心网络开放日", ["8日，学校网络开放日累计观看九千人次。"]),
            article(u, "东平职教中心电商助农", ["9日，电商专业学生直播销售东平湖大米。"]),
        ],
    )
    send(
        b,
        u,
        "11-13 15:40",
        "iphone",
        "东平职教中心稿件（二）",
        "三篇",
        [
            article(u, "旅游专业学生景区实践", ["10日，旅游专业学生到白佛山景区实践。"]),
            article(u, "东平职教中心举行技能展示", ["11日，学校举行技能展示活动。"]),
            article(u, "东平职教中心开展职业启蒙", ["13日，学校教师到州城中学上职业启蒙课。"]),
        ],
    )
    send(
        b,
        u,
        "11-14 16:00",
        "iphone",
        "东平职教中心活动周总结",
        "总结报告先报上，统计表下周一报。",
        [
            summary(
                u,
                "东平县职业教育中心学校2020年职业教育活动周总结",
                [
                    "活动周期间，学校开展网络开放日、电商助农、景区实践等活动。",
                    "参与师生1400人次。",
                ],
            )
        ],
        note="the summary without the table",
    )
    send(
        b,
        u,
        "11-16 17:20",
        "iphone",
        "东平职教中心统计表",
        "统计表见附件。",
        [stats(u, [3, 4, 1, 2, 1400, 300, 5, 9000])],
        note="the table two days after the summary, before 18:00: complete",
    )


def jtzz(b):
    u = JTZZ
    sendn = partial(send, sender_name="曹磊")
    who = person("泰安市交通职业中等专业学校", "曹磊", "信息中心主任", u.email, "18253826641")
    sendn(
        b,
        u,
        "11-04 11:00",
        "neomutt",
        "交通职专活动周方案、专栏及联络员",
        """市教育局职成高教科：

附件为我校活动周方案。专栏：http://www.tajtzz.cn/hdz/
联络员：泰安市交通职业中等专业学校 曹磊 信息中心主任 18253826641 jtzz_xxzx@163.com
""",
        [
            plan(
                u,
                "泰安市交通职业中等专业学校2020年职业教育活动周方案",
                [
                    "# 一、活动内容",
                    "汽车检测开放体验、交通安全宣传进社区、零点上线的“云开放日”。",
                ],
            )
        ],
        column_url="http://www.tajtzz.cn/hdz/",
        liaison=who,
        charset="utf-8",
    )
    sendn(
        b,
        u,
        "11-08 00:04:30",
        "neomutt",
        "交通职专稿件1（零点上线）",
        "云开放日零点上线，稿件一篇。\n",
        [article(u, "交通职专“云开放日”零点上线", ["8日零点，交通职专云开放日上线。"])],
        charset="utf-8",
        note="four minutes after the week opened: counts",
    )
    sendn(
        b,
        u,
        "11-12 15:30",
        "neomutt",
        "交通职专稿件2-4",
        "三篇。\n",
        [
            article(u, "交通职专汽车检测开放体验", ["9日，市民带车到校免费检测。"]),
            article(u, "交通安全宣传进社区", ["11日，学校师生到社区宣传交通安全。"]),
            article(u, "交通职专学生驾驶模拟比赛", ["12日，学校举行驾驶模拟比赛。"]),
        ],
        charset="utf-8",
    )
    sendn(
        b,
        u,
        "11-14 23:52:30",
        "neomutt",
        "交通职专稿件5",
        "最后一篇，赶在今天报上。\n",
        [article(u, "交通职专活动周收官", ["14日，学校活动周结束。"])],
        charset="utf-8",
        note="eight minutes before the week closed (Date 23:52): the fifth on time",
    )
    sendn(
        b,
        u,
        "11-16 17:48",
        "neomutt",
        "交通职专活动周总结及统计表",
        "总结和统计表。\n",
        [
            summary(
                u,
                "泰安市交通职业中等专业学校2020年职业教育活动周总结",
                [
                    "学校开展云开放日、汽车检测体验、交通安全宣传等活动。",
                    "服务群众500人次。",
                ],
            ),
            stats(u, [2, 5, 1, 3, 1200, 500, 5, 11000]),
        ],
        charset="utf-8",
        note="twelve minutes before 18:00",
    )


def tsqzz(b):
    u = TSQZZ
    who = person("泰山区职专", "齐红梅", "办公室主任", u.email, "13181768520")
    send(
        b,
        u,
        "11-05 16:10",
        "qqweb",
        "泰山区职专活动周方案",
        """市教育局职成高教科：

报送我校活动周方案。专栏 http://www.tsqzz.com/hdz2020/
联络员：泰山区职专 齐红梅 办公室主任 13181768520 2413567809@qq.com""",
        [
            plan(
                u,
                "泰安市泰山区职业中等专业学校2020年职业教育活动周方案",
                [
                    "# 一、活动内容",
                    "网络开放日、社区服务、技能展示。",
                ],
            )
        ],
        column_url="http://www.tsqzz.com/hdz2020/",
        liaison=who,
    )
    two = [
        article(u, "泰山区职专网络开放日", ["8日，学校网络开放日上线。"], name="稿件一.docx"),
        article(u, "泰山区职专师生进社区", ["9日，学校师生到社区开展服务。"], name="稿件二.docx"),
    ]
    send(b, u, "11-09 16:20", "qqweb", "泰山区职专稿件", "两篇稿件", two)
    send(
        b,
        u,
        "11-09 16:25",
        "qqweb",
        "泰山区职专稿件",
        "两篇稿件（人社局一份）",
        two,
        to=RSJ,
        note="the same files to the other mailbox: counted once",
    )
    three = ["11日，学校举办技能展示。"]
    send(
        b,
        u,
        "11-11 17:00",
        "qqweb",
        "泰山区职专稿件三",
        "稿件三",
        [article(u, "泰山区职专技能展示", three, name="稿件三.docx")],
    )
    send(
        b,
        u,
        "11-13 14:50",
        "qqweb",
        "泰山区职专稿件三、四",
        "上次稿件三附件好像没传上，再发一次，另附稿件四。",
        [
            article(
                u, "泰山区职专技能展示", three, name="稿件三.docx", note="a resend: counts once"
            ),
            article(
                u, "泰山区职专校企合作座谈", ["13日，学校召开校企合作座谈会。"], name="稿件四.docx"
            ),
        ],
    )
    send(
        b,
        u,
        "11-16 09:50",
        "qqweb",
        "泰山区职专活动周总结",
        "总结报告。",
        [
            summary(
                u,
                "泰山区职业中等专业学校2020年职业教育活动周总结",
                [
                    "学校开展网络开放日、社区服务、技能展示等活动。",
                    "参与师生900人次。",
                ],
            )
        ],
    )
    send(
        b,
        u,
        "11-16 20:05",
        "qqweb",
        "泰山区职专统计表",
        "统计表，晚了不好意思。",
        [stats(u, [1, 3, 1, 1, 900, 200, 4, 3000])],
        note="the table two hours after 18:00: late",
    )


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl, tajsxy, dyzj, xtzz, fczz, nyzz, dpzj, jtzz, tsqzz]
__all__ = ["CITY", "STORIES"]
