"""The seven county bureaus of set19, each a timing shape.

- taishan: the plan eight minutes before the first deadline; an article sent as .docx and the
  next day as .pdf (counts once); six articles; summary and table together.
- dyq: the plan mail seven minutes after the deadline (plan, column and liaison late); the
  summary on time without the table, the table the next morning (late).
- xintai: Exchange Online writes Date in +0000: 09:58 +0000 is 17:58 here (on time); four
  articles in the week, the fifth on Sunday morning whose Date still reads Saturday 23:50 +0000.
- feicheng: a 修订版 plan two days after the first (still on time); one article the day before
  the week and four in it (partial).
- ningyang: an office PC a day slow: every Date reads the day before it arrived (plan late;
  the first articles dated 11-07 but arriving 11-08); the statistics file 0 bytes, never resent.
- dongping: never names a liaison (contact missing); the same two articles to both mailboxes.
- gaoxin: the column the next morning (late), three articles, a question about the last
  deadline, and no summary or table by 11-17 noon (missing).
"""

from __future__ import annotations

from datetime import timedelta

from .build import person, send, t
from .kit import article, clock, plan, stats, summary, zero
from .mime import CITY, RSJ
from .units import DONGPING, DYQ, FEICHENG, GAOXIN, NINGYANG, TAISHAN, XINTAI


