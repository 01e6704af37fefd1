"""A message whose recording died after its files were placed, taken in again after a
resend of the same file was filed: its own copy must not stay in the archive unnamed.

The crash test found it (one file on disk that no row named, 1 in ~300 messages); here
the order of events is made on purpose, in one process, with a failpoint that raises.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from intake import recording
from intake.pipeline import Context, take_in
from intake.sources.base import RawMessage
from tests.intake.helpers import TZ
from tests.reliability.common import archive_files, campaign_message, db, units, write_config

START = datetime(2020, 11, 4, 10, 0, tzinfo=TZ)
NOW = datetime(2020, 11, 5, 9, 0, tzinfo=TZ)


class Died(BaseException):
    """The process dying at the failpoint (BaseException: nothing may catch it)."""


def _raw(uid: str, data: bytes, when: datetime) -> RawMessage:
    return RawMessage(uid=uid, data=data, received_at=when)


def test_copy_left_by_a_dead_attempt_is_removed_when_the_message_is_a_resend(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, settings = write_config(tmp_path)
    ctx = Context.open(settings)
    unit = units(settings)[0]
    first, files = campaign_message(0, unit, START)
    resend, _ = campaign_message(1, unit, START + timedelta(minutes=20), resend_of=0)
    a = _raw("1", first.as_bytes(), START)
    b = _raw("2", resend.as_bytes(), START + timedelta(minutes=20))
    ctx.store.claim("box", 1, ["1", "2"], NOW)

    def die_at(name: str) -> None:
        if name == "record:files-placed":
            raise Died(name)

    monkeypatch.setattr(recording, "failpoint", die_at)
    with pytest.raises(Died):
        take_in(ctx, "box", 1, a, now=NOW, known=ctx.store.known())
    left = [str(p.relative_to(settings.archive_dir)) for p in archive_files(settings.archive_dir)]
    assert len(left) == len(files)  # placed, never recorded: what a SIGKILL leaves
    monkeypatch.undo()

    known = ctx.store.known()
    assert take_in(ctx, "box", 1, b, now=NOW, known=known).state == "done"
    assert take_in(ctx, "box", 1, a, now=NOW, known=known).state == "done"

    with db(settings) as con:
        rows = con.execute(
            "SELECT m.uid, a.path, a.duplicate_of FROM attachments a "
            "JOIN messages m ON a.message_pk = m.id ORDER BY m.uid"
        ).fetchall()
    filed = {path for _, path, dup in rows if dup is None}
    on_disk = {
        str(p.relative_to(settings.archive_dir)) for p in archive_files(settings.archive_dir)
    }
    assert on_disk == filed
    assert not set(left) & on_disk  # the dead attempt's copies are gone ...
    assert all(dup is not None for uid, _, dup in rows if uid == "1")  # ... a is the resend's


def test_a_file_another_message_names_is_never_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two messages in the same minute with the same file: the second is a duplicate whose
    own name is the first's file, which stays."""
    _, settings = write_config(tmp_path)
    ctx = Context.open(settings)
    unit = units(settings)[0]
    first, _ = campaign_message(0, unit, START)
    again, _ = campaign_message(1, unit, START, resend_of=0)
    ctx.store.claim("box", 1, ["1", "2"], NOW)
    known = ctx.store.known()
    assert (
        take_in(ctx, "box", 1, _raw("1", first.as_bytes(), START), now=NOW, known=known).state
        == "done"
    )
    assert (
        take_in(ctx, "box", 1, _raw("2", again.as_bytes(), START), now=NOW, known=known).state
        == "done"
    )
    with db(settings) as con:
        paths = {p for (p,) in con.execute("SELECT path FROM attachments")}
    on_disk = {
        str(p.relative_to(settings.archive_dir)) for p in archive_files(settings.archive_dir)
    }
    assert on_disk == paths and on_disk
