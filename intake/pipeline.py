"""One message through the flow: claim, fetch, parse, judge, file, commit.

    report = poll(ctx, source, now=now)       # everything new in one mailbox

Per message, top to bottom: the store already holds a `claimed` row; the raw bytes are
parsed into a Mail; mail unrelated to the campaign is recorded as ignored (headers only);
otherwise the raw message is archived, documents are read into facts, rules judge them,
files are put in the archive, and one transaction records the outcome. A failure in any
parser or rule marks that message failed (raw kept) and the poll goes on.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from intake.archive import RAW, Archive, synced_temp
from intake.config import Settings
from intake.errors import SourceError, StoreError
from intake.items import item_values
from intake.reading import Parsed, warm, worker_init, worker_read
from intake.sources.base import Clues, MailSource, RawMessage
from intake.store import AttachmentRow, ItemRow, MessageRow, Store, with_liaisons
from intake.store.serialize import contact_to_json, stats_to_json, url_to_json
from parsers.facts import read_facts
from parsers.mail import read_mail
from parsers.model import Attachment, Mail, MailFacts, MailFlag, StatsField
from rules.campaign import Category, Deliverable
from rules.judge import judge
from rules.model import Judgement, Known
from rules.relevance import relevance
from rules.text import nfkc
from rules.units import registered_senders, unit_patterns

log = logging.getLogger(__name__)

# A backlog is read by worker processes (read_mail + read_facts: most of the CPU time)
# while this process claims, judges, files and commits; a poll with fewer new messages
# reads them here. Chunks are small so that a slow or failing file holds back little.
POOL_MIN = 16  # new messages in one poll before worker processes are used
POOL_WORKERS = min(2, os.cpu_count() or 1)
POOL_CHUNK = 8  # messages per task
STAGE_THREADS = 8  # concurrent fsyncs of archive files (the disk commits them together)
SCREEN_MIN = 20  # new messages in one poll before the server is asked which carry clues
# A chunk's results are ~400 KB (the attachments come back to be filed). Through the
# pool's pipes at Linux's default 64 KB, a worker waited several times per chunk for this
# process's result thread, which needs the GIL the poll thread holds: +2-3 % with 1 MB
# (the limit for an unprivileged pipe, /proc/sys/fs/pipe-max-size).
POOL_PIPE_BYTES = 1 << 20


@dataclass
class Context:
    """What every job needs: settings, the store and the archive."""

    settings: Settings
    store: Store
    archive: Archive

    @classmethod
    def open(cls, settings: Settings) -> Context:
        return cls(
            settings=settings,
            store=Store.open(settings.store_url),
            archive=Archive(settings.archive_dir),
        )

    @property
    def stats_fields(self) -> tuple[StatsField, ...]:
        template = self.settings.campaign.statistics
        if template is None:
            return ()
        return tuple(
            StatsField(key=c.key, header=c.header, aliases=c.aliases, numeric=c.numeric)
            for c in template.columns
        )


@dataclass(frozen=True, slots=True)
class FiledFile:
    name: str
    category: str
    path: str  # relative to the archive; "" when not filed (containers)
    status: str
    duplicate: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one message, for the command line and logs."""

    uid: str
    state: str  # done | ignored | duplicate | failed
    ref: int = 0  # the message's number in the store (#12), for assign/ignore/reprocess
    subject: str = ""
    from_addr: str = ""
    unit_id: str | None = None
    unit_rule: str = ""
    evidence: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()
    files: tuple[FiledFile, ...] = ()
    reason: str = ""
    # (unit id, contact json) of the contact items recorded: what `Known` learns from them
    liaisons: tuple[tuple[str | None, dict | None], ...] = field(default=(), repr=False)


@dataclass
class PollReport:
    mailbox: str = ""
    outcomes: list[Outcome] = field(default_factory=list)
    remaining: int = 0  # new messages left for the next run (per-run cap)

    def count(self, state: str) -> int:
        return sum(1 for o in self.outcomes if o.state == state)


