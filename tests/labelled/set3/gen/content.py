# ruff: noqa: E501 - mail text and labels stay one sentence a line, as people wrote them
"""The words inside documents and bodies: plans, summaries, articles, statistics, contacts.

Each builder takes the unit and a variant so that the same kind of document is written in
several ways (titles, wording, layout), the way different offices write it.
"""

from __future__ import annotations

import hashlib
import random

from .units import CITY, Person, Unit

STATS_HEADER = [
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
STATS_TITLE = "2020年职业教育活动周情况统计表"


def rng(*key: object) -> random.Random:
    """A generator seeded from the key, so every run writes the same numbers."""
    seed = hashlib.sha256("|".join(map(str, key)).encode()).hexdigest()
    return random.Random(int(seed[:16], 16))


PLAN_TITLES = [
    "{name}2020年职业教育活动周实施方案",
    "{name}关于开展2020年职业教育活动周活动的工作方案",
    "{short}“人人出彩 技能强国”职业教育活动周活动方案",
    "关于印发《{name}2020年职业教育活动周活动安排》的通知",
    "{name}职教活动周工作安排",
]


def plan_blocks(u: Unit, variant: int = 0) -> list:
    """A plan: title, purpose, theme, time, organisation, activities, requirements."""
    title = PLAN_TITLES[variant % len(PLAN_TITLES)].format(name=u.name, short=u.short)
    r = rng(u.id, "plan", variant)
    acts = [
        "举办“云上活动周”，通过学校网站、微信公众号集中展示办学成果、校园文化和教学实训活动。",
        "开展“网络校园开放日”，面向初中学生和家长直播实训场景，解读招生考试制度改革政策。",
        "组织师生走进社区开展家电维修、健康护理、职业礼仪等技术技能服务。",
        "联合普通中小学开展劳动教育和职业启蒙体验。",
        "开展“技能下乡”，组织专业教师走进田间地头和养殖场开展技术指导。",
        "举办优秀毕业生、劳模工匠进校园报告会，讲好职教故事。",
    ]
    r.shuffle(acts)
    blocks: list = [("title", title)]
    if variant % 2:
        blocks.append(f"{u.short}〔2020〕{r.randint(20, 99)}号")
    blocks += [
        "根据泰安市教育局等9部门《关于做好2020年泰安市职业教育活动周相关工作的通知》"
        "（泰教函〔2020〕72号）要求，结合我单位实际，制定本方案。",
        ("h", "一、指导思想"),
        "以习近平新时代中国特色社会主义思想为指导，全面宣传职业教育创新发展成果，"
        "营造人人皆可成才、人人尽展其才的良好环境。",
        ("h", "二、活动主题和时间"),
        "主题：人人出彩 技能强国。时间：2020年11月8日至14日。",
        ("h", "三、组织机构"),
        f"成立活动周工作领导小组，{u.leader.name}同志任组长，各科室（处室）负责人为成员。",
        ("h", "四、活动内容"),
        *[f"（{'一二三四五六'[i]}）{a}" for i, a in enumerate(acts[: 3 + variant % 3])],
        ("h", "五、工作要求"),
        "各部门要高度重视，严格落实疫情防控要求，活动期间每天报送活动信息不少于1条。",
        f"{u.name}",
        "2020年11月" + str(2 + variant % 3) + "日",
    ]
    return blocks


SUMMARY_TITLES = [
    "{name}2020年职业教育活动周工作总结",
    "{name}关于2020年职业教育活动周开展情况的报告",
    "{short}职业教育活动周总结报告",
    "{name}职教活动周工作开展情况汇报",
]


def summary_blocks(u: Unit, variant: int = 0) -> list:
    """A summary report: what was done, in figures, and what comes next."""
    r = rng(u.id, "summary", variant)
    title = SUMMARY_TITLES[variant % len(SUMMARY_TITLES)].format(name=u.name, short=u.short)
    return [
        ("title", title),
        "市教育局职成高教科：",
        f"按照泰教函〔2020〕72号文件要求，{u.name}于11月8日至14日组织开展了2020年职业教育活动周"
        f"活动，现将有关情况总结如下。",
        ("h", "一、基本情况"),
        f"活动周期间共组织线上活动{r.randint(3, 15)}场、线下活动{r.randint(2, 12)}场，参与师生"
        f"{r.randint(800, 6000)}人次，服务群众{r.randint(300, 3000)}人次，发布宣传报道{r.randint(5, 20)}篇。",
        ("h", "二、主要做法"),
        "（一）加强领导，精心部署。（二）线上线下结合，突出特色。（三）开放办学，服务群众。",
        ("h", "三、存在的问题和下一步打算"),
        "受疫情影响部分线下活动规模压缩。下一步将把活动周形成的好经验、好做法固化为常态机制。",
        u.name,
        "2020年11月" + str(15 + variant % 2) + "日",
    ]


LEADS = ["本网讯", "讯", "（通讯员 {who}）", "本报讯（记者 {who} 通讯员 {who2}）"]


def article_paragraphs(u: Unit, title: str, day: int, variant: int = 0) -> list[str]:
    """A news item: a dateline lead then two or three paragraphs."""
    r = rng(u.id, title)
    who, who2 = r.choice(["孙明", "李娜", "王晨", "朱琳"]), r.choice(["刘洋", "陈晓", "吴迪"])
    lead = LEADS[variant % len(LEADS)].format(who=who, who2=who2)
    return [
        f"{lead}11月{day}日，{title.replace('“', '').replace('”', '')}。"
        f"活动紧扣“人人出彩 技能强国”主题，吸引了{r.randint(100, 900)}余名师生和群众参与。",
        f"活动现场，{r.choice(['汽修', '电子商务', '学前教育', '护理', '机电'])}专业的师生展示了专业技能，"
        f"现场群众纷纷点赞。{u.leader.name}表示，职业教育活动周是展示职教成果的重要窗口。",
        "据了解，活动周期间还将陆续开展网络校园开放日、技能下乡等系列活动。",
    ]


def article_blocks(u: Unit, title: str, day: int, variant: int = 0) -> list:
    """An article as a Word document: headline, source line, paragraphs."""
    paras = article_paragraphs(u, title, day, variant)
    src = f"来源：{u.short}  日期：2020-11-{day:02d}" if variant % 2 else f"{u.name} 供稿"
    return [("title", title), src, *paras]


def stats_rows(u: Unit, variant: str = "standard", rows_for: list[str] | None = None) -> dict:
    """A statistics sheet: title row, header, one row per unit (county tables list their
    schools and a total), optionally extra columns or a 填表人 footer."""
    names = rows_for or [u.name]
    header = list(STATS_HEADER)
    if variant == "extra":
        header = ["序号", *header, "直播场次", "备注"]
    elif variant == "renamed":
        header = [
            "学校名称",
            "线上活动场次",
            "现场活动",
            "网络校园开放日",
            "技能服务",
            "参与人数",
            "服务群众",
            "宣传报道",
            "浏览量",
        ]
    rows: list[list] = [
        [STATS_TITLE],
        [f"填报单位（盖章）：{u.name}", "", "", "", "", "", "填报日期：2020年11月16日"],
        header,
    ]
    totals = [0] * 8
    for n, x in enumerate(names, 1):
        r = rng(x, "stats")
        nums = [
            r.randint(2, 12),
            r.randint(1, 10),
            r.randint(1, 3),
            r.randint(1, 8),
            r.randint(300, 5000),
            r.randint(100, 3000),
            r.randint(5, 30),
            r.randint(2000, 60000),
        ]
        totals = [a + b for a, b in zip(totals, nums, strict=True)]
        row = [x, *nums]
        if variant == "extra":
            row = [n, *row, r.randint(0, 4), ""]
        rows.append(row)
    if rows_for:
        rows.append(["合计", *totals] if variant != "extra" else ["", "合计", *totals, "", ""])
    if variant in ("footer", "liaison_footer"):
        rows.append([])
    if variant == "footer":
        rows.append(
            [
                "填表人：" + rng(u.id, "filler").choice(["马丽", "尹超", "范红"]),
                "",
                "",
                "联系电话：0538-" + str(rng(u.id, "tel").randint(6000000, 8999999)),
            ]
        )
    if variant == "liaison_footer":
        p = u.liaison
        rows.append(
            [
                f"填表人（联络员）：{p.name}",
                f"职务：{p.position}",
                "",
                f"邮箱：{p.email}",
                "",
                f"手机：{p.mobile}",
            ]
        )
    width = len(header)
    last = chr(ord("A") + width - 1)
    return {"title": "统计表", "rows": rows, "merges": [f"A1:{last}1"], "widths": {"A": 34}}


def contact_rows_header(u: Unit, p: Person, with_leader: bool = False) -> list[list[str]]:
    """A header-row contact table (单位 | 姓名 | 职务 | 邮箱 | 手机号码), maybe with a 分管领导 row."""
    rows = (
        [["类别", "单位", "姓名", "职务", "邮箱", "手机号码"]]
        if with_leader
        else [["单位", "姓名", "职务", "邮箱", "手机号码"]]
    )
    if with_leader:
        lp = u.leader
        rows.append(["分管领导", u.name, lp.name, lp.position, lp.email, lp.mobile])
        rows.append(["联络员", u.name, p.name, p.position, p.email, p.mobile])
    else:
        rows.append([u.name, p.name, p.position, p.email, p.mobile])
    return rows


def contact_rows_kv(u: Unit, p: Person) -> list[list[str]]:
    """A key/value contact table, two pairs a row as Word forms often are."""
    return [
        ["单位", u.name, "姓名", p.name],
        ["职务", p.position, "手机号码", p.mobile],
        ["邮箱", p.email, "", ""],
    ]


def contact_rows_vertical(u: Unit, p: Person) -> list[list[str]]:
    """A vertical contact table: one field per row."""
    return [
        ["联络员信息", ""],
        ["单位", u.name],
        ["姓名", p.name],
        ["职务", p.position],
        ["邮箱", p.email],
        ["手机号码", p.mobile],
    ]


def html_table(rows: list[list[str]], border: int = 1) -> str:
    """Rows as an HTML table the way web mail editors write it."""
    out = [
        f'<table border="{border}" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
    ]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def article_html(u: Unit, title: str, day: int, images: list[str] = ()) -> str:
    """A pasted article as HTML: headline first, paragraphs, inline pictures by cid."""
    paras = article_paragraphs(u, title, day, 1)
    imgs = "".join(
        f'<p style="text-align:center"><img src="cid:{c}" width="480"></p>' for c in images
    )
    body = "".join(f'<p style="text-indent:2em">{p}</p>' for p in paras)
    return f'<p style="text-align:center"><b><span style="font-size:18px">{title}</span></b></p>{imgs}{body}'


def reminder_text(missing: list[str]) -> str:
    """The city's reminder that units reply to, naming those still missing."""
    return (
        "各县市区教体局、各职业院校：\n根据泰教函〔2020〕72号要求，活动周方案、宣传专栏（网站）地址和联络员"
        "联系方式应于11月5日18:00前报送。截至目前，以下单位尚未报送："
        + "、".join(missing)
        + f"。请抓紧报送至{CITY}。\n泰安市教育局职成高教科\n"
    )
