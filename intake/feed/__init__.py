"""The messages of one poll, claimed and fetched in batches, read ahead by worker
processes when there is a backlog: everything that makes a poll fast, behind one loop.

    with Feed.open(ctx, source, uidvalidity, todo, new=new, now=now, known=known) as feed:
        for arrival in feed:               # claimed, fetched, maybe read ahead
            outcome = take_in(..., arrival.raw, prepared=arrival.prepared, copies=feed.copies)
            feed.done(arrival, outcome)    # what the next message may learn from it

Inside: batches of `mailbox.batch_size` UIDs are claimed in the store and fetched; with a
backlog (`POOL_MIN` or more), the next batch is claimed, fetched and handed to the worker
processes while this one is recorded (look-ahead), each chunk's archive files are staged
(written and synced ahead, `staging`), and a shared mailbox is screened on the server so
that mail without a clue is fetched as headers only (`screening`). `known` (what the store
learned about senders and liaisons) is refreshed per batch and after every message.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from intake.errors import SourceError
from intake.feed.screening import header_mail, headers_only
from intake.feed.staging import Prepared, Staged
from intake.feed.workers import Workers
from intake.sources.base import MailSource, RawMessage, mailbox_of
from intake.store import Store, with_liaisons
from rules.model import Known
from rules.relevance import relevance

if TYPE_CHECKING:
    from intake.pipeline import Context, Outcome

log = logging.getLogger(__name__)

POOL_MIN = 16  # new messages in one poll before worker processes are used
POOL_CHUNK = 8  # messages per worker task: a slow or failing file holds back little


@dataclass(frozen=True, slots=True)
class Arrival:
    """One claimed message: its raw bytes (headers only when `raw.partial`), its store
    row, and what the workers already read from it (None: read it in this process)."""

    raw: RawMessage
    row_id: int | None
    prepared: Prepared | None


class Copies:
    """Which messages a poll has taken in, by (Message-ID, sha256): `Store.done_copy`
    without a query per message. A chunk's keys are looked up in one query when its
    messages arrive; every message the poll takes in after that is added by `taken`.
    Keys not looked up are asked of the store one at a time."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.found: dict[tuple[str, str], int] = {}
        self.asked: set[tuple[str, str]] = set()

    def look_up(self, keys: Iterator[tuple[str, str]]) -> None:
        todo = [k for k in keys if k not in self.asked]
        if todo:
            for key, pk in self.store.done_copies(todo).items():
                self.found.setdefault(key, pk)
            self.asked.update(todo)

    def find(self, message_id: str, sha256: str, exclude: int) -> int | None:
        key = (message_id, sha256)
        pk = self.found.get(key)
        if key not in self.asked or pk == exclude:
            return self.store.done_copy(message_id, sha256, exclude)
        return pk

    def taken(self, message_id: str, sha256: str, pk: int) -> None:
        self.found.setdefault((message_id, sha256), pk)