def taishan(b):
    u = TAISHAN
    who = person("泰山区教体局", "孙明霞", "职成教科科长", u.email, "13905388214")
    send(
        b,
        u,
        "11-05 17:52:06",
        "coremail-gov",
        "泰山区教体局报送职教活动周方案等材料",
        """市教育局职成高教科：

按照泰教函〔2020〕72号要求，现将我区2020年职业教育活动周有关材料报上：
1. 活动周方案见附件；
2. 宣传专栏地址：http://jtj.taishan.gov.cn/zjhdz/
3. 联络员：泰山区教体局 孙明霞，职成教科科长，邮箱 tsjtj_zcjk@ta.shandong.cn，手机 13905388214

今天下午方案刚走完签批，报晚了，请谅解。

泰山区教育和体育局职成教科
2020年11月5日""",
        [
            plan(
                u,
                "泰山区2020年职业教育活动周实施方案",
                [
                    "为展示我区职业教育改革发展成果，根据市教育局等9部门通知精神，结合我区实际，制定本方案。",
                    "# 一、活动时间",
                    "2020年11月8日至14日。",
                    "# 二、主要活动",
                    "（一）区职专举办“网络校园开放日”，通过直播展示数控、烹饪、学前教育等专业实训。",
                    "（二）组织师生走进岱庙、财源等街道社区，开展家电维修、理发、法律咨询服务。",
                    "（三）联合初中学校开展职业启蒙体验课，每校不少于一次。",
                    "# 三、工作要求",
                    "各单位要严格落实疫情防控要求，控制活动规模，及时报送活动信息。",
                ],
            )
        ],
        column_url="http://jtj.taishan.gov.cn/zjhdz/",
        liaison=who,
        note="eight minutes before 18:00: on time",
    )
    send(
        b,
        u,
        "11-10 16:40",
        "coremail-gov",
        "泰山区职教活动周信息（一）",
        "职成高教科：\n\n报送我区活动周信息三篇，请审阅。\n\n泰山区教体局职成教科 孙明霞",
        [
            article(
                u,
                "泰山区启动2020年职业教育活动周",
                [
                    "11月8日上午，泰山区2020年职业教育活动周启动仪式在区职业中专举行，区教体局、人社局有关负责同志出席。",
                    "启动仪式上，学生代表展示了面点制作、汽车检测等技能，现场通过网络同步直播，观看人数超过三千人次。",
                ],
                byline="泰山区教体局　11月8日",
            ),
            article(
                u,
                "区职专网络开放日迎来首批“云访客”",
                [
                    "8日下午，泰山区职业中专“网络校园开放日”上线，五个专业的教师轮流走进直播间讲解实训项目。",
                    "不少初三学生家长在评论区留言询问招生政策，学校招生办老师一一在线作答。",
                ],
                byline="泰山区教体局　11月8日",
            ),
            article(
                u,
                "职业启蒙课走进泰山区实验中学",
                [
                    "11月10日，区职专烹饪专业教师走进泰山区实验中学，为初一学生上了一堂职业启蒙课。",
                    "学生们在老师指导下学做蛋糕裱花，体验劳动的乐趣。",
                ],
            ),
        ],
    )
    send(
        b,
        u,
        "11-11 09:05",
        "coremail-gov",
        "泰山区职教活动周信息（二）",
        "市局：报送第四篇稿件，附件为Word。",
        [
            article(
                u,
                "技能下乡进社区 服务群众零距离",
                [
                    "11月10日，区职专组织家电维修、美容美发专业师生走进财源街道社区，为居民免费提供服务。",
                    "一上午共维修电器四十余件，理发六十余人次，受到居民好评。",
                ],
                name="技能下乡进社区.docx",
            )
        ],
    )
    send(
        b,
        u,
        "11-12 08:50",
        "coremail-gov",
        "重报：技能下乡进社区（PDF）及新稿件两篇",
        "职成高教科：\n昨天报的《技能下乡进社区》一文，科里说Word版图片错位，按要求转成PDF再报一次，内容没有变化，请以此件为准。另报两篇新稿件，活动周信息报送完毕。\n孙明霞",
        [
            article(
                u,
                "技能下乡进社区 服务群众零距离",
                [
                    "11月10日，区职专组织家电维修、美容美发专业师生走进财源街道社区，为居民免费提供服务。",
                    "一上午共维修电器四十余件，理发六十余人次，受到居民好评。",
                ],
                name="技能下乡进社区.pdf",
                pdf=True,
                note="the 11-11 article again, as PDF: counts once",
            ),
            article(
                u,
                "泰山区举办校企合作洽谈会",
                [
                    "11月11日，泰山区校企合作洽谈会在区职专召开，十二家企业与学校签订订单培养协议。",
                    "洽谈会采用线上线下结合方式，部分企业通过视频连线参会。",
                ],
            ),
            article(
                u,
                "优秀毕业生回母校讲述成长故事",
                [
                    "11日下午，区职专邀请三名优秀毕业生回校，与在校生分享就业创业经历。",
                    "2016届毕业生王磊如今已是一家汽修连锁店的技术总监，他勉励学弟学妹练好基本功。",
                ],
            ),
        ],
        note="a resend of one article as PDF, and two new ones",
    )
    send(
        b,
        u,
        "11-16 09:40",
        "coremail-gov",
        "泰山区职教活动周总结及统计表",
        "市教育局职成高教科：\n\n报送我区活动周总结报告和情况统计表，请查收。\n\n泰山区教育和体育局职成教科\n2020年11月16日",
        [
            summary(
                u,
                "泰山区2020年职业教育活动周工作总结",
                [
                    "按照市教育局等9部门统一部署，我区于11月8日至14日组织开展了职业教育活动周活动。",
                    "活动周期间，全区共开展线上活动6场、线下活动9场，参与师生2300余人次，服务群众1100余人次。",
                    "# 一、主要做法",
                    "一是坚持线上线下结合；二是坚持与招生宣传结合；三是坚持服务社区。",
                    "# 二、下一步打算",
                    "我们将认真总结经验，推动职业教育活动常态化开展。",
                ],
            ),
            stats(u, [6, 9, 1, 4, 2300, 1100, 6, 15800]),
        ],
    )


