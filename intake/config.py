"""Read `config.toml` once into frozen, validated settings.

    settings = load_config(Path("config.toml"))   # raises ConfigError naming the key
    settings.campaign.units[0].id                 # "taishan"
    settings.mailbox.url.scheme                   # "maildir"

Relative paths in the file are relative to the folder holding it. With no file at the
default location, the embedded default campaign (`intake/defaults/config.toml`) is used and
relative paths are taken from the current folder.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import unquote, urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from intake.errors import ConfigError
from rules.campaign import (
    Campaign,
    ClassifyEntry,
    ContactSettings,
    Deliverable,
    Email,
    Names,
    Offset,
    Requirement,
    StatsTemplate,
    Unit,
    UnitKind,
    parse_offset,
)
from rules.deliverables import BUILTIN

DEFAULT_PATH = Path("config.toml")
ENV_CONFIG = "INTAKE_CONFIG"

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A parsed mailbox or outbox URL.

    scheme: "maildir" | "file" | "imap" | "imaps" | "imap+starttls" | "smtp" | "smtps"
    | "smtp+starttls"; `path` is the folder (IMAP) or the local path (maildir/file).
    """

    scheme: str
    host: str = ""
    port: int = 0
    user: str = ""
    path: str = ""

    @property
    def local(self) -> bool:
        return self.scheme in ("maildir", "file")

    def __str__(self) -> str:  # never shows a password: URLs here carry none
        if self.local:
            return f"{self.scheme}:{self.path}"
        user = f"{self.user}@" if self.user else ""
        return f"{self.scheme}://{user}{self.host}:{self.port}/{self.path}".rstrip("/")


_DEFAULT_PORTS = {
    "imap": 143,
    "imap+starttls": 143,
    "imaps": 993,
    "smtp": 25,
    "smtp+starttls": 587,
    "smtps": 465,
}


def parse_endpoint(value: str, *, kinds: tuple[str, ...]) -> Endpoint:
    """Parse 'maildir:data/mail', 'imaps://user@host/INBOX', 'smtp+starttls://u@h:587' ..."""
    if ":" not in value:
        raise ValueError(f"{value!r} is not a URL like {kinds[0]}:...")
    scheme, rest = value.split(":", 1)
    scheme = scheme.lower()
    if scheme not in kinds:
        raise ValueError(f"scheme {scheme!r} is not one of {', '.join(kinds)}")
    if scheme in ("maildir", "file"):
        path = rest[2:] if rest.startswith("//") else rest
        if not path:
            raise ValueError("a path is needed after the scheme")
        return Endpoint(scheme=scheme, path=path)
    parts = urlsplit(value)
    if parts.password:
        raise ValueError("put no password in the URL; use password_env or password_file")
    if not parts.hostname:
        raise ValueError(f"{value!r} names no host")
    try:
        port = parts.port or _DEFAULT_PORTS[scheme]
    except ValueError as exc:
        raise ValueError(f"bad port in {value!r}") from exc
    if scheme in ("imap", "smtp") and parts.hostname not in _LOOPBACK:
        raise ValueError(
            f"plain {scheme} without TLS is allowed only on loopback; "
            f"use {scheme}s:// or {scheme}+starttls://"
        )
    return Endpoint(
        scheme=scheme,
        host=parts.hostname,
        port=port,
        user=unquote(parts.username or ""),
        path=unquote(parts.path.lstrip("/")) or ("INBOX" if scheme.startswith("imap") else ""),
    )


def _mailbox_url(value: str) -> Endpoint:
    return parse_endpoint(value, kinds=("maildir", "imap", "imaps", "imap+starttls"))


def _outbox_url(value: str) -> Endpoint:
    return parse_endpoint(value, kinds=("file", "smtp", "smtps", "smtp+starttls"))


def _clock_time(value: str) -> str:
    if not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", value):
        raise ValueError(f"{value!r} is not a time like '17:30'")
    return value


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Secret(_Frozen):
    password_env: str | None = None
    password_file: Path | None = None

    def password(self, base: Path, section: str = "") -> str | None:
        """The password from the named environment variable or file; None if neither is set.

        `section` names the config section in errors ("mailboxes[1]"); default its own."""
        section = section or self._section
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                raise ConfigError(
                    f"{section}.password_env: environment variable {self.password_env} is not set"
                )
            return value
        if self.password_file:
            path = (
                self.password_file
                if self.password_file.is_absolute()
                else base / self.password_file
            )
            try:
                return path.read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ConfigError(
                    f"{section}.password_file: cannot read {path}: {exc.strerror}"
                ) from None
        return None

    _section = "?"


class MailboxSettings(_Secret):
    """One mailbox the daemon reads (`[mailbox]`, or one entry of `[[mailboxes]]`).

    `name` is what staff read in logs and `intake doctor` ("市人社局"); `address` is the
    address units write to (added to campaign.mailboxes, so it is never taken for a unit).
    The store keys messages by the source's own identity (its URL), not by `name`: renaming
    a mailbox takes nothing in twice.
    """

    _section = "mailbox"
    name: str = ""
    address: Email | None = None
    url: Annotated[str, AfterValidator(lambda v: (_mailbox_url(v), v)[1])] = "maildir:data/mail"
    batch_size: int = Field(default=200, ge=1, le=200)
    max_per_run: int = Field(default=1000, ge=1)
    move_to: str | None = None
    max_message_mb: float = Field(default=60, gt=0)
    timeout: float = Field(default=30, gt=0)
    compress: bool = True  # use COMPRESS=DEFLATE (RFC 4978) when the IMAP server offers it

    @property
    def endpoint(self) -> Endpoint:
        return _mailbox_url(self.url)


