"""What the documents say: articles, plans, summaries, statistics tables, contact forms.

Each builder returns HTML (for LibreOffice, AbiWord, pandoc, Chromium), Markdown, CSV rows
or python-docx blocks; wordings vary the way different offices write.
"""

from __future__ import annotations

import random
from html import escape

ACTIVITIES = [
    "举行2020年职业教育活动周启动仪式",
    "开展“技能下乡”志愿服务活动",
    "举办“网络校园开放日”活动",
    "开展家电维修进社区活动",
    "组织师生走进田间地头助力秋收",
    "举办中小学生职业体验日活动",
    "开展“文明风采”作品线上展示",
    "举行校企合作签约仪式",
    "开展劳动和职业启蒙教育进小学活动",
    "举办大师技艺展示活动",
    "开展防疫知识宣传进社区活动",
    "举办技能大赛获奖作品展",
    "开展健康护理服务进社区活动",
    "举办优秀毕业生事迹报告会",
    "开展“云上活动周”线上展示",
    "开展传统工艺体验活动",
    "举办产教对话活动",
    "开展职业礼仪进社区活动",
    "组织师生开展环境保护志愿服务",
    "举办高职扩招政策宣讲会",
    "开展对口贯通培养政策宣传",
    "举办网络直播公开课",
    "开展汽车义诊进社区活动",
    "召开“人人出彩 技能强国”主题班会",
    "开展电商助农直播活动",
    "举办中式烹饪技艺展示活动",
    "开展“大国工匠进校园”活动",
    "举办退役军人技能培训成果展",
    "开展职教故事征文活动",
    "开展进城务工常识普及活动",
    "举办3D打印科普体验活动",
    "开展无人机植保技术服务",
    "举办非遗剪纸技艺展示",
    "开展学前教育专业“六一”风采回顾展",
    "举行新生技能展示汇报",
    "开展“校园开放日”家长进校园活动",
    "举办护理技能操作演示",
    "开展“职教力量”抗疫故事分享会",
    "组织学生参观合作企业生产线",
    "开展计算机维修义务服务",
    "举办校园文化艺术节",
    "开展“最美逆行”事迹宣讲",
]

PARAS = [
    "{date}，{unit}{act}。活动紧扣“人人出彩 技能强国”主题，吸引了{n1}余名师生和群众参与。",
    "活动现场，{major}专业的师生为群众提供咨询和服务{n2}人次，受到广泛好评。",
    "此次活动是{unit}落实《2020年泰安市职业教育活动周实施方案》的重要举措，"
    "集中展示了职业教育助力疫情防控、支持复工复产的成效。",
    "学校通过微信公众号、抖音等平台同步直播，线上观看达{n3}人次。",
    "参与活动的学生表示，通过活动增强了专业自信，坚定了“技能成才、技能报国”的信念。",
    "下一步，{short}将以活动周为契机，持续深化产教融合、校企合作，讲好职教故事。",
    "活动中，{major}专业教师现场讲解操作要领，学生逐一进行展示，现场气氛热烈。",
    "据统计，活动周期间共开展各类活动{n4}场次，服务群众{n2}人次。",
]
MAJORS = [
    "汽车运用与维修",
    "电子商务",
    "护理",
    "学前教育",
    "机电技术应用",
    "计算机应用",
    "中餐烹饪",
    "数控技术应用",
    "现代农艺技术",
    "服装设计与工艺",
    "会计事务",
    "旅游服务与管理",
]


def rng(seed: str) -> random.Random:
    return random.Random(seed)


def article_title(short: str, i: int, seed: str) -> str:
    r = rng(seed)
    acts = ACTIVITIES[:]
    r.shuffle(acts)
    return f"{short}{acts[i % len(acts)]}"


