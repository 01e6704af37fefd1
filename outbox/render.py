"""Templates and the wording helpers they share: dates in Chinese, labels, message ids.

    env = make_environment(None)                 # the templates in outbox/templates/
    env = make_environment(Path("my-templates")) # files there win over the packaged ones
    format_deadline(due, tz)                     # "11月5日（星期四）18:00"
    render_subject(env, "reminder", context)     # "【提醒】…材料报送（截止11月5日）"

Every mail's subject comes from a template too (`<kind>.subject.txt`: reminder,
reminder_overdue, ack, digest, resubmit), overridable like the bodies; it is rendered with
the body's context and made one line.

Values passed to templates are data, never templates: a subject holding `{{ 7*7 }}` is
printed as those characters. HTML templates autoescape everything.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    select_autoescape,
)

from parsers.model import Contact, FieldValue
from rules.campaign import Campaign
from rules.model import RequirementStatus, State, UnitStatus

_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")

# The built-in deliverables' labels, for callers without a campaign; a campaign's own
# titles (`Campaign.label`) are used wherever it is at hand.
CATEGORY_LABELS: dict[str, str] = {
    "plan": "方案",
    "article": "宣传材料",
    "summary": "总结报告",
    "statistics": "统计表",
    "contact": "联络员信息",
    "column_url": "宣传专栏地址",
    "other": "其他",
}

READ_PROBLEMS: dict[str, str] = {
    "encrypted": "文件已加密，无法读取，请发送未加密的文件",
    "unreadable": "文件无法读取（文件损坏或格式异常），请重新发送",
    "unsupported": "文件格式暂无法识别，请另存为 docx、xlsx 或 pdf 后重新发送",
    "empty": "文件为空（0字节），请重新发送",
    "image-only": "扫描件无文字层，已收存，将由工作人员人工核对",
}

_FIELD_LABELS = (
    ("unit", "单位"),
    ("name", "姓名"),
    ("position", "职务"),
    ("email", "邮箱"),
    ("mobile", "手机号码"),
)


def category_label(category: str, campaign: Campaign | None = None) -> str:
    """ "plan" -> "方案" (the campaign's title of the deliverable when given); an unknown
    category is shown as it is."""
    if campaign is not None and (category == "other" or campaign.deliverable(category)):
        return campaign.label(category)
    return CATEGORY_LABELS.get(str(category), str(category))


def format_deadline(dt: datetime, tz: tzinfo) -> str:
    """An instant as a deadline in `tz`: "11月5日（星期四）18:00"."""
    local = dt.astimezone(tz)
    return f"{local.month}月{local.day}日（{_WEEKDAYS[local.weekday()]}）{local:%H:%M}"


def format_day(dt: datetime, tz: tzinfo) -> str:
    """ "11月5日"."""
    local = dt.astimezone(tz)
    return f"{local.month}月{local.day}日"


def format_moment(dt: datetime, tz: tzinfo) -> str:
    """ "11月5日 09:30" (a time something was received)."""
    local = dt.astimezone(tz)
    return f"{local.month}月{local.day}日 {local:%H:%M}"


def format_full_date(dt: datetime, tz: tzinfo) -> str:
    """ "2020年11月5日" (the date under a signature)."""
    local = dt.astimezone(tz)
    return f"{local.year}年{local.month}月{local.day}日"


def workbook_filename(campaign: Campaign, now: datetime) -> str:
    """ "2020年泰安市职业教育活动周汇总_20201116.xlsx" (the digest's attachment, the export)."""
    return f"{campaign.name}汇总_{now.astimezone(campaign.tz):%Y%m%d}.xlsx"


def one_line(text: str, limit: int = 200) -> str:
    """Untrusted text made safe for a header or a one-line list item: no control characters,
    whitespace collapsed, at most `limit` characters."""
    text = re.sub(r"[\x00-\x1f\x7f\u2028\u2029]+", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def field_problem(label: str, value: FieldValue) -> str | None:
    """ "手机号码无效" / "邮箱缺失" for a contact field that is not valid, else None."""
    if value.valid:
        return None
    if not value.value or value.problem == "missing":
        return f"{label}缺失"
    return f"{label}无效"


def contact_problems(
    contact: Contact, fields: Sequence[tuple[str, str]] | Campaign | None = None
) -> tuple[str, ...]:
    """Every field the notice asks for that is missing or invalid: ("手机号码无效", ...).

    `fields`: (key, label) pairs, or a campaign (its `[contact] fields`); default the five
    of the 2020 activity week."""
    if isinstance(fields, Campaign):
        fields = contact_fields(fields)
    pairs = _FIELD_LABELS if fields is None else fields
    found = (field_problem(label, getattr(contact, key)) for key, label in pairs)
    return tuple(p for p in found if p)


def contact_fields(campaign: Campaign) -> tuple[tuple[str, str], ...]:
    """The (key, label) pairs of the contact fields the campaign asks for."""
    return tuple((f.key, f.label) for f in campaign.contact.fields)


def contact_summary(contact: Contact) -> str:
    """ "张三（办公室主任），邮箱 a@b.cn，手机 13800000000" from the fields that have values."""
    name = one_line(contact.name.value, 40) or "（姓名缺失）"
    if contact.position.value:
        name += f"（{one_line(contact.position.value, 40)}）"
    parts = [name]
    if contact.email.value:
        parts.append(f"邮箱 {one_line(contact.email.value, 80)}")
    if contact.mobile.value:
        parts.append(f"手机 {one_line(contact.mobile.value, 30)}")
    return "，".join(parts)


def measure_word(requirement_id: str, deliverable: str, campaign: Campaign | None = None) -> str:
    """The counting word for a requirement: its deliverable's `measure` (篇 for articles,
    个 for the column URL, 份 otherwise)."""
    if campaign is not None and campaign.deliverable(deliverable) is not None:
        return campaign.measure(deliverable)
    return {"article": "篇", "column_url": "个"}.get(str(deliverable), "份")


def status_detail(
    status: RequirementStatus, deliverable: str, campaign: Campaign | None = None
) -> str:
    """Why a requirement is not complete, for units: rules' own detail when it gives one
    ("已收到2篇，还差3篇", "联络员手机号码无效"), else the count that is missing."""
    if status.detail:
        return one_line(status.detail, 200)
    word = measure_word(status.requirement_id, deliverable, campaign)
    if status.min_count > 1 and 0 < status.count < status.min_count:
        return f"已收到{status.count}{word}，还差{status.min_count - status.count}{word}"
    return ""


def cell_label(status: RequirementStatus, now: datetime) -> str:
    """The matrix cell text: 完成 / 逾期补交 / 部分（2/5） / 待补正 (enough items, but e.g. an
    invalid mobile number) / 未交 / 逾期 / 免报 (staff exempted the unit) / —."""
    match status.state:
        case State.COMPLETE:
            return "完成"
        case State.LATE:
            return "逾期补交"
        case State.PARTIAL:
            late = "逾期" if now > status.due else ""
            if status.min_count <= 1 or status.count >= status.min_count:
                # not a matter of counting: something received needs correcting
                return f"待补正{late}"
            return f"部分（{status.count}/{status.min_count}）{late}"
        case State.MISSING:
            return "逾期" if now > status.due else "未交"
        case State.EXEMPT:
            return "免报"
        case _:
            return "—"


def cell_tone(status: RequirementStatus, now: datetime) -> str:
    """A colour name for a matrix cell: "done", "late-done", "partial", "missing", "overdue",
    "exempt", "none"."""
    match status.state:
        case State.COMPLETE:
            return "done"
        case State.LATE:
            return "late-done"
        case State.PARTIAL:
            return "overdue" if now > status.due else "partial"
        case State.MISSING:
            return "overdue" if now > status.due else "missing"
        case State.EXEMPT:
            return "exempt"
        case _:
            return "none"


@dataclass(frozen=True, slots=True)
class OwedLine:
    """A requirement a unit still owes: its title, deadline text, what is partial about it."""

    requirement_id: str
    title: str
    deadline: str
    detail: str
    overdue: bool


@dataclass(frozen=True, slots=True)
class ReceivedLine:
    """What has arrived for a requirement: "活动周方案：已收到1份（11月4日）"."""

    requirement_id: str
    title: str
    count: int
    word: str
    dates: str
    complete: bool


def owed_lines(campaign: Campaign, status: UnitStatus, now: datetime) -> list[OwedLine]:
    """The unit's owed requirements (partial or missing), earliest deadline first."""
    requirements = {r.id: r for r in campaign.requirements}
    order = {r.id: i for i, r in enumerate(campaign.requirements)}
    return [
        OwedLine(
            r.requirement_id,
            requirements[r.requirement_id].title,
            format_deadline(r.due, campaign.tz),
            status_detail(r, requirements[r.requirement_id].deliverable, campaign),
            now > r.due,
        )
        for r in sorted(status.owed, key=lambda r: (r.due, order.get(r.requirement_id, 0)))
        if r.requirement_id in requirements
    ]


def received_lines(campaign: Campaign, status: UnitStatus) -> list[ReceivedLine]:
    """For every requirement with something readable received: how many, on which days
    (a file that could not be read is not listed: it is still owed)."""
    requirements = {r.id: r for r in campaign.requirements}
    lines: list[ReceivedLine] = []
    for r in status.requirements:
        req = requirements.get(r.requirement_id)
        # what could not be read is owed (待补正), never also listed as received
        readable = [i for i in r.items if i.readable]
        if req is None or r.state is State.NOT_DUE or not readable:
            continue
        days: list[str] = []
        for item in sorted(readable, key=lambda i: i.received_at):
            day = format_day(item.received_at, campaign.tz)
            if day not in days:
                days.append(day)
        lines.append(
            ReceivedLine(
                r.requirement_id,
                req.title,
                len(readable),
                measure_word(r.requirement_id, req.deliverable, campaign),
                "、".join(days),
                r.state in (State.COMPLETE, State.LATE),
            )
        )
    return lines


def message_id(kind: str, key: str, domain: str) -> str:
    """A Message-ID that depends only on what the message is: "<remind.3f2a…@domain>".

    The same reminder composed twice (after a crash) carries the same id, so a receiver or
    the sink can tell a resend from a new message.
    """
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    safe_domain = re.sub(r"[^A-Za-z0-9.\-]", "", domain) or "localhost"
    return f"<{kind}.{digest}@{safe_domain}>"


SUBJECT_KINDS = ("reminder", "reminder_overdue", "ack", "digest", "resubmit")


def render_subject(env: Environment, kind: str, context: dict[str, Any]) -> str:
    """The subject of a `kind` mail from its template `<kind>.subject.txt`, one line."""
    if kind not in SUBJECT_KINDS:
        raise ValueError(f"no subject template for {kind!r}")
    return one_line(env.get_template(f"{kind}.subject.txt").render(context), 300)


@lru_cache(maxsize=8)
def make_environment(override: Path | None = None) -> Environment:
    """A Jinja2 environment over outbox/templates/, with `override` searched first.

    HTML templates (.html) autoescape; undefined names raise (StrictUndefined). One
    environment per folder is kept, so templates are compiled once, not per message
    (Jinja's auto_reload still notices an edited override template).
    """
    loaders = []
    if override is not None:
        loaders.append(FileSystemLoader(str(override)))
    loaders.append(PackageLoader("outbox", "templates"))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env
