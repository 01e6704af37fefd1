"""Mailbox sources behind one interface; `open_source` picks one from a mailbox's URL.

sources = open_sources(settings)     # one per [[mailboxes]] entry (or the one [mailbox])
sources[1].label                     # "市人社局" (its `name`), for logs and doctor
sources[1].mailbox                   # its MailboxSettings (batch size, move_to ...)
"""

from __future__ import annotations

from intake.config import MailboxSettings, Settings
from intake.sources.base import MailSource, RawMessage, mailbox_of
from intake.sources.imap import ImapSource
from intake.sources.maildir import MaildirSource

__all__ = [
    "ImapSource",
    "MailSource",
    "MaildirSource",
    "RawMessage",
    "mailbox_of",
    "open_source",
    "open_sources",
]


def open_source(settings: Settings, mailbox: MailboxSettings | None = None) -> MailSource:
    """One configured mailbox (the first when `mailbox` is None), not yet connected."""
    box = mailbox if mailbox is not None else settings.mailbox
    ep = box.endpoint
    source: MailSource
    if ep.scheme == "maildir":
        source = MaildirSource(settings.path(ep.path))
    else:
        source = ImapSource(
            scheme=ep.scheme,
            host=ep.host,
            port=ep.port,
            user=ep.user,
            password=box.password(settings.base, settings.mailbox_section(box)),
            folder=ep.path,
            batch_size=box.batch_size,
            timeout=box.timeout,
            readonly=box.move_to is None,
            compress=box.compress,
        )
    source.label = settings.mailbox_name(box)
    source.mailbox = box
    return source


def open_sources(settings: Settings) -> list[MailSource]:
    """Every configured mailbox, in config order, none connected yet."""
    return [open_source(settings, box) for box in settings.all_mailboxes]