def dyq(b):
    u = DYQ
    who = person("岱岳区教体局", "王海涛", "职成教科副科长", u.email, "13792160537")
    send(
        b,
        u,
        "11-04 15:30",
        "coremail",
        "咨询：活动周方案是否需要盖章",
        "您好，请问活动周方案报送时需要盖章扫描吗？还是Word版就可以？我们打算明天报。\n岱岳区教体局 王海涛",  # noqa: E501
        note="a question; nothing delivered",
    )
    send(
        b,
        u,
        "11-05 18:07:33",
        "coremail",
        "岱岳区职业教育活动周方案、专栏地址及联络员",
        """职成高教科老师：

报送岱岳区活动周方案（附件），专栏地址 http://www.dyjyty.cn/zjzl/2020hdz/ ，
联络员：岱岳区教体局王海涛，职成教科副科长，手机13792160537，邮箱dyjtj_zjk@163.com。

王海涛""",
        [
            plan(
                u,
                "岱岳区2020年职业教育活动周活动方案",
                [
                    "# 一、活动主题",
                    "人人出彩　技能强国。",
                    "# 二、活动安排",
                    "1.11月8日，在区职教中心举行启动仪式并开展技能展示。",
                    "2.11月9日至13日，各职业学校分专业开展“开放周”活动，接待中小学生职业体验。",
                    "3.组织农学、畜牧专业师生到满庄、夏张等镇开展技能下乡。",
                    "# 三、宣传报道",
                    "区教体局网站开设活动周专栏，各校每天报送活动信息。",
                ],
                name="岱岳区活动周方案.docx",
            )
        ],
        column_url="http://www.dyjyty.cn/zjzl/2020hdz/",
        liaison=who,
        lag=5,
        note="seven minutes after 18:00 (Date 18:07:28): plan, column and liaison late",
    )
    send(
        b,
        u,
        "11-09 11:20",
        "coremail",
        "岱岳区活动周稿件2篇",
        "请查收两篇稿件。",
        [
            article(
                u,
                "岱岳区职教活动周启幕",
                [
                    "11月8日，岱岳区职业教育活动周在区职教中心启动，现场展示了电子商务、汽车维修等专业技能。",
                    "区教体局负责同志表示，要借活动周契机，让更多家长了解职业教育。",
                ],
            ),
            article(
                u,
                "职教中心开放实训基地迎接中学生体验",
                [
                    "9日，三百余名初中学生走进区职教中心实训基地，体验无人机操控、茶艺等项目。",
                ],
            ),
        ],
    )
    send(
        b,
        u,
        "11-12 16:05",
        "coremail",
        "岱岳区稿件3-5",
        "三篇稿件，附件。",
        [
            article(
                u,
                "农学专业师生田间地头送技术",
                [
                    "10日，区职教中心农学专业师生来到满庄镇大棚基地，为种植户讲解病虫害防治知识。",
                ],
            ),
            article(
                u,
                "岱岳区举办职业教育政策宣讲会",
                [
                    "11日，区教体局在区职教中心举办政策宣讲会，解读春季高考、3+2贯通培养等政策。",
                ],
            ),
            article(
                u,
                "电商专业学生直播带货助农",
                [
                    "12日，区职教中心电商专业学生在直播间推介本地小米、板栗，两小时销售额一万余元。",
                ],
            ),
        ],
    )
    send(
        b,
        u,
        "11-16 16:30",
        "coremail",
        "岱岳区活动周总结报告",
        "职成高教科：\n\n附件为我区活动周总结报告。统计表数据还在和各校核对，明天一早补报，请谅解。\n\n岱岳区教体局 王海涛",  # noqa: E501
        [
            summary(
                u,
                "岱岳区2020年职业教育活动周工作总结",
                [
                    "11月8日至14日，我区以“人人出彩　技能强国”为主题开展职业教育活动周。",
                    "全区三所职业学校共接待中小学生职业体验1200余人次，开展技能下乡服务7场。",
                    "活动周期间在各级媒体发布稿件十余篇，社会反响良好。",
                ],
                name="岱岳区活动周总结.docx",
            )
        ],
        note="the summary without the table",
    )
    send(
        b,
        u,
        "11-17 09:12",
        "coremail",
        "补报：岱岳区职业教育活动周情况统计表",
        "补报统计表，请查收。",
        [stats(u, [5, 11, 3, 7, 2650, 980, 12, 9800], name="岱岳区活动周情况统计表.xlsx")],
        note="the table the morning after the deadline: late",
    )


