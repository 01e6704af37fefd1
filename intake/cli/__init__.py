"""The `intake` command line: one module per group of commands, registered on one group.

Every command takes --config (default ./config.toml, or $INTAKE_CONFIG; with neither, the
embedded default campaign) and, where time matters, --now (ISO time, campaign timezone).
Errors print one line and exit non-zero: 2 for a bad config or usage, 1 otherwise.
"""

# each module registers its commands on `cli`
from intake.cli import (  # noqa: F401
    corrections,
    db,
    listing,
    mail,
    maintenance,
    notice,
    overrides,
    publish,
    reports,
    sending,
    setup,
    web,
)
from intake.cli.app import Env, cli, main

__all__ = ["Env", "cli", "main"]
