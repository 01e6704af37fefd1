"""The `intake` command line.

Every command takes --config (default ./config.toml, or $INTAKE_CONFIG; with neither, the
embedded default campaign) and, where time matters, --now (ISO time, campaign timezone).
Errors print one line and exit non-zero: 2 for a bad config or usage, 1 otherwise.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from datetime import datetime
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console

from intake.clock import now_in, parse_now
from intake.config import Settings, load_config
from intake.errors import ConfigError, IntakeError, UsageError
from intake.logs import setup_logging

if TYPE_CHECKING:
    from intake.pipeline import Context

log = logging.getLogger(__name__)


class Env:
    """Per-invocation state: options, lazily loaded settings and context."""

    def __init__(self, config: Path | None, now: str | None) -> None:
        self.config_path = config
        self.now_text = now
        self._settings: Settings | None = None
        self._ctx: Context | None = None
        # piped or captured output gets a wide table rather than 80 wrapped columns
        wide = None if sys.stdout.isatty() else 200
        self.console = Console(highlight=False, width=wide)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_config(self.config_path)
        return self._settings

    @property
    def ctx(self) -> Context:
        if self._ctx is None:
            from intake.heap import freeze_startup
            from intake.pipeline import Context

            self._ctx = Context.open(self.settings)
            freeze_startup()  # the command's imports are done: out of later collections
        return self._ctx

    def now(self) -> datetime:
        tz = self.settings.campaign.tz
        if self.now_text:
            try:
                return parse_now(self.now_text, tz)
            except ValueError:
                raise UsageError(
                    f"--now: {self.now_text!r} is not a time like 2020-11-05T09:00"
                ) from None
        return now_in(tz)


def _common(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--config and --now on every command (also accepted after the command name)."""

    @click.option(
        "--now",
        "now_opt",
        metavar="TIME",
        default=None,
        help="Pretend it is TIME (ISO, campaign timezone), to replay a campaign.",
    )
    @click.option(
        "--config",
        "config_opt",
        type=click.Path(path_type=Path),
        default=None,
        help="Config file (default ./config.toml or $INTAKE_CONFIG).",
    )
    @click.pass_obj
    @wraps(fn)
    def wrapper(
        env: Env, *args: Any, config_opt: Path | None, now_opt: str | None, **kwargs: Any
    ) -> Any:
        if config_opt is not None:
            env.config_path = config_opt
        if now_opt is not None:
            env.now_text = now_opt
        return fn(env, *args, **kwargs)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--config",
    type=click.Path(path_type=Path),
    envvar="INTAKE_CONFIG",
    default=None,
    help="Config file (default ./config.toml; env INTAKE_CONFIG; else the embedded "
    "default campaign).",
)
@click.option(
    "--now",
    default=None,
    metavar="TIME",
    help="Pretend it is TIME (ISO, e.g. 2020-11-05T09:00, campaign timezone).",
)
@click.option("-v", "--verbose", is_flag=True, help="Debug logging, with tracebacks.")
@click.option("-q", "--quiet", is_flag=True, help="Only warnings and errors in the log.")
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Log line format (stderr).",
)
@click.version_option(package_name="notice-intake")
@click.pass_context
def cli(
    ctx: click.Context,
    config: Path | None,
    now: str | None,
    verbose: bool,
    quiet: bool,
    log_format: str,
) -> None:
    """notice-intake: take in what a notice asks units to email, file it, chase what is late.

    \b
    Typical use:
      intake demo                  a whole campaign on sample mail, offline, in ./intake-demo
      intake poll --once           take in new mail once and show what happened
      intake status                who has sent what (units x requirements)
      intake run                   the daemon: poll, remind, acknowledge, digest
    """
    setup_logging(verbose=verbose, fmt=log_format, quiet=quiet)
    ctx.obj = Env(config, now)


@cli.command()
@click.option("--once", is_flag=True, default=True, help="Poll once and exit (the default).")
@_common
def poll(env: Env, once: bool) -> None:
    """Take in new mail once: per message the unit (and why), each file's category and
    where it was filed, then a one-line total; then acknowledge and send the outbox."""
    from intake import jobs, outgoing
    from intake.daemon import BacklogProgress
    from intake.pipeline import Outcome
    from intake.views import outcome_lines, poll_total

    now = env.now()
    bar = BacklogProgress()  # only on a terminal, for a backlog of more than 50

    def shown(outcome: Outcome) -> None:
        click.echo("\n".join(outcome_lines(outcome)))
        bar.on_outcome(outcome)

    try:
        report = jobs.poll_once(env.ctx, now=now, on_outcome=shown, on_total=bar.on_total)
    finally:
        bar.close()
    click.echo(poll_total(report))
    acks = outgoing.acknowledge(env.ctx, now)
    sent = outgoing.flush(env.ctx, now)
    click.echo(
        f"{acks} acknowledgement(s) queued; sent {sent.sent}, "
        f"retry later {sent.retry}, failed {sent.failed}"
    )


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (stable keys).")
@_common
def status(env: Env, as_json: bool) -> None:
    """Units x requirements: counts, complete or not, due dates."""
    now = env.now()
    from intake import jobs
    from intake.views import print_status, status_json

    statuses = jobs.statuses(env.ctx, now)
    if as_json:
        click.echo(
            json.dumps(
                status_json(env.settings.campaign, statuses, now), ensure_ascii=False, indent=2
            )
        )
    else:
        print_status(env.console, env.settings.campaign, statuses, now)


