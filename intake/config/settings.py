"""`Settings`: everything the program needs, validated, with relative paths resolved."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from intake.config.sections import (
    ArchiveSettings,
    BulletinSettings,
    LinksSettings,
    MailboxSettings,
    OutboxSettings,
    ScheduleSettings,
    StoreSettings,
    WebSettings,
)
from intake.errors import ConfigError
from rules.campaign import Campaign


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