def xintai(b):
    u = XINTAI
    who = person("新泰市教体局", "刘振华", "职成科科员", u.email, "15165481920")
    send(
        b,
        u,
        "11-05 17:58:50",
        "outlook",
        "新泰市教体局 职业教育活动周方案 专栏 联络员",
        """市教育局职成高教科：

现报送新泰市2020年职业教育活动周实施方案。
宣传专栏网址：http://www.xtedu.gov.cn/zyjyhdz/
联络员：新泰市教体局 刘振华 职成科科员 手机15165481920 邮箱xintai_zcjk@outlook.com

新泰市教育和体育局""",
        [
            plan(
                u,
                "新泰市2020年职业教育活动周实施方案",
                [
                    "为深入宣传职业教育，营造良好社会氛围，特制定本方案。",
                    "# 一、活动内容",
                    "（一）“云上开放周”：新泰职专、新泰市技工学校在抖音、快手开设直播专场。",
                    "（二）“技能进万家”：组织师生到青云、新汶街道开展便民服务。",
                    "（三）“职业体验日”：安排全市初二学生分批到职业学校体验。",
                    "# 二、组织保障",
                    "成立活动周工作领导小组，职成科具体负责。",
                ],
            )
        ],
        column_url="http://www.xtedu.gov.cn/zyjyhdz/",
        liaison=who,
        lag=9,
        note="Date 09:58:41 +0000 (Exchange Online) = 17:58:41 here: on time",
    )
    send(
        b,
        u,
        "11-13 17:45",
        "outlook",
        "新泰市活动周信息1-4",
        "报送信息4篇，请审核。",
        [
            article(
                u,
                "新泰市职业教育活动周“云上”开幕",
                [
                    "11月8日，新泰市职业教育活动周通过网络直播方式开幕，当天观看量突破两万人次。",
                    "直播中，新泰职专学生展示了焊接、中式烹调等技能。",
                ],
            ),
            article(
                u,
                "新泰职专师生走进社区开展便民服务",
                [
                    "9日，新泰职专组织师生到青云街道开展家电维修、缝纫服务，受益群众三百余人。",
                ],
            ),
            article(
                u,
                "新泰市初二学生走进职业学校体验",
                [
                    "10日，新泰市第一批八百名初二学生来到新泰职专，参加职业体验日活动。",
                ],
            ),
            article(
                u,
                "新泰市召开校企合作座谈会",
                [
                    "13日，新泰市教体局组织二十余家企业负责人座谈，共商产教融合。",
                ],
            ),
        ],
    )
    send(
        b,
        u,
        "11-15 07:50:20",
        "outlook",
        "新泰市活动周信息5（补报）",
        "职成高教科：周六活动结束较晚，第5篇今早补报，请谅解。\n刘振华",
        [
            article(
                u,
                "新泰市职业教育活动周圆满闭幕",
                [
                    "14日下午，新泰市职业教育活动周闭幕，一周内共举办各类活动二十八场。",
                ],
            )
        ],
        note="arrived Sunday 07:50 (Date Sat 14 Nov 23:50 +0000): the fifth article late",
    )
    send(
        b,
        u,
        "11-16 15:02",
        "outlook",
        "新泰市活动周总结报告及统计表",
        "市教育局：\n附件为新泰市活动周总结和统计表。\n新泰市教育和体育局职成科",
        [
            summary(
                u,
                "新泰市2020年职业教育活动周总结",
                [
                    "活动周期间，我市坚持线上与线下结合，开展“云上开放周”“技能进万家”等活动。",
                    "全市共组织活动28场，参与师生4100人次，服务群众1500人次。",
                    "活动周的成功举办，进一步提升了职业教育的社会认可度。",
                ],
            ),
            stats(u, [10, 18, 2, 6, 4100, 1500, 9, 52000], unit_cell="新泰市"),
        ],
    )