class Feed:
    """The claimed messages of one poll, in order (see the module docstring)."""

    def __init__(
        self,
        ctx: Context,
        source: MailSource,
        uidvalidity: int,
        todo: list[str],
        heads: set[str],
        workers: Workers | None,
        *,
        now: datetime,
        known: Known,
        stop: threading.Event | None,
    ) -> None:
        self.ctx, self.source, self.uidvalidity = ctx, source, uidvalidity
        self.todo, self.heads, self.workers = todo, heads, workers
        self.now, self.known, self.stop = now, known, stop
        self.copies = Copies(ctx.store)
        self.left_over = 0  # messages not reached because `stop` was set
        self._taken: list[str] = []
        self._iter: Iterator[Arrival] | None = None

    @classmethod
    def open(
        cls,
        ctx: Context,
        source: MailSource,
        uidvalidity: int,
        todo: list[str],
        *,
        new: list[str],
        now: datetime,
        known: Known,
        stop: threading.Event | None = None,
    ) -> Feed:
        """`todo`: every UID to take in, in order; `new`: those never claimed before."""
        # The workers start (a forkserver's imports take most of a second) while the server
        # searches the new messages for clues; they are let go if too few are left to read.
        workers = Workers.open(ctx, known) if len(todo) >= POOL_MIN else None
        try:
            heads = headers_only(ctx, source, new, known)
        except BaseException:
            if workers is not None:
                workers.close()
            raise
        if workers is not None and len(todo) - len(heads) < POOL_MIN:
            workers.close()
            workers = None
        return cls(ctx, source, uidvalidity, todo, heads, workers, now=now, known=known, stop=stop)

    def __enter__(self) -> Feed:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._iter is not None:
            self._iter.close()  # type: ignore[attr-defined]
        if self.workers is not None:
            self.workers.close()

    def __iter__(self) -> Iterator[Arrival]:
        self._iter = self._arrivals()
        return self._iter

    def done(self, arrival: Arrival, outcome: Outcome) -> None:
        """Record what a message's outcome means for the rest of the poll."""
        if outcome.state in ("done", "duplicate"):
            self._taken.append(arrival.raw.uid)
            if outcome.unit_id:  # liaisons learned from this mail help the next
                self.known = with_liaisons(self.known, outcome.liaisons)

    def _stopped(self) -> bool:
        return self.stop is not None and self.stop.is_set()

    def _arrivals(self) -> Iterator[Arrival]:
        size = mailbox_of(self.source, self.ctx.settings.mailbox).batch_size
        batches = [self.todo[i : i + size] for i in range(0, len(self.todo), size)]
        ahead: _Batch | None = self._start(batches[0])
        current: _Batch | None = None
        try:
            for number, batch in enumerate(batches):
                current, ahead, failure = ahead, None, None
                assert current is not None
                more = number + 1 < len(batches) and not self._stopped()
                if more and self.workers is not None:
                    try:  # claim, fetch and hand out the next batch while this one is recorded
                        ahead = self._start(batches[number + 1])
                    except SourceError as exc:
                        failure = exc  # raised once this batch is done
                if number:
                    # What the last batch recorded is known already (`done`); this also
                    # notices a staff correction made meanwhile.
                    self.known = self.ctx.store.learn(self.known)
                stopped = False
                for raw, row_id, prepared in current.messages():
                    whole = self._whole_if_relevant(raw) if raw.partial else raw
                    if whole is None:
                        continue
                    yield Arrival(whole, row_id, prepared)
                    if self._stopped():
                        stopped = True
                        break
                current.close()
                current = None
                self._move_taken()
                if stopped:
                    self.left_over = len(self.todo) - number * size - len(batch)
                    break
                if failure is not None:
                    raise failure
                if more and ahead is None:
                    ahead = self._start(batches[number + 1])
        finally:
            for pending in (current, ahead):
                if pending is not None:
                    pending.close()

    def _move_taken(self) -> None:
        folder = mailbox_of(self.source, self.ctx.settings.mailbox).move_to
        if folder and self._taken:
            self.source.move(self._taken, folder)
        self._taken = []

    def _whole_if_relevant(self, raw: RawMessage) -> RawMessage | None:
        """A headers-only message whose headers carry a clue (or attachments that may: a
        plan sent with no subject and no body), fetched whole; the headers themselves
        otherwise (they are recorded as ignored). None: it vanished."""
        verdict = relevance(
            header_mail(raw), self.ctx.settings.campaign, self.known, raw.received_at
        )
        if not verdict.relevant:
            return raw
        for full in self.source.fetch([raw.uid]):
            return full
        log.warning("IMAP message UID %s vanished before it was fetched", raw.uid)
        return None  # stays claimed, like any message that vanishes: looked for next time

    def _start(self, uids: list[str]) -> _Batch:
        return _Batch.start(self, uids)


@dataclass(frozen=True, slots=True)
class _Chunk:
    """One worker task's messages, read, with their archive files being staged."""

    raws: list[RawMessage]
    prepared: list[Prepared]
    staged: Staged


