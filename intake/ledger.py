"""A record, outside the database, of everything that must survive losing it.

    ledger = Ledger(data_dir / "ledger")
    ledger.message(mailbox=..., uidvalidity=..., uid=..., received_at=..., sha=..., state="done")
    ledger.email("sending", key="remind:...", ...)      # synced before the email leaves
    ledger.correction("assign", message=identity, unit="ningyang", who="tian", at=now)

`data/ledger/events.jsonl` holds one JSON object per line, appended with one `write` on
an O_APPEND descriptor, so the daemon and a staff command can append at once. Emails are
recorded when queued and, synced to disk, when handed to the server; their bytes are kept
in `data/ledger/sent/<sha256>.eml`. Messages are appended unsynced and synced once per
poll: a message whose line a crash lost is simply taken in again from the mailbox.

`intake rebuild` reads it back (`events`) to re-derive a lost or damaged database without
sending anything; a data folder with a ledger and no database refuses to start
(`history`) instead of taking the whole mailbox in again and mailing every school twice.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from intake.archive import atomic_write

log = logging.getLogger(__name__)

EVENTS = "events.jsonl"
SENT = "sent"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def identity(mailbox: str, uidvalidity: int, uid: str) -> list[Any]:
    """How the ledger names a message: its place in the mailbox, stable across rebuilds."""
    return [mailbox, int(uidvalidity), str(uid)]


class Ledger:
    """Append-only events of one data folder (see the module docstring)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / EVENTS
        self._fd: int | None = None

    def _open(self) -> int:
        if self._fd is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        return self._fd

    def append(self, event: str, *, sync: bool = False, **fields: Any) -> None:
        """One event line; with `sync`, on disk before this returns."""
        line = json.dumps({"event": event, **_plain(fields)}, ensure_ascii=False) + "\n"
        fd = self._open()
        os.write(fd, line.encode("utf-8"))
        if sync:
            os.fsync(fd)

    def sync(self) -> None:
        """Make every line appended so far durable."""
        if self._fd is not None:
            os.fsync(self._fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    # --- what is recorded -----------------------------------------------------------

    def message(self, **fields: Any) -> None:
        """A message reached a final state (done, duplicate, ignored, failed)."""
        self.append("message", **fields)

    def email(
        self, state: str, *, eml: bytes | None = None, sync: bool = False, **fields: Any
    ) -> None:
        """An email was queued (with its bytes), handed to the server, sent or failed."""
        if eml is not None:
            sha = hashlib.sha256(eml).hexdigest()
            target = self.folder / SENT / f"{sha}.eml"
            if not target.exists():
                atomic_write(target, eml)
            fields["eml"] = sha
        self.append("email", sync=sync, state=state, **fields)

    def correction(self, action: str, **fields: Any) -> None:
        """A staff correction that was committed (assign, reclassify, ignore, …)."""
        self.append("correction", sync=True, action=action, **fields)

    def meta(self, key: str, value: str) -> None:
        """A job cursor (last reminder check, last digest day)."""
        self.append("meta", key=key, value=value)

    # --- reading it back ------------------------------------------------------------

    def history(self) -> int:
        """How many events the ledger holds (0 when there is none)."""
        try:
            with self.path.open("rb") as f:
                return sum(1 for line in f if line.strip())
        except FileNotFoundError:
            return 0

    def events(self) -> Iterator[dict[str, Any]]:
        """Every event in order; a line cut short by a crash is skipped with a warning."""
        try:
            f = self.path.open("r", encoding="utf-8")
        except FileNotFoundError:
            return
        with f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    log.warning(
                        "ledger line %d is incomplete (an interrupted write); skipped", number
                    )

    def eml(self, sha: str) -> bytes | None:
        """The bytes of a recorded email, or None if they were not kept."""
        try:
            return (self.folder / SENT / f"{sha}.eml").read_bytes()
        except OSError:
            return None
