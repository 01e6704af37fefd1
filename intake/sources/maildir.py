"""A local Maildir as a mailbox source (the embedded default: `maildir:data/mail`)."""

from __future__ import annotations

import logging
import mailbox
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from intake.errors import SourceError
from intake.sources.base import RawMessage

log = logging.getLogger(__name__)


class MaildirSource:
    """Reads new/ and cur/ without marking anything; UID = the Maildir key."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = f"maildir:{path.resolve()}"
        self._box: mailbox.Maildir | None = None
        self.label = self.name  # open_source sets the configured name
        self.mailbox: Any = None  # its MailboxSettings, set by open_source

    def open(self) -> int:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)  # Maildir() makes one level
            self._box = mailbox.Maildir(self.path, factory=None, create=True)
        except OSError as exc:
            raise SourceError(f"mailbox.url: cannot open Maildir {self.path}: {exc}") from None
        return 0

    @property
    def box(self) -> mailbox.Maildir:
        if self._box is None:
            self.open()
        assert self._box is not None
        return self._box

    def new_uids(self, after: int, recorded: Callable[[], set[str]]) -> list[str]:
        self.box._refresh()  # pick up mail delivered since the last look
        seen = recorded()
        keys = [k for k in self.box.iterkeys() if k not in seen]  # iter(box) yields messages
        return sorted(keys, key=self._delivered)

    def _delivered(self, key: str) -> tuple[float, str]:
        """Delivery order: the file's mtime (the delivery date), then the key."""
        try:
            path = Path(self.box._path) / self.box._lookup(key)  # type: ignore[attr-defined]
            return (path.stat().st_mtime, key)
        except (KeyError, OSError):
            return (0.0, key)

    def fetch(self, uids: Sequence[str]) -> Iterator[RawMessage]:
        for key in uids:
            try:
                path = Path(self.box._path) / self.box._lookup(key)  # type: ignore[attr-defined]
                data = path.read_bytes()
                mtime = path.stat().st_mtime
            except (KeyError, OSError) as exc:
                log.warning("maildir message %s vanished before it was read: %s", key, exc)
                continue
            # mailbox.Maildir keeps a message's delivery date as the file's mtime
            # (MaildirMessage.set_date); delivery agents leave it at the delivery time
            yield RawMessage(uid=key, data=data, received_at=datetime.fromtimestamp(mtime, UTC))

    def move(self, uids: Sequence[str], folder: str) -> None:
        target = (
            self.box.add_folder(folder)
            if folder not in self.box.list_folders()
            else (self.box.get_folder(folder))
        )
        for key in uids:
            try:
                msg = self.box.get_message(key)
            except KeyError:
                continue
            target.add(msg)
            self.box.discard(key)

    def close(self) -> None:
        self._box = None