def poll(
    ctx: Context,
    source: MailSource,
    *,
    now: datetime,
    stop: threading.Event | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> PollReport:
    """Take in everything new in `source` (up to mailbox.max_per_run messages)."""
    settings = ctx.settings.mailbox
    uidvalidity = source.open()
    mailbox = source.name
    store = ctx.store
    redo, last_uid = store.poll_state(mailbox, uidvalidity)
    new = source.new_uids(last_uid, recorded=lambda: store.recorded_uids(mailbox, uidvalidity))
    todo = redo + [u for u in new if u not in set(redo)]
    report = PollReport(mailbox=mailbox, remaining=max(0, len(todo) - settings.max_per_run))
    todo = todo[: settings.max_per_run]
    if on_total:
        on_total(len(todo))
    if not todo:
        return report
    known = store.known()
    # The workers start (a forkserver's imports take most of a second) while the server
    # searches the new messages for clues; they are let go if too few are left to read.
    reader = _Reader.open(ctx, known) if len(todo) >= POOL_MIN else None
    try:
        headers_only = _screen(ctx, source, [u for u in todo if u not in set(redo)], known)
    except BaseException:
        if reader is not None:
            reader.close()
        raise
    if reader is not None and len(todo) - len(headers_only) < POOL_MIN:
        reader.close()
        reader = None
    batches = [todo[i : i + settings.batch_size] for i in range(0, len(todo), settings.batch_size)]
    copies = _Copies(store)

    def start(uids: list[str]) -> _Batch:
        return _Batch.start(
            ctx, source, mailbox, uidvalidity, uids, now, reader, headers_only, copies
        )

    try:
        ahead = start(batches[0])
        for number, batch in enumerate(batches):
            current, ahead, failure = ahead, None, None
            more = number + 1 < len(batches) and not (stop is not None and stop.is_set())
            if more and reader is not None:
                try:  # claim, fetch and hand out the next batch while this one is recorded
                    ahead = start(batches[number + 1])
                except SourceError as exc:
                    failure = exc  # raised once this batch is done
            taken: list[str] = []
            stopped = False
            if number:
                # What the last batch recorded is known already (below); this also notices
                # a staff correction made meanwhile, which may change what was learned.
                known = store.learn(known)
            for raw, row_id, parsed in current.messages():
                if raw.partial:
                    screened = _take_in_screened(
                        ctx,
                        source,
                        mailbox,
                        uidvalidity,
                        raw,
                        now=now,
                        known=known,
                        row_id=row_id,
                        copies=copies,
                    )
                    if screened is None:
                        continue
                    outcome = screened
                else:
                    outcome = take_in(
                        ctx,
                        mailbox,
                        uidvalidity,
                        raw,
                        now=now,
                        known=known,
                        row_id=row_id,
                        parsed=parsed,
                        fresh=True,
                        copies=copies,
                    )
                report.outcomes.append(outcome)
                if outcome.state in ("done", "duplicate"):
                    taken.append(raw.uid)
                    if outcome.unit_id:  # liaisons learned from this mail help the next
                        known = with_liaisons(known, outcome.liaisons)
                if on_outcome:
                    on_outcome(outcome)
                if stop is not None and stop.is_set():
                    stopped = True
                    break
            current.close()
            if settings.move_to and taken:
                source.move(taken, settings.move_to)
            if stopped:
                report.remaining += len(todo) - number * settings.batch_size - len(batch)
                break
            if failure is not None:
                raise failure
            if more and ahead is None:
                ahead = start(batches[number + 1])
        if ahead is not None:
            ahead.close()
    finally:
        if reader is not None:
            reader.close()
    return report


class _Reader:
    """Worker processes for one poll, and threads that make archive files durable."""

    def __init__(self, ctx: Context, pool: ProcessPoolExecutor) -> None:
        self.ctx = ctx
        self.pool = pool
        self.broken = False
        self.writer = ThreadPoolExecutor(STAGE_THREADS, thread_name_prefix="archive-sync")

    @classmethod
    def open(cls, ctx: Context, known: Known) -> _Reader | None:
        if POOL_WORKERS < 2:
            return None
        import multiprocessing

        try:
            # forkserver: the poll may run beside other threads (daemon, IDLE), where
            # fork() is unsafe; the server imports the readers once and forks workers fast
            mp = multiprocessing.get_context("forkserver")
            mp.set_forkserver_preload(["intake.reading"])
            pool = ProcessPoolExecutor(
                POOL_WORKERS,
                mp_context=mp,
                initializer=worker_init,
                initargs=(
                    ctx.settings.campaign,
                    known,
                    _cap(ctx),
                    ctx.stats_fields,
                    _min_matched(ctx.settings),
                    os.getpid(),
                ),
            )
        except (OSError, ValueError, NotImplementedError) as exc:
            log.warning("no worker processes (%s): messages are read in the poll", exc)
            return None
        widen_pipes(pool)
        reader = cls(ctx, pool)
        # The first task starts the forkserver (its imports take most of a second) and a
        # worker: from a thread, while this one claims and fetches the first batch.
        threading.Thread(target=reader._start, name="pool-start", daemon=True).start()
        return reader

    def _start(self) -> None:
        try:
            self.pool.submit(warm)
        except Exception as exc:  # shut down meanwhile, or the pool broke: submit reports it
            log.debug("worker warm-up not submitted: %s", exc)

    def submit(self, items: list[tuple[bytes, datetime]]) -> Future | None:
        if self.broken:
            return None
        try:
            return self.pool.submit(worker_read, items)
        except Exception as exc:  # BrokenProcessPool, shut down
            self._broke(exc)
            return None

    def result(self, future: Future | None, count: int) -> list[Parsed | None]:
        if future is None:
            return [None] * count
        try:
            return future.result()
        except Exception as exc:  # a worker died (killed, out of memory): read here
            self._broke(exc)
            return [None] * count

    def _broke(self, exc: BaseException) -> None:
        if not self.broken:
            log.warning("worker processes failed (%s): the rest is read in the poll", exc)
        self.broken = True

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.writer.shutdown(wait=True)


def pipe_limit(wanted: int = POOL_PIPE_BYTES) -> int:
    """`wanted`, or less where the machine allows an unprivileged pipe less."""
    try:
        return min(wanted, int(Path("/proc/sys/fs/pipe-max-size").read_text()))
    except (OSError, ValueError):
        return wanted


def widen_pipes(pool: ProcessPoolExecutor) -> bool:
    """Enlarge the pipes that carry a pool's tasks and results (Linux; best effort: the
    pool keeps them in private attributes, so a Python that moved them loses only speed,
    and tests/intake/test_poll_backlog.py notices)."""
    size = pipe_limit()
    try:
        import fcntl

        for conn in (pool._result_queue._reader, pool._call_queue._reader):  # type: ignore[attr-defined]
            fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, size)
    except (AttributeError, OSError) as exc:
        log.debug("worker pipes left at their default size: %s", exc)
        return False
    return True


