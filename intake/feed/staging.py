"""Where a message's archive files are written: directly, or from durable copies that
staging threads wrote ahead while the message was still being read.

    writes = DirectWrites(archive)              # one message at a time
    path = writes.raw(raw, sha)                 # "_raw/<sha256>.eml"
    writes.put("fczz/plan/20201104-1000_方案.docx", data, sha256)

A backlog's chunk is staged: every file goes to a synced temporary file first (the disk
commits concurrent fsyncs together: one wait per chunk, not two per message); `raw` and
`put` then only rename. The order "files durable, then the transaction" is kept, and
nothing of ignored mail stays (`Staged.close` removes what no message took).
"""

from __future__ import annotations

import hashlib
import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from intake.archive import RAW, Archive, synced_temp
from intake.reading import Parsed
from intake.sources.base import RawMessage

log = logging.getLogger(__name__)


class Writes(Protocol):
    """How `record` puts a message's files into the archive."""

    def raw(self, raw: RawMessage, sha: str) -> str: ...

    def put(self, rel: str, data: bytes, sha256: str) -> None: ...


class DirectWrites:
    """Archive writes of a message read in the poll process (atomic, synced, each)."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive

    def raw(self, raw: RawMessage, sha: str) -> str:
        return self.archive.write_raw(raw.data, sha)

    def put(self, rel: str, data: bytes, sha256: str) -> None:
        self.archive.put(rel, data)


@dataclass
class Prepared:
    """A worker's reading of one message plus its archive files, being made durable."""

    parsed: Parsed | None
    sha: str
    archive: Archive
    raw_file: Future | None = None  # -> path of a synced temporary copy of the raw message
    files: dict[str, Future] = field(default_factory=dict)  # sha256 -> temporary file path

    def raw(self, raw: RawMessage, sha: str) -> str:
        """The raw message's content-addressed path: the staged copy renamed to it."""
        if self.raw_file is not None:
            rel = f"{RAW}/{sha}.eml"
            path = self.archive.root / rel
            try:
                tmp = self.raw_file.result()
                if not path.exists():
                    path.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(tmp, path)
                return rel
            except OSError as exc:
                log.warning("staged raw copy of %s failed (%s); writing it again", raw.uid, exc)
        return self.archive.write_raw(raw.data, sha)

    def put(self, rel: str, data: bytes, sha256: str) -> None:
        """Archive.put, taking the staged durable copy when there is one."""
        staged = self.files.get(sha256)
        if staged is None:
            self.archive.put(rel, data)
            return
        path = self.archive.abs(rel)
        if path.exists():
            return
        tmp = staged.result()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(tmp, path)
        except FileNotFoundError:  # already renamed for an earlier file of this message
            self.archive.put(rel, data)


class Staged:
    """The archive files of one chunk, written and fsynced concurrently ahead of need."""

    def __init__(self, archive: Archive, writer: ThreadPoolExecutor) -> None:
        self.archive = archive
        self.writer = writer
        self.temps: list[Future] = []

    def prepare(self, raw: RawMessage, parsed: Parsed | None) -> Prepared:
        prep = Prepared(parsed, hashlib.sha256(raw.data).hexdigest(), self.archive)
        if parsed is None or not parsed.relevance.relevant:
            return prep  # unrelated mail keeps no content; failures write their own raw
        prep.raw_file = self._stage(raw.data)
        if parsed.facts is not None:
            for ff in parsed.facts.files:
                att = ff.attachment
                if ff.document.status != "container" and att.sha256 not in prep.files:
                    prep.files[att.sha256] = self._stage(att.data)
        return prep

    def _stage(self, data: bytes) -> Future:
        future = self.writer.submit(synced_temp, self.archive.root, data)
        self.temps.append(future)
        return future

    def close(self) -> None:
        """Remove the temporary files no message took (copies filed before)."""
        for future in self.temps:
            try:
                Path(future.result()).unlink(missing_ok=True)
            except OSError as exc:
                log.debug("temporary archive file not removed: %s", exc)
        self.temps = []
