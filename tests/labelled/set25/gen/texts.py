# ruff: noqa: E501
"""set25's documents, worded for this set: plans, summaries, statistics tables, 回执,
news articles and other papers (agendas, 请示, award lists), as blocks for python-docx or
HTML for LibreOffice; photos and scans. Every text here was written for set25."""

from __future__ import annotations

from html import escape
from typing import Any

from .docs import Doc

HEADERS = ["单位名称", "线上活动（场次）", "线下活动（场次）", "校园开放日（次）",
           "技术技能服务（场次）", "参与师生（人次）", "服务群众（人次）", "宣传报道（篇）",
           "网络浏览量（人次）"]  # fmt: skip


def html_of(blocks: list[list[Any]]) -> str:
    """The blocks as a plain HTML page for LibreOffice (headings, paragraphs, tables)."""
    out = []
    for b in blocks:
        if b[0] in ("h", "plain"):
            out.append(f'<p align="center"><b><font size="5">{escape(b[1])}</font></b></p>')
        elif b[0] == "p":
            out.append(f"<p>{escape(b[1])}</p>")
        elif b[0] in ("t", "mt"):
            rows = b[1] if b[0] == "t" else b[2]
            trs = "".join(
                "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows
            )
            title = f"<caption>{escape(b[1])}</caption>" if b[0] == "mt" else ""
            out.append(f'<table border="1" cellspacing="0" cellpadding="4">{title}{trs}</table>')
    body = "\n".join(out)
    return (
        '<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC",serif;}'
        f"</style></head><body>\n{body}\n</body></html>"
    )


def doc(producer: str, blocks: list[list[Any]]) -> Doc:
    """A document of these blocks from `producer` (HTML for the LibreOffice HTML filters)."""
    if producer.startswith("lo-") or producer in ("scan-jpg", "scan-pdf"):
        return Doc(producer, html_of(blocks))
    return Doc(producer, blocks)


def photo(seed: int) -> Doc:
    """A photo: coloured blocks on a page, rendered and cropped to 640x480."""
    colours = ["#7a8b5c", "#c9a66b", "#3f6e8c", "#b5543c", "#e3d7c1", "#5d4a3a", "#9fb8c9"]
    cells = []
    for r in range(6):
        tds = "".join(
            f'<td bgcolor="{colours[(seed * 3 + r * 2 + c * (seed % 4 + 1)) % 7]}" '
            f'width="{70 + (seed * 7 + c * 13) % 60}" height="{60 + (seed + r * 11) % 40}">&nbsp;</td>'
            for c in range(7)
        )
        cells.append(f"<tr>{tds}</tr>")
    html = (
        '<html><head><meta charset="utf-8"></head><body>'
        f'<table width="100%" cellspacing="0" cellpadding="0" border="0">{"".join(cells)}</table>'
        f"<!-- photo {seed} --></body></html>"
    )
    return Doc("photo-jpg", html)


# --- plans -----------------------------------------------------------------------------


def schedule(rows: list[tuple[str, str, str, str]], head: tuple[str, ...] = ()) -> list[Any]:
    return ["t", [list(head or ("时间", "活动内容", "地点", "责任部门")), *[list(r) for r in rows]]]


def plan_full(name: str, rows: list[tuple[str, str, str, str]], extra: list[list[Any]] = (),
              lead: str = "") -> list[list[Any]]:  # fmt: skip
    """实施方案 with 一、二、三 and a schedule table."""
    return [
        ["h", f"{name}2020年职业教育活动周实施方案"],
        ["p", lead or "为贯彻落实泰安市教育局等9部门《关于做好2020年泰安市职业教育活动周相关工作的"
         "通知》要求，展示职业教育改革发展成果，结合我单位实际，制定本方案。"],
        ["p", "一、活动主题"],
        ["p", "人人出彩 技能强国"],
        ["p", "二、活动时间"],
        ["p", "2020年11月8日至14日"],
        ["p", "三、组织领导"],
        ["p", "成立活动周工作领导小组，主要负责同志任组长，分管负责同志任副组长，各科室（部门）负责人为"
         "成员，领导小组办公室负责日常协调、材料报送和宣传工作。"],
        ["p", "四、活动安排"],
        schedule(rows),
        ["p", "五、工作要求"],
        ["p", "（一）严格落实疫情防控要求，线下活动控制规模，做好人员登记和场地消毒。"],
        ["p", "（二）及时收集活动图片和新闻稿件，活动周期间报送宣传材料不少于5篇。"],
        ["p", "（三）活动结束后认真总结，按时报送总结报告和统计表。"],
        *extra,
    ]  # fmt: skip