class _Batch:
    """One claimed, fetched batch: its messages in order, each with its store number and,
    with workers, what they read from it."""

    def __init__(self, raws: Iterator[RawMessage] | list[RawMessage], ids: dict[str, int]):
        self.raws = raws
        self.ids = ids
        self.chunks: list[tuple[list[RawMessage], Future | None]] = []
        self.reader: _Reader | None = None
        self.copies: _Copies | None = None
        self.staged: list[_Staged] = []

    @classmethod
    def start(
        cls,
        ctx: Context,
        source: MailSource,
        mailbox: str,
        uidvalidity: int,
        uids: list[str],
        now: datetime,
        reader: _Reader | None,
        headers_only: set[str] = frozenset(),  # type: ignore[assignment]
        copies: _Copies | None = None,
    ) -> _Batch:
        ctx.store.claim(mailbox, uidvalidity, uids, now)
        ids = ctx.store.row_ids(mailbox, uidvalidity, uids)
        heads = [u for u in uids if u in headers_only]
        if heads:
            uids = [u for u in uids if u not in headers_only]
        if reader is None:
            full = source.fetch(uids) if uids else iter(())
            return cls(_chain(_fetch_headers(source, heads), full), ids)  # one at a time
        batch = cls(list(_fetch_headers(source, heads)), ids)
        raws = list(source.fetch(uids)) if uids else []
        batch.reader = reader
        batch.copies = copies
        for i in range(0, len(raws), POOL_CHUNK):
            chunk = raws[i : i + POOL_CHUNK]
            batch.chunks.append((chunk, reader.submit([(r.data, r.received_at) for r in chunk])))
        return batch

    def messages(self) -> Iterator[tuple[RawMessage, int | None, _Prepared | None]]:
        for raw in self.raws:  # everything without workers; else the screened-out headers
            yield raw, self.ids.get(raw.uid), None
        if self.reader is None:
            return
        for number, (chunk, future) in enumerate(self.chunks):
            self.chunks[number] = ([], None)  # what is taken in can be freed as we go
            parsed = self.reader.result(future, len(chunk))
            staged = _Staged(self.reader.ctx, self.reader.writer)
            self.staged.append(staged)
            prepared = [staged.prepare(raw, p) for raw, p in zip(chunk, parsed, strict=True)]
            if self.copies is not None:
                self.copies.look_up(
                    (p.parsed.mail.message_id, p.sha)
                    for p in prepared
                    if p.parsed is not None and p.parsed.relevance.relevant
                )
            for raw, prep in zip(chunk, prepared, strict=True):
                yield raw, self.ids.get(raw.uid), prep
            staged.close()

    def close(self) -> None:
        for staged in self.staged:
            staged.close()
        for _chunk, future in self.chunks:
            if future is not None:
                future.cancel()