class StoreSettings(_Secret):
    """`url`: a SQLAlchemy URL; a PostgreSQL password comes from `password_env` or
    `password_file` (never from the URL in config.toml)."""

    _section = "store"
    url: str = "sqlite:///data/intake.db"


class ArchiveSettings(_Frozen):
    path: Path = Path("data/archive")


class OutboxSettings(_Secret):
    _section = "outbox"
    url: Annotated[str, AfterValidator(lambda v: (_outbox_url(v), v)[1])] = "file:data/outbox"
    from_: str = Field(default="notice-intake <intake@localhost>", alias="from")
    reply_to: str | None = None
    staff: tuple[Email, ...] = ()
    ack_interval: Offset = "10m"
    templates: Path | None = None
    timeout: float = Field(default=30, gt=0)

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @property
    def endpoint(self) -> Endpoint:
        return _outbox_url(self.url)

    @property
    def ack_delay(self) -> timedelta:
        return parse_offset(self.ack_interval)


class ScheduleSettings(_Frozen):
    poll_every: Offset = "5m"
    digest_at: Annotated[str, AfterValidator(_clock_time)] = "17:30"
    idle: bool = True
    misfire_grace: Offset = "1h"


class WebSettings(_Frozen):
    """The staff console (`intake web`; served by `intake run` too when `enabled`).

    `secure_cookies` marks the session cookie Secure: set it when the console is reached
    through TLS (nginx in front); `refresh_seconds` is how often an open page looks for
    new mail and corrections.
    """

    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    secure_cookies: bool = False
    session_hours: float = Field(default=12, gt=0, le=24 * 30)
    refresh_seconds: float = Field(default=10, ge=1, le=3600)


class LinksSettings(_Frozen):
    """How `intake links --check` may reach the units' column sites (intake/linkcheck.py)."""

    allow_private: bool = False  # private/loopback addresses: only for an intranet deployment
    timeout: float = Field(default=10, gt=0, le=120)
    max_redirects: int = Field(default=5, ge=0, le=20)
    max_bytes: int = Field(default=1_000_000, ge=1024, le=50_000_000)


class BulletinSettings(_Frozen):
    """Texts of the progress bulletin (通报); empty ones take defaults from [campaign]."""

    title: str = ""  # default "关于<campaign name>工作进展情况的通报"
    number: str = ""  # the 文号 line, e.g. "泰教职成通〔2020〕1号"
    notice_title: str = ""  # the notice's own title, quoted in the opening sentence
    recipients: str = ""  # default: the notice's addressees, from the campaign's unit kinds
    issuer: str = ""  # the signature; default campaign.issuer


class CampaignHeader(_Frozen):
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


class ConfigFile(_Frozen):
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


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the program needs, validated. `base` resolves relative paths."""

    campaign: Campaign
    mailbox: MailboxSettings
    store: StoreSettings
    archive: ArchiveSettings
    outbox: OutboxSettings
    schedule: ScheduleSettings
    base: Path
    source: str  # the file it came from, or "embedded default"
    web: WebSettings = field(default_factory=WebSettings)
    # every mailbox read, in config order; `mailbox` is the first (the only one with [mailbox])
    mailboxes: tuple[MailboxSettings, ...] = ()
    links: LinksSettings = field(default_factory=LinksSettings)
    bulletin: BulletinSettings = field(default_factory=BulletinSettings)

    def path(self, value: Path | str) -> Path:
        p = Path(value)
        return p if p.is_absolute() else self.base / p

    @property
    def all_mailboxes(self) -> tuple[MailboxSettings, ...]:
        """Every mailbox the daemon reads, in config order."""
        return self.mailboxes or (self.mailbox,)

    def mailbox_section(self, box: MailboxSettings) -> str:
        """The config section naming `box` in messages: "mailbox" or "mailboxes[1]"."""
        if not self.mailboxes:
            return "mailbox"
        index = next((i for i, b in enumerate(self.mailboxes) if b is box), None)
        if index is None:
            index = next((i for i, b in enumerate(self.mailboxes) if b == box), 0)
        return f"mailboxes[{index}]"

    def mailbox_name(self, box: MailboxSettings) -> str:
        """What staff read for `box`: its `name`, else its address, else its URL."""
        if box.name:
            return box.name
        if box.address:
            return box.address
        ep = box.endpoint
        return str(self.path(ep.path)) if ep.local else str(ep)

    @property
    def archive_dir(self) -> Path:
        return self.path(self.archive.path)

    @property
    def data_dir(self) -> Path:
        return self.archive_dir.parent

    @property
    def store_url(self) -> str:
        """The database URL with a relative SQLite path made absolute against `base`."""
        url = self.store.url
        prefix = "sqlite:///"
        if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
            return prefix + str(self.path(url[len(prefix) :]))
        password = self.store.password(self.base)
        if password is not None:  # from the environment or a file: into the URL here only
            from sqlalchemy.engine import make_url
            from sqlalchemy.exc import ArgumentError

            try:
                parsed = make_url(url)
            except ArgumentError as exc:
                raise ConfigError(f"store.url: {exc}") from None
            return parsed.set(password=password).render_as_string(hide_password=False)
        return url


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
