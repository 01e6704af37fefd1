"""`intake` commands. Staff corrections: assign, reclassify, ignore, resend."""

from __future__ import annotations

import logging

import click

from intake.cli.app import Env, cli, common_options
from intake.errors import UsageError

log = logging.getLogger(__name__)


@cli.command()
@click.argument("message")
@click.argument("unit")
@click.option(
    "--remember-sender",
    is_flag=True,
    help="Also register the sender address for UNIT (later mail is filed directly).",
)
@click.option("--note", default="", help="Why, for the audit log.")
@common_options
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
@common_options
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
@common_options
def ignore(env: Env, message: str, note: str) -> None:
    """Take MESSAGE out of the campaign: it no longer counts for any requirement."""
    from intake.corrections import actor
    from intake.corrections import ignore as do_ignore

    row = do_ignore(env.ctx, message, now=env.now(), who=actor(), note=note)
    click.echo(f"#{row.id} ignored")


@cli.command()
@click.argument("emails", nargs=-1)
@click.option(
    "--uncertain",
    is_flag=True,
    help="Every email whose delivery was interrupted (delivery-uncertain).",
)
@click.option("--note", default="", help="Why, for the audit log.")
@common_options
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