def article_paras(unit: str, short: str, act: str, date: str, seed: str, k: int = 4) -> list[str]:
    r = rng(seed)
    vals = {
        "unit": unit,
        "short": short,
        "act": act,
        "date": date,
        "major": r.choice(MAJORS),
        "n1": r.randint(2, 9) * 50,
        "n2": r.randint(3, 40) * 10,
        "n3": r.randint(12, 90) * 100,
        "n4": r.randint(5, 30),
    }
    first = PARAS[0].format(**vals)
    rest = r.sample(PARAS[1:], k - 1)
    return [first] + [p.format(**vals) for p in rest]


def html_doc(title: str, blocks: list[str], heading: str = "") -> str:
    """A Word-like HTML document: a centred heading and the given blocks."""
    h = heading or title
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>body{{font-family:'WenQuanYi Zen Hei',"
        "SimSun,serif;font-size:14pt}} td{border:1px solid #000;padding:4px}"
        "table{border-collapse:collapse}</style></head><body>"
        f'<h2 style="text-align:center">{escape(h)}</h2>' + "".join(blocks) + "</body></html>"
    )


def p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def article_html(
    unit: str,
    short: str,
    title: str,
    date: str,
    seed: str,
    source_line: str = "",
    extra: list[str] | None = None,
) -> str:
    act = title[len(short) :] if title.startswith(short) else title
    paras = article_paras(unit, short, act, date, seed)
    blocks = [p(x) for x in paras]
    if source_line:
        blocks.append(p(source_line))
    return html_doc(title, blocks + list(extra or []))


def article_md(unit: str, short: str, title: str, date: str, seed: str) -> str:
    act = title[len(short) :] if title.startswith(short) else title
    paras = article_paras(unit, short, act, date, seed)
    return f"# {title}\n\n" + "\n\n".join(paras) + f"\n\n（{short} 供稿）\n"


def table(
    rows: list[list[str]], merges: dict[tuple[int, int], tuple[int, int]] | None = None
) -> str:
    """An HTML table; merges maps (row, col) to (rowspan, colspan); covered cells are omitted."""
    merges = merges or {}
    covered: set[tuple[int, int]] = set()
    for (r, c), (rs, cs) in merges.items():
        for i in range(r, r + rs):
            for j in range(c, c + cs):
                if (i, j) != (r, c):
                    covered.add((i, j))
    out = ['<table border="1" cellspacing="0" cellpadding="4">']
    for i, row in enumerate(rows):
        out.append("<tr>")
        for j, cell in enumerate(row):
            if (i, j) in covered:
                continue
            rs, cs = merges.get((i, j), (1, 1))
            span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            out.append(f"<td{span}>{escape(str(cell))}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


PLAN_SECTIONS = [
    (
        "一、指导思想",
        "以习近平新时代中国特色社会主义思想为指导，全面贯彻落实全国职业教育大会精神，"
        "按照泰教函〔2020〕72号文件要求，结合{short}实际，制定本方案。",
    ),
    ("二、活动时间", "2020年11月8日至14日。"),
    ("三、活动主题", "人人出彩 技能强国"),
    (
        "四、组织机构",
        "成立活动周工作领导小组，{leader}任组长，各处室负责人为成员，领导小组办公室设在{office}。",
    ),
    (
        "五、活动内容",
        "（一）开展“云上活动周”线上展示；（二）举办网络校园开放日；（三）开展技能下乡和技术技能服务进社区；"
        "（四）联合中小学开展劳动和职业启蒙教育；（五）组织参与“文明风采”活动。",
    ),
    (
        "六、工作要求",
        "各部门要高度重视，精心组织，严格落实疫情防控要求，确保活动安全有序、取得实效。",
    ),
]


def plan_blocks(
    unit: str, short: str, leader: str, office: str, seed: str
) -> list[tuple[str, str]]:
    r = rng(seed)
    secs = PLAN_SECTIONS[:]
    if r.random() < 0.4:
        secs = [s for s in secs if s[0] != "三、活动主题"]
    return [(h, t.format(short=short, leader=leader, office=office)) for h, t in secs]


def plan_html(
    unit: str,
    short: str,
    title: str,
    leader: str,
    office: str,
    seed: str,
    tail: list[str] | None = None,
) -> str:
    blocks = []
    for h, t in plan_blocks(unit, short, leader, office, seed):
        blocks.append(f"<h3>{escape(h)}</h3>" + p(t))
    return html_doc(title, blocks + list(tail or []) + [p(unit), p("2020年11月")])


def plan_md(
    unit: str, short: str, title: str, leader: str, office: str, seed: str, tail: str = ""
) -> str:
    out = [f"# {title}", ""]
    for h, t in plan_blocks(unit, short, leader, office, seed):
        out += [f"## {h}", "", t, ""]
    return "\n".join(out) + tail + f"\n\n{unit}\n\n2020年11月\n"


SUMMARY_PARAS = [
    "按照泰教函〔2020〕72号文件要求，{short}于11月8日至14日组织开展了2020年职业教育活动周活动，现将有关情况总结如下。",
    "一、高度重视，周密部署。成立了由主要负责同志任组长的领导小组，制定了活动方案，明确了责任分工。",
    "二、内容丰富，形式多样。活动周期间，共开展线上活动{a}场次、线下活动{b}场次，举办校园开放日{c}次，"
    "开展技术技能服务{d}场次，参与师生{e}人次，服务群众{f}人次。",
    "三、广泛宣传，营造氛围。通过网站专栏、微信公众号、抖音等平台发布宣传报道{g}篇，网络浏览量达{h}人次。",
    "四、存在不足和下一步打算。活动的覆盖面还需进一步扩大，今后将把活动周的好经验好做法常态化、制度化。",
]


def stats_values(seed: str) -> list[int]:
    r = rng(seed)
    return [
        r.randint(3, 25),
        r.randint(2, 15),
        r.randint(1, 6),
        r.randint(2, 20),
        r.randint(300, 5000),
        r.randint(200, 6000),
        r.randint(5, 30),
        r.randint(3000, 90000),
    ]


def summary_paras(short: str, seed: str) -> list[str]:
    a, b, c, d, e, f, g, h = stats_values(seed)
    return [s.format(short=short, a=a, b=b, c=c, d=d, e=e, f=f, g=g, h=h) for s in SUMMARY_PARAS]


HEADERS = {
    "std": [
        "单位名称",
        "线上活动（场次）",
        "线下活动（场次）",
        "校园开放日（次）",
        "技术技能服务（场次）",
        "参与师生（人次）",
        "服务群众（人次）",
        "宣传报道（篇）",
        "网络浏览量（人次）",
    ],
    "renamed": [
        "填报单位",
        "云上活动",
        "现场活动",
        "网络校园开放日",
        "技能下乡",
        "师生参与",
        "受益群众",
        "报道篇数",
        "点击量",
    ],
    "short": [
        "学校名称",
        "线上活动场次",
        "线下活动场次",
        "开放日活动",
        "技能服务活动",
        "参与人次",
        "服务群众人次",
        "宣传材料",
        "浏览量",
    ],
    "county": [
        "县市区",
        "线上活动（场次）",
        "线下活动（场次）",
        "校园开放日（次）",
        "技能服务",
        "参与人数",
        "服务群众",
        "宣传报道",
        "网络浏览量",
    ],
}


def stats_rows(
    unit: str,
    seed: str,
    headers: str = "std",
    title: bool = True,
    footer: list[str] | None = None,
    extra_units: list[str] | None = None,
) -> list[list]:
    """A statistics table: optional title row, header row, one row per unit, a footer."""
    rows: list[list] = []
    if title:
        rows.append(["2020年职业教育活动周情况统计表"])
        rows.append([f"填报单位（盖章）：{unit}", "", "", "", "", "", "填报日期：2020年11月15日"])
    rows.append(HEADERS[headers])
    for u in [unit, *(extra_units or [])]:
        rows.append([u, *stats_values(seed + u)])
    for line in footer or []:
        rows.append([line])
    return rows
