"""`intake` commands. What staff read: status, problems, the digest, the workbook."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import click

from intake.cli.app import Env, cli, common_options

log = logging.getLogger(__name__)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (stable keys).")
@common_options
def status(env: Env, as_json: bool) -> None:
    """Units (with the ids commands take) x requirements, in the digest's words: 完成,
    逾期补交, 部分（3/5）, 待补正, 未交, 逾期; with due dates. --json gives the English state
    codes (complete, partial, missing, late)."""
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
@common_options
def problems(env: Env) -> None:
    """What needs a human, oldest first: unassigned or ambiguous mail, failed messages,
    unreadable files, invalid contacts, new senders, failed sender authentication, mail too
    large to read, failed, retrying or uncertain deliveries. Each line names the message
    (#12), file (a31) or email (o5) to pass to assign, reclassify, ignore, show or resend."""
    from intake.corrections import problems as list_problems
    from intake.outgoing import PROBLEM_KINDS

    found = list_problems(env.ctx)
    tz = env.settings.campaign.tz
    for p in found:
        when = p.since.astimezone(tz).strftime("%m-%d %H:%M") if p.since else "     -     "
        word = PROBLEM_KINDS.get(p.kind, "")
        click.echo(f"{when}  {p.ref:<6} {p.kind:<18} {word:<8} {p.text}")
    click.echo(f"{len(found)} problem(s)")


@cli.command()
@click.option("--dry-run", is_flag=True, help="Print the digest text; save and send nothing.")
@common_options
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
@common_options
def export(env: Env, file: Path) -> None:
    """Write the consolidated workbook (联络员, 提交情况, 统计汇总, 问题) to FILE.xlsx."""
    from intake import outgoing

    click.echo(f"workbook written to {outgoing.export(env.ctx, file, env.now())}")
