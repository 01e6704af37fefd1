"""set8's documents: plans, articles, compilations, summaries and statistics tables, in
set8's own wordings (written for this set), for any producer.

A document is a list of blocks (h heading, p paragraph, plain bold unstyled heading,
t table, mt table with a merged title row, link hyperlink paragraph); python-docx takes
the blocks, LibreOffice the same blocks written as HTML.
"""

from __future__ import annotations

from html import escape
from typing import Any

from .docs import Doc

STAT_HEAD = [
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

PLAN_BODY = [
    ("h", "一、总体考虑"),
    "围绕“人人出彩 技能强国”主题，把活动周与招生宣传、技能下乡、校企对接统筹起来，"
    "线上为主、线下为辅，"
    "严格落实疫情防控要求，做到每天有安排、每项有人管。",
    ("h", "二、日程安排"),
    "11月8日启动“云上活动周”，发布专题网页和短视频；11月9日至10日开展网络校园开放日和直播课堂；"
    "11月11日组织师生进社区开展家电维修、健康义诊等技能服务；11月12日至13日走进企业和乡村，"
    "开展产教对话与技能下乡；11月14日进行成果展示并做好总结。",
    ("h", "三、保障措施"),
    "成立由主要负责同志任组长的领导小组，宣传、教务、学生、后勤等部门各负其责；"
    "每日报送活动信息，活动结束后及时形成总结材料和统计数据。",
]

ART_BODY = [
    "活动当天，师生们分组上阵，把专业课堂“搬”到了现场。围观群众一边体验一边提问，现场气氛热烈。",
    "据了解，这次活动是活动周系列安排之一，学校提前一周制定方案、分解任务，"
    "确保在做好疫情防控的前提下把服务送到群众身边。",
    "参加活动的同学表示，在实践中把所学技能用起来，既锻炼了本领，也体会到了劳动的价值。",
]

SUM_BODY = [
    ("h", "一、基本情况"),
    "活动周期间，我们按照市里的统一部署，把线上展示和线下服务结合起来，分阶段推进各项安排。",
    ("h", "二、主要做法"),
    "一是加强组织领导，明确责任分工；二是丰富活动载体，开展开放日、直播课和技能服务；"
    "三是注重宣传引导，依托网站、微信公众号和短视频平台集中发布活动信息。",
    ("h", "三、存在的不足和下一步打算"),
    "受疫情影响，部分线下活动规模压缩。今后将把活动周中形成的好做法固化下来，常态化开展职业体验和技能服务。",
]


def _blocks(items: list[Any]) -> list[list[Any]]:
    return [list(b) if isinstance(b, tuple) else ["p", b] for b in items]


def html_of(blocks: list[list[Any]]) -> str:
    """The blocks as an HTML page for LibreOffice's HTML import."""
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out.append(f"<h2>{escape(b[1])}</h2>")
        elif kind == "plain":
            out.append(f"<p><b>{escape(b[1])}</b></p>")
        elif kind == "p":
            out.append(f"<p>{escape(b[1])}</p>")
        elif kind == "link":
            out.append(
                f'<p>{escape(b[1])}<a href="{escape(b[3])}">{escape(b[2])}</a>'
                f"{escape(b[4] if len(b) > 4 else '')}</p>"
            )
        elif kind in ("t", "mt"):
            rows = b[1] if kind == "t" else b[2]
            body = ""
            if kind == "mt":
                body += f'<tr><td colspan="{len(rows[0])}"><b>{escape(b[1])}</b></td></tr>'
            for r in rows:
                body += "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>"
            out.append(f'<table border="1" cellspacing="0">{body}</table>')
    return '<html><head><meta charset="utf-8"></head><body>' + "".join(out) + "</body></html>"


def doc(producer: str, blocks: list[Any]) -> Doc:
    """A document from blocks by a Writer-like producer."""
    bl = _blocks(blocks)
    if producer.startswith("lo-"):
        return Doc(producer, html_of(bl))
    return Doc(producer, bl)


def plan(
    title: str, unit: str, producer: str = "python-docx", extra: list[Any] | None = None
) -> Doc:
    """An activity-week plan titled `title`, issued by `unit`."""
    return doc(producer, [("h", title), f"（{unit}）", *PLAN_BODY, *(extra or [])])


def article(
    headline: str,
    lead: str,
    producer: str = "python-docx",
    byline: str = "",
    editor: str = "",
    styled: bool = True,
) -> Doc:
    """A news article: headline, optional 编者按 and byline, a lead and common paragraphs."""
    head: list[Any] = [("h" if styled else "plain", headline)]
    if editor:
        head.append(f"【编者按】{editor}")
    if byline:
        head.append(byline)
    return doc(producer, [*head, lead, *ART_BODY])


def compilation(title: str, pieces: list[tuple[str, str]], producer: str, styled: bool) -> Doc:
    """A 汇编 of several articles (headline, lead), with or without heading styles."""
    blocks: list[Any] = [("h" if styled else "plain", title)]
    for n, (head, lead) in enumerate(pieces, 1):
        blocks += [("h" if styled else "plain", f"{n}. {head}" if not styled else head), lead]
        blocks.append(ART_BODY[n % len(ART_BODY)])
    return doc(producer, blocks)


def summary(title: str, unit: str, figures: str, producer: str = "python-docx") -> Doc:
    """A summary report titled `title` whose first part quotes `figures` inline."""
    body = list(SUM_BODY)
    body.insert(2, figures)
    return doc(producer, [("h", title), f"{unit}", *body])


def stat_rows(rows: list[list[Any]], total: bool) -> list[list[Any]]:
    """Header, rows, and a 合计 row summing the numeric columns when asked."""
    out = [list(STAT_HEAD), *rows]
    if total:
        out.append(["合计", *[sum(r[i] for r in rows) for i in range(1, len(STAT_HEAD))]])
    return out


def stats_xlsx(sheets: list[dict[str, Any]]) -> Doc:
    """An openpyxl workbook of several sheets."""
    return Doc("openpyxl", {"sheets": sheets})


def stats_html(title: str, rows: list[list[Any]], tail: list[list[Any]] | None = None) -> str:
    """A statistics table as HTML for LibreOffice Calc (title row merged over the table)."""
    n = len(rows[0])
    body = f'<tr><td colspan="{n}"><b>{escape(title)}</b></td></tr>'
    for r in [*rows, *(tail or [])]:
        body += "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>"
    head = '<html><head><meta charset="utf-8"></head><body>'
    return f'{head}<table border="1">{body}</table></body></html>'
