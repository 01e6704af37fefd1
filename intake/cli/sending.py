"""`intake` commands. Outgoing mail: reminders and the outbox queue."""

from __future__ import annotations

import logging

import click

from intake.cli.app import Env, cli, common_options

log = logging.getLogger(__name__)


@cli.command()
@click.option("--dry-run", is_flag=True, help="Print what would be sent; change nothing.")
@common_options
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
@common_options
def flush(env: Env) -> None:
    """Send queued emails now (the daemon does this by itself)."""
    from intake import outgoing

    report = outgoing.flush(env.ctx, env.now())
    click.echo(
        f"sent {report.sent}, retry later {report.retry}, failed {report.failed}"
        + (f" ({report.error})" if report.error else "")
    )
