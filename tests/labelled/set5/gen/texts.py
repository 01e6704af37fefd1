"""Wordings and document sources for set5 (plans, articles, summaries, statistics, contacts).

Every text is new for this set; choices are seeded by the caller's `random.Random`.
"""

from __future__ import annotations

import random
from html import escape

from .docs import Doc

PLAN_PARAS = [
    "为认真落实《2020年泰安市职业教育活动周实施方案》要求，结合我单位实际，制定本方案。",
    "活动周期间，围绕“人人出彩 技能强国”主题，组织开展云上开放日、技能展示、职业体验等活动。",
    "成立活动周工作领导小组，主要负责同志任组长，分管负责同志任副组长，各科室负责人为成员。",
    "11月8日启动仪式暨“云上活动周”上线；11月9日至12日分专业开展职业体验；11月13日进社区服务。",
    "依托学校网站、微信公众号和抖音号开设活动周专题，集中展示办学成果和师生风采。",
    "严格落实疫情防控要求，线下活动控制规模，做好人员登记、体温检测和场地消毒。",
    "组织师生走进田间地头和农牧场，开展农机维修、果树修剪、电商直播等技能下乡服务。",
    "联合普通中小学开展劳动和职业启蒙教育，邀请家长和学生走进实训室。",
]
ART_TITLES = [
    "{s}举行职业教育活动周启动仪式",
    "“云上开放日”带你走进{s}实训基地",
    "{s}师生走进社区开展家电维修志愿服务",
    "技能下乡：{s}农机专业师生走进田间地头",
    "{s}举办校企合作成果展",
    "大国工匠进校园——{s}邀请省级技术能手作报告",
    "{s}开展职业启蒙教育 百名小学生体验烘焙与机器人编程",
    "{s}护理专业学生进社区开展健康义诊",
    "{s}电商直播助农 一天售出苹果两千余斤",
    "职教故事｜{s}毕业生返乡创业带富乡亲",
    "{s}“技能之星”风采展示活动圆满举行",
    "{s}举办“劳动创造美好生活”主题征文展评",
]
ART_PARAS = [
    "11月{d}日上午，{s}组织师生代表开展活动，现场气氛热烈，吸引了众多群众驻足观看。",
    "活动中，专业教师现场讲解操作要领，学生分组展示实训成果，赢得一致好评。",
    "据了解，本次活动是{s}职业教育活动周系列活动之一，线上直播累计观看人数超过一万人次。",
    "参加活动的家长表示，通过实地参观，对职业教育有了全新的认识。",
    "下一步，{s}将持续深化产教融合、校企合作，让更多学生人人出彩。",
]
SUMMARY_TITLES = [
    "{n}2020年职业教育活动周工作总结",
    "关于{n}2020年职业教育活动周开展情况的报告",
    "{n}职业教育活动周活动总结报告",
    "{n}2020年职教活动周工作总结",
]
SUMMARY_PARAS = [
    "按照市教育局等9部门通知要求，我单位于11月8日至14日组织开展了职业教育活动周各项活动，现将有关情况总结如下。",
    "一、加强组织领导。召开专题会议研究部署，制定实施方案，明确责任分工，确保各项活动有序推进。",
    "二、活动开展情况。活动周期间共组织线上活动{a}场、线下活动{b}场，参与师生{c}人次，服务群众{e}人次。",
    "三、宣传报道情况。在学校网站、微信公众号等平台发布宣传报道{f}篇，被泰安日报、大众网等媒体采用3篇。",
    "四、存在的不足和下一步打算。活动形式还需进一步创新，今后将把活动周的好做法常态化、长效化。",
]
STAT_HEADERS = [
    "线上活动（场次）",
    "线下活动（场次）",
    "校园开放日（次）",
    "技术技能服务（场次）",
    "参与师生（人次）",
    "服务群众（人次）",
    "宣传报道（篇）",
    "网络浏览量（人次）",
]


def numbers(rng: random.Random) -> list[int]:
    """One unit's week, as the statistics columns in order."""
    return [
        rng.randint(3, 20),
        rng.randint(2, 15),
        rng.randint(1, 4),
        rng.randint(2, 12),
        rng.randint(300, 5000),
        rng.randint(200, 3000),
        rng.randint(5, 30),
        rng.randint(5000, 90000),
    ]


def _html(title: str, paras: list[str], table: list[list[str]] | None = None) -> str:
    body = f"<h1 style='text-align:center'>{escape(title)}</h1>"
    body += "".join(f"<p>{escape(p)}</p>" for p in paras)
    if table:
        body += (
            "<table border='1' cellspacing='0'>"
            + "".join(
                "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>"
                for row in table
            )
            + "</table>"
        )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>"
        + escape(title)
        + "</title></head><body>"
        + body
        + "</body></html>"
    )


def doc_from(
    producer: str, title: str, paras: list[str], table: list[list[str]] | None = None
) -> Doc:
    """A prose document (with an optional table) through the named producer."""
    if producer == "python-docx":
        blocks: list[list] = [["h", title]] + [["p", p] for p in paras]
        if table:
            blocks.append(["t", table])
        return Doc("python-docx", blocks)
    return Doc(producer, _html(title, paras, table))


def plan_doc(
    producer: str, name: str, rng: random.Random, tail: list[str] | None = None, title: str = ""
) -> Doc:
    """An activity-week plan; `tail` lines go at its end (e.g. a contact line)."""
    paras = rng.sample(PLAN_PARAS, 5) + (tail or [])
    return doc_from(producer, title or f"{name}2020年职业教育活动周实施方案", paras)


def article(short: str, rng: random.Random, idx: int) -> tuple[str, list[str]]:
    """An article's headline and paragraphs."""
    title = ART_TITLES[idx % len(ART_TITLES)].format(s=short)
    d = 8 + idx % 7
    paras = [p.format(s=short, d=d) for p in rng.sample(ART_PARAS, 4)]
    return title, paras


def summary_paras(nums: list[int]) -> list[str]:
    """A summary report's paragraphs quoting the unit's numbers."""
    a, b, _, _, c, e, f, _ = nums
    return [p.format(a=a, b=b, c=c, e=e, f=f) for p in SUMMARY_PARAS]


def contact_table(rows: list[list[str]]) -> list[list[str]]:
    """The five fields the notice asks for, as a header row and people."""
    return [["单位", "姓名", "职务", "邮箱", "手机号码"], *rows]


def vcard(p: dict[str, str]) -> str:
    """A vCard 3.0 card for one liaison (as phone contacts apps export it)."""
    return (
        "BEGIN:VCARD\nVERSION:3.0\n"
        f"N;CHARSET=UTF-8:{p['name'][0]};{p['name'][1:]};;;\n"
        f"FN;CHARSET=UTF-8:{p['name']}\nORG;CHARSET=UTF-8:{p['unit']}\n"
        f"TITLE;CHARSET=UTF-8:{p['position']}\nTEL;TYPE=CELL:{p['mobile']}\n"
        f"EMAIL;TYPE=INTERNET:{p['email']}\nEND:VCARD\n"
    )
