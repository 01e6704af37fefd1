"""Reading `config.toml`: the file's shape key by key, and one `ConfigError` naming every
failing key ("config.toml: units[2].emails[0]: … is not an email address").
"""

from __future__ import annotations

import os
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, ValidationError, field_validator, model_validator

from intake.config.sections import (
    ArchiveSettings,
    BulletinSettings,
    Frozen,
    LinksSettings,
    MailboxSettings,
    OutboxSettings,
    ScheduleSettings,
    StoreSettings,
    WebSettings,
)
from intake.config.settings import Settings
from intake.errors import ConfigError
from rules.campaign import (
    Campaign,
    ClassifyEntry,
    ContactSettings,
    Deliverable,
    Names,
    Requirement,
    StatsTemplate,
    Unit,
    UnitKind,
)
from rules.deliverables import BUILTIN

DEFAULT_PATH = Path("config.toml")
ENV_CONFIG = "INTAKE_CONFIG"


class CampaignHeader(Frozen):
    name: str
    notice: str = ""
    issuer: str = ""
    timezone: str = "Asia/Shanghai"
    start: Any
    mailboxes: tuple[Any, ...] = ()
    keywords: tuple[str, ...] = ()


def _check_mailboxes(boxes: tuple[MailboxSettings, ...]) -> tuple[MailboxSettings, ...]:
    """Distinct names and URLs: two entries reading one mailbox would race for its mail."""
    names: dict[str, int] = {}
    urls: dict[str, int] = {}
    for i, box in enumerate(boxes):
        ep = box.endpoint
        where = str(ep) if not ep.local else f"{ep.scheme}:{Path(ep.path)}"
        if where in urls:
            raise ValueError(f"mailboxes[{i}].url: the same mailbox as mailboxes[{urls[where]}]")
        urls[where] = i
        if box.name:
            if box.name in names:
                raise ValueError(
                    f"mailboxes[{i}].name: {box.name!r} is already the name of mailboxes"
                    f"[{names[box.name]}]"
                )
            names[box.name] = i
    return boxes


class ConfigFile(Frozen):
    """The file's shape, key by key; unknown keys are errors."""

    campaign: CampaignHeader
    units: tuple[Unit, ...]
    requirements: tuple[Requirement, ...]
    deliverables: tuple[Deliverable, ...] | None = None
    unit_kinds: tuple[UnitKind, ...] | None = None
    names: Names = Names()
    contact: ContactSettings = ContactSettings()
    # one [statistics] table (today's form) or several [[statistics]] templates
    statistics: tuple[StatsTemplate, ...] = ()
    classify: dict[str, ClassifyEntry] | None = None
    mailbox: MailboxSettings | None = None
    mailboxes: Annotated[tuple[MailboxSettings, ...], AfterValidator(_check_mailboxes)] = ()
    store: StoreSettings = StoreSettings()
    archive: ArchiveSettings = ArchiveSettings()
    outbox: OutboxSettings = OutboxSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    web: WebSettings = WebSettings()
    links: LinksSettings = LinksSettings()
    bulletin: BulletinSettings = BulletinSettings()

    @field_validator("statistics", mode="before")
    @classmethod
    def _one_or_several(cls, value: Any) -> Any:
        return [value] if isinstance(value, dict) else value

    @field_validator("deliverables", mode="before")
    @classmethod
    def _builtin_titles(cls, value: Any) -> Any:
        """A built-in id (plan, article …) needs no title: it has its own."""
        if not isinstance(value, list):
            return value
        return [{**BUILTIN.get(d.get("id"), {}), **d} if isinstance(d, dict) else d for d in value]

    @model_validator(mode="after")
    def _one_form(self) -> ConfigFile:
        if self.mailbox is not None and self.mailboxes:
            raise ValueError(
                "mailbox: use either [mailbox] (one mailbox) or [[mailboxes]] (several), not both"
            )
        return self

    def all_mailboxes(self) -> tuple[MailboxSettings, ...]:
        """Every mailbox to read, in config order (the default Maildir when none is set)."""
        if self.mailboxes:
            return self.mailboxes
        return (self.mailbox or MailboxSettings(),)


def _format_loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def _messages(exc: ValidationError, prefix: tuple[str | int, ...] = ()) -> list[str]:
    lines = []
    for err in exc.errors():
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        # pydantic puts tagged-union/validator names in loc; keep only real keys
        loc = tuple(p for p in loc if p not in ("function-after[<lambda>(), str]",))
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        elif err["type"] == "missing":
            msg = "required key is missing"
        elif err["type"] == "timezone_aware":
            msg = "needs a timezone offset, e.g. 2020-11-05T18:00:00+08:00"
        msg = msg.removeprefix("Value error, ")
        if not loc and re.match(r"^[\w\[\].]+: ", msg):
            lines.append(msg)  # the validator named the key itself
        else:
            lines.append(f"{_format_loc(prefix + loc)}: {msg}")
    return lines


def parse_config(text: str, *, base: Path, source: str) -> Settings:
    """Validate config text. Raises ConfigError whose message has one line per problem."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from None
    try:
        shape = ConfigFile.model_validate(doc)
    except ValidationError as exc:
        lines = _messages(exc)
        if isinstance(doc.get("statistics"), dict):  # one [statistics] table: no index
            lines = [m.replace("statistics[0].", "statistics.", 1) for m in lines]
        raise ConfigError("\n".join(f"{source}: {m}" for m in lines)) from None
    header = doc["campaign"]
    boxes = shape.all_mailboxes()
    fields: dict[str, Any] = {**header, "units": doc["units"], "requirements": doc["requirements"]}
    # the addresses of [[mailboxes]] are the campaign's own: never a unit's sender
    listed = list(header.get("mailboxes", ()))
    for box in boxes:
        if box.address and box.address not in {str(a).lower() for a in listed}:
            listed.append(box.address)
    if listed:
        fields["mailboxes"] = listed
    for key in ("deliverables", "unit_kinds", "names", "contact", "statistics", "classify"):
        if key in doc:
            fields[key] = doc[key]
    try:
        campaign = Campaign.model_validate(fields)
    except ValidationError as exc:
        lines = []
        for m in _messages(exc):
            key = m.split(":", 1)[0]
            top = key.split(".")[0].split("[")[0]
            in_header = top in CampaignHeader.model_fields
            lines.append(f"{source}: {'campaign.' if in_header else ''}{m}")
        raise ConfigError("\n".join(lines)) from None
    return Settings(
        campaign=campaign,
        mailbox=boxes[0],
        mailboxes=shape.mailboxes,
        store=shape.store,
        archive=shape.archive,
        outbox=shape.outbox,
        schedule=shape.schedule,
        base=base,
        source=source,
        web=shape.web,
        links=shape.links,
        bulletin=shape.bulletin,
    )


def embedded_default_text() -> str:
    return resources.files("intake").joinpath("defaults/config.toml").read_text(encoding="utf-8")


def load_config(path: Path | None = None) -> Settings:
    """Load settings from `path`, $INTAKE_CONFIG, ./config.toml, or the embedded default."""
    explicit = path is not None or bool(os.environ.get(ENV_CONFIG))
    chosen = path or Path(os.environ.get(ENV_CONFIG) or DEFAULT_PATH)
    if not chosen.exists():
        if explicit:
            raise ConfigError(f"{chosen}: no such config file")
        return parse_config(embedded_default_text(), base=Path.cwd(), source="embedded default")
    try:
        text = chosen.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{chosen}: cannot read: {exc}") from None
    return parse_config(text, base=chosen.resolve().parent, source=str(chosen))
