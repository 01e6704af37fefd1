"""What set6's documents say: articles, plans, summaries and statistics tables, written for
this set (new headlines and wordings; nothing taken from earlier sets)."""

from __future__ import annotations

import random
from html import escape
from typing import Any

from .docs import Doc

# (headline, paragraphs); {s} is the unit's short name, {d} a day of the week
TOPICS: list[tuple[str, list[str]]] = [
    (
        "{s}“云上活动周”正式启动 线上展厅同步开放",
        [
            "11月{d}日上午，{s}2020年职业教育活动周启动仪式在线上举行，主题为“人人出彩 技能强国”。",
            "启动仪式通过网络直播同步播出，线上展厅分为办学成果、校园文化、实训教学三个板块，"
            "当天访问量超过一万人次。",
            "活动周期间，将陆续推出专业体验课、大师技艺展示、校企合作案例推介等十余项活动。",
        ],
    ),
    (
        "{s}师生走进社区开展家电义务维修",
        [
            "11月{d}日，{s}机电专业二十余名师生来到泰山区财源街道社区，为居民免费检修电视机、"
            "电饭煲、电风扇等家用电器。",
            "活动现场，师生们一边维修一边向居民讲解家电安全使用和日常保养常识，"
            "共检修家电六十余件。",
            "社区居民纷纷点赞：“职业学校的学生手艺真不错！”",
        ],
    ),
    (
        "技能下乡进田间 {s}助力秋冬农业生产",
        [
            "11月{d}日，{s}组织农学、农机专业教师和学生走进宁阳县葛石镇，"
            "为种植户讲解冬小麦田间管理和农机保养技术。",
            "师生们现场检修旋耕机、播种机等农机具十二台，发放技术明白纸三百余份。",
            "“技能下乡”已成为{s}服务乡村振兴的一项常态化工作。",
        ],
    ),
    (
        "{s}举办“网络校园开放日” 家长学生云端看校园",
        [
            "11月{d}日，{s}举办“网络校园开放日”活动，通过直播镜头带领观众走进实训车间、"
            "创客空间和学生公寓。",
            "各专业负责人在线解读招生政策、对口贯通培养和升学就业路径，实时回答家长提问两百余条。",
            "当天直播观看人数达到一万二千余人次。",
        ],
    ),
    (
        "职教故事｜{s}毕业生的“逆行”坚守",
        [
            "今年年初疫情发生后，{s}2016届护理专业毕业生主动报名支援一线，"
            "在隔离病区连续工作四十余天。",
            "谈起那段日子，她说：“在学校练下的基本功，关键时刻派上了用场。”",
            "她的事迹在校园里广为传颂，成为在校学生学习的榜样。",
        ],
    ),
    (
        "{s}开展职业启蒙教育 小学生体验“当一天工匠”",
        [
            "11月{d}日，附近两所小学的一百二十名学生走进{s}，参加“当一天工匠”职业体验活动。",
            "孩子们在老师指导下学习面点制作、木工榫卯和简单电路连接，感受劳动的乐趣。",
            "活动把劳动教育和职业启蒙结合起来，受到学生和家长欢迎。",
        ],
    ),
    (
        "校企携手育英才 {s}召开校企合作推介会",
        [
            "11月{d}日，{s}举行校企合作推介会，来自装备制造、现代服务等行业的二十六家企业参加。",
            "会上签订订单培养、共建实训基地协议八项，发布企业用人需求岗位三百余个。",
            "推介会通过线上平台同步直播，进一步扩大了产教融合的影响。",
        ],
    ),
    (
        "{s}举行技能展示周 大师工作室向公众开放",
        [
            "活动周期间，{s}各大师工作室面向社会开放，展示木雕、烹饪、数控加工等传统和现代技艺。",
            "市级技能大师现场示范，讲述自己从学徒到大师的成长经历。",
            "不少市民带着孩子前来参观，近距离感受“技能宝贵”的时代风尚。",
        ],
    ),
    (
        "{s}开展防疫知识进社区宣传活动",
        [
            "11月{d}日，{s}青年志愿者走进周边社区，开展秋冬季疫情防控知识宣传。",
            "志愿者们发放宣传册、讲解正确佩戴口罩和洗手方法，并为老年人测量血压。",
            "此次活动服务居民四百余人次。",
        ],
    ),
    (
        "“停课不停学”成果展 {s}线上教学案例获点赞",
        [
            "活动周期间，{s}集中展示疫情期间开展线上教学的优秀案例和学生作品。",
            "展示内容包括微课视频、线上实训指导和学生居家完成的创意作品共一百余件。",
            "不少家长留言说，通过展示更加了解了职业学校的教学方式。",
        ],
    ),
    (
        "{s}电商直播助农 两小时售出特色农产品三千余单",
        [
            "11月{d}日，{s}电子商务专业师生走进直播间，为本地的板栗、小米和黄桃罐头带货。",
            "两小时直播共售出农产品三千余单，销售额八万余元。",
            "学生主播表示，把课堂上学到的知识用在助农上，很有成就感。",
        ],
    ),
    (
        "{s}举办高职扩招和招生政策线上宣讲",
        [
            "11月{d}日晚，{s}举办招生政策线上宣讲会，面向退役军人、下岗职工、"
            "农民工等群体解读高职扩招政策。",
            "招生办负责人详细介绍了报名条件、考试方式和弹性学制安排。",
            "宣讲会在线观看人数达到六千余人次，咨询电话接听量明显增加。",
        ],
    ),
    (
        "劳模进校园 {s}邀请大国工匠讲述奋斗故事",
        [
            "11月{d}日，{s}邀请全国劳动模范、泰安市首席技师走进校园，为师生作专题报告。",
            "报告会上，劳模讲述了自己扎根一线、攻坚克难的经历，鼓励同学们练好技能、服务社会。",
            "现场气氛热烈，同学们表示要以劳模为榜样，弘扬劳模精神、劳动精神、工匠精神。",
        ],
    ),
    (
        "{s}学子在全省职业院校技能大赛中获佳绩",
        [
            "近日，2020年全省职业院校技能大赛结果揭晓，{s}选手获得一等奖两项、二等奖三项。",
            "获奖选手分别来自汽车运用与维修、工业机器人技术应用等赛项。",
            "{s}将以赛促教、以赛促学，不断提升人才培养质量。",
        ],
    ),
    (
        "{s}开展“职业礼仪进机关”服务活动",
        [
            "11月{d}日，{s}旅游服务专业教师为县直机关工作人员开展商务礼仪和接待服务培训。",
            "培训内容包括仪容仪表、会议服务、电话礼仪等，现场示范、互动练习相结合。",
            "参训人员表示培训实用性强，收获很大。",
        ],
    ),
    (
        "{s}活动周闭幕 七天推出活动四十余场",
        [
            "11月14日，{s}2020年职业教育活动周落下帷幕。",
            "七天里，共开展线上线下活动四十余场，参与师生一万余人次，服务群众五千余人次。",
            "活动周期间，{s}各类宣传报道累计浏览量超过二十万人次。",
        ],
    ),
]


