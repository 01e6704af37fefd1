"""Named points where a test can make this process die as a power cut would (SIGKILL).

    failpoint("assign:committed")

With INTAKE_KILL_AT_STEP=N in the environment the N-th failpoint this process reaches
kills it; with INTAKE_KILL_AT=NAME the first one of that name does; with
INTAKE_PAUSE_AT=NAME the process writes INTAKE_PAUSE_FILE there and waits, until the test
deletes that file or INTAKE_PAUSE_SECONDS (default 2) pass, so a test can act at that
very point. Without any (every real run) a failpoint
costs a few dictionary lookups.
"""

from __future__ import annotations

import os
import signal
import time

_count = 0


def failpoint(name: str) -> None:
    """Die (or pause) here if the environment asks for it (tests of crash safety only)."""
    global _count
    if os.environ.get("INTAKE_PAUSE_AT") == name:
        marker = os.environ.get("INTAKE_PAUSE_FILE", "")
        if marker:
            with open(marker, "w") as f:
                f.write(str(os.getpid()))
        until = time.monotonic() + float(os.environ.get("INTAKE_PAUSE_SECONDS", "2"))
        while time.monotonic() < until and (not marker or os.path.exists(marker)):
            time.sleep(0.02)
    step = os.environ.get("INTAKE_KILL_AT_STEP")
    at = os.environ.get("INTAKE_KILL_AT")
    if step is None and at is None:
        return
    _count += 1
    if (step is not None and step.isdigit() and _count == int(step)) or at == name:
        os.kill(os.getpid(), signal.SIGKILL)
