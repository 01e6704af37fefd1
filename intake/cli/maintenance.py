"""`intake` commands. Looking after the data: backup, rebuild."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from intake.cli.app import Env, cli, common_options

log = logging.getLogger(__name__)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@common_options
def backup(env: Env, file: Path) -> None:
    """Copy the database to FILE while the daemon may be running (SQLite online backup).

    Back up the data folder's archive/ and ledger/ with your usual file backup; with
    them and this file nothing is lost."""
    from intake.store.maintenance import backup as do_backup

    target = do_backup(env.settings.store_url, file)
    click.echo(f"database backed up to {target}")


@cli.command()
@common_options
def rebuild(env: Env) -> None:
    """Re-derive a lost or damaged database from the archive and the ledger, sending
    nothing: messages, staff corrections, sent mail and job cursors come back as they were.

    The database must be missing or empty: move a damaged file aside first. The daemon
    must be stopped."""
    from intake.lock import instance_lock
    from intake.rebuild import rebuild as do_rebuild

    with instance_lock(env.settings.data_dir, "rebuild"):
        report = do_rebuild(env.settings)
    click.echo(
        f"rebuilt: {report.messages} message(s) taken in again, {report.ignored} ignored, "
        f"{report.corrections} correction(s) and {report.emails} email(s) restored; "
        "nothing was sent"
    )
    if report.missing_raw:
        click.echo(
            f"{report.missing_raw} message(s) have no raw copy in the archive: the next "
            "poll takes them from the mailbox again"
        )
    if report.skipped:
        click.echo(f"{report.skipped} ledger event(s) could not be replayed (see the log)")
