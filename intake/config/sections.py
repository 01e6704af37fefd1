"""The program's own sections of `config.toml`: mailboxes, store, archive, outbox,
schedule, web, links and bulletin, as frozen pydantic models that reject unknown keys.

The campaign's sections (units, requirements, deliverables …) are `rules.campaign`'s.
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from intake.config.endpoints import Endpoint, mailbox_url, outbox_url
from intake.errors import ConfigError
from rules.campaign import Email, Offset, parse_offset


def _clock_time(value: str) -> str:
    if not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", value):
        raise ValueError(f"{value!r} is not a time like '17:30'")
    return value


class Frozen(BaseModel):
    """A section that cannot change once read and rejects keys it does not know."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class _Secret(Frozen):
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
    url: Annotated[str, AfterValidator(lambda v: (mailbox_url(v), v)[1])] = "maildir:data/mail"
    batch_size: int = Field(default=200, ge=1, le=200)
    max_per_run: int = Field(default=1000, ge=1)
    move_to: str | None = None
    max_message_mb: float = Field(default=60, gt=0)
    timeout: float = Field(default=30, gt=0)
    compress: bool = True  # use COMPRESS=DEFLATE (RFC 4978) when the IMAP server offers it

    @property
    def endpoint(self) -> Endpoint:
        return mailbox_url(self.url)


class StoreSettings(_Secret):
    """`url`: a SQLAlchemy URL; a PostgreSQL password comes from `password_env` or
    `password_file` (never from the URL in config.toml)."""

    _section = "store"
    url: str = "sqlite:///data/intake.db"


class ArchiveSettings(Frozen):
    path: Path = Path("data/archive")


class OutboxSettings(_Secret):
    _section = "outbox"
    url: Annotated[str, AfterValidator(lambda v: (outbox_url(v), v)[1])] = "file:data/outbox"
    from_: str = Field(default="notice-intake <intake@localhost>", alias="from")
    reply_to: str | None = None
    staff: tuple[Email, ...] = ()
    ack_interval: Offset = "10m"
    templates: Path | None = None
    timeout: float = Field(default=30, gt=0)

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @property
    def endpoint(self) -> Endpoint:
        return outbox_url(self.url)

    @property
    def ack_delay(self) -> timedelta:
        return parse_offset(self.ack_interval)


class ScheduleSettings(Frozen):
    poll_every: Offset = "5m"
    digest_at: Annotated[str, AfterValidator(_clock_time)] = "17:30"
    idle: bool = True
    misfire_grace: Offset = "1h"


class WebSettings(Frozen):
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


class LinksSettings(Frozen):
    """How `intake links --check` may reach the units' column sites (intake/linkcheck.py)."""

    allow_private: bool = False  # private/loopback addresses: only for an intranet deployment
    timeout: float = Field(default=10, gt=0, le=120)
    max_redirects: int = Field(default=5, ge=0, le=20)
    max_bytes: int = Field(default=1_000_000, ge=1024, le=50_000_000)


class BulletinSettings(Frozen):
    """Texts of the progress bulletin (通报); empty ones take defaults from [campaign]."""

    title: str = ""  # default "关于<campaign name>工作进展情况的通报"
    number: str = ""  # the 文号 line, e.g. "泰教职成通〔2020〕1号"
    notice_title: str = ""  # the notice's own title, quoted in the opening sentence
    recipients: str = ""  # default: the notice's addressees, from the campaign's unit kinds
    issuer: str = ""  # the signature; default campaign.issuer
