"""One root error, children grouped by who must react.

- ConfigError: the config is wrong; start-up stops (exit status 2).
- SourceError: the mailbox cannot be read now; the next poll retries.
- StoreError: the database cannot be used now; the job retries. StoreCorrupt (damaged
  file) and StoreLost (history gone) say what to do instead.
- DeliveryError: an email could not be sent now; the outbox retries it.
- UsageError: a staff command was given something that does not exist (exit status 1).
"""

from __future__ import annotations


class IntakeError(Exception):
    """Root of every error this program reports to a person."""

    exit_status = 1


class ConfigError(IntakeError):
    exit_status = 2


class SourceError(IntakeError):
    """The mailbox cannot be reached or read. `permanent` for a refused login."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class StoreError(IntakeError):
    pass


class StoreCorrupt(StoreError):
    """The database file is damaged or is not a database: restore a backup or rebuild."""


class StoreLost(StoreError):
    """The database lost its history while the data folder still holds it: starting
    would take the whole mailbox in again and mail every unit twice."""


class DeliveryError(IntakeError):
    """Sending failed. `permanent` for a 5xx answer: retrying will not help."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class UsageError(IntakeError):
    pass