def plan_schedule(
    name: str, rows: list[tuple[str, str, str, str]], note: str = ""
) -> list[list[Any]]:
    """活动安排: a title and a schedule table, little else."""
    return [
        ["h", f"{name}2020年职业教育活动周活动安排"],
        ["p", note or "活动周期间（11月8日—14日）具体安排如下："],
        schedule(rows, ("日期", "活动项目", "地点/形式", "牵头部门")),
        ["p", "备注：具体时间如有调整另行通知。"],
    ]


def plan_notice(issuer: str, number: str, rows: list[tuple[str, str, str, str]],
                extra: list[list[Any]] = ()) -> list[list[Any]]:  # fmt: skip
    """A county's 通知 to its schools (its plan for the week)."""
    return [
        ["p", number],
        ["h", "关于开展2020年职业教育活动周活动的通知"],
        ["p", "各职业学校、各中小学："],
        ["p", "根据市教育局等9部门通知精神，我局定于11月8日至14日在全区（县、市）组织开展职业教育"
         "活动周活动。现将有关事项通知如下："],
        ["p", "一、活动主题：人人出彩 技能强国"],
        ["p", "二、主要活动"],
        schedule(rows),
        ["p", "三、有关要求"],
        ["p", "各学校要结合实际细化活动内容，于11月7日前将本校活动安排报局职成教科，活动期间每天报送"
         "活动信息，11月15日前报送活动总结。"],
        *extra,
        ["p", issuer],
        ["p", "2020年11月2日"],
    ]  # fmt: skip


# --- summaries -------------------------------------------------------------------------


def summary(name: str, title: str, facts: dict[str, Any], closing: bool = True) -> list[list[Any]]:
    """A summary with 一、二、三 sections; `title` may be only 职业教育活动周开展情况."""
    f = facts
    blocks: list[list[Any]] = [
        ["h", title],
        [
            "p",
            f"按照市教育局等9部门的统一部署，{name}于11月8日至14日组织开展了2020年职业教育活动周"
            f"活动。活动周期间共组织线上线下活动{f['events']}场，参与师生{f['people']}人次，现将开展情况"
            "报告如下。",
        ],
        ["p", "一、加强领导，周密部署"],
        [
            "p",
            f"活动周前召开专题会议研究部署，印发活动方案，明确责任分工。{f.get('lead', '成立了工作专班，每天调度活动进展。')}",
        ],
        ["p", "二、突出特色，活动丰富"],
        ["p", f"（一）{f['a1']}"],
        ["p", f"（二）{f['a2']}"],
        ["p", f"（三）{f['a3']}"],
        ["p", "三、广泛宣传，营造氛围"],
        [
            "p",
            f"通过网站专栏、微信公众号、抖音等平台发布活动信息{f['reports']}篇，网络浏览量累计"
            f"{f['views']}人次，{f.get('media', '泰安日报、泰安电视台对部分活动进行了报道')}。",
        ],
    ]
    if closing:
        blocks += [
            ["p", "四、存在的不足和下一步打算"],
            ["p", f.get("next", "受疫情影响，部分现场活动规模压缩，企业参与面还不够宽。下一步，我们将"
             "把活动周的好做法常态化，持续讲好职教故事。")],
        ]  # fmt: skip
    return blocks


