"""The `intake` command group, its shared options and the entry point.

Every command takes --config (default ./config.toml, or $INTAKE_CONFIG; with neither, the
embedded default campaign) and, where time matters, --now (ISO time, campaign timezone).
Errors print one line and exit non-zero: 2 for a bad config or usage, 1 otherwise.
"""

from __future__ import annotations

import logging
import signal
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
    from intake.context import Context

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
            from intake.context import Context
            from intake.heap import freeze_startup

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


def common_options(fn: Callable[..., Any]) -> Callable[..., Any]:
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


class Terminated(BaseException):
    """SIGTERM arrived before the command installed a handler of its own (start-up)."""


def _terminated(signum: int, _frame: object) -> None:
    raise Terminated(signal.Signals(signum).name)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the command, turn known errors into one line and an exit status.

    SIGTERM is a clean stop from the first moment: before `intake run` installs its own
    handler (opening the store, catching up a digest) it ends the command here, exit 0;
    whatever was claimed and not finished is taken in again on the next start."""
    previous = signal.signal(signal.SIGTERM, _terminated)
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
    except Terminated as exc:
        log.info("%s received during start-up: stopped before any work began", exc)
        return 0
    except Exception as exc:  # a bug: one line for staff, the traceback in the log with -v
        log.debug("unexpected error", exc_info=True)
        click.echo(
            f"error: unexpected {exc.__class__.__name__}: {exc}; nothing was lost "
            "(run again with -v for the details and report them)",
            err=True,
        )
        return 1
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0