def feicheng(b):
    u = FEICHENG
    who = person("肥城市教体局", "陈晓东", "职成教科科长", u.email, "13853893016")
    body = [
        "为做好我市2020年职业教育活动周工作，制定本方案。",
        "# 一、时间",
        "11月8日—14日。",
        "# 二、活动内容",
        "1.肥城职专举办校园开放日，开放机电、会计、桃木雕刻专业实训室。",
        "2.组织“肥城工匠”进校园，邀请技术能手现场授艺。",
        "3.开展“技能服务进乡村”，到仪阳、安驾庄等镇服务群众。",
    ]
    send(
        b,
        u,
        "11-04 10:20",
        "foxmail",
        "肥城市活动周方案及专栏、联络员",
        """职成高教科：

附件是肥城市活动周方案。我市宣传专栏：http://jtj.feicheng.gov.cn/zjhdz2020/
联络员：肥城市教体局 陈晓东 职成教科科长 13853893016 fcjtj_zck@126.com

肥城市教体局 陈晓东""",
        [plan(u, "肥城市2020年职业教育活动周方案", body)],
        column_url="http://jtj.feicheng.gov.cn/zjhdz2020/",
        liaison=who,
    )
    send(
        b,
        u,
        "11-06 09:15",
        "foxmail",
        "肥城市活动周方案（修订版）",
        "职成高教科：根据分管领导意见，我市方案增加了一项内容，现报修订版，请以此为准。",
        [
            plan(
                u,
                "肥城市2020年职业教育活动周方案",
                [*body, "4.联合团市委开展“青春技能秀”短视频征集。"],
                name="肥城市2020年职业教育活动周方案（修订版）.docx",
                note="a corrected plan after the first: the first was on time",
            )
        ],
    )
    send(
        b,
        u,
        "11-07 16:30",
        "foxmail",
        "肥城市活动周预热稿件",
        "活动周还没开始，先报一篇预热稿。",
        [
            article(
                u,
                "肥城市全面部署职业教育活动周工作",
                [
                    "11月6日，肥城市召开职业教育活动周工作部署会，对各项活动作出安排。",
                ],
                note="arrived 11-07, before the week: not counted",
            )
        ],
        note="an article before the week opened",
    )
    send(
        b,
        u,
        "11-09 15:10",
        "foxmail",
        "肥城市活动周信息",
        "报送一篇。",
        [
            article(
                u,
                "肥城职专校园开放日吸引千余名家长学生",
                [
                    "8日，肥城职专举办校园开放日，一千余名家长和初三学生参观了桃木雕刻、机电实训室。",
                ],
            )
        ],
    )
    send(
        b,
        u,
        "11-12 10:25",
        "foxmail",
        "肥城市活动周信息（二）",
        "三篇，见附件。",
        [
            article(
                u,
                "肥城工匠进校园 言传身教话匠心",
                [
                    "10日，全国技术能手李建国走进肥城职专，为学生演示精密零件加工。",
                ],
            ),
            article(
                u,
                "技能服务进乡村 师生送技到农家",
                [
                    "11日，肥城职专师生到仪阳街道开展果树修剪、农机维修服务。",
                ],
            ),
            article(
                u,
                "肥城市“青春技能秀”短视频征集活动火热进行",
                [
                    "活动周开始以来，肥城市已收到学生技能短视频八十余部，网络点击量逾三万。",
                ],
            ),
        ],
    )
    send(
        b,
        u,
        "11-16 17:56:31",
        "foxmail",
        "肥城市活动周总结及统计表",
        "职成高教科：\n\n报送总结和统计表。\n\n陈晓东",
        [
            summary(
                u,
                "肥城市2020年职业教育活动周工作总结",
                [
                    "我市按照全市统一部署，围绕“人人出彩　技能强国”主题组织开展活动周。",
                    "一周来，共举办开放日2次，技能服务8场，征集短视频120余部。",
                    "今后将进一步加强职业教育宣传，扩大社会影响。",
                ],
            ),
            stats(u, [4, 10, 2, 8, 1900, 760, 5, 50300]),
        ],
        note="four minutes before 18:00",
    )


SLOW = -timedelta(days=1, minutes=4)  # ningyang's office PC: a day and four minutes behind