# --- statistics ------------------------------------------------------------------------


def stat_row(name: str, v: tuple[int, ...]) -> list[Any]:
    return [name, *v]


def stats_xlsx(name: str, v: tuple[int, ...], filler: str = "", phone: str = "",
               headers: list[str] | None = None, sheet: str = "Sheet1") -> dict[str, Any]:  # fmt: skip
    """The 统计表 as an openpyxl sheet: a merged title row, the columns, one row, 填表人."""
    head = headers or HEADERS
    rows: list[list[Any]] = [
        ["2020年职业教育活动周情况统计表"] + [None] * (len(head) - 1),
        [f"填报单位（盖章）：{name}"] + [None] * (len(head) - 1),
        head,
        stat_row(name, v),
    ]
    merge = [f"A1:{chr(64 + len(head))}1", f"A2:{chr(64 + len(head))}2"]
    if filler:
        rows.append(
            [f"填表人：{filler}", None, None, f"联系电话：{phone}"] + [None] * (len(head) - 4)
        )
    return {"sheet": sheet, "rows": rows, "merge": merge}


def stats_docx(
    name: str, v: tuple[int, ...], filler: str, phone: str, when: str
) -> list[list[Any]]:
    """The 统计表 as a Word table with 填表人 underneath."""
    return [
        ["h", "2020年职业教育活动周情况统计表"],
        ["p", f"填报单位：{name}"],
        ["t", [["项目", "数量"], *[[h, str(x)] for h, x in zip(HEADERS[1:], v, strict=True)]]],
        ["p", f"填表人：{filler}    联系电话：{phone}    填报日期：{when}"],
    ]


# --- 回执 --------------------------------------------------------------------------------


def receipt(
    name: str, person: dict[str, str], column: str = "", title: str = ""
) -> list[list[Any]]:
    """The contact 回执 as a Word table."""
    rows = [
        ["单位", "姓名", "职务", "邮箱", "手机号码"],
        [name, person["name"], person["position"], person["email"], person["mobile"]],
    ]
    blocks: list[list[Any]] = [
        ["h", title or "2020年职业教育活动周联络员回执"],
        ["t", rows],
    ]
    if column:
        blocks += [["p", f"活动周宣传专栏（网站）地址：{column}"]]
    return blocks


def receipt_xlsx(name: str, person: dict[str, str], column: str = "") -> dict[str, Any]:
    rows: list[list[Any]] = [
        ["职业教育活动周联络员信息表", None, None, None, None, None],
        ["单位", "姓名", "职务", "邮箱", "手机号码", "宣传专栏网址"],
        [name, person["name"], person["position"], person["email"], person["mobile"], column],
    ]
    return {"sheet": "回执", "rows": rows, "merge": ["A1:F1"]}


# --- articles --------------------------------------------------------------------------


def _a_open(s: str, d: int, x: str) -> tuple[str, list[str]]:
    return f"{s}启动2020年职业教育活动周", [
        f"11月{d}日上午，{s}2020年职业教育活动周启动仪式在{x}举行，师生代表、企业代表和家长代表"
        "共300余人参加。",
        "启动仪式上，优秀毕业生代表讲述了自己从职业学校走上技术岗位的经历，学生社团进行了技能展示。",
        "本次活动周以“人人出彩 技能强国”为主题，将陆续开展校园开放、技能服务、职业体验等系列活动。",
    ]


def _a_openday(s: str, d: int, x: str) -> tuple[str, list[str]]:
    return f"{s}举办“网络校园开放日”", [
        f"11月{d}日，{s}通过直播平台举办“网络校园开放日”活动，{x}等专业的实训室首次“云端”开放。",
        "直播中，专业教师带领网友走进实训车间，学生现场演示操作流程，直播间累计观看人数超过1.2万。",
        "不少初三学生家长在评论区留言咨询招生政策，招生办老师进行了在线解答。",
    ]


