"""The campaign a deployment serves: what it asks for, of whom, by when, and how to tell.

Validated once from `config.toml` (see `intake.config`) into frozen pydantic models.
Nothing here reads files; `intake.config` does that.

A campaign of any notice: its deliverables (`[[deliverables]]`: what a requirement counts
and what an attachment can be), its unit kinds (`[[unit_kinds]]`), the contact fields it
asks for (`[contact]`), how its names are written (`[names]`: the region prefix and the
shortenings), its statistics templates (`[[statistics]]`). Every one has a default that is
the 2020 activity week's, so a config without them behaves as that campaign did:

    campaign.deliverable("article")   # Deliverable(id="article", title="宣传材料", news=True)
    campaign.categories               # ("plan", "article", "summary", "statistics",
                                      #  "contact", "other"): what a file can be
    campaign.is_bureau("county")      # True: a bureau whose schools belong to it
    campaign.contact_complete(c)      # every configured contact field present and valid
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, AwareDatetime, Field, PrivateAttr, model_validator

from rules.deliverables import (
    BUILTIN,
    CONTACT_KEYS,
    DEFAULT_DELIVERABLES,
    DEFAULT_UNIT_KINDS,
    OTHER,
    CategoryRule,
    ClassifyEntry,
    ContactField,
    ContactSettings,
    Deliverable,
    Identifier,
    Names,
    StatsColumn,
    StatsTemplate,
    UnitKind,
    _Frozen,
    merge_classify,
)

__all__ = [
    "CONTACT_KEYS",
    "OTHER",
    "Campaign",
    "CategoryRule",
    "ClassifyEntry",
    "ContactField",
    "ContactSettings",
    "Deliverable",
    "Email",
    "Names",
    "Offset",
    "Requirement",
    "StatsColumn",
    "StatsTemplate",
    "Unit",
    "UnitKind",
    "parse_offset",
]

_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
_OFFSET = re.compile(r"^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")


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


class Unit(_Frozen):
    """A unit that must submit (a county bureau, a school …); `kind` is a unit kind id."""

    id: Identifier
    name: str = Field(min_length=2)
    kind: Identifier
    aliases: tuple[str, ...] = ()
    emails: tuple[Email, ...] = ()


class Requirement(_Frozen):
    """Something every unit of the given kinds owes by `due`: `min_count` of a deliverable
    (an id of the campaign's deliverables); `kinds` empty means every unit kind.

    `opens` starts the window in which items count (the activity week for articles);
    `remind_before` lists reminder points: offsets before `due` ('3d', '1d'), a clock
    time on the due day ('09:00') or N calendar days before it ('3d@09:00');
    `overdue_after` sends one notice that long after `due`.
    """

    id: Identifier
    title: str
    deliverable: Identifier
    due: AwareDatetime
    opens: AwareDatetime | None = None
    min_count: int = Field(default=1, ge=1)
    kinds: tuple[Identifier, ...] = ()
    remind_before: tuple[ReminderPoint, ...] = ("3d", "1d", "09:00")
    overdue_after: Offset | None = None

    @model_validator(mode="after")
    def _window(self) -> Requirement:
        if self.opens is not None and self.opens >= self.due:
            raise ValueError("opens must be before due")
        return self


def _expand(data: dict[str, Any]) -> dict[str, Any]:
    """The config's shapes to the campaign's: built-in deliverable ids filled from their
    built-in values, one `[statistics]` table or a list of `[[statistics]]`, requirements
    without `kinds` given every unit kind, `[classify]` merged with the keywords."""
    data = dict(data)
    raw = data.get("deliverables")
    if raw is None:
        deliverables = list(DEFAULT_DELIVERABLES)
    else:
        deliverables = [
            {**BUILTIN.get(d.get("id"), {}), **d} if isinstance(d, dict) else d for d in raw
        ]
    data["deliverables"] = deliverables
    stats = data.pop("statistics", None)
    if stats is not None and "stats_templates" not in data:
        data["stats_templates"] = [stats] if isinstance(stats, (dict, StatsTemplate)) else stats
    kinds = data.get("unit_kinds")
    kind_ids = tuple(
        (k.get("id") if isinstance(k, dict) else k.id)
        for k in (DEFAULT_UNIT_KINDS if kinds is None else kinds)
    )
    reqs = data.get("requirements")
    if isinstance(reqs, (list, tuple)):
        data["requirements"] = [
            {**r, "kinds": kind_ids} if isinstance(r, dict) and not r.get("kinds") else r
            for r in reqs
        ]
    data["classify_additions"] = data.pop("classify", None) or {}
    return data


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
    deliverables: tuple[Deliverable, ...] = DEFAULT_DELIVERABLES
    unit_kinds: tuple[UnitKind, ...] = DEFAULT_UNIT_KINDS
    names: Names = Names()
    contact: ContactSettings = ContactSettings()
    stats_templates: tuple[StatsTemplate, ...] = ()
    classify_additions: dict[str, ClassifyEntry] = Field(default_factory=dict)
    _derived: dict[str, Any] = PrivateAttr(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _shapes(cls, data: Any) -> Any:
        return _expand(data) if isinstance(data, dict) else data

    @model_validator(mode="after")
    def _unique(self) -> Campaign:
        for what, ids in (
            ("units", [u.id for u in self.units]),
            ("requirements", [r.id for r in self.requirements]),
            ("deliverables", [d.id for d in self.deliverables]),
            ("unit_kinds", [k.id for k in self.unit_kinds]),
            ("statistics", [t.id for t in self.stats_templates]),
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
        check_references(self)
        return self

    # --- what the campaign asks for -------------------------------------------------------

    def _cached(self, key: str, make: Any) -> Any:
        if key not in self._derived:
            self._derived[key] = make()
        return self._derived[key]

    def deliverable(self, deliverable_id: str) -> Deliverable | None:
        """The deliverable of that id, or None."""
        index = self._cached("deliverables", lambda: {d.id: d for d in self.deliverables})
        return index.get(str(deliverable_id))

    @property
    def categories(self) -> tuple[str, ...]:
        """What an attachment can be: file and contact deliverables in config order, then
        `other` (a tie between categories goes to the one listed first)."""
        return self._cached(
            "categories",
            lambda: (*(d.id for d in self.deliverables if d.kind != "url"), OTHER),
        )

    @property
    def file_deliverables(self) -> tuple[str, ...]:
        """Ids of the deliverables that are files (a file of that category is an item)."""
        return self._cached(
            "files", lambda: tuple(d.id for d in self.deliverables if d.kind == "file")
        )

    def _first(self, test: Any) -> str | None:
        return next((d.id for d in self.deliverables if test(d)), None)

    @property
    def contact_id(self) -> str | None:
        """The contact deliverable's id (contact data found in mail is recorded under it)."""
        return self._cached("contact", lambda: self._first(lambda d: d.kind == "contact"))

    @property
    def url_id(self) -> str | None:
        """The URL deliverable's id (a column URL found in mail is recorded under it)."""
        return self._cached("url", lambda: self._first(lambda d: d.kind == "url"))

    @property
    def news_id(self) -> str | None:
        """The first news deliverable (articles pasted in a body or sent as links count
        for it); None when the campaign asks for no articles."""
        return self._cached("news", lambda: self._first(lambda d: d.kind == "file" and d.news))

    def is_news(self, category: str) -> bool:
        spec = self.deliverable(category)
        return spec is not None and spec.news

    @property
    def classify(self) -> dict[str, CategoryRule]:
        """Every category's keywords and weights (built-in ones plus the config's)."""
        return self._cached(
            "classify",
            lambda: merge_classify(
                self.categories, {d.id: d for d in self.deliverables}, self.classify_additions
            ),
        )

    @property
    def statistics(self) -> StatsTemplate | None:
        """The first statistics template (the only one of a `[statistics]` table)."""
        return self.stats_templates[0] if self.stats_templates else None

    def template_deliverable(self, template_id: str) -> str | None:
        """The file deliverable whose tables are read against that template: the one naming
        it, else the one of the template's own id, else `statistics`."""
        named = self._first(lambda d: d.kind == "file" and d.statistics == template_id)
        if named is not None:
            return named
        for guess in (template_id, "statistics"):
            spec = self.deliverable(guess)
            if spec is not None and spec.kind == "file" and spec.statistics is None:
                return guess
        return None

    def label(self, category: str) -> str:
        """What staff and units read for a category or deliverable: "方案", "其他"."""
        if category == OTHER:
            return "其他"
        spec = self.deliverable(category)
        return spec.title if spec is not None else str(category)

    def measure(self, deliverable_id: str) -> str:
        spec = self.deliverable(deliverable_id)
        return spec.measure if spec is not None else "份"

    # --- units ---------------------------------------------------------------------------

    def unit_kind(self, kind_id: str) -> UnitKind | None:
        return next((k for k in self.unit_kinds if k.id == kind_id), None)

    @property
    def bureau_kinds(self) -> frozenset[str]:
        """Unit kinds that are administrative bureaus whose schools belong to them."""
        return self._cached("bureaus", lambda: frozenset(k.id for k in self.unit_kinds if k.bureau))

    def is_bureau(self, kind_id: str) -> bool:
        return kind_id in self.bureau_kinds

    # --- contact data --------------------------------------------------------------------

    def contact_complete(self, contact: Any) -> bool:
        """Every field the campaign asks for (`[contact] fields`) is present and valid."""
        return all(getattr(contact, spec.key).valid for spec in self.contact.fields)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def start_at(self) -> datetime:
        """The campaign start as an aware datetime (midnight, campaign timezone)."""
        return datetime.combine(self.start, time(0, 0), tzinfo=self.tz)

    def unit(self, unit_id: str) -> Unit | None:
        return next((u for u in self.units if u.id == unit_id), None)

    def requirements_for(self, unit: Unit) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if not r.kinds or unit.kind in r.kinds)


