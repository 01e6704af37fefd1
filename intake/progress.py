"""A progress bar on a terminal while a poll works through a backlog."""

from __future__ import annotations

import sys
from typing import Any

from intake.outcomes import Outcome

PROGRESS_MIN = 50  # a backlog larger than this shows a progress bar on a terminal


class BacklogProgress:
    """A rich progress bar on stderr while a poll works through more than 50 messages.

    Only on a terminal: under systemd or in a pipe the per-message log lines are enough.
    """

    def __init__(self, minimum: int = PROGRESS_MIN) -> None:
        self.minimum = minimum
        self._progress: Any = None
        self._task: Any = None

    def on_total(self, total: int) -> None:
        if total <= self.minimum or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._progress = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task("taking in mail", total=total)

    def on_outcome(self, _outcome: Outcome) -> None:
        if self._progress is not None:
            self._progress.advance(self._task)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
