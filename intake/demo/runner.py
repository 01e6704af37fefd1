"""The demo runner: the daemon's jobs over a simulated clock, 2020-11-01 to 2020-11-17.

    result = run_demo(Path("intake-demo"), console=Console())
    result = run_demo(Path("intake-demo"), console=Console(), config=Path("config.toml"))

In a folder of its own: a config.toml (the default campaign, Maildir + file outbox; or a
copy of the given config made offline: one Maildir, a file outbox, a database in the
folder), the samples (the 2020 ones, or for another config mail made from its own units and
deliverables on its own dates: `intake.demo.generic`) delivered into data/mail only when
the simulated clock reaches their arrival time,
and at every hour, arrival, reminder point and 17:30 the same job bodies the daemon runs
(poll + acknowledgements + flush, reminders, the digest). Ends with the status table and
where the reminders, acknowledgements, digests and the workbook are.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from rich.console import Console
from sqlalchemy import select

from intake.config import embedded_default_text, load_config
from intake.context import Context
from intake.daemon import Jobs, digest_slot
from intake.demo.samples import Sample, at, build_samples, deliver
from intake.errors import UsageError
from intake.store import MessageRow, OutboxRow
from outbox.reminders import reminder_points

log = logging.getLogger(__name__)

START = at(1, 0)
END = at(17, 23)
WORKBOOK = "提交情况汇总.xlsx"


@dataclass(frozen=True, slots=True)
class _Span:
    start: datetime
    end: datetime


@dataclass
class DemoResult:
    folder: Path
    messages: Counter[str] = field(default_factory=Counter)  # state -> count
    sent: Counter[str] = field(default_factory=Counter)  # outbox kind -> count sent
    outbox: Path | None = None
    digests: list[Path] = field(default_factory=list)
    workbook: Path | None = None
    unassigned: int = 0


def _ticks(ctx: Context, samples: list[Sample], span: _Span) -> list[datetime]:
    """Every moment the demo looks: every three hours and 23:00, each arrival (and when its
    acknowledgement may go), each reminder point, each day's digest time."""
    campaign = ctx.settings.campaign
    start, end = span.start, span.end
    ticks: set[datetime] = set()
    t = start
    while t <= end:
        ticks.add(t)
        if t.hour == 21:
            ticks.add(t + timedelta(hours=2))
        t += timedelta(hours=3)
    ack = ctx.settings.outbox.ack_delay
    for s in samples:
        ticks.update((s.at, s.at + ack + timedelta(minutes=1)))
    ticks.update(p.at for p in reminder_points(campaign) if start <= p.at <= end)
    day = start
    while day <= end:
        slot = digest_slot(ctx, day + timedelta(days=1) - timedelta(seconds=1))
        if start <= slot <= end:
            ticks.add(slot)
        day += timedelta(days=1)
    return sorted(t.astimezone(campaign.tz) for t in ticks)


