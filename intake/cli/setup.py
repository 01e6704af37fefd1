"""`intake` commands. Setting up and trying out: doctor, demo."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from intake.cli.app import Env, cli, common_options
from intake.errors import IntakeError

log = logging.getLogger(__name__)


@cli.command()
@common_options
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
@click.option(
    "--config",
    "config",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="Play this config's campaign (sample mail from its own units and deliverables, "
    "on its own dates; offline: its mailboxes and SMTP are not used). Default: the 2020 one.",
)
@click.pass_obj
def demo(env: Env, folder: Path, config: Path | None) -> None:
    """A whole campaign on sample mail, offline, on a simulated clock: the 2020 activity week
    (2020-11-01 to 11-17), or with --config FILE that config's campaign."""
    from intake.demo import run_demo

    run_demo(folder, console=env.console, config=config)
