"""The campaign a deployment serves: units, requirements, deadlines, templates.

Validated once from `config.toml` (see `intake.config`) into frozen pydantic models.
Nothing here reads files; `intake.config` does that.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, model_validator

_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
_OFFSET = re.compile(r"^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")


class Category(StrEnum):
    """What an attachment (or a link) is, in the campaign's terms."""

    PLAN = "plan"
    ARTICLE = "article"
    SUMMARY = "summary"
    STATISTICS = "statistics"
    CONTACT = "contact"
    OTHER = "other"


class Deliverable(StrEnum):
    """What a requirement counts: a category of file, a column URL, or complete contact data."""

    PLAN = "plan"
    ARTICLE = "article"
    SUMMARY = "summary"
    STATISTICS = "statistics"
    CONTACT = "contact"
    COLUMN_URL = "column_url"


def _email(value: str) -> str:
    if not _EMAIL.match(value):
        raise ValueError("not an email address")
    return value.lower()


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown timezone {value!r}") from exc
    return value


def parse_offset(value: str) -> timedelta:
    """'3d' -> 3 days, '1d12h' -> 36 hours, '30m' -> 30 minutes, '10s' -> 10 seconds."""
    m = _OFFSET.match(value.strip())
    if not value.strip() or not m or not any(m.groups()):
        raise ValueError(f"{value!r} is not an offset like '3d', '12h', '30m' or a time 'HH:MM'")
    d, h, mi, s = (int(g) if g else 0 for g in m.groups())
    return timedelta(days=d, hours=h, minutes=mi, seconds=s)


def _reminder_point(value: str) -> str:
    """A reminder point: an offset before the due time ('3d') or a clock time on the due day."""
    clock = re.fullmatch(r"(?:\d+d@)?(\d{1,2}):(\d{2})", value)
    if clock:  # "09:00" on the due day, or "3d@09:00" three calendar days before it
        time(int(clock.group(1)), int(clock.group(2)))  # raises ValueError for 25:00
        return value
    parse_offset(value)
    return value


Email = Annotated[str, AfterValidator(_email)]
ReminderPoint = Annotated[str, AfterValidator(_reminder_point)]
Offset = Annotated[str, AfterValidator(lambda v: (parse_offset(v), v)[1])]
Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_\-]*$")]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Unit(_Frozen):
    """A unit that must submit: a county bureau or a school."""

    id: Identifier
    name: str = Field(min_length=2)
    kind: Literal["county", "school"]
    aliases: tuple[str, ...] = ()
    emails: tuple[Email, ...] = ()


class Requirement(_Frozen):
    """Something every unit of the given kinds owes by `due`.

    `opens` starts the window in which items count (the activity week for articles);
    `remind_before` lists reminder points: offsets before `due` ('3d', '1d'), a clock
    time on the due day ('09:00') or N calendar days before it ('3d@09:00');
    `overdue_after` sends one notice that long after `due`.
    """

    id: Identifier
    title: str
    deliverable: Deliverable
    due: AwareDatetime
    opens: AwareDatetime | None = None
    min_count: int = Field(default=1, ge=1)
    kinds: tuple[Literal["county", "school"], ...] = ("county", "school")
    remind_before: tuple[ReminderPoint, ...] = ("3d", "1d", "09:00")
    overdue_after: Offset | None = None

    @model_validator(mode="after")
    def _window(self) -> Requirement:
        if self.opens is not None and self.opens >= self.due:
            raise ValueError("opens must be before due")
        return self


class StatsColumn(_Frozen):
    """A column of the statistics template: its key, printed header, and other spellings."""

    key: Identifier
    header: str
    aliases: tuple[str, ...] = ()
    numeric: bool = True


class StatsTemplate(_Frozen):
    title: str
    columns: tuple[StatsColumn, ...]
    min_matched: int = Field(default=3, ge=1)  # header columns needed to call a table "statistics"