def _prepare(folder: Path, source: Path | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "config.toml"
    if (folder / "data").exists():
        raise UsageError(
            f"--dir: {folder} already holds a demo (its data/ folder); "
            "remove it or choose another folder with --dir"
        )
    if source is not None:
        config.write_text(offline_copy(source), encoding="utf-8")
    elif not config.exists():
        config.write_text(embedded_default_text(), encoding="utf-8")
    return config


def offline_copy(source: Path) -> str:
    """`source`'s config for a demo: its campaign as it is; one Maildir mailbox, a file
    outbox, the database, archive and templates where the demo folder can use them."""
    import tomlkit

    try:
        load_config(source)  # its mistakes are named against its own file
        doc = tomlkit.parse(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"--config: cannot read {source}: {exc.strerror}") from None
    boxes = doc.get("mailboxes") or ([doc["mailbox"]] if "mailbox" in doc else [])
    addresses = [str(b["address"]) for b in boxes if "address" in b]
    for key in ("mailbox", "mailboxes", "store", "archive", "web"):
        doc.pop(key, None)
    campaign = doc["campaign"]
    listed = [str(a) for a in campaign.get("mailboxes", [])]
    campaign["mailboxes"] = listed + [a for a in addresses if a not in listed]
    box = tomlkit.table()
    box.add("name", "demo")
    box.add("url", "maildir:data/mail")
    aot = tomlkit.aot()
    aot.append(box)
    doc["mailboxes"] = aot
    outbox = doc.get("outbox") or tomlkit.table()
    for key in ("url", "password_env", "password_file"):
        outbox.pop(key, None)
    outbox["url"] = "file:data/outbox"
    templates = outbox.get("templates")
    if templates and not Path(str(templates)).is_absolute():
        outbox["templates"] = str((source.resolve().parent / str(templates)).resolve())
    doc["outbox"] = outbox
    return tomlkit.dumps(doc)


def run_demo(folder: Path, *, console: Console, config: Path | None = None) -> DemoResult:
    """Run the whole demo campaign in `folder` (the 2020 one, or `config`'s) and print
    what it produced."""
    path = _prepare(folder, config)
    settings = load_config(path)
    ctx = Context.open(settings)
    campaign = settings.campaign
    if config is None:
        samples = build_samples(campaign)
        span = _Span(START, END)
    else:
        from intake.demo.generic import campaign_samples, demo_span

        samples = campaign_samples(campaign)
        span = _Span(*demo_span(campaign))
    clock = [span.start]
    jobs = Jobs(ctx, clock=lambda: clock[0], progress=False)
    maildir = settings.path(settings.mailbox.endpoint.path)
    ticks = _ticks(ctx, samples, span)
    digest_times = {digest_slot(ctx, t) for t in ticks}
    console.print(
        f"[bold]intake demo[/]: {len(samples)} sample mails from several units, "
        f"{span.start:%Y-%m-%d} to {span.end:%Y-%m-%d} on a simulated clock, in {folder}"
    )
    # the per-message INFO lines of a whole campaign would bury the result
    quiet = ("intake", "outbox", "parsers", "rules")
    levels = {name: logging.getLogger(name).level for name in quiet}
    if not logging.getLogger().isEnabledFor(logging.DEBUG):
        for name in quiet:
            logging.getLogger(name).setLevel(logging.WARNING)
    try:
        pending = list(samples)
        day_seen = None
        for tick in ticks:
            clock[0] = tick
            while pending and pending[0].at <= tick:
                sample = pending.pop(0)
                deliver(maildir, sample, len(samples) - len(pending))
            jobs.poll()
            jobs.remind()
            if tick in digest_times:
                jobs.digest()
            if tick.date() != day_seen and tick.hour == 23:
                day_seen = tick.date()
                _day_line(console, ctx, tick)
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
        jobs.close()
    result = _result(ctx, folder)
    result.workbook = jobs_export(ctx, folder / WORKBOOK, span.end)
    _report(console, ctx, result, span.end)
    return result


def jobs_export(ctx: Context, path: Path, end: datetime = END) -> Path:
    from intake import outgoing

    return outgoing.export(ctx, path, end)


def _day_line(console: Console, ctx: Context, tick: datetime) -> None:
    start = tick.replace(hour=0, minute=0)
    with ctx.store.session() as s:
        arrived = s.scalars(
            select(MessageRow).where(
                MessageRow.received_at >= start, MessageRow.received_at <= tick
            )
        ).all()
        sent = s.scalars(
            select(OutboxRow).where(OutboxRow.sent_at >= start, OutboxRow.sent_at <= tick)
        ).all()
    kinds = Counter(r.kind for r in sent)
    console.print(
        f"  {tick:%m-%d}  {len(arrived):>2} mail(s) in   "
        f"sent: {kinds['reminder']} reminder(s), {kinds['ack']} acknowledgement(s), "
        f"{kinds['digest']} digest"
    )


def _result(ctx: Context, folder: Path) -> DemoResult:
    result = DemoResult(folder=folder)
    with ctx.store.session() as s:
        for row in s.scalars(select(MessageRow)):
            result.messages[row.state] += 1
            if row.state == "done" and row.unit_id is None:
                result.unassigned += 1
        for out in s.scalars(select(OutboxRow).where(OutboxRow.state == "sent")):
            result.sent[out.kind] += 1
    ep = ctx.settings.outbox.endpoint
    result.outbox = ctx.settings.path(ep.path)
    result.digests = sorted((ctx.settings.data_dir / "digests").glob("*.html"))
    return result


def _report(console: Console, ctx: Context, result: DemoResult, end: datetime = END) -> None:
    from intake import jobs as use_cases
    from intake.views import print_status

    campaign = ctx.settings.campaign
    console.print()
    print_status(console, campaign, use_cases.statuses(ctx, end), end)
    m = result.messages
    console.print()
    console.print(
        f"messages: {sum(m.values())} ({m['done']} taken in, {result.unassigned} from an "
        f"unknown sender waiting for `intake assign`, {m['failed']} failed, "
        f"{m['ignored']} ignored)"
    )
    out = result.outbox
    console.print(f"reminders:        {result.sent['reminder']:>3} sent   {out}/*_reminder_*.eml")
    console.print(f"acknowledgements: {result.sent['ack']:>3} sent   {out}/*_ack_*.eml")
    console.print(
        f"digests:          {len(result.digests):>3} saved  {ctx.settings.data_dir / 'digests'}/"
        f" ({result.sent['digest']} mailed as .eml)"
    )
    console.print(f"workbook:                   {result.workbook}")
    console.print(f"archive:                    {ctx.settings.archive_dir}/<unit>/<category>/")
    stop = end.astimezone(campaign.tz)
    console.print(
        f"\nTry: cd {result.folder} && intake status && intake problems   "
        f"(the demo's clock stopped on {stop:%Y-%m-%d}; add --now {stop:%Y-%m-%dT%H:%M})"
    )
    console.print(
        f"Console: cd {result.folder} && intake web --demo --now {stop:%Y-%m-%dT%H:%M}   "
        "then open http://127.0.0.1:8080/ (demo mode: no login, on this machine only; "
        f"with accounts: intake user add NAME, then intake web --now {stop:%Y-%m-%dT%H:%M})"
    )
