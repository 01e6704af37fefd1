"""Moving filed attachments when a correction changes their unit or category, crash-safe.

    ops = relocate(ctx, s, rows, folder_of)     # rows updated, operations planned (redo log)
    ... the correction's transaction commits ...
    finish_moves(ctx)                           # performs them, then forgets them

Every row that names a file follows it: a file other messages' rows also name (a resend,
a duplicate) is copied, not moved, so their rows keep a file; a file the destination
already holds (the same content, unit and category) is not filed twice. The operations
are committed in `file_moves` in the same transaction as the rows, so a process killed
between the commit and the last rename leaves a redo log that `finish_moves`, run at the
next start of any command, completes. Every operation is idempotent.
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import PurePosixPath

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.archive import UNASSIGNED, atomic_write
from intake.context import Context
from intake.failpoints import failpoint
from intake.store import AttachmentRow, MessageRow
from intake.store.schema import FileMoveRow

log = logging.getLogger(__name__)


def _free_name(ctx: Context, folder: str, name: str, sha256: str, taken: set[str]) -> str:
    """`folder/name`, or with a hash suffix when a different file holds that name."""
    rel = str(PurePosixPath(folder, name))
    path = ctx.archive.abs(rel)
    if rel not in taken and not path.exists():
        return rel
    from intake.archive import _sha256_file

    if path.exists() and _sha256_file(path) == sha256:
        return rel
    stem, dot, ext = name.rpartition(".")
    name = f"{stem}_{sha256[:8]}.{ext}" if dot else f"{name}_{sha256[:8]}"
    return str(PurePosixPath(folder, name))


def relocate(
    ctx: Context,
    s: Session,
    rows: Sequence[AttachmentRow],
    folder_of: Callable[[AttachmentRow], str],
    now: datetime,
) -> int:
    """Point `rows` at their new folder (`folder_of(row)`, e.g. "ningyang/plan") and plan
    the file operations in the caller's transaction; returns how many were planned."""
    by_path: dict[str, list[AttachmentRow]] = defaultdict(list)
    for row in rows:
        if row.path:
            by_path[row.path].append(row)
    moving = {r.id for r in rows}
    planned = 0
    taken: set[str] = set()
    for path, movers in by_path.items():
        folder = folder_of(movers[0])
        if str(PurePosixPath(path).parent) == folder:
            continue
        movers.sort(key=lambda r: r.id)
        first = movers[0]
        stayers = [
            r
            for r in s.scalars(select(AttachmentRow).where(AttachmentRow.path == path))
            if r.id not in moving
        ]
        unit, category = folder.split("/", 1)
        existing = _filed(s, first.sha256, unit, category, moving)
        if existing is not None:  # the destination has this file already: point at it
            for r in movers:
                r.path, r.duplicate_of = existing.path, existing.id
            if not stayers:
                s.add(FileMoveRow(op="delete", src=path, dst="", created_at=now))
                planned += 1
            continue
        new = _free_name(ctx, folder, PurePosixPath(path).name, first.sha256, taken)
        taken.add(new)
        for r in movers:
            r.path = new
            r.duplicate_of = None if r is first else first.id
        if stayers:  # other messages keep their copy; the first of them becomes its original
            stayers.sort(key=lambda r: r.id)
            for r in stayers:
                r.duplicate_of = None if r is stayers[0] else stayers[0].id
        s.add(FileMoveRow(op="copy" if stayers else "move", src=path, dst=new, created_at=now))
        planned += 1
    return planned


def _filed(
    s: Session, sha256: str, unit: str, category: str, exclude: set[int]
) -> AttachmentRow | None:
    """An original (not a duplicate) of this content filed for `unit` under `category`."""
    owner = func.coalesce(AttachmentRow.own_unit_id, MessageRow.unit_id)
    query = (
        select(AttachmentRow)
        .join(MessageRow, MessageRow.id == AttachmentRow.message_pk)
        .where(
            AttachmentRow.sha256 == sha256,
            AttachmentRow.category == category,
            AttachmentRow.path != "",
            AttachmentRow.duplicate_of.is_(None),
            owner.is_(None) if unit == UNASSIGNED else owner == unit,
        )
        .order_by(AttachmentRow.id)
    )
    for row in s.scalars(query):
        if row.id not in exclude:
            return row
    return None


def finish_moves(ctx: Context) -> int:
    """Perform every planned file operation and forget it; returns how many."""
    with ctx.store.session() as s:
        query = select(FileMoveRow).order_by(FileMoveRow.id)
        ops = [(m.id, m.op, m.src, m.dst) for m in s.scalars(query)]
    for number, op, src, dst in ops:
        _perform(ctx, op, src, dst)
        failpoint("moves:performed")
        with ctx.store.session() as s:
            row = s.get(FileMoveRow, number)
            if row is not None:
                s.delete(row)
    return len(ops)


def _perform(ctx: Context, op: str, src: str, dst: str) -> None:
    source = ctx.archive.abs(src)
    if op == "delete":
        source.unlink(missing_ok=True)
        return
    target = ctx.archive.abs(dst)
    if target.exists():
        if op == "move" and source.exists() and source != target:
            source.unlink()  # a killed run renamed, or an earlier copy: the rows name dst
        return
    if not source.exists():
        log.error("archive file %s is missing: %s %s -> %s cannot be finished", src, op, src, dst)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    if op == "move":
        os.replace(source, target)
    else:
        atomic_write(target, source.read_bytes())