def ningyang(b):
    u = NINGYANG
    who = person("宁阳县教体局", "李春燕", "职成教股股长", u.email, "13562834407")
    send(
        b,
        u,
        "11-05 20:15:12",
        "foxmail",
        "宁阳县教体局活动周方案等",
        """市局职成高教科：

报送我县职业教育活动周方案，专栏地址：http://www.nyjy.net/zjhdz/
联络员 宁阳县教体局 李春燕 职成教股股长 手机13562834407 邮箱nyxjtj_zcjy@163.com

宁阳县教育和体育局职成教股""",
        [
            plan(
                u,
                "宁阳县2020年职业教育活动周实施方案",
                [
                    "# 一、活动目标",
                    "集中展示我县职业教育办学成果，提升职业教育吸引力。",
                    "# 二、活动内容",
                    "（一）宁阳职专开展“开放日”和“技能大比武”。",
                    "（二）组织养殖、种植专业师生到蒋集、华丰镇开展技术指导。",
                    "（三）县电视台开设“职教风采”栏目，连续播出一周。",
                ],
            )
        ],
        column_url="http://www.nyjy.net/zjhdz/",
        liaison=who,
        date=clock("11-05 20:15:09", SLOW),
        note="the PC's Date reads 11-04 20:11; the servers stamped 11-05 20:15: late",
    )
    send(
        b,
        u,
        "11-08 09:20:40",
        "foxmail",
        "宁阳县活动周稿件（1-2）",
        "报送两篇。",
        [
            article(
                u,
                "宁阳县职业教育活动周开幕",
                [
                    "11月8日，宁阳县职业教育活动周在宁阳职专开幕，县电视台进行了现场报道。",
                ],
            ),
            article(
                u,
                "宁阳职专技能大比武精彩纷呈",
                [
                    "开幕当天，宁阳职专举行技能大比武，两百余名学生参加了十个项目的比赛。",
                ],
            ),
        ],
        date=clock("11-08 09:20:37", SLOW),
        note="Date 11-07 09:16 (slow PC); arrived 11-08 09:20, in the week",
    )
    send(
        b,
        u,
        "11-10 14:00:05",
        "foxmail",
        "宁阳县活动周稿件（3-4）",
        "两篇。",
        [
            article(
                u,
                "养殖专业师生到蒋集镇送技术",
                [
                    "9日，宁阳职专畜牧兽医专业师生到蒋集镇养殖场开展防疫指导。",
                ],
            ),
            article(
                u,
                "“职教风采”栏目走进宁阳职专",
                [
                    "10日，县电视台“职教风采”栏目播出宁阳职专数控专业学生成长故事。",
                ],
            ),
        ],
        date=clock("11-10 14:00:02", SLOW),
    )
    send(
        b,
        u,
        "11-12 10:30:44",
        "foxmail",
        "宁阳县活动周稿件（5）",
        "第五篇。",
        [
            article(
                u,
                "宁阳县举办职业教育成果展",
                [
                    "12日，宁阳县职业教育成果展在县文化中心开展，展出学生作品三百余件。",
                ],
            )
        ],
        date=clock("11-12 10:30:40", SLOW),
    )
    send(
        b,
        u,
        "11-16 17:30:18",
        "foxmail",
        "宁阳县活动周总结报告和统计表",
        "职成高教科：报送我县总结报告和统计表。\n李春燕",
        [
            summary(
                u,
                "宁阳县2020年职业教育活动周工作总结",
                [
                    "我县职业教育活动周于11月8日开幕、14日结束，各项活动有序开展。",
                    "共举办技能大比武1次，送技下乡5场，县电视台播出专题7期。",
                    "通过活动周，群众对职业教育的认识有了明显改善。",
                ],
            ),
            zero(
                "2020年职业教育活动周情况统计表.xlsx",
                "statistics",
                u.id,
                note="0 bytes; never sent again: statistics partial",
            ),
        ],
        date=clock("11-16 17:30:14", SLOW),
    )