class _Copies:
    """Which messages a poll has taken in, by (Message-ID, sha256): `Store.done_copy`
    without a query per message. A chunk's keys are looked up in one query when its
    messages arrive; every message the poll takes in after that is added by `take_in`.
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


@dataclass
class _Prepared:
    """A worker's reading of one message plus its archive files, being made durable."""

    parsed: Parsed | None
    sha: str
    raw: Future | None = None  # -> path of a synced temporary copy of the raw message
    files: dict[str, Future] = field(default_factory=dict)  # sha256 -> temporary file path


class _Staged:
    """Archive files of one chunk, written and fsynced concurrently before they are needed
    (the disk commits concurrent fsyncs together: one wait per chunk, not two per message).

    Every file goes to a synced temporary file; `take_in` renames the raw message to its
    content-addressed name (as `Archive.write_raw`) once the message is to be kept, and
    `record` renames attachments to their final names (as `Archive.put`), so the order
    "files durable, then the transaction" is kept and nothing of ignored mail stays.
    """

    def __init__(self, ctx: Context, writer: ThreadPoolExecutor) -> None:
        self.ctx = ctx
        self.writer = writer
        self.temps: list[Future] = []

    def prepare(self, raw: RawMessage, parsed: Parsed | None) -> _Prepared:
        sha = hashlib.sha256(raw.data).hexdigest()
        prep = _Prepared(parsed, sha)
        if parsed is None or not parsed.relevance.relevant:
            return prep  # unrelated mail keeps no content; failures write their own raw
        prep.raw = self.writer.submit(synced_temp, self.ctx.archive.root, raw.data)
        self.temps.append(prep.raw)
        if parsed.facts is not None:
            for ff in parsed.facts.files:
                att = ff.attachment
                if ff.document.status != "container" and att.sha256 not in prep.files:
                    future = self.writer.submit(synced_temp, self.ctx.archive.root, att.data)
                    prep.files[att.sha256] = future
                    self.temps.append(future)
        return prep

    def close(self) -> None:
        """Remove the temporary files no message took (copies filed before)."""
        for future in self.temps:
            try:
                Path(future.result()).unlink(missing_ok=True)
            except OSError as exc:
                log.debug("temporary archive file not removed: %s", exc)
        self.temps = []


def _put(ctx: Context, rel: str, data: bytes, prep: _Prepared | None, sha256: str) -> None:
    """Archive.put, taking the staged durable copy when there is one."""
    staged = prep.files.get(sha256) if prep is not None else None
    if staged is None:
        ctx.archive.put(rel, data)
        return
    path = ctx.archive.abs(rel)
    if path.exists():
        return
    tmp = staged.result()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(tmp, path)
    except FileNotFoundError:  # already renamed for an earlier file of this message
        ctx.archive.put(rel, data)


def _chain(*parts: Iterator[RawMessage]) -> Iterator[RawMessage]:
    for part in parts:
        yield from part