class CategoryRule(_Frozen):
    """Keywords that point to a category, with a weight per place they are found."""

    keywords: tuple[str, ...]
    filename_weight: float = 3.0
    title_weight: float = 2.0
    subject_weight: float = 1.0


def _default_classify() -> dict[Category, CategoryRule]:
    """Default keywords. In a title the keyword written last decides (the head noun of a
    Chinese title comes last: 实施方案解读 is an article, 宣传方案 a plan), and of two
    overlapping keywords the longer one counts (通讯录 is a contact list, not 通讯)."""
    return {
        Category.PLAN: CategoryRule(keywords=("方案", "计划", "安排")),
        Category.SUMMARY: CategoryRule(
            keywords=("总结", "报告", "工作报告", "总结报告", "情况报告", "汇报")
        ),
        Category.STATISTICS: CategoryRule(keywords=("统计表", "统计", "数据汇总")),
        Category.CONTACT: CategoryRule(
            keywords=("联络员", "联络人", "联系人", "联系方式", "通讯录", "回执")
        ),
        Category.ARTICLE: CategoryRule(
            keywords=(
                "宣传稿",
                "宣传",
                "报道",
                "新闻",
                "简讯",
                "快讯",
                "讯",
                "通讯",
                "稿件",
                "投稿",
                "纪实",
                "侧记",
                "职教故事",
                "解读",
                # Events: a title whose head noun is an event is a report of it.
                "总结会",
                "总结大会",
                "总结表彰",
                "表彰大会",
                "表彰会",
                "启动仪式",
                "仪式",
                "开幕式",
                "闭幕式",
                "报告会",
                "汇报演出",
                "研讨会",
                "座谈会",
                "推进会",
                "部署会",
                "动员会",
                "交流会",
                "讲座",
                "论坛",
                "大赛",
                "比赛",
                "开放日",
            ),
            filename_weight=1.5,
            title_weight=1.0,
        ),
        Category.OTHER: CategoryRule(
            keywords=("海报", "照片", "视频", "宣传专栏", "专栏地址", "网址"),
            filename_weight=1.5,
            title_weight=1.0,
        ),
    }


class Campaign(_Frozen):
    """A whole campaign: who owes what by when, and how to recognise it."""

    name: str
    notice: str = ""
    issuer: str = ""
    timezone: Annotated[str, AfterValidator(_timezone)] = "Asia/Shanghai"
    start: date
    mailboxes: tuple[Email, ...] = ()
    keywords: tuple[str, ...] = ()
    units: tuple[Unit, ...]
    requirements: tuple[Requirement, ...]
    statistics: StatsTemplate | None = None
    classify: dict[Category, CategoryRule] = Field(default_factory=_default_classify)

    @model_validator(mode="after")
    def _unique(self) -> Campaign:
        for what, ids in (
            ("units", [u.id for u in self.units]),
            ("requirements", [r.id for r in self.requirements]),
        ):
            seen: set[str] = set()
            for i, ident in enumerate(ids):
                if ident in seen:
                    raise ValueError(f"{what}[{i}].id: duplicate id {ident!r}")
                seen.add(ident)
        owner: dict[str, str] = {}
        for i, unit in enumerate(self.units):
            for j, addr in enumerate(unit.emails):
                if addr in owner and owner[addr] != unit.id:
                    raise ValueError(
                        f"units[{i}].emails[{j}]: {addr} is already registered to {owner[addr]}"
                    )
                owner[addr] = unit.id
        return self

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def start_at(self) -> datetime:
        """The campaign start as an aware datetime (midnight, campaign timezone)."""
        return datetime.combine(self.start, time(0, 0), tzinfo=self.tz)

    def unit(self, unit_id: str) -> Unit | None:
        return next((u for u in self.units if u.id == unit_id), None)

    def requirements_for(self, unit: Unit) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if unit.kind in r.kinds)