def dongping(b):
    u = DONGPING
    send(
        b,
        u,
        "11-03 11:05",
        "coremail-gov",
        "东平县2020年职业教育活动周方案",
        """市教育局职成高教科：

东平县活动周方案已印发，现报送电子版。活动周专栏已开通：http://www.dpjy.gov.cn/zt/zjhdz2020/

东平县教育和体育局职成教科""",
        [
            plan(
                u,
                "东平县2020年职业教育活动周工作方案",
                [
                    "为办好全县2020年职业教育活动周，现制定如下方案。",
                    "# 一、活动时间",
                    "11月8日至14日。",
                    "# 二、重点活动",
                    "1.东平职教中心举办“网络开放日”。",
                    "2.开展“技能助力乡村振兴”服务，组织师生到银山、戴庙镇开展电商培训。",
                    "3.在东平湖景区开展旅游服务专业实践展示。",
                ],
            )
        ],
        column_url="http://www.dpjy.gov.cn/zt/zjhdz2020/",
        note="no liaison in this or any later mail: contact missing",
    )
    twice = [
        article(
            u,
            "东平县职业教育活动周启动",
            [
                "8日，东平县职业教育活动周在东平职教中心启动，全县八所学校师生代表参加。",
            ],
        ),
        article(
            u,
            "东平职教中心“网络开放日”人气旺",
            [
                "8日至9日，东平职教中心网络开放日累计观看一万两千人次。",
            ],
        ),
    ]
    send(b, u, "11-09 09:30", "coremail-gov", "东平县活动周信息2篇", "请审阅。", twice)
    send(
        b,
        u,
        "11-09 09:34",
        "coremail-gov",
        "东平县活动周信息2篇",
        "市人社局职教科：按要求同时报送贵局一份。",
        twice,
        to=RSJ,
        note="the same two files to the other mailbox: counted once",
    )
    send(
        b,
        u,
        "11-12 17:00",
        "coremail-gov",
        "东平县活动周信息（二）",
        "四篇，附件。",
        [
            article(
                u,
                "师生送电商技能到银山镇",
                [
                    "10日，东平职教中心电商专业师生到银山镇，为农户培训网店运营知识。",
                ],
            ),
            article(
                u,
                "旅游专业学生在东平湖景区展风采",
                [
                    "11日，旅游服务与管理专业学生在东平湖景区开展导游讲解实践展示。",
                ],
            ),
            article(
                u,
                "东平县中小学生走进职业学校体验",
                [
                    "12日，东平县五百名初中学生到东平职教中心体验茶艺、插花等项目。",
                ],
            ),
            article(
                u,
                "东平县表彰一批职业学校技能标兵",
                [
                    "12日下午，东平县召开职业教育活动周推进会，表彰了一批技能标兵。",
                ],
            ),
        ],
    )
    send(
        b,
        u,
        "11-16 11:00",
        "coremail-gov",
        "东平县活动周总结和统计表",
        "市教育局职成高教科：报送总结和统计表，请查收。",
        [
            summary(
                u,
                "东平县2020年职业教育活动周工作总结",
                [
                    "今年活动周，我县突出服务乡村振兴，开展了一系列特色活动。",
                    "全县共开展线上活动4场，线下活动10场，服务群众2100人次。",
                    "下一步，我县将持续打造“技能助力乡村振兴”品牌。",
                ],
            ),
            stats(u, [4, 10, 2, 6, 1850, 2100, 6, 24000]),
        ],
    )


def gaoxin(b):
    u = GAOXIN
    who = person("高新区教体局", "赵亮", "科员", u.email, "18653831472")
    send(
        b,
        u,
        "11-05 11:20",
        "qqweb",
        "高新区职业教育活动周方案",
        """您好：

高新区活动周方案见附件。专栏链接正在做，随后发。
联络员：高新区教体局 赵亮 科员 18653831472 邮箱3302918475@qq.com

高新区教体局""",
        [
            plan(
                u,
                "泰安高新区2020年职业教育活动周方案",
                [
                    "# 一、活动内容",
                    "1.组织辖区中小学开展劳动和职业启蒙教育。",
                    "2.联合园区企业开展“企业开放日”，展示智能制造生产线。",
                    "# 二、宣传",
                    "在高新区教体局微信公众号和网站同步宣传。",
                ],
                name="高新区方案.docx",
            )
        ],
        liaison=who,
    )
    send(
        b,
        u,
        "11-06 09:40",
        "qqweb",
        "高新区活动周专栏链接",
        "专栏链接：http://www.taihigh.gov.cn/jyty/zjhdz/ 昨天没来得及发，抱歉。",
        column_url="http://www.taihigh.gov.cn/jyty/zjhdz/",
        note="the column the morning after the deadline: late",
    )
    send(
        b,
        u,
        "11-12 17:15",
        "qqweb",
        "高新区稿件",
        "三篇稿件",
        [
            article(
                u,
                "高新区中小学开展职业启蒙教育",
                [
                    "9日，高新区各中小学以班会课形式开展职业启蒙教育，学生了解了多种职业。",
                ],
            ),
            article(
                u,
                "园区企业向学生敞开大门",
                [
                    "10日，高新区三家智能制造企业开放生产线，接待职业学校学生参观。",
                ],
            ),
            article(
                u,
                "高新区举办职业教育家长开放课堂",
                [
                    "12日，高新区教体局邀请职业学校教师为初三家长讲解升学政策。",
                ],
            ),
        ],
    )
    send(
        b,
        u,
        "11-15 20:30",
        "qqweb",
        "请问总结报告截止时间",
        "老师您好，请问活动周总结报告和统计表是16号当天报就行吗？还是16号以前？我们还在汇总。\n赵亮",
        note="a question about the deadline; nothing delivered; nothing after it by 11-17 noon",
    )


STORIES = [taishan, dyq, xintai, feicheng, ningyang, dongping, gaoxin]
__all__ = ["CITY", "STORIES", "t"]