def _fetch_headers(source: MailSource, uids: list[str]) -> Iterator[RawMessage]:
    if not uids:
        return iter(())
    return source.fetch_headers(uids)  # type: ignore[attr-defined]


# --- screening a shared mailbox on the server ------------------------------------------

_SUFFIXES = ("教体局", "职专", "职院")  # canonical institution suffixes (rules.text.canon)
_CITY = "泰安市"


def screen_clues(ctx: Context, known: Known) -> Clues:
    """Literal words a server-side search can look for, so that every mail `relevance`
    could accept contains at least one: each unit name or alias as rules match it, cut
    before its institution suffix (the long and short forms of 教育和体育局/教体局 share the
    part before it), the campaign keywords, and the registered sender addresses; from the
    day before the campaign start (the server compares dates in its own time zone)."""
    campaign = ctx.settings.campaign
    words: set[str] = set()
    for pattern in unit_patterns(campaign):
        stem = pattern
        for suffix in _SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                stem = stem[: -len(suffix)]
                break
        if stem.startswith(_CITY) and len(stem) - len(_CITY) >= 2:
            stem = stem[len(_CITY) :]
        words.add(stem)
    for keyword in campaign.keywords:
        words.update({keyword, nfkc(keyword)})
    words = {w for w in words if w.strip()}
    shortest = sorted(w for w in words if not any(o != w and o in w for o in words))
    return Clues(
        words=tuple(shortest),
        addresses=tuple(sorted(registered_senders(campaign, known))),
        since=campaign.start_at().date() - timedelta(days=1),
    )


def _screen(ctx: Context, source: MailSource, uids: list[str], known: Known) -> set[str]:
    """The new UIDs to read headers of only: those the server's search finds no clue in.

    Mail whose only clue the server cannot see literally (a unit name broken by a space or
    a line break in the body, full-width letters) is then recorded as ignored from its
    headers; its headers are still judged by the rules, and a clue there fetches it whole.
    """
    screen = getattr(source, "screen", None)
    if screen is None or len(uids) < SCREEN_MIN:
        return set()
    try:
        hits = screen(uids, screen_clues(ctx, known))
    except ValueError as exc:
        log.warning("%s; every new message is downloaded", exc)
        return set()
    log.info("server-side search: %d of %d new message(s) carry a clue", len(hits), len(uids))
    return set(uids) - hits


def _take_in_screened(
    ctx: Context,
    source: MailSource,
    mailbox: str,
    uidvalidity: int,
    raw: RawMessage,
    *,
    now: datetime,
    known: Known,
    row_id: int | None,
    copies: _Copies | None = None,
) -> Outcome | None:
    """A message the server found no clue in, from its From/Subject/Message-ID lines:
    recorded as ignored, or fetched whole and taken in when the rules see a clue there."""
    if row_id is None:
        row_id = ctx.store.row_id(mailbox, uidvalidity, raw.uid)
    mail = read_mail(raw.data)
    if raw.names:  # the parts' file names, from BODYSTRUCTURE: a unit may be named there only
        files = tuple(
            Attachment(filename=n, content_type="", data=b"", sha256="") for n in raw.names
        )
        mail = replace(mail, attachments=files)
    verdict = relevance(mail, ctx.settings.campaign, known, raw.received_at)
    if verdict.relevant:
        for full in source.fetch([raw.uid]):
            return take_in(
                ctx,
                mailbox,
                uidvalidity,
                full,
                now=now,
                known=known,
                row_id=row_id,
                fresh=True,
                copies=copies,
            )
        log.warning("IMAP message UID %s vanished before it was fetched", raw.uid)
        return None  # stays claimed, like any message that vanishes: looked for next time
    reason = f"{verdict.reason} (headers; the server's search found no clue in the text)"
    _finish_ignored(ctx.store, row_id, mail, raw, "", reason)
    log.info("message %s ignored: %s", raw.uid, reason)
    return Outcome(
        uid=raw.uid,
        state="ignored",
        subject=mail.subject,
        from_addr=mail.from_addr,
        reason=reason,
    )


def _cap(ctx: Context) -> int:
    return int(ctx.settings.mailbox.max_message_mb * 1024 * 1024)


