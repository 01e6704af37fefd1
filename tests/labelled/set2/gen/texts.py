"""What the documents and bodies say: plans, articles, summaries, statistics tables, the city's
reminder and notice. Seeded, so the same set comes out every time."""

from __future__ import annotations

import random

from .docs import Doc
from .people import SHORT, name

RNG = random.Random(2020_72)

ACTIVITIES = [
    "举办“云上活动周”启动仪式，通过学校网站和微信公众号同步直播",
    "开展“网络校园开放日”活动，面向学生、家长和社区居民线上展示实训教学",
    "组织师生走进社区，开展家电维修、健康护理、防疫知识宣传等技术技能服务",
    "深入开展“技能下乡”活动，组织专业教师到田间地头和养殖农牧场开展技术指导",
    "联合普通中小学开展劳动和职业启蒙教育，组织中小学生走进实训室体验职业",
    "开展招生考试制度改革、对口贯通培养、高职扩招等政策宣传",
    "举办校企合作成果推介会，展示合作育人、互利共赢的发展成果",
    "邀请劳动模范、大国工匠进校园，举办劳模工匠事迹报告会",
    "组织参与职业院校技能大赛和“文明风采”活动，展示学生技能风采",
    "宣传师生和毕业生参与抗疫一线、助力企业复工复产的先进事迹",
]

TOPICS = [
    ("{s}2020年职业教育活动周正式启动", "启动仪式"),
    ("{s}举办“网络校园开放日”活动", "开放日"),
    ("{s}师生走进田间地头开展“技能下乡”服务", "技能下乡"),
    ("{s}志愿者走进社区开展家电维修和健康护理服务", "社区服务"),
    ("{s}联合中小学开展劳动和职业启蒙教育", "职业启蒙"),
    ("{s}举办校企合作成果推介会", "校企合作"),
    ("{s}举行技能大赛成果展示活动", "技能展示"),
    ("大国工匠进校园——{s}举办劳模工匠报告会", "工匠报告会"),
    ("{s}毕业生战“疫”一线的职教故事", "职教故事"),
    ("{s}开展对口贯通培养和高职扩招政策宣讲", "政策宣讲"),
    ("{s}通过网络直播展示实训教学成果", "网络直播"),
    ("{s}开展职业院校“文明风采”展示活动", "文明风采"),
    ("{s}举办毕业生就业创业典型事迹分享会", "就业创业"),
    ("{s}开展传统工艺体验活动", "传统工艺"),
    ("{s}2020年职业教育活动周圆满落幕", "闭幕"),
]

_used: dict[str, int] = {}


def article_title(uid: str, short: str | None = None) -> str:
    """The next distinct headline for a unit's publicity article."""
    i = _used.get(uid, RNG.randrange(len(TOPICS)))
    _used[uid] = (i + 1) % len(TOPICS)
    return TOPICS[i % len(TOPICS)][0].format(s=short or SHORT[uid])


def article_paras(uid: str, title: str, day: int) -> list[str]:
    """Three or four paragraphs of a news item dated 2020-11-<day>."""
    s = SHORT[uid]
    act = RNG.choice(ACTIVITIES)
    n1, n2 = RNG.randint(60, 600), RNG.randint(3, 30)
    return [
        f"11月{day}日，{name(uid)}围绕“人人出彩 技能强国”主题，{act}。",
        f"活动中，{s}共组织师生{n1}余人次参与，开展专题活动{n2}场，"
        "受到学生家长和社会各界的广泛好评。",
        RNG.choice(
            [
                "参加活动的家长表示，通过活动更加直观地了解了职业教育，对孩子选择职业院校更有信心。",
                "活动负责同志介绍，下一步将把活动周成果转化为常态化工作机制，持续扩大职业教育影响力。",
                "此次活动充分展示了职业教育服务经济社会发展的能力，营造了人人皆可成才的良好氛围。",
            ]
        ),
        f"（{s} 供稿  2020年11月{day}日）",
    ]


def article(
    uid: str, fname: str, producer: str, day: int, unit: str | None = None, title: str | None = None
) -> Doc:
    """A publicity article as a document."""
    t = title or article_title(uid)
    return Doc(
        fname.format(t=t),
        "article",
        unit or uid,
        producer,
        title=t,
        paras=article_paras(uid, t, day),
    )


def body_article(uid: str, day: int, title: str | None = None) -> tuple[str, str]:
    """(headline, text) of an article pasted into a mail body."""
    t = title or article_title(uid)
    return t, t + "\n\n" + "\n\n".join(article_paras(uid, t, day))


def plan(
    uid: str, fname: str, producer: str, unit: str | None = None, extra: list[str] | None = None
) -> Doc:
    """The unit's activity-week plan (活动周方案)."""
    acts = RNG.sample(ACTIVITIES, 5)
    paras = (
        [
            "为认真贯彻落实泰安市教育局等9部门《关于做好2020年泰安市职业教育活动周相关工作的通知》"
            f"（泰教函〔2020〕72号）要求，结合{SHORT[uid]}实际，制定本方案。",
            "一、活动时间：2020年11月8日至14日。",
            "二、活动主题：人人出彩 技能强国。",
            "三、组织领导：成立活动周工作领导小组，主要负责同志任组长，分管负责同志任副组长。",
            "四、活动内容：",
        ]
        + [f"（{'一二三四五'[i]}）{a}。" for i, a in enumerate(acts)]
        + [
            "五、工作要求：高度重视，精心组织；严格落实疫情防控要求；及时报送宣传材料，认真做好总结。",
        ]
        + (extra or [])
        + [name(uid), "2020年11月"]
    )
    return Doc(
        fname,
        "plan",
        unit or uid,
        producer,
        title=f"{name(uid)}2020年职业教育活动周实施方案",
        paras=paras,
    )


