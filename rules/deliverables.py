"""What a campaign asks for and how its words are read: deliverables, unit kinds, contact
fields, name spellings, statistics templates and classification keywords.

Each has the 2020 activity week's value as its default (`DEFAULT_DELIVERABLES`, ...), so a
config that does not mention them behaves as that campaign did. `rules.campaign` puts them
together; this module only defines their shapes and defaults.

    Deliverable(id="video", title="活动视频", keywords=("视频",), file_kinds=("mp4", "mov"))
    UnitKind(id="county", title="县市区", bureau=True)
    Names(region=("泰安市",), shortenings=(("教育和体育局", "教体局"), ...))
    ContactField(key="mobile", label="手机号码")
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from rules.text import REGION, SHORTENINGS

Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_\-]*$")]
OTHER = "other"  # the category of a file that delivers nothing the campaign asks for
# The contact fields parsers read (parsers.model.Contact); a campaign asks for some of them.
CONTACT_KEYS = ("unit", "name", "position", "email", "mobile", "phone")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Deliverable(_Frozen):
    """One kind of thing units send: a file (方案, 视频, 报名表 …), a URL, or contact data.

    `keywords` classify attachments as this deliverable (for the built-in ids they are
    added to the built-in ones); `file_kinds` limits which extensions can be it (a video
    is an mp4, not a docx) and makes a file of such an extension this deliverable
    whatever its name says; `measure` is the counting word (份/篇/个/段); `news` judges its
    documents by news style (datelines, 本报讯 …: today's articles) and gives it the
    articles pasted into a mail body or sent as links; `statistics` names the statistics
    template its tables are read against.
    """

    id: Identifier
    title: str = Field(min_length=1)
    kind: Literal["file", "url", "contact"] = "file"
    keywords: tuple[str, ...] = ()
    file_kinds: tuple[str, ...] = ()
    measure: str = Field(default="份", min_length=1, max_length=2)
    news: bool = False
    statistics: Identifier | None = None
    filename_weight: float | None = None
    title_weight: float | None = None
    subject_weight: float | None = None

    @field_validator("file_kinds")
    @classmethod
    def _extensions(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        out = tuple(v.strip().lower().lstrip(".") for v in value)
        for v in out:
            if not v or not v.isalnum():
                raise ValueError(f"{v!r} is not a file extension like 'mp4'")
        return out


# The six things the 2020 activity week asked for, in the order they always were.
BUILTIN: dict[str, dict[str, Any]] = {
    "plan": {"title": "方案"},
    "article": {"title": "宣传材料", "measure": "篇", "news": True},
    "summary": {"title": "总结报告"},
    "statistics": {"title": "统计表"},
    "contact": {"title": "联络员信息", "kind": "contact"},
    "column_url": {"title": "宣传专栏地址", "kind": "url", "measure": "个"},
}
DEFAULT_DELIVERABLES = tuple(Deliverable(id=k, **v) for k, v in BUILTIN.items())


class UnitKind(_Frozen):
    """A kind of unit (县区, 中职, 高职, 技工院校 …). `bureau`: an administrative bureau whose
    schools belong to it (a school's name starts with its place name); its bare place name
    is never a mention of it, and a mail naming it and one of its schools is left to staff."""

    id: Identifier
    title: str = Field(min_length=1)
    bureau: bool = False


DEFAULT_UNIT_KINDS = (
    UnitKind(id="county", title="县市区", bureau=True),
    UnitKind(id="school", title="职业院校"),
)


class Names(_Frozen):
    """How unit names are written: the region prefix that may be left out (泰安市) and the
    shortenings of institution names that mean the same (教育和体育局 = 教体局). Matching
    rewrites every long form to its short form, longest long form first."""

    region: tuple[str, ...] = REGION
    shortenings: tuple[tuple[str, str], ...] = SHORTENINGS

    @field_validator("shortenings")
    @classmethod
    def _pairs(cls, value: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        for i, (long, short) in enumerate(value):
            if not long.strip() or long == short:
                raise ValueError(f"[{i}]: {long!r} -> {short!r} is not a shortening")
        # longest first, so that a longer official form is rewritten before one inside it
        return tuple(sorted(value, key=lambda pair: -len(pair[0])))

    @property
    def short_forms(self) -> tuple[str, ...]:
        """The canonical institution suffixes (教体局, 职专, 职院), longest first."""
        shorts = dict.fromkeys(short for _, short in self.shortenings if short)
        return tuple(sorted(shorts, key=len, reverse=True))


class ContactField(_Frozen):
    """A contact field the notice asks for: which one parsers read (`key`), and its label."""

    key: Literal["unit", "name", "position", "email", "mobile", "phone"]
    label: str = Field(min_length=1)


DEFAULT_CONTACT_FIELDS = (
    ContactField(key="unit", label="单位"),
    ContactField(key="name", label="姓名"),
    ContactField(key="position", label="职务"),
    ContactField(key="email", label="邮箱"),
    ContactField(key="mobile", label="手机号码"),
)


class ContactSettings(_Frozen):
    """`[contact]`: the fields a complete contact has (the notice's 单位、姓名、职务 …)."""

    fields: tuple[ContactField, ...] = DEFAULT_CONTACT_FIELDS

    @field_validator("fields")
    @classmethod
    def _distinct(cls, value: tuple[ContactField, ...]) -> tuple[ContactField, ...]:
        if not value:
            raise ValueError("name at least one field")
        keys = [f.key for f in value]
        for i, key in enumerate(keys):
            if key in keys[:i]:
                raise ValueError(f"[{i}].key: {key!r} is listed twice")
        return value


class StatsColumn(_Frozen):
    """A column of a statistics template: its key, printed header, and other spellings."""

    key: Identifier
    header: str
    aliases: tuple[str, ...] = ()
    numeric: bool = True


class StatsTemplate(_Frozen):
    """A statistics table units fill in (one row per unit, one column per figure)."""

    id: Identifier = "statistics"
    title: str
    columns: tuple[StatsColumn, ...]
    min_matched: int = Field(default=3, ge=1)  # header columns needed to call a table "statistics"


class CategoryRule(_Frozen):
    """Keywords that point to a category, with a weight per place they are found.

    `explicit`: the keywords the config gave; they win over a built-in keyword of another
    category (a campaign's 视频 deliverable takes 视频, which is otherwise `other`'s)."""

    keywords: tuple[str, ...]
    filename_weight: float = 3.0
    title_weight: float = 2.0
    subject_weight: float = 1.0
    explicit: tuple[str, ...] = ()


class ClassifyEntry(_Frozen):
    """One `[classify.<category>]` table: keywords added to the category's, weights set."""

    keywords: tuple[str, ...] = ()
    filename_weight: float | None = None
    title_weight: float | None = None
    subject_weight: float | None = None


def default_classify() -> dict[str, CategoryRule]:
    """Built-in keywords. In a title the keyword written last decides (the head noun of a
    Chinese title comes last: 实施方案解读 is an article, 宣传方案 a plan), and of two
    overlapping keywords the longer one counts (通讯录 is a contact list, not 通讯)."""
    return {
        "plan": CategoryRule(keywords=("方案", "计划", "安排")),
        "summary": CategoryRule(
            keywords=(
                *("总结", "小结", "报告", "工作报告", "总结报告", "情况报告", "汇报"),
                # "…活动周工作开展情况": a title ending in how it went reports on it
                *("开展情况", "活动情况", "工作情况", "进展情况", "落实情况", "完成情况"),
            )
        ),
        "statistics": CategoryRule(keywords=("统计表", "统计", "数据汇总")),
        "contact": CategoryRule(
            keywords=("联络员", "联络人", "联系人", "联系方式", "通讯录", "回执")
        ),
        "article": CategoryRule(
            keywords=(
                *("宣传稿", "宣传", "报道", "新闻", "简讯", "快讯", "讯", "通讯", "稿件"),
                *("投稿", "纪实", "侧记", "综述", "职教故事", "解读"),
                *("信息稿", "新闻稿", "通讯稿", "稿子", "简报", "掠影", "剪影", "美篇"),
                # Events: a title whose head noun is an event is a report of it.
                *("总结会", "总结大会", "总结表彰", "表彰大会", "表彰会", "启动仪式", "仪式"),
                *("开幕式", "闭幕式", "报告会", "汇报演出", "研讨会", "座谈会", "推进会"),
                *("部署会", "动员会", "交流会", "讲座", "论坛", "大赛", "比赛", "开放日"),
                # a show is an event too: "技能展示汇报", "成果汇报展演", "汇报会"
                *("展示汇报", "汇报展示", "汇报展演", "汇报会", "作报告", "做报告"),
            ),
            filename_weight=1.5,
            title_weight=1.0,
        ),
        OTHER: CategoryRule(
            keywords=(
                *("海报", "照片", "视频", "宣传专栏", "专栏地址", "网址"),
                # an event's paperwork, not its report: "启动仪式议程", "技能展示赛获奖名单"
                *("议程", "日程表", "节目单", "获奖名单", "签到表", "邀请函"),
            ),
            filename_weight=1.5,
            title_weight=1.0,
        ),
    }


def merge_classify(
    categories: tuple[str, ...],
    deliverables: dict[str, Deliverable],
    additions: dict[str, ClassifyEntry],
) -> dict[str, CategoryRule]:
    """The keywords of every category: the built-in ones of the built-in ids, plus each
    deliverable's `keywords`, plus `[classify]` additions; weights from the deliverable,
    then `[classify]`, else the built-in ones (3/2/1)."""
    builtin = default_classify()
    order = [c for c in builtin if c in categories] + [c for c in categories if c not in builtin]
    out: dict[str, CategoryRule] = {}
    for category in order:
        base = builtin.get(category, CategoryRule(keywords=()))
        spec = deliverables.get(category)
        extra = additions.get(category, ClassifyEntry())
        explicit = tuple(dict.fromkeys((*(spec.keywords if spec else ()), *extra.keywords)))
        weights = {}
        for name in ("filename_weight", "title_weight", "subject_weight"):
            for source in (extra, spec):
                value = getattr(source, name, None) if source is not None else None
                if value is not None:
                    weights[name] = value
                    break
        out[category] = base.model_copy(
            update={
                "keywords": tuple(dict.fromkeys((*base.keywords, *explicit))),
                "explicit": explicit,
                **weights,
            }
        )
    return out