def take_in(
    ctx: Context,
    mailbox: str,
    uidvalidity: int,
    raw: RawMessage,
    *,
    now: datetime,
    known: Known,
    row_id: int | None = None,
    parsed: _Prepared | None = None,
    fresh: bool = False,
    copies: _Copies | None = None,
) -> Outcome:
    """Process one claimed message to its final state. Raises only StoreError.

    `parsed` is what a worker process already read from `raw` (with its archive files
    being written); without it the message is read here. `fresh`: the message was never
    recorded (a poll's claimed row), so there are no earlier attachments or items to
    replace; reprocessing leaves it False. `copies`: the poll's record of messages taken
    in, to find an earlier copy of this one without a query.
    """
    if row_id is None:
        row_id = ctx.store.row_id(mailbox, uidvalidity, raw.uid)
    sha = parsed.sha if parsed is not None else hashlib.sha256(raw.data).hexdigest()
    early = parsed.parsed if parsed is not None else None
    mail: Mail | None = None
    try:
        mail = early.mail if early is not None else read_mail(raw.data, max_bytes=_cap(ctx))
        campaign = ctx.settings.campaign
        verdict = relevance(mail, campaign, known, raw.received_at)
        if not verdict.relevant:
            _finish_ignored(ctx.store, row_id, mail, raw, sha, verdict.reason)
            log.info("message %s ignored: %s", raw.uid, verdict.reason)
            return Outcome(
                uid=raw.uid,
                state="ignored",
                subject=mail.subject,
                from_addr=mail.from_addr,
                reason=verdict.reason,
            )
        if copies is None:
            copy_of = ctx.store.done_copy(mail.message_id, sha, row_id)
        else:
            copy_of = copies.find(mail.message_id, sha, row_id)
        raw_path = _write_raw(ctx, raw, sha, parsed)
        if copy_of is not None:
            _finish_duplicate(ctx.store, row_id, mail, raw, sha, raw_path, copy_of)
            log.info("message %s is a copy of message #%s: not filed again", raw.uid, copy_of)
            return Outcome(
                uid=raw.uid,
                state="duplicate",
                subject=mail.subject,
                from_addr=mail.from_addr,
                reason=f"copy of message #{copy_of}",
            )
        if MailFlag.TOO_LARGE in mail.flags:
            facts = MailFacts(mail=mail)
        elif early is not None and early.facts is not None:
            facts = early.facts
        else:
            facts = read_facts(mail, ctx.stats_fields, stats_min_matched=_min_matched(ctx.settings))
        judgement = judge(facts, campaign, known)
        outcome = record(
            ctx,
            row_id,
            raw,
            sha,
            raw_path,
            facts,
            judgement,
            now=now,
            reason=verdict.reason,
            staged=parsed,
            replace=not fresh,
        )
        if copies is not None:
            copies.taken(mail.message_id, sha, row_id)
        log.info(
            "message %s from %s taken in: unit %s (%s), %d file(s)",
            raw.uid,
            mail.from_addr or "?",
            outcome.unit_id or "unassigned",
            outcome.unit_rule,
            len(outcome.files),
        )
        return outcome
    except StoreError:
        raise
    except Exception as exc:
        log.exception("message %s failed; raw message kept", raw.uid)
        error = f"{exc.__class__.__name__}: {exc}"[:500]
        raw_path = ctx.archive.write_raw(raw.data, sha)
        with ctx.store.session() as s:
            row = s.get_one(MessageRow, row_id)
            row.state, row.error, row.sha256, row.raw_path = "failed", error, sha, raw_path
            row.received_at, row.size = raw.received_at, len(raw.data)
            if mail is not None:
                row.subject, row.from_addr, row.message_id = (
                    mail.subject,
                    mail.from_addr,
                    mail.message_id,
                )
        if copies is not None and mail is not None:
            copies.taken(mail.message_id, sha, row_id)  # a failed message counts as taken in
        return Outcome(
            uid=raw.uid,
            state="failed",
            reason=error,
            subject=mail.subject if mail else "",
            from_addr=mail.from_addr if mail else "",
        )