class _Batch:
    """One claimed, fetched batch: its messages in order, each with its store number and,
    with workers, what they read from it."""

    def __init__(self, feed: Feed, raws: Iterator[RawMessage] | list[RawMessage], ids: dict):
        self.feed = feed
        self.raws = raws
        self.ids: dict[str, int] = ids
        self.chunks: list[tuple[list[RawMessage], Future | None]] = []
        self.staged: list[Staged] = []

    @classmethod
    def start(cls, feed: Feed, uids: list[str]) -> _Batch:
        store, source, mailbox = feed.ctx.store, feed.source, feed.source.name
        # another daemon on the same database may hold some of them: only ours are read
        held = set(store.claim(mailbox, feed.uidvalidity, uids, feed.now))
        uids = [u for u in uids if u in held]
        ids = store.row_ids(mailbox, feed.uidvalidity, uids)
        heads = [u for u in uids if u in feed.heads]
        if heads:
            uids = [u for u in uids if u not in feed.heads]
        if feed.workers is None:
            full = source.fetch(uids) if uids else iter(())
            return cls(feed, _chain(_fetch_headers(source, heads), full), ids)  # one at a time
        batch = cls(feed, list(_fetch_headers(source, heads)), ids)
        raws = list(source.fetch(uids)) if uids else []
        for i in range(0, len(raws), POOL_CHUNK):
            chunk = raws[i : i + POOL_CHUNK]
            future = feed.workers.submit([(r.data, r.received_at) for r in chunk])
            batch.chunks.append((chunk, future))
        return batch

    def messages(self) -> Iterator[tuple[RawMessage, int | None, Prepared | None]]:
        for raw in self.raws:  # everything without workers; else the screened-out headers
            yield raw, self.ids.get(raw.uid), None
        if self.feed.workers is None:
            return
        ready: dict[int, _Chunk] = {}
        for number in range(len(self.chunks)):
            chunk = ready.pop(number, None) or self._prepare(number)
            self.feed.copies.look_up(
                (p.parsed.mail.message_id, p.sha)
                for p in chunk.prepared
                if p.parsed is not None and p.parsed.relevance.relevant
            )
            for raw, prep in zip(chunk.raws, chunk.prepared, strict=True):
                # The next chunk's files are staged as soon as the workers have read it, so
                # that their fsyncs run while this chunk is recorded, not when it is reached
                if number + 1 not in ready and self._read(number + 1):
                    ready[number + 1] = self._prepare(number + 1)
                yield raw, self.ids.get(raw.uid), prep
            chunk.staged.close()

    def _read(self, number: int) -> bool:
        """Whether chunk `number` exists and its reading is over (no wait for it)."""
        if number >= len(self.chunks):
            return False
        future = self.chunks[number][1]
        return future is None or future.done()

    def _prepare(self, number: int) -> _Chunk:
        """Chunk `number`'s readings (waiting for them), its archive files being staged."""
        workers = self.feed.workers
        assert workers is not None
        raws, future = self.chunks[number]
        self.chunks[number] = ([], None)  # what is taken in can be freed as we go
        parsed = workers.result(future, len(raws))
        staged = Staged(self.feed.ctx.archive, workers.writer)
        self.staged.append(staged)
        prepared = [staged.prepare(raw, p) for raw, p in zip(raws, parsed, strict=True)]
        return _Chunk(raws, prepared, staged)

    def close(self) -> None:
        for staged in self.staged:
            staged.close()
        for _chunk, future in self.chunks:
            if future is not None:
                future.cancel()


def _chain(*parts: Iterator[RawMessage]) -> Iterator[RawMessage]:
    for part in parts:
        yield from part


def _fetch_headers(source: MailSource, uids: list[str]) -> Iterator[RawMessage]:
    if not uids:
        return iter(())
    return source.fetch_headers(uids)  # type: ignore[attr-defined]
