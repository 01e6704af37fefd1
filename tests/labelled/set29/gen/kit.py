"""Set29's small makers: the units, articles, summaries and statistics tables as documents.

All wording here was written for set29.
"""

from __future__ import annotations

from typing import Any

from .build import F, Unit
from .docs import Doc

U: dict[str, Unit] = {
    u.id: u
    for u in (
        Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsjtj_zcjyk@ta.shandong.cn"),
        Unit("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjtj_zck2020@163.com"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtj_zcgj@ta.shandong.cn"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zjk@126.com"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtj_zcjy@163.com"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zck@ta.shandong.cn"),
        Unit("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "3318405527@qq.com"),
        Unit("tzy", "泰安职业技术学院", "泰安职院", "xcbgs@tzvtc.edu.cn"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职院", "djzx@tsvtc.edu.cn"),
        Unit("sdfzxy", "山东服装职业学院", "服装学院", "fzzy_xcbgs@126.com"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmkj_xcb2020@163.com"),
        Unit("tshl", "泰山护理职业学院", "泰护", "xcb@tshlxy.edu.cn"),
        Unit("tajsxy", "泰安技师学院", "市技师学院", "tajs_jwk@163.com"),
        Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳区职教中心", "dyzjzx_jwc2020@163.com"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz_bgs@ta.shandong.cn"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz_xb2020@163.com"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_jwc@126.com"),
        Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzj_bgs@163.com"),
        Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "tajtzz_jwc@163.com"),
        Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_bgs@126.com"),
    )
}

# What the week's reports are about: (short headline tail, the first sentence's detail).
ACTS = [
    (
        "举行2020年职业教育活动周启动仪式",
        "在学校报告厅举行活动周启动仪式，师生代表、合作企业代表共200余人参加",
    ),
    (
        "“云上开放日”直播吸引家长在线参观",
        "通过抖音、快手平台直播校园开放日，带领家长“云游”实训基地",
    ),
    (
        "师生走进社区开展家电义务维修",
        "组织电子电器专业师生走进社区，为居民免费检修电饭锅、电风扇等小家电",
    ),
    ("联合小学开展职业启蒙体验活动", "邀请附近小学四年级学生到校体验面点制作、汽车模型组装等项目"),
    ("“技能下乡”服务队走进田间地头", "组织农学专业师生到果园开展苹果树冬季修剪技术指导"),
    (
        "举办技能展示月成果汇报演出",
        "举行技能展示汇报，学生现场展示插花、茶艺、焊接、数控加工等技能",
    ),
    ("开展“最美逆行”职教人事迹宣讲", "邀请参加抗疫一线志愿服务的优秀毕业生回校作事迹报告"),
    ("召开校企合作洽谈会", "召开校企合作洽谈会，12家企业与学校签订人才培养合作协议"),
    ("举办大国工匠进校园报告会", "邀请省级技术能手走进校园，与学生面对面交流成长经历"),
    ("开展防疫知识和健康护理进社区活动", "组织护理专业学生为社区老人测量血压、讲解冬季防疫知识"),
    ("举行“文明风采”作品展评", "举办“文明风采”作品展评，共展出学生书画、摄影、微电影作品160余件"),
    ("招生政策宣讲走进初中校园", "到周边初中学校宣讲职教高考和“3+2”对口贯通培养政策"),
    ("开展“我的职教故事”主题征文", "面向全体学生开展“我的职教故事”主题征文，收到稿件300余篇"),
    ("开展汽车检修志愿服务", "汽修专业师生在校门口为市民免费检测车辆灯光、轮胎和制动系统"),
    ("举办职业教育政策网络解读会", "通过线上直播解读《国家职业教育改革实施方案》等政策文件"),
    ("线上展厅展示办学成果", "在学校网站开设线上展厅，集中展示专业建设和技能大赛成果"),
    ("开展传统工艺展示体验", "在学校广场设置剪纸、面塑、泰山皮影等传统工艺体验摊位"),
    ("组织毕业生回访座谈", "邀请在企业就业的10名毕业生回校座谈，讲述岗位成长经历"),
    ("开展电商直播助农活动", "电子商务专业学生通过直播为当地特色农产品带货"),
    ("举行职业礼仪风采展示", "组织酒店服务与管理专业学生开展职业礼仪风采展示"),
]

FILLER = [
    "活动紧扣“人人出彩 技能强国”主题，现场气氛热烈，参与群众纷纷点赞。",
    "学校严格落实疫情防控要求，分时段、分批次组织，确保活动安全有序。",
    "通过此次活动，进一步展示了职业教育的办学成果，增进了社会对职业教育的了解和认同。",
    "活动期间，学校还通过微信公众号同步推送活动图片和视频，浏览量持续攀升。",
    "下一步，学校将继续发挥专业优势，把技能服务常态化，让更多群众共享职教成果。",
    "参加活动的学生表示，在服务他人的同时，自己的专业技能也得到了锻炼和提升。",
]


def article(
    unit: str,
    short: str,
    n: int,
    day: int,
    style: str = "python-docx",
    name: str = "",
    lead: str = "",
) -> F:
    """The n-th report of the week pool, written for a unit."""
    head, detail = ACTS[n % len(ACTS)]
    headline = f"{short}{head}"
    blocks: list[list[Any]] = []
    if lead:
        blocks.append(["p", lead])
    blocks += [
        ["h", headline],
        ["p", f"11月{day}日，{short}{detail}。{FILLER[n % len(FILLER)]}"],
        ["p", FILLER[(n + 2) % len(FILLER)] + FILLER[(n + 4) % len(FILLER)]],
    ]
    return F(name or f"{headline}.docx", Doc(style, blocks), "article", unit)


def compilation(unit: str, short: str, title: str, picks: list[tuple[int, int]], fname: str) -> F:
    """A 汇编: several reports in one docx (count = how many)."""
    blocks: list[list[Any]] = [["h", title]]
    for k, (n, day) in enumerate(picks, 1):
        head, detail = ACTS[n % len(ACTS)]
        blocks += [
            ["plain", f"{k}. {short}{head}"],
            ["p", f"11月{day}日，{short}{detail}。{FILLER[(n + k) % len(FILLER)]}"],
        ]
    return F(fname, Doc("python-docx", blocks), "article", unit, count=len(picks))


def plan_doc(
    unit: str, full: str, fname: str, producer: str = "python-docx", extra: list[str] | None = None
) -> F:
    """An activity-week plan (活动周实施方案)."""
    title = f"{full}2020年职业教育活动周实施方案"
    paras = [
        "为认真落实泰教函〔2020〕72号文件要求，办好2020年职业教育活动周，结合实际，制定本方案。",
        "一、活动时间：2020年11月8日至14日。活动主题：人人出彩 技能强国。",
        "二、组织领导：成立活动周工作领导小组，主要负责同志任组长，分管负责同志任副组长。",
        "三、活动内容：（一）举办启动仪式和“云上开放日”；（二）开展技能展示和技能服务进社区；"
        "（三）开展招生政策宣传和职业启蒙教育；（四）做好宣传报道，活动周期间报送稿件不少于5篇。",
        "四、工作要求：严格落实疫情防控要求，加强安全管理，及时总结上报。",
    ] + (extra or [])
    if producer == "python-docx":
        return F(fname, Doc(producer, [["h", title]] + [["p", p] for p in paras]), "plan", unit)
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = f"<html><head><meta charset='utf-8'></head><body><h2>{title}</h2>{body}</body></html>"
    return F(fname, Doc(producer, html), "plan", unit)


def summary_blocks(
    full: str,
    title: str,
    figures: dict[str, str],
    tail: list[list[Any]] | None = None,
    sections: tuple[str, ...] = ("一、", "二、", "三、", "四、"),
) -> list[list[Any]]:
    """A 工作总结 with numbered sections; `figures` give the unit's own numbers."""
    a, b, c, d = sections
    blocks: list[list[Any]] = [
        ["h", title],
        [
            "p",
            f"按照泰教函〔2020〕72号文件要求，{full}于11月8日至14日组织开展了2020年职业教育活动周，"
            f"现将有关情况总结如下。",
        ],
        ["plain", f"{a}高度重视，周密部署"],
        [
            "p",
            "成立了活动周工作领导小组，制定印发活动方案，明确责任分工，坚持“天天有活动、处处有看点、"
            "人人有收获”，把活动周作为展示职业教育成果的重要窗口。",
        ],
        ["plain", f"{b}活动开展情况"],
        [
            "p",
            f"活动周期间，共组织线上活动{figures['online']}场、线下活动{figures['offline']}场，"
            f"举办校园开放日{figures['open']}次，开展技术技能服务{figures['skill']}场，"
            f"参与师生{figures['people']}人次，服务群众{figures['public']}人次。",
        ],
        [
            "p",
            "（一）线上宣传展示。依托网站专栏和微信公众号，开展“云上活动周”，发布活动视频和图片。"
            "（二）主题推介。结合招生宣传，走进初中学校宣讲职教高考和对口贯通培养政策。"
            "（三）技能服务。组织师生走进社区、乡村，开展家电维修、健康护理、农技指导等志愿服务。",
        ],
        ["plain", f"{c}主要成效"],
        [
            "p",
            f"活动周期间共编发宣传报道{figures['reports']}篇，网络浏览量约{figures['views']}人次，"
            "社会各界对职业教育的认知度和认可度明显提升。",
        ],
        ["plain", f"{d}存在的不足和下一步打算"],
        [
            "p",
            "受疫情影响，部分线下活动规模压缩，企业参与的深度还不够。下一步将把活动周中的好做法"
            "固化下来，推动技能服务常态化。",
        ],
    ]
    return blocks + (tail or [])


STAT_TITLE = "2020年职业教育活动周情况统计表"
HEAD1 = [
    "序号",
    "单位名称",
    "活动场次（场）",
    "",
    "",
    "校园开放日（次）",
    "参与人数（人次）",
    "",
    "宣传报道（篇）",
    "网络浏览量（人次）",
]
HEAD2 = ["", "", "线上活动", "线下活动", "技术技能服务", "", "参与师生", "服务群众", "", ""]
MERGE2 = ["A2:J2"]


def stat_sheet(
    rows: list[list[Any]],
    title: str = STAT_TITLE,
    footer: list[list[Any]] | None = None,
    head1: list[str] | None = None,
    head2: list[str] | None = None,
) -> dict[str, Any]:
    """An openpyxl spec: a merged title row, a two-row merged header, data rows, a footer."""
    h1, h2 = head1 or HEAD1, head2 or HEAD2
    width = len(h1)
    last = chr(ord("A") + width - 1)
    merge = [f"A1:{last}1"]
    # merge each header cell down when it has no sub-header, across when its neighbours are empty
    c = 0
    while c < width:
        col = chr(ord("A") + c)
        span = 1
        while c + span < width and h1[c + span] == "":
            span += 1
        if span > 1:
            merge.append(f"{col}2:{chr(ord('A') + c + span - 1)}2")
        elif h2[c] == "":
            merge.append(f"{col}2:{col}3")
        c += span
    body = [[title] + [None] * (width - 1), h1, h2] + rows + (footer or [])
    return {"sheet": "Sheet1", "rows": body, "merge": merge}


def table_html(
    title: str, head1: list[str], head2: list[str], rows: list[list[Any]], foot: str = ""
) -> str:
    """The same two-row header as HTML (for LibreOffice Calc/Writer and the printed table)."""
    cells1, c = [], 0
    while c < len(head1):
        span = 1
        while c + span < len(head1) and head1[c + span] == "":
            span += 1
        if span > 1:
            cells1.append(f"<td colspan='{span}'>{head1[c]}</td>")
        else:
            cells1.append(f"<td rowspan='2'>{head1[c]}</td>")
        c += span
    cells2 = "".join(f"<td>{h}</td>" for h in head2 if h)
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows)
    return (
        "<html><head><meta charset='utf-8'></head><body>"
        f"<h3 style='text-align:center'>{title}</h3>"
        "<table border='1' cellspacing='0' cellpadding='4'>"
        f"<tr>{''.join(cells1)}</tr><tr>{cells2}</tr>{body}</table>"
        f"<p>{foot}</p></body></html>"
    )