def _write_raw(ctx: Context, raw: RawMessage, sha: str, prep: _Prepared | None) -> str:
    """Archive.write_raw, taking the durable copy a staging thread already wrote (renamed
    to the raw message's content-addressed name only now that it is to be kept)."""
    if prep is not None and prep.raw is not None:
        rel = f"{RAW}/{sha}.eml"
        path = ctx.archive.root / rel
        try:
            tmp = prep.raw.result()
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, path)
            return rel
        except OSError as exc:
            log.warning("staged raw copy of %s failed (%s); writing it again", raw.uid, exc)
    return ctx.archive.write_raw(raw.data, sha)


def _min_matched(settings: Settings) -> int:
    template = settings.campaign.statistics
    return template.min_matched if template else 3


def _headers(mail: Mail, raw: RawMessage, sha: str) -> dict[str, Any]:
    """The message row's columns read from the mail itself."""
    return {
        "received_at": raw.received_at,
        "sha256": sha,
        "size": raw.size or len(raw.data),
        "message_id": mail.message_id,
        "subject": mail.subject,
        "from_addr": mail.from_addr,
        "from_name": mail.from_name,
        "reply_to": mail.reply_to,
        "references": " ".join((*mail.references, mail.message_id)).strip(),
        "flags": sorted(str(f) for f in mail.flags),
        "problems": list(mail.problems),
    }


# Statements of the per-message writes, built once (Core on the tables: the ORM's bulk
# paths coerce every value again on each call). An UPDATE sets the columns it is given.
_MESSAGES, _ATTACHMENTS, _ITEMS = MessageRow.__table__, AttachmentRow.__table__, ItemRow.__table__
_UPDATE_MESSAGE = update(_MESSAGES).where(_MESSAGES.c.id == bindparam("row_id"))
_DELETE_ITEMS = delete(_ITEMS).where(_ITEMS.c.message_pk == bindparam("row_id"))
_DELETE_ATTACHMENTS = delete(_ATTACHMENTS).where(_ATTACHMENTS.c.message_pk == bindparam("row_id"))
_FILED = (
    select(_ATTACHMENTS.c.id, _ATTACHMENTS.c.path)
    .join(_MESSAGES, _MESSAGES.c.id == _ATTACHMENTS.c.message_pk)
    .where(
        _ATTACHMENTS.c.sha256 == bindparam("sha256"),
        _ATTACHMENTS.c.category == bindparam("category"),
        _ATTACHMENTS.c.path != "",
        _ATTACHMENTS.c.duplicate_of.is_(None),
    )
    .limit(1)
)
_FILED_FOR_UNIT = _FILED.where(_MESSAGES.c.unit_id == bindparam("unit_id"))
_FILED_UNASSIGNED = _FILED.where(_MESSAGES.c.unit_id.is_(None))


def _update_message(conn: Connection, row_id: int, values: dict[str, Any]) -> None:
    conn.execute(_UPDATE_MESSAGE, {"row_id": row_id, **values})


def _finish_ignored(
    store: Store, row_id: int, mail: Mail, raw: RawMessage, sha: str, reason: str
) -> None:
    values = _headers(mail, raw, sha) | {"problems": [], "state": "ignored", "relevance": reason}
    with store.transaction() as conn:
        _update_message(conn, row_id, values)


def _finish_duplicate(
    store: Store, row_id: int, mail: Mail, raw: RawMessage, sha: str, raw_path: str, copy_of: int
) -> None:
    values = _headers(mail, raw, sha)
    values |= {"state": "duplicate", "raw_path": raw_path, "duplicate_of": copy_of}
    with store.transaction() as conn:
        _update_message(conn, row_id, values)


