"""The daily digest for staff: today's arrivals, the status matrix, problems, the next deadline.

    text = render_digest(campaign, statuses, arrivals, problems, now, fmt="txt")
    msg = compose_digest(campaign, statuses, arrivals, problems, now, to, sender, workbook)

The HTML uses tables with attributes (border, cellpadding, bgcolor) and inline CSS only —
no <style> block, no script — so QQ Mail, 163 and Outlook show it as written. Everything
that came from mail is escaped by the template engine. The plain-text part carries the
same facts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Literal

from outbox.headers import automatic_mail
from outbox.model import Arrival, Problem, Sender
from outbox.render import (
    cell_label,
    cell_tone,
    format_deadline,
    format_moment,
    make_environment,
    message_id,
    one_line,
    render_subject,
    status_detail,
    workbook_filename,
)
from rules.campaign import Campaign
from rules.model import State, UnitStatus

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

# background, text colour per cell tone (see outbox.render.cell_tone)
TONES: dict[str, tuple[str, str]] = {
    "done": ("#c6efce", "#006100"),
    "late-done": ("#e2efda", "#375623"),
    "partial": ("#ffeb9c", "#9c5700"),
    "missing": ("#f2f2f2", "#595959"),
    "overdue": ("#ffc7ce", "#9c0006"),
    "exempt": ("#ddebf7", "#1f4e78"),
    "none": ("#ffffff", "#a6a6a6"),
}


@dataclass(frozen=True, slots=True)
class _Cell:
    text: str
    bg: str
    fg: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class _Row:
    unit: str
    cells: tuple[_Cell, ...]
    done: str


@dataclass(frozen=True, slots=True)
class _Column:
    title: str
    due: str


@dataclass(frozen=True, slots=True)
class _ArrivalLine:
    time: str
    subject: str
    files: tuple[str, ...]
    sender: str


@dataclass(frozen=True, slots=True)
class _ArrivalGroup:
    unit: str
    items: tuple[_ArrivalLine, ...]


@dataclass(frozen=True, slots=True)
class _ProblemLine:
    kind: str
    unit: str
    text: str
    ref: str
    since: str


@dataclass(frozen=True, slots=True)
class _Missing:
    unit: str
    what: str


@dataclass(frozen=True, slots=True)
class _NextDeadline:
    deadline: str
    titles: tuple[str, ...]
    missing: tuple[_Missing, ...]


def short_title(title: str) -> str:
    """A requirement title without parenthesised notes or book-title marks, for headers."""
    return re.sub(r"（[^）]*）|\([^)]*\)", "", title).strip("《》 ") or title


def _context(
    campaign: Campaign,
    statuses: Sequence[UnitStatus],
    arrivals: Sequence[Arrival],
    problems: Sequence[Problem],
    now: datetime,
) -> dict[str, object]:
    tz = campaign.tz
    names = {u.id: u.name for u in campaign.units}
    by_unit = {s.unit_id: s for s in statuses}
    requirements = campaign.requirements

    columns = [_Column(short_title(r.title), format_deadline(r.due, tz)) for r in requirements]
    rows: list[_Row] = []
    complete_units = 0
    per_req_done = [0] * len(requirements)
    per_req_total = [0] * len(requirements)
    for unit in campaign.units:
        status = by_unit.get(unit.id)
        by_req = {r.requirement_id: r for r in status.requirements} if status else {}
        cells: list[_Cell] = []
        done = total = 0
        for i, req in enumerate(requirements):
            st = by_req.get(req.id)
            if st is None:
                cells.append(_Cell("—", *TONES["none"]))
                continue
            bg, fg = TONES[cell_tone(st, now)]
            detail = "" if st.state is State.COMPLETE else one_line(st.detail, 200)
            cells.append(_Cell(cell_label(st, now), bg, fg, detail))
            if st.state is not State.NOT_DUE:
                total += 1
                per_req_total[i] += 1
                if st.state in (State.COMPLETE, State.LATE):
                    done += 1
                    per_req_done[i] += 1
        if status is not None and status.complete:
            complete_units += 1
        rows.append(_Row(unit.name, tuple(cells), f"{done}/{total}"))
    footer = [f"{d}/{t}" for d, t in zip(per_req_done, per_req_total, strict=True)]

    groups: dict[str | None, list[_ArrivalLine]] = {}
    for a in sorted(arrivals, key=lambda a: a.received_at):
        groups.setdefault(a.unit_id if a.unit_id in names else None, []).append(
            _ArrivalLine(
                format_moment(a.received_at, tz),
                one_line(a.subject, 200) or "（无主题）",
                tuple(one_line(f, 200) for f in a.files),
                one_line(a.sender, 200),
            )
        )
    order = [u.id for u in campaign.units if u.id in groups]
    if None in groups:
        order.append(None)
    arrival_groups = [
        _ArrivalGroup(names[k] if k else "未识别单位", tuple(groups[k])) for k in order
    ]

    problem_lines = [
        _ProblemLine(
            one_line(p.kind, 60),
            names.get(p.unit_id or "", p.unit_id or "未识别"),
            one_line(p.text, 500),
            one_line(p.message_ref, 200),
            format_moment(p.since, tz),
        )
        for p in sorted(problems, key=lambda p: p.since)
    ]

    upcoming = sorted({r.due for r in requirements if r.due > now})
    next_deadline = None
    if upcoming:
        due = upcoming[0]
        due_reqs = [r for r in requirements if r.due == due]
        missing: list[_Missing] = []
        for unit in campaign.units:
            status = by_unit.get(unit.id)
            if status is None:
                continue
            owed = [st for st in status.owed if st.requirement_id in {r.id for r in due_reqs}]
            if not owed:
                continue
            titles = {r.id: r for r in due_reqs}
            parts = []
            for st in owed:
                req = titles[st.requirement_id]
                detail = status_detail(st, req.deliverable, campaign)
                parts.append(short_title(req.title) + (f"（{detail}）" if detail else ""))
            missing.append(_Missing(unit.name, "、".join(parts)))
        next_deadline = _NextDeadline(
            format_deadline(due, tz),
            tuple(short_title(r.title) for r in due_reqs),
            tuple(missing),
        )

    local = now.astimezone(tz)
    return {
        "title": f"{campaign.name}每日汇总（{local.month}月{local.day}日）",
        "campaign_name": campaign.name,
        "notice": campaign.notice,
        "issuer": campaign.issuer,
        "generated": format_moment(now, tz),
        "unit_count": len(campaign.units),
        "complete_units": complete_units,
        "arrival_count": len(arrivals),
        "arrival_groups": arrival_groups,
        "columns": columns,
        "rows": rows,
        "footer": footer,
        "problems": problem_lines,
        "next_deadline": next_deadline,
        "legend": [(label, *TONES[tone]) for label, tone in _LEGEND],
    }


_LEGEND = (
    ("完成", "done"),
    ("逾期补交", "late-done"),
    ("部分（已交/应交）、待补正", "partial"),
    ("未交", "missing"),
    ("逾期", "overdue"),
    ("免报", "exempt"),
)


def render_digest(
    campaign: Campaign,
    statuses: Sequence[UnitStatus],
    arrivals: Sequence[Arrival],
    problems: Sequence[Problem],
    now: datetime,
    *,
    fmt: Literal["html", "txt"] = "html",
    templates: Path | None = None,
) -> str:
    """The digest as one HTML document (inline CSS only) or as plain text carrying the
    same facts. `arrivals` are the day's."""
    context = _context(campaign, statuses, arrivals, problems, now)
    return make_environment(templates).get_template(f"digest.{fmt}").render(context)