def _a_village(s: str, d: int, x: str) -> tuple[str, list[str]]:
    return f"{s}师生“技能下乡”服务群众", [
        f"11月{d}日，{s}组织农学、机电专业师生走进{x}，开展“技能下乡”志愿服务活动。",
        "师生们为村民检修农机具、维修小家电，讲解果树冬季管理技术，发放宣传资料500余份。",
        "村民们纷纷点赞：“职业学校的学生真有本事，帮了我们大忙。”",
    ]


def _a_community(s: str, d: int, x: str) -> tuple[str, list[str]]:
    return f"走进社区送服务 {s}活动周志愿活动受欢迎", [
        f"为展示职业教育服务社会的成果，11月{d}日，{s}志愿服务队走进{x}。",
        "护理、烹饪、汽修等专业的志愿者在社区广场设置服务台，为居民提供测量血压、面点制作、车辆"
        "检查等服务，服务群众200余人次。",
        "志愿者还向居民宣传疫情防控知识，发放防疫用品。",
    ]


def _a_enterprise(s: str, d: int, x: str) -> tuple[str, list[str]]:
    return f"{s}开展校企合作“产教对话”", [
        f"11月{d}日下午，{s}邀请{x}等6家合作企业负责人举行“产教对话”座谈会。",
        "会上，企业代表介绍了岗位用人需求，学校各专业负责人就订单培养、顶岗实习、共建实训基地等"
        "问题与企业深入交流。",
        "双方现场签订了3项校企合作协议。",
    ]


def _a_primary(s: str, d: int, x: str) -> tuple[str, list[str]]:
    return f"小学生走进{s}体验职业乐趣", [
        f"11月{d}日，{x}的80余名小学生来到{s}，参加“职业启蒙体验日”活动。",
        "在老师指导下，孩子们动手制作了小书签、学习了简单的急救包扎，还体验了无人机操控。",
        "“原来学技术这么有意思！”一名四年级学生兴奋地说。",
    ]


def _a_alumni(s: str, d: int, x: str) -> tuple[str, list[str]]:
    return "优秀毕业生回母校 分享成长故事", [
        f"11月{d}日，{s}举行“优秀毕业生回母校”报告会，{x}为在校生作报告。",
        "他讲述了自己在企业一线钻研技术、参加技能大赛获奖的经历，鼓励学弟学妹们练好本领。",
        f"报告会是{s}职业教育活动周系列活动之一，600余名学生现场聆听。",
    ]


def _a_contest(s: str, d: int, x: str) -> tuple[str, list[str]]:
    return f"{s}举行活动周技能展示赛", [
        f"11月{d}日，{s}在实训楼举行活动周技能展示赛，设{x}等8个比赛项目。",
        "参赛学生沉着应战，展现了扎实的专业功底。比赛邀请企业技术骨干担任评委。",
        "据介绍，获奖选手将推荐参加全市职业院校技能大赛。",
    ]


def _a_live(s: str, d: int, x: str) -> tuple[str, list[str]]:
    return f"{s}专业教师直播“云课堂”", [
        f"11月{d}日晚，{s}{x}专业教师走进直播间，为网友带来一堂“云课堂”。",
        "教师一边讲解一边示范，网友在弹幕中提问，互动十分热烈，两小时直播点赞数超过3万。",
        "活动周期间，学校共安排了5场专业直播。",
    ]


def _a_epidemic(s: str, d: int, x: str) -> tuple[str, list[str]]:
    return f"{s}“最美逆行”事迹报告会感动师生", [
        f"11月{d}日，{s}举办“最美逆行”抗疫事迹报告会，邀请参与抗疫一线工作的{x}讲述亲身经历。",
        "报告人讲述了疫情期间坚守岗位、服务群众的感人故事，台下师生多次报以热烈掌声。",
        "大家表示，要学习抗疫英雄的精神，把所学技能用在服务社会上。",
    ]