def record(
    ctx: Context,
    row_id: int,
    raw: RawMessage,
    sha: str,
    raw_path: str,
    facts: MailFacts,
    judgement: Judgement,
    *,
    now: datetime,
    reason: str = "",
    staged: _Prepared | None = None,
    replace: bool = True,
) -> Outcome:
    """File the attachments and write the whole outcome in one transaction: the message
    row, its attachment rows (with `replace`, earlier ones are deleted first) and the
    items they count as."""
    mail = facts.mail
    unit_id = judgement.unit.unit_id
    categories = {d.index: d.category for d in judgement.files}
    local = raw.received_at.astimezone(ctx.settings.campaign.tz)
    body_facts = {
        "contacts": [contact_to_json(c) for c in facts.body_contacts],
        "urls": [url_to_json(u) for u in facts.body_urls],
        "column_urls": list(judgement.column_urls),
        "article_links": list(judgement.article_links),
    }
    values = _headers(mail, raw, sha) | {
        "state": "done",
        "error": "",
        "raw_path": raw_path,
        "relevance": reason,
        "unit_id": unit_id,
        "unit_rule": judgement.unit.rule,
        "unit_evidence": list(judgement.unit.evidence),
        "candidates": list(judgement.unit.candidates),
        "new_sender": judgement.unit.new_sender,
        "notes": list(judgement.notes),
        "may_reply": judgement.may_reply,
        "ack_state": "pending" if judgement.may_reply and unit_id else "none",
        "body_facts": body_facts,
    }
    filed: list[FiledFile] = []
    attachments: list[dict[str, Any]] = []
    with ctx.store.transaction() as conn:
        _update_message(conn, row_id, values)
        if replace:  # a message judged again (reprocess) replaces what it recorded before
            conn.execute(_DELETE_ITEMS, {"row_id": row_id})
            conn.execute(_DELETE_ATTACHMENTS, {"row_id": row_id})
        for i, ff in enumerate(facts.files):
            verdict = categories.get(i)
            category = verdict.category if verdict else Category.OTHER
            att = ff.attachment
            doc = ff.document
            path, duplicate_of = "", None
            if doc.status != "container":
                prior = _filed_copy(conn, att.sha256, unit_id, category.value)
                if prior is not None:
                    duplicate_of, path = prior
                else:
                    path = ctx.archive.target(
                        unit_id, category.value, local, att.filename, att.sha256
                    )
                    _put(ctx, path, att.data, staged, att.sha256)
            attachments.append(
                {
                    "message_pk": row_id,
                    "idx": i,
                    "filename": att.filename,
                    "origin": att.origin,
                    "content_type": att.content_type,
                    "sha256": att.sha256,
                    "size": len(att.data),
                    "doc_kind": doc.kind,
                    "doc_status": str(doc.status),
                    "doc_reason": doc.reason,
                    "category": category.value,
                    "category_rule": verdict.rule if verdict else "",
                    "category_evidence": list(verdict.evidence) if verdict else [],
                    "path": path,
                    "duplicate_of": duplicate_of,
                    "facts": {
                        "contacts": [contact_to_json(c) for c in ff.contacts],
                        "urls": [url_to_json(u) for u in ff.urls],
                        "statistics": stats_to_json(ff.statistics),
                    },
                }
            )
            filed.append(
                FiledFile(
                    name=att.filename,
                    category=category.value,
                    path=path,
                    status=str(doc.status),
                    duplicate=duplicate_of is not None,
                )
            )
        if attachments:
            conn.execute(insert(_ATTACHMENTS), attachments)
        files = (
            (a["category"], a["doc_status"], a["sha256"], a["filename"], a["facts"])
            for a in attachments
        )
        items = item_values(row_id, unit_id, raw.received_at, body_facts, files)
        if items:
            conn.execute(insert(_ITEMS), items)
    contact = Deliverable.CONTACT.value
    return Outcome(
        uid=raw.uid,
        state="done",
        ref=row_id,
        subject=mail.subject,
        from_addr=mail.from_addr,
        unit_id=unit_id,
        unit_rule=judgement.unit.rule,
        evidence=judgement.unit.evidence,
        candidates=judgement.unit.candidates,
        files=tuple(filed),
        liaisons=tuple((i["unit_id"], i["contact"]) for i in items if i["deliverable"] == contact),
    )


def _filed_copy(
    conn: Connection, sha256: str, unit_id: str | None, category: str
) -> tuple[int, str] | None:
    """(id, path) of the same file already filed for this unit and category (a resend)."""
    params = {"sha256": sha256, "category": category}
    if unit_id is None:
        found = conn.execute(_FILED_UNASSIGNED, params).first()
    else:
        found = conn.execute(_FILED_FOR_UNIT, {**params, "unit_id": unit_id}).first()
    return (found[0], found[1]) if found is not None else None