@cli.command()
@_common
def problems(env: Env) -> None:
    """What needs a human: unassigned or ambiguous mail, failed messages, unreadable files,
    invalid contacts, new senders, failed deliveries."""
    from intake.corrections import problems as list_problems

    found = list_problems(env.ctx)
    tz = env.settings.campaign.tz
    for p in found:
        when = p.since.astimezone(tz).strftime("%m-%d %H:%M") if p.since else "     -     "
        click.echo(f"{when}  {p.ref:<6} {p.kind:<16} {p.text}")
    click.echo(f"{len(found)} problem(s)")


@cli.command()
@click.argument("message")
@click.argument("unit")
@click.option(
    "--remember-sender",
    is_flag=True,
    help="Also register the sender address for UNIT (later mail is filed directly).",
)
@click.option("--note", default="", help="Why, for the audit log.")
@_common
def assign(env: Env, message: str, unit: str, remember_sender: bool, note: str) -> None:
    """File MESSAGE (#12, as shown by poll and problems) under UNIT (its id in the config)."""
    from intake.corrections import actor
    from intake.corrections import assign as do_assign

    row = do_assign(
        env.ctx,
        message,
        unit,
        remember_sender=remember_sender,
        now=env.now(),
        who=actor(),
        note=note,
    )
    click.echo(f"#{row.id} assigned to {unit}; {len(row.attachments)} file(s) moved")


@cli.command()
@click.argument("attachment")
@click.argument("category")
@click.option("--note", default="", help="Why, for the audit log.")
@_common
def reclassify(env: Env, attachment: str, category: str, note: str) -> None:
    """Set ATTACHMENT's (a31, as shown by problems/show) CATEGORY: plan, article, summary,
    statistics, contact or other."""
    from intake.corrections import actor
    from intake.corrections import reclassify as do_reclassify

    att = do_reclassify(env.ctx, attachment, category, now=env.now(), who=actor(), note=note)
    click.echo(f"a{att.id} {att.filename}: now {att.category} ({att.path or 'not filed'})")


@cli.command()
@click.argument("message")
@click.option("--note", default="", help="Why, for the audit log.")
@_common
def ignore(env: Env, message: str, note: str) -> None:
    """Take MESSAGE out of the campaign: it no longer counts for any requirement."""
    from intake.corrections import actor
    from intake.corrections import ignore as do_ignore

    row = do_ignore(env.ctx, message, now=env.now(), who=actor(), note=note)
    click.echo(f"#{row.id} ignored")


@cli.command()
@click.argument("messages", nargs=-1)
@click.option("--failed", is_flag=True, help="Every message whose processing failed.")
@_common
def reprocess(env: Env, messages: tuple[str, ...], failed: bool) -> None:
    """Run the pipeline again on stored raw mail (after a fix or a config change)."""
    from intake import jobs
    from intake.views import outcome_lines

    if not messages and not failed:
        raise UsageError("reprocess: name MESSAGE numbers (#12) or give --failed")
    for outcome in jobs.reprocess(env.ctx, list(messages), failed=failed, now=env.now()):
        click.echo("\n".join(outcome_lines(outcome)))


@cli.command()
@click.option("--dry-run", is_flag=True, help="Print what would be sent; change nothing.")
@_common
def remind(env: Env, dry_run: bool) -> None:
    """Send the reminders whose time has come (one per unit that still owes something)."""
    from intake import outgoing

    run = outgoing.remind(env.ctx, env.now(), dry_run=dry_run)
    for key, to, msg in run.queued:
        click.echo(f"{'would send' if dry_run else 'queued'} {key} -> {', '.join(to)}")
        if dry_run:
            body = msg.get_body(("plain",))
            click.echo(f"  Subject: {msg['Subject']}")
            click.echo("  " + (body.get_content() if body else "").replace("\n", "\n  "))
    for unit_id in run.skipped:
        click.echo(f"skipped {unit_id}: no address known (add emails to the unit in the config)")
    if not dry_run:
        report = outgoing.flush(env.ctx, env.now())
        click.echo(
            f"{len(run.queued)} reminder(s) queued; sent {report.sent}, "
            f"retry later {report.retry}, failed {report.failed}"
        )
    elif not run.queued:
        click.echo("no reminder is due")


