"""What every mailbox source gives the pipeline: UIDs and raw messages.

source = open_source(settings)          # IMAP or Maildir, chosen by the mailbox's url
uidvalidity = source.open()
for raw in source.fetch(source.new_uids(after=last_uid, recorded=lambda: set())):
    ...                                  # RawMessage(uid="42", data=b"...", received_at=...)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from intake.config import MailboxSettings


@dataclass(frozen=True, slots=True)
class RawMessage:
    """One message as the server holds it; `received_at` is the server's arrival time.

    `partial`: `data` holds only some header lines (a message the server's search found
    no campaign clue in); `size` is then the whole message's size and `names` the file
    names its parts carry (from BODYSTRUCTURE: a unit's name may be there only).
    """

    uid: str
    data: bytes
    received_at: datetime
    partial: bool = False
    size: int = 0
    names: tuple[str, ...] = ()  # with `partial`: the decoded file names of its parts


@dataclass(frozen=True, slots=True)
class Clues:
    """What makes a message worth downloading: any of `words` or `addresses` in its
    headers or text, and arrival on or after `since` (a date)."""

    words: tuple[str, ...]
    addresses: tuple[str, ...]
    since: date


class MailSource(Protocol):
    """A mailbox: IMAP folder or local Maildir. Methods raise SourceError on failure."""

    name: str  # stable identity of the mailbox, used in the store's key
    label: str  # what staff read (the mailbox's configured name)
    mailbox: MailboxSettings | None  # its settings, when opened from the config

    def open(self) -> int:
        """Connect/select; return UIDVALIDITY (0 for sources without one)."""
        ...

    def new_uids(self, after: int, recorded: Callable[[], set[str]]) -> list[str]:
        """UIDs not yet taken in, oldest first."""
        ...

    def fetch(self, uids: Sequence[str]) -> Iterator[RawMessage]:
        """The messages (missing ones are skipped), without changing their flags."""
        ...

    def move(self, uids: Sequence[str], folder: str) -> None:
        """Move taken-in messages to `folder` (only when the config asks for it)."""
        ...

    def close(self) -> None: ...


def mailbox_of(source: MailSource, default: MailboxSettings) -> MailboxSettings:
    """The settings of the mailbox `source` reads (`default` for a source made by hand)."""
    return getattr(source, "mailbox", None) or default