def summary(uid: str, fname: str, producer: str, unit: str | None = None) -> Doc:
    """The unit's summary report (活动周总结报告)."""
    n = RNG.randint(8, 40)
    paras = [
        f"按照泰教函〔2020〕72号文件要求，{name(uid)}于2020年11月8日至14日组织开展了职业教育活动周，"
        "现将有关情况总结如下。",
        f"一、基本情况。活动周期间共开展线上线下活动{n}场，参与师生{n * 57}人次，"
        f"服务群众{n * 31}人次。",
        "二、主要做法。" + "；".join(RNG.sample(ACTIVITIES, 3)) + "。",
        "三、存在的不足。宣传形式还不够丰富，新媒体运用能力有待提升。",
        "四、下一步打算。总结活动经验，推动活动周成果常态化。",
        name(uid),
        "2020年11月15日",
    ]
    return Doc(
        fname,
        "summary",
        unit or uid,
        producer,
        title=f"{name(uid)}2020年职业教育活动周工作总结",
        paras=paras,
    )


STAT_HEADERS = [
    "单位名称",
    "线上活动（场次）",
    "线下活动（场次）",
    "校园开放日（次）",
    "技术技能服务（场次）",
    "参与师生（人次）",
    "服务群众（人次）",
    "宣传报道（篇）",
    "网络浏览量（人次）",
]
STAT_HEADERS_ALT = [
    "填报单位",
    "线上活动场次",
    "现场活动",
    "开放日活动",
    "技能服务",
    "参与人数",
    "服务群众",
    "报道篇数",
    "点击量",
]


def stats_rows(uid: str, schools: list[str] | None = None, alt: bool = False) -> list[list[object]]:
    """Header plus one row per unit (and a total row when schools are listed)."""
    head = STAT_HEADERS_ALT if alt else STAT_HEADERS
    rows: list[list[object]] = [list(head)]
    for u in [uid] + (schools or []):
        rows.append(
            [
                name(u),
                RNG.randint(2, 20),
                RNG.randint(1, 12),
                RNG.randint(1, 4),
                RNG.randint(1, 10),
                RNG.randint(200, 3000),
                RNG.randint(100, 2000),
                RNG.randint(5, 30),
                RNG.randint(1000, 50000),
            ]
        )
    if schools:
        rows.append(["合计"] + [sum(int(r[i]) for r in rows[1:]) for i in range(1, 9)])  # type: ignore[arg-type]
    return rows


def stats(
    uid: str,
    fname: str,
    producer: str,
    schools: list[str] | None = None,
    after: list[str] | None = None,
    alt: bool = False,
    unit: str | None = None,
) -> Doc:
    """The statistics table 《2020年职业教育活动周情况统计表》."""
    return Doc(
        fname,
        "statistics",
        unit or uid,
        producer,
        title="2020年职业教育活动周情况统计表",
        rows=stats_rows(uid, schools, alt),
        after=after or [],
    )


def photo(uid: str, fname: str, caption: str) -> Doc:
    """A phone photo taken at an activity (JPEG)."""
    return Doc(fname, "other", uid, "photo", title=caption)


REMINDER = (
    "各县市区教育和体育局、各职业院校：\n"
    "    根据《关于做好2020年泰安市职业教育活动周相关工作的通知》（泰教函〔2020〕72号）要求，"
    "请于11月5日18:00前将活动周方案、宣传专栏（网站）地址和联络员联系方式报送至"
    "jyj-zcjk01@ta.shandong.cn。截至目前，以下单位尚未报送：{missing}。请抓紧报送。\n"
    "    泰安市教育局职成高教科  联系电话：6991449\n"
)


def reminder(missing: list[str]) -> str:
    """The city's reminder, naming units that have not yet sent (quoted in replies)."""
    return REMINDER.format(missing="、".join(name(u) for u in missing))


NOTICE_SUMMARY = (
    "泰安市教育局等9部门关于做好2020年泰安市职业教育活动周相关工作的通知（泰教函〔2020〕72号）\n"
    "各县市区教育和体育局……各职业院校：\n"
    "我市定于11月8日至14日开展全市职业教育活动周活动。……请于2020年11月5日前将活动周方案、"
    "宣传专栏（网站）地址和联络员联系方式（单位、姓名、职务、邮箱、手机号码）报市教育局职成高教科，"
    "电子版发送至指定邮箱。活动周期间，各县市区教育局、各职业院校要积极报送宣传材料（不少于5篇）。"
    "活动周总结报告与《2020年职业教育活动周情况统计表》电子版请于11月16日前报送至市教育局职成高教科。\n"
    "联系人：田洪娟、董殿楠；联系电话：6991449；邮箱：jyj-zcjk01@ta.shandong.cn。\n"
)


def notice_doc(fname: str) -> Doc:
    """The city's own notice as a PDF (what units forward to their schools)."""
    return Doc(
        fname,
        "other",
        None,
        "lo-pdf",
        title="关于做好2020年泰安市职业教育活动周相关工作的通知",
        paras=NOTICE_SUMMARY.split("\n"),
    )