@cli.command()
@click.option("--dry-run", is_flag=True, help="Print the digest text; save and send nothing.")
@_common
def digest(env: Env, dry_run: bool) -> None:
    """Compose today's digest for staff (status matrix, arrivals, problems, workbook)."""
    from intake import outgoing

    run = outgoing.digest(env.ctx, env.now(), dry_run=dry_run)
    if dry_run:
        body = run.message.get_body(("plain",))
        click.echo(f"Subject: {run.message['Subject']}")
        click.echo(body.get_content() if body else "")
        return
    report = outgoing.flush(env.ctx, env.now())
    click.echo(
        f"digest saved to {run.html_path}; "
        f"{'queued' if run.queued else 'already queued today'}; sent {report.sent}"
    )


@cli.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@_common
def export(env: Env, file: Path) -> None:
    """Write the consolidated workbook (联络员, 提交情况, 统计汇总, 问题) to FILE.xlsx."""
    from intake import outgoing

    click.echo(f"workbook written to {outgoing.export(env.ctx, file, env.now())}")


@cli.command()
@_common
def flush(env: Env) -> None:
    """Send queued emails now (the daemon does this by itself)."""
    from intake import outgoing

    report = outgoing.flush(env.ctx, env.now())
    click.echo(
        f"sent {report.sent}, retry later {report.retry}, failed {report.failed}"
        + (f" ({report.error})" if report.error else "")
    )


@cli.command()
@_common
def run(env: Env) -> None:
    """The daemon: poll (and IMAP IDLE), acknowledge, remind, send the daily digest.

    Stops cleanly on SIGTERM or Ctrl-C; one daemon per data folder (a lock)."""
    import os
    import signal

    from intake.daemon import Daemon
    from intake.lock import instance_lock

    if env.now_text:
        raise UsageError("run: --now is not supported (use `intake demo` to replay a campaign)")
    settings = env.settings
    with instance_lock(settings.data_dir):
        daemon = Daemon(env.ctx)

        def _stop(signum: int, _frame: object) -> None:
            log.info("%s received: finishing the current message", signal.Signals(signum).name)
            daemon.stop.set()

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        finished = daemon.run()
    if not finished:  # a job hangs on the network: do not wait for it at interpreter exit
        logging.shutdown()
        os._exit(0)


@cli.command()
@_common
def doctor(env: Env) -> None:
    """Check the set-up: config, folders, database, mailbox login, SMTP login, LibreOffice.

    Each line is OK, WARN or FAIL with what to fix; exits non-zero if anything failed."""
    from intake.doctor import run_checks

    failed = 0
    for check in run_checks(env.config_path):
        click.echo(check.line())
        failed += check.failed
    if failed:
        raise IntakeError(f"doctor: {failed} check(s) failed; fix the FAIL lines above")


@cli.command()
@click.option(
    "--dir",
    "folder",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("intake-demo"),
    show_default=True,
    help="Folder for the demo's config, mailbox and results (created; reused if empty).",
)
@click.pass_obj
def demo(env: Env, folder: Path) -> None:
    """A whole campaign on sample mail, offline: 2020-11-01 to 11-17 on a simulated clock."""
    from intake.demo import run_demo

    run_demo(folder, console=env.console)


@cli.command()
@click.argument("emails", nargs=-1)
@click.option(
    "--uncertain",
    is_flag=True,
    help="Every email whose delivery was interrupted (delivery-uncertain).",
)
@click.option("--note", default="", help="Why, for the audit log.")
@_common
def resend(env: Env, emails: tuple[str, ...], uncertain: bool, note: str) -> None:
    """Queue EMAILS (o5, as shown by problems) again after a failed or interrupted
    delivery, and send them."""
    from intake import outgoing
    from intake.corrections import actor
    from intake.corrections import resend as do_resend

    if not emails and not uncertain:
        raise UsageError("resend: name outbox emails (o5) or give --uncertain")
    rows = do_resend(
        env.ctx, list(emails), uncertain=uncertain, now=env.now(), who=actor(), note=note
    )
    report = outgoing.flush(env.ctx, env.now())
    click.echo(
        f"{len(rows)} email(s) queued again; sent {report.sent}, "
        f"retry later {report.retry}, failed {report.failed}"
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the command, turn known errors into one line and an exit status."""
    try:
        cli.main(args=argv, prog_name="intake", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except ConfigError as exc:
        for line in str(exc).splitlines():
            click.echo(f"config error: {line}", err=True)
        return exc.exit_status
    except IntakeError as exc:
        click.echo(f"error: {exc}", err=True)
        return exc.exit_status
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
