"""`intake` commands. What staff decide beyond correcting the rules (as in the console):
accept or reject a file, confirm a liaison, record an offline submission, exempt a unit,
extend its deadline."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from intake.cli.app import Env, cli, common_options
from intake.errors import UsageError

log = logging.getLogger(__name__)


def _who() -> str:
    from intake.corrections import actor

    return actor()


@cli.command()
@click.argument("attachment")
@click.option("--note", default="", help="Why, for the audit log.")
@common_options
def accept(env: Env, attachment: str, note: str) -> None:
    """ATTACHMENT (a31) could not be read but counts after all (staff opened it)."""
    from intake.overrides import accept_file

    att = accept_file(env.ctx, attachment, now=env.now(), who=_who(), note=note)
    click.echo(f"a{att.id} {att.filename}: accepted, it counts")


@cli.command()
@click.argument("attachment")
@click.argument("reason")
@click.option("--note", default="", help="For the audit log (the unit reads REASON).")
@common_options
def reject(env: Env, attachment: str, reason: str, note: str) -> None:
    """ATTACHMENT (a31) does not count; 请重新报送 with REASON goes to the unit's verified
    addresses, and the outbox is sent."""
    from intake import outgoing
    from intake.overrides import reject_file

    number = reject_file(env.ctx, attachment, reason, now=env.now(), who=_who(), note=note)
    if number:
        report = outgoing.flush(env.ctx, env.now())
        click.echo(f"rejected; 请重新报送 queued as o{number}; sent {report.sent}")
    else:
        click.echo("rejected; the unit has no verified address: nothing was mailed, phone it")


@cli.command(name="confirm-liaison")
@click.argument("message")
@click.option("--note", default="", help="Why, for the audit log.")
@common_options
def confirm_liaison(env: Env, message: str, note: str) -> None:
    """The liaison contacts in MESSAGE (#12) are trusted: their email may receive the
    unit's mail although the message came from an unverified address."""
    from intake.overrides import confirm_liaison as do_confirm

    do_confirm(env.ctx, message, now=env.now(), who=_who(), note=note)
    click.echo(f"{message}: liaison contacts confirmed")


@cli.command()
@click.argument("unit")
@click.argument("requirement")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--channel",
    type=click.Choice(["纸质", "微信", "U盘", "其他"]),
    required=True,
    help="How it came.",
)
@click.option("--received", default=None, metavar="TIME", help="When it came (default: now).")
@click.option("--note", default="", help="For the audit log.")
@common_options
def offline(
    env: Env, unit: str, requirement: str, file: Path, channel: str, received: str | None,
    note: str,
) -> None:  # fmt: skip
    """Record a submission that came on paper, by WeChat or USB: FILE counts for UNIT's
    REQUIREMENT (ids as in `intake status`), marked 线下. For the column URL requirement,
    FILE is a text file holding the URL."""
    from intake.clock import parse_now
    from intake.overrides import record_offline

    tz = env.settings.campaign.tz
    try:
        when = parse_now(received, tz) if received else env.now()
    except ValueError:
        raise UsageError(f"--received: {received!r} is not a time like 2020-11-05T09:00") from None
    number = record_offline(
        env.ctx, unit, requirement, file.name, file.read_bytes(), channel=channel,
        received_at=when, now=env.now(), who=_who(), note=note,
    )  # fmt: skip
    click.echo(f"recorded as #{number}: {file.name} for {unit} {requirement} ({channel})")


@cli.command()
@click.argument("unit")
@click.argument("requirement")
@click.option("--note", required=True, help="Why the unit need not deliver it (required).")
@click.option("--undo", is_flag=True, help="Take the exemption back.")
@common_options
def exempt(env: Env, unit: str, requirement: str, note: str, undo: bool) -> None:
    """UNIT need not deliver REQUIREMENT (免报): not owed, never reminded."""
    from intake.overrides import exempt as do_exempt
    from intake.overrides import unexempt

    if undo:
        unexempt(env.ctx, unit, requirement, now=env.now(), who=_who(), note=note)
        click.echo(f"{unit} {requirement}: exemption taken back")
    else:
        do_exempt(env.ctx, unit, requirement, now=env.now(), who=_who(), note=note)
        click.echo(f"{unit} {requirement}: 免报")


@cli.command()
@click.argument("unit")
@click.argument("requirement")
@click.argument("due", metavar="DUE")
@click.option("--note", required=True, help="Why (required).")
@common_options
def extend(env: Env, unit: str, requirement: str, due: str, note: str) -> None:
    """UNIT's own deadline for REQUIREMENT: DUE (2020-11-20T18:00, campaign timezone);
    status and reminders follow it."""
    from intake.clock import parse_now
    from intake.overrides import extend_deadline

    try:
        when = parse_now(due, env.settings.campaign.tz)
    except ValueError:
        raise UsageError(f"DUE: {due!r} is not a time like 2020-11-20T18:00") from None
    extend_deadline(env.ctx, unit, requirement, when, now=env.now(), who=_who(), note=note)
    click.echo(f"{unit} {requirement}: due {when:%Y-%m-%d %H:%M}")