def compose_digest(
    campaign: Campaign,
    statuses: Sequence[UnitStatus],
    arrivals: Sequence[Arrival],
    problems: Sequence[Problem],
    now: datetime,
    to: Sequence[str],
    sender: Sender,
    workbook: bytes | None = None,
    *,
    templates: Path | None = None,
) -> EmailMessage:
    """The digest mail: text and HTML alternatives, the workbook attached when given."""
    if not [a for a in to if a.strip()]:
        raise ValueError("a message needs at least one recipient")
    context = _context(campaign, statuses, arrivals, problems, now)
    env = make_environment(templates)
    text = env.get_template("digest.txt").render(context)
    html = env.get_template("digest.html").render(context)
    local = now.astimezone(campaign.tz)
    msg = automatic_mail(
        "digest",
        render_subject(
            env,
            "digest",
            {**context, "month": local.month, "day": local.day, "arrivals_count": len(arrivals)},
        ),
        to,
        sender,
        now,
        message_id=message_id(
            "digest", f"{campaign.name}:{now.astimezone(UTC).isoformat()}", sender.domain
        ),
        text=text,
        html=html,
    )
    if workbook is not None:
        msg.add_attachment(
            workbook,
            maintype=XLSX_TYPE[0],
            subtype=XLSX_TYPE[1],
            filename=workbook_filename(campaign, now),
        )
    return msg