def article(short: str, i: int) -> tuple[str, list[str]]:
    """Headline and paragraphs of topic i for a unit."""
    title, paras = TOPICS[i % len(TOPICS)]
    d = str(8 + i % 7)
    return title.format(s=short), [p.format(s=short, d=d) for p in paras]


def html_doc(title: str, paras: list[str], extra: str = "", head: str = "") -> str:
    """An HTML page for LibreOffice's Writer import."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    return (
        "<html><head><meta charset='utf-8'><style>body{font-family:'WenQuanYi Zen Hei';}"
        f"</style></head><body>{head}<h1 style='text-align:center'>{escape(title)}</h1>"
        f"{body}{extra}</body></html>"
    )


def table_html(rows: list[list[Any]]) -> str:
    """A bordered HTML table."""
    cells = "".join(
        "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows
    )
    return f"<table border='1' cellspacing='0'>{cells}</table>"


def doc_of(producer: str, title: str, paras: list[str], extra: str = "") -> Doc:
    """The same text through any producer."""
    if producer in ("python-docx", "docx-odd"):
        return Doc(producer, [["h", title], *[["p", p] for p in paras]])
    if producer == "txt-gbk":
        return Doc(producer, title + "\n\n" + "\n\n".join("　　" + p for p in paras) + "\n")
    if producer == "scan-jpg" or producer.startswith("lo-"):
        return Doc(producer, html_doc(title, paras, extra))
    raise ValueError(producer)


def plan_paras(name: str, url: str = "", contact: str = "") -> list[str]:
    """The sections of an activity-week plan (实施方案)."""
    out = [
        f"根据泰安市教育局等9部门《关于做好2020年泰安市职业教育活动周相关工作的通知》要求，"
        f"结合实际，{name}制定本方案。",
        "一、活动主题：人人出彩 技能强国。",
        "二、活动时间：2020年11月8日至14日。",
        "三、组织领导：成立活动周工作领导小组，主要负责同志任组长，分管负责同志任副组长，"
        "各科室负责人为成员。",
        "四、活动内容：（一）举办“云上活动周”和“网络校园开放日”；（二）开展招生政策宣传和"
        "职业启蒙教育；（三）组织技能下乡、走进社区等技术技能服务；（四）举办校企合作推介活动。",
        "五、宣传工作：开设活动周宣传专栏，通过网站、微信公众号、短视频平台集中宣传，"
        "活动周期间报送宣传材料不少于5篇。",
        "六、工作要求：高度重视，精心组织；严格落实疫情防控要求；及时总结，按时报送活动周总结"
        "和统计表。",
    ]
    if url:
        out.append(f"宣传专栏网址：{url}")
    if contact:
        out.append(contact)
    return out


def summary_paras(name: str, nums: list[int]) -> list[str]:
    """The paragraphs of a summary report (总结报告)."""
    return [
        f"按照市教育局等9部门统一部署，{name}于11月8日至14日组织开展了2020年职业教育活动周，"
        "现将有关情况总结如下。",
        "一、基本情况。活动周期间，共开展线上活动"
        f"{nums[0]}场、线下活动{nums[1]}场，举办校园开放日{nums[2]}次，开展技术技能服务"
        f"{nums[3]}场，参与师生{nums[4]}人次，服务群众{nums[5]}人次。",
        f"二、主要做法。一是加强组织领导；二是创新活动形式；三是强化宣传推介，"
        f"共刊发宣传报道{nums[6]}篇，网络浏览量{nums[7]}人次。",
        "三、存在的问题。受疫情影响，部分线下活动规模有所压缩，企业参与深度还需加强。",
        "四、下一步打算。总结活动周经验做法，建立常态化宣传机制，持续扩大职业教育社会影响力。",
    ]


def numbers(seed: int) -> list[int]:
    """The eight figures of one unit's week."""
    r = random.Random(seed)
    return [
        r.randint(6, 40),
        r.randint(3, 25),
        r.randint(1, 6),
        r.randint(2, 20),
        r.randint(800, 9000),
        r.randint(300, 6000),
        r.randint(6, 40),
        r.randint(20000, 300000),
    ]


STAT_HEADS = [
    "线上活动（场次）",
    "线下活动（场次）",
    "校园开放日（次）",
    "技术技能服务（场次）",
    "参与师生（人次）",
    "服务群众（人次）",
    "宣传报道（篇）",
    "网络浏览量（人次）",
]
STAT_TITLE = "2020年职业教育活动周情况统计表"
