"""What every job needs: settings, the store and the archive, opened once per command."""

from __future__ import annotations

from dataclasses import dataclass

from intake.archive import Archive
from intake.config import Settings
from intake.store import Store
from parsers.model import StatsField


@dataclass
class Context:
    """Settings, the store and the archive of one deployment."""

    settings: Settings
    store: Store
    archive: Archive

    @classmethod
    def open(cls, settings: Settings) -> Context:
        return cls(
            settings=settings,
            store=Store.open(settings.store_url),
            archive=Archive(settings.archive_dir),
        )

    @property
    def stats_fields(self) -> tuple[StatsField, ...]:
        """The statistics template's columns, as the statistics reader wants them."""
        template = self.settings.campaign.statistics
        if template is None:
            return ()
        return tuple(
            StatsField(key=c.key, header=c.header, aliases=c.aliases, numeric=c.numeric)
            for c in template.columns
        )