def _ids(values: Any) -> str:
    return ", ".join(v for v in values)


def check_references(c: Campaign) -> None:
    """Every id the campaign's parts name exists, and the deliverables make sense."""
    templates = [t.id for t in c.stats_templates]
    for kind in ("contact", "url"):
        found = [i for i, d in enumerate(c.deliverables) if d.kind == kind]
        if len(found) > 1:
            raise ValueError(
                f"deliverables[{found[1]}].kind: only one deliverable of kind {kind!r} "
                f"(deliverables[{found[0]}] is one)"
            )
    for i, d in enumerate(c.deliverables):
        if d.id == OTHER:
            raise ValueError(f"deliverables[{i}].id: 'other' is built in (what counts for nothing)")
        if d.kind != "file" and (d.file_kinds or d.news or d.statistics):
            raise ValueError(
                f"deliverables[{i}]: file_kinds, news and statistics are for kind 'file' only"
            )
        if d.statistics is not None and d.statistics not in templates:
            raise ValueError(
                f"deliverables[{i}].statistics: no statistics template {d.statistics!r} "
                f"({_ids(templates) or 'none is configured'})"
            )
    kinds = [k.id for k in c.unit_kinds]
    for i, unit in enumerate(c.units):
        if unit.kind not in kinds:
            raise ValueError(f"units[{i}].kind: {unit.kind!r} is not a unit kind ({_ids(kinds)})")
    delivered = [d.id for d in c.deliverables]
    for i, req in enumerate(c.requirements):
        if req.deliverable not in delivered:
            raise ValueError(
                f"requirements[{i}].deliverable: {req.deliverable!r} is not a deliverable "
                f"({_ids(delivered)})"
            )
        for j, kind in enumerate(req.kinds):
            if kind not in kinds:
                raise ValueError(
                    f"requirements[{i}].kinds[{j}]: {kind!r} is not a unit kind ({_ids(kinds)})"
                )
    for key in c.classify_additions:
        if key not in c.categories:
            raise ValueError(
                f"classify.{key}: not a category of this campaign ({_ids(c.categories)})"
            )
