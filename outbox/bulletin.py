"""The progress bulletin (通报): what the notice says the city reports in its column.

    b = bulletin_facts(campaign, statuses, as_of, number="泰教职成通〔2020〕1号")
    data = bulletin_docx(b)                 # Word, 公文 layout (GB/T 9704-2012)
    text = render_bulletin_text(b)          # plain text for a WeChat work group

The body says how many units have completed each requirement, names the units that
completed everything due on time and the units still owing and what, and ends with a
table of every unit. The docx is in 公文 layout (outbox.official_docx, imported only when a
docx is written, so that the poll process never loads python-docx). The same state words
as the digest (outbox.render.cell_label) fill the table.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from outbox.links import units_in_notice_order
from outbox.render import (
    cell_label,
    format_deadline,
    format_full_date,
    make_environment,
    measure_word,
    status_detail,
)
from rules.campaign import Campaign
from rules.model import RequirementStatus, State, UnitStatus

_NUMERALS = "一二三四五六七八九十"
DEFAULT_RECIPIENTS = "各县市区教育和体育局，各职业院校："


# --- what the bulletin says --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequirementLine:
    """One requirement's progress: how many units completed it, on time or late.

    `phase` is "due" (its deadline passed), "open" (items count now, deadline ahead) or
    "upcoming" (the window has not opened).
    """

    title: str
    deadline: str
    phase: str
    applicable: int
    on_time: int
    late: int
    partial: int
    missing: int
    items: int
    word: str
    min_count: int

    @property
    def complete(self) -> int:
        return self.on_time + self.late

    @property
    def sentence(self) -> str:
        """ "已完成12个，其中按时完成10个、逾期补交2个；6个单位尚未完成。"."""
        if self.phase == "upcoming":
            return f"截止时间为{self.deadline}，尚未开始报送。"
        done = f"{self.applicable}个单位中已完成{self.complete}个"
        if self.phase == "due":
            done += f"，其中按时完成{self.on_time}个"
            if self.late:
                done += f"、逾期补交{self.late}个"
        else:
            done += f"（截止时间为{self.deadline}）"
        if self.min_count > 1:
            done += f"；共收到{self.items}{self.word}"
        owing = self.applicable - self.complete
        if owing == 0:
            return done + "，已全部完成。"
        rest = f"{owing}个单位尚未完成"
        if self.partial and self.min_count > 1:
            rest += f"（其中{self.partial}个单位已部分报送）"
        return f"{done}；{rest}。"


@dataclass(frozen=True, slots=True)
class Owing:
    """A unit still owing something due, and what: ("活动周方案未报送", "宣传材料还差3篇")."""

    unit: str
    what: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Bulletin:
    """Everything one bulletin says; both the docx and the text are made from it."""

    title: str
    number: str
    recipients: str
    opening: str
    as_of: str
    date: str
    issuer: str
    unit_total: int
    kind_counts: tuple[tuple[str, int], ...]
    complete_units: int  # units with every requirement due by now complete (on time or late)
    requirements: tuple[RequirementLine, ...]
    on_time_units: tuple[str, ...]
    owing: tuple[Owing, ...]
    closing: str
    table: tuple[tuple[str, ...], ...]


def _line(
    campaign: Campaign, req_id: str, found: list[RequirementStatus], now: datetime
) -> RequirementLine:
    req = next(r for r in campaign.requirements if r.id == req_id)
    phase = "due" if now > req.due else ("upcoming" if req.opens and now < req.opens else "open")
    return RequirementLine(
        title=req.title,
        deadline=format_deadline(req.due, campaign.tz),
        phase=phase,
        applicable=len(found),
        on_time=sum(s.state is State.COMPLETE for s in found),
        late=sum(s.state is State.LATE for s in found),
        partial=sum(s.state is State.PARTIAL for s in found),
        missing=sum(s.state is State.MISSING for s in found),
        items=sum(s.count for s in found),
        word=measure_word(req.id, req.deliverable, campaign),
        min_count=req.min_count,
    )


def _owed_text(campaign: Campaign, status: RequirementStatus) -> str:
    req = next(r for r in campaign.requirements if r.id == status.requirement_id)
    detail = status_detail(status, req.deliverable, campaign)
    if status.state is State.MISSING or not detail:
        return f"{_short(req.title)}未报送"
    return f"{_short(req.title)}（{detail}）"


def _short(title: str) -> str:
    from outbox.digest import short_title  # the digest's column titles, one set of words

    return short_title(title)


def bulletin_facts(
    campaign: Campaign,
    statuses: Sequence[UnitStatus],
    now: datetime,
    *,
    title: str = "",
    number: str = "",
    recipients: str = DEFAULT_RECIPIENTS,
    issuer: str = "",
    notice_title: str = "",
) -> Bulletin:
    """The bulletin at `now`: per-requirement counts, on-time units, owing units, table."""
    by_unit = {s.unit_id: s for s in statuses}
    units = [u for u in units_in_notice_order(campaign) if u.id in by_unit]
    per_req: dict[str, list[RequirementStatus]] = {r.id: [] for r in campaign.requirements}
    for unit in units:
        for st in by_unit[unit.id].requirements:
            if st.state is not State.NOT_DUE and st.requirement_id in per_req:
                per_req[st.requirement_id].append(st)
    lines = tuple(_line(campaign, rid, found, now) for rid, found in per_req.items())
    on_time, owing, table = [], [], []
    header = ("单位", *(_short(r.title) for r in campaign.requirements), "已完成")
    complete_units = 0
    for unit in units:
        reqs = by_unit[unit.id].requirements
        due = [s for s in reqs if s.state is not State.NOT_DUE and now > s.due]
        if due and all(s.state is State.COMPLETE for s in due):
            on_time.append(unit.name)
        if all(s.state in (State.COMPLETE, State.LATE) for s in due):
            complete_units += 1
        owed = [_owed_text(campaign, s) for s in due if s.owed]
        if owed:
            owing.append(Owing(unit.name, tuple(owed)))
        applicable = [s for s in reqs if s.state is not State.NOT_DUE]
        done = sum(s.state in (State.COMPLETE, State.LATE) for s in applicable)
        cells = tuple(cell_label(s, now) for s in reqs)
        table.append((unit.name, *cells, f"{done}/{len(applicable)}"))
    kinds = {k.id: k.title for k in campaign.unit_kinds}
    counts = tuple(
        (kinds.get(k, k), sum(u.kind == k for u in units))
        for k in dict.fromkeys(u.kind for u in units)
    )
    notice = f"《{notice_title}》（{campaign.notice}）" if notice_title else campaign.notice
    upcoming = sorted({r.due for r in campaign.requirements if r.due > now})
    closing = "请尚未完成的单位抓紧补报，确保活动周各项工作落到实处。"
    if upcoming:
        titles = "、".join(r.title for r in campaign.requirements if r.due == upcoming[0])
        closing += f"{titles}请于{format_deadline(upcoming[0], campaign.tz)}前报送。"
    if campaign.mailboxes:
        closing += f"报送邮箱：{'、'.join(campaign.mailboxes)}。"
    return Bulletin(
        title=title or f"关于{campaign.name}工作进展情况的通报",
        number=number,
        recipients=recipients,
        opening=(
            f"按照{notice}要求，各县市区、各职业院校积极开展活动周各项工作。"
            f"现将截至{format_full_date(now, campaign.tz)}"
            f"{now.astimezone(campaign.tz):%H:%M}的工作进展情况通报如下："
        ),
        as_of=f"{format_full_date(now, campaign.tz)} {now.astimezone(campaign.tz):%H:%M}",
        date=format_full_date(now, campaign.tz),
        issuer=issuer or campaign.issuer,
        unit_total=len(units),
        kind_counts=counts,
        complete_units=complete_units,
        requirements=lines,
        on_time_units=tuple(on_time),
        owing=tuple(owing),
        closing=closing,
        table=(header, *table),
    )


def _overview(b: Bulletin) -> str:
    kinds = "、".join(f"{label}{n}个" for label, n in b.kind_counts)
    return (
        f"全市应报送单位{b.unit_total}个（{kinds}），已完成全部报送事项的单位{b.complete_units}个。"
    )


def bulletin_docx(b: Bulletin) -> bytes:
    """The bulletin as a docx in 公文 layout (title, 文号, body, table, signature)."""
    from outbox.official_docx import add_body, add_heading, add_table, add_title, new_document

    doc = new_document()
    add_title(doc, b.title)
    add_body(doc, b.number or f"（截至{b.as_of}）", align="center", indent=False)
    doc.add_paragraph("")
    add_body(doc, b.recipients, align="left", indent=False)
    add_body(doc, b.opening)
    add_heading(doc, "一、总体情况", 1)
    add_body(doc, _overview(b))
    for i, line in enumerate(b.requirements):
        add_body(doc, line.sentence, lead=f"（{_NUMERALS[i % 10]}）{line.title}。")
    add_heading(doc, "二、按时完成的单位", 1)
    if b.on_time_units:
        add_body(doc, f"以下{len(b.on_time_units)}个单位按时完成了全部到期报送事项：")
        add_body(doc, "、".join(b.on_time_units) + "。")
    else:
        add_body(doc, "暂无按时完成全部到期报送事项的单位。")
    add_heading(doc, "三、尚未完成的单位", 1)
    if b.owing:
        for owing in b.owing:
            add_body(doc, "；".join(owing.what) + "。", lead=f"{owing.unit}：")
    else:
        add_body(doc, "到期报送事项已全部完成。")
    add_heading(doc, "四、下一步工作要求", 1)
    add_body(doc, b.closing, align="left")  # justified, an unbreakable address spreads a line
    add_body(doc, "附表：各单位报送情况一览表", indent=False)
    columns = len(b.table[0]) - 2
    share = min(18.0, (150 - 30 - 12) / max(columns, 1))
    widths = (30, *([share] * columns), 12)
    add_table(doc, b.table, widths_mm=widths)
    doc.add_paragraph("")
    add_body(doc, b.issuer, align="right", indent=False)
    add_body(doc, b.date, align="right", indent=False)
    doc.core_properties.title = b.title
    doc.core_properties.author = b.issuer
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def render_bulletin_text(b: Bulletin, *, templates: Path | None = None) -> str:
    """The bulletin as plain text for a WeChat work group (outbox/templates/bulletin.txt)."""
    template = make_environment(templates).get_template("bulletin.txt")
    return template.render(
        b=b,
        overview=_overview(b),
        numerals=_NUMERALS,
    )