def _a_policy(s: str, d: int, x: str) -> tuple[str, list[str]]:
    return f"{s}开展职教政策进校园宣讲", [
        f"11月{d}日，{s}组织宣讲团走进{x}，向初中毕业年级学生和家长宣讲职业教育政策。",
        "宣讲团重点介绍了对口贯通分段培养、高职扩招、中职学生升学渠道等政策，解答家长疑问。",
        "活动共发放政策明白纸1000余份。",
    ]


def _a_exhibit(s: str, d: int, x: str) -> tuple[str, list[str]]:
    return f"{s}学生作品展开展", [
        f"11月{d}日起，{s}在{x}举办学生技能作品展，展出服装、工艺品、电子产品等作品200余件。",
        "作品均由学生在课堂和实训中完成，吸引了不少市民驻足观看。",
        "展览将持续到活动周结束。",
    ]


TOPICS = {
    "open": _a_open, "openday": _a_openday, "village": _a_village, "community": _a_community,
    "enterprise": _a_enterprise, "primary": _a_primary, "alumni": _a_alumni,
    "contest": _a_contest, "live": _a_live, "epidemic": _a_epidemic, "policy": _a_policy,
    "exhibit": _a_exhibit,
}  # fmt: skip


def article(topic: str, s: str, d: int, x: str, style: str = "plain", by: str = "",
            pics: int = 0, head: str = "") -> tuple[str, list[list[Any]]]:  # fmt: skip
    """(headline, blocks) of one news article. style: plain, dateline (本报讯), reporter
    (通讯员 under the headline), unit (供稿 line at the end)."""
    headline, paras = TOPICS[topic](s, d, x)
    headline = head or headline
    paras = list(paras)
    blocks: list[list[Any]] = [["h", headline]]
    if style == "dateline":
        paras[0] = f"本报讯（通讯员 {by}）" + paras[0]
    elif style == "reporter":
        blocks.append(["p", f"通讯员 {by}"])
    for n, p in enumerate(paras):
        blocks.append(["p", p])
        if n == 0:
            for k in range(pics):
                blocks.append(["img", str(d * 10 + k + len(s)), 10, f"图{k + 1}  活动现场"])
    if style == "unit":
        blocks.append(["p", f"（{s} {by}）"])
    return headline, blocks


def compilation(items: list[tuple[str, list[list[Any]]]], title: str) -> list[list[Any]]:
    """Several articles in one file, each under its own headline."""
    out: list[list[Any]] = [["h", title]]
    for n, (_, blocks) in enumerate(items, 1):
        out.append(["p", f"稿件{n}"])
        out += blocks
    return out


# --- other papers ----------------------------------------------------------------------


def agenda(name: str, d: int, place: str) -> list[list[Any]]:
    return [
        ["h", f"{name}2020年职业教育活动周启动仪式议程"],
        ["p", f"时间：11月{d}日上午9:00    地点：{place}"],
        ["p", "主持人：副校长"],
        ["p", "一、奏唱国歌"],
        ["p", "二、学生代表发言"],
        ["p", "三、企业代表发言"],
        ["p", "四、校领导讲话并宣布活动周启动"],
        ["p", "五、技能展示"],
    ]


def request(name: str, what: str, number: str) -> list[list[Any]]:
    return [
        ["p", number],
        ["h", f"关于{what}的请示"],
        ["p", "泰安市教育局："],
        ["p", f"为做好2020年职业教育活动周相关工作，我单位拟{what.replace('申请', '')}，现将有关情况"
         "请示如下：活动拟安排在11月10日至12日，涉及学生约120人，学校已制定安全预案，并安排带队教师"
         "全程负责。"],
        ["p", "妥否，请批示。"],
        ["p", name],
        ["p", "2020年11月3日"],
    ]  # fmt: skip


def award_list(name: str, rows: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {
        "sheet": "获奖名单",
        "rows": [
            [f"{name}活动周技能展示赛获奖名单", None, None, None],
            ["序号", "姓名", "班级", "奖项"],
            *[[n, *r] for n, r in enumerate(rows, 1)],
        ],
        "merge": ["A1:D1"],
    }
