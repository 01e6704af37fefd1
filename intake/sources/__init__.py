"""Mailbox sources behind one interface; `open_source` picks one from `mailbox.url`."""

from __future__ import annotations

from intake.config import Settings
from intake.sources.base import MailSource, RawMessage
from intake.sources.imap import ImapSource
from intake.sources.maildir import MaildirSource

__all__ = ["ImapSource", "MailSource", "MaildirSource", "RawMessage", "open_source"]


def open_source(settings: Settings) -> MailSource:
    """The configured mailbox (not yet connected)."""
    ep = settings.mailbox.endpoint
    if ep.scheme == "maildir":
        return MaildirSource(settings.path(ep.path))
    return ImapSource(
        scheme=ep.scheme,
        host=ep.host,
        port=ep.port,
        user=ep.user,
        password=settings.mailbox.password(settings.base),
        folder=ep.path,
        batch_size=settings.mailbox.batch_size,
        timeout=settings.mailbox.timeout,
        readonly=settings.mailbox.move_to is None,
        compress=settings.mailbox.compress,
    )
