"""What every job needs: settings, the store, the archive and the ledger, opened once per
command."""

from __future__ import annotations

from dataclasses import dataclass, field

from intake.archive import RAW, Archive
from intake.config import Settings
from intake.errors import StoreLost
from intake.failpoints import failpoint
from intake.ledger import Ledger
from intake.statistics import other_templates, stats_fields
from intake.store import Store
from parsers.facts import read_facts
from parsers.model import Mail, MailFacts, StatsField


@dataclass
class Context:
    """Settings, the store and the archive of one deployment."""

    settings: Settings
    store: Store
    archive: Archive
    ledger: Ledger = field(default=None)  # type: ignore[assignment]  # set in __post_init__

    def __post_init__(self) -> None:
        if self.ledger is None:
            self.ledger = Ledger(self.settings.data_dir / "ledger")

    @classmethod
    def open(cls, settings: Settings, *, rebuilding: bool = False) -> Context:
        """Open the store (creating it when new) and finish any file move a killed
        correction left. Refuses a database that lost the history the data folder still
        holds (StoreLost), unless `rebuilding`."""
        failpoint("context:open")
        ctx = cls(
            settings=settings,
            store=Store.open(settings.store_url),
            archive=Archive(settings.archive_dir),
        )
        if not rebuilding:
            ctx.refuse_lost_history()
            from intake.corrections.files import finish_moves

            finish_moves(ctx)
        return ctx

    def history(self) -> tuple[int, int]:
        """(ledger events, raw messages in the archive) this data folder holds."""
        raw = self.settings.archive_dir / RAW
        kept = sum(1 for _ in raw.glob("*.eml")) if raw.is_dir() else 0
        return self.ledger.history(), kept

    def refuse_lost_history(self) -> None:
        """Raise StoreLost when the database is empty but the data folder is not."""
        if not self.store.is_empty():
            return
        events, kept = self.history()
        if events or kept:
            raise StoreLost(
                f"the database {self.store.url.removeprefix('sqlite:///')} is missing or "
                f"empty, but {self.settings.data_dir} holds {events} ledger event(s) and "
                f"{kept} archived message(s); starting would take the mailbox in again and "
                "mail every unit twice: run `intake rebuild` (re-derives it, sends nothing) "
                "or restore a backup"
            )

    def set_meta(self, key: str, value: str) -> None:
        """A job cursor, in the store and in the ledger (a rebuild restores it)."""
        self.store.set_meta(key, value)
        self.ledger.meta(key, value)

    @property
    def stats_fields(self) -> tuple[StatsField, ...]:
        """The first statistics template's columns, as the statistics reader wants them."""
        template = self.settings.campaign.statistics
        return stats_fields(template) if template is not None else ()

    def read_facts(self, mail: Mail) -> MailFacts:
        """Everything read from `mail`, its tables read against every statistics template."""
        template = self.settings.campaign.statistics
        facts = read_facts(
            mail, self.stats_fields, stats_min_matched=template.min_matched if template else 3
        )
        return other_templates(facts, self.settings.campaign)
