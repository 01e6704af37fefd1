"""`intake` commands. Taking mail in: poll, the daemon, reprocessing stored mail."""

from __future__ import annotations

import logging

import click

from intake.cli.app import Env, cli, common_options
from intake.errors import UsageError

log = logging.getLogger(__name__)


@cli.command()
@click.option("--once", is_flag=True, default=True, help="Poll once and exit (the default).")
@common_options
def poll(env: Env, once: bool) -> None:
    """Take in new mail once: per message the unit (and why), each file's category and
    where it was filed, then a one-line total; then acknowledge and send the outbox."""
    from intake import jobs, outgoing
    from intake.daemon import BacklogProgress
    from intake.lock import instance_lock
    from intake.pipeline import Outcome
    from intake.views import outcome_lines, poll_total

    now = env.now()
    bar = BacklogProgress()  # only on a terminal, for a backlog of more than 50

    def shown(outcome: Outcome) -> None:
        click.echo("\n".join(outcome_lines(outcome)))
        bar.on_outcome(outcome)

    try:
        with instance_lock(env.settings.data_dir, "poll"):
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
@common_options
def run(env: Env) -> None:
    """The daemon: poll (and IMAP IDLE), acknowledge, remind, send the daily digest; with
    [web] enabled = true it also serves the staff console (as `intake web` does).

    Stops cleanly on SIGTERM or Ctrl-C; one daemon per data folder (a lock)."""
    import os
    import threading

    from intake.daemon import Daemon
    from intake.lock import instance_lock
    from intake.stopping import stop_on_signals

    if env.now_text:
        raise UsageError("run: --now is not supported (use `intake demo` to replay a campaign)")
    stop = threading.Event()
    # first: a stop while the store opens or a digest is caught up is a stop like any other
    stop_on_signals(stop, "finishing the current message")
    settings = env.settings
    with instance_lock(settings.data_dir):
        daemon = Daemon(env.ctx, stop=stop)
        if stop.is_set():
            log.info("stopped during start-up, before any job ran")
            return
        finished = daemon.run()
    if not finished:  # a job hangs on the network: do not wait for it at interpreter exit
        logging.shutdown()
        os._exit(0)


@cli.command()
@click.argument("messages", nargs=-1)
@click.option("--failed", is_flag=True, help="Every message whose processing failed.")
@common_options
def reprocess(env: Env, messages: tuple[str, ...], failed: bool) -> None:
    """Run the pipeline again on stored raw mail (after a fix or a config change)."""
    from intake import jobs
    from intake.views import outcome_lines

    if not messages and not failed:
        raise UsageError("reprocess: name MESSAGE numbers (#12) or give --failed")
    for outcome in jobs.reprocess(env.ctx, list(messages), failed=failed, now=env.now()):
        click.echo("\n".join(outcome_lines(outcome)))
